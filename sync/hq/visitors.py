"""One visitor per person (``hq_visitors``): every lead with the same E.164 phone, from any
event, stand or paper form, belongs to one visitor. This module alone writes the table.

A visitor holds what the follow-up needs (agency, agent, review state, sales stage, the
first-contact deadline, the next call); the leads stay as history, each with its own consent
proof. The phone is not copied here: a lead finds its visitor through the other leads with the
same number (the leads' phone index), so erasing a person's leads leaves nothing of the number.

Ingest calls ``attach`` before inserting a batch and ``settle`` after; on PostgreSQL a
transaction-level advisory lock per phone keeps two workers from making two visitors of one
person. A manager's merge (``merge``/``unmerge``) moves leads between visitors.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import (
    Column,
    Connection,
    Index,
    Integer,
    String,
    Table,
    and_,
    delete,
    func,
    insert,
    literal_column,
    select,
    update,
)

from sync.contract.clock import utc_iso
from sync.contract.errors import NotFoundError, ValidationError
from sync.contract.vocabulary import EXCLUDED_REVIEW, REVIEW_STATES, SALES_STAGES
from sync.hq import agencies, events, leads
from sync.hq.leads import hq_leads
from sync.hq.metadata import IN_CHUNK, metadata

hq_visitors = Table(
    "hq_visitors",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("created_at", String(32), nullable=False),
    Column("first_seen", String(32), nullable=False),  # first lead's created_at
    Column("last_seen", String(32), nullable=False),
    Column("event_id", String(64), nullable=False),  # of the first lead: sets the deadline
    Column("language", String(8), nullable=False),
    Column("agency_id", Integer),
    Column("assigned_to", Integer),
    Column("review", String(16), nullable=False, default="received"),
    Column("stage", String(16), nullable=False, default="new"),
    Column("due_at", String(32)),  # first contact expected by then (None: no deadline)
    Column("first_contact_at", String(32)),
    Column("next_call_date", String(10)),
    Column("score", Integer),
    Column("merged_into", Integer),  # a visitor merged away keeps its row for unmerging
    # the agent's today page and the agency's lists
    Index("ix_hq_visitors_assigned_due", "assigned_to", "due_at", "id"),
    Index("ix_hq_visitors_agency_open", "agency_id", "assigned_to", "due_at"),
    Index("ix_hq_visitors_assigned_call", "assigned_to", "next_call_date"),
    Index("ix_hq_visitors_last_seen", "last_seen", "id"),
)

# A lead column added by the visitors revision; declared by its owner, sync.hq.leads.
VISITOR_COLUMN = "visitor_id"
LIVE = hq_visitors.c.merged_into.is_(None)
COUNTED = LIVE & (hq_visitors.c.review != EXCLUDED_REVIEW)
CLOSED_STAGES = ("reservation", "sale", "lost")
# Literal constants, not parameters: PostgreSQL matches a partial index's predicate only
# against the same constants written in the query.
OPEN = and_(
    LIVE,
    hq_visitors.c.review != literal_column(f"'{EXCLUDED_REVIEW}'"),
    hq_visitors.c.stage.not_in([literal_column(f"'{stage}'") for stage in CLOSED_STAGES]),
)
# The visitors still to work, with what the today page sorts and sorts out: on PostgreSQL an
# agent's few thousand open visitors are read from the index alone, not from as many pages.
Index(
    "ix_hq_visitors_open_work",
    hq_visitors.c.assigned_to,
    hq_visitors.c.agency_id,
    postgresql_include=[
        "id", "score", "due_at", "first_contact_at", "next_call_date", "stage", "first_seen",
    ],
    postgresql_where=OPEN,
    sqlite_where=OPEN,
)  # fmt: skip


def _score(row: dict[str, Any]) -> int | None:
    """The lead score's points (``sync.contract.lead_score``, stored as sortable text)."""
    key = str(row.get("score_key") or "")
    return int(key) if key.isdigit() else None


def _due(received_at: str, hours: int) -> str:
    moment = datetime.fromisoformat(received_at.replace("Z", "+00:00"))
    return utc_iso(moment + timedelta(hours=hours))


def _lock_phones(conn: Connection, phones: Sequence[str]) -> None:
    """One ingest at a time per phone on PostgreSQL (SQLite writes one at a time anyway)."""
    if conn.dialect.name == "postgresql" and phones:
        conn.exec_driver_sql(
            "SELECT count(pg_advisory_xact_lock(k)) FROM (SELECT DISTINCT "
            "hashtextextended(p, 18) AS k FROM unnest(%(phones)s::text[]) AS p ORDER BY k) AS s",
            {"phones": sorted(phones)},
        )


def visitors_of_phones(conn: Connection, phones: Sequence[str]) -> dict[str, int]:
    """phone -> the visitor its stored leads belong to."""
    c = hq_leads.c
    found: dict[str, int] = {}
    ordered = sorted(set(phones))
    for start in range(0, len(ordered), IN_CHUNK):
        rows = conn.execute(
            select(c.phone_e164, func.max(c.visitor_id))
            .where(c.phone_e164.in_(ordered[start : start + IN_CHUNK]), c.visitor_id.is_not(None))
            .group_by(c.phone_e164)
        )
        found.update({str(p): int(v) for p, v in rows})
    return found


