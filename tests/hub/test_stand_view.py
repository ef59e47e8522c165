"""The stand view: each joined kiosk reports its state to the hub (outbox, catalog version,
printer, last sync); staff see every kiosk, the queues and today's figures in one place."""

from __future__ import annotations

from pathlib import Path

from kiosk.cli import main
from kiosk.core.config import event_day
from kiosk.uplink import hub_link
from kiosk.uplink.hub_upkeep import beat
from tests.support.kiosk_leads import kiosk_with_leads
from tests.support.stand_hub import hub_process, paired_kiosk


def test_stand_view_lists_kiosks_with_their_state_and_the_days_figures(tmp_path: Path) -> None:
    with hub_process(tmp_path / "hub") as hub:
        joined = paired_kiosk(tmp_path / "k1", hub, "entrance")
        paired_kiosk(tmp_path / "k2", hub, "back corner")
        db, _, event = kiosk_with_leads(joined.home, None, 3)
        link = hub_link.HubLink.from_settings(db)
        assert link is not None
        try:
            beat(db, link)
            assert main(["ticket", "--desk", "notary", "--home", str(joined.home)]) == 0
            query = {"event_id": event.event.id, "day": event_day(event)}
            view = link.call("GET", "/stand", params=query)
        finally:
            link.close()
            db.close()
    rows = {row["name"]: row for row in view["kiosks"]}
    assert rows["entrance"]["alive"] is True
    assert rows["entrance"]["pending"] == 3  # not enrolled: the leads wait for HQ
    assert rows["entrance"]["printer"].startswith("print jobs")
    assert rows["back corner"]["pending"] is None  # paired, has not reported yet
    assert view["queues"]["notary"]["waiting"] == 1
    assert view["figures"]["notary"] == {
        "tickets": 1,
        "served": 0,
        "no_show": 0,
        "median_service_min": None,
    }
