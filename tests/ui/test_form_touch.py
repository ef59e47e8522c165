"""The contact form for a finger and in the visitor's language: whole-row tick boxes in both
reading directions, locked fields that say why, countries by name, the phone country guessed."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import QPoint, Qt
from pytestqt.qtbot import QtBot

from kiosk.ui import i18n
from kiosk.ui.app import MainWindow
from kiosk.ui.screens.lead_form import LeadFormScreen

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")


def _form(window: MainWindow, language: str) -> LeadFormScreen:
    window.session.set_language(language)
    assert window.show_screen("lead_form", refs=[])
    form = window.screen_widget("lead_form")
    assert isinstance(form, LeadFormScreen)
    return form


@pytest.mark.parametrize("language", ["fr", "ar"])
@pytest.mark.parametrize("side", ["box side", "far end of the text"])
def test_a_tap_anywhere_on_a_consent_row_ticks_and_unticks_it(
    kiosk_window: MainWindow, qtbot: QtBot, language: str, side: str
) -> None:
    form = _form(kiosk_window, language)
    box = form.consent_marketing
    form.form_scroll.ensureWidgetVisible(box)
    # The box sits at the reading start: left in French, right in Arabic.
    at_start = side == "box side"
    x = box.width() - 4 if at_start == box.isRightToLeft() else 4
    spot = QPoint(x, box.height() // 2)
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=spot)
    assert box.isChecked()
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=spot)
    assert not box.isChecked()
    assert box.height() >= 48


@pytest.mark.parametrize("language", ["fr", "ar", "en"])
def test_the_notice_shown_quotes_each_box_in_the_words_the_box_shows(
    kiosk_window: MainWindow, language: str
) -> None:
    form = _form(kiosk_window, language)
    shown = " ".join(form.notice.toPlainText().split())
    for box in (form.consent_callback, form.consent_marketing, form.consent_share):
        assert box.text_shown() and box.text_shown() in shown, box.text_shown()


@pytest.mark.parametrize(
    ("language", "words"), [("en", "Call me back"), ("fr", "Me rappeler"), ("ar", "الاتصال بي")]
)
def test_tapping_a_locked_field_says_to_tick_call_me_back_first(
    kiosk_window: MainWindow, qtbot: QtBot, language: str, words: str
) -> None:
    form = _form(kiosk_window, language)
    first = form.fields["first_name"]
    assert not first.isEnabled() and not form.locked_hint.text()
    qtbot.mouseClick(first, Qt.MouseButton.LeftButton)
    assert words in form.locked_hint.text()
    form.consent_callback.setChecked(True)
    assert first.isEnabled() and not form.locked_hint.text()


@pytest.mark.parametrize(("language", "morocco"), [("fr", "Maroc"), ("ar", "المغرب")])
def test_countries_are_named_in_the_visitors_language(
    kiosk_window: MainWindow, language: str, morocco: str
) -> None:
    form = _form(kiosk_window, language)
    assert i18n.current_language() == language
    names = [form.country.itemText(i) for i in range(form.country.count())]
    phones = [form.phone_country.itemText(i) for i in range(form.phone_country.count())]
    assert morocco in names and f"{morocco} +212" in phones
    bare = re.compile(r"^[A-Z]{2}( \+\d+)?$")
    assert not [n for n in names + phones if bare.match(n)]


@pytest.mark.parametrize(
    ("typed", "region"),
    [("06 00 00 00 12", "MA"), ("07 00 00 00 12", "MA"), ("01 99 00 00 12", "FR")],
)
def test_the_phone_country_follows_the_number_typed(
    kiosk_window: MainWindow, qtbot: QtBot, typed: str, region: str
) -> None:
    form = _form(kiosk_window, "fr")
    form.consent_callback.setChecked(True)
    qtbot.keyClicks(form.fields["phone"], typed)
    assert form.phone_country.currentData() == region
    assert form.collected().phone_country == region


def test_back_after_the_ticket_does_not_reopen_the_filled_form(
    kiosk_window: MainWindow, qtbot: QtBot
) -> None:
    from kiosk.ui.screenshots import sample_ticket

    form = _form(kiosk_window, "fr")
    form.consent_callback.setChecked(True)
    qtbot.keyClicks(form.fields["first_name"], "Samira")
    kiosk_window.show_screen("thanks", tickets={"alomrane": sample_ticket("alomrane", "fr")})
    kiosk_window.back()
    assert kiosk_window.current_name != "lead_form"
    assert form.fields["first_name"].text() == "" and not form.consent_callback.isChecked()


def test_enter_moves_to_the_next_field_and_names_get_their_capitals(
    kiosk_window: MainWindow, qtbot: QtBot
) -> None:
    form = _form(kiosk_window, "fr")
    form.consent_callback.setChecked(True)
    first, last = form.fields["first_name"], form.fields["last_name"]
    first.setFocus()
    qtbot.keyClicks(first, "samira")
    qtbot.keyClick(first, Qt.Key.Key_Return)
    assert first.text() == "Samira"
    assert last.hasFocus()
    qtbot.keyClicks(last, "el idrissi-test")
    assert last.text() == "El Idrissi-Test"


@pytest.mark.parametrize(("language", "layout"), [("en", "en-qwerty"), ("fr", "fr-azerty")])
def test_the_keyboard_for_a_name_follows_the_visitors_language(
    kiosk_window: MainWindow, language: str, layout: str
) -> None:
    from kiosk.ui.widgets.keyboard import layout_for_field

    form = _form(kiosk_window, language)
    assert layout_for_field(form.fields["first_name"]) == layout
