"""What a visitor does, step by step, on the real kiosk window (shared by the shell tests)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from kiosk.ui.app import MainWindow


def screen(window: MainWindow, name: str) -> QWidget:
    widget = window.screen_widget(name)
    assert widget is not None, f"screen {name} is not available"
    return widget


def start_visit(window: MainWindow, qtbot: QtBot, language: str) -> None:
    """Touch the attract loop, then pick a language."""
    assert window.current_name == "attract"
    qtbot.mouseClick(screen(window, "attract"), Qt.MouseButton.LeftButton)
    assert window.current_name == "language"
    button = screen(window, "language").buttons[language]  # type: ignore[attr-defined]
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert window.current_name == "home"


def open_tile(window: MainWindow, qtbot: QtBot, tile: str) -> None:
    button = screen(window, "home").tiles[tile]  # type: ignore[attr-defined]
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def type_search(window: MainWindow, qtbot: QtBot, text: str) -> None:
    """Type like a visitor (on the touch keyboard when the kiosk has one), then wait for the
    debounced live search to answer."""
    results = screen(window, "results")
    field = results.search_field  # type: ignore[attr-defined]
    field.setFocus()
    window.ensure_keyboard()
    attacher = getattr(window, "_keyboard_attacher", None)
    if window.keyboard is not None and attacher is not None:
        attacher.show_for(field)
        for char in text:
            window.keyboard.press("{space}" if char == " " else char)  # type: ignore[attr-defined]
    else:
        for char in text:
            press = QKeyEvent(
                QEvent.Type.KeyPress, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, char
            )
            QApplication.sendEvent(field, press)
    assert field.text() == text
    qtbot.waitUntil(lambda: results.model.query.text == text)  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: not results.facets_pending())  # type: ignore[attr-defined]


def click_chip(window: MainWindow, qtbot: QtBot, facet: str, value: str) -> None:
    section = screen(window, "results").facets.sections[facet]  # type: ignore[attr-defined]
    qtbot.mouseClick(section.buttons[value], Qt.MouseButton.LeftButton)


def open_result(window: MainWindow, qtbot: QtBot, row: int) -> str:
    """Tap the card of result `row` (scrolled into view first, as the visitor would)."""
    results = screen(window, "results")
    view = results.list_view  # type: ignore[attr-defined]
    index = results.model.index(row, 0)  # type: ignore[attr-defined]
    view.scrollTo(index)
    qtbot.mouseClick(
        view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualRect(index).center()
    )
    assert window.current_name == "detail"
    return str(results.model.unit_at(row).ref)  # type: ignore[attr-defined]
