"""What HQ does, without HTTP: keys, kiosk tokens, lead ingest, catalog publishing."""

from __future__ import annotations

import hashlib
import hmac
import json
import logging
import os
import secrets
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import timedelta
from pathlib import Path
from typing import Any

import nacl.public
import uuid6
from pydantic import ValidationError
from sqlalchemy.engine import Connection
from sqlalchemy.exc import SQLAlchemyError

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
    MAX_BATCH,
    Enrollment,
    ErasureBatch,
    LeadBatch,
    LeadRecord,
    RecordResult,
)
from sync.hq import catalog as hq_catalog
from sync.hq import erasure, inbox, leads, visitors, webhooks
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
POISON_REASON = "HQ fails on this record alone"
CONFLICT_REASON = "same id, different content: kept the stored one"
LEASE_SECONDS = 120  # a worker that died while opening leaves its batch to others after this


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
    held: list[dict[str, Any]], keys: HQKeys
) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """Rows ready to insert from held leads, and an outcome for each that cannot become one."""
    rows: list[dict[str, Any]] = []
    refused: list[dict[str, Any]] = []
    for item in held:
        kiosk = KioskIdentity(item["kiosk_id"], "", "", False)
        try:
            record = LeadRecord.model_validate(item["record"])
            pii = open_envelope(record.sealed, keys.private)
        except ValidationError:
            reason = "the record no longer matches the wire contract"
        except DataError:
            reason = "sealed data cannot be opened with this HQ key"
        else:
            built = _lead_row(record, pii, kiosk, item["received_at"])
            if isinstance(built, dict):
                rows.append(built)
                continue
            reason = built
        refused.append(_outcome(item, "rejected", reason))
    return rows, refused


def _outcome(item: dict[str, Any], status: str, reason: str = "") -> dict[str, Any]:
    return {
        "kiosk_id": item["kiosk_id"],
        "lead_id": item["id"],
        "status": status,
        "reason": reason[:500],
        "at": item["received_at"],
    }


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
    """Hold a batch and open it at once (command line, tests): one final result per record,
    the outcomes of opening folded in."""
    results = hold_batch(store, kiosk, batch, clock)
    late = {o["lead_id"]: o for o in open_inbox(store, keys, clock)}
    return [
        RecordResult(id=r.id, status=late[r.id]["status"], reason=late[r.id]["reason"])
        if r.status == "stored" and r.id in late
        else r
        for r in results
    ]


def hold_batch(
    store: Store,
    kiosk: KioskIdentity,
    batch: LeadBatch,
    clock: Clock = SYSTEM_CLOCK,
    *,
    seen: bool = False,
) -> list[RecordResult]:
    """Hold a batch durably, sealed, with its consent proof and content hash (one insert, one
    transaction): one result per record. Opening comes after (``open_inbox``). ``seen``: the
    batch came from the stand itself (its last contact is recorded in the same commit)."""
    at = utc_iso(clock.now())
    held = [
        {
            "id": record.id,
            "kiosk_id": kiosk.id,  # the authenticated stand, whatever the record says
            "received_at": at,
            "content_hash": record.content_hash,
            "record": record.model_dump_json(),
        }
        for record in batch.leads
    ]
    with store.engine.begin() as conn:
        erased = erasure.erased_leads(conn, [(row["id"], "", "") for row in held])
        statuses = inbox.hold(conn, [row for row in held if row["id"] not in erased])
        if seen:  # the stand's last contact, in the same commit
            store.touch_kiosk(kiosk.id, at, conn)
    statuses.update(dict.fromkeys(erased, "erased"))
    ordered = [
        RecordResult(
            id=record.id,
            status=statuses[record.id],
            reason=CONFLICT_REASON if statuses[record.id] == "conflict" else "",
        )
        for record in batch.leads
    ]
    log.info(
        "ingest kiosk=%s records=%d held=%d",
        kiosk.id,
        len(ordered),
        sum(r.status == "stored" for r in ordered),
    )
    return ordered


