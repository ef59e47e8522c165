"""The stand's shared desk queue, kept by the hub: one numbering per desk per day for every
kiosk, tickets reported back from leased blocks, the order by issue time, each visitor's
place and estimated wait."""

from __future__ import annotations

import sqlite3

from kiosk.core.desk_numbers import LEASE_SIZE, wait_minutes
from kiosk.core.tickets import STATES, format_label
from kiosk.hub.store import HubStore
from sync.contract.hub_wire import (
    LeaseWire,
    NumberedTicket,
    QueueEntry,
    ReportAnswer,
    ReportedTicket,
    TicketAnswer,
    TicketReport,
    TicketRequest,
)
from sync.contract.vocabulary import DESK_PREFIX

ACTIVE = ("waiting", "called")


def _insert(
    conn: sqlite3.Connection, req: TicketRequest, number: int, source: str, kiosk_id: str
) -> int:
    cursor = conn.execute(
        "INSERT INTO hub_tickets (event_id, day, desk, number, label, lead_id, language, "
        "issued_at, source, kiosk_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
        "ON CONFLICT (event_id, day, desk, number) DO NOTHING",
        (
            req.event_id, req.day, req.desk, number, format_label(req.desk, number),
            req.lead_id, req.language, req.issued_at, source, kiosk_id,
        ),
    )  # fmt: skip
    return cursor.rowcount


def place(
    conn: sqlite3.Connection, event_id: str, day: str, desk: str, issued_at: str, number: int
) -> tuple[int, int]:
    """(position, estimated minutes) of a ticket in the stand's queue at ``desk``."""
    ahead = conn.execute(
        "SELECT count(*) FROM hub_tickets WHERE event_id = ? AND day = ? AND desk = ? "
        "AND state IN ('waiting', 'called') AND (issued_at < ? OR (issued_at = ? AND number < ?))",
        (event_id, day, desk, issued_at, issued_at, number),
    ).fetchone()[0]
    rows = conn.execute(
        "SELECT (julianday(done_at) - julianday(called_at)) * 86400 FROM hub_tickets "
        "WHERE event_id = ? AND day = ? AND desk = ? AND called_at IS NOT NULL "
        "AND done_at IS NOT NULL",
        (event_id, day, desk),
    ).fetchall()
    times = [float(r[0]) for r in rows if r[0] is not None and r[0] > 0]
    return int(ahead) + 1, wait_minutes(int(ahead), times)


def issue(store: HubStore, req: TicketRequest, kiosk_id: str) -> TicketAnswer:
    """The stand's next number at the desk, and a fresh leased block when the kiosk runs low."""
    if req.desk not in DESK_PREFIX:
        raise ValueError(f"unknown desk {req.desk!r}")
    with store.transaction() as conn:
        number = store.allocate(conn, req.event_id, req.day, req.desk)
        _insert(conn, req, number, "hub", kiosk_id)
        position, minutes = place(conn, req.event_id, req.day, req.desk, req.issued_at, number)
        lease = None
        if store.lease_due(req.lease_left):
            start = store.allocate(
                conn, req.event_id, req.day, req.desk, count=LEASE_SIZE, lease=True
            )
            lease = LeaseWire(start=start, end=start + LEASE_SIZE)
    return TicketAnswer(
        number=number,
        label=format_label(req.desk, number),
        issued_at=req.issued_at,
        position=position,
        wait_minutes=minutes,
        lease=lease,
    )


def _number_pending(
    store: HubStore, conn: sqlite3.Connection, ticket: ReportedTicket, kiosk_id: str
) -> tuple[int, NumberedTicket]:
    """(stored, numbered) for a lead's ticket saved with no number: the next of the hub's run,
    or the number it already gave this lead at this desk (a report sent again)."""
    lead_id = ticket.lead_id or ""
    row = conn.execute(
        "SELECT number FROM hub_tickets WHERE event_id = ? AND day = ? AND desk = ? "
        "AND lead_id = ? AND source = 'pending'",
        (ticket.event_id, ticket.day, ticket.desk, lead_id),
    ).fetchone()
    stored = 0
    if row is None:
        number = store.allocate(conn, ticket.event_id, ticket.day, ticket.desk)
        req = TicketRequest(
            event_id=ticket.event_id, day=ticket.day, desk=ticket.desk, lead_id=lead_id,
            language=ticket.language, issued_at=ticket.issued_at,
        )  # fmt: skip
        stored = _insert(conn, req, number, "pending", kiosk_id)
    else:
        number = int(row[0])
    numbered = NumberedTicket(
        event_id=ticket.event_id, day=ticket.day, desk=ticket.desk, lead_id=lead_id,
        number=number, label=format_label(ticket.desk, number),
    )  # fmt: skip
    return stored, numbered


def report(store: HubStore, report: TicketReport, kiosk_id: str) -> ReportAnswer:
    """Tickets a kiosk issued from its lease while the hub was away (each stored once), and
    leads' pending tickets, numbered here in the order they come."""
    stored = 0
    numbered: list[NumberedTicket] = []
    with store.transaction() as conn:
        for ticket in report.tickets:
            if ticket.desk not in DESK_PREFIX:
                continue
            if ticket.source == "pending" or ticket.number is None:
                if not ticket.lead_id:
                    continue
                added, given = _number_pending(store, conn, ticket, kiosk_id)
                stored += added
                numbered.append(given)
                continue
            req = TicketRequest(
                event_id=ticket.event_id, day=ticket.day, desk=ticket.desk,
                lead_id=ticket.lead_id, language=ticket.language, issued_at=ticket.issued_at,
            )  # fmt: skip
            stored += _insert(conn, req, ticket.number, ticket.source, kiosk_id)
            if ticket.source == "local":
                store.skip_past(conn, ticket.event_id, ticket.day, ticket.desk, ticket.number)
    return ReportAnswer(stored=stored, known=len(report.tickets) - stored, numbered=numbered)


