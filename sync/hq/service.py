"""What HQ does, without HTTP: keys, kiosk tokens, lead ingest, catalog publishing."""

from __future__ import annotations

import hashlib
import hmac
import json
import logging
import os
import secrets
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import nacl.public
import uuid6
from sqlalchemy.engine import Connection

from kiosk.core.catalog import Catalog
from kiosk.core.catalog_import import import_file
from kiosk.core.db import KioskDB
from kiosk.core.demo_catalog import generate
from kiosk.core.media.catalog_media import published_columns
from kiosk.core.media.demo import demo_media
from sync.contract import lead, takeaway
from sync.contract.clock import SYSTEM_CLOCK, Clock, utc_iso
from sync.contract.errors import AuthError, ConfigError, DataError
from sync.contract.lead_score import score_lead
from sync.contract.sealing import b64, open_envelope, open_text, unb64
from sync.contract.wire import (
    Enrollment,
    ErasureBatch,
    LeadBatch,
    LeadRecord,
    RecordResult,
)
from sync.hq import catalog as hq_catalog
from sync.hq import erasure, leads, visitors, webhooks
from sync.hq.settings import HQSettings, secret_key
from sync.hq.store import (
    KioskIdentity,
    Store,
)

log = logging.getLogger(__name__)


# ---- keys -----------------------------------------------------------------------------


@dataclass(frozen=True)
class HQKeys:
    private: nacl.public.PrivateKey
    phone_key: bytes = field(default=b"", repr=False)  # keys the erasure tombstones' hashes
    takeaway_secret: bytes = field(default=b"", repr=False)  # derives each stand's link key

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
    return HQKeys(key, erasure.load_phone_key(settings.phone_key_file), _takeaway(settings))


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
    return HQKeys(private, erasure.load_phone_key(settings.phone_key_file), _takeaway(settings))


def _takeaway(settings: HQSettings) -> bytes:
    return secret_key(settings.home, "takeaway")


def takeaway_fields(settings: HQSettings, keys: HQKeys) -> dict[str, Any]:
    """A fresh take-away key for a stand's enrollment (a new one at each reissue)."""
    key_id = secrets.randbelow(takeaway.KEY_ID_MAX) + 1
    return {
        "takeaway_key_id": key_id,
        "takeaway_key": b64(takeaway.derive_key(keys.takeaway_secret, key_id)),
        "takeaway_url": settings.takeaway_url or settings.public_url,
    }


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
        **takeaway_fields(settings, keys),
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
        **takeaway_fields(settings, keys),
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


INTEREST_FACTS = ("interest_city_id", "interest_region_id", "interest_type")


def _lead_row(
    record: LeadRecord, pii: dict[str, Any], kiosk: KioskIdentity, at: str
) -> dict[str, Any] | str:
    """The HQ row of a record checked again against the lead contract, or why it is refused.

    Every row has the same keys (a batch is inserted with one statement); the interest facts
    are filled from HQ's catalog afterwards, or stay empty for a unit HQ does not know.
    """
    values = {**record.clear_fields(), **{name: pii.get(name, "") for name in lead.PERSONAL}}
    values["kiosk_id"] = kiosk.id  # the authenticated stand, whatever the record says
    clean, problems = lead.check_lead(values)
    if problems:
        return "; ".join(f"{name}: {key}" for name, key in problems)
    row = {name: clean[name] for name in lead.NAMES if name != "phone"}
    row["phone_e164"] = clean["phone"]
    row["tickets"] = json.dumps(clean["tickets"], ensure_ascii=False)
    row["interests"] = json.dumps(clean["interests"], ensure_ascii=False)
    row["received_at"] = at
    row["content_hash"] = record.content_hash
    score = score_lead(clean)
    row["lead_score"], row["score_key"] = score.level, score.sort_key
    row.update(dict.fromkeys(INTEREST_FACTS))
    return row


def _opened_rows(
    batch: LeadBatch, keys: HQKeys, kiosk: KioskIdentity, at: str
) -> tuple[list[dict[str, Any]], dict[str, RecordResult]]:
    """Rows ready to insert, and a rejection for each record that cannot become one."""
    rows: list[dict[str, Any]] = []
    refused: dict[str, RecordResult] = {}
    for record in batch.leads:
        try:
            pii = open_envelope(record.sealed, keys.private)
        except DataError:
            reason = "sealed data cannot be opened with this HQ key"
        else:
            built = _lead_row(record, pii, kiosk, at)
            if isinstance(built, dict):
                rows.append(built)
                continue
            reason = built
        refused[record.id] = RecordResult(id=record.id, status="rejected", reason=reason)
    return rows, refused


def _add_interest_facts(conn: Connection, rows: list[dict[str, Any]]) -> None:
    """City, region and type of each lead's first unit of interest, from HQ's catalog."""
    firsts = {row["id"]: json.loads(row["interests"])[:1] for row in rows}
    facts = hq_catalog.units_facts(conn, [refs[0] for refs in firsts.values() if refs])
    unknown = 0
    for row in rows:
        first = firsts[row["id"]]
        if first and first[0] in facts:
            row.update(facts[first[0]])
        elif first:
            unknown += 1
    if unknown:
        log.warning("ingest: %d lead(s) name a unit HQ's catalog does not know", unknown)


def ingest(
    store: Store,
    keys: HQKeys,
    kiosk: KioskIdentity,
    batch: LeadBatch,
    clock: Clock = SYSTEM_CLOCK,
) -> list[RecordResult]:
    """Store a batch: one result per record; a bad record never blocks the others."""
    at = utc_iso(clock.now())
    rows, results = _opened_rows(batch, keys, kiosk, at)
    with store.engine.begin() as conn:
        _add_interest_facts(conn, rows)
        rows, erased = erasure.split_erased(conn, keys.phone_key, rows)
        results.update({i: RecordResult(id=i, status="erased") for i in erased})
        created = visitors.attach(conn, rows)
        statuses = leads.insert_leads(conn, rows)
        kept = {lead_id for lead_id, status in statuses.items() if status == "stored"}
        for visitor_id in visitors.settle(conn, rows, kept, created):
            webhooks.enqueue(conn, "visitor.created", visitor_id, clock.now())
        for lead_id, status in statuses.items():
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
    source: Path | None,
    *,
    demo_units: int = 0,
    seed: int = 1,
    media_root: Path | None = None,
    media: Path | None = None,
) -> list[dict[str, Any]]:
    """Canonical unit records from an import file or the demo generator (kiosk validation).

    With ``media_root`` (HQ's media store) the photos and plans the file names (read from
    ``media`` or the folder beside it; the illustrations for the demo) are checked and stored
    there, and the records name them by hash, as kiosks receive them."""
    with tempfile.TemporaryDirectory(prefix="omrane-hq-catalog-") as tmp:
        db = KioskDB(Path(tmp) / "catalog.db")
        try:
            catalog = Catalog(db, media_root=media_root or Path(tmp) / "media")
            if source is not None:
                import_file(catalog, source, media=media)
            else:
                data = generate(demo_units, seed)
                pictures = demo_media(data, catalog.media) if media_root else None
                catalog.replace_all(data, media=pictures)
            records = list(catalog.iter_unit_records())
            if media_root is not None:
                columns = published_columns(db.conn)
                for record in records:
                    record.update(columns.get(str(record["ref"]), {}))
            return records
        finally:
            db.close()