def open_inbox(
    store: Store,
    keys: HQKeys,
    clock: Clock = SYSTEM_CLOCK,
    batch: int = MAX_BATCH,
    go_on: Callable[[], bool] = lambda: True,
) -> list[dict[str, Any]]:
    """Open the held leads batch by batch into ``hq_leads`` (each batch in one transaction
    with its removal from the inbox) while ``go_on()``; the outcomes left for stands."""
    lease = secrets.token_hex(8)
    outcomes: list[dict[str, Any]] = []
    while go_on():
        now = clock.now()
        until = utc_iso(now + timedelta(seconds=LEASE_SECONDS))
        held = inbox.claim(store.engine, lease, utc_iso(now), until, batch)
        if not held:
            return outcomes
        try:
            outcomes += _open_held(store, keys, held, lease, clock)
        except SQLAlchemyError as exc:
            outcomes += _open_one_by_one(store, keys, held, lease, clock, exc)
    return outcomes


def _open_one_by_one(
    store: Store,
    keys: HQKeys,
    held: list[dict[str, Any]],
    lease: str,
    clock: Clock,
    error: Exception,
) -> list[dict[str, Any]]:
    """A batch HQ failed to store: each lead alone; one that fails alone while others pass is
    set aside with an outcome for its stand. When none passes HQ is broken for everyone: the
    leads stay held (retried once their lease ends) and the error is raised."""
    outcomes: list[dict[str, Any]] = []
    failing: list[tuple[dict[str, Any], Exception]] = []
    for item in held:
        try:
            outcomes += _open_held(store, keys, [item], lease, clock)
        except SQLAlchemyError as exc:
            failing.append((item, exc))
    if len(failing) == len(held):
        raise error
    refused = [
        _outcome(item, "rejected", f"{POISON_REASON} ({type(exc).__name__})")
        for item, exc in failing
    ]
    with store.engine.begin() as conn:
        inbox.add_outcomes(conn, refused)
        inbox.release(conn, [item["id"] for item, _ in failing], lease)
    log.error("%d held lead(s) HQ fails to store set aside", len(failing))
    return outcomes + refused


def _open_held(
    store: Store, keys: HQKeys, held: list[dict[str, Any]], lease: str, clock: Clock
) -> list[dict[str, Any]]:
    rows, outcomes = _opened_rows(held, keys)
    by_id = {item["id"]: item for item in held}
    with store.engine.begin() as conn:
        _add_interest_facts(conn, rows)
        rows, erased = erasure.split_erased(conn, keys.phone_key, rows)
        outcomes += [_outcome(by_id[i], "erased") for i in sorted(erased)]
        created = visitors.attach(conn, rows)
        statuses = leads.insert_leads(conn, rows)
        kept = {lead_id for lead_id, status in statuses.items() if status == "stored"}
        for visitor_id in visitors.settle(conn, rows, kept, created):
            webhooks.enqueue(conn, "visitor.created", visitor_id, clock.now())
        for lead_id, status in statuses.items():
            if status == "conflict":
                outcomes.append(_outcome(by_id[lead_id], "conflict", CONFLICT_REASON))
        inbox.add_outcomes(conn, outcomes)
        inbox.release(conn, list(by_id), lease)
    log.info("opened %d held lead(s), %d outcome(s) for stands", len(held), len(outcomes))
    return outcomes


def settle_inbox(
    store: Store, keys: HQKeys, clock: Clock = SYSTEM_CLOCK, timeout_s: float = 30.0
) -> None:
    """Open every held lead, waiting for those another worker is opening (readers that must
    see every acknowledged lead: stand erasures, exports, tests)."""
    deadline = time.monotonic() + timeout_s
    while True:
        open_inbox(store, keys, clock)
        if not inbox.waiting(store.engine) or time.monotonic() > deadline:
            return
        time.sleep(0.02)


def stand_erasure(
    store: Store, keys: HQKeys, kiosk: KioskIdentity, batch: ErasureBatch, clock: Clock
) -> int:
    """A stand's erasure: its lead ids (whatever kiosk sent them) and every lead of the phones
    it sealed for HQ; phones that cannot be opened are skipped (logged, without content)."""
    settle_inbox(store, keys, clock)  # a lead still sealed must not escape the erasure
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