def entries(store: HubStore, event_id: str, day: str, desk: str | None = None) -> list[QueueEntry]:
    """Today's tickets in issue order (one desk or all)."""
    sql = "SELECT * FROM hub_tickets WHERE event_id = ? AND day = ?"
    params: tuple[object, ...] = (event_id, day)
    if desk:
        sql += " AND desk = ?"
        params += (desk,)
    rows = store.query(sql + " ORDER BY issued_at, number", params)
    return [
        QueueEntry(
            label=r["label"],
            desk=r["desk"],
            number=r["number"],
            state=r["state"],
            issued_at=r["issued_at"],
            called_at=r["called_at"],
        )
        for r in rows
    ]


def counts(store: HubStore, event_id: str, day: str, desks: list[str]) -> dict[str, dict[str, int]]:
    found: dict[str, dict[str, int]] = {d: dict.fromkeys(STATES, 0) for d in desks}
    rows = store.query(
        "SELECT desk, state, count(*) AS n FROM hub_tickets WHERE event_id = ? AND day = ? "
        "GROUP BY desk, state",
        (event_id, day),
    )
    for row in rows:
        found.setdefault(row["desk"], dict.fromkeys(STATES, 0))[row["state"]] = row["n"]
    return found


# --- desks: call, recall, no-show, done, transfer ----------------------------------------


def _current(conn: sqlite3.Connection, event_id: str, day: str, desk: str) -> sqlite3.Row | None:
    row: sqlite3.Row | None = conn.execute(
        "SELECT * FROM hub_tickets WHERE event_id = ? AND day = ? AND desk = ? "
        "AND state = 'called' ORDER BY called_at DESC LIMIT 1",
        (event_id, day, desk),
    ).fetchone()
    return row


def _announce(conn: sqlite3.Connection, row: sqlite3.Row, at: str) -> None:
    conn.execute(
        "INSERT INTO hub_calls (event_id, day, desk, label, at) VALUES (?, ?, ?, ?, ?)",
        (row["event_id"], row["day"], row["desk"], row["label"], at),
    )


def _close_current(
    conn: sqlite3.Connection, event_id: str, day: str, desk: str, state: str, at: str
) -> sqlite3.Row | None:
    row = _current(conn, event_id, day, desk)
    if row is not None:
        conn.execute(
            "UPDATE hub_tickets SET state = ?, done_at = ? WHERE id = ?", (state, at, row["id"])
        )
    return row


def desk_action(
    store: HubStore, action: str, event_id: str, day: str, desk: str, to_desk: str = ""
) -> str | None:
    """One advisor action at ``desk``; the label now called there (None: nobody)."""
    at = store.clock.now().strftime("%Y-%m-%dT%H:%M:%S.%fZ")
    with store.transaction() as conn:
        if action == "recall":
            row = _current(conn, event_id, day, desk)
            if row is not None:
                _announce(conn, row, at)
            return None if row is None else str(row["label"])
        if action in ("done", "no_show", "transfer"):
            row = _close_current(
                conn, event_id, day, desk, "no_show" if action == "no_show" else "done", at
            )
            if action == "transfer" and row is not None and to_desk in DESK_PREFIX:
                number = store.allocate(conn, event_id, day, to_desk)
                req = TicketRequest(
                    event_id=event_id, day=day, desk=to_desk, lead_id=row["lead_id"],
                    language=row["language"], issued_at=row["issued_at"],
                )  # fmt: skip
                _insert(conn, req, number, "transfer", row["kiosk_id"])
            return None
        if action != "next":
            raise ValueError(f"unknown desk action {action!r}")
        _close_current(conn, event_id, day, desk, "done", at)
        row = conn.execute(
            "SELECT * FROM hub_tickets WHERE event_id = ? AND day = ? AND desk = ? "
            "AND state = 'waiting' ORDER BY issued_at, number LIMIT 1",
            (event_id, day, desk),
        ).fetchone()
        if row is None:
            return None
        conn.execute(
            "UPDATE hub_tickets SET state = 'called', called_at = ? WHERE id = ?", (at, row["id"])
        )
        _announce(conn, row, at)
        return str(row["label"])


def board(
    store: HubStore, event_id: str, day: str, desks: list[str], last: int = 8
) -> dict[str, object]:
    """What the now-serving screen and the desks show: who is called where, the last calls,
    how many wait per desk."""
    serving = {}
    for desk in desks:
        rows = store.query(
            "SELECT label FROM hub_tickets WHERE event_id = ? AND day = ? AND desk = ? "
            "AND state = 'called' ORDER BY called_at DESC LIMIT 1",
            (event_id, day, desk),
        )
        serving[desk] = rows[0]["label"] if rows else ""
    calls = store.query(
        "SELECT id, desk, label, at FROM hub_calls WHERE event_id = ? AND day = ? "
        "ORDER BY id DESC LIMIT ?",
        (event_id, day, last),
    )
    waiting = counts(store, event_id, day, desks)
    return {
        "serving": serving,
        "calls": [dict(r) for r in calls],
        "waiting": {d: waiting[d]["waiting"] for d in desks},
        "last_call": calls[0]["id"] if calls else 0,
    }
