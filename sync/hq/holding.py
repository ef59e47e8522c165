"""How HQ holds the stands' lead batches: as sent, for the stand's ack (one row, one
commit), then unpacked into the inbox in the background — each record checked against the
wire contract and compared with what HQ holds (duplicate, conflict), erased leads left out —
before :func:`sync.hq.service.open_inbox` opens them. See :mod:`sync.hq.inbox` for the
tables."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import timedelta
from typing import Any

import orjson
from pydantic import ValidationError
from sqlalchemy.engine import Connection
from sqlalchemy.exc import SQLAlchemyError

from sync.contract import bodies
from sync.contract.clock import SYSTEM_CLOCK, Clock, utc_iso
from sync.contract.wire import LeadBatch, LeadRecord, RecordResult
from sync.hq import erasure, inbox
from sync.hq.store import KioskIdentity, Store

log = logging.getLogger(__name__)

UNPACK_AT_ONCE = 8  # batches held as sent, unpacked per claim
MAX_SENT_BYTES = 64_000_000  # a held batch opened again (it passed the body limit once)


@dataclass(frozen=True)
class SentBatch:
    """A stand's lead batch as it came: the body (compressed by ``encoding``, as sent) and
    how many records it carries."""

    encoding: str
    body: bytes
    records: int


def hold_batch(
    store: Store, kiosk: KioskIdentity, batch: LeadBatch, clock: Clock = SYSTEM_CLOCK
) -> list[RecordResult]:
    """Hold a batch's records sealed, one by one, with their consent proof and content hash
    (one insert, one transaction): one result per record (command line, tests; the stand
    API holds a batch as it was sent, :func:`hold_sent`). Opening comes after
    (``open_inbox``)."""
    at = utc_iso(clock.now())
    with store.engine.begin() as conn:
        statuses = _hold_records(conn, kiosk.id, at, batch.leads)
    ordered = [
        RecordResult(
            id=record.id,
            status=statuses[record.id],
            reason=inbox.CONFLICT_REASON if statuses[record.id] == "conflict" else "",
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


def _hold_records(
    conn: Connection, kiosk_id: str, at: str, records: list[LeadRecord]
) -> dict[str, str]:
    """``records`` held in the inbox inside the caller's transaction: id -> stored,
    duplicate, conflict (checked against what HQ holds), or erased (left out)."""
    held = [
        {
            "id": record.id,
            "kiosk_id": kiosk_id,  # the authenticated stand, whatever the record says
            "received_at": at,
            "content_hash": record.content_hash,
            "record": record.model_dump_json(),
        }
        for record in records
    ]
    erased = erasure.erased_leads(conn, [(row["id"], "", "") for row in held])
    statuses = inbox.hold(conn, [row for row in held if row["id"] not in erased])
    statuses.update(dict.fromkeys(erased, "erased"))
    return statuses


def hold_sent(
    store: Store, kiosk: KioskIdentity, sent: SentBatch, clock: Clock = SYSTEM_CLOCK
) -> None:
    """A stand's batch held durably as it was sent (one row; the stand's last contact in the
    same commit): what the stand's ack means. Unpacked and opened after
    (``open_inbox``)."""
    at = utc_iso(clock.now())
    with store.engine.begin() as conn:
        store.touch_kiosk(kiosk.id, at, conn)
        inbox.keep_batch(conn, kiosk.id, at, sent.encoding, sent.body, sent.records)
    log.info("ingest kiosk=%s records=%d held as sent", kiosk.id, sent.records)


def unpack_sent(
    store: Store, lease: str, clock: Clock, limit: int = UNPACK_AT_ONCE
) -> tuple[int, list[dict[str, Any]]]:
    """Batches held as sent unpacked into the inbox, each in one transaction that deletes
    it: records that break the wire contract, conflicts and erased leads leave an outcome
    for their stand (a duplicate needs none). A batch HQ fails to unpack is taken record by
    record (:func:`_unpack_one_by_one`). How many batches, and the outcomes."""
    now = clock.now()
    until = utc_iso(now + timedelta(seconds=inbox.LEASE_SECONDS))
    claimed = inbox.claim_batches(store.engine, lease, utc_iso(now), until, limit)
    found: list[dict[str, Any]] = []
    for sent in claimed:
        records, refused = _sent_records(sent)
        try:
            with store.engine.begin() as conn:
                outcomes = refused + _hold_sent_records(conn, sent, records)
                inbox.add_outcomes(conn, outcomes)
                inbox.drop_batch(conn, sent["seq"], lease)
        except SQLAlchemyError as exc:
            outcomes = _unpack_one_by_one(store, sent, records, refused, lease, exc)
        found += outcomes
    return len(claimed), found


def _hold_sent_records(
    conn: Connection, sent: dict[str, Any], records: list[LeadRecord]
) -> list[dict[str, Any]]:
    """A held batch's records in the inbox (caller's transaction); the outcomes for stands."""
    statuses = _hold_records(conn, sent["kiosk_id"], sent["received_at"], records)
    return [
        inbox.outcome(
            {**sent, "id": lead_id}, status, inbox.CONFLICT_REASON if status == "conflict" else ""
        )
        for lead_id, status in statuses.items()
        if status in ("conflict", "erased")
    ]


def _unpack_one_by_one(
    store: Store,
    sent: dict[str, Any],
    records: list[LeadRecord],
    refused: list[dict[str, Any]],
    lease: str,
    error: Exception,
) -> list[dict[str, Any]]:
    """A batch HQ failed to unpack: each record alone; one that fails alone while others
    pass is set aside with an outcome for its stand. When none passes HQ is broken for
    everyone: the batch stays held (retried once its lease ends) and the error is raised."""
    outcomes = list(refused)
    failing: list[tuple[LeadRecord, Exception]] = []
    for record in records:
        try:
            with store.engine.begin() as conn:
                late = _hold_sent_records(conn, sent, [record])
                inbox.add_outcomes(conn, late)
            outcomes += late
        except SQLAlchemyError as exc:
            failing.append((record, exc))
    if records and len(failing) == len(records):
        raise error
    set_aside = [
        inbox.outcome(
            {**sent, "id": record.id}, "rejected", f"{inbox.POISON_REASON} ({type(exc).__name__})"
        )
        for record, exc in failing
    ]
    with store.engine.begin() as conn:
        inbox.add_outcomes(conn, refused + set_aside)
        inbox.drop_batch(conn, sent["seq"], lease)
    if failing:
        log.error("%d lead(s) HQ fails to hold set aside", len(failing))
    return outcomes + set_aside


def _sent_records(sent: dict[str, Any]) -> tuple[list[LeadRecord], list[dict[str, Any]]]:
    """A held batch's records that match the wire contract, and a ``rejected`` outcome for
    each that does not (the ack checked only what addresses it: its id)."""
    raw = bodies.unpack(sent["encoding"], sent["body"], MAX_SENT_BYTES)
    records: list[LeadRecord] = []
    refused: list[dict[str, Any]] = []
    for item in orjson.loads(raw)["leads"]:
        try:
            records.append(LeadRecord.model_validate(item))
        except ValidationError as exc:
            first = exc.errors()[0]
            reason = f"{'.'.join(str(p) for p in first['loc'])}: {first['msg']}"
            refused.append(inbox.outcome({**sent, "id": item["id"]}, "rejected", reason))
    return records, refused
