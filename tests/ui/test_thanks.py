"""The thank-you screen as a visitor sees it: one big number per desk, a QR code, Finish."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from types import SimpleNamespace

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from kiosk.core import tickets
from kiosk.core.backup import backup
from kiosk.core.catalog import Catalog
from kiosk.core.db import KioskDB
from kiosk.ui.app import MainWindow
from kiosk.ui.screens.thanks import ThankYouScreen
from kiosk.ui.services import Services


@pytest.fixture
def stand(qtbot: QtBot, shell_services: Services, tmp_path: Path) -> Iterator[MainWindow]:
    """The kiosk window on a private copy of the catalog (tickets are written to it)."""
    path = tmp_path / "kiosk.db"
    backup(shell_services.db, path)
    db = KioskDB(path)
    services = replace(shell_services, db=db, catalog=Catalog(db))
    window = MainWindow(services)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)
    yield window
    window.close()
    db.close()


def _thanks_with(stand: MainWindow, desks: list[str]) -> ThankYouScreen:
    services = stand.services
    issued = tickets.issue_anonymous_tickets(
        services.db, desks, event=services.event, clock=services.clock
    )
    assert stand.show_screen("thanks", tickets=issued)
    screen = stand.screen_widget("thanks")
    assert isinstance(screen, ThankYouScreen)
    return screen


def test_each_desk_shows_its_own_ticket_number_and_qr_code(stand: MainWindow) -> None:
    screen = _thanks_with(stand, ["alomrane", "notary", "bank"])
    numbers = [label.text() for label in screen.findChildren(QLabel, "ticketNumber")]
    assert [n[:2] for n in numbers] == ["A-", "N-", "B-"]
    codes = screen.findChildren(QLabel, "ticketQr")
    assert len(codes) == 3 and all(not code.pixmap().isNull() for code in codes)
    assert screen.print_button.isVisible()


def test_the_qr_payload_names_the_desk_and_ticket_and_nothing_personal(stand: MainWindow) -> None:
    screen = _thanks_with(stand, ["notary"])
    ticket = screen.tickets["notary"]
    decoded = tickets.parse_qr_payload(ticket.qr_payload)
    assert decoded == {"lead_id": None, "desk": "notary", "ticket": ticket.label}


def test_numbers_follow_each_other_at_a_desk(stand: MainWindow) -> None:
    first = _thanks_with(stand, ["bank"]).tickets["bank"].number
    second = _thanks_with(stand, ["bank"]).tickets["bank"].number
    assert second == first + 1


def test_finish_forgets_the_visitor_and_the_tickets(qtbot: QtBot, stand: MainWindow) -> None:
    stand.session.selection = ["X-1"]
    screen = _thanks_with(stand, ["alomrane"])
    qtbot.mouseClick(screen.finish_button, Qt.MouseButton.LeftButton)
    assert stand.current_name != "thanks"
    assert screen.tickets == {}  # reset before the screen itself is dropped
    assert stand.session.selection == []
    assert not stand.findChildren(QLabel, "ticketNumber")


class NudgeRecorder:
    """Stands in for the background sync in Services: counts the nudges screens give it."""

    def __init__(self) -> None:
        self.nudges = 0

    def nudge(self) -> None:
        self.nudges += 1

    def stop(self, timeout: float = 0.0) -> None:
        return None


def test_a_saved_lead_nudges_the_sync_through_services_and_tickets_alone_do_not(
    stand: MainWindow,
) -> None:
    recorder = NudgeRecorder()
    stand.services.sync = recorder
    _thanks_with(stand, ["alomrane"])
    assert recorder.nudges == 0
    stand.show_screen("attract")
    issued = tickets.issue_anonymous_tickets(
        stand.services.db, ["bank"], event=stand.services.event, clock=stand.services.clock
    )
    assert stand.show_screen("thanks", saved=SimpleNamespace(tickets=issued))
    assert recorder.nudges == 1
