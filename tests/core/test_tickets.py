"""Desk tickets: numbering per desk and per day, queues, call next, QR payloads."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from kiosk.core import config, tickets
from kiosk.core.config import EventProfile
from kiosk.core.db import KioskDB
from sync.contract.clock import FakeClock
from sync.contract.errors import ValidationError
from tests.core import lead_fixtures

event = lead_fixtures.event


def issue(db: KioskDB, event: EventProfile, clock: FakeClock, *desks: str) -> list[str]:
    return [tickets.issue_ticket(db, d, event=event, clock=clock).label for d in desks]


def test_each_desk_counts_on_its_own(fresh_db: KioskDB, event: EventProfile) -> None:
    clock = FakeClock()
    labels = issue(fresh_db, event, clock, "alomrane", "alomrane", "notary", "bank", "alomrane")
    assert labels == ["A-001", "A-002", "N-001", "B-001", "A-003"]


def test_numbers_restart_at_local_midnight_of_the_event(
    fresh_db: KioskDB, event: EventProfile
) -> None:
    # Paris is UTC+1 in February: 23:30 UTC is already the next day on the stand.
    clock = FakeClock(datetime(2026, 2, 13, 22, 0, tzinfo=UTC))
    assert issue(fresh_db, event, clock, "alomrane", "alomrane") == ["A-001", "A-002"]
    clock.advance(90 * 60)
    assert config.event_day(event, clock) == "2026-02-14"
    assert issue(fresh_db, event, clock, "alomrane") == ["A-001"]


def test_call_next_serves_in_order_and_finishes_the_previous(
    fresh_db: KioskDB, event: EventProfile
) -> None:
    clock = FakeClock()
    issue(fresh_db, event, clock, "bank", "bank", "bank")
    first = tickets.call_next(fresh_db, "bank", event=event, clock=clock)
    assert first is not None and first.label == "B-001" and first.state == "called"
    second = tickets.call_next(fresh_db, "bank", event=event, clock=clock)
    assert second is not None and second.label == "B-002"
    states = [t.state for t in tickets.queue(fresh_db, "bank", event=event, clock=clock)]
    assert states == ["done", "called", "waiting"]
    assert tickets.queue_counts(fresh_db, event=event, clock=clock)["bank"] == {
        "waiting": 1,
        "called": 1,
        "done": 1,
    }
    tickets.mark_done(fresh_db, second.id, clock)
    tickets.call_next(fresh_db, "bank", event=event, clock=clock)
    assert tickets.call_next(fresh_db, "bank", event=event, clock=clock) is None


def test_queue_counts_list_every_desk_of_the_stand(fresh_db: KioskDB, event: EventProfile) -> None:
    counts = tickets.queue_counts(fresh_db, event=event, clock=FakeClock())
    assert set(counts) == {"alomrane", "notary", "bank"}


def test_qr_payload_is_short_and_holds_no_personal_data() -> None:
    payload = tickets.qr_payload("01a20b14-b62e-7630-8a7b-3e3848043871", "notary", "N-004")
    assert payload == "OMK1|01a20b14-b62e-7630-8a7b-3e3848043871|notary|N-004"
    assert len(payload) < 64
    assert tickets.parse_qr_payload(payload) == {
        "lead_id": "01a20b14-b62e-7630-8a7b-3e3848043871",
        "desk": "notary",
        "ticket": "N-004",
    }
    assert tickets.parse_qr_payload(tickets.qr_payload(None, "bank", "B-007"))["lead_id"] is None


@pytest.mark.parametrize("payload", ["", "OMK1|x|shop|A-1", "hello", "OMK2|-|bank|B-001"])
def test_foreign_qr_codes_are_refused(payload: str) -> None:
    with pytest.raises(ValidationError):
        tickets.parse_qr_payload(payload)


def test_unknown_desk_gets_no_ticket(fresh_db: KioskDB, event: EventProfile) -> None:
    with pytest.raises(ValidationError):
        tickets.issue_ticket(fresh_db, "cafe", event=event, clock=FakeClock())


def test_ticket_slip_for_the_printer_names_the_desk_in_the_visitors_language(
    fresh_db: KioskDB, event: EventProfile
) -> None:
    ticket = tickets.issue_ticket(fresh_db, "notary", event=event, clock=FakeClock())
    slip = tickets.ticket_slip(ticket, event, "ar")
    assert slip["number"] == "N-001" and slip["desk"] == "الموثق"
    assert slip["qr"] == "OMK1|-|notary|N-001"
    assert tickets.ticket_slip(ticket, event, "xx")["title"] == "Votre ticket"


def test_the_heartbeat_counts_who_still_waits_on_the_latest_day(
    fresh_db: KioskDB, event: EventProfile
) -> None:
    clock = FakeClock(datetime(2026, 2, 13, 10, 0, tzinfo=UTC))
    issue(fresh_db, event, clock, "alomrane", "bank")
    clock.advance(24 * 3600)
    issue(fresh_db, event, clock, "alomrane", "notary", "bank")
    tickets.call_next(fresh_db, "alomrane", event=event, clock=clock)
    assert tickets.waiting_on_latest_day(fresh_db) == 2
