"""Working a visitor: contact attempts with their outcome (``hq_contact_attempts``) and
managers' merges (``hq_visitor_merges``); this module alone writes those tables, changes
visitors through ``sync.hq.visitors`` and appointments through ``sync.hq.appointments``.

An attempt moves the visitor along the sales stages (``vocabulary.OUTCOME_STAGE``); the first
attempt where someone spoke with the visitor is their first contact, measured against the
event's deadline. ``today`` is an agent's working list: overdue first, then due today (next-call
dates), then new, hot (higher score) first in each.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import (
    Column,
    Connection,
    Index,
    Integer,
    String,
    Table,
    Text,
    and_,
    delete,
    insert,
    or_,
    select,
    union_all,
    update,
)

from sync.contract.clock import utc_iso
from sync.contract.errors import NotFoundError, ValidationError
from sync.contract.vocabulary import (
    CONTACT_CHANNELS,
    CONTACT_OUTCOMES,
    LOST_REASONS,
    OUTCOME_STAGE,
    SPOKEN_OUTCOMES,
)
from sync.hq import appointments, visitors
from sync.hq.leads import hq_leads
from sync.hq.metadata import IN_CHUNK, metadata
from sync.hq.visitors import hq_visitors

MAX_NOTE = 2000
TODAY_LIMIT = 100  # per section: an agent works a screenful, not the whole backlog
CLOSED_STAGES = visitors.CLOSED_STAGES

hq_contact_attempts = Table(
    "hq_contact_attempts",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("visitor_id", Integer, nullable=False),
    Column("at", String(32), nullable=False),
    Column("agent_id", Integer),
    Column("channel", String(16), nullable=False),
    Column("outcome", String(20), nullable=False),
    Column("lost_reason", String(20)),
    Column("note", Text, nullable=False, default=""),
    Index("ix_hq_contact_attempts_visitor", "visitor_id", "at"),
    Index("ix_hq_contact_attempts_at", "at"),
)

hq_visitor_merges = Table(
    "hq_visitor_merges",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("keep_id", Integer, nullable=False),
    Column("other_id", Integer, nullable=False),
    Column("moved", Text, nullable=False),  # JSON list of lead ids
    Column("at", String(32), nullable=False),
    Column("agent_id", Integer),
    Column("undone_at", String(32)),
    Index("ix_hq_visitor_merges_keep", "keep_id"),
)


@dataclass(frozen=True)
class Actor:
    """Who acts (a signed-in agent's id), and when."""

    agent_id: int | None
    now: datetime

    @property
    def at(self) -> str:
        return utc_iso(self.now)


def log_attempt(
    conn: Connection,
    visitor_id: int,
    actor: Actor,
    *,
    channel: str,
    outcome: str,
    lost_reason: str = "",
    note: str = "",
    next_call: str = "",
) -> dict[str, Any]:
    """Record one contact attempt and move the visitor on; returns the visitor's changes."""
    if channel not in CONTACT_CHANNELS or outcome not in CONTACT_OUTCOMES:
        raise ValidationError("unknown channel or outcome", key="error.contact.outcome")
    if outcome == "lost" and lost_reason not in LOST_REASONS:
        raise ValidationError("a lost visitor needs a reason", key="error.contact.reason")
    if len(note) > MAX_NOTE:
        raise ValidationError("note too long", key="error.lead.note")
    visitor = visitors.get(conn, visitor_id)
    conn.execute(
        insert(hq_contact_attempts).values(
            visitor_id=visitor_id,
            at=actor.at,
            agent_id=actor.agent_id,
            channel=channel,
            outcome=outcome,
            lost_reason=lost_reason if outcome == "lost" else None,
            note=note.strip(),
        )
    )
    changes: dict[str, Any] = {}
    stage = OUTCOME_STAGE[outcome]
    if stage is not None:
        changes["stage"] = stage
    if outcome in SPOKEN_OUTCOMES and visitor["first_contact_at"] is None:
        changes["first_contact_at"] = actor.at
    if outcome == "wrong_number" and visitor["review"] == "received":
        changes["review"] = "has_issues"
    if next_call:
        changes["next_call_date"] = _day(next_call)
    elif stage in CLOSED_STAGES:
        changes["next_call_date"] = None
    if visitor["assigned_to"] is None and actor.agent_id is not None:
        changes["assigned_to"] = actor.agent_id
    return visitors.change(conn, visitor_id, changes)


def _day(text: str) -> str:
    try:
        return date.fromisoformat(text).isoformat()
    except ValueError as exc:
        raise ValidationError("bad date", key="error.lead.date") from exc


def attempts_of(conn: Connection, visitor_id: int) -> list[dict[str, Any]]:
    c = hq_contact_attempts.c
    rows = conn.execute(
        select(hq_contact_attempts).where(c.visitor_id == visitor_id).order_by(c.at, c.id)
    )
    return [dict(r._mapping) for r in rows]


# ---- appointments --------------------------------------------------------------------------


def book(
    conn: Connection,
    visitor_id: int,
    actor: Actor,
    *,
    kind: str,
    starts_at: datetime,
    minutes: int,
    place: str,
    agency_id: int | None,
) -> dict[str, Any]:
    """Book a meeting at an agency or a site visit; logs the ``appointment_set`` outcome."""
    meeting = appointments.add(
        conn, visitor_id, actor.agent_id, actor.at, kind=kind, starts_at=starts_at,
        minutes=minutes, place=place, agency_id=agency_id,
    )  # fmt: skip
    log_attempt(conn, visitor_id, actor, channel="phone", outcome="appointment_set")
    return meeting


# ---- merges ----------------------------------------------------------------------------------


def merge(conn: Connection, keep: int, other: int, actor: Actor) -> int:
    """Merge ``other`` into ``keep`` (a manager's decision); returns the merge's id."""
    moved = visitors.merge(conn, keep, other)
    conn.execute(
        update(hq_contact_attempts)
        .where(hq_contact_attempts.c.visitor_id == other)
        .values(visitor_id=keep)
    )
    appointments.move(conn, other, keep)
    new_id = conn.execute(
        insert(hq_visitor_merges).values(
            keep_id=keep, other_id=other, moved=json.dumps(moved), at=actor.at,
            agent_id=actor.agent_id,
        )
    ).inserted_primary_key  # fmt: skip
    assert new_id is not None
    return int(new_id[0])


def unmerge(conn: Connection, merge_id: int, actor: Actor) -> int:
    """Undo a merge; the attempts and appointments made since stay with the kept visitor."""
    row = conn.execute(select(hq_visitor_merges).where(hq_visitor_merges.c.id == merge_id)).first()
    if row is None or row.undone_at is not None:
        raise NotFoundError("no such merge", key="error.visitor.merge")
    back = visitors.unmerge(conn, row.keep_id, row.other_id, json.loads(row.moved))
    conn.execute(
        update(hq_visitor_merges)
        .where(hq_visitor_merges.c.id == merge_id)
        .values(undone_at=actor.at)
    )
    return back


def merges_of(conn: Connection, visitor_id: int) -> list[dict[str, Any]]:
    c = hq_visitor_merges.c
    rows = conn.execute(
        select(hq_visitor_merges)
        .where(or_(c.keep_id == visitor_id, c.other_id == visitor_id), c.undone_at.is_(None))
        .order_by(c.id)
    )
    return [dict(r._mapping) for r in rows]


def forget(conn: Connection, visitor_ids: list[int]) -> int:
    """Rows hanging off visitors that are gone (erasure, retention); rows deleted."""
    deleted = 0
    for start in range(0, len(visitor_ids), IN_CHUNK):
        chunk = visitor_ids[start : start + IN_CHUNK]
        a = hq_contact_attempts.c
        done = conn.execute(delete(hq_contact_attempts).where(a.visitor_id.in_(chunk)))
        deleted += int(done.rowcount or 0)
        deleted += appointments.forget(conn, chunk)
        m = hq_visitor_merges.c
        done = conn.execute(
            delete(hq_visitor_merges).where(or_(m.keep_id.in_(chunk), m.other_id.in_(chunk)))
        )
        deleted += int(done.rowcount or 0)
    return deleted


# ---- the agent's today page ------------------------------------------------------------------


def _open_for(agent_id: int, agency_id: int | None) -> Any:
    """The visitors an agent works: theirs, and their agency's that nobody has taken yet, as
    two disjoint ranges of the open-work index (an OR of the two would read the table)."""
    v = hq_visitors.c
    cols = [v.id, v.score, v.due_at, v.first_contact_at, v.next_call_date, v.stage, v.first_seen]
    parts = [select(*cols).where(v.assigned_to == agent_id, visitors.OPEN)]
    if agency_id is not None:
        theirs = and_(v.assigned_to.is_(None), v.agency_id == agency_id, visitors.OPEN)
        parts.append(select(*cols).where(theirs))
    return union_all(*parts).subquery("work")


def _urgent(c: Any) -> list[Any]:
    return [c.score.desc().nulls_last(), c.due_at, c.id]


def _recent(c: Any) -> list[Any]:
    return [c.score.desc().nulls_last(), c.first_seen.desc(), c.id]


def _section(conn: Connection, work: Any, where: Any, order: Any) -> list[dict[str, Any]]:
    """The first rows of a section picked from the index, then only those rows read whole,
    each with the first name of the visitor's latest lead."""
    top = select(work).where(where).order_by(*order(work.c)).limit(TODAY_LIMIT).subquery("top")
    v, lead = hq_visitors.c, hq_leads.c
    first_name = (
        select(lead.first_name)
        .where(lead.visitor_id == v.id)
        .order_by(lead.created_at.desc())
        .limit(1)
        .scalar_subquery()
    )
    rows = conn.execute(
        select(hq_visitors, first_name.label("first_name"))
        .join(top, top.c.id == v.id)
        .order_by(*order(hq_visitors.c))
    )
    return [dict(r._mapping) for r in rows]


def today(
    conn: Connection, agent_id: int, agency_id: int | None, now: datetime
) -> dict[str, list[dict[str, Any]]]:
    """``overdue`` (first contact past its deadline, or a next-call date in the past),
    ``due_today`` (next call today, or first-contact deadline before tomorrow), ``new``
    (not contacted, deadline later); each hot first (score), then by urgency. Rows are the
    visitor's, plus ``first_name``."""
    work = _open_for(agent_id, agency_id)
    w = work.c
    day = now.date().isoformat()
    at = utc_iso(now)
    tomorrow = utc_iso(datetime(now.year, now.month, now.day, tzinfo=now.tzinfo) + timedelta(1))
    waiting = w.first_contact_at.is_(None)
    # spelt so that a missing date makes each test false, never NULL (NOT NULL hides a row)
    late_first = and_(waiting, w.due_at.is_not(None), w.due_at < at)
    overdue = or_(late_first, and_(w.next_call_date.is_not(None), w.next_call_date < day))
    due = and_(
        ~overdue, or_(w.next_call_date == day, and_(waiting, w.due_at >= at, w.due_at < tomorrow))
    )
    new = and_(waiting, w.stage == "new", or_(w.due_at.is_(None), w.due_at >= tomorrow))
    new = and_(new, or_(w.next_call_date.is_(None), w.next_call_date > day))
    return {
        "overdue": _section(conn, work, overdue, _urgent),
        "due_today": _section(conn, work, due, _urgent),
        "new": _section(conn, work, new, _recent),
    }