def _new_visitor(
    row: dict[str, Any], router: agencies.Router, deadlines: dict[str, int]
) -> dict[str, Any]:
    hours = deadlines.get(row["event_id"], events.DEFAULT_DEADLINE_HOURS)
    agency = router.route(row.get("interest_region_id"), row.get("city", ""), row["country"])
    return {
        "created_at": row["received_at"],
        "first_seen": row["created_at"],
        "last_seen": row["created_at"],
        "event_id": row["event_id"],
        "language": row["language"],
        "agency_id": None if agency is None else agency.id,
        "review": "received",
        "stage": "new",
        "due_at": _due(row["received_at"], hours),
        "score": _score(row),
    }


def attach(conn: Connection, rows: list[dict[str, Any]]) -> list[int]:
    """Give each lead row about to be inserted its ``visitor_id`` (a known visitor of its
    phone, or a new one, routed to an agency); returns the ids of the visitors created."""
    if not rows:
        return []
    phones = sorted({row["phone_e164"] for row in rows})
    _lock_phones(conn, phones)
    known = visitors_of_phones(conn, phones)
    router = agencies.Router(conn)
    deadlines = events.deadlines(conn)
    created: list[int] = []
    for row in sorted(rows, key=lambda r: (r["created_at"], r["id"])):
        phone = row["phone_e164"]
        if phone not in known:
            values = _new_visitor(row, router, deadlines)
            new_id = conn.execute(insert(hq_visitors).values(values)).inserted_primary_key
            assert new_id is not None
            known[phone] = int(new_id[0])
            created.append(known[phone])
        row[VISITOR_COLUMN] = known[phone]
    return created


def settle(
    conn: Connection, rows: list[dict[str, Any]], stored: set[str], created: Sequence[int]
) -> list[int]:
    """After the insert: a visitor made for leads that were not stored (an id conflict) goes,
    a known visitor seen again moves its last-seen date. Returns the new visitors kept."""
    by_visitor: dict[int, list[dict[str, Any]]] = {}
    for row in rows:
        if row["id"] in stored:
            by_visitor.setdefault(row[VISITOR_COLUMN], []).append(row)
    unused = [v for v in created if v not in by_visitor]
    if unused:
        conn.execute(delete(hq_visitors).where(hq_visitors.c.id.in_(unused)))
    fresh = set(created)
    for visitor_id, mine in by_visitor.items():
        if visitor_id in fresh and len(mine) == 1:
            continue
        latest = max(r["created_at"] for r in mine)
        scores = [p for p in (_score(r) for r in mine) if p is not None]
        values: dict[str, Any] = {"last_seen": func.greatest(hq_visitors.c.last_seen, latest)}
        if conn.dialect.name == "sqlite":
            values["last_seen"] = func.max(hq_visitors.c.last_seen, latest)
        if scores:
            values["score"] = max(scores)
        conn.execute(update(hq_visitors).where(hq_visitors.c.id == visitor_id).values(values))
    return [v for v in created if v in by_visitor]


def forget_empty(conn: Connection, visitor_ids: Iterable[int]) -> list[int]:
    """Delete the visitors among these that no lead belongs to any more (erasure, retention);
    returns them, so their follow-up rows can go too."""
    wanted = sorted(set(visitor_ids))
    gone: list[int] = []
    for start in range(0, len(wanted), IN_CHUNK):
        chunk = wanted[start : start + IN_CHUNK]
        still = set(
            conn.execute(
                select(hq_leads.c.visitor_id).where(hq_leads.c.visitor_id.in_(chunk)).distinct()
            ).scalars()
        )
        empty = [v for v in chunk if v not in still]
        if empty:
            conn.execute(delete(hq_visitors).where(hq_visitors.c.id.in_(empty)))
            conn.execute(
                update(hq_visitors)
                .where(hq_visitors.c.merged_into.in_(empty))
                .values(merged_into=None)
            )
            gone += empty
    return gone


# ---- reading -----------------------------------------------------------------------------


def get(conn: Connection, visitor_id: int) -> dict[str, Any]:
    row = conn.execute(select(hq_visitors).where(hq_visitors.c.id == visitor_id)).first()
    if row is None:
        raise NotFoundError("no such visitor", key="error.visitor.unknown")
    return dict(row._mapping)


def live_id(conn: Connection, visitor_id: int) -> int:
    """The visitor this one was merged into (after any chain of merges), or itself."""
    seen: set[int] = set()
    current = visitor_id
    while current not in seen:
        seen.add(current)
        target = get(conn, current)["merged_into"]
        if target is None:
            return current
        current = int(target)
    return current


