"""The map of Morocco on screen: tap a region to go into it, pinch or wheel to zoom, drag to
move; in a region its provinces, its cities (dots) and the programmes with a place (pins)."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QEvent, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import (
    QFont,
    QFontMetrics,
    QMouseEvent,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPen,
    QPolygonF,
    QTransform,
    QWheelEvent,
)
from PySide6.QtWidgets import QWidget

from kiosk.core import formatting
from kiosk.core.morocco_map import Area, MoroccoMap, Point, bounds
from kiosk.ui import i18n, theme
from kiosk.ui.widgets.zoom import ZoomPan

TAP_SLOP_PX = 12
MAX_ZOOM = 8.0
CITY_DOT_PX = 9
PIN_PX = 8


@dataclass(frozen=True)
class CityDot:
    id: str
    label: str
    at: Point  # map units
    count: int


@dataclass(frozen=True)
class PinMark:
    id: str  # the programme's
    at: Point  # map units


class MoroccoMapView(QWidget):
    region_tapped = Signal(str)
    city_tapped = Signal(str)
    pin_tapped = Signal(str)  # a programme's id

    def __init__(self, geography: MoroccoMap, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.geography = geography
        self.focus_region: str | None = None
        self.cities: list[CityDot] = []
        self.pins: list[PinMark] = []
        self.counts: dict[str, int] = {}
        self.view = ZoomPan(self, MAX_ZOOM)
        self._press: QPointF | None = None
        self._paths = {a.id: _path(a) for a in (*geography.regions, *geography.provinces)}
        self.setMinimumSize(420, 420)

    # --- what is shown ---
    def show_country(self, counts: dict[str, int]) -> None:
        self.focus_region, self.counts, self.cities, self.pins = None, counts, [], []
        self.reset_view()

    def show_region(self, region_id: str, cities: list[CityDot], pins: list[PinMark]) -> None:
        self.focus_region, self.cities, self.pins = region_id, cities, pins
        self.reset_view()

    def reset_view(self) -> None:
        self.view.reset()
        self.update()

    def _shown_areas(self) -> list[Area]:
        if self.focus_region is None:
            return list(self.geography.regions)
        region = self.geography.region(self.focus_region)
        return [region] if region is not None else list(self.geography.regions)

    def transform(self) -> QTransform:
        """Map units to widget pixels: the shown areas fitted, then the visitor's zoom/pan."""
        left, top, right, bottom = bounds(self._shown_areas())
        margin = 24.0
        scale = min(
            (self.width() - 2 * margin) / max(right - left, 1e-6),
            (self.height() - 2 * margin) / max(bottom - top, 1e-6),
        )
        centre = QPointF((left + right) / 2, (top + bottom) / 2)
        fit = QTransform()
        zoom, pan = self.view.zoom, self.view.pan
        fit.translate(self.width() / 2 + pan.x(), self.height() / 2 + pan.y())
        fit.scale(scale * zoom, scale * zoom)
        fit.translate(-centre.x(), -centre.y())
        return fit

    # --- drawing ---
    def paintEvent(self, event: QPaintEvent) -> None:
        colors = theme.current()
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.fillRect(self.rect(), colors.color("background"))
        t = self.transform()
        lang = i18n.current_language()
        for region in self.geography.regions:
            mine = self.focus_region in (None, region.id)
            fill = colors.color("surface" if mine else "background")
            painter.setPen(QPen(colors.color("border" if mine else "disabled"), 1.5))
            painter.setBrush(fill)
            painter.drawPath(t.map(self._paths[region.id]))
        if self.focus_region is not None:
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.setPen(QPen(colors.color("muted"), 1, Qt.PenStyle.DashLine))
            for province in self.geography.provinces_of(self.focus_region):
                painter.drawPath(t.map(self._paths[province.id]))
            self._paint_places(painter, t)
        else:
            self._paint_region_labels(painter, t, lang)
        painter.end()

    def _paint_region_labels(self, painter: QPainter, t: QTransform, lang: str) -> None:
        """Each region's count of available units in a badge (its name is in the list)."""
        colors = theme.current()
        font = QFont(self.font())
        font.setPixelSize(colors.size("font_small"))
        font.setBold(True)
        painter.setFont(font)
        metrics = QFontMetrics(font)
        for region in self.geography.regions:
            text = formatting.format_number(self.counts.get(region.id, 0), lang)
            at = t.map(QPointF(*region.centre()))
            width = metrics.horizontalAdvance(text) + 16.0
            badge = QRectF(
                at.x() - width / 2, at.y() - metrics.height() / 2 - 3, width, metrics.height() + 6.0
            )
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(colors.color("primary"))
            painter.drawRoundedRect(badge, badge.height() / 2, badge.height() / 2)
            painter.setPen(colors.color("on_primary"))
            painter.drawText(badge, int(Qt.AlignmentFlag.AlignCenter), text)

    def _paint_places(self, painter: QPainter, t: QTransform) -> None:
        colors = theme.current()
        painter.setPen(QPen(colors.color("background"), 2))
        painter.setBrush(colors.color("accent"))
        for pin in self.pins:
            at = t.map(QPointF(*pin.at))
            painter.drawEllipse(at, PIN_PX, PIN_PX)
        font = QFont(self.font())
        font.setPixelSize(colors.size("font_small"))
        painter.setFont(font)
        metrics = QFontMetrics(font)
        rtl = self.layoutDirection() == Qt.LayoutDirection.RightToLeft
        for city in self.cities:
            at = t.map(QPointF(*city.at))
            painter.setPen(QPen(colors.color("background"), 2))
            painter.setBrush(colors.color("primary"))
            painter.drawEllipse(at, CITY_DOT_PX, CITY_DOT_PX)
            painter.setPen(colors.color("heading"))
            width = metrics.horizontalAdvance(city.label) + 4.0
            left = at.x() - CITY_DOT_PX - 6 - width if rtl else at.x() + CITY_DOT_PX + 6
            box = QRectF(left, at.y() - metrics.height() / 2, width, metrics.height())
            painter.drawText(box, int(Qt.AlignmentFlag.AlignCenter), city.label)

    # --- touch and mouse ---
    def event(self, event: QEvent) -> bool:
        return self.view.gesture(event) or super().event(event)

    @property
    def zoom(self) -> float:
        return self.view.zoom

    def set_zoom(self, zoom: float) -> None:
        self.view.set_zoom(zoom)

    def wheelEvent(self, event: QWheelEvent) -> None:
        self.view.wheel(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self._press = event.position()
        self.view.press(event.position())

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        self.view.move(event.position())

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        press, self._press = self._press, None
        self.view.release()
        if press is None:
            return
        moved = event.position() - press
        if abs(moved.x()) + abs(moved.y()) <= TAP_SLOP_PX:  # a drag never taps
            self.tap(event.position())

    def tap(self, at: QPointF) -> None:
        t = self.transform()
        if self.focus_region is not None:
            # the nearest city dot or programme pin within a finger's reach wins
            reach = [
                ((t.map(QPointF(*c.at)) - at).manhattanLength(), 2 * CITY_DOT_PX + 16, c.id, True)
                for c in self.cities
            ] + [
                ((t.map(QPointF(*p.at)) - at).manhattanLength(), 2 * PIN_PX + 12, p.id, False)
                for p in self.pins
            ]
            near = sorted(item for item in reach if item[0] <= item[1])
            if near:
                _distance, _limit, target, is_city = near[0]
                (self.city_tapped if is_city else self.pin_tapped).emit(target)
                return
        inverse, _ok = t.inverted()
        point = inverse.map(at)
        for region in self.geography.regions:
            if self._paths[region.id].contains(point):
                self.region_tapped.emit(region.id)
                return

    def pin_point(self, programme_id: str) -> QPointF:
        """Where a programme's pin is on screen (for tests and the screen harness)."""
        pin = next(p for p in self.pins if p.id == programme_id)
        return self.transform().map(QPointF(*pin.at))

    def point_of(self, area_id: str) -> QPointF:
        """Where an area's centre is on screen (for tests and the screen harness)."""
        area = next(
            a for a in (*self.geography.regions, *self.geography.provinces) if a.id == area_id
        )
        return self.transform().map(QPointF(*area.centre()))


def _path(area: Area) -> QPainterPath:
    path = QPainterPath()
    for ring in area.rings:
        path.addPolygon(QPolygonF([QPointF(x, y) for x, y in ring]))
        path.closeSubpath()
    return path
