"""Every control has a name for screen readers and a finger-sized target; text can grow."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QLineEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from kiosk.ui import theme
from kiosk.ui.app import MainWindow
from tests.ui.conftest import settle
from tests.ui.shell_steps import open_result, open_tile, screen, start_visit

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")

MIN_TARGET_PX = 48
SHELL_SCREENS = ("home", "results", "detail", "compare")


def visible_controls(window: MainWindow) -> list[QWidget]:
    kinds = (QAbstractButton, QLineEdit, QComboBox, QAbstractItemView)
    return [w for w in window.findChildren(QWidget) if isinstance(w, kinds) and w.isVisible()]


@pytest.mark.parametrize("language", ["fr", "ar"])
def test_every_visible_control_has_a_name_and_a_finger_sized_target(
    kiosk_window: MainWindow, qtbot: QtBot, language: str
) -> None:
    start_visit(kiosk_window, qtbot, language)
    open_tile(kiosk_window, qtbot, "city")
    ref = open_result(kiosk_window, qtbot, 0)
    kiosk_window.session.add_to_selection(ref)
    problems = []
    for name in SHELL_SCREENS:
        kiosk_window.show_screen(name, **({"ref": ref} if name == "detail" else {}))
        settle()
        for control in visible_controls(kiosk_window):
            label = f"{name}: {type(control).__name__} {control.objectName()!r}"
            if not control.accessibleName():
                problems.append(f"{label} has no accessible name")
            if not isinstance(control, QAbstractItemView) and control.height() < MIN_TARGET_PX:
                problems.append(f"{label} is {control.height()} px high")
    assert problems == []


def test_large_text_and_high_contrast_toggles_change_the_whole_app(
    kiosk_window: MainWindow, qtbot: QtBot
) -> None:
    start_visit(kiosk_window, qtbot, "fr")
    title = screen(kiosk_window, "home").title
    normal_size = title.fontInfo().pixelSize()
    qtbot.mouseClick(kiosk_window.top_bar.large_text_button, Qt.MouseButton.LeftButton)
    settle()
    assert theme.current().large_text
    assert title.fontInfo().pixelSize() > normal_size

    qtbot.mouseClick(kiosk_window.top_bar.contrast_button, Qt.MouseButton.LeftButton)
    settle()
    assert theme.current().high_contrast
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    assert theme.HIGH_CONTRAST_COLORS["background"] in app.styleSheet()

    kiosk_window.wipe()  # the next visitor gets the standard look back
    assert not theme.current().large_text and not theme.current().high_contrast
