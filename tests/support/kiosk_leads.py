"""A real kiosk database with staff PIN, HQ key and saved leads, for sync tests."""

from __future__ import annotations

from pathlib import Path

from kiosk.core import settings, staff
from kiosk.core.config import EventProfile, Paths, active_event_profile
from kiosk.core.db import KioskDB
from kiosk.core.leads import LeadInput, save_lead
from sync.contract.clock import FakeClock
from sync.contract.sealing import b64

STAFF_PIN = "482916"


def visitor(n: int) -> LeadInput:
    """A generated visitor (fictional names, phone numbers in a fictional range)."""
    return LeadInput(
        first_name=f"Testprenom{n}",
        last_name=f"TESTNOM-{n:05d}",
        phone=f"+33 6 00 {n // 10000 % 100:02d} {n // 100 % 100:02d} {n % 100:02d}",
        phone_country="FR",
        email=f"visiteur{n}@example.org",
        country="FR",
        city="Paris",
        language="fr",
        desk="alomrane",
        interests=[],
        consent_callback=True,
        consent_share=n % 2 == 0,
    )


def kiosk_with_leads(
    home: Path, hq_public_key: bytes | None, count: int, clock: FakeClock | None = None
) -> tuple[KioskDB, list[str], EventProfile]:
    """Open (and set up) a kiosk database under ``home`` and save ``count`` leads."""
    paths = Paths(home).ensure()
    db = KioskDB(paths.database)
    clock = clock or FakeClock()
    if not staff.is_set_up(db):
        staff.set_pin(db, STAFF_PIN, clock, cost=staff.PinCost.lowest())
    if hq_public_key is not None:
        settings.put(db, settings.HQ_PUBLIC_KEY, b64(hq_public_key))
    event = active_event_profile(paths)
    ids = []
    for n in range(count):
        clock.advance(1)
        ids.append(save_lead(db, visitor(n), event=event, clock=clock).id)
    return db, ids, event
