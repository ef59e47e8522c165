"""'Send me my selection' at HQ: the requests stands send, kept until a sender has answered.

A request arrives sealed (``SendRecord``): HQ stores it as it came, the address still sealed to
its key, with the consent proof, and answers per record like for leads (``stored``,
``duplicate``, ``conflict``, ``rejected``). :mod:`sync.hq.takeaway.dispatcher` sends it;
``statuses`` tells stands how each went (queued, sent, failed + reason), and the lead page
shows the sendings of its lead.

The address is never stored in clear. ``recipient_key`` is its HMAC under HQ's phone key
(like the erasure tombstones): it counts sendings per recipient and is the unsubscribe token,
so an unsubscribe link names nobody.
"""

from __future__ import annotations

import hashlib
import hmac
from collections.abc import Sequence
from typing import Any

from sqlalchemy import (
    Boolean,
    Column,
    Connection,
    Engine,
    Index,
    Integer,
    String,
    Table,
    delete,
    func,
    insert,
    select,
    update,
)
from sqlalchemy.exc import IntegrityError

from sync.contract.errors import DataError
from sync.contract.sealing import open_text
from sync.contract.vocabulary import DELIVERY_FAILED, DELIVERY_QUEUED, DELIVERY_SENT
from sync.contract.wire import RecordResult, SendRecord, SendStatus
from sync.hq.metadata import IN_CHUNK, metadata

hq_sends = Table(
    "hq_sends",
    metadata,
    Column("id", String(36), primary_key=True),
    Column("kiosk_id", String(64), nullable=False),
    Column("event_id", String(64), nullable=False),
    Column("lead_id", String(36), nullable=False, default=""),
    Column("channel", String(16), nullable=False),
    Column("language", String(8), nullable=False),
    Column("link", String(400), nullable=False),
    Column("recipient_sealed", String(2000), nullable=False),
    Column("recipient_key", String(64), nullable=False),
    Column("consent_given", Boolean, nullable=False),
    Column("notice_version", String(64), nullable=False),
    Column("consent_at", String(32), nullable=False),
    Column("consent_language", String(8), nullable=False),
    Column("content_hash", String(128), nullable=False),
    Column("received_at", String(32), nullable=False),
    Column("state", String(12), nullable=False),  # queued | sending | sent | failed
    Column("reason", String(300), nullable=False, default=""),
    Column("attempts", Integer, nullable=False, default=0),
    Column("next_at", String(32), nullable=False),
    Column("provider_id", String(200), nullable=False, default=""),
    Column("done_at", String(32), nullable=False, default=""),
    Index("ix_hq_sends_due", "state", "next_at"),
    Index("ix_hq_sends_recipient", "recipient_key", "state"),
    Index("ix_hq_sends_lead", "lead_id"),
)

# An address or number that asked never to receive anything again (by its keyed hash).
hq_send_stops = Table(
    "hq_send_stops",
    metadata,
    Column("recipient_key", String(64), primary_key=True),
    Column("stopped_at", String(32), nullable=False),
)

SENDING = "sending"  # claimed by one dispatcher pass (HQ-side only; stands see "queued")
KEY_LENGTH = 64


def recipient_key(address: str, phone_key: bytes) -> str:
    """The keyed hash of a normalised address (lower-cased e-mail, E.164 phone)."""
    return hmac.new(phone_key, address.strip().lower().encode("utf-8"), hashlib.sha256).hexdigest()


def _row(record: SendRecord, kiosk_id: str, key: str, now: str) -> dict[str, Any]:
    return {
        "id": record.id,
        "kiosk_id": kiosk_id,
        "event_id": record.event_id,
        "lead_id": record.lead_id,
        "channel": record.channel,
        "language": record.language,
        "link": record.link,
        "recipient_sealed": record.recipient,
        "recipient_key": key,
        "consent_given": record.consent.given,
        "notice_version": record.consent.notice_version,
        "consent_at": record.consent.timestamp,
        "consent_language": record.consent.language,
        "content_hash": record.content_hash,
        "received_at": now,
        "state": DELIVERY_QUEUED,
        "reason": "",
        "attempts": 0,
        "next_at": now,
        "provider_id": "",
        "done_at": "",
    }


def store_one(
    conn: Connection, record: SendRecord, kiosk_id: str, opened: str, phone_key: bytes, now: str
) -> RecordResult:
    """Store one verified request (its address already opened once, to key it)."""
    key = recipient_key(opened, phone_key)
    held = conn.execute(
        select(hq_sends.c.content_hash).where(hq_sends.c.id == record.id)
    ).scalar_one_or_none()
    if held is not None:
        if held == record.content_hash:
            return RecordResult(id=record.id, status="duplicate")
        return RecordResult(id=record.id, status="conflict", reason="another request, same id")
    try:
        with conn.begin_nested():
            conn.execute(insert(hq_sends).values(_row(record, kiosk_id, key, now)))
    except IntegrityError:  # the same request arrived at the same moment through another worker
        return RecordResult(id=record.id, status="duplicate")
    return RecordResult(id=record.id, status="stored")


