"""Visitor leads: validated, sealed, written once in one durable transaction, then sent to HQ
through the outbox (see :mod:`kiosk.core.outbox`).

A lead exists only when the visitor ticked "call me back": without it no personal data is
stored at all (:func:`issue_anonymous_tickets` still gives a queue number). Personal fields
(name, phone, e-mail, note) are sealed (:mod:`sync.contract.sealing`); everything else — event,
desk, interests, consent proof, timestamps — stays clear so the stand can count without a PIN.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from itertools import islice
from typing import Any

import nacl.public
import uuid6

from kiosk.core import analytics, desk_cards, settings, staff
from kiosk.core.config import EventProfile, event_day
from kiosk.core.db import KioskDB
from kiosk.core.desk_numbers import NumberSource
from kiosk.core.lead_tables import STATE_COLUMNS, WITH_STATE, add_state
from kiosk.core.lead_validation import LeadInput, normalise_phone, phone_country_choices, validate
from kiosk.core.outbox import (
    Outbox,
    WireLead,
    keep_wire,
    lead_clear_fields,
    reseal_for_hq,
)
from kiosk.core.tickets import Ticket, issue_anonymous_tickets, issue_tickets_in
from sync.contract import lead as contract
from sync.contract.clock import SYSTEM_CLOCK, Clock, utc_iso
from sync.contract.errors import NotFoundError, ValidationError
from sync.contract.sealing import Envelope, KeyOpener, open_stored, public_key_from, seal_pii
from sync.contract.vocabulary import PENDING

__all__ = [
    "LeadInput",
    "Outbox",
    "SavedLead",
    "WireLead",
    "issue_anonymous_tickets",
    "iter_leads",
    "normalise_phone",
    "phone_country_choices",
    "reseal_for_hq",
    "save_lead",
    "validate",
]

# The stand's own columns beside the lead contract's clear fields.
STAND_COLUMNS = ("event_day", "retain_until", *STATE_COLUMNS)
CLEAR_COLUMNS = ", ".join([*contract.CLEAR, *STAND_COLUMNS])


@dataclass(frozen=True)
class SavedLead:
    """What the thank-you screen needs once the lead is on disk."""

    id: str
    created_at: str
    tickets: dict[str, Ticket]

    def qr_payload(self, desk: str) -> str:
        return self.tickets[desk].qr_payload

    @property
    def ticket_labels(self) -> dict[str, str]:
        return {desk: t.label for desk, t in self.tickets.items()}


def add_months(moment: datetime, months: int) -> datetime:
    """Same day ``months`` later (clamped to the month's last day)."""
    month_index = moment.month - 1 + months
    year, month = moment.year + month_index // 12, month_index % 12 + 1
    for day in range(moment.day, 27, -1):
        try:
            return moment.replace(year=year, month=month, day=day)
        except ValueError:
            continue
    return moment.replace(year=year, month=month, day=min(moment.day, 28))


def content_hash(clear: dict[str, Any], box: str) -> str:
    """Fingerprint HQ compares to tell a retry (same content) from a conflict."""
    canonical = json.dumps({**clear, "box": box}, sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def _require_callback(lead: LeadInput) -> None:
    if not lead.consent_callback:
        raise ValidationError(
            "without 'call me back' no personal data is stored; issue an anonymous ticket",
            problems=[("consent_callback", "lead.error.consent_required")],
        )


def _envelope(db: KioskDB, lead: LeadInput) -> Envelope:
    """The lead's personal fields sealed to the staff key and, once enrolled, to HQ's."""
    keys = settings.get_many(db, [staff.K_PUBLIC, settings.HQ_PUBLIC_KEY])
    if staff.K_PUBLIC not in keys:
        staff.staff_public_key(db)  # raises the "run setup first" error
    hq_value = keys.get(settings.HQ_PUBLIC_KEY)
    return seal_pii(
        {name: getattr(lead, name) for name in contract.PERSONAL},
        public_key_from(keys[staff.K_PUBLIC]),
        public_key_from(hq_value) if hq_value else None,
    )


def _clear_fields(lead: LeadInput, stand: dict[str, Any]) -> dict[str, Any]:
    """The lead contract's clear fields: what the stand sets, then what the visitor chose."""
    return {name: stand[name] if name in stand else getattr(lead, name) for name in contract.CLEAR}


def save_lead(
    db: KioskDB,
    inp: LeadInput,
    *,
    event: EventProfile,
    clock: Clock = SYSTEM_CLOCK,
    numbers: NumberSource | None = None,
    simulation: dict[str, Any] | None = None,
) -> SavedLead:
    """Validate, seal and store one lead with its desk tickets in one transaction; on a kiosk
    joined to a stand hub, its desk card too (``simulation``: what the simulator showed).

    When this returns, the lead is committed (synchronous=FULL): only then may the thank-you
    screen appear. Raises ``ValidationError`` (with ``problems``) and writes nothing if any
    field is wrong or "call me back" is not ticked.
    """
    lead = validate(inp)
    _require_callback(lead)
    kiosk_id = settings.kiosk_id(db)
    envelope = _envelope(db, lead)
    lead_id = str(uuid6.uuid7())
    now = clock.now()
    created = utc_iso(now)
    day = event_day(event, clock)
    hub_key = desk_cards.hub_key(db)
    with db.transaction() as conn:
        tickets = issue_tickets_in(
            conn,
            [lead.desk, *lead.extra_desks],
            event=event,
            clock=clock,
            lead_id=lead_id,
            language=lead.language,
            numbers=numbers,
        )
        clear = _clear_fields(
            lead,
            {
                "id": lead_id,
                "kiosk_id": kiosk_id,
                "event_id": event.event.id,
                "created_at": created,
                "tickets": {desk: t.label for desk, t in tickets.items()},
                "notice_version": event.event.notice_version,
                "consent_at": created,
                "consent_language": lead.language,
            },
        )
        row = {
            **clear,
            "tickets": json.dumps(clear["tickets"], sort_keys=True),
            "interests": json.dumps(lead.interests),
            "event_day": day,
            "retain_until": utc_iso(add_months(now, event.privacy.retention_months)),
            "pii_box": envelope.box,
            "key_for_staff": envelope.key_for_staff,
            "key_for_hq": envelope.key_for_hq,
            "content_hash": content_hash(clear, envelope.box),
        }
        columns = ", ".join(row)
        marks = ", ".join("?" for _ in row)
        conn.execute(f"INSERT INTO leads ({columns}) VALUES ({marks})", tuple(row.values()))  # noqa: S608
        add_state(conn, lead_id, created)
        keep_wire(conn, row)
        analytics.bump(conn, event.event.id, day, "lead", lead.desk)
        if hub_key:
            card = desk_cards.build(
                db, lead, lead_id=lead_id, tickets=clear["tickets"], simulation=simulation
            )
            desk_cards.keep_in(conn, card, hub_key, event_id=event.event.id, day=day)
    return SavedLead(id=lead_id, created_at=created, tickets=tickets)


def renumber(db: KioskDB, numbered: list[tuple[str, str, str]]) -> int:
    """Tickets saved pending ("A-?") that the stand hub numbered since: (lead id, desk, label).
    A lead still waiting for HQ takes the number (its content hash follows), so HQ's advisors
    see the number the visitor shows at the desk; how many leads changed."""
    changed = 0
    with db.transaction() as conn:
        for lead_id, desk, label in numbered:
            row = conn.execute(
                f"SELECT {CLEAR_COLUMNS}, pii_box FROM {WITH_STATE} WHERE id = ? AND status = ?",  # noqa: S608
                (lead_id, PENDING),
            ).fetchone()
            if row is None:
                continue
            clear = lead_clear_fields(row)
            clear["tickets"] = {**clear["tickets"], desk: label}
            conn.execute(
                "UPDATE leads SET tickets = ?, content_hash = ? WHERE id = ?",
                (
                    json.dumps(clear["tickets"], sort_keys=True),
                    content_hash(clear, row["pii_box"]),
                    lead_id,
                ),
            )
            changed += 1
    return changed


def _clear_dict(row: sqlite3.Row) -> dict[str, Any]:
    """A stored lead without its sealed parts: the contract's clear fields and the stand's."""
    names = row.keys()  # a Row iterates over values, not names
    sealed = ("pii_box", "key_for_staff", "key_for_hq")
    return {**{k: row[k] for k in names if k not in sealed}, **lead_clear_fields(row)}


def iter_leads(
    db: KioskDB,
    private_key: nacl.public.PrivateKey | None = None,
    *,
    where: str = "",
    params: tuple[Any, ...] = (),
    batch: int = 1000,
) -> Iterator[dict[str, Any]]:
    """Leads oldest first, streamed. With the staff private key, each dict also has the
    personal fields (first_name, last_name, phone, email, note), opened in memory only.
    ``where`` is a fixed SQL condition written by this package, never user text."""
    sql = f"SELECT {CLEAR_COLUMNS}, pii_box, key_for_staff FROM {WITH_STATE}"  # noqa: S608
    if where:
        sql += f" WHERE {where}"
    opener = None if private_key is None else KeyOpener(private_key)
    cursor = db.conn.execute(sql + " ORDER BY id", params)
    while rows := cursor.fetchmany(batch):
        for row in rows:
            data = _clear_dict(row)
            if opener is not None:
                data.update(open_stored(row["pii_box"], row["key_for_staff"], opener))
            yield data


def lead_page(
    db: KioskDB, private_key: nacl.public.PrivateKey, *, after: str = "", limit: int = 200
) -> list[dict[str, Any]]:
    """At most ``limit`` leads (personal fields opened) following the lead id ``after``,
    oldest first: a page of the staff console's list, read on a worker thread."""
    rows = iter_leads(db, private_key, where="id > ?", params=(after,), batch=limit)
    return list(islice(rows, limit))


def get_lead(
    db: KioskDB, lead_id: str, private_key: nacl.public.PrivateKey | None = None
) -> dict[str, Any]:
    for lead in iter_leads(db, private_key, where="id = ?", params=(lead_id,)):
        return lead
    raise NotFoundError(f"no lead {lead_id}", key="lead.error.not_found")


def count_leads(db: KioskDB) -> int:
    return int(db.scalar("SELECT count(*) FROM leads"))
