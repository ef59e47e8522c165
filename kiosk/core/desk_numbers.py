"""Shared desk numbering: one run of numbers per desk per stand per day, across every kiosk.

A kiosk joined to the stand hub asks it for each number through a ``NumberSource`` (the HTTP
client lives in ``kiosk.uplink``); while the hub cannot be reached, the kiosk issues from a
block of numbers it leased earlier. Leased blocks start at ``LEASE_BASE`` so they stand apart
from the hub's own run (A-001, A-002 … from the hub, A-501 … from a lease); the hub never
hands a number out twice, so numbers never collide. Lease tickets are reported to the hub
when it is back (``unreported`` / ``mark_reported``); the hub orders its queue by issue time.

A lead always saves: when the hub is away and the lease is spent, its ticket is *pending*
(no number yet, "ask at the desk"; a negative placeholder keeps the local row unique) and the
hub numbers it when the kiosk reaches it again (``apply_numbers``).
"""

from __future__ import annotations

import sqlite3
import statistics
from dataclasses import dataclass
from typing import Protocol

from kiosk.core.db import KioskDB
from sync.contract.errors import NetworkError
from sync.contract.messages import message

LEASE_BASE = 501
LEASE_SIZE = 50
LEASE_LOW = 10  # below this many numbers left, the next hub contact brings a fresh block
DEFAULT_SERVICE_S = 300.0  # before the first visitor of the day is done at a desk
SOURCES = ("local", "hub", "lease", "pending")
PENDING_MARK = "?"  # where the number would be on a pending ticket: A-?


@dataclass(frozen=True)
class NumberRequest:
    event_id: str
    day: str
    desk: str
    lead_id: str | None
    language: str
    issued_at: str
    lease_left: int


@dataclass(frozen=True)
class Lease:
    event_id: str
    day: str
    desk: str
    start: int
    end: int  # first number after the block


@dataclass(frozen=True)
class HubNumber:
    """The hub's answer: the number, the visitor's place and wait, maybe a fresh block."""

    number: int
    issued_at: str
    position: int
    wait_minutes: int
    lease: Lease | None = None


class NumberSource(Protocol):
    def take(self, request: NumberRequest) -> HubNumber | None:
        """The hub's next number at the desk, or None when the hub cannot be reached now."""


class QueueUnavailable(NetworkError):
    """Joined to a hub that is away and no leased number is left at this desk."""

    key = "ticket.error.no_hub"


def store_lease(conn: sqlite3.Connection, lease: Lease) -> None:
    """Keep ``lease`` as the desk's block for the day (the rest of an older block is dropped:
    a gap in the numbering, never a collision)."""
    conn.execute(
        "INSERT INTO desk_leases (event_id, day, desk, next_number, end_number) "
        "VALUES (?, ?, ?, ?, ?) ON CONFLICT (event_id, day, desk) DO UPDATE SET "
        "next_number = excluded.next_number, end_number = excluded.end_number",
        (lease.event_id, lease.day, lease.desk, lease.start, lease.end),
    )


def lease_left(conn: sqlite3.Connection, event_id: str, day: str, desk: str) -> int:
    row = conn.execute(
        "SELECT end_number - next_number FROM desk_leases WHERE event_id = ? AND day = ? "
        "AND desk = ?",
        (event_id, day, desk),
    ).fetchone()
    return max(0, int(row[0])) if row else 0


def take_leased(conn: sqlite3.Connection, event_id: str, day: str, desk: str) -> int:
    """The next number of the desk's leased block (inside the caller's transaction)."""
    row = conn.execute(
        "UPDATE desk_leases SET next_number = next_number + 1 WHERE event_id = ? AND day = ? "
        "AND desk = ? AND next_number < end_number RETURNING next_number - 1",
        (event_id, day, desk),
    ).fetchone()
    if row is None:
        raise QueueUnavailable(f"no leased number left at desk {desk} for {day}")
    return int(row[0])


