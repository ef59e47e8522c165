"""Anonymous stand counters per event day."""

from __future__ import annotations

from datetime import UTC, datetime

from kiosk.core import analytics
from kiosk.core.config import EventProfile
from kiosk.core.db import KioskDB
from sync.contract.clock import FakeClock
from tests.core import lead_fixtures

event = lead_fixtures.event


def test_todays_figures_add_up(fresh_db: KioskDB, event: EventProfile) -> None:
    clock = FakeClock()
    for language in ("ar", "fr", "ar"):
        analytics.record(fresh_db, "session", event=event, clock=clock)
        analytics.record(fresh_db, "language", language, event=event, clock=clock)
    for term in ("Casablanca", "casablanca ", "Tamesna"):
        analytics.record(fresh_db, "search", term, event=event, clock=clock)
    analytics.record(fresh_db, "unit_view", "CAS-APP-0001", event=event, clock=clock)
    figures = analytics.today(fresh_db, event=event, clock=clock)
    assert figures["sessions"] == 3
    assert figures["languages"] == {"ar": 2, "fr": 1}
    assert figures["top_searches"] == [("casablanca", 2), ("tamesna", 1)]
    assert figures["units_viewed"] == 1
    assert figures["day"] == "2026-02-13"


def test_a_new_day_starts_from_zero(fresh_db: KioskDB, event: EventProfile) -> None:
    clock = FakeClock()
    analytics.record(fresh_db, "session", event=event, clock=clock)
    clock.advance(24 * 3600)
    assert analytics.today(fresh_db, event=event, clock=clock)["sessions"] == 0
    assert analytics.days(fresh_db, event.event.id) == ["2026-02-13"]


def test_search_terms_that_look_personal_are_hidden(fresh_db: KioskDB, event: EventProfile) -> None:
    clock = FakeClock()
    for term in ("+33 6 12 34 56 78", "sara@example.org", "villa"):
        analytics.record(fresh_db, "search", term, event=event, clock=clock)
    counts = analytics.day_counts(fresh_db, event.event.id, "2026-02-13")["search"]
    assert counts == {"(hidden)": 2, "villa": 1}


def test_counters_without_a_profile_go_to_the_remembered_event(
    fresh_db: KioskDB, event: EventProfile
) -> None:
    clock = FakeClock()
    analytics.remember_event(fresh_db, event)
    analytics.record(fresh_db, "session", clock=clock)
    assert analytics.today(fresh_db, event=event, clock=clock)["sessions"] == 1


def test_counter_values_are_cleaned_and_short(fresh_db: KioskDB, event: EventProfile) -> None:
    clock = FakeClock()
    analytics.record(fresh_db, "search", "\u202e" + "x" * 100, event=event, clock=clock)
    (term,) = analytics.day_counts(fresh_db, event.event.id, "2026-02-13")["search"]
    assert term == "x" * analytics.VALUE_MAX


def test_days_by_event_lists_the_days_to_send_from_a_given_day(
    fresh_db: KioskDB, event: EventProfile
) -> None:
    clock = FakeClock(datetime(2026, 2, 13, 10, 0, tzinfo=UTC))
    analytics.record(fresh_db, "session", event=event, clock=clock)
    clock.advance(24 * 3600)
    analytics.record(fresh_db, "session", event=event, clock=clock)
    event_id = event.event.id
    assert analytics.days_by_event(fresh_db) == {event_id: ["2026-02-13", "2026-02-14"]}
    assert analytics.days_by_event(fresh_db, "2026-02-14") == {event_id: ["2026-02-14"]}
