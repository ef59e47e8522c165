"""Leads held sealed — as the stands sent them (``hq_lead_batches``), then one by one
(``hq_lead_inbox``) — and what became of them (``hq_lead_outcomes``).

Ingest answers a stand as soon as its batch is durable here: the body as it came (compressed
as sent), whose records carry the sealed box, the clear fields with the consent proof, and
the content hash — one row, one commit. In the background each batch is then unpacked into
the inbox: every record checked against the wire contract, duplicates and conflicts with what
HQ holds found, in the transaction that deletes the batch. Opening the
boxes (X25519 per lead, the personal fields checked again against the lead contract) is the
costly part; :func:`sync.hq.service.open_inbox` does it afterwards, in batches, and moves each
lead into ``hq_leads`` in the same transaction that deletes it from here — the console reads
``hq_leads`` only, so it never sees a lead half ingested.

A lead that cannot be opened or breaks the contract once opened leaves an outcome for its
stand (``rejected`` + reason, ``conflict``, ``erased``), which the stand pulls after a cursor
and applies to a lead it had marked acked. Claims are leased (``lease``, ``lease_until``) so
that several workers never open the same lead twice at once; an expired lease (a crash) is
claimed again.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any, NamedTuple

from sqlalchemy import (
    Column,
    Connection,
    Engine,
    Index,
    Integer,
    LargeBinary,
    Row,
    String,
    Table,
    Text,
    delete,
    func,
    insert,
    or_,
    select,
    union_all,
    update,
)
from sqlalchemy.exc import IntegrityError
from sqlalchemy.sql.dml import Update
from sqlalchemy.sql.elements import ColumnElement

from sync.hq.leads import hq_leads
from sync.hq.metadata import IN_CHUNK, insert_many, metadata

POISON_REASON = "HQ fails on this record alone"
CONFLICT_REASON = "same id, different content: kept the stored one"
LEASE_SECONDS = 120  # a worker that died while opening leaves its batch to others after this

hq_lead_inbox = Table(
    "hq_lead_inbox",
    metadata,
    Column("id", String(36), primary_key=True),
    Column("kiosk_id", String(64), nullable=False),
    Column("received_at", String(32), nullable=False),
    Column("content_hash", String(128), nullable=False),
    Column("record", Text, nullable=False),  # the wire record as received: sealed + consent
    Column("lease", String(32)),
    Column("lease_until", String(32)),
    Index("ix_hq_lead_inbox_lease", "lease_until"),
)

hq_lead_batches = Table(
    "hq_lead_batches",
    metadata,
    Column("seq", Integer, primary_key=True, autoincrement=True),  # unpacked in this order
    Column("kiosk_id", String(64), nullable=False),
    Column("received_at", String(32), nullable=False),
    Column("encoding", String(16), nullable=False),  # the Content-Encoding it came with
    Column("body", LargeBinary, nullable=False),  # the request body as sent
    Column("records", Integer, nullable=False),
    Column("lease", String(32)),
    Column("lease_until", String(32)),
    Index("ix_hq_lead_batches_lease", "lease_until"),
)

hq_lead_outcomes = Table(
    "hq_lead_outcomes",
    metadata,
    Column("seq", Integer, primary_key=True, autoincrement=True),  # the stands' cursor
    Column("kiosk_id", String(64), nullable=False),
    Column("lead_id", String(36), nullable=False),
    Column("status", String(16), nullable=False),
    Column("reason", String(500), nullable=False, default=""),
    Column("at", String(32), nullable=False),
    Index("ix_hq_lead_outcomes_kiosk", "kiosk_id", "seq"),
)


def known_hashes(conn: Connection, ids: Sequence[str]) -> dict[str, str]:
    """Content hash of each id HQ holds, sealed or opened, read in one statement per chunk: a
    lead moved from the inbox to ``hq_leads`` (one transaction) is in one or the other of
    the statement's snapshot, never missed in between."""
    known: dict[str, str] = {}
    for start in range(0, len(ids), IN_CHUNK):
        chunk = list(ids[start : start + IN_CHUNK])
        found = conn.execute(
            union_all(
                select(hq_lead_inbox.c.id, hq_lead_inbox.c.content_hash).where(
                    hq_lead_inbox.c.id.in_(chunk)
                ),
                select(hq_leads.c.id, hq_leads.c.content_hash).where(hq_leads.c.id.in_(chunk)),
            )
        )
        known.update({str(lead_id): str(content_hash) for lead_id, content_hash in found})
    return known


