"""Staff PIN pad: big digits, masked dots, and a visible wait after repeated wrong PINs.

The check itself is `kiosk.core.staff.verify_pin` (argon2 hash, wrong PINs slow down);
the pad only shows what it says. A verifier callable can be injected instead (tests, other
PIN stores).
"""

from __future__ import annotations

import math
from collections.abc import Callable

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QGridLayout, QLabel, QPushButton, QSizePolicy, QVBoxLayout, QWidget

from kiosk.core.db import KioskDB
from kiosk.ui import theme
from sync.contract.clock import SYSTEM_CLOCK, Clock
from sync.contract.errors import AuthError, OmraneError

PinVerifier = Callable[[str], bool]

MAX_DIGITS = 12
DOT = "●"
EMPTY_DOT = "○"
MIN_DOTS_SHOWN = 6  # an empty pad still shows how long a PIN usually is
WAIT_TICK_MS = 1000
BACKSPACE = "{bksp}"
OK = "{ok}"
# Keypad order, as on a phone: 1 2 3 on top, 0 at the bottom between delete and OK.
PAD_ROWS = (("1", "2", "3"), ("4", "5", "6"), ("7", "8", "9"), (BACKSPACE, "0", OK))


def staff_verifier(db: KioskDB, clock: Clock = SYSTEM_CLOCK) -> PinVerifier:
    """The real check against the stored PIN hash."""
    from kiosk.core import staff

    return lambda pin: staff.verify_pin(db, pin, clock)


