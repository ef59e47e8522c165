"""A programme's page: its photos, where it is on the map of its region, what it has
available and for how much, when its units are delivered, and its units (each opens)."""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from kiosk.core import formatting, morocco_map
from kiosk.core.catalog_programmes import Delivery, ProgrammePage
from kiosk.core.unit_titles import programme_name
from kiosk.ui import i18n, unit_text
from kiosk.ui.screens.base import Screen
from kiosk.ui.services import Services
from kiosk.ui.session import VisitorSession
from kiosk.ui.thumbnails import Pictures
from kiosk.ui.widgets.gallery import Gallery, PictureViewer
from kiosk.ui.widgets.kinetic import enable_kinetic
from kiosk.ui.widgets.morocco_map import MoroccoMapView, PinMark
from kiosk.ui.widgets.wrap_button import WrapButton

log = logging.getLogger(__name__)

PICTURE_SIZE = QSize(400, 260)
MAP_SIZE = QSize(400, 240)
DELIVERIES_SHOWN = 6  # months listed; the units' own pages say the rest


def delivery_month(value: str, lang: str) -> str:
    """A delivery month in words; as the catalog gives it when it is not a date."""
    try:
        return formatting.format_month(value, lang)
    except ValueError:
        return value


class ProgrammeScreen(Screen):
    def __init__(
        self, services: Services, session: VisitorSession, parent: QWidget | None = None
    ) -> None:
        super().__init__(services, session, parent)
        self.setObjectName("screen")
        self.page: ProgrammePage | None = None
        self.pictures = Pictures(self.services.catalog.media, "screen", self)
        self.gallery = Gallery(self.pictures, PICTURE_SIZE, self)
        self.viewer = PictureViewer(self.pictures, self)
        self.gallery.opened.connect(self._open_picture)
        self.map_view = MoroccoMapView(morocco_map.load(), self)
        self.map_view.setMinimumSize(MAP_SIZE)
        self.map_view.setFixedWidth(MAP_SIZE.width())
        # a picture of where it is, not a second map to wander in
        self.map_view.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents, True)
        self.title = self._label("title")
        self.place = self._label("subtitle")
        self.offer = self._label("price")
        self.deliveries_title = self._label("cardTitle")
        self.deliveries = self._label("")
        self.units_title = self._label("cardTitle")
        self.unit_list = QWidget(self)
        self.unit_layout = QVBoxLayout(self.unit_list)
        self.unit_layout.setContentsMargins(0, 0, 0, 0)
        self.unit_layout.setSpacing(8)
        self.all_button = WrapButton("", self)
        self.all_button.setProperty("role", "primary")
        self.all_button.clicked.connect(self._open_all)
        self._lay_out()
        self.retranslate()

    def _label(self, role: str) -> QLabel:
        label = QLabel(self)
        if role:
            label.setProperty("role", role)
        label.setWordWrap(True)
        return label

    def _lay_out(self) -> None:
        side = QVBoxLayout()
        side.setSpacing(16)
        side.addWidget(self.gallery)
        side.addWidget(self.map_view)
        side.addStretch(1)
        info = QVBoxLayout()
        info.setSpacing(10)
        for widget in (self.title, self.place, self.offer, self.deliveries_title):
            info.addWidget(widget)
        info.addWidget(self.deliveries)
        info.addWidget(self.units_title)
        info.addWidget(self.unit_list)
        info.addStretch(1)
        top = QHBoxLayout()
        top.setSpacing(32)
        top.addLayout(side)
        top.addLayout(info, 1)
        content = QWidget(self)
        column = QVBoxLayout(content)
        column.setContentsMargins(40, 24, 40, 24)
        column.addLayout(top)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(content)
        enable_kinetic(scroll)
        self.scroller = scroll
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 24)
        outer.addWidget(scroll, 1)
        bottom = QHBoxLayout()
        bottom.setContentsMargins(40, 0, 40, 0)
        bottom.addWidget(self.all_button, 1)
        outer.addLayout(bottom)

    # --- navigation ---
    def enter(self, **kwargs: Any) -> None:
        programme_id = kwargs.get("id")
        if programme_id:
            self.page = self.services.catalog.programme(str(programme_id))
            if self.page is None:
                log.warning("programme %s not found", programme_id)
        self.scroller.verticalScrollBar().setValue(0)
        self._fill()

    def reset(self) -> None:
        self.page = None
        self.viewer.hide()

    def _open_picture(self, index: int) -> None:
        if 0 <= index < len(self.gallery.items):
            self.viewer.open(self.gallery.items[index])

    def _open_all(self) -> None:
        if self.page is not None:
            self.go("results", city=self.page.city_id, text=self.page.name_fr)

    # --- what is shown ---
    def _fill(self) -> None:
        page, lang = self.page, i18n.current_language()
        self._fill_units()
        if page is None:
            self.title.setText(self.tr("This programme is no longer in the catalog."))
            for label in (self.place, self.offer, self.deliveries):
                label.clear()
            self.gallery.show_pictures([], "logement", "appartement")
            self.all_button.hide()
            return
        pictures = [*page.photos, *([page.plan] if page.plan else [])]
        category = "terrain" if page.kind == "lotissement" else "logement"
        self.gallery.show_pictures(pictures, category, "appartement")
        self.title.setText(programme_name(page.name_fr, page.name_ar, lang))
        region = self.map_view.geography.region(page.region_id)
        self.place.setText(
            " · ".join(t for t in (page.city(lang), region.name(lang) if region else "") if t)
        )
        self.offer.setText(self._offer_text(page, lang))
        # the months that still have something to sell
        open_months = [d for d in page.deliveries if d.available] or list(page.deliveries)
        lines = [self._delivery_line(d, lang) for d in open_months[:DELIVERIES_SHOWN]]
        if len(open_months) > DELIVERIES_SHOWN:
            lines.append("…")
        self.deliveries.setText("\n".join(lines) or self.tr("Delivery date to be confirmed"))
        self._fill_map(page)
        self.all_button.setText(self.tr("See its %n unit(s) in the results", "", page.units))
        self.all_button.setAccessibleName(self.all_button.text())
        self.all_button.show()

    def _fill_map(self, page: ProgrammePage) -> None:
        self.map_view.setVisible(page.place is not None)
        if page.place is not None:
            lat, lon = page.place
            pin = PinMark(page.id, morocco_map.project(lon, lat))
            self.map_view.show_region(page.region_id, [], [pin])
            self.map_view.setAccessibleName(self.place.text())

    def _offer_text(self, page: ProgrammePage, lang: str) -> str:
        available = self.tr("%n unit(s) available", "", page.available)
        if page.min_price_mad is None or page.max_price_mad is None:
            return available
        low = formatting.format_mad(page.min_price_mad, lang)
        if page.min_price_mad == page.max_price_mad:
            return f"{available} · {low}"
        high = formatting.format_mad(page.max_price_mad, lang)
        return f"{available} · " + self.tr("%1 to %2").replace("%1", low).replace("%2", high)

    def _delivery_line(self, delivery: Delivery, lang: str) -> str:
        when = (
            delivery_month(delivery.month, lang)
            if delivery.month
            else self.tr("Delivery date to be confirmed")
        )
        count = self.tr("%n unit(s)", "", delivery.units)
        return i18n.directional(f"{when} — {count}")

    def _fill_units(self) -> None:
        while self.unit_layout.count():
            item = self.unit_layout.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        if self.page is None:
            return
        lang = i18n.current_language()
        for unit in self.services.catalog.units_by_refs(list(self.page.refs)):
            parts = [
                unit_text.short_title(unit, lang),  # its type, rooms and surface
                unit_text.price_mad(unit, lang),
                unit_text.status_name(unit.status, lang),
            ]
            button: QPushButton = WrapButton(" · ".join(p for p in parts if p), self.unit_list)
            button.setProperty("role", "chip")
            button.setMinimumHeight(56)
            button.setAccessibleName(button.text())
            button.clicked.connect(lambda _=False, ref=unit.ref: self.go("detail", ref=ref))
            self.unit_layout.addWidget(button)

    # --- texts ---
    def retranslate(self) -> None:
        self.deliveries_title.setText(self.tr("Deliveries"))
        self.units_title.setText(self.tr("Its units"))
        self.gallery.retranslate()
        self.viewer.retranslate()
        self._fill()
