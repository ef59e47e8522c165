"""Follow-up history of each lead (``hq_lead_history``): this module alone writes it.

Status changes, notes, assignments and next-call dates, by whom and when. Notes may name the
person: erasing a lead forgets its history.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import (
    Column,
    Connection,
    Index,
    Integer,
    String,
    Table,
    Text,
    delete,
    insert,
    select,
)

from sync.contract.clock import Clock, utc_iso
from sync.hq.console.auth import Agent
from sync.hq.metadata import metadata

_CHUNK = 500

lead_history = Table(
    "hq_lead_history",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("lead_id", String(36), nullable=False),
    Column("at", String(20), nullable=False),
    Column("agent_id", Integer, nullable=True),
    Column("agent_email", String(254), nullable=True),
    Column("kind", String(16), nullable=False),  # status | note | assign | next_call
    Column("old_value", String(254), nullable=True),
    Column("new_value", String(254), nullable=True),
    Column("note", Text, nullable=True),
    Index("ix_hq_lead_history_lead", "lead_id", "id"),
)


def record(
    conn: Connection,
    clock: Clock,
    agent: Agent,
    lead_id: str,
    kind: str,
    old: Any,
    new: Any,
    note: str | None = None,
) -> None:
    conn.execute(
        insert(lead_history).values(
            lead_id=lead_id,
            at=utc_iso(clock.now()),
            agent_id=agent.id,
            agent_email=agent.email,
            kind=kind,
            old_value=None if old is None else str(old),
            new_value=None if new is None else str(new),
            note=note,
        )
    )


def of_lead(conn: Connection, lead_id: str) -> list[dict[str, Any]]:
    """The lead's history, newest first."""
    rows = conn.execute(
        select(lead_history)
        .where(lead_history.c.lead_id == lead_id)
        .order_by(lead_history.c.id.desc())
    )
    return [dict(r._mapping) for r in rows]


def forget(conn: Connection, lead_ids: Sequence[str]) -> int:
    """Delete the history of these leads; rows deleted."""
    deleted = 0
    for start in range(0, len(lead_ids), _CHUNK):
        chunk = list(lead_ids[start : start + _CHUNK])
        done = conn.execute(delete(lead_history).where(lead_history.c.lead_id.in_(chunk)))
        deleted += int(done.rowcount or 0)
    return deleted
