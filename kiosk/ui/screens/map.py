"""Search by place: the map of Morocco with the available units of each region; in a region,
its cities (on the map and as a list) and the programmes that have a place. A city or a
whole region opens the results."""

from __future__ import annotations

import math
import re
from typing import Any

from PySide6.QtCore import Qt
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
from kiosk.core.catalog import SearchQuery
from kiosk.ui import i18n
from kiosk.ui.screens.base import Screen
from kiosk.ui.services import Services
from kiosk.ui.session import VisitorSession
from kiosk.ui.widgets.kinetic import enable_kinetic
from kiosk.ui.widgets.morocco_map import CityDot, MoroccoMapView, PinMark
from kiosk.ui.widgets.wrap_button import WrapButton

SIDE_WIDTH_PX = 400
SPREAD = 0.12  # map units between cities that share a place


class MapScreen(Screen):
    def __init__(
        self, services: Services, session: VisitorSession, parent: QWidget | None = None
    ) -> None:
        super().__init__(services, session, parent)
        self.setObjectName("screen")
        self.geography = morocco_map.load()
        self.region_id: str | None = None
        self.map_view = MoroccoMapView(self.geography, self)
        self.map_view.region_tapped.connect(self.open_region)
        self.map_view.city_tapped.connect(self.open_city)
        self.map_view.pin_tapped.connect(self.open_programme)
        self.title = QLabel(self)
        self.title.setProperty("role", "title")
        self.title.setWordWrap(True)
        self.hint = QLabel(self)
        self.hint.setProperty("role", "subtitle")
        self.hint.setWordWrap(True)
        self.whole_region = self._button("primary", self._open_whole_region)
        self.country = self._button("secondary", self.show_country)
        # the side column scrolls as a whole: large text never squeezes its texts
        side_host = QWidget(self)
        side = QVBoxLayout(side_host)
        side.setContentsMargins(0, 0, 12, 0)
        side.setSpacing(14)
        for widget in (self.title, self.hint, self.whole_region, self.country):
            side.addWidget(widget)
        self.choices = QWidget(side_host)
        self.choice_layout = QVBoxLayout(self.choices)
        self.choice_layout.setContentsMargins(0, 0, 0, 0)
        self.choice_layout.setSpacing(10)
        side.addWidget(self.choices)
        side.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(side_host)
        scroll.setFixedWidth(SIDE_WIDTH_PX)
        enable_kinetic(scroll)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 16)
        layout.setSpacing(24)
        layout.addWidget(self.map_view, 1)
        layout.addWidget(scroll)
        self.retranslate()

    def _button(self, role: str, slot: Any) -> QPushButton:
        button = WrapButton("", self)
        button.setProperty("role", role)
        button.setMinimumHeight(56)
        button.clicked.connect(slot)
        return button

    # --- navigation ---
    def enter(self, **kwargs: Any) -> None:
        region = kwargs.get("region")
        if region:
            self.open_region(str(region))
        else:
            self.show_country()

    def reset(self) -> None:
        self.region_id = None
        self.map_view.show_country({})

    def _available(self, **filters: str) -> dict[str, int]:
        dimension = "city" if "region" in filters else "region"
        query = SearchQuery(status="disponible", limit=1, **filters)  # type: ignore[arg-type]
        facets = self.services.catalog.search(query).facets.get(dimension, [])
        return {f.value: f.count for f in facets}

    def show_country(self) -> None:
        self.region_id = None
        counts = self._available()
        self.map_view.show_country(counts)
        lang = i18n.current_language()
        choices = [
            (f"{r.name(lang)} ({formatting.format_number(counts.get(r.id, 0), lang)})", r.id)
            for r in sorted(self.geography.regions, key=lambda r: -counts.get(r.id, 0))
        ]
        self._fill(choices, self.open_region)
        self.retranslate()

    def open_region(self, region_id: str) -> None:
        region = self.geography.region(region_id)
        if region is None:
            return
        self.region_id = region_id
        lang = i18n.current_language()
        counts = self._available(region=region_id)
        cities = [c for c in self.services.catalog.cities() if c["region_id"] == region_id]
        dots: list[CityDot] = []
        taken: dict[tuple[float, float], int] = {}
        for city in sorted(cities, key=lambda c: -counts.get(c["id"], 0)):
            at = self.geography.place_of(str(city.get("province") or city["name_fr"]), region_id)
            if at is None or not counts.get(city["id"]):
                continue
            # cities placed at the same province centre go round it, a little apart
            nth = taken[at] = taken.get(at, -1) + 1
            if nth:
                angle = nth * 2.4
                at = (at[0] + SPREAD * math.cos(angle), at[1] + SPREAD * math.sin(angle))
            name = city["name_ar"] if lang == "ar" else city["name_fr"]
            dots.append(CityDot(city["id"], name, at, counts[city["id"]]))
        pins = [
            PinMark(pin.id, morocco_map.project(pin.longitude, pin.latitude))
            for pin in self.services.catalog.programme_pins(region_id)
        ]
        self.map_view.show_region(region_id, dots, pins)
        choices = [
            (f"{d.label} ({formatting.format_number(d.count, lang)})", d.id)
            for d in sorted(dots, key=lambda d: -d.count)
        ]
        self._fill(choices, self.open_city)
        self.retranslate()

    def open_city(self, city_id: str) -> None:
        self.go("results", city=city_id)

    def open_programme(self, programme_id: str) -> None:
        self.go("programme", id=programme_id)

    def _open_whole_region(self) -> None:
        if self.region_id is not None:
            self.go("results", region=self.region_id)

    def _fill(self, choices: list[tuple[str, str]], slot: Any) -> None:
        while self.choice_layout.count():
            item = self.choice_layout.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        for text, value in choices:
            button = WrapButton(text, self.choices)
            button.setProperty("role", "chip")
            button.setMinimumHeight(56)
            button.setAccessibleName(text)
            button.clicked.connect(lambda _=False, v=value: slot(v))
            self.choice_layout.addWidget(button)

    # --- texts ---
    def retranslate(self) -> None:
        lang = i18n.current_language()
        region = self.geography.region(self.region_id) if self.region_id else None
        if region is None:
            self.title.setText(self.tr("Where would you like to live?"))
            self.hint.setText(self.tr("Touch a region of the map, or choose it in the list."))
        else:
            # a line may break after a hyphen: "Rabat-Salé-Kénitra" fits in large text
            self.title.setText(re.sub(r"-(?=\S)", "-\u200b", region.name(lang)))
            self.hint.setText(
                self.tr("Touch a city: the number is the homes, plots and premises available.")
            )
        self.whole_region.setText(self.tr("Everything in this region"))
        self.whole_region.setVisible(region is not None)
        self.country.setText(self.tr("All of Morocco"))
        self.country.setVisible(region is not None)
        for button in (self.whole_region, self.country):
            button.setAccessibleName(button.text())
        self.map_view.setAccessibleName(self.title.text())
        self.map_view.update()
