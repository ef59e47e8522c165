"""A real HQ (uvicorn, SQLite, fake clock) with the demo catalog and agencies published, and
a stand enrolled with it that holds the same catalog: what take-away links are made from."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import pytest

from kiosk.core import enrollment
from kiosk.core.catalog import Catalog
from kiosk.core.config import EventProfile, Paths, active_event_profile
from kiosk.core.db import KioskDB
from kiosk.core.demo_catalog import generate
from sync.contract.clock import FakeClock, utc_iso
from sync.hq import agencies, catalog_source, keyring, kiosk_tokens
from sync.hq.app import create_app
from sync.hq.catalog import publish_catalog
from sync.hq.settings import HQSettings
from sync.hq.store import Store
from tests.support.kiosk_leads import STAFF_PIN, kiosk_with_leads
from tests.support.servers import uvicorn_thread

DEMO_UNITS = 120


@dataclass
class TakeawayHQ:
    url: str
    store: Store
    settings: HQSettings
    keys: keyring.HQKeys
    clock: FakeClock
    stand_home: Path
    stand: KioskDB

    def event(self) -> EventProfile:
        return active_event_profile(Paths(self.stand_home))

    def refs(self, count: int) -> list[str]:
        """``count`` priced units of the catalog, as a visitor would select them."""
        rows = self.stand.query(
            "SELECT ref FROM units WHERE price_mad IS NOT NULL ORDER BY ref LIMIT ?", (count,)
        )
        return [str(row["ref"]) for row in rows]


@pytest.fixture(scope="module")
def takeaway_hq(tmp_path_factory: pytest.TempPathFactory) -> Iterator[TakeawayHQ]:
    tmp = tmp_path_factory.mktemp("takeaway-hq")
    clock = FakeClock(datetime(2026, 11, 28, 10, 0, tzinfo=UTC))
    settings = HQSettings(tmp / "hq-home", rate_limit_per_minute=10_000)
    keys = keyring.init_keys(settings)
    store = Store(f"sqlite:///{tmp / 'hq.db'}")
    store.migrate()
    publish_catalog(store, catalog_source.catalog_records_from(None, demo_units=DEMO_UNITS), "demo")
    with store.engine.begin() as conn:
        rows = agencies.read_rows(agencies.demo_file())
        agencies.import_rows(conn, rows, utc_iso(clock.now()))
    with uvicorn_thread(create_app(store, settings, clock)) as url:
        public = HQSettings(settings.home, public_url=url, rate_limit_per_minute=10_000)
        stand_home = tmp / "stand"
        db, _ids, _event = kiosk_with_leads(stand_home, None, 0)
        Catalog(db).replace_all(generate(units=DEMO_UNITS, seed=1))
        enrolled = kiosk_tokens.enroll_kiosk(store, public, keys, "stand-takeaway", "paris-2026")
        enrollment.enroll(db, enrolled, STAFF_PIN)
        yield TakeawayHQ(url, store, public, keys, clock, stand_home, db)
        db.close()
    store.dispose()
