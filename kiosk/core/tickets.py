"""Advisor-desk queue numbers (A-012 Al Omrane, N-004 notary, B-007 bank), their queues and the
short QR payload advisors scan. Numbers restart at 1 every day, in the event's time zone.

A ticket holds no personal data: a desk, a number, a state and at most the lead's id.
"""

from __future__ import annotations

import sqlite3
from dataclasses import asdict, dataclass

from kiosk.core import analytics
from kiosk.core import desk_numbers as numbering
from kiosk.core.config import EventProfile, event_day
from kiosk.core.db import KioskDB
from sync.contract.clock import SYSTEM_CLOCK, Clock, utc_iso
from sync.contract.errors import NotFoundError, ValidationError
from sync.contract.messages import message
from sync.contract.vocabulary import DESK_PREFIX, DESKS, LANGUAGES

STATES = ("waiting", "called", "done")
QR_PREFIX = "OMK1"
NO_LEAD = "-"


@dataclass(frozen=True)
class Ticket:
    id: int
    desk: str
    number: int
    label: str
    day: str
    state: str
    lead_id: str | None
    language: str
    issued_at: str
    called_at: str | None = None
    done_at: str | None = None
    source: str = "local"
    position: int | None = None
    wait_minutes: int | None = None

    def to_dict(self) -> dict[str, object]:
        return asdict(self)

    @property
    def pending(self) -> bool:
        """Saved while the hub was away and no leased number was left: no number yet."""
        return self.source == "pending" and self.number < 0

    @property
    def qr_payload(self) -> str:
        return qr_payload(self.lead_id, self.desk, self.label)


def format_label(desk: str, number: int) -> str:
    if number < 0:
        return f"{DESK_PREFIX[desk]}-{numbering.PENDING_MARK}"
    return f"{DESK_PREFIX[desk]}-{number:03d}"


def check_desk(desk: str, event: EventProfile) -> None:
    if desk not in DESK_PREFIX:
        raise ValidationError(f"unknown desk {desk!r}", problems=[("desk", "lead.error.desk")])
    if desk not in event.kiosk.desks:
        raise ValidationError(
            f"desk {desk!r} is not on this stand", problems=[("desk", "lead.error.desk_absent")]
        )


def _row_to_ticket(row: sqlite3.Row) -> Ticket:
    return Ticket(
        id=row["id"],
        desk=row["desk"],
        number=row["number"],
        label=row["label"],
        day=row["day"],
        state=row["state"],
        lead_id=row["lead_id"],
        language=row["language"],
        issued_at=row["issued_at"],
        called_at=row["called_at"],
        done_at=row["done_at"],
        source=row["source"],
    )


def _number_for(
    conn: sqlite3.Connection,
    request: numbering.NumberRequest,
    numbers: numbering.NumberSource | None,
) -> tuple[int, str, numbering.HubNumber | None]:
    """(number, source, the hub's answer): this kiosk's own run when it is alone, else the
    hub's number, else the next of its leased block, else (a lead's ticket only) pending."""
    event_id, day, desk = request.event_id, request.day, request.desk
    if numbers is None:
        number = conn.execute(
            "SELECT coalesce(max(number), 0) + 1 FROM desk_tickets "
            "WHERE event_id = ? AND day = ? AND desk = ?",
            (event_id, day, desk),
        ).fetchone()[0]
        return int(number), "local", None
    answer = numbers.take(request)
    if answer is None:
        try:
            return numbering.take_leased(conn, event_id, day, desk), "lease", None
        except numbering.QueueUnavailable:
            if request.lead_id is None:  # nothing saved yet: staff hand out a ticket
                raise
            return numbering.pending_number(conn, event_id, day, desk), "pending", None
    if answer.lease is not None:
        numbering.store_lease(conn, answer.lease)
    return answer.number, "hub", answer