def leads_of(conn: Connection, visitor_id: int) -> list[dict[str, Any]]:
    c = hq_leads.c
    rows = conn.execute(
        select(hq_leads).where(c.visitor_id == visitor_id).order_by(c.created_at, c.id)
    )
    return [dict(r._mapping) for r in rows]


def counts(conn: Connection) -> dict[str, int]:
    """Visitors (live, not excluded as test/spam) and leads."""
    visitors = conn.execute(select(func.count()).select_from(hq_visitors).where(COUNTED)).scalar()
    all_leads = conn.execute(select(func.count()).select_from(hq_leads)).scalar()
    return {"visitors": int(visitors or 0), "leads": int(all_leads or 0)}


# ---- changes by agents and managers --------------------------------------------------------


FOLLOW_UP_FIELDS = {
    "agency_id",
    "assigned_to",
    "review",
    "stage",
    "first_contact_at",
    "next_call_date",
    "score",
    "due_at",
}


def change(conn: Connection, visitor_id: int, values: dict[str, Any]) -> dict[str, Any]:
    """Set follow-up fields; returns the old values of those that changed."""
    unknown = set(values) - FOLLOW_UP_FIELDS
    if unknown:
        raise ValueError(f"not follow-up fields: {sorted(unknown)}")
    if "review" in values and values["review"] not in REVIEW_STATES:
        raise ValidationError("unknown review state", key="error.visitor.review")
    if "stage" in values and values["stage"] not in SALES_STAGES:
        raise ValidationError("unknown stage", key="error.lead.status")
    before = get(conn, visitor_id)
    changed = {k: v for k, v in values.items() if before[k] != v}
    if changed:
        conn.execute(update(hq_visitors).where(hq_visitors.c.id == visitor_id).values(changed))
    return {k: before[k] for k in changed}


def merge(conn: Connection, keep: int, other: int) -> list[str]:
    """Move ``other``'s leads into ``keep``; ``other`` stays as a row pointing at ``keep``.
    Returns the ids of the leads moved (what ``unmerge`` puts back)."""
    if keep == other:
        raise ValidationError("a visitor cannot be merged with itself", key="error.visitor.merge")
    kept, gone = get(conn, keep), get(conn, other)
    if kept["merged_into"] is not None or gone["merged_into"] is not None:
        raise ValidationError("already merged", key="error.visitor.merge")
    moved = [str(r["id"]) for r in leads_of(conn, other)]
    leads.set_visitor(conn, moved, keep)
    values: dict[str, Any] = {
        "first_seen": min(kept["first_seen"], gone["first_seen"]),
        "last_seen": max(kept["last_seen"], gone["last_seen"]),
    }
    if kept["score"] is None or (gone["score"] or 0) > kept["score"]:
        values["score"] = gone["score"]
    conn.execute(update(hq_visitors).where(hq_visitors.c.id == keep).values(values))
    conn.execute(update(hq_visitors).where(hq_visitors.c.id == other).values(merged_into=keep))
    return moved


def unmerge(conn: Connection, keep: int, other: int, moved: Sequence[str]) -> int:
    """Undo a merge: the moved leads, and any lead since received with one of their phones,
    go back to ``other``; returns how many leads moved back."""
    c = hq_leads.c
    phones = set(
        conn.execute(select(c.phone_e164).where(c.id.in_(list(moved)[:IN_CHUNK]))).scalars()
    )
    back = set(moved)
    if phones:
        rows = conn.execute(
            select(c.id).where(c.visitor_id == keep, c.phone_e164.in_(sorted(phones)))
        )
        back.update(str(i) for i in rows.scalars())
    leads.set_visitor(conn, sorted(back), other)
    conn.execute(update(hq_visitors).where(hq_visitors.c.id == other).values(merged_into=None))
    return len(back)


def route_unrouted(conn: Connection) -> int:
    """Give an agency to the visitors that have none (agencies imported after the leads came):
    by their first lead's unit region, then by city; how many were routed."""
    router = agencies.Router(conn)
    c, v = hq_leads.c, hq_visitors.c
    rows = conn.execute(
        select(v.id, c.interest_region_id, c.city, c.country)
        .join(hq_leads, c.visitor_id == v.id)
        .where(v.agency_id.is_(None), LIVE)
        .order_by(v.id, c.created_at)
    )
    chosen: dict[int, int] = {}
    for visitor_id, region, city, country in rows:
        if visitor_id in chosen:
            continue
        agency = router.route(region, city or "", country or "")
        if agency is not None:
            chosen[int(visitor_id)] = agency.id
    by_agency: dict[int, list[int]] = {}
    for visitor_id, agency_id in chosen.items():
        by_agency.setdefault(agency_id, []).append(visitor_id)
    for agency_id, ids in by_agency.items():
        for start in range(0, len(ids), IN_CHUNK):
            conn.execute(
                update(hq_visitors)
                .where(v.id.in_(ids[start : start + IN_CHUNK]))
                .values(agency_id=agency_id)
            )
    return len(chosen)


def as_json(row: dict[str, Any]) -> str:
    return json.dumps(row, ensure_ascii=False, default=str)
