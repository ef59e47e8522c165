"""Pinch, wheel and drag for a widget that paints its own content zoomed (the map of Morocco,
a picture over the whole window): one behaviour for every such view."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QPinchGesture, QWidget

WHEEL_STEP = 1.25


class ZoomPan:
    """The zoom (1 to ``max_zoom``) and the pan of ``widget``, kept as the fingers move; the
    widget hands over its gesture, wheel and mouse events and paints with ``zoom`` and
    ``pan``. Back at 1× the content is centred again."""

    def __init__(self, widget: QWidget, max_zoom: float) -> None:
        self.widget, self.max_zoom = widget, max_zoom
        self.zoom, self.pan = 1.0, QPointF(0, 0)
        self._pinch_start = 1.0
        self._last: QPointF | None = None
        widget.grabGesture(Qt.GestureType.PinchGesture)
        widget.setAttribute(Qt.WidgetAttribute.WA_AcceptTouchEvents, True)

    def reset(self) -> None:
        self.zoom, self.pan = 1.0, QPointF(0, 0)

    def set_zoom(self, zoom: float) -> None:
        self.zoom = min(max(zoom, 1.0), self.max_zoom)
        if self.zoom == 1.0:
            self.pan = QPointF(0, 0)
        self.widget.update()

    def gesture(self, event: QEvent) -> bool:
        """True when ``event`` was a pinch, now applied."""
        if event.type() != QEvent.Type.Gesture:
            return False
        pinch = event.gesture(Qt.GestureType.PinchGesture)  # type: ignore[attr-defined]
        if not isinstance(pinch, QPinchGesture):
            return False
        if pinch.state() == Qt.GestureState.GestureStarted:
            self._pinch_start = self.zoom
        self.set_zoom(self._pinch_start * pinch.totalScaleFactor())
        return True

    def wheel(self, event: QWheelEvent) -> None:
        step = WHEEL_STEP if event.angleDelta().y() > 0 else 1 / WHEEL_STEP
        self.set_zoom(self.zoom * step)

    def press(self, at: QPointF) -> None:
        self._last = at

    def move(self, at: QPointF) -> None:
        """A drag moves the content once it is zoomed in."""
        if self._last is not None and self.zoom > 1.0:
            self.pan += at - self._last
            self._last = at
            self.widget.update()

    def release(self) -> None:
        self._last = None
