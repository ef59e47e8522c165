"""Finger scrolling for every scrollable area of the visitor's screens.

QScroller follows a finger on the viewport. Its press delay holds the first touch back
until the gesture is known, and `FlickGuard` makes sure of the rest: once the finger drags,
the button held under it is let go without a click and the list drops the click of the
card it started on. A flick that starts on a chip, a card or a tick box scrolls and never
taps it, while a still tap reaches the control a moment later.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QPointF
from PySide6.QtGui import QTouchEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QScroller,
    QScrollerProperties,
)

# Seconds a touch is held back before it reaches the control under it (a tap is shorter
# than a flick's first move only by this much).
PRESS_DELAY_S = 0.2
# Share of the screen a finger may travel and still be a tap, not a drag.
DRAG_START_DISTANCE = 0.004
# Pixels a finger may travel and still tap: a short quick flick is past it before QScroller
# decides it is a drag.
TAP_SLOP_PX = 12


class FlickGuard(QObject):
    """Knows whether the finger on an area dragged since it landed; lets go of the
    button pressed under it when it does."""

    def __init__(self, area: QAbstractScrollArea, scroller: QScroller) -> None:
        super().__init__(area)
        self._area = area
        self._landed = QPointF()
        self.dragged = False
        scroller.stateChanged.connect(self._on_state)
        area.viewport().installEventFilter(self)  # touches nobody takes end up there

    def _on_state(self, state: QScroller.State) -> None:
        if state in (QScroller.State.Dragging, QScroller.State.Scrolling):
            self._mark_dragged()

    def _mark_dragged(self) -> None:
        self.dragged = True
        for button in self._area.viewport().findChildren(QAbstractButton):
            if button.isDown():
                button.setDown(False)  # released now, so the lift of the finger is no click

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if isinstance(event, QTouchEvent) and event.points():
            where = event.points()[0].globalPosition()
            if event.type() == QEvent.Type.TouchBegin:
                self._landed, self.dragged = where, False
            elif (where - self._landed).manhattanLength() > TAP_SLOP_PX:
                self._mark_dragged()
        return False


def enable_kinetic(area: QAbstractScrollArea) -> FlickGuard:
    viewport = area.viewport()
    QScroller.grabGesture(viewport, QScroller.ScrollerGestureType.TouchGesture)
    scroller = QScroller.scroller(viewport)
    properties = scroller.scrollerProperties()
    properties.setScrollMetric(QScrollerProperties.ScrollMetric.MousePressEventDelay, PRESS_DELAY_S)
    properties.setScrollMetric(
        QScrollerProperties.ScrollMetric.DragStartDistance, DRAG_START_DISTANCE
    )
    # No rubber band at the ends: the visitor sees the end instead of a bounce.
    for policy in (
        QScrollerProperties.ScrollMetric.HorizontalOvershootPolicy,
        QScrollerProperties.ScrollMetric.VerticalOvershootPolicy,
    ):
        properties.setScrollMetric(policy, QScrollerProperties.OvershootPolicy.OvershootAlwaysOff)
    scroller.setScrollerProperties(properties)
    return FlickGuard(area, scroller)
