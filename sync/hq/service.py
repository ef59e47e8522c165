"""What HQ does, without HTTP: keys, kiosk tokens, lead ingest, catalog publishing."""

from __future__ import annotations

import hashlib
import hmac
import json
import logging
import os
import secrets
import tempfile
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import nacl.public
import uuid6
from sqlalchemy import func, select, update

from kiosk.core.catalog import Catalog
from kiosk.core.catalog_import import import_file
from kiosk.core.db import KioskDB
from kiosk.core.demo_catalog import generate
from sync.contract.clock import SYSTEM_CLOCK, Clock, utc_iso
from sync.contract.errors import AuthError, ConfigError, DataError
from sync.contract.sealing import b64, open_envelope, open_text, unb64
from sync.contract.wire import (
    CatalogChanges,
    Enrollment,
    ErasureBatch,
    LeadBatch,
    LeadRecord,
    RecordResult,
    catalog_checksum,
)
from sync.hq import erasure
from sync.hq.settings import HQSettings
from sync.hq.store import (
    KioskIdentity,
    Store,
    hq_catalog_units,
    hq_catalog_versions,
)

log = logging.getLogger(__name__)


# ---- keys -----------------------------------------------------------------------------


@dataclass(frozen=True)
class HQKeys:
    private: nacl.public.PrivateKey
    phone_key: bytes = field(default=b"", repr=False)  # keys the erasure tombstones' hashes

    @property
    def public_b64(self) -> str:
        return b64(bytes(self.private.public_key))


def init_keys(settings: HQSettings, *, overwrite: bool = False) -> HQKeys:
    """Create the HQ key pair; the private key file is readable by its owner only."""
    if settings.private_key_file.exists() and not overwrite:
        return load_keys(settings)
    settings.private_key_file.parent.mkdir(parents=True, exist_ok=True)
    key = nacl.public.PrivateKey.generate()
    fd = os.open(settings.private_key_file, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="ascii") as out:
        out.write(b64(bytes(key)) + "\n")
    os.chmod(settings.private_key_file, 0o600)
    settings.public_key_file.write_text(b64(bytes(key.public_key)) + "\n", encoding="ascii")
    return HQKeys(key, erasure.load_phone_key(settings.phone_key_file))


def load_keys(settings: HQSettings) -> HQKeys:
    try:
        raw = settings.private_key_file.read_text(encoding="ascii").strip()
        private = nacl.public.PrivateKey(unb64(raw))
    except FileNotFoundError as exc:
        raise ConfigError(
            f"no HQ key pair in {settings.private_key_file.parent}: run `omrane-hq keys init`",
            key="error.hq.keys",
        ) from exc
    except (ValueError, DataError) as exc:
        raise DataError(f"the HQ private key file is damaged: {exc}") from exc
    return HQKeys(private, erasure.load_phone_key(settings.phone_key_file))


# ---- kiosks ---------------------------------------------------------------------------