def _next_ticket(
    conn: sqlite3.Connection,
    desk: str,
    *,
    event_id: str,
    day: str,
    now: str,
    lead_id: str | None,
    language: str,
    numbers: numbering.NumberSource | None = None,
) -> Ticket:
    request = numbering.NumberRequest(
        event_id, day, desk, lead_id, language, now,
        numbering.lease_left(conn, event_id, day, desk),
    )  # fmt: skip
    number, source, answer = _number_for(conn, request, numbers)
    label = format_label(desk, number)
    cursor = conn.execute(
        "INSERT INTO desk_tickets (event_id, day, desk, number, label, lead_id, language, "
        "issued_at, source) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (event_id, day, desk, number, label, lead_id, language, now, source),
    )
    ticket_id = int(cursor.lastrowid or 0)
    if answer is not None:
        position, minutes = answer.position, answer.wait_minutes
    elif source == "pending":
        position, minutes = None, None
    else:
        position, minutes = numbering.local_place(conn, event_id, day, desk, now, ticket_id)
    return Ticket(
        id=ticket_id,
        desk=desk,
        number=number,
        label=label,
        day=day,
        state="waiting",
        lead_id=lead_id,
        language=language,
        issued_at=now,
        source=source,
        position=position,
        wait_minutes=minutes,
    )


def issue_tickets_in(
    conn: sqlite3.Connection,
    desks: list[str],
    *,
    event: EventProfile,
    clock: Clock,
    lead_id: str | None,
    language: str,
    numbers: numbering.NumberSource | None = None,
) -> dict[str, Ticket]:
    """Inside the caller's open transaction: one ticket per distinct desk, counted; numbered
    by the stand hub through ``numbers`` when the kiosk is joined to one."""
    chosen = list(dict.fromkeys(desks))
    if not chosen:
        raise ValidationError("choose at least one desk", problems=[("desk", "lead.error.desk")])
    for desk in chosen:
        check_desk(desk, event)
    day, now = event_day(event, clock), utc_iso(clock.now())
    issued = {}
    for desk in chosen:
        issued[desk] = _next_ticket(
            conn, desk, event_id=event.event.id, day=day, now=now, lead_id=lead_id,
            language=language, numbers=numbers,
        )  # fmt: skip
        analytics.bump(conn, event.event.id, day, "ticket", desk)
    return issued


def issue_ticket(
    db: KioskDB,
    desk: str,
    *,
    event: EventProfile,
    clock: Clock = SYSTEM_CLOCK,
    lead_id: str | None = None,
    language: str = "",
    numbers: numbering.NumberSource | None = None,
) -> Ticket:
    """Next number at ``desk`` today (inside the caller's transaction if any)."""
    issued = issue_tickets(
        db, [desk], event=event, clock=clock, lead_id=lead_id, language=language, numbers=numbers
    )
    return issued[desk]


def issue_tickets(
    db: KioskDB,
    desks: list[str],
    *,
    event: EventProfile,
    clock: Clock = SYSTEM_CLOCK,
    lead_id: str | None = None,
    language: str = "",
    numbers: numbering.NumberSource | None = None,
) -> dict[str, Ticket]:
    """One ticket per distinct desk, all in one transaction."""
    with db.transaction() as conn:
        return issue_tickets_in(
            conn, desks, event=event, clock=clock, lead_id=lead_id, language=language,
            numbers=numbers,
        )  # fmt: skip


def issue_anonymous_tickets(
    db: KioskDB,
    desks: list[str],
    *,
    event: EventProfile,
    clock: Clock = SYSTEM_CLOCK,
    language: str = "",
    numbers: numbering.NumberSource | None = None,
) -> dict[str, Ticket]:
    """Tickets for a visitor who did not ask to be called back: nothing personal is stored."""
    return issue_tickets(
        db, desks, event=event, clock=clock, lead_id=None, language=language, numbers=numbers
    )


def qr_payload(lead_id: str | None, desk: str, label: str) -> str:
    """Short text for the QR code: ``OMK1|<lead id or ->|<desk>|<ticket>`` — nothing personal."""
    return "|".join((QR_PREFIX, lead_id or NO_LEAD, desk, label))


def parse_qr_payload(payload: str) -> dict[str, str | None]:
    parts = payload.strip().split("|")
    if len(parts) != 4 or parts[0] != QR_PREFIX or parts[2] not in DESK_PREFIX:
        raise ValidationError("not a kiosk ticket code", problems=[("qr", "ticket.error.qr")])
    return {
        "lead_id": None if parts[1] == NO_LEAD else parts[1],
        "desk": parts[2],
        "ticket": parts[3],
    }


