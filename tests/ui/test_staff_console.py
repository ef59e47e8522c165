"""The staff console behind the PIN: leads for this session only, queues, erasure, retry."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import text

from kiosk.core import enrollment, staff, tickets
from kiosk.core.backup import backup
from kiosk.core.catalog import Catalog
from kiosk.core.db import KioskDB
from kiosk.core.leads import count_leads, save_lead
from kiosk.core.outbox import Outbox
from kiosk.ui import i18n
from kiosk.ui.services import Services
from kiosk.ui.session import VisitorSession
from kiosk.ui.staff.console import StaffConsoleScreen
from kiosk.uplink.client import KioskSync
from kiosk.uplink.transport import HQUnavailable
from sync.contract.clock import FakeClock
from sync.hq import service
from sync.hq.app import create_app
from sync.hq.settings import HQSettings
from tests.support.kiosk_leads import visitor
from tests.support.servers import uvicorn_thread
from tests.sync.conftest import make_hq

PIN = "583920"
pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")


@pytest.fixture
def console(qtbot: QtBot, shell_services: Services, tmp_path: Path) -> Iterator[StaffConsoleScreen]:
    path = tmp_path / "kiosk.db"
    backup(shell_services.db, path)
    db = KioskDB(path)
    clock = FakeClock()
    staff.set_pin(db, PIN, clock, cost=staff.PinCost.lowest())
    services = replace(shell_services, db=db, catalog=Catalog(db), clock=clock)
    for n in range(3):
        clock.advance(1)
        save_lead(db, visitor(n), event=services.event, clock=clock)
    screen = StaffConsoleScreen(services, VisitorSession("fr"))
    qtbot.addWidget(screen)
    screen.resize(1280, 800)
    screen.show()
    screen.enter()
    yield screen
    db.close()


def _unlock(qtbot: QtBot, screen: StaffConsoleScreen) -> None:
    qtbot.keyClicks(screen.pin, PIN)
    qtbot.mouseClick(screen.unlock_button, Qt.MouseButton.LeftButton)


def test_leads_show_after_the_pin_and_vanish_after_two_idle_minutes(
    qtbot: QtBot, console: StaffConsoleScreen
) -> None:
    _unlock(qtbot, console)
    assert console.leads_table.rowCount() == 3
    names = {console.leads_table.item(r, 2).text() for r in range(3)}
    assert "TESTNOM-00001" in names
    assert console.pin.text() == ""
    console.services.clock.advance(119)  # type: ignore[attr-defined]
    console.check_lock()
    assert console.leads_table.rowCount() == 3
    console.services.clock.advance(2)  # type: ignore[attr-defined]
    console.check_lock()
    assert console.leads_table.rowCount() == 0


def test_a_wrong_pin_shows_nothing(qtbot: QtBot, console: StaffConsoleScreen) -> None:
    qtbot.keyClicks(console.pin, "000111")
    qtbot.mouseClick(console.unlock_button, Qt.MouseButton.LeftButton)
    assert console.leads_table.rowCount() == 0 and console.leads_state.text()


def test_call_next_moves_the_desk_queue(qtbot: QtBot, console: StaffConsoleScreen) -> None:
    services = console.services
    before = tickets.queue_counts(services.db, event=services.event, clock=services.clock)
    assert before["alomrane"]["waiting"] == 3
    call = console.findChild(type(console.close_button), "callNext_alomrane")
    qtbot.mouseClick(call, Qt.MouseButton.LeftButton)
    after = tickets.queue_counts(services.db, event=services.event, clock=services.clock)
    assert after["alomrane"]["waiting"] == 2 and after["alomrane"]["called"] == 1
    assert "A-001" in console.called.text()


def test_erase_by_phone_needs_a_confirmation_and_removes_the_lead(
    qtbot: QtBot, console: StaffConsoleScreen
) -> None:
    _unlock(qtbot, console)
    tools = console.tools
    qtbot.keyClicks(tools.phone, visitor(1).phone)
    qtbot.mouseClick(tools.erase_button, Qt.MouseButton.LeftButton)
    assert count_leads(console.services.db) == 3  # first tap only shows what would go
    preview = tools.message.text()
    assert "+33600000001 : 1 contact(s) sur ce stand" in preview and "1 ticket(s)" in preview
    qtbot.mouseClick(tools.erase_button, Qt.MouseButton.LeftButton)
    assert count_leads(console.services.db) == 2
    assert tools.phone.text() == ""


def test_quarantined_leads_can_be_sent_again(qtbot: QtBot, console: StaffConsoleScreen) -> None:
    outbox = Outbox(console.services.db, console.services.clock)
    lead_id = next(iter(r["id"] for r in console.services.db.query("SELECT id FROM leads")))
    outbox.apply_results({lead_id: ("rejected", "rejected by HQ")})
    console.refresh()
    assert "rejected by HQ" in console.quarantine.text()
    qtbot.mouseClick(console.retry_button, Qt.MouseButton.LeftButton)
    assert outbox.counts()["quarantined"] == 0


def test_pin_change_keeps_the_leads_readable(qtbot: QtBot, console: StaffConsoleScreen) -> None:
    tools = console.tools
    qtbot.keyClicks(tools.old_pin, PIN)
    qtbot.keyClicks(tools.new_pin, "902716")
    qtbot.keyClicks(tools.new_pin_again, "902716")
    tools.change_pin()
    qtbot.keyClicks(console.pin, "902716")
    qtbot.mouseClick(console.unlock_button, Qt.MouseButton.LeftButton)
    assert console.leads_table.rowCount() == 3


def test_the_sync_tab_reports_a_jam_with_a_real_hq_answering_500(
    console: StaffConsoleScreen, tmp_path: Path
) -> None:
    services = console.services
    clock = services.clock
    assert isinstance(clock, FakeClock)
    console.refresh()
    assert console.jam.text().startswith("Synchronisation : aucune tentative en échec.")
    store, settings, keys = make_hq(tmp_path / "hq", f"sqlite:///{tmp_path / 'hq.db'}")
    with uvicorn_thread(create_app(store, settings)) as url:
        public = HQSettings(settings.home, public_url=url)
        link = service.enroll_kiosk(store, public, keys, "stand-ui", "paris-2026")
        enrollment.enroll(services.db, link, PIN, clock)
        with store.engine.begin() as conn:  # an HQ bug: every lead batch ends in HTTP 500
            conn.execute(text("ALTER TABLE hq_leads RENAME TO hq_leads_away"))
        syncer = KioskSync(services.db, clock)
        for _ in range(8):
            clock.advance(600)
            with pytest.raises(HQUnavailable):
                syncer.sync_once()
    store.dispose()
    console.refresh()
    french = console.jam.text()
    assert "Synchronisation (contacts) : 8 tentative(s) en échec d'affilée" in french
    assert "HTTP 500" in french and "1 h 10 min en ligne sans progrès." in french
    assert "Plus ancien contact en attente" in french and "(3 en attente)" in french
    assert "La synchronisation n'avance pas" in french
    assert console.jam.property("jam") == "warn" and console.jam.property("role") == "warning"
    i18n.apply_language("ar")
    console.refresh()
    arabic = console.jam.text()
    assert "مزامنة الاتصالات: 8 محاولة فاشلة متتالية" in arabic
    assert "ساعة 10 دقيقة متصل دون أي تقدم" in arabic and "المزامنة لا تتقدم" in arabic
    i18n.apply_language("en")
    console.refresh()
    english = console.jam.text()
    assert "Sync of leads: 8 failed attempt(s) in a row, last answer \u200eHTTP 500" in english
    assert english.endswith("Sync is slow: HQ answers but nothing moves.")
