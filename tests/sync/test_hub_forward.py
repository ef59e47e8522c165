"""Store and forward through the stand hub: a kiosk with no route to HQ sends its sealed leads
through a real hub process to a real HQ; when HQ is away from the hub too, the hub holds them
and forwards them once HQ answers. Every lead ends at HQ exactly once."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from kiosk.core import enrollment
from kiosk.core.db import KioskDB
from kiosk.core.outbox import Outbox
from kiosk.uplink import hub_link
from kiosk.uplink.client import KioskSync
from kiosk.uplink.transport import HQUnavailable
from tests.support.kiosk_leads import STAFF_PIN, kiosk_with_leads
from tests.support.stand_hub import HubProcess
from tests.sync.conftest import HQ

NO_ROUTE = "http://127.0.0.1:9"  # discard port: nothing listens, the kiosk's HQ is unreachable
LEADS = 6


def _cut_off_kiosk(tmp_path: Path, hq: HQ, hub: HubProcess) -> KioskDB:
    """A kiosk enrolled with HQ but without a route to it, joined to the stand hub."""
    db, _, _ = kiosk_with_leads(tmp_path / "kiosk", None, LEADS)
    enrolled = hq.enroll("caravan-2")
    enrollment.enroll(db, enrolled.model_copy(update={"hq_url": NO_ROUTE}), STAFF_PIN)
    hub_link.join(db, hub.address, hub.code(), kiosk_name="caravan-2").close()
    return db


def _wait_for_forwarded(hq: HQ, count: int) -> None:
    deadline = time.monotonic() + 40
    while hq.store.count_leads() < count and time.monotonic() < deadline:
        time.sleep(0.5)


def test_leads_reach_hq_through_the_hub_exactly_once(tmp_path: Path, hq_server: HQ) -> None:
    hub = HubProcess(tmp_path / "hub", hq=hq_server.url)
    hub.start()
    db = _cut_off_kiosk(tmp_path, hq_server, hub)
    try:
        report = KioskSync(db).sync_once()
        assert (report.sent, report.acked) == (LEADS, LEADS)
        assert hq_server.store.count_leads() == LEADS
        assert Outbox(db).counts()["acked"] == LEADS
    finally:
        db.close()
        hub.kill()


def test_hub_holds_leads_while_hq_is_away_and_forwards_them_once(
    tmp_path: Path, hq_server: HQ
) -> None:
    hub = HubProcess(tmp_path / "hub", hq=NO_ROUTE)
    hub.start()
    db = _cut_off_kiosk(tmp_path, hq_server, hub)
    try:
        with pytest.raises(HQUnavailable):  # held by the hub: the kiosk keeps them pending
            KioskSync(db).sync_once()
        assert Outbox(db).counts()["pending"] == LEADS
        assert hq_server.store.count_leads() == 0
        hub.kill()
        hub.hq = hq_server.url  # HQ is back (from the hub's side)
        hub.start()
        _wait_for_forwarded(hq_server, LEADS)
        assert hq_server.store.count_leads() == LEADS  # the hub forwarded what it held
        report = KioskSync(db).sync_once()  # the kiosk sends them again: HQ says duplicate
        assert report.acked == LEADS
        assert hq_server.store.count_leads() == LEADS
        assert Outbox(db).counts()["acked"] == LEADS
    finally:
        db.close()
        hub.kill()
