"""A whole stand day against a real HQ (uvicorn; SQLite and PostgreSQL), fed what a stand
produces: visitors looking at the units HQ published, every language, desk and consent
combination, returning visitors and paper leads, HQ unreachable for an hour, an erasure, a
restore from the morning's backup, a re-enrollment, and a second stand whose token is revoked.

At the end: every lead that should be at HQ is there exactly once with its interest facts,
nothing erased came back, and no lead is left on a stand's outbox.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from kiosk.core import backup, enrollment, retention, staff
from kiosk.core.catalog import Catalog
from kiosk.core.config import EventProfile, Paths, active_event_profile
from kiosk.core.db import KioskDB
from kiosk.core.leads import save_lead
from kiosk.core.outbox import Outbox
from kiosk.uplink.client import KioskSync
from kiosk.uplink.transport import HQRefused, HQUnavailable
from sync.contract.clock import FakeClock
from sync.contract.vocabulary import LANGUAGES
from sync.contract.wire import Enrollment
from sync.hq import catalog as hq_catalog
from sync.hq import catalog_source, keyring, kiosk_tokens
from sync.hq.app import create_app
from sync.hq.settings import HQSettings
from sync.hq.store import Store
from tests.support.kiosk_leads import STAFF_PIN
from tests.support.servers import uvicorn_thread
from tests.support.stand_day import WITHDRAWN_REF, Visit, stand_day
from tests.sync.conftest import make_hq
from tests.sync.stands import FaultyTransport, faulty_session

HOUR = 3600


@dataclass
class LiveHQ:
    store: Store
    settings: HQSettings
    keys: keyring.HQKeys

    def enroll(self, name: str) -> Enrollment:
        return kiosk_tokens.enroll_kiosk(self.store, self.settings, self.keys, name, "paris-2026")

    def reissue(self, name: str) -> Enrollment:
        return kiosk_tokens.reissue_kiosk(self.store, self.settings, self.keys, name)

    def leads(self) -> dict[str, dict[str, object]]:
        rows = list(self.store.iter_leads())
        assert len(rows) == len({row["id"] for row in rows}), "a lead stored twice"
        return {str(row["id"]): row for row in rows}

    def unit_facts(self) -> dict[str, tuple[str, str, str]]:
        published = hq_catalog.catalog_changes(self.store, 0).upserts
        return {u["ref"]: (u["city_id"], u["region_id"], u["type"]) for u in published}


@pytest.fixture
def clock() -> FakeClock:
    """The stand's and HQ's clocks agree (as NTP keeps them on a real tour)."""
    return FakeClock()


@pytest.fixture
def live_hq(tmp_path: Path, store_url: str, clock: FakeClock) -> Iterator[LiveHQ]:
    store, settings, keys = make_hq(tmp_path, store_url)
    records = catalog_source.catalog_records_from(None, demo_units=300, seed=7)
    hq_catalog.publish_catalog(store, records, "demo units=300")
    with uvicorn_thread(create_app(store, settings, clock)) as url:
        public = HQSettings(settings.home, public_url=url, rate_limit_per_minute=10_000)
        yield LiveHQ(store, public, keys)
    store.dispose()


class Stand:
    def __init__(self, home: Path, hq: LiveHQ, name: str, clock: FakeClock) -> None:
        self.paths = Paths(home).ensure()
        self.db = KioskDB(self.paths.database)
        self.clock = clock
        staff.set_pin(self.db, STAFF_PIN, clock, cost=staff.PinCost.lowest())
        self.event: EventProfile = active_event_profile(self.paths)
        self.name = name
        enrollment.enroll(self.db, hq.enroll(name), STAFF_PIN, clock)
        self.saved: dict[str, Visit] = {}

    def sync(self, transport: FaultyTransport | None = None) -> None:
        session = faulty_session(transport) if transport is not None else None
        KioskSync(self.db, self.clock, session=session).sync_once()

    def visit(self, visits: list[Visit]) -> None:
        for visit in visits:
            self.clock.advance(90)
            self.saved[save_lead(self.db, visit.lead, event=self.event, clock=self.clock).id] = (
                visit
            )

    def units(self) -> list[dict[str, object]]:
        return list(Catalog(self.db).iter_unit_records())

    def outbox_left(self) -> dict[str, int]:
        counts = Outbox(self.db).counts()
        return {state: n for state, n in counts.items() if state != "acked" and n}


def test_a_stand_day_ends_with_every_lead_at_hq_once_and_nothing_erased_back(
    live_hq: LiveHQ, tmp_path: Path, clock: FakeClock
) -> None:
    stand = Stand(tmp_path / "stand-a", live_hq, "paris-a", clock)
    stand.sync()  # the evening before: the catalog HQ published
    units = stand.units()
    assert len(units) == 300
    day = stand_day(units, visitors=36, seed=3)
    assert {v.lead.language for v in day} == set(LANGUAGES)
    assert any(v.returning for v in day) and any(v.paper for v in day)

    # Morning: HQ unreachable for an hour; visitors keep coming.
    stand.visit(day[:14])
    for _ in range(3):
        clock.advance(HOUR / 3)
        with pytest.raises(HQUnavailable):
            stand.sync(FaultyTransport(["timeout"]))
    backup.backup(stand.db, tmp_path / "usb" / "morning.db")
    stand.visit(day[14:24])
    stand.sync()
    assert stand.outbox_left() == {}

    # A visitor exercises her right to erasure at the stand; then the morning backup is
    # restored (the laptop was swapped), which brings her lead back on the stand.
    erased_visit = next(v for v in list(stand.saved.values())[:14] if not v.returning)
    key = staff.unlock_staff_key(stand.db, STAFF_PIN, clock)
    erased_ids = retention.erase_by_phone(
        stand.db, key, erased_visit.lead.phone, region=erased_visit.lead.phone_country, clock=clock
    )
    assert erased_ids
    stand.sync()
    assert not set(erased_ids) & set(live_hq.leads())
    backup.restore(stand.db, tmp_path / "usb" / "morning.db")
    assert set(erased_ids) <= {row["id"] for row in stand.db.query("SELECT id FROM leads")}
    stand.sync()
    assert not set(erased_ids) & set(live_hq.leads()), "an erased lead came back"
    assert not set(erased_ids) & {row["id"] for row in stand.db.query("SELECT id FROM leads")}

    # Afternoon: the stand is re-enrolled under its own identity, more visitors come.
    enrollment.enroll(stand.db, live_hq.reissue("paris-a"), STAFF_PIN, clock)
    stand.visit(day[24:])
    stand.sync()

    # A second stand whose token HQ revoked keeps its leads until it is enrolled again.
    other = Stand(tmp_path / "stand-b", live_hq, "paris-b", clock)
    second_day = stand_day(units, visitors=3, seed=9)
    other.visit(second_day)
    live_hq.store.revoke_kiosk("paris-b")
    with pytest.raises(HQRefused):
        other.sync()
    assert other.outbox_left() == {"pending": len(second_day)}
    enrollment.enroll(other.db, live_hq.reissue("paris-b"), STAFF_PIN, clock)
    other.sync()

    at_hq = live_hq.leads()
    expected = {
        lead_id: visit
        for lead_id, visit in {**stand.saved, **other.saved}.items()
        if lead_id not in erased_ids
    }
    assert set(at_hq) == set(expected)
    assert stand.outbox_left() == {} and other.outbox_left() == {}
    facts = live_hq.unit_facts()
    for lead_id, visit in expected.items():
        row = at_hq[lead_id]
        assert json.loads(str(row["interests"])) == visit.lead.interests
        first = visit.first_interest
        want = facts[first] if first and first != WITHDRAWN_REF else (None, None, None)
        got = (row["interest_city_id"], row["interest_region_id"], row["interest_type"])
        assert got == want, f"interest facts of {lead_id}"
    came_back = [
        lead_id
        for lead_id, visit in stand.saved.items()
        if visit.returning and visit.lead.phone == erased_visit.lead.phone
    ]
    assert came_back and set(came_back) <= set(at_hq), "new consent after an erasure is a new lead"
    kiosks = {k["name"]: k["id"] for k in live_hq.store.kiosks()}
    by_kiosk = {str(row["kiosk_id"]) for lead_id, row in at_hq.items() if lead_id in stand.saved}
    assert by_kiosk == {kiosks["paris-a"]}, "one stand stays one kiosk after re-enrollment"
