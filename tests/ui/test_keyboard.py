"""The on-screen keyboard types into the focused field: French accents, Arabic, e-mail, phone."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QPushButton, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from kiosk.ui import i18n
from kiosk.ui.widgets.keyboard import LAYOUT_PROPERTY, TouchKeyboard, attach_keyboard
from kiosk.ui.widgets.keyboard_layouts import (
    ARABIC,
    BACKSPACE,
    EMAIL,
    EN_QWERTY,
    ES_QWERTY,
    FR_AZERTY,
    IT_QWERTY,
    LAYOUTS,
    PHONE,
    SHIFT,
    SWITCH,
    latin_layout_for,
)
from tests.ui import tools_fixtures
from tests.ui.tools_fixtures import TOOLS_UI

TOUCH_MIN_PX = 48
pytestmark = TOOLS_UI
english_ui = tools_fixtures.english_ui


@pytest.fixture
def french_visitor(english_ui: None) -> Iterator[None]:
    """A French visitor: Latin letters on AZERTY (an English one gets QWERTY)."""
    i18n.apply_language("fr")
    yield
    i18n.apply_language("en")


class Form(QWidget):
    """A window with a few fields, like the lead form."""

    def __init__(self) -> None:
        super().__init__()
        self.resize(1280, 800)
        box = QVBoxLayout(self)
        self.name = QLineEdit(self)
        self.arabic_name = QLineEdit(self)
        self.arabic_name.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
        self.phone = QLineEdit(self)
        self.phone.setInputMethodHints(Qt.InputMethodHint.ImhDialableCharactersOnly)
        self.email = QLineEdit(self)
        self.email.setInputMethodHints(Qt.InputMethodHint.ImhEmailCharactersOnly)
        self.city = QLineEdit(self)
        self.city.setProperty(LAYOUT_PROPERTY, ARABIC)
        self.next_button = QPushButton("Next", self)
        for widget in (
            self.name,
            self.arabic_name,
            self.phone,
            self.email,
            self.city,
            self.next_button,
        ):
            box.addWidget(widget)
        box.addStretch()


@pytest.fixture
def form(qtbot: QtBot) -> tuple[Form, TouchKeyboard]:
    window = Form()
    qtbot.addWidget(window)
    keyboard = TouchKeyboard()
    window.attacher = attach_keyboard(window, keyboard)  # type: ignore[attr-defined]
    window.show()
    qtbot.waitExposed(window)
    window.next_button.setFocus()  # start with no field focused
    qtbot.waitUntil(lambda: not keyboard.isVisible())
    return window, keyboard


def focus(qtbot: QtBot, field: QWidget) -> None:
    qtbot.mouseClick(field, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: field.hasFocus())


def tap(qtbot: QtBot, keyboard: TouchKeyboard, *keys: str) -> None:
    for key in keys:
        qtbot.mouseClick(keyboard.key_button(key), Qt.MouseButton.LeftButton)


def test_keyboard_appears_for_a_focused_field_and_hides_for_a_button(
    qtbot: QtBot, form: tuple[Form, TouchKeyboard]
) -> None:
    window, keyboard = form
    assert not keyboard.isVisible()
    focus(qtbot, window.name)
    assert keyboard.isVisible()
    assert keyboard.geometry().bottom() == window.rect().bottom()
    window.next_button.setFocus()
    qtbot.waitUntil(lambda: not keyboard.isVisible())


@pytest.mark.usefixtures("french_visitor")
def test_typing_french_accents_with_shift(qtbot: QtBot, form: tuple[Form, TouchKeyboard]) -> None:
    window, keyboard = form
    focus(qtbot, window.name)
    assert keyboard.layout_name() == FR_AZERTY
    tap(qtbot, keyboard, SHIFT, "h", "é", "l", "è", "n", "e", "ç")
    assert window.name.text() == "Hélèneç"
    tap(qtbot, keyboard, BACKSPACE)
    assert window.name.text() == "Hélène"
    assert window.name.hasFocus()  # keys never steal the focus


@pytest.mark.usefixtures("french_visitor")
def test_shift_makes_an_accented_capital(qtbot: QtBot, form: tuple[Form, TouchKeyboard]) -> None:
    window, keyboard = form
    focus(qtbot, window.name)
    tap(qtbot, keyboard, SHIFT, "é")
    assert window.name.text() == "É"
    assert keyboard.key_button("a").text() == "a"  # shift is one-shot


def test_arabic_letters_go_into_a_right_to_left_field_in_order(
    qtbot: QtBot, form: tuple[Form, TouchKeyboard]
) -> None:
    window, keyboard = form
    focus(qtbot, window.arabic_name)
    assert keyboard.layout_name() == ARABIC
    tap(qtbot, keyboard, "ي", "و", "س", "ف")
    assert window.arabic_name.text() == "يوسف"
    tap(qtbot, keyboard, BACKSPACE)
    assert window.arabic_name.text() == "يوس"


def test_arabic_layout_is_right_to_left_with_the_familiar_key_positions(
    qtbot: QtBot, form: tuple[Form, TouchKeyboard]
) -> None:
    window, keyboard = form
    focus(qtbot, window.city)
    assert keyboard.layoutDirection() == Qt.LayoutDirection.RightToLeft
    # ض sits top-left and د top-right, as on an Arabic keyboard.
    assert keyboard.key_button("ض").x() < keyboard.key_button("د").x()
    # The switch key is where Arabic reading starts: on the right.
    assert keyboard.key_button(SWITCH).x() > keyboard.width() // 2


def test_switch_key_changes_alphabet(qtbot: QtBot, form: tuple[Form, TouchKeyboard]) -> None:
    window, keyboard = form
    focus(qtbot, window.name)
    tap(qtbot, keyboard, "a", SWITCH)
    assert keyboard.layout_name() == ARABIC
    tap(qtbot, keyboard, "ب", SWITCH)
    assert keyboard.layout_name() == latin_layout_for(i18n.current_language())
    tap(qtbot, keyboard, "c")
    assert window.name.text() == "aبc"


def test_email_layout_has_at_and_dot_com(qtbot: QtBot, form: tuple[Form, TouchKeyboard]) -> None:
    window, keyboard = form
    focus(qtbot, window.email)
    assert keyboard.layout_name() == EMAIL
    tap(qtbot, keyboard, "a", "l", "i", "@", "m", "a", "i", "l", ".com")
    assert window.email.text() == "ali@mail.com"


def test_phone_pad_types_an_international_number(
    qtbot: QtBot, form: tuple[Form, TouchKeyboard]
) -> None:
    window, keyboard = form
    focus(qtbot, window.phone)
    assert keyboard.layout_name() == PHONE
    tap(qtbot, keyboard, "+", "2", "1", "2", "6", "0", "0")
    assert window.phone.text() == "+212600"


def test_physical_keyboard_still_works_while_shown(
    qtbot: QtBot, form: tuple[Form, TouchKeyboard]
) -> None:
    window, keyboard = form
    focus(qtbot, window.name)
    qtbot.keyClicks(window.name, "Rabat")
    tap(qtbot, keyboard, "e")
    assert window.name.text() == "Rabate"


def test_field_limits_apply_to_touch_keys(qtbot: QtBot, form: tuple[Form, TouchKeyboard]) -> None:
    window, keyboard = form
    window.name.setMaxLength(3)
    focus(qtbot, window.name)
    tap(qtbot, keyboard, "a", "b", "c", "d")
    assert window.name.text() == "abc"


@pytest.mark.parametrize("layout", sorted(LAYOUTS))
def test_every_key_is_a_comfortable_touch_target(
    qtbot: QtBot, form: tuple[Form, TouchKeyboard], layout: str
) -> None:
    window, keyboard = form
    focus(qtbot, window.name)
    keyboard.set_layout(layout)
    qtbot.waitUntil(lambda: keyboard.key_button(BACKSPACE).isVisible())
    for key in LAYOUTS[layout].all_keys():
        button = keyboard.key_button(key)
        assert button.width() >= TOUCH_MIN_PX and button.height() >= TOUCH_MIN_PX, key
        assert button.accessibleName()


@pytest.mark.parametrize(
    ("language", "layout", "letters"),
    [
        ("fr", FR_AZERTY, "azéèàç"),
        ("en", EN_QWERTY, "qwerty'"),
        ("nl", EN_QWERTY, "qwerty'"),
        ("it", IT_QWERTY, "qwertyèòàùì'"),
        ("es", ES_QWERTY, "qwertyñáéíóú"),
    ],
)
def test_each_visitor_gets_the_latin_keys_of_home(
    qtbot: QtBot,
    form: tuple[Form, TouchKeyboard],
    english_ui: None,
    language: str,
    layout: str,
    letters: str,
) -> None:
    window, keyboard = form
    i18n.apply_language(language)
    try:
        focus(qtbot, window.name)
        assert keyboard.layout_name() == layout
        assert set(letters) <= set(LAYOUTS[layout].all_keys())
        tap(qtbot, keyboard, SWITCH)
        assert keyboard.layout_name() == ARABIC
        tap(qtbot, keyboard, SWITCH)
        assert keyboard.layout_name() == layout  # back to the visitor's own Latin keys
    finally:
        i18n.apply_language("en")