def hold(conn: Connection, rows: list[dict[str, Any]]) -> dict[str, str]:
    """Keep these sealed records inside the caller's transaction: id -> stored / duplicate /
    conflict, the check done for the whole batch at once and the new records inserted with
    one statement. ``rows`` carry id, kiosk_id, received_at, content_hash and record (JSON)."""
    known = known_hashes(conn, [row["id"] for row in rows])
    statuses: dict[str, str] = {}
    fresh: list[dict[str, Any]] = []
    for row in rows:
        lead_id = row["id"]
        if lead_id in known:
            same = known[lead_id] == row["content_hash"]
            statuses.setdefault(lead_id, "duplicate" if same else "conflict")
            continue
        known[lead_id] = row["content_hash"]
        statuses[lead_id] = "stored"
        fresh.append(row)
    if fresh:
        try:
            with conn.begin_nested():
                insert_many(conn, insert(hq_lead_inbox), fresh)
        except IntegrityError:  # another request held some of the same ids meanwhile
            for row in fresh:
                statuses[row["id"]] = _hold_one(conn, row)
    return statuses


def _hold_one(conn: Connection, row: dict[str, Any]) -> str:
    known = known_hashes(conn, [row["id"]]).get(row["id"])
    if known is not None:  # held by the other request, maybe opened since
        return "duplicate" if known == row["content_hash"] else "conflict"
    try:
        with conn.begin_nested():
            conn.execute(insert(hq_lead_inbox).values(**row))
    except IntegrityError:
        known = known_hashes(conn, [row["id"]]).get(row["id"])
        return "duplicate" if known == row["content_hash"] else "conflict"
    return "stored"


def claim(engine: Engine, lease: str, now: str, until: str, limit: int) -> list[dict[str, Any]]:
    """Up to ``limit`` held leads not leased by a live worker, leased to ``lease``: each as
    (id, kiosk_id, received_at, record dict)."""
    t = hq_lead_inbox.c
    rows = _leased(
        engine,
        update(hq_lead_inbox),
        (t.id, t.kiosk_id, t.received_at, t.record),
        (t.received_at, t.id),
        Lease(lease, now, until, limit),
    )
    return [
        {
            "id": str(r.id),
            "kiosk_id": str(r.kiosk_id),
            "received_at": str(r.received_at),
            "record": json.loads(r.record),
        }
        for r in rows
    ]


class Lease(NamedTuple):
    """A worker's claim: its name, the time now, until when it holds, how many rows."""

    name: str
    now: str
    until: str
    limit: int


def _leased(
    engine: Engine,
    leasing: Update,
    columns: tuple[Column[Any], ...],
    order: tuple[ColumnElement[Any], ...],
    lease: Lease,
) -> Sequence[Row[Any]]:
    """Up to ``lease.limit`` rows (of the table ``leasing`` updates, keyed by the first of
    ``columns``) that no live worker holds, in ``order``, leased to ``lease.name``: their
    ``columns``."""
    key = columns[0]
    t = key.table.c
    free = or_(t.lease_until.is_(None), t.lease_until < lease.now)
    with engine.begin() as conn:
        wanted = list(conn.execute(select(key).where(free).order_by(*order).limit(lease.limit)))
        if not wanted:
            return []
        keys = [row[0] for row in wanted]
        # the lease condition again: a worker that leased them meanwhile keeps them
        conn.execute(
            leasing.where(key.in_(keys), free).values(lease=lease.name, lease_until=lease.until)
        )
        return conn.execute(
            select(*columns).where(key.in_(keys), t.lease == lease.name).order_by(*order)
        ).all()


