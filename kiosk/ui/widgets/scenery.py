"""Generated pictures (no photos needed): unit placeholders and the "Illustration" tag
(the attract loop's city scene is in city_scene.py).

Everything is painted with QPainter from the theme's colours, so it scales to any screen,
follows the high-contrast theme and carries no copyright.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QPointF, QRect, QRectF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetrics,
    QPainter,
    QPen,
    QPolygonF,
)

from kiosk.ui import theme

CATEGORY_COLORS = {"logement": "primary", "terrain": "accent", "local": "heading"}


def paint_unit_placeholder(painter: QPainter, rect: QRectF, category: str, type_: str) -> None:
    """A simple drawing of the kind of unit: a building, a plot with boundary marks, a shop."""
    colors = theme.current()
    base = colors.color(CATEGORY_COLORS.get(category, "primary"))
    light = QColor(base)
    light.setAlpha(45)
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(light)
    painter.drawRoundedRect(rect, 12, 12)
    inner = rect.adjusted(rect.width() * 0.2, rect.height() * 0.2, -rect.width() * 0.2, 0)
    inner.setBottom(rect.bottom() - rect.height() * 0.15)
    painter.setBrush(base)
    pen = QPen(base, max(2.0, rect.width() * 0.02))
    if category == "terrain":
        _paint_plot(painter, inner, base, pen)
    elif category == "local":
        _paint_shop(painter, inner, light, colors)
    else:
        _paint_home(painter, inner, type_ == "appartement", colors)
    painter.restore()


def _paint_plot(painter: QPainter, inner: QRectF, base: QColor, pen: QPen) -> None:
    """A plot of land: a dashed boundary with a mark at each corner."""
    painter.setBrush(Qt.BrushStyle.NoBrush)
    pen.setStyle(Qt.PenStyle.DashLine)
    painter.setPen(pen)
    corners = [
        QPointF(inner.left(), inner.bottom()),
        QPointF(inner.left() + inner.width() * 0.2, inner.top() + inner.height() * 0.3),
        QPointF(inner.right(), inner.top() + inner.height() * 0.3),
        QPointF(inner.right() - inner.width() * 0.2, inner.bottom()),
    ]
    painter.drawPolygon(QPolygonF(corners))
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(base)
    for corner in corners:
        painter.drawEllipse(corner, pen.widthF() * 1.5, pen.widthF() * 1.5)


def _paint_shop(painter: QPainter, inner: QRectF, light: QColor, colors: theme.Theme) -> None:
    """A shop front: the body, an awning in the accent colour and a window."""
    body = QRectF(
        inner.left(), inner.top() + inner.height() * 0.35, inner.width(), inner.height() * 0.65
    )
    painter.drawRect(body)
    awning = QRectF(
        body.left() - 4,
        body.top() - inner.height() * 0.15,
        body.width() + 8,
        inner.height() * 0.15,
    )
    painter.setBrush(colors.color("accent"))
    painter.drawRect(awning)
    painter.setBrush(light)
    painter.drawRect(
        body.adjusted(body.width() * 0.15, body.height() * 0.25, -body.width() * 0.15, 0)
    )


def _paint_home(painter: QPainter, inner: QRectF, tall: bool, colors: theme.Theme) -> None:
    """An apartment block (tall, four rows of windows) or a house (roof, one row)."""
    top = inner.top() if tall else inner.top() + inner.height() * 0.4
    body = QRectF(inner.left(), top, inner.width(), inner.bottom() - top)
    if not tall:
        roof = QPolygonF(
            [
                QPointF(body.left() - 6, body.top()),
                QPointF(body.center().x(), body.top() - inner.height() * 0.3),
                QPointF(body.right() + 6, body.top()),
            ]
        )
        painter.drawPolygon(roof)
    painter.drawRect(body)
    painter.setBrush(QBrush(colors.color("surface")))
    rows = 4 if tall else 1
    for row in range(rows):
        for col in range(3):
            w = body.width() / 7
            painter.drawRect(
                QRectF(
                    body.left() + w * (1 + 2 * col),
                    body.top() + body.height() * (0.1 + row * 0.22),
                    w,
                    body.height() * 0.12 if tall else body.height() * 0.3,
                )
            )


def paint_illustration_tag(painter: QPainter, rect: QRect | QRectF) -> None:
    """ "Illustration" on a drawn picture, in the visitor's language, at its bottom corner."""
    colors = theme.current()
    box = QRectF(rect)
    painter.save()
    font = QFont(painter.font())
    font.setPixelSize(max(12, colors.size("font_small") - 2))
    font.setBold(True)
    painter.setFont(font)
    metrics = QFontMetrics(font)
    text = QCoreApplication.translate("UnitText", "Illustration")
    width = min(box.width() - 8, metrics.horizontalAdvance(text) + 16.0)
    tag = QRectF(0, 0, width, metrics.height() + 6.0)
    if painter.layoutDirection() == Qt.LayoutDirection.RightToLeft:
        tag.moveBottomRight(box.bottomRight() - QPointF(4, 4))
    else:
        tag.moveBottomLeft(box.bottomLeft() + QPointF(4, -4))
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor(20, 24, 28, 220))
    painter.drawRoundedRect(tag, 6, 6)
    painter.setPen(QColor("#FFFFFF"))
    elided = metrics.elidedText(text, Qt.TextElideMode.ElideRight, int(tag.width()) - 8)
    painter.drawText(tag, int(Qt.AlignmentFlag.AlignCenter), elided)
    painter.restore()
