"""Between two visitors nothing of the first remains: idle countdown, wipe, Finish button."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QAbstractItemModel, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from kiosk.ui import theme
from kiosk.ui.app import MainWindow
from sync.contract.clock import FakeClock
from tests.ui.conftest import settle
from tests.ui.shell_steps import open_result, open_tile, screen, start_visit, type_search

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")

MARKER = "Zorglub"  # what the previous visitor typed; must be found nowhere after the wipe


def _texts_of(widget: QWidget) -> list[str]:
    if isinstance(widget, QLineEdit):
        return [widget.text()]
    if isinstance(widget, (QTextEdit, QPlainTextEdit)):
        return [widget.toPlainText()]
    if isinstance(widget, (QLabel, QAbstractButton)):
        return [widget.text(), widget.accessibleName()]
    if isinstance(widget, QComboBox):
        return [widget.currentText()]
    return []


def _models_of(widget: QWidget) -> list[QAbstractItemModel]:
    if isinstance(widget, QAbstractItemView) and widget.model() is not None:
        return [widget.model()]
    if isinstance(widget, QComboBox):
        return [widget.model()]
    return []


def _model_texts(model: QAbstractItemModel) -> list[str]:
    texts = []
    for row in range(model.rowCount()):
        value = model.data(model.index(row, 0), Qt.ItemDataRole.DisplayRole)
        texts.append(str(value or ""))
    query = getattr(model, "query", None)
    if query is not None:
        texts.append(str(getattr(query, "text", "")))
    return texts


def leftovers(marker: str) -> list[str]:
    """Every place in the whole widget tree where `marker` still shows or hides."""
    settle()
    found = []
    for widget in QApplication.allWidgets():
        for text in _texts_of(widget):
            if marker in text:
                found.append(f"{type(widget).__name__} {widget.objectName()}: {text!r}")
        for model in _models_of(widget):
            if any(marker in text for text in _model_texts(model)):
                found.append(f"model of {type(widget).__name__} {widget.objectName()}")
    return found


def visit_and_type_everywhere(window: MainWindow, qtbot: QtBot) -> None:
    """A visitor who searched, looked, selected, and typed in every field of every screen."""
    start_visit(window, qtbot, "fr")
    open_tile(window, qtbot, "city")
    results = screen(window, "results")
    results.list_view.verticalScrollBar().setValue(400)
    ref = open_result(window, qtbot, 1)
    qtbot.mouseClick(screen(window, "detail").select_button, Qt.MouseButton.LeftButton)
    others: dict[str, dict[str, object]] = {
        "simulator": {"ref": ref},
        "aid": {},
        "lead_form": {"refs": [ref]},
        "brochure_preview": {"refs": [ref]},
    }
    for name, kwargs in others.items():
        window.show_screen(name, **kwargs)
    for widget in list(window.created_screens().values()):
        for field in widget.findChildren(QLineEdit):
            if field.isEnabled() and not field.isReadOnly() and field.objectName() != "searchField":
                field.setText(MARKER)
    window.session.simulation = {"price_mad": 450000, "note": MARKER}
    window.session.aid_answers = {"moroccan": True}
    window.show_screen("results")
    type_search(window, qtbot, MARKER)
    assert window.session.search_text == MARKER
    assert leftovers(MARKER)  # the check below would see it


def test_idle_visitor_is_asked_then_everything_is_wiped(
    kiosk_window: MainWindow, qtbot: QtBot
) -> None:
    clock = kiosk_window.services.clock
    assert isinstance(clock, FakeClock)
    event = kiosk_window.services.event.kiosk
    visit_and_type_everywhere(kiosk_window, qtbot)

    clock.advance(event.idle_timeout_s - 1)
    kiosk_window.idle.check()
    assert not kiosk_window.idle_overlay.isVisible()

    clock.advance(1)
    kiosk_window.idle.check()
    assert kiosk_window.idle_overlay.isVisible()
    assert kiosk_window.idle_overlay.question.text() == "Êtes-vous toujours là ?"
    assert kiosk_window.idle_overlay.countdown.text() == str(event.idle_countdown_s)

    clock.advance(5)
    kiosk_window.idle.check()
    assert kiosk_window.idle_overlay.countdown.text() == str(event.idle_countdown_s - 5)

    clock.advance(event.idle_countdown_s - 5)
    kiosk_window.idle.check()
    assert kiosk_window.current_name == "attract"
    assert not kiosk_window.idle_overlay.isVisible()
    session = kiosk_window.session
    assert session.selection == [] and session.viewed == []
    assert session.search_text == "" and session.simulation is None and session.aid_answers == {}
    assert leftovers(MARKER) == []

    # The next visitor starts from scratch: default language, top of an unfiltered list.
    start_visit(kiosk_window, qtbot, "fr")
    open_tile(kiosk_window, qtbot, "city")
    results = screen(kiosk_window, "results")
    assert results.search_field.text() == ""
    assert results.filters == {}
    assert results.list_view.verticalScrollBar().value() == 0
    assert kiosk_window.top_bar.selection_button.text() == "Ma sélection (0)"


def test_a_touch_during_the_countdown_keeps_the_visit(
    kiosk_window: MainWindow, qtbot: QtBot
) -> None:
    clock = kiosk_window.services.clock
    assert isinstance(clock, FakeClock)
    start_visit(kiosk_window, qtbot, "ar")
    open_tile(kiosk_window, qtbot, "city")
    open_result(kiosk_window, qtbot, 0)
    qtbot.mouseClick(screen(kiosk_window, "detail").select_button, Qt.MouseButton.LeftButton)

    clock.advance(kiosk_window.services.event.kiosk.idle_timeout_s + 3)
    kiosk_window.idle.check()
    assert kiosk_window.idle_overlay.isVisible()
    assert kiosk_window.idle_overlay.question.text() == "هل ما زلت هنا؟"
    qtbot.mouseClick(kiosk_window.idle_overlay.stay_button, Qt.MouseButton.LeftButton)
    assert not kiosk_window.idle_overlay.isVisible()

    clock.advance(kiosk_window.services.event.kiosk.idle_timeout_s - 1)
    kiosk_window.idle.check()
    assert kiosk_window.current_name == "detail"
    assert len(kiosk_window.session.selection) == 1


def test_finish_button_wipes_at_once(kiosk_window: MainWindow, qtbot: QtBot) -> None:
    visit_and_type_everywhere(kiosk_window, qtbot)
    qtbot.mouseClick(kiosk_window.top_bar.finish_button, Qt.MouseButton.LeftButton)
    assert kiosk_window.current_name == "attract"
    assert kiosk_window.session.selection == []
    assert leftovers(MARKER) == []


def test_the_attract_loop_never_times_out(kiosk_window: MainWindow) -> None:
    clock = kiosk_window.services.clock
    assert isinstance(clock, FakeClock)
    clock.advance(3600)
    kiosk_window.idle.check()
    assert kiosk_window.current_name == "attract"
    assert not kiosk_window.idle_overlay.isVisible()


def _expire(window: MainWindow) -> None:
    clock = window.services.clock
    assert isinstance(clock, FakeClock)
    event = window.services.event.kiosk
    clock.advance(event.idle_timeout_s)
    window.idle.check()
    clock.advance(event.idle_countdown_s)
    window.idle.check()


def test_the_idle_wipe_closes_the_staff_pin_pad_and_the_display_modes(
    kiosk_window: MainWindow, qtbot: QtBot
) -> None:
    from kiosk.ui.staff_access import StaffAccess

    start_visit(kiosk_window, qtbot, "fr")
    qtbot.mouseClick(kiosk_window.top_bar.large_text_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(kiosk_window.top_bar.contrast_button, Qt.MouseButton.LeftButton)
    assert kiosk_window.show_screen("lead_form", refs=[])
    form = screen(kiosk_window, "lead_form")
    form.consent_callback.setChecked(True)  # type: ignore[attr-defined]
    qtbot.keyClicks(form.fields["first_name"], MARKER)  # type: ignore[attr-defined]
    StaffAccess.open(kiosk_window)
    _expire(kiosk_window)
    settle()
    assert kiosk_window.current_name == "attract"
    assert [w for w in kiosk_window.findChildren(StaffAccess) if w.isVisible()] == []
    assert not theme.current().large_text and not theme.current().high_contrast
    filled = [w for w in QApplication.allWidgets() if isinstance(w, QLineEdit) and w.text()]
    assert filled == []
    assert leftovers(MARKER) == []


def test_the_staff_console_times_out_like_a_visitor_screen(
    kiosk_window: MainWindow, qtbot: QtBot
) -> None:
    start_visit(kiosk_window, qtbot, "fr")
    if not kiosk_window.show_screen("staff"):
        pytest.fail("the staff console is not available")
    _expire(kiosk_window)
    assert kiosk_window.current_name == "attract"
    assert "staff" not in kiosk_window.created_screens()
