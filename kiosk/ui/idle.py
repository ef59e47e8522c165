"""Idle detection on an injectable clock (the "Are you still there?" overlay is in
idle_overlay.py, built after the first frame).

The watcher is poked by the window's application event filter on every input event and
checks `clock.monotonic()` on a QTimer tick, so tests advance a FakeClock and call `check()`.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QEvent, QObject, QTimer, Signal

from sync.contract.clock import Clock

TICK_MS = 250


class IdleWatcher(QObject):
    """active → (timeout) warning with countdown → (countdown) expired."""

    INPUT_EVENTS = frozenset(
        {
            QEvent.Type.MouseButtonPress,
            QEvent.Type.MouseButtonRelease,
            QEvent.Type.TouchBegin,
            QEvent.Type.TouchUpdate,
            QEvent.Type.KeyPress,
            QEvent.Type.Wheel,
        }
    )

    warning = Signal(int)  # seconds left before the wipe
    resumed = Signal()
    expired = Signal()

    def __init__(
        self, clock: Clock, timeout_s: float, countdown_s: float, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.clock = clock
        self.timeout_s = timeout_s
        self.countdown_s = countdown_s
        self.enabled = False
        self.warning_shown = False
        self._last_input = clock.monotonic()
        self._timer = QTimer(self)
        self._timer.setInterval(TICK_MS)
        self._timer.timeout.connect(self.check)

    def set_enabled(self, enabled: bool) -> None:
        self.enabled = enabled
        self.poke()
        if enabled:
            self._timer.start()
        else:
            self._timer.stop()

    def stop(self) -> None:
        self._timer.stop()

    def poke(self) -> None:
        """Somebody touched the screen: start counting again."""
        self._last_input = self.clock.monotonic()
        if self.warning_shown:
            self.warning_shown = False
            self.resumed.emit()

    def idle_for(self) -> float:
        return self.clock.monotonic() - self._last_input

    def check(self) -> None:
        if not self.enabled:
            return
        idle = self.idle_for()
        if idle >= self.timeout_s + self.countdown_s:
            self.warning_shown = False
            self.enabled = False
            self._timer.stop()
            self.expired.emit()
        elif idle >= self.timeout_s:
            self.warning_shown = True
            self.warning.emit(math.ceil(self.timeout_s + self.countdown_s - idle))
