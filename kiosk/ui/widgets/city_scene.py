"""The attract loop's generated city scene: sky, sun, zellige stars and a skyline.

It is the kiosk's first frame, so it is painted with gradient fills only: a pen, a fill
rule or a plain colour brush (QBrush(QColor) defaults to Qt.SolidPattern) would build the
`Qt` namespace's enums, ~25 ms at start-up. Colours come from the theme (high contrast too).
"""

from __future__ import annotations

import math
import random

from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import (
    QBrush,
    QColor,
    QLinearGradient,
    QPainter,
    QPainterPath,
    QPolygonF,
)

from kiosk.ui import theme

SKYLINE_SEED = 7
BUILDINGS = 18
STARS = 6
STAR_POINTS = 8
# Where two squares (one turned by 45°) cross: the star's inner corners, as a share of its radius.
STAR_INNER = math.cos(math.pi / 4) / math.cos(math.pi / 8)


def star_path(center: QPointF, radius: float) -> QPainterPath:
    """The eight-pointed star of Moroccan zellige (two squares, one turned by 45°), drawn as
    its outline so that the default fill rule fills it whole."""
    points = []
    for k in range(2 * STAR_POINTS):
        reach = radius if k % 2 == 0 else radius * STAR_INNER
        angle = k * math.pi / STAR_POINTS
        points.append(
            QPointF(center.x() + reach * math.cos(angle), center.y() + reach * math.sin(angle))
        )
    path = QPainterPath()
    path.addPolygon(QPolygonF([*points, points[0]]))
    return path


def paint_city_scene(painter: QPainter, rect: QRectF, phase: float) -> None:
    """Sky, sun, zellige stars and a skyline; `phase` (0..1) moves the sun and stars slowly."""
    colors = theme.current()
    sky = QLinearGradient(rect.topLeft(), rect.bottomRight())
    sky.setColorAt(0.0, colors.color("attract_b"))
    sky.setColorAt(1.0, colors.color("attract_a"))
    backdrop = QPainterPath()
    backdrop.addRect(rect)
    painter.fillPath(backdrop, QBrush(sky))
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)

    sun = colors.color("attract_c")
    sun_x = rect.left() + rect.width() * (0.15 + 0.7 * phase)
    sun_y = rect.top() + rect.height() * (0.32 - 0.08 * math.sin(math.pi * phase))
    radius = min(rect.width(), rect.height()) * 0.09
    center = QPointF(sun_x, sun_y)
    _fill_disc(painter, center, radius * 1.6, _solid(_with_alpha(colors.color("attract_c"), 60)))
    _fill_disc(painter, center, radius, _solid(sun))

    star_color = _solid(_with_alpha(colors.color("on_attract"), 40))
    rng = random.Random(SKYLINE_SEED)
    for index in range(STARS):
        x = rect.left() + rect.width() * ((rng.random() + phase * (0.2 + index * 0.05)) % 1.0)
        y = rect.top() + rect.height() * rng.uniform(0.05, 0.45)
        star = star_path(QPointF(x, y), rect.height() * rng.uniform(0.03, 0.07))
        painter.fillPath(star, star_color)

    _paint_skyline(painter, rect, colors)


def _with_alpha(color: QColor, alpha: int) -> QColor:
    color.setAlpha(alpha)
    return color


def _solid(color: QColor) -> QBrush:
    """A one-colour brush without QBrush(QColor) (see the module's docstring)."""
    gradient = QLinearGradient(0.0, 0.0, 1.0, 0.0)
    gradient.setColorAt(0.0, color)
    gradient.setColorAt(1.0, color)
    return QBrush(gradient)


def _fill_disc(painter: QPainter, center: QPointF, radius: float, brush: QBrush) -> None:
    disc = QPainterPath()
    disc.addEllipse(center, radius, radius)
    painter.fillPath(disc, brush)


def _paint_skyline(painter: QPainter, rect: QRectF, colors: theme.Theme) -> None:
    """Buildings (some with a dome or an arch) and their lit windows, one fill per colour;
    only the domes are antialiased (straight edges do not need it, and it costs 4x)."""
    rng = random.Random(SKYLINE_SEED)
    base = rect.bottom()
    width = rect.width() / BUILDINGS
    bodies = QPainterPath()
    domes = QPainterPath()
    windows = QPainterPath()
    for index in range(BUILDINGS):
        height = rect.height() * rng.uniform(0.18, 0.42)
        left = rect.left() + index * width
        body = QRectF(left + width * 0.06, base - height, width * 0.88, height)
        bodies.addRect(body)
        if rng.random() < 0.3:  # a dome or an arch on some roofs
            dome = QRectF(body.left(), body.top() - body.width() / 2, body.width(), body.width())
            domes.moveTo(dome.center())
            domes.arcTo(dome, 0, 180)
            domes.closeSubpath()
        step = max(width * 0.22, 8.0)
        y = body.top() + step
        while y < base - step:
            x = body.left() + step * 0.6
            while x < body.right() - step:
                if rng.random() < 0.55:
                    windows.addRect(QRectF(x, y, step * 0.5, step * 0.6))
                x += step
            y += step * 1.2
    building = _solid(colors.color("attract_b").darker(140))
    painter.fillPath(domes, building)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
    painter.fillPath(bodies, building)
    painter.fillPath(windows, _solid(_with_alpha(colors.color("attract_c"), 170)))
