"""What HQ knows about each event beyond its leads (``hq_events``): the first-contact deadline
agents must meet (48 hours unless a manager sets another) and what the event cost, for the
debrief's cost per qualified lead. This module alone writes the table."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Column, Connection, Integer, String, Table, insert, select, update

from sync.contract.errors import ValidationError
from sync.hq.metadata import metadata

DEFAULT_DEADLINE_HOURS = 48
MAX_DEADLINE_HOURS = 24 * 30

hq_events = Table(
    "hq_events",
    metadata,
    Column("event_id", String(64), primary_key=True),
    Column("deadline_hours", Integer, nullable=False),
    Column("cost_mad", Integer),
    Column("updated_at", String(32), nullable=False),
)


@dataclass(frozen=True)
class EventSettings:
    event_id: str
    deadline_hours: int = DEFAULT_DEADLINE_HOURS
    cost_mad: int | None = None


def settings_of(conn: Connection, event_id: str) -> EventSettings:
    row = conn.execute(select(hq_events).where(hq_events.c.event_id == event_id)).first()
    if row is None:
        return EventSettings(event_id)
    return EventSettings(event_id, int(row.deadline_hours), row.cost_mad)


def deadlines(conn: Connection) -> dict[str, int]:
    """event id -> deadline hours, for the events a manager has set (others: the default)."""
    rows = conn.execute(select(hq_events.c.event_id, hq_events.c.deadline_hours))
    return {str(r.event_id): int(r.deadline_hours) for r in rows}


def save(
    conn: Connection, event_id: str, at: str, *, deadline_hours: int, cost_mad: int | None
) -> EventSettings:
    if not event_id or len(event_id) > 64:
        raise ValidationError("an event id is 1 to 64 characters", key="error.event")
    if not 1 <= deadline_hours <= MAX_DEADLINE_HOURS:
        raise ValidationError("deadline out of range", key="error.event.deadline")
    if cost_mad is not None and not 0 <= cost_mad <= 10**10:
        raise ValidationError("cost out of range", key="error.event.cost")
    values = {"deadline_hours": deadline_hours, "cost_mad": cost_mad, "updated_at": at}
    done = conn.execute(update(hq_events).where(hq_events.c.event_id == event_id).values(values))
    if not done.rowcount:
        conn.execute(insert(hq_events).values(event_id=event_id, **values))
    return EventSettings(event_id, deadline_hours, cost_mad)
