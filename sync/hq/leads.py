"""The leads HQ received (``hq_leads``): this module alone writes them.

Ingest inserts them, the console moves them along the sales pipeline, erasure and retention
delete them, all through the functions below; everyone else reads the table.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import (
    Boolean,
    Column,
    Connection,
    Index,
    Integer,
    String,
    Table,
    Text,
    delete,
    func,
    insert,
    select,
    update,
)
from sqlalchemy.exc import IntegrityError

from sync.hq.metadata import IN_CHUNK, metadata

hq_leads = Table(
    "hq_leads",
    metadata,
    Column("id", String(36), primary_key=True),
    Column("kiosk_id", String(64), nullable=False),
    Column("event_id", String(64), nullable=False),
    Column("created_at", String(32), nullable=False),
    Column("received_at", String(32), nullable=False),
    Column("language", String(8), nullable=False),
    Column("desk", String(16), nullable=False),
    Column("tickets", Text, nullable=False, default="{}"),
    Column("interests", Text, nullable=False, default="[]"),
    Column("interest_city_id", String(64)),
    Column("interest_region_id", String(64)),
    Column("interest_type", String(64)),
    Column("country", String(64), nullable=False, default=""),
    Column("city", String(120), nullable=False, default=""),
    Column("is_mre", Boolean),
    Column("budget_mad", Integer),
    Column("horizon", String(16), nullable=False, default=""),
    Column("funding", String(16), nullable=False, default=""),
    Column("home_owner_ma", Boolean),
    Column("units_opened", Integer, nullable=False, default=0),
    Column("simulation_run", Boolean, nullable=False, default=False),
    Column("brochure_printed", Boolean, nullable=False, default=False),
    Column("consent_callback", Boolean, nullable=False),
    Column("consent_marketing", Boolean, nullable=False),
    Column("consent_share", Boolean, nullable=False),
    Column("notice_version", String(64), nullable=False),
    Column("consent_at", String(32), nullable=False),
    Column("consent_language", String(8), nullable=False, default=""),
    Column("first_name", String(200), nullable=False, default=""),
    Column("last_name", String(200), nullable=False, default=""),
    Column("phone_e164", String(20), nullable=False, default=""),
    Column("email", String(254), nullable=False, default=""),
    Column("note", Text, nullable=False, default=""),
    Column("content_hash", String(128), nullable=False),
    Column("status", String(16), nullable=False, default="new"),
    Column("assigned_to", Integer),
    Column("next_call_date", String(10)),
    Column("visitor_id", Integer),  # the person (sync.hq.visitors), one per phone
    Column("lead_score", String(8), nullable=False, default="cold"),  # sync.contract.lead_score
    Column("score_key", String(4), nullable=False, default="00"),  # its points, sortable text
    # behind every filter and sort of the console's leads page
    Index("ix_hqc_leads_created", "created_at", "id"),
    Index("ix_hqc_leads_event_created", "event_id", "created_at", "id"),
    Index("ix_hqc_leads_region_created", "interest_region_id", "created_at", "id"),
    Index("ix_hqc_leads_city_created", "interest_city_id", "created_at", "id"),
    Index("ix_hqc_leads_status_created", "status", "created_at", "id"),
    Index("ix_hqc_leads_assigned_created", "assigned_to", "created_at", "id"),
    Index("ix_hqc_leads_phone", "phone_e164"),
    Index("ix_hqc_leads_received", "received_at", "id"),
    Index("ix_hqc_leads_name", "last_name", "id"),
    Index("ix_hq_leads_visitor", "visitor_id", "created_at"),
    Index("ix_hqc_leads_score", "score_key", "id"),
)
# name searches compare lower-case prefixes
Index("ix_hqc_leads_last_name", func.lower(hq_leads.c.last_name))
Index("ix_hqc_leads_first_name", func.lower(hq_leads.c.first_name))


def existing_hash(conn: Connection, lead_id: str) -> str | None:
    value = conn.execute(select(hq_leads.c.content_hash).where(hq_leads.c.id == lead_id)).scalar()
    return None if value is None else str(value)


def insert_lead(conn: Connection, row: dict[str, Any]) -> str:
    """Insert one lead inside the caller's transaction: stored / duplicate / conflict."""
    known = existing_hash(conn, row["id"])
    if known is not None:
        return "duplicate" if known == row["content_hash"] else "conflict"
    try:
        with conn.begin_nested():
            conn.execute(insert(hq_leads).values(**row))
    except IntegrityError:
        # Another request stored the same id between our check and our insert.
        known = existing_hash(conn, row["id"])
        return "duplicate" if known == row["content_hash"] else "conflict"
    return "stored"


def insert_leads(conn: Connection, rows: list[dict[str, Any]]) -> dict[str, str]:
    """Insert a batch inside the caller's transaction: id -> stored/duplicate/conflict.

    One lookup and one multi-row insert for the batch; if another request stored some
    of the same ids meanwhile, falls back to one lead at a time.
    """
    ids = [row["id"] for row in rows]
    known: dict[str, str] = {}
    for start in range(0, len(ids), IN_CHUNK):
        chunk = ids[start : start + IN_CHUNK]
        found = conn.execute(
            select(hq_leads.c.id, hq_leads.c.content_hash).where(hq_leads.c.id.in_(chunk))
        )
        known.update({str(r.id): str(r.content_hash) for r in found})
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
    if not fresh:
        return statuses
    try:
        with conn.begin_nested():
            conn.execute(insert(hq_leads), fresh)
    except IntegrityError:
        for row in fresh:
            statuses[row["id"]] = insert_lead(conn, row)
    return statuses


def set_assignee(conn: Connection, lead_id: str, agent_id: int | None) -> None:
    conn.execute(update(hq_leads).where(hq_leads.c.id == lead_id).values(assigned_to=agent_id))


def set_follow_up(conn: Connection, lead_id: str, changes: dict[str, Any]) -> None:
    """Pipeline fields only: ``status`` and ``next_call_date``."""
    unknown = set(changes) - {"status", "next_call_date"}
    if unknown:
        raise ValueError(f"not pipeline fields: {sorted(unknown)}")
    if changes:
        conn.execute(update(hq_leads).where(hq_leads.c.id == lead_id).values(**changes))


def set_visitor(conn: Connection, ids: Sequence[str], visitor_id: int) -> None:
    """These leads belong to ``visitor_id`` from now on (a manager's merge or unmerge)."""
    for start in range(0, len(ids), IN_CHUNK):
        chunk = list(ids[start : start + IN_CHUNK])
        conn.execute(update(hq_leads).where(hq_leads.c.id.in_(chunk)).values(visitor_id=visitor_id))


def visitors_of(conn: Connection, ids: Sequence[str]) -> set[int]:
    """The visitors these leads belong to."""
    found: set[int] = set()
    for start in range(0, len(ids), IN_CHUNK):
        chunk = list(ids[start : start + IN_CHUNK])
        rows = conn.execute(select(hq_leads.c.visitor_id).where(hq_leads.c.id.in_(chunk)))
        found.update(int(v) for v in rows.scalars() if v is not None)
    return found


def delete_leads(conn: Connection, ids: Sequence[str]) -> int:
    """Delete these leads; how many rows went (rows hanging off them are their owners' job)."""
    deleted = 0
    for start in range(0, len(ids), IN_CHUNK):
        chunk = list(ids[start : start + IN_CHUNK])
        deleted += int(conn.execute(delete(hq_leads).where(hq_leads.c.id.in_(chunk))).rowcount or 0)
    return deleted
