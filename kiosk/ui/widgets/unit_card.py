"""Paints one unit of the result list as a card: picture, title, place, facts, price, status."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics, QPainter
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from kiosk.core.catalog import Unit
from kiosk.core.config import EventProfile
from kiosk.ui import i18n, theme, unit_text
from kiosk.ui.models import UNIT_ROLE
from kiosk.ui.widgets.scenery import paint_unit_placeholder

CARD_MARGIN_PX = 8
PADDING_PX = 14
PICTURE_W_PX = 150
PRICE_W_PX = 280
LINE_GAP_PX = 6


class UnitCardDelegate(QStyledItemDelegate):
    def __init__(self, event: EventProfile, parent: object = None) -> None:
        super().__init__(parent)  # type: ignore[arg-type]
        self.profile = event

    def _fonts(self, option: QStyleOptionViewItem) -> tuple[QFont, QFont, QFont]:
        sizes = theme.current()
        base = QFont(option.font)
        big = QFont(base)
        big.setPixelSize(sizes.size("font_large"))
        big.setBold(True)
        normal = QFont(base)
        normal.setPixelSize(sizes.size("font_base"))
        small = QFont(base)
        small.setPixelSize(sizes.size("font_small"))
        return big, normal, small

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        big, normal, _small = self._fonts(option)
        height = (
            QFontMetrics(big).height()
            + 2 * QFontMetrics(normal).height()
            + 2 * LINE_GAP_PX
            + 2 * PADDING_PX
            + 2 * CARD_MARGIN_PX
        )
        return QSize(option.rect.width(), max(height, theme.current().size("tile")))

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        unit = index.data(UNIT_ROLE)
        if not isinstance(unit, Unit):
            return
        colors = theme.current()
        lang = i18n.current_language()
        direction = option.direction
        painter.save()
        painter.setLayoutDirection(direction)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        card = option.rect.adjusted(
            CARD_MARGIN_PX, CARD_MARGIN_PX, -CARD_MARGIN_PX, -CARD_MARGIN_PX
        )
        pressed = bool(option.state & QStyle.StateFlag.State_Selected)
        painter.setPen(colors.color("primary" if pressed else "border"))
        painter.setBrush(colors.color("pressed" if pressed else "surface"))
        painter.drawRoundedRect(QRectF(card), 14, 14)

        inner = card.adjusted(PADDING_PX, PADDING_PX, -PADDING_PX, -PADDING_PX)

        def visual(rect: QRect) -> QRect:
            return QStyle.visualRect(direction, card, rect)

        picture = QRect(inner.left(), inner.top(), PICTURE_W_PX, inner.height())
        paint_unit_placeholder(painter, QRectF(visual(picture)), unit.category, unit.type)

        price_box = QRect(inner.right() - PRICE_W_PX, inner.top(), PRICE_W_PX, inner.height())
        text_box = QRect(
            picture.right() + PADDING_PX,
            inner.top(),
            price_box.left() - picture.right() - 2 * PADDING_PX,
            inner.height(),
        )
        big, normal, small = self._fonts(option)
        leading = QStyle.visualAlignment(direction, Qt.AlignmentFlag.AlignLeft)
        trailing = QStyle.visualAlignment(direction, Qt.AlignmentFlag.AlignRight)

        y = text_box.top()
        for font, text, role in (
            (big, unit_text.short_title(unit, lang), "heading"),
            (normal, unit_text.place(unit, lang), "text"),
            (small, unit_text.reference_line(unit, lang), "muted"),
        ):
            metrics = QFontMetrics(font)
            painter.setFont(font)
            painter.setPen(colors.color(role))
            line = QRect(text_box.left(), y, text_box.width(), metrics.height())
            elided = metrics.elidedText(text, Qt.TextElideMode.ElideRight, line.width())
            painter.drawText(visual(line), int(leading | Qt.AlignmentFlag.AlignVCenter), elided)
            y += metrics.height() + LINE_GAP_PX

        y = price_box.top()
        for font, text, role in (
            (big, unit_text.price_mad(unit, lang), "primary"),
            (small, unit_text.price_in_event_currency(unit, self.profile, lang), "muted"),
            (normal, unit_text.status_name(unit.status, lang), _status_role(unit.status)),
        ):
            metrics = QFontMetrics(font)
            painter.setFont(font)
            painter.setPen(colors.color(role))
            line = QRect(price_box.left(), y, price_box.width(), metrics.height())
            elided = metrics.elidedText(text, Qt.TextElideMode.ElideRight, line.width())
            painter.drawText(visual(line), int(trailing | Qt.AlignmentFlag.AlignVCenter), elided)
            y += metrics.height() + LINE_GAP_PX
        painter.restore()


def _status_role(status: str) -> str:
    return {"disponible": "good", "vendu": "danger"}.get(status, "accent")
