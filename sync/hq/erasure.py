"""Erasure at HQ (law 09-08, GDPR art. 17): every trace of a person goes, a tombstone stays.

An erasure (by phone, by lead id, or both) deletes the lead rows of every kiosk and event with
that phone, their follow-up history and programme links, and the search terms naming the
number in the audit log. It leaves a tombstone per lead id and one per phone, the phone as
HMAC-SHA256 under a secret HQ key (``keys/erasure.key``, mode 0600): HQ can recognise the
number when it comes back, a stolen database cannot be searched for a known number without
that key. The audit log records who erased, how many rows and the keyed hash — never the
phone or a name.

Tombstones answer later arrivals (``erased_leads``): a lead whose id was erased is always
refused; a lead with an erased phone is refused when its consent was given at or before the
latest erasure of that phone (a restored stand backup, a re-enrolled stand sending old
leads). A visitor who comes back and consents again after the erasure is a new lead.

Stands learn of HQ erasures through ``feed`` (lead ids after a cursor: the tombstone's row id).
"""

from __future__ import annotations

import hashlib
import hmac
import logging
import os
import secrets
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import (
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
    or_,
    select,
)

from sync.contract.clock import Clock, utc_iso
from sync.hq import followup, inbox, leads, visitors
from sync.hq.console import audit, history, programmes
from sync.hq.leads import hq_leads
from sync.hq.metadata import IN_CHUNK, metadata
from sync.hq.takeaway import sending

log = logging.getLogger(__name__)

SOURCES = ("console", "cli", "stand", "retention")

hq_erasures = Table(
    "hq_erasures",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),  # the stands' feed cursor
    Column("lead_id", String(36), nullable=True),
    Column("phone_hash", String(64), nullable=True),  # HMAC-SHA256 hex of the E.164 number
    Column("erased_at", String(32), nullable=False),
    Column("erased_by", String(254), nullable=False),  # agent e-mail, kiosk:NAME, cli:USER
    Column("source", String(16), nullable=False),
    Index("ix_hq_erasures_lead", "lead_id"),
    Index("ix_hq_erasures_phone", "phone_hash"),
)


TOMBSTONE_LOCK = 0x0E4A5E  # PostgreSQL advisory lock key of the tombstone writers

# ---- the phone key ----------------------------------------------------------------------


def load_phone_key(path: Path) -> bytes:
    """The secret key of the phone hashes, created (owner-only) on first use."""
    try:
        return bytes.fromhex(path.read_text(encoding="ascii").strip())
    except FileNotFoundError:
        pass
    path.parent.mkdir(parents=True, exist_ok=True)
    key = secrets.token_bytes(32)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "w", encoding="ascii") as out:
        out.write(key.hex() + "\n")
    return key


def phone_hash(key: bytes, e164: str) -> str:
    if not key:
        raise ValueError("no phone key")
    return hmac.new(key, e164.encode("utf-8"), hashlib.sha256).hexdigest()


# ---- tombstones at ingest -----------------------------------------------------------------


def _moment(text: str) -> datetime | None:
    try:
        return datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        return None


def erased_leads(conn: Connection, leads: Sequence[tuple[str, str, str]]) -> set[str]:
    """Which of these (lead id, phone hash, consent time) must be answered ``erased``."""
    ids = sorted({lead_id for lead_id, _, _ in leads})
    hashes = sorted({h for _, h, _ in leads if h})
    t = hq_erasures.c
    erased_ids: set[str] = set()
    latest: dict[str, datetime] = {}
    for start in range(0, max(len(ids), len(hashes)), IN_CHUNK):
        by_id = t.lead_id.in_(ids[start : start + IN_CHUNK])
        chunk = hashes[start : start + IN_CHUNK]
        rows = conn.execute(
            select(t.lead_id, t.phone_hash, t.erased_at).where(
                or_(by_id, t.phone_hash.in_(chunk)) if chunk else by_id
            )
        )
        for row in rows:
            if row.lead_id:
                erased_ids.add(str(row.lead_id))
            when = _moment(str(row.erased_at))
            if row.phone_hash and when is not None:
                known = latest.get(row.phone_hash)
                latest[row.phone_hash] = when if known is None else max(known, when)
    out = {lead_id for lead_id, _, _ in leads if lead_id in erased_ids}
    for lead_id, hashed, consent_at in leads if latest else ():
        erased_at, consented = latest.get(hashed), _moment(consent_at)
        if erased_at is not None and (consented is None or consented <= erased_at):
            out.add(lead_id)
    return out


