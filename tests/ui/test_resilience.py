"""The kiosk never dies in front of a visitor, and says what is wrong to staff."""

from __future__ import annotations

import sys

import pytest
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from kiosk.core import resources, staff
from kiosk.core.catalog import Catalog
from kiosk.core.config import Paths, load_event_profile
from kiosk.core.crashes import crash_folder
from kiosk.core.db import KioskDB
from kiosk.ui import registry
from kiosk.ui.app import MainWindow
from kiosk.ui.guard import CrashGuard
from kiosk.ui.launch import prepare_catalog
from kiosk.ui.services import Services
from kiosk.ui.staff_access import StaffAccess
from sync.contract.clock import FakeClock
from tests.ui.conftest import STAFF_TEST_PIN
from tests.ui.shell_steps import open_result, open_tile, screen, start_visit

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")


def _raise_and_catch() -> tuple[type[BaseException], BaseException, object]:
    try:
        raise RuntimeError("a bug in a screen")
    except RuntimeError:
        return sys.exc_info()  # type: ignore[return-value]


def test_uncaught_error_says_sorry_and_starts_again(kiosk_window: MainWindow, qtbot: QtBot) -> None:
    guard = CrashGuard(kiosk_window)
    guard.install()
    try:
        assert sys.excepthook == guard.handle
        start_visit(kiosk_window, qtbot, "fr")
        open_tile(kiosk_window, qtbot, "city")
        open_result(kiosk_window, qtbot, 0)
        guard.handle(*_raise_and_catch())  # type: ignore[arg-type]
        assert guard.overlay.isVisible()
        assert guard.overlay.label.text() == "Désolé — on recommence"
        guard.recover()
    finally:
        guard.uninstall()
    assert kiosk_window.current_name == "attract"
    assert kiosk_window.session.viewed == []
    reports = list(crash_folder(kiosk_window.services.paths.logs).glob("crash-*.json"))
    assert len(reports) == 1
    assert "RuntimeError" in reports[0].read_text()


def test_first_start_with_an_empty_catalog_creates_the_demo(home: Paths) -> None:
    db = KioskDB(home.database)
    try:
        event = load_event_profile(resources.data() / "events" / "caravan-oujda.toml")
        services = Services(
            home, db, Catalog(db), event, FakeClock(), pin_cost=staff.PinCost.lowest()
        )
        assert services.catalog.is_empty()
        assert prepare_catalog(services, demo_units=120) == ""
        assert services.catalog.stats()["units"] == 120
    finally:
        db.close()


def test_broken_catalog_shows_a_friendly_screen_and_the_reason_to_staff(
    shell_services: Services, qtbot: QtBot
) -> None:
    problem = "database disk image is malformed"
    window = MainWindow(
        shell_services, catalog_problem=problem, pin_verifier=lambda pin: pin == STAFF_TEST_PIN
    )
    qtbot.addWidget(window)
    window.show()
    assert window.current_name == "unavailable"
    assert not window.top_bar.isVisible()
    visible = [label.text() for label in screen(window, "unavailable").findChildren(QLabel)]
    assert not any(problem in text for text in visible)
    assert registry.module_available("kiosk.ui.widgets.pinpad")
    layer = StaffAccess.open(window)
    for digit in STAFF_TEST_PIN:
        layer.pin_pad.press(digit)  # type: ignore[union-attr]
    layer.pin_pad.press("{ok}")  # type: ignore[union-attr]
    assert layer.menu is not None
    texts = [label.text() for label in layer.menu.findChildren(QLabel)]
    assert any(problem in text for text in texts)
    window.wipe()
    assert window.current_name == "unavailable"


def test_a_screen_that_is_not_built_leaves_a_disabled_button_not_a_crash(
    kiosk_window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(registry.SCREEN_MODULES, "lead_form", ("kiosk.ui.screens.not_built_yet",))
    registry.screen_class.cache_clear()
    try:
        start_visit(kiosk_window, qtbot, "fr")
        open_tile(kiosk_window, qtbot, "city")
        open_result(kiosk_window, qtbot, 0)
        detail = screen(kiosk_window, "detail")
        assert detail.interested_button.isVisible()
        assert not detail.interested_button.isEnabled()
        assert "non disponible" in detail.interested_button.accessibleName()
        assert kiosk_window.show_screen("lead_form", refs=[]) is False
        assert kiosk_window.current_name == "detail"
    finally:
        registry.screen_class.cache_clear()


def test_registry_finds_a_screen_by_name_or_by_its_navigate_signal(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import types

    from PySide6.QtCore import Signal
    from PySide6.QtWidgets import QWidget

    module = types.ModuleType("kiosk_test_console")

    class Helper(QWidget):
        pass

    class Console(QWidget):
        navigate = Signal(str, dict)

    for cls in (Helper, Console):
        cls.__module__ = module.__name__
        setattr(module, cls.__name__, cls)
    monkeypatch.setitem(sys.modules, module.__name__, module)
    monkeypatch.setitem(
        registry.SCREEN_MODULES, "staff", ("kiosk.ui.staff.absent", module.__name__)
    )
    registry.screen_class.cache_clear()
    try:
        assert registry.screen_class("staff") is Console
    finally:
        registry.screen_class.cache_clear()