def pending_number(conn: sqlite3.Connection, event_id: str, day: str, desk: str) -> int:
    """A local placeholder (-1, -2 …) for a ticket the hub has not numbered yet."""
    row = conn.execute(
        "SELECT min(0, coalesce(min(number), 0)) - 1 FROM desk_tickets "
        "WHERE event_id = ? AND day = ? AND desk = ?",
        (event_id, day, desk),
    ).fetchone()
    return int(row[0])


def apply_numbers(db: KioskDB, numbered: list[tuple[str, str, str, str, int, str]]) -> int:
    """Give pending tickets the numbers the hub chose: (event, day, desk, lead, number, label)."""
    with db.transaction() as conn:
        changed = 0
        for event_id, day, desk, lead_id, number, label in numbered:
            changed += conn.execute(
                "UPDATE desk_tickets SET number = ?, label = ? WHERE event_id = ? AND day = ? "
                "AND desk = ? AND lead_id = ? AND source = 'pending' AND number < 0",
                (number, label, event_id, day, desk, lead_id),
            ).rowcount
    return changed


def unreported(db: KioskDB) -> list[dict[str, object]]:
    """Tickets the hub does not hold yet, oldest first: issued from a lease while it was away,
    or by this kiosk alone before it joined (so the hub's run goes on after them), or pending
    a number."""
    rows = db.query(
        "SELECT id, event_id, day, desk, number, lead_id, language, issued_at, source "
        "FROM desk_tickets WHERE source IN ('lease', 'local', 'pending') AND reported_at IS NULL "
        "ORDER BY issued_at, id"
    )
    return [dict(row) for row in rows]


def mark_reported(db: KioskDB, ids: list[int], when: str) -> None:
    with db.transaction() as conn:
        conn.executemany(
            "UPDATE desk_tickets SET reported_at = ? WHERE id = ?", [(when, i) for i in ids]
        )


def wait_minutes(ahead: int, service_seconds: list[float]) -> int:
    """Estimated wait for a visitor with ``ahead`` people before them, from today's service
    times at the desk (their median; a default before the first one is done)."""
    if ahead <= 0:
        return 0
    typical = statistics.median(service_seconds) if service_seconds else DEFAULT_SERVICE_S
    return max(1, round(ahead * typical / 60))


def local_place(
    conn: sqlite3.Connection, event_id: str, day: str, desk: str, issued_at: str, ticket_id: int
) -> tuple[int, int]:
    """(position, minutes) of a ticket in this kiosk's own queue at ``desk`` today."""
    ahead = conn.execute(
        "SELECT count(*) FROM desk_tickets WHERE event_id = ? AND day = ? AND desk = ? "
        "AND state IN ('waiting', 'called') AND (issued_at < ? OR (issued_at = ? AND id < ?))",
        (event_id, day, desk, issued_at, issued_at, ticket_id),
    ).fetchone()[0]
    return int(ahead) + 1, wait_minutes(int(ahead), service_times(conn, event_id, day, desk))


def service_times(conn: sqlite3.Connection, event_id: str, day: str, desk: str) -> list[float]:
    rows = conn.execute(
        "SELECT (julianday(done_at) - julianday(called_at)) * 86400 FROM desk_tickets "
        "WHERE event_id = ? AND day = ? AND desk = ? AND called_at IS NOT NULL "
        "AND done_at IS NOT NULL",
        (event_id, day, desk),
    ).fetchall()
    return [float(r[0]) for r in rows if r[0] is not None and r[0] > 0]


def wait_text(
    position: int | None, minutes: int | None, language: str, *, pending: bool = False
) -> str:
    """The visitor's place in the queue and the estimated wait, in their language; for a
    pending ticket, where to go instead."""
    if pending:
        return message("ticket.wait.ask_desk", language)
    if position is None or minutes is None:
        return ""
    if position <= 1:
        return message("ticket.wait.next", language)
    return message("ticket.wait.line", language, position=position, minutes=minutes)
