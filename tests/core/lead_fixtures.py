"""Fixtures shared by the lead, staff, ticket, export and retention tests.

Imported by those test modules (kept out of the shared conftest). argon2 runs with a low
cost here so tests stay quick; the cost used is stored with each hash, so nothing else
changes.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from kiosk.core import staff
from kiosk.core.config import EventProfile, load_event_profile
from kiosk.core.db import KioskDB
from kiosk.core.lead_validation import LeadInput
from kiosk.core.resources import data
from sync.contract.clock import FakeClock

PIN = "246810"


LOW_COST = staff.PinCost.lowest()  # the real argon2 code at a test-sized cost


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def event() -> EventProfile:
    return load_event_profile(data() / "events" / "paris-2026.toml")


@pytest.fixture
def staffed_db(fresh_db: KioskDB) -> Iterator[KioskDB]:
    """A kiosk database whose staff PIN is set (PIN above)."""
    staff.set_pin(fresh_db, PIN, cost=LOW_COST)
    yield fresh_db


def visitor(**overrides: object) -> LeadInput:
    """A generated visitor who ticked "call me back"."""
    fields: dict[str, object] = {
        "first_name": "Yasmine",
        "last_name": "DEMO-Bennani",
        "phone": "+33 6 12 34 56 78",
        "phone_country": "FR",
        "email": "yasmine.demo@example.org",
        "country": "FR",
        "city": "Paris",
        "language": "fr",
        "desk": "alomrane",
        "interests": ["CAS-APP-0001"],
        "budget_mad": 650000,
        "is_mre": True,
        "consent_callback": True,
    }
    fields.update(overrides)
    return LeadInput(**fields)  # type: ignore[arg-type]
