"""Locked kiosk mode: no way out for visitors; staff get in with 5 corner taps and the PIN."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QPushButton
from pytestqt.qtbot import QtBot

from kiosk.ui import registry
from kiosk.ui.app import MainWindow
from kiosk.ui.lockdown import CORNER_PX, TAPS_NEEDED
from kiosk.ui.staff_access import StaffAccess
from sync.contract.clock import FakeClock
from tests.ui.conftest import STAFF_TEST_PIN
from tests.ui.shell_steps import start_visit

# The PIN pad ships with the kiosk: a broken import must fail these tests, not skip them.
pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")


def test_the_pin_pad_is_there() -> None:
    assert registry.module_available("kiosk.ui.widgets.pinpad")


CORNER = QPoint(CORNER_PX // 2, CORNER_PX // 2)


def lock(window: MainWindow) -> None:
    window.kiosk_mode = True


def tap_corner(window: MainWindow, qtbot: QtBot, times: int, seconds_between: float) -> None:
    clock = window.services.clock
    assert isinstance(clock, FakeClock)
    target = window.childAt(CORNER) or window
    for _ in range(times):
        qtbot.mouseClick(target, Qt.MouseButton.LeftButton, pos=target.mapFrom(window, CORNER))
        clock.advance(seconds_between)


def enter_pin(layer: StaffAccess, pin: str) -> None:
    pad = layer.pin_pad
    assert pad is not None
    for digit in pin:
        pad.press(digit)  # type: ignore[attr-defined]
    pad.press("{ok}")  # type: ignore[attr-defined]


def test_locked_kiosk_ignores_close_escape_and_alt_f4(
    kiosk_window: MainWindow, qtbot: QtBot
) -> None:
    lock(kiosk_window)
    start_visit(kiosk_window, qtbot, "fr")
    assert kiosk_window.close() is False
    assert kiosk_window.isVisible()
    qtbot.keyClick(kiosk_window, Qt.Key.Key_Escape)
    qtbot.keyClick(kiosk_window, Qt.Key.Key_F4, Qt.KeyboardModifier.AltModifier)
    assert kiosk_window.isVisible()
    assert kiosk_window.current_name == "home"


def test_kiosk_flags_make_a_frameless_full_screen_window_on_top(
    kiosk_window: MainWindow,
) -> None:
    from kiosk.ui.lockdown import apply_kiosk_window_flags

    apply_kiosk_window_flags(kiosk_window)
    flags = kiosk_window.windowFlags()
    assert flags & Qt.WindowType.FramelessWindowHint
    assert flags & Qt.WindowType.WindowStaysOnTopHint
    assert kiosk_window.windowState() & Qt.WindowState.WindowFullScreen


def test_five_quick_corner_taps_open_the_pin_pad(kiosk_window: MainWindow, qtbot: QtBot) -> None:
    lock(kiosk_window)
    tap_corner(kiosk_window, qtbot, TAPS_NEEDED - 1, 0.5)
    assert kiosk_window.findChild(StaffAccess) is None
    tap_corner(kiosk_window, qtbot, 1, 0.5)
    layer = kiosk_window.findChild(StaffAccess)
    assert layer is not None and layer.isVisible()
    assert kiosk_window.current_name == "attract"  # corner taps never start a visit


def test_slow_corner_taps_do_nothing(kiosk_window: MainWindow, qtbot: QtBot) -> None:
    tap_corner(kiosk_window, qtbot, TAPS_NEEDED * 2, 1.0)  # 5 taps take 4 s: too slow
    assert kiosk_window.findChild(StaffAccess) is None


def test_wrong_pin_keeps_the_kiosk_locked_right_pin_lets_staff_quit(
    kiosk_window: MainWindow, qtbot: QtBot
) -> None:
    lock(kiosk_window)
    layer = StaffAccess.open(kiosk_window)
    enter_pin(layer, "000000")
    assert layer.menu is None
    assert kiosk_window.isVisible()

    enter_pin(layer, STAFF_TEST_PIN)
    assert layer.menu is not None
    quit_button = next(
        b for b in layer.menu.findChildren(QPushButton) if b.text() == "Quitter la borne"
    )
    qtbot.mouseClick(quit_button, Qt.MouseButton.LeftButton)
    assert not kiosk_window.isVisible()


def test_staff_can_go_back_to_the_visitor_screens(kiosk_window: MainWindow, qtbot: QtBot) -> None:
    layer = StaffAccess.open(kiosk_window)
    enter_pin(layer, STAFF_TEST_PIN)
    assert layer.menu is not None
    back = next(
        b
        for b in layer.menu.findChildren(QPushButton)
        if b.text() == "Revenir aux écrans visiteurs"
    )
    qtbot.mouseClick(back, Qt.MouseButton.LeftButton)
    assert kiosk_window.findChild(StaffAccess) is None
    assert kiosk_window.isVisible()