def ingest(
    engine: Engine,
    records: Sequence[SendRecord],
    kiosk_id: str,
    private_key: Any,
    phone_key: bytes,
    now: str,
) -> list[RecordResult]:
    """Store what passes; each record gets its own answer."""
    results: list[RecordResult] = []
    with engine.begin() as conn:
        for record in records:
            if record.computed_hash() != record.content_hash:
                results.append(_rejected(record, "content hash does not match"))
                continue
            if not record.consent.given:
                results.append(_rejected(record, "no consent for this sending"))
                continue
            try:
                opened = open_text(record.recipient, private_key)
            except DataError:
                results.append(_rejected(record, "recipient not sealed for this HQ"))
                continue
            results.append(store_one(conn, record, kiosk_id, opened, phone_key, now))
    return results


def _rejected(record: SendRecord, reason: str) -> RecordResult:
    return RecordResult(id=record.id, status="rejected", reason=reason)


def statuses(engine: Engine, kiosk_id: str, ids: Sequence[str]) -> list[SendStatus]:
    """How the stand's own requests went (another stand's ids are not answered)."""
    found: list[SendStatus] = []
    table = hq_sends.c
    with engine.connect() as conn:
        for start in range(0, len(ids), IN_CHUNK):
            rows = conn.execute(
                select(table.id, table.state, table.reason, table.done_at).where(
                    table.id.in_(list(ids[start : start + IN_CHUNK])),
                    table.kiosk_id == kiosk_id,
                )
            )
            for row in rows:
                state = row.state if row.state in (DELIVERY_SENT, DELIVERY_FAILED) else None
                found.append(
                    SendStatus(
                        id=row.id,
                        delivery=state or DELIVERY_QUEUED,
                        reason=row.reason,
                        at=row.done_at,
                    )
                )
    return found


def claim_due(engine: Engine, now: str, limit: int) -> list[dict[str, Any]]:
    """Up to ``limit`` queued requests due by ``now``, moved to ``sending`` for this caller
    alone (a request another worker took first is left to it)."""
    table = hq_sends.c
    mine: list[dict[str, Any]] = []
    with engine.begin() as conn:
        rows = conn.execute(
            select(hq_sends)
            .where(table.state == DELIVERY_QUEUED, table.next_at <= now)
            .order_by(table.next_at)
            .limit(limit)
        ).all()
        for row in rows:
            taken = conn.execute(
                update(hq_sends)
                .where(table.id == row.id, table.state == DELIVERY_QUEUED)
                .values(state=SENDING, attempts=table.attempts + 1)
            ).rowcount
            if taken:
                mine.append({**row._mapping, "attempts": row.attempts + 1})
    return mine


def settle(engine: Engine, send_id: str, values: dict[str, Any]) -> None:
    """A sender's answer: sent, failed, or queued again for ``next_at``."""
    with engine.begin() as conn:
        conn.execute(update(hq_sends).where(hq_sends.c.id == send_id).values(**values))


def of_lead(conn: Connection, lead_id: str) -> list[dict[str, Any]]:
    """The sendings a lead's visitor asked for, newest first, for the lead page."""
    table = hq_sends.c
    rows = conn.execute(
        select(
            table.channel,
            table.language,
            table.state,
            table.reason,
            table.attempts,
            table.received_at,
            table.done_at,
            table.notice_version,
            table.consent_at,
        )
        .where(table.lead_id == lead_id)
        .order_by(table.received_at.desc())
    )
    return [dict(row._mapping) for row in rows]


def stop(conn: Connection, key: str, now: str) -> bool:
    """Never send to this recipient again; False for a token that names nobody we know."""
    if len(key) != KEY_LENGTH:
        return False
    known = conn.execute(
        select(func.count()).select_from(hq_sends).where(hq_sends.c.recipient_key == key)
    ).scalar_one()
    if not known:
        return False
    stopped = conn.execute(
        select(hq_send_stops.c.recipient_key).where(hq_send_stops.c.recipient_key == key)
    ).first()
    if stopped is None:
        conn.execute(insert(hq_send_stops).values(recipient_key=key, stopped_at=now))
    return True


def is_stopped(conn: Connection, key: str) -> bool:
    row = conn.execute(
        select(hq_send_stops.c.recipient_key).where(hq_send_stops.c.recipient_key == key)
    ).first()
    return row is not None


def sent_to(conn: Connection, key: str) -> int:
    return int(
        conn.execute(
            select(func.count())
            .select_from(hq_sends)
            .where(hq_sends.c.recipient_key == key, hq_sends.c.state == DELIVERY_SENT)
        ).scalar_one()
    )


def forget(conn: Connection, lead_ids: Sequence[str] = (), keys: Sequence[str] = ()) -> int:
    """Erasure: the requests of these leads, and those to these recipients (keyed hashes,
    the same as the erasure tombstones' phone hashes); rows deleted."""
    table = hq_sends.c
    gone = 0
    for column, values in ((table.lead_id, sorted(set(lead_ids))), (table.recipient_key, keys)):
        wanted = sorted(set(values))
        for start in range(0, len(wanted), IN_CHUNK):
            chunk = wanted[start : start + IN_CHUNK]
            gone += conn.execute(delete(hq_sends).where(column.in_(chunk))).rowcount
    return gone


def purge_settled(conn: Connection, before: str) -> int:
    """Retention: requests sent or failed before ``before`` (their address and proof have
    done their work); rows deleted."""
    table = hq_sends.c
    return int(
        conn.execute(
            delete(hq_sends).where(
                table.state.in_((DELIVERY_SENT, DELIVERY_FAILED)),
                table.done_at != "",
                table.done_at < before,
            )
        ).rowcount
    )