# --- desk queues -------------------------------------------------------------------------


def queue(
    db: KioskDB, desk: str, *, event: EventProfile, clock: Clock = SYSTEM_CLOCK
) -> list[Ticket]:
    """Today's tickets at ``desk`` in issue order, every state."""
    rows = db.query(
        "SELECT * FROM desk_tickets WHERE event_id = ? AND day = ? AND desk = ? "
        "ORDER BY issued_at, id",
        (event.event.id, event_day(event, clock), desk),
    )
    return [_row_to_ticket(r) for r in rows]


def queue_counts(
    db: KioskDB, *, event: EventProfile, clock: Clock = SYSTEM_CLOCK
) -> dict[str, dict[str, int]]:
    """{desk: {waiting, called, done}} for today, every desk of the stand listed."""
    counts: dict[str, dict[str, int]] = {d: dict.fromkeys(STATES, 0) for d in event.kiosk.desks}
    rows = db.query(
        "SELECT desk, state, count(*) AS n FROM desk_tickets WHERE event_id = ? AND day = ? "
        "GROUP BY desk, state",
        (event.event.id, event_day(event, clock)),
    )
    for row in rows:
        counts.setdefault(row["desk"], dict.fromkeys(STATES, 0))[row["state"]] = row["n"]
    return counts


def waiting_on_latest_day(db: KioskDB) -> int:
    """Visitors still waiting at any desk on the stand's latest ticket day (for HQ's heartbeat)."""
    return int(
        db.scalar(
            "SELECT count(*) FROM desk_tickets WHERE state = 'waiting' "
            "AND day = (SELECT max(day) FROM desk_tickets)"
        )
        or 0
    )


def call_next(
    db: KioskDB,
    desk: str,
    *,
    event: EventProfile,
    clock: Clock = SYSTEM_CLOCK,
    finish_current: bool = True,
) -> Ticket | None:
    """Call the lowest waiting number at ``desk``; the one being served is marked done first.
    Returns the called ticket, or None when nobody waits."""
    day, now = event_day(event, clock), utc_iso(clock.now())
    with db.transaction() as conn:
        if finish_current:
            conn.execute(
                "UPDATE desk_tickets SET state = 'done', done_at = ? "
                "WHERE event_id = ? AND day = ? AND desk = ? AND state = 'called'",
                (now, event.event.id, day, desk),
            )
        row = conn.execute(
            "SELECT id FROM desk_tickets WHERE event_id = ? AND day = ? AND desk = ? "
            "AND state = 'waiting' ORDER BY issued_at, id LIMIT 1",
            (event.event.id, day, desk),
        ).fetchone()
        if row is None:
            return None
        conn.execute(
            "UPDATE desk_tickets SET state = 'called', called_at = ? WHERE id = ?", (now, row[0])
        )
        called = conn.execute("SELECT * FROM desk_tickets WHERE id = ?", (row[0],)).fetchone()
    return _row_to_ticket(called)


def mark_done(db: KioskDB, ticket_id: int, clock: Clock = SYSTEM_CLOCK) -> Ticket:
    with db.transaction() as conn:
        updated = conn.execute(
            "UPDATE desk_tickets SET state = 'done', done_at = ? WHERE id = ?",
            (utc_iso(clock.now()), ticket_id),
        ).rowcount
        if not updated:
            raise NotFoundError(f"no ticket {ticket_id}", key="ticket.error.not_found")
        row = conn.execute("SELECT * FROM desk_tickets WHERE id = ?", (ticket_id,)).fetchone()
    return _row_to_ticket(row)


def ticket_slip(ticket: Ticket, event: EventProfile, language: str = "fr") -> dict[str, str]:
    """What a printed ticket shows (hook for the stand printer): no personal data."""
    lang = language if language in LANGUAGES else "fr"
    return {
        "title": message("ticket.slip.title", lang),
        "number": ticket.label,
        "desk": DESKS[ticket.desk].get(lang),
        "event": event.event.name,
        "day": ticket.day,
        "qr": ticket.qr_payload,
        "wait": numbering.wait_text(
            ticket.position, ticket.wait_minutes, lang, pending=ticket.pending
        ),
        "language": lang,
    }
