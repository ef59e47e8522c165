"""Staff PIN pad: right PIN opens, wrong PIN refuses, repeated wrong PINs show a wait."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from kiosk.core import staff
from kiosk.core.db import KioskDB
from kiosk.ui.widgets.pinpad import BACKSPACE, DOT, OK, PinPad
from sync.contract.clock import FakeClock
from sync.contract.errors import AuthError
from tests.ui import tools_fixtures
from tests.ui.tools_fixtures import TOOLS_UI

pytestmark = TOOLS_UI
english_ui = tools_fixtures.english_ui

RIGHT_PIN = "482916"


def type_pin(qtbot: QtBot, pad: PinPad, pin: str) -> None:
    for key in [*pin, OK]:
        qtbot.mouseClick(pad.key_button(key), Qt.MouseButton.LeftButton)


@pytest.fixture
def staff_db(fresh_db: KioskDB) -> KioskDB:
    staff.set_pin(fresh_db, RIGHT_PIN, cost=staff.PinCost.lowest())
    return fresh_db


def test_right_pin_is_accepted(qtbot: QtBot, staff_db: KioskDB) -> None:
    pad = PinPad(db=staff_db, clock=FakeClock())
    qtbot.addWidget(pad)
    with qtbot.waitSignal(pad.accepted, timeout=5000):
        type_pin(qtbot, pad, RIGHT_PIN)
    assert pad.pin_length() == 0  # nothing of the PIN stays in the pad


def test_wrong_pin_is_rejected_and_the_pad_clears(qtbot: QtBot, staff_db: KioskDB) -> None:
    pad = PinPad(db=staff_db, clock=FakeClock())
    qtbot.addWidget(pad)
    accepted: list[bool] = []
    pad.accepted.connect(lambda: accepted.append(True))
    with qtbot.waitSignal(pad.rejected, timeout=5000):
        type_pin(qtbot, pad, "111222")
    assert accepted == []
    assert pad.pin_length() == 0
    assert "Wrong PIN" in pad.message_text()


def test_digits_are_masked(qtbot: QtBot) -> None:
    pad = PinPad(lambda pin: False)
    qtbot.addWidget(pad)
    for digit in "4829":
        qtbot.mouseClick(pad.key_button(digit), Qt.MouseButton.LeftButton)
    assert pad.dots_text().count(DOT) == 4
    assert not any(ch.isdigit() for ch in pad.dots_text())
    qtbot.mouseClick(pad.key_button(BACKSPACE), Qt.MouseButton.LeftButton)
    assert pad.dots_text().count(DOT) == 3


def test_repeated_wrong_pins_show_the_wait_then_reopen(qtbot: QtBot, staff_db: KioskDB) -> None:
    clock = FakeClock()
    pad = PinPad(db=staff_db, clock=clock)
    qtbot.addWidget(pad)
    for _ in range(staff.FREE_ATTEMPTS):
        type_pin(qtbot, pad, "000111")
    # The next try, even with the right PIN, is refused while the wait runs.
    type_pin(qtbot, pad, RIGHT_PIN)
    assert pad.is_waiting()
    assert "Try again in 5 s" in pad.message_text()
    assert not pad.key_button("1").isEnabled()
    clock.advance(3)
    pad.refresh_wait()
    assert "Try again in 2 s" in pad.message_text()
    clock.advance(2)
    pad.refresh_wait()
    assert not pad.is_waiting()
    assert pad.key_button("1").isEnabled()
    with qtbot.waitSignal(pad.accepted, timeout=5000):
        type_pin(qtbot, pad, RIGHT_PIN)


def test_cancel_forgets_the_digits(qtbot: QtBot) -> None:
    pad = PinPad(lambda pin: True)
    qtbot.addWidget(pad)
    qtbot.mouseClick(pad.key_button("7"), Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(pad.cancelled):
        pad.cancel()
    assert pad.pin_length() == 0


def test_laptop_keyboard_can_type_the_pin(qtbot: QtBot) -> None:
    seen: list[str] = []
    pad = PinPad(lambda pin: seen.append(pin) or True)
    qtbot.addWidget(pad)
    with qtbot.waitSignal(pad.accepted):
        qtbot.keyClicks(pad, "135790")
        qtbot.keyClick(pad, Qt.Key.Key_Return)
    assert seen == ["135790"]


def test_pad_without_a_staff_pin_says_so(qtbot: QtBot) -> None:
    def not_set_up(pin: str) -> bool:
        raise AuthError("no staff PIN is set yet", key="staff.error.not_set_up")

    pad = PinPad(not_set_up)
    qtbot.addWidget(pad)
    type_pin(qtbot, pad, "123456")
    assert "not set up" in pad.message_text()
    assert not pad.is_waiting()
