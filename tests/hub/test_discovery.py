"""Kiosks find the hub by mDNS/DNS-SD, announced and browsed on loopback only (nothing is sent
to the machine's real network), then join it at the address found."""

from __future__ import annotations

from pathlib import Path

from kiosk.core.db import KioskDB
from kiosk.uplink import hub_link
from kiosk.uplink.hub_discovery import find_hubs
from tests.support.stand_hub import hub_process, kiosk_home

LOOPBACK = ["127.0.0.1"]


def test_a_kiosk_finds_the_hub_on_the_stand_network_and_joins_it(tmp_path: Path) -> None:
    with hub_process(tmp_path / "hub") as hub:
        # other test runs on this machine may announce their own loopback hubs too
        found = [f for f in find_hubs(5.0, LOOPBACK) if f.address == hub.address]
        assert len(found) == 1
        assert found[0].fingerprint == hub_link.server_fingerprint(hub.url)
        kiosk = kiosk_home(tmp_path / "kiosk")
        db = KioskDB(kiosk.database)
        try:
            link = hub_link.join(db, found[0].address, hub.code())
            assert link.hub_id == found[0].hub_id
            link.close()
        finally:
            db.close()