def release(conn: Connection, ids: Sequence[str], lease: str) -> None:
    """Forget these held leads (opened, or refused with an outcome) if still ours."""
    t = hq_lead_inbox.c
    for start in range(0, len(ids), IN_CHUNK):
        chunk = list(ids[start : start + IN_CHUNK])
        conn.execute(delete(hq_lead_inbox).where(t.id.in_(chunk), t.lease == lease))


def forget(conn: Connection, ids: Sequence[str]) -> int:
    """Delete held leads by id whatever their lease (an erasure); how many went."""
    gone = 0
    for start in range(0, len(ids), IN_CHUNK):
        chunk = list(ids[start : start + IN_CHUNK])
        gone += int(
            conn.execute(delete(hq_lead_inbox).where(hq_lead_inbox.c.id.in_(chunk))).rowcount or 0
        )
    return gone


def waiting(engine: Engine) -> int:
    """How many leads are held sealed, not yet opened (in batches as sent, or one by one)."""
    with engine.connect() as conn:
        held = conn.execute(select(func.count()).select_from(hq_lead_inbox)).scalar()
        batched = conn.execute(select(func.sum(hq_lead_batches.c.records))).scalar()
    return int(held or 0) + int(batched or 0)


# ---- batches as the stands sent them -----------------------------------------------------


def keep_batch(
    conn: Connection, kiosk_id: str, received_at: str, encoding: str, body: bytes, records: int
) -> None:
    """Hold a stand's batch as it was sent, inside the caller's transaction."""
    conn.execute(
        insert(hq_lead_batches).values(
            kiosk_id=kiosk_id,
            received_at=received_at,
            encoding=encoding,
            body=body,
            records=records,
        )
    )


def claim_batches(
    engine: Engine, lease: str, now: str, until: str, limit: int
) -> list[dict[str, Any]]:
    """Up to ``limit`` batches not leased by a live worker, oldest first, leased to
    ``lease``: each as (seq, kiosk_id, received_at, encoding, body)."""
    t = hq_lead_batches.c
    rows = _leased(
        engine,
        update(hq_lead_batches),
        (t.seq, t.kiosk_id, t.received_at, t.encoding, t.body),
        (t.seq,),
        Lease(lease, now, until, limit),
    )
    return [dict(row._mapping) for row in rows]


def drop_batch(conn: Connection, seq: int, lease: str) -> None:
    """Forget a batch once unpacked into the inbox (if still ours)."""
    t = hq_lead_batches.c
    conn.execute(delete(hq_lead_batches).where(t.seq == seq, t.lease == lease))


def outcome(item: dict[str, Any], status: str, reason: str = "") -> dict[str, Any]:
    """An outcome for the stand that sent ``item`` (kiosk_id, id, received_at)."""
    return {
        "kiosk_id": item["kiosk_id"],
        "lead_id": item["id"],
        "status": status,
        "reason": reason[:500],
        "at": item["received_at"],
    }


def add_outcomes(conn: Connection, outcomes: list[dict[str, Any]]) -> None:
    """Outcomes (kiosk_id, lead_id, status, reason, at) for the stands to pull."""
    if outcomes:
        conn.execute(insert(hq_lead_outcomes), outcomes)


def outcomes_after(
    engine: Engine, kiosk_id: str, since: int, limit: int
) -> tuple[list[dict[str, str]], int]:
    """This kiosk's outcomes after the cursor ``since``, and the cursor to ask from next."""
    t = hq_lead_outcomes.c
    with engine.connect() as conn:
        rows = conn.execute(
            select(t.seq, t.lead_id, t.status, t.reason)
            .where(t.kiosk_id == kiosk_id, t.seq > since)
            .order_by(t.seq)
            .limit(limit)
        ).all()
        if rows:
            found = [{"id": r.lead_id, "status": r.status, "reason": r.reason} for r in rows]
            return found, int(rows[-1].seq)
        top = conn.execute(select(func.max(t.seq))).scalar()
    return [], min(since, int(top or 0))  # a cursor past a replaced database starts over