def split_erased(
    conn: Connection, key: bytes, rows: list[dict[str, Any]]
) -> tuple[list[dict[str, Any]], set[str]]:
    """HQ lead rows about to be stored: (those to store, ids to answer ``erased``)."""
    if not rows:
        return rows, set()
    erased = erased_leads(
        conn,
        [
            (r["id"], phone_hash(key, r["phone_e164"]) if r["phone_e164"] else "", r["consent_at"])
            for r in rows
        ],
    )
    return [r for r in rows if r["id"] not in erased], erased


# ---- erasing ------------------------------------------------------------------------------


@dataclass(frozen=True)
class ErasureReport:
    """What an erasure removes (or, in a preview, would remove). No personal data."""

    leads: int = 0
    events: tuple[str, ...] = ()
    kiosks: int = 0
    first: str | None = None
    last: str | None = None
    rows: int = 0  # every row deleted: leads, history, programme links
    phone_hashes: tuple[str, ...] = field(default=(), repr=False)
    done: bool = False


def _matching(
    conn: Connection, phones: Sequence[str], lead_ids: Sequence[str]
) -> list[dict[str, Any]]:
    """Leads with these phones or ids, and every other lead with the phones of those ids."""
    c = hq_leads.c
    cols = (c.id, c.phone_e164, c.event_id, c.kiosk_id, c.created_at, c.first_name, c.last_name)
    found: dict[str, dict[str, Any]] = {}
    wanted = sorted(set(lead_ids))
    for start in range(0, len(wanted), IN_CHUNK):
        chunk = wanted[start : start + IN_CHUNK]
        rows = conn.execute(select(*cols).where(c.id.in_(chunk)))
        found.update({r.id: dict(r._mapping) for r in rows})
    numbers = sorted({*phones, *(r["phone_e164"] for r in found.values() if r["phone_e164"])})
    for start in range(0, len(numbers), IN_CHUNK):
        chunk = numbers[start : start + IN_CHUNK]
        rows = conn.execute(select(*cols).where(c.phone_e164.in_(chunk)))
        found.update({r.id: dict(r._mapping) for r in rows})
    return sorted(found.values(), key=lambda r: (r["created_at"], r["id"]))


def _report(matched: list[dict[str, Any]], **extra: Any) -> ErasureReport:
    days = [str(r["created_at"]) for r in matched]
    return ErasureReport(
        leads=len(matched),
        events=tuple(sorted({str(r["event_id"]) for r in matched})),
        kiosks=len({r["kiosk_id"] for r in matched}),
        first=min(days, default=None),
        last=max(days, default=None),
        **extra,
    )


def preview(
    engine: Engine, phones: Sequence[str] = (), lead_ids: Sequence[str] = ()
) -> ErasureReport:
    with engine.connect() as conn:
        return _report(_matching(conn, phones, lead_ids))


def delete_leads(conn: Connection, ids: Sequence[str]) -> int:
    """Delete leads and everything hanging off them (history, programme links, a visitor left
    with no lead); rows deleted."""
    people = leads.visitors_of(conn, ids)
    rows = history.forget(conn, ids) + programmes.forget(conn, ids) + leads.delete_leads(conn, ids)
    rows += sending.forget(conn, lead_ids=ids)  # what was sent to them: address, consent
    gone = visitors.forget_empty(conn, people)
    return rows + len(gone) + followup.forget(conn, gone)


