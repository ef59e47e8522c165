"""Paints one unit of the result list as a card: picture, title, place, facts, price, status."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics, QPainter, QPainterPath
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from kiosk.core.catalog import Unit
from kiosk.core.config import EventProfile
from kiosk.core.media.catalog_media import Picture
from kiosk.ui import i18n, theme, unit_text
from kiosk.ui.models import PHOTO_ROLE, UNIT_ROLE
from kiosk.ui.thumbnails import Pictures
from kiosk.ui.widgets.scenery import paint_illustration_tag, paint_unit_placeholder

CARD_MARGIN_PX = 8
PADDING_PX = 14
PICTURE_W_PX = 150
PRICE_W_PX = 280  # at most: the price column takes only what its texts need
LINE_GAP_PX = 6


class UnitCardDelegate(QStyledItemDelegate):
    def __init__(
        self, event: EventProfile, pictures: Pictures | None = None, parent: object = None
    ) -> None:
        super().__init__(parent)  # type: ignore[arg-type]
        self.profile = event
        self.pictures = pictures

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
        lang = i18n.current_language()
        direction = option.direction
        painter.save()
        painter.setLayoutDirection(direction)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        card = self._paint_card_frame(painter, option)
        inner = card.adjusted(PADDING_PX, PADDING_PX, -PADDING_PX, -PADDING_PX)
        picture = QRect(inner.left(), inner.top(), PICTURE_W_PX, inner.height())
        self._paint_picture(
            painter, QStyle.visualRect(direction, card, picture), unit, index.data(PHOTO_ROLE)
        )
        big, normal, small = self._fonts(option)
        prices = (
            (big, unit_text.price_mad(unit, lang), "primary"),
            (small, unit_text.price_in_event_currency(unit, self.profile, lang), "muted"),
            (normal, unit_text.status_name(unit.status, lang), _status_role(unit.status)),
        )
        price_w = min(PRICE_W_PX, _widest(prices) + PADDING_PX)
        price_box = QRect(inner.right() - price_w, inner.top(), price_w, inner.height())
        text_box = QRect(
            picture.right() + PADDING_PX,
            inner.top(),
            price_box.left() - picture.right() - 2 * PADDING_PX,
            inner.height(),
        )
        description = (
            (big, unit_text.short_title(unit, lang), "heading"),
            (normal, unit_text.place(unit, lang), "text"),
            (small, unit_text.reference_line(unit, lang), "muted"),
        )
        self._paint_lines(painter, option, card, text_box, Qt.AlignmentFlag.AlignLeft, description)
        self._paint_lines(painter, option, card, price_box, Qt.AlignmentFlag.AlignRight, prices)
        painter.restore()

    def _paint_picture(
        self, painter: QPainter, box: QRect, unit: Unit, photo: Picture | None
    ) -> None:
        """The unit's photo (decoded off the UI thread), its kind's drawing until then."""
        pixmap = None
        if photo is not None and self.pictures is not None:
            pixmap = self.pictures.pixmap(photo.sha256)
        if pixmap is None:
            paint_unit_placeholder(painter, QRectF(box), unit.category, unit.type)
            return
        painter.save()
        clip = QPainterPath()
        clip.addRoundedRect(QRectF(box), 10, 10)
        painter.setClipPath(clip)
        scaled = pixmap.size().scaled(box.size(), Qt.AspectRatioMode.KeepAspectRatioByExpanding)
        source = QRect(0, 0, box.width(), box.height())
        source.moveCenter(QRect(0, 0, scaled.width(), scaled.height()).center())
        painter.drawPixmap(box, pixmap.scaled(scaled), source)
        if photo is not None and photo.illustration:
            paint_illustration_tag(painter, box)
        painter.restore()

    def _paint_card_frame(self, painter: QPainter, option: QStyleOptionViewItem) -> QRect:
        """The rounded card, highlighted while pressed; returns its rectangle."""
        colors = theme.current()
        card = option.rect.adjusted(
            CARD_MARGIN_PX, CARD_MARGIN_PX, -CARD_MARGIN_PX, -CARD_MARGIN_PX
        )
        pressed = bool(option.state & QStyle.StateFlag.State_Selected)
        painter.setPen(colors.color("primary" if pressed else "border"))
        painter.setBrush(colors.color("pressed" if pressed else "surface"))
        painter.drawRoundedRect(QRectF(card), 14, 14)
        return card

    def _paint_lines(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        card: QRect,
        box: QRect,
        side: Qt.AlignmentFlag,
        lines: tuple[tuple[QFont, str, str], ...],
    ) -> None:
        """Stacked one-line texts from the top of `box`, elided, mirrored for right-to-left."""
        colors = theme.current()
        direction = option.direction
        alignment = QStyle.visualAlignment(direction, side) | Qt.AlignmentFlag.AlignVCenter
        y = box.top()
        for font, text, role in lines:
            metrics = QFontMetrics(font)
            painter.setFont(font)
            painter.setPen(colors.color(role))
            line = QRect(box.left(), y, box.width(), metrics.height())
            elided = metrics.elidedText(text, Qt.TextElideMode.ElideRight, line.width())
            painter.drawText(QStyle.visualRect(direction, card, line), int(alignment), elided)
            y += metrics.height() + LINE_GAP_PX


def _widest(lines: tuple[tuple[QFont, str, str], ...]) -> int:
    return max(QFontMetrics(font).horizontalAdvance(text) for font, text, _role in lines)


def _status_role(status: str) -> str:
    return {"disponible": "good", "vendu": "danger"}.get(status, "accent")
