"""Finger scrolling for every scrollable area of the visitor's screens.

QScroller follows a finger on the viewport. Its press delay holds the first touch back
until the gesture is known: a flick that starts on a chip, a card or a tick box scrolls
and never taps it, while a still tap reaches the control a moment later.
"""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractScrollArea, QScroller, QScrollerProperties

# Seconds a touch is held back before it reaches the control under it (a tap is shorter
# than a flick's first move only by this much).
PRESS_DELAY_S = 0.2
# Share of the screen a finger may travel and still be a tap, not a drag.
DRAG_START_DISTANCE = 0.004


def enable_kinetic(area: QAbstractScrollArea) -> QScroller:
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
    return scroller