def erase(
    engine: Engine,
    key: bytes,
    *,
    phones: Sequence[str] = (),
    lead_ids: Sequence[str] = (),
    by: str,
    source: str,
    clock: Clock,
) -> ErasureReport:
    """Erase these people everywhere at HQ, leave tombstones, audit it, then compact."""
    now = utc_iso(clock.now())
    with engine.begin() as conn:
        matched = _matching(conn, phones, lead_ids)
        numbers = sorted({*phones, *(r["phone_e164"] for r in matched if r["phone_e164"])})
        hashes = {n: phone_hash(key, n) for n in numbers}
        rows = delete_leads(conn, [r["id"] for r in matched])
        rows += inbox.forget(conn, lead_ids)  # held sealed: by id now, by phone when opened
        rows += sending.forget(conn, keys=list(hashes.values()))  # sendings to these phones
        stones = [{"lead_id": r["id"], "phone_hash": hashes.get(r["phone_e164"])} for r in matched]
        known = {r["id"] for r in matched}
        stones += [{"lead_id": i, "phone_hash": None} for i in sorted(set(lead_ids) - known)]
        stones += [{"lead_id": None, "phone_hash": h} for h in sorted(set(hashes.values()))]
        _insert_tombstones(
            conn, [{**s, "erased_at": now, "erased_by": by[:254], "source": source} for s in stones]
        )
        names = {n for r in matched for n in (r["first_name"], r["last_name"]) if n}
        audit.scrub_search_terms(conn, numbers, names)
        report = _report(matched, rows=rows, phone_hashes=tuple(sorted(hashes.values())), done=True)
        audit.record_by(
            conn,
            now,
            by,
            "erased",
            {
                "source": source,
                "leads": report.leads,
                "rows": rows,
                "phone_hashes": list(report.phone_hashes),
            },
        )
    compact(engine)
    log.info("erasure source=%s leads=%d rows=%d", source, report.leads, rows)
    return report


def compact(engine: Engine) -> None:
    """Make deleted rows unreadable in the files as far as the database allows.

    SQLite (``secure_delete`` is on for every HQ connection): empty the write-ahead log into
    the main file. PostgreSQL: VACUUM the tables that held personal data, so dead rows are
    pruned from the heap and indexes (see the README's privacy section for what it does not do).
    """
    if engine.dialect.name == "sqlite":
        with engine.connect() as conn:
            conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    elif engine.dialect.name == "postgresql":
        tables = ", ".join(
            t.name
            for t in (hq_leads, history.lead_history, programmes.lead_programmes, audit.audit_log)
        )
        with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
            conn.exec_driver_sql(f"VACUUM {tables}")


def add_tombstones(
    conn: Connection, lead_ids: Sequence[str], at: str, by: str, source: str
) -> None:
    """Tombstones of lead ids only (the retention purge: no phone to remember)."""
    _insert_tombstones(
        conn,
        [
            {"lead_id": i, "erased_at": at, "erased_by": by[:254], "source": source}
            for i in lead_ids
        ],
    )


def _insert_tombstones(conn: Connection, rows: list[dict[str, Any]]) -> None:
    """Tombstones get their ids in the order their transactions commit, so a stand reading
    the feed between two commits never moves its cursor past one still to come. SQLite has
    one writer at a time; on PostgreSQL a sequence hands ids out at insert time, so writers
    of tombstones take turns (a lock held until commit; erasures are rare)."""
    if not rows:
        return
    if conn.dialect.name == "postgresql":
        conn.execute(select(func.pg_advisory_xact_lock(TOMBSTONE_LOCK)))
    conn.execute(insert(hq_erasures), rows)


def expire_tombstones(conn: Connection, before: str) -> int:
    """Drop tombstones older than ``before`` (no stand keeps leads that long); rows dropped."""
    old = hq_erasures.c.erased_at < before
    return int(conn.execute(delete(hq_erasures).where(old)).rowcount or 0)


# ---- the stands' feed -----------------------------------------------------------------------


def feed(engine: Engine, since: int, limit: int) -> tuple[list[str], int]:
    """Lead ids erased after the cursor ``since``, and the cursor to ask from next."""
    t = hq_erasures.c
    with engine.connect() as conn:
        rows = conn.execute(
            select(t.id, t.lead_id)
            .where(t.id > since, t.lead_id.is_not(None))
            .order_by(t.id)
            .limit(limit)
        ).all()
        if rows:
            return [str(r.lead_id) for r in rows], int(rows[-1].id)
        top = int(conn.execute(select(func.max(t.id))).scalar() or 0)
    # the same cursor (an erasure stored between the two reads is not skipped), reset for a
    # stand whose cursor is past a replaced database
    return [], since if since <= top else top
