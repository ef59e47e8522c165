"""Finger scrolling: a flick that starts on a control scrolls and never taps it; a still tap
still reaches the control."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from kiosk.ui.app import MainWindow
from kiosk.ui.screens.lead_form import LeadFormScreen
from kiosk.ui.widgets.kinetic import PRESS_DELAY_S

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")

FLICK_STEPS = 8
FLICK_STEP_PX = 30
STEP_MS = 16
# Offscreen's default screen is 800×600: touches outside it are dropped, so stay inside.
TOUCH_X = 300


def _form(window: MainWindow) -> LeadFormScreen:
    window.session.set_language("fr")
    assert window.show_screen("lead_form", refs=[])
    form = window.screen_widget("lead_form")
    assert isinstance(form, LeadFormScreen)
    return form


def _point_on(widget: QWidget, window: QWidget) -> QPoint:
    local = QPoint(min(TOUCH_X, widget.width() - 4), widget.height() // 2)
    return widget.mapTo(window, local)


def test_a_flick_starting_on_a_tick_box_scrolls_the_form_and_leaves_the_box(
    kiosk_window: MainWindow, qtbot: QtBot
) -> None:
    form = _form(kiosk_window)
    bar = form.form_scroll.verticalScrollBar()
    assert bar.maximum() > 0 and bar.value() == 0
    device = QTest.createTouchDevice()
    start = _point_on(form.consent_share, kiosk_window)
    QTest.touchEvent(kiosk_window, device).press(0, start, kiosk_window)
    for step in range(1, FLICK_STEPS + 1):
        qtbot.wait(STEP_MS)
        point = start - QPoint(0, step * FLICK_STEP_PX)
        QTest.touchEvent(kiosk_window, device).move(0, point, kiosk_window)
    QTest.touchEvent(kiosk_window, device).release(0, point, kiosk_window)
    qtbot.waitUntil(lambda: bar.value() > 0)
    qtbot.wait(round(PRESS_DELAY_S * 1000) * 2)
    QApplication.processEvents()
    assert not form.consent_share.isChecked()


def test_a_still_tap_on_a_tick_box_ticks_it(kiosk_window: MainWindow, qtbot: QtBot) -> None:
    form = _form(kiosk_window)
    device = QTest.createTouchDevice()
    point = _point_on(form.consent_share, kiosk_window)
    QTest.touchEvent(kiosk_window, device).press(0, point, kiosk_window)
    qtbot.wait(STEP_MS)
    QTest.touchEvent(kiosk_window, device).release(0, point, kiosk_window)
    qtbot.waitUntil(form.consent_share.isChecked, timeout=2000)