def hash_token(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def enroll_kiosk(
    store: Store,
    settings: HQSettings,
    keys: HQKeys,
    name: str,
    event_id: str,
    clock: Clock = SYSTEM_CLOCK,
) -> Enrollment:
    token = secrets.token_urlsafe(32)
    kiosk_id = str(uuid6.uuid7())
    store.add_kiosk(kiosk_id, name, event_id, hash_token(token), utc_iso(clock.now()))
    return Enrollment(
        hq_url=settings.public_url,
        kiosk_id=kiosk_id,
        kiosk_name=name,
        event_id=event_id,
        token=token,
        hq_public_key=keys.public_b64,
    )


def reissue_kiosk(store: Store, settings: HQSettings, keys: HQKeys, name_or_id: str) -> Enrollment:
    """A new token for an enrolled kiosk, same kiosk id (its leads, erasures and counters stay
    one kiosk); the old token is refused from now on. ValueError when no such kiosk."""
    token = secrets.token_urlsafe(32)
    identity = store.replace_kiosk_token(name_or_id, hash_token(token))
    if identity is None:
        raise ValueError(f"no kiosk named {name_or_id}")
    return Enrollment(
        hq_url=settings.public_url,
        kiosk_id=identity.id,
        kiosk_name=identity.name,
        event_id=identity.event_id,
        token=token,
        hq_public_key=keys.public_b64,
    )


def authenticate(store: Store, token: str | None) -> KioskIdentity:
    """The kiosk holding ``token``; AuthError when unknown or revoked."""
    if not token:
        raise AuthError("missing kiosk token", key="error.hq.token")
    wanted = hash_token(token)
    found = store.kiosk_by_token_hash(wanted)
    if found is None or not hmac.compare_digest(found[1], wanted):
        raise AuthError("unknown kiosk token", key="error.hq.token")
    identity = found[0]
    if identity.revoked:
        raise AuthError("this kiosk has been revoked", key="error.hq.revoked")
    return identity


# ---- leads ----------------------------------------------------------------------------


def _lead_row(
    record: LeadRecord, pii: dict[str, Any], kiosk: KioskIdentity, at: str
) -> dict[str, Any]:
    consent = record.consent
    return {
        "id": record.id,
        "kiosk_id": kiosk.id,
        "event_id": record.event_id,
        "created_at": record.created_at,
        "received_at": at,
        "language": record.language,
        "desk": record.desk,
        "tickets": json.dumps(record.tickets, ensure_ascii=False),
        "interests": json.dumps(record.interests, ensure_ascii=False),
        "country": record.country,
        "city": record.city,
        "is_mre": record.is_mre,
        "budget_mad": record.budget_mad,
        "consent_callback": consent.callback,
        "consent_marketing": consent.marketing,
        "consent_share": consent.share,
        "notice_version": consent.notice_version,
        "consent_at": consent.timestamp,
        "consent_language": consent.language,
        "first_name": str(pii.get("first_name") or "")[:200],
        "last_name": str(pii.get("last_name") or "")[:200],
        "phone_e164": str(pii.get("phone") or "")[:20],
        "email": str(pii.get("email") or "")[:254],
        "note": str(pii.get("note") or ""),
        "content_hash": record.content_hash,
    }


def ingest(
    store: Store,
    keys: HQKeys,
    kiosk: KioskIdentity,
    batch: LeadBatch,
    clock: Clock = SYSTEM_CLOCK,
) -> list[RecordResult]:
    """Store a batch: one result per record; a bad record never blocks the others."""
    at = utc_iso(clock.now())
    results: dict[str, RecordResult] = {}
    rows: list[dict[str, Any]] = []
    for record in batch.leads:
        if not record.consent.callback:
            results[record.id] = RecordResult(
                id=record.id, status="rejected", reason="no call-back consent: nothing to follow up"
            )
            continue
        try:
            pii = open_envelope(record.sealed, keys.private)
        except DataError:
            results[record.id] = RecordResult(
                id=record.id,
                status="rejected",
                reason="sealed data cannot be opened with this HQ key",
            )
            continue
        rows.append(_lead_row(record, pii, kiosk, at))
    with store.engine.begin() as conn:
        facts = store.units_facts(conn, [r.interests[0] for r in batch.leads if r.interests])
        for row, interests in ((row, json.loads(row["interests"])) for row in rows):
            if interests:
                row.update(facts.get(interests[0], {}))
        rows, erased = erasure.split_erased(conn, keys.phone_key, rows)
        results.update({i: RecordResult(id=i, status="erased") for i in erased})
        for lead_id, status in store.insert_leads(conn, rows).items():
            reason = (
                "same id, different content: kept the stored one" if status == "conflict" else ""
            )
            results[lead_id] = RecordResult(id=lead_id, status=status, reason=reason)
    ordered = [results[record.id] for record in batch.leads]
    stored = sum(r.status == "stored" for r in ordered)
    log.info("ingest kiosk=%s records=%d stored=%d", kiosk.id, len(ordered), stored)
    return ordered


def stand_erasure(
    store: Store, keys: HQKeys, kiosk: KioskIdentity, batch: ErasureBatch, clock: Clock
) -> int:
    """A stand's erasure: its lead ids (whatever kiosk sent them) and every lead of the phones
    it sealed for HQ; phones that cannot be opened are skipped (logged, without content)."""
    phones: list[str] = []
    for sealed in batch.sealed_phones:
        try:
            phones.append(open_text(sealed, keys.private))
        except DataError:
            log.warning("erasure kiosk=%s: a sealed phone could not be opened", kiosk.id)
    report = erasure.erase(
        store.engine,
        keys.phone_key,
        phones=phones,
        lead_ids=batch.lead_ids,
        by=f"kiosk:{kiosk.name}",
        source="stand",
        clock=clock,
    )
    return report.leads


# ---- catalog --------------------------------------------------------------------------


def catalog_records_from(
    source: Path | None, *, demo_units: int = 0, seed: int = 1
) -> list[dict[str, Any]]:
    """Canonical unit records from an import file or the demo generator (kiosk validation)."""
    with tempfile.TemporaryDirectory(prefix="omrane-hq-catalog-") as tmp:
        db = KioskDB(Path(tmp) / "catalog.db")
        try:
            catalog = Catalog(db)
            if source is not None:
                import_file(catalog, source)
            else:
                catalog.replace_all(generate(demo_units, seed))
            return list(catalog.iter_unit_records())
        finally:
            db.close()


def publish_catalog(
    store: Store, records: Iterable[dict[str, Any]], source: str = "", clock: Clock = SYSTEM_CLOCK
) -> tuple[int, int, int]:
    """Make the records the whole catalog as a new version: (version, upserts, deletions)."""
    units = hq_catalog_units.c
    with store.engine.begin() as conn:
        current = {
            row.ref: row.record
            for row in conn.execute(select(units.ref, units.record).where(units.deleted.is_(False)))
        }
        version = (
            int(conn.execute(select(func.max(hq_catalog_versions.c.version))).scalar() or 0) + 1
        )
        seen: set[str] = set()
        upserts = 0
        for record in records:
            ref = str(record["ref"])
            seen.add(ref)
            text = json.dumps(record, sort_keys=True, ensure_ascii=False)
            if current.get(ref) == text:
                continue
            upserts += 1
            values = {
                "record": text,
                "city_id": record.get("city_id"),
                "region_id": record.get("region_id"),
                "type": record.get("type"),
                "version": version,
                "deleted": False,
            }
            done = conn.execute(update(hq_catalog_units).where(units.ref == ref).values(**values))
            if not done.rowcount:
                conn.execute(hq_catalog_units.insert().values(ref=ref, **values))
        gone = [ref for ref in current if ref not in seen]
        for ref in gone:
            conn.execute(
                update(hq_catalog_units)
                .where(units.ref == ref)
                .values(deleted=True, version=version)
            )
        conn.execute(
            hq_catalog_versions.insert().values(
                version=version,
                created_at=utc_iso(clock.now()),
                source=source[:200],
                upserts=upserts,
                deletions=len(gone),
            )
        )
    return version, upserts, len(gone)


def catalog_changes(store: Store, since: int) -> CatalogChanges:
    units = hq_catalog_units.c
    with store.engine.connect() as conn:
        version = int(conn.execute(select(func.max(hq_catalog_versions.c.version))).scalar() or 0)
        rows = conn.execute(
            select(units.ref, units.record, units.deleted)
            .where(units.version > since)
            .order_by(units.ref)
        ).all()
    upserts = [json.loads(r.record) for r in rows if not r.deleted]
    deletions = [r.ref for r in rows if r.deleted]
    return CatalogChanges(
        since=since,
        version=max(version, since),
        upserts=upserts,
        deletions=deletions,
        sha256=catalog_checksum(max(version, since), upserts, deletions),
    )
