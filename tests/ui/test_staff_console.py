"""The staff console behind the PIN: leads for this session only, queues, erasure, retry."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import text

from kiosk.core import enrollment, staff, tickets
from kiosk.core.backup import backup
from kiosk.core.catalog import Catalog
from kiosk.core.db import KioskDB
from kiosk.core.leads import count_leads, iter_leads, save_lead
from kiosk.core.outbox import Outbox
from kiosk.ui import i18n
from kiosk.ui.services import Services
from kiosk.ui.session import VisitorSession
from kiosk.ui.staff import leads_model
from kiosk.ui.staff.console import StaffConsoleScreen
from kiosk.uplink.client import KioskSync
from kiosk.uplink.transport import HQUnavailable
from sync.contract.clock import FakeClock
from sync.hq import kiosk_tokens
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


def _unlock(qtbot: QtBot, screen: StaffConsoleScreen, shown: int = 3) -> None:
    qtbot.keyClicks(screen.pin, PIN)
    qtbot.mouseClick(screen.unlock_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: screen.leads_model.rowCount() == shown and not screen.leads_model.loading
    )


def _cell(screen: StaffConsoleScreen, row: int, column: int) -> str:
    return str(screen.leads_model.index(row, column).data())


def test_leads_show_after_the_pin_and_vanish_after_two_idle_minutes(
    qtbot: QtBot, console: StaffConsoleScreen
) -> None:
    _unlock(qtbot, console)
    names = {_cell(console, r, 2) for r in range(3)}
    assert "TESTNOM-00001" in names
    assert console.pin.text() == ""
    assert "3" in console.leads_state.text()
    console.services.clock.advance(119)  # type: ignore[attr-defined]
    console.check_lock()
    assert console.leads_model.rowCount() == 3
    console.services.clock.advance(2)  # type: ignore[attr-defined]
    console.check_lock()
    assert console.leads_model.rowCount() == 0 and not console.leads_model.is_open


def test_a_wrong_pin_shows_nothing(qtbot: QtBot, console: StaffConsoleScreen) -> None:
    qtbot.keyClicks(console.pin, "000111")
    qtbot.mouseClick(console.unlock_button, Qt.MouseButton.LeftButton)
    assert not console.leads_model.is_open and console.leads_state.text()
    assert console.leads_model.rowCount() == 0


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
    qtbot.waitUntil(lambda: console.leads_model.rowCount() == 3)


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
        link = kiosk_tokens.enroll_kiosk(store, public, keys, "stand-ui", "paris-2026")
        enrollment.enroll(services.db, link, PIN, clock)
        with store.engine.begin() as conn:  # an HQ bug: every lead batch ends in HTTP 500
            conn.execute(text("ALTER TABLE hq_lead_batches RENAME TO hq_lead_batches_away"))
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


def _more_leads(console: StaffConsoleScreen, count: int) -> None:
    services = console.services
    for n in range(3, 3 + count):
        services.clock.advance(1)  # type: ignore[attr-defined]
        save_lead(services.db, visitor(n), event=services.event, clock=services.clock)


def test_the_leads_list_fills_a_page_at_a_time_as_it_scrolls_and_stays_in_order(
    qtbot: QtBot, console: StaffConsoleScreen, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(leads_model, "PAGE_SIZE", 4)
    _more_leads(console, 11)  # 14 leads: pages of 4, 4, 4, 2
    console.leads_view.resize(1000, 120)  # a few rows in sight, as a long list on a stand
    _unlock(qtbot, console, shown=4)
    assert console.leads_model.canFetchMore(QModelIndex())
    assert "14" in console.leads_state.text()  # counted with the first page
    sizes = [console.leads_model.rowCount()]
    while console.leads_model.canFetchMore(QModelIndex()):
        console.leads_view.scrollToBottom()
        qtbot.waitUntil(lambda: console.leads_model.rowCount() > sizes[-1])
        sizes.append(console.leads_model.rowCount())
    assert sizes == [4, 8, 12, 14]
    key = console.staff.key()
    expected = [(lead["id"], lead["last_name"]) for lead in iter_leads(console.services.db, key)]
    model = console.leads_model
    assert [(model.lead_id(r), _cell(console, r, 2)) for r in range(14)] == expected
    assert _cell(console, 0, 3).lstrip("\u200e").startswith("+")


def test_pages_are_read_off_the_ui_thread_and_a_lock_drops_a_page_on_its_way(
    qtbot: QtBot, console: StaffConsoleScreen, monkeypatch: pytest.MonkeyPatch
) -> None:
    readers: list[int] = []
    real_page = leads_model.lead_page

    def watched(*args: object, **kwargs: object) -> list[dict[str, object]]:
        readers.append(threading.get_ident())
        time.sleep(0.5)  # a slow page: the UI keeps running meanwhile
        return real_page(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(leads_model, "lead_page", watched)
    qtbot.keyClicks(console.pin, PIN)
    started = time.perf_counter()
    qtbot.mouseClick(console.unlock_button, Qt.MouseButton.LeftButton)
    assert time.perf_counter() - started < 0.4 and console.leads_model.loading
    console.lock()
    console.leads_model.wait()
    qtbot.wait(50)  # the late page's report is delivered, and ignored
    assert console.leads_model.rowCount() == 0 and not console.leads_model.is_open
    assert readers and threading.get_ident() not in readers
