"""First start of a stand laptop: event profile, staff PIN, optional HQ, printer, touch."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from kiosk.core import staff
from kiosk.core.backup import backup
from kiosk.core.catalog import Catalog
from kiosk.core.config import active_event_profile
from kiosk.core.db import KioskDB
from kiosk.ui.screens.first_start import FirstStartScreen
from kiosk.ui.services import Services
from kiosk.ui.session import VisitorSession
from tests.ui.tools_fixtures import IGNORE_OFFSCREEN_NOTICE

pytestmark = IGNORE_OFFSCREEN_NOTICE


@pytest.fixture
def new_laptop(shell_services: Services, tmp_path: Path) -> Iterator[Services]:
    """The shell's services on a private copy of the catalog (this test writes a PIN)."""
    path = tmp_path / "kiosk.db"
    backup(shell_services.db, path)
    db = KioskDB(path)
    yield replace(shell_services, db=db, catalog=Catalog(db))
    db.close()


def _screen(qtbot: QtBot, services: Services) -> FirstStartScreen:
    screen = FirstStartScreen(services, VisitorSession("fr"))
    qtbot.addWidget(screen)
    screen.resize(1280, 800)
    screen.show()
    return screen


def _next(qtbot: QtBot, screen: FirstStartScreen) -> None:
    qtbot.mouseClick(screen.next, Qt.MouseButton.LeftButton)


def test_staff_set_the_event_and_pin_then_reach_the_kiosk(
    qtbot: QtBot, new_laptop: Services
) -> None:
    screen = _screen(qtbot, new_laptop)
    turin = next(i for i, p in enumerate(screen.event_files) if "turin" in p.name)
    screen.event_choice.button(turin).click()
    _next(qtbot, screen)
    assert active_event_profile(new_laptop.paths).event.id == "turin-2025"

    qtbot.keyClicks(screen.pin, "583920")
    qtbot.keyClicks(screen.pin_again, "583921")
    _next(qtbot, screen)
    assert "différents" in screen.message.text()  # the Paris stand speaks French first
    assert not staff.is_set_up(new_laptop.db)
    screen.pin_again.clear()
    qtbot.keyClicks(screen.pin_again, "583920")
    _next(qtbot, screen)
    assert staff.verify_pin(new_laptop.db, "583920", new_laptop.clock)
    assert screen.pin.text() == "" and screen.pin_again.text() == ""

    assert screen.skip.isVisible()  # HQ can be connected later
    qtbot.mouseClick(screen.skip, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(screen.skip, Qt.MouseButton.LeftButton)  # printer
    _next(qtbot, screen)
    assert "quatre points" in screen.message.text()
    for target in screen.touch.targets:
        qtbot.mouseClick(target, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(screen.navigate) as sent:
        _next(qtbot, screen)
    assert sent.args[0] == "attract"


def test_a_weak_pin_is_refused_with_a_reason(qtbot: QtBot, new_laptop: Services) -> None:
    screen = _screen(qtbot, new_laptop)
    _next(qtbot, screen)
    qtbot.keyClicks(screen.pin, "1111")
    qtbot.keyClicks(screen.pin_again, "1111")
    _next(qtbot, screen)
    assert screen.message.text()
    assert not staff.is_set_up(new_laptop.db)
    assert screen.pages.currentIndex() == 1
