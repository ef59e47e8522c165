"""Locked kiosk mode: frameless, full screen, on top; the hidden staff gesture.

Staff open the PIN pad with 5 taps in one top corner of the screen within 3 seconds.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QPoint, Signal
from PySide6.QtGui import QMouseEvent, QTouchEvent
from PySide6.QtWidgets import QWidget

from sync.contract.clock import Clock

TAPS_NEEDED = 5
TAP_WINDOW_S = 3.0
CORNER_PX = 72


def apply_kiosk_window_flags(window: QWidget) -> None:
    from PySide6.QtCore import Qt  # not at import: the windowed kiosk paints without its enums

    window.setWindowFlags(
        Qt.WindowType.Window
        | Qt.WindowType.FramelessWindowHint
        | Qt.WindowType.WindowStaysOnTopHint
    )
    window.setWindowState(Qt.WindowState.WindowFullScreen)


def _press(event: QEvent) -> tuple[int, QPoint] | None:
    """(timestamp, global position) of a press (mouse or first touch point), else None."""
    if event.type() == QEvent.Type.MouseButtonPress and isinstance(event, QMouseEvent):
        return event.timestamp(), event.globalPosition().toPoint()
    if event.type() == QEvent.Type.TouchBegin and isinstance(event, QTouchEvent):
        points = event.points()
        if points:
            return event.timestamp(), points[0].globalPosition().toPoint()
    return None


class CornerTapDetector(QObject):
    """Counts presses in the window's top corners; emits `triggered` after 5 within 3 s."""

    triggered = Signal()

    def __init__(self, clock: Clock, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.clock = clock
        self._corner = ""
        self._taps: list[float] = []
        # The same press reaches the filter once per widget it propagates through.
        self._last_press: tuple[int, int, int] | None = None

    def corner_of(self, window: QWidget, global_pos: QPoint) -> str:
        local = window.mapFromGlobal(global_pos)
        if local.y() < 0 or local.y() >= CORNER_PX:
            return ""
        if 0 <= local.x() < CORNER_PX:
            return "left"
        if window.width() - CORNER_PX <= local.x() < window.width():
            return "right"
        return ""

    def observe(self, window: QWidget, event: QEvent) -> None:
        press = _press(event)
        if press is None:
            return
        stamp, position = press
        key = (stamp, position.x(), position.y())
        if key == self._last_press:
            return
        self._last_press = key
        self.tap(self.corner_of(window, position))

    def tap(self, corner: str) -> None:
        """One press; `corner` is "left", "right" or "" (elsewhere: the count restarts)."""
        now = self.clock.monotonic()
        if not corner or corner != self._corner:
            self._taps = []
            self._corner = corner
        if not corner:
            return
        self._taps = [t for t in self._taps if now - t <= TAP_WINDOW_S] + [now]
        if len(self._taps) >= TAPS_NEEDED:
            self._taps = []
            self.triggered.emit()
