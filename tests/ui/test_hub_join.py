"""Joining the stand hub from the staff console against a real hub process on loopback: the
hub found by mDNS (loopback only), its join QR scanned into the address field, the staff PIN
checked; on the hub's own laptop the tab shows the address as a QR with the pairing code."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from kiosk.core.config import Paths, active_event_profile
from kiosk.core.db import KioskDB
from kiosk.core.printing import FolderBackend, PrintQueue
from kiosk.core.tickets import issue_anonymous_tickets
from kiosk.hub.serve import open_store
from kiosk.ui.services import Services
from kiosk.ui.staff.hub_tab import HubTab
from kiosk.uplink import hub_link, hub_upkeep
from sync.contract.hub_wire import join_payload
from tests.support.stand_hub import (
    STAFF_PIN,
    HubProcess,
    hub_process,
    kiosk_home,
    paired_kiosk,
    save_visitor,
)


def test_staff_join_the_hub_by_scanning_its_code_with_the_staff_pin(
    qtbot: QtBot, shell_services: Services, tmp_path: Path
) -> None:
    with hub_process(tmp_path / "hub") as hub:
        kiosk = kiosk_home(tmp_path / "kiosk")
        db = KioskDB(kiosk.database)
        services = replace(shell_services, db=db, paths=kiosk)
        tab = HubTab(services)
        qtbot.addWidget(tab)
        tab.find_interfaces = ["127.0.0.1"]
        try:
            tab.refresh()
            assert "not joined" in tab.status.text() or "aucun" in tab.status.text()
            tab.look_around()
            assert tab.found.count() >= 1
            qtbot.keyClicks(tab.address, join_payload(hub.address, hub.code()))
            assert (tab.address.text(), len(tab.code.text())) == (hub.address, 6)
            tab.pin.setText("000000")
            qtbot.mouseClick(tab.join_button, Qt.MouseButton.LeftButton)
            assert hub_link.HubLink.from_settings(db) is None  # wrong PIN: nothing joined
            tab.pin.setText(STAFF_PIN)
            qtbot.mouseClick(tab.join_button, Qt.MouseButton.LeftButton)
            link = hub_link.HubLink.from_settings(db)
            assert link is not None and link.url == hub.url, tab.result.text()
            link.close()
            assert isinstance(services.numbers, hub_link.HubNumbers)
            assert hub.url in tab.status.text()
            # the upkeep runs from the join on: a lead's desk card reaches the hub at once
            assert isinstance(services.hub, hub_upkeep.HubUpkeep)
            saved, _refs = save_visitor(kiosk, 21, hand_over=False)
            assert not _hub_has_card(hub, saved.id)
            services.hub.nudge()
            qtbot.waitUntil(lambda: _hub_has_card(hub, saved.id), timeout=10_000)
            own = HubTab(replace(services, paths=Paths(hub.home)))
            qtbot.addWidget(own)
            own.refresh()
            assert hub.code() in own.own_hub.text() and not own.own_qr.pixmap().isNull()
        finally:
            services.hub.stop()
            if isinstance(services.numbers, hub_link.HubNumbers):
                services.numbers.link.close()
            db.close()


def _hub_has_card(hub: HubProcess, lead_id: str) -> bool:
    store = open_store(Paths(hub.home))
    try:
        return bool(store.query("SELECT 1 FROM hub_cards WHERE lead_id = ?", (lead_id,)))
    finally:
        store.close()


def test_the_staff_console_shows_the_whole_stand_from_the_hub(
    qtbot: QtBot, shell_services: Services, tmp_path: Path
) -> None:
    with hub_process(tmp_path / "hub") as hub:
        other = paired_kiosk(tmp_path / "other", hub, "kiosk entrance")
        other_db = KioskDB(other.database)
        other_link = hub_link.HubLink.from_settings(other_db)
        assert other_link is not None
        queue = PrintQueue(other_db, other)  # a brochure waiting for the printer
        queue.enqueue(b"%PDF-1.4 brochure", FolderBackend(tmp_path / "out"), title="brochure")
        hub_upkeep.beat(other_db, other_link)
        issue_anonymous_tickets(
            other_db, ["notary"], event=active_event_profile(other),
            clock=shell_services.clock, numbers=hub_link.HubNumbers(other_link),
        )  # fmt: skip
        other_link.close()
        other_db.close()
        kiosk = paired_kiosk(tmp_path / "kiosk", hub, "kiosk desk side")
        db = KioskDB(kiosk.database)
        tab = HubTab(replace(shell_services, db=db, paths=kiosk))
        qtbot.addWidget(tab)
        try:
            tab.refresh()
            lines = tab.stand.texts()
            hub.kill()
            tab.refresh()  # the hub gone: said, not raised
            away = tab.stand.texts()
        finally:
            db.close()
    assert any(line.startswith("kiosk entrance — en marche") for line in lines), lines
    assert any("imprimante : En file 1" in line for line in lines), lines
    assert any("kiosk desk side" in line and "imprimante : rien en cours" in line for line in lines)
    assert any("kiosk desk side" in line for line in lines)
    assert any(line.startswith("Notaire : en attente 1") for line in lines), lines
    assert away == ["Le poste central du stand est injoignable pour l'instant."]