class PinPad(QWidget):
    """Emits `accepted()` for the right PIN, `cancelled()` when staff close it."""

    accepted = Signal()
    cancelled = Signal()
    rejected = Signal()

    def __init__(
        self,
        verify: PinVerifier | None = None,
        *,
        db: KioskDB | None = None,
        clock: Clock = SYSTEM_CLOCK,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        if verify is None:
            if db is None:
                raise ValueError("PinPad needs a verifier or a database")
            verify = staff_verifier(db, clock)
        self.setObjectName("pinPad")
        self._verify = verify
        self._clock = clock
        self._pin = ""
        self._wait_until: float | None = None
        self._timer = QTimer(self)
        self._timer.setInterval(WAIT_TICK_MS)
        self._timer.timeout.connect(self.refresh_wait)
        self._buttons: dict[str, QPushButton] = {}
        self._build()
        self.retranslate()

    # --- building ---
    def _build(self) -> None:
        touch = theme.current().size("touch")
        column = QVBoxLayout(self)
        self._title = QLabel(self)
        self._title.setProperty("role", "title")
        self._title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._dots = QLabel(self)
        self._dots.setObjectName("pinDots")
        self._dots.setProperty("role", "price")
        self._dots.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._dots.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self._message = QLabel(self)
        self._message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._message.setWordWrap(True)
        column.addWidget(self._title)
        column.addWidget(self._dots)
        column.addWidget(self._message)
        grid = QGridLayout()
        for r, row in enumerate(PAD_ROWS):
            for c, key in enumerate(row):
                button = QPushButton(self)
                button.setMinimumSize(touch * 2, touch * 3 // 2)
                button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
                button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
                if key == OK:
                    button.setProperty("role", "primary")
                elif key == BACKSPACE:
                    button.setProperty("role", "secondary")
                button.clicked.connect(lambda _checked=False, k=key: self.press(k))
                self._buttons[key] = button
                grid.addWidget(button, r, c)
        # Digits keep the phone order in Arabic too.
        grid_host = QWidget(self)
        grid_host.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        grid_host.setLayout(grid)
        column.addWidget(grid_host, 1)
        self._cancel = QPushButton(self)
        self._cancel.setProperty("role", "nav")
        self._cancel.clicked.connect(self.cancel)
        column.addWidget(self._cancel)
        self._update_dots()

    def retranslate(self) -> None:
        self._title.setText(self.tr("Staff PIN"))
        self._cancel.setText(self.tr("Cancel"))
        self._cancel.setAccessibleName(self.tr("Cancel"))
        self._buttons[BACKSPACE].setText("⌫")
        self._buttons[BACKSPACE].setAccessibleName(self.tr("Delete the last digit"))
        self._buttons[OK].setText(self.tr("OK"))
        self._buttons[OK].setAccessibleName(self.tr("Check the PIN"))
        for digit in "0123456789":
            self._buttons[digit].setText(digit)
            self._buttons[digit].setAccessibleName(digit)
        self._dots.setAccessibleName(self.tr("Digits typed: %n", "", len(self._pin)))
        if self._wait_until is not None:
            self.refresh_wait()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # --- input ---
    def pin_length(self) -> int:
        return len(self._pin)

    def dots_text(self) -> str:
        return self._dots.text()

    def message_text(self) -> str:
        return self._message.text()

    def is_waiting(self) -> bool:
        return self._wait_until is not None

    def key_button(self, key: str) -> QPushButton:
        return self._buttons[key]

    def press(self, key: str) -> None:
        if self.is_waiting():
            return
        if key == OK:
            self.submit()
        elif key == BACKSPACE:
            self._pin = self._pin[:-1]
        elif key.isdigit() and len(self._pin) < MAX_DIGITS:
            self._pin += key
            self._message.clear()
        self._update_dots()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # Staff may use the laptop's own keyboard.
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.press(OK)
        elif event.key() == Qt.Key.Key_Backspace:
            self.press(BACKSPACE)
        elif event.key() == Qt.Key.Key_Escape:
            self.cancel()
        elif event.text().isdigit() and event.text().isascii():
            self.press(event.text())
        else:
            super().keyPressEvent(event)

    def clear(self) -> None:
        """Forget the digits typed (the wait, if any, stays: it lives in the database)."""
        self._pin = ""
        self._message.clear()
        self._update_dots()

    def cancel(self) -> None:
        self._pin = ""
        self._update_dots()
        self.cancelled.emit()

    def submit(self) -> None:
        pin, self._pin = self._pin, ""
        self._update_dots()
        if not pin:
            return
        try:
            ok = self._verify(pin)
        except AuthError as exc:
            retry_after = exc.context.get("retry_after")
            if exc.key == "error.auth.wait" and isinstance(retry_after, int | float):
                self._start_wait(float(retry_after))
                return
            self._show_problem(self.tr("The staff PIN is not set up on this kiosk."))
            return
        except OmraneError:
            self._show_problem(self.tr("The PIN cannot be checked. See the staff guide."))
            return
        if ok:
            self._message.clear()
            self.accepted.emit()
        else:
            self._show_problem(self.tr("Wrong PIN. Try again."))
            self.rejected.emit()

    # --- wrong-PIN wait ---
    def _start_wait(self, seconds: float) -> None:
        self._wait_until = self._clock.monotonic() + seconds
        self._set_keys_enabled(False)
        self._timer.start()
        self.refresh_wait()

    def refresh_wait(self) -> None:
        """Update the countdown; the pad opens again when it reaches zero."""
        if self._wait_until is None:
            return
        remaining = math.ceil(self._wait_until - self._clock.monotonic())
        if remaining <= 0:
            self._wait_until = None
            self._timer.stop()
            self._set_keys_enabled(True)
            self._message.clear()
            return
        self._show_problem(self.tr("Too many wrong PINs. Try again in %n s.", "", remaining))

    def _set_keys_enabled(self, enabled: bool) -> None:
        for button in self._buttons.values():
            button.setEnabled(enabled)

    def _show_problem(self, text: str) -> None:
        self._message.setProperty("role", "warning")
        self._message.setText(text)
        self._repolish(self._message)

    @staticmethod
    def _repolish(widget: QWidget) -> None:
        widget.style().unpolish(widget)
        widget.style().polish(widget)

    def _update_dots(self) -> None:
        shown = max(MIN_DOTS_SHOWN, len(self._pin))
        self._dots.setText(" ".join(DOT * len(self._pin) + EMPTY_DOT * (shown - len(self._pin))))
        self._dots.setAccessibleName(self.tr("Digits typed: %n", "", len(self._pin)))
