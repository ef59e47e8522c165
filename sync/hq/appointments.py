"""Appointments (``hq_appointments``, written here only): a meeting at an agency or a site visit,
booked, moved or cancelled.

Each appointment keeps one calendar UID and a SEQUENCE raised at every change, so the .ics the
visitor receives (``outreach.invitation``) updates or removes the same event in their calendar
(METHOD:REQUEST, then METHOD:CANCEL). A cancelled appointment keeps its row (the timeline shows
it) and leaves the agency's week and the debrief's count.
"""

from __future__ import annotations

import secrets
from datetime import UTC, date, datetime, timedelta
from typing import Any

from sqlalchemy import (
    Boolean,
    Column,
    Connection,
    Index,
    Integer,
    String,
    Table,
    delete,
    insert,
    select,
    update,
)

from sync.contract.clock import utc_iso
from sync.contract.errors import NotFoundError, ValidationError
from sync.contract.vocabulary import APPOINTMENT_KINDS
from sync.hq.metadata import metadata

hq_appointments = Table(
    "hq_appointments",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("visitor_id", Integer, nullable=False),
    Column("agency_id", Integer),
    Column("agent_id", Integer),
    Column("kind", String(16), nullable=False),  # agency | site
    Column("starts_at", String(32), nullable=False),  # UTC
    Column("minutes", Integer, nullable=False),
    Column("place", String(200), nullable=False),
    Column("created_at", String(32), nullable=False),
    Column("invited", Boolean, nullable=False, default=False),  # .ics sent to the visitor
    Column("uid", String(100)),  # the calendar event's UID (older rows: none, see uid_of)
    Column("sequence", Integer, nullable=False, default=0, server_default="0"),
    Column("changed_at", String(32)),
    Column("cancelled_at", String(32)),
    Index("ix_hq_appointments_agency", "agency_id", "starts_at"),
    Index("ix_hq_appointments_visitor", "visitor_id", "starts_at"),
)
LIVE = hq_appointments.c.cancelled_at.is_(None)


def uid_of(row: dict[str, Any]) -> str:
    return str(row.get("uid") or f"appointment-{row['id']}@omrane-hq")


def _check(kind: str, minutes: int, place: str) -> None:
    if kind not in APPOINTMENT_KINDS:
        raise ValidationError("unknown appointment kind", key="error.appointment")
    if not 15 <= minutes <= 240 or not place.strip() or len(place) > 200:
        raise ValidationError("appointment length or place", key="error.appointment")


def add(
    conn: Connection,
    visitor_id: int,
    agent_id: int | None,
    at: str,
    *,
    kind: str,
    starts_at: datetime,
    minutes: int,
    place: str,
    agency_id: int | None,
) -> dict[str, Any]:
    _check(kind, minutes, place)
    values = {
        "visitor_id": visitor_id,
        "agency_id": agency_id,
        "agent_id": agent_id,
        "kind": kind,
        "starts_at": utc_iso(starts_at),
        "minutes": minutes,
        "place": place.strip(),
        "created_at": at,
        "invited": False,
        "uid": f"appointment-{secrets.token_hex(8)}@omrane-hq",
        "sequence": 0,
    }
    new_id = conn.execute(insert(hq_appointments).values(values)).inserted_primary_key
    assert new_id is not None
    return {"id": int(new_id[0]), "changed_at": None, "cancelled_at": None, **values}


def get(conn: Connection, appointment_id: int) -> dict[str, Any]:
    row = conn.execute(
        select(hq_appointments).where(hq_appointments.c.id == appointment_id)
    ).first()
    if row is None:
        raise NotFoundError("no such appointment", key="error.appointment.unknown")
    return dict(row._mapping)


def _change(conn: Connection, row: dict[str, Any], values: dict[str, Any]) -> dict[str, Any]:
    if row["cancelled_at"] is not None:
        raise ValidationError("appointment cancelled", key="error.appointment.cancelled")
    values |= {"sequence": int(row["sequence"] or 0) + 1, "uid": uid_of(row)}
    conn.execute(update(hq_appointments).where(hq_appointments.c.id == row["id"]).values(values))
    return row | values


def reschedule(
    conn: Connection,
    appointment_id: int,
    at: str,
    *,
    starts_at: datetime,
    minutes: int,
    place: str,
) -> dict[str, Any]:
    """Move an appointment (time, length, place); the calendar event's sequence goes up."""
    row = get(conn, appointment_id)
    _check(str(row["kind"]), minutes, place)
    values = {
        "starts_at": utc_iso(starts_at),
        "minutes": minutes,
        "place": place.strip(),
        "changed_at": at,
    }
    return _change(conn, row, values)


def cancel(conn: Connection, appointment_id: int, at: str) -> dict[str, Any]:
    return _change(conn, get(conn, appointment_id), {"cancelled_at": at, "changed_at": at})


def mark_invited(conn: Connection, appointment_id: int) -> None:
    conn.execute(
        update(hq_appointments).where(hq_appointments.c.id == appointment_id).values(invited=True)
    )


def of_visitor(conn: Connection, visitor_id: int) -> list[dict[str, Any]]:
    c = hq_appointments.c
    rows = conn.execute(
        select(hq_appointments).where(c.visitor_id == visitor_id).order_by(c.starts_at)
    )
    return [dict(r._mapping) for r in rows]


def week_of_agency(conn: Connection, agency_id: int, monday: date) -> list[dict[str, Any]]:
    """The agency's appointments still on, from ``monday`` 00:00 UTC for seven days."""
    c = hq_appointments.c
    start = datetime(monday.year, monday.month, monday.day, tzinfo=UTC)
    rows = conn.execute(
        select(hq_appointments)
        .where(
            c.agency_id == agency_id,
            c.starts_at >= utc_iso(start),
            c.starts_at < utc_iso(start + timedelta(7)),
            LIVE,
        )
        .order_by(c.starts_at)
    )
    return [dict(r._mapping) for r in rows]


def move(conn: Connection, other: int, keep: int) -> None:
    """A merge: ``other``'s appointments go to ``keep``."""
    conn.execute(
        update(hq_appointments).where(hq_appointments.c.visitor_id == other).values(visitor_id=keep)
    )


def forget(conn: Connection, visitor_ids: list[int]) -> int:
    done = conn.execute(
        delete(hq_appointments).where(hq_appointments.c.visitor_id.in_(visitor_ids))
    )
    return int(done.rowcount or 0)
