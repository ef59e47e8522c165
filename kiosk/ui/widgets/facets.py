"""The facet panel: one section per filter, chips with counts; a chip toggles its filter.

Short on purpose: the city section shows the most offered cities (the stand's own city
first) and the rest behind "more"; a section with a choice shows only that chip (tap it
again to undo), so the next filters stay on screen. "N rooms or more" and "price up to"
are filters of their own (`min_rooms`, `max_price`), not exact values.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from kiosk.core.catalog import FacetCount
from kiosk.core.formatting import format_mad
from kiosk.core.textnorm import normalise
from kiosk.ui import unit_text
from kiosk.ui.widgets.flow import FlowLayout
from kiosk.ui.widgets.kinetic import enable_kinetic

FACET_ORDER = ("category", "city", "min_rooms", "max_price", "type", "status")
COLLAPSED_CHIPS = 8  # long facets (cities, types) show the biggest values until "more"
PANEL_SPACING_PX = 16
PRICE_CAPS_MAD = (300_000, 500_000, 700_000, 1_000_000, 2_000_000)
UNCOUNTED = -1  # a chip whose count is not known (shown without a number)


class FacetSection(QWidget):
    chosen = Signal(str, str)  # facet, value ("" clears)

    def __init__(self, facet: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.facet = facet
        self.expanded = False
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        self.title = QLabel(self)
        self.title.setProperty("role", "subtitle")
        self.chips_box = QWidget(self)
        self.chips = FlowLayout(self.chips_box)
        self.more = QPushButton(self)
        self.more.setProperty("role", "nav")
        self.more.clicked.connect(self._toggle_more)
        layout.addWidget(self.title)
        layout.addWidget(self.chips_box)
        layout.addWidget(self.more)
        self.buttons: dict[str, QPushButton] = {}
        self._pool: list[QPushButton] = []
        self._items: list[FacetCount] = []
        self._selected = ""
        self._lang = "fr"
        self.flicked: Callable[[], bool] = lambda: False

    def show_counts(self, items: list[FacetCount], selected: str, lang: str) -> None:
        self._items, self._selected, self._lang = items, selected, lang
        self._rebuild()

    def _shown_items(self) -> list[FacetCount]:
        items = [i for i in self._items if i.count != 0 or i.value == self._selected]
        if self._selected and all(i.value != self._selected for i in items):
            items.insert(0, FacetCount(self._selected, self._selected, self._selected, 0))
        return items

    def _rebuild(self) -> None:
        """Refresh the chips in place: buttons are reused, never rebuilt, on each keystroke."""
        self.buttons = {}
        items = self._shown_items()
        if self.expanded:
            visible = items
        elif self._selected:  # the choice alone: the next filters move up into view
            visible = [i for i in items if i.value == self._selected]
        else:
            visible = items[:COLLAPSED_CHIPS]
        for position, item in enumerate(visible):
            button = self._chip(position)
            label, accessible = chip_texts(self.facet, item, self._lang)
            button.setText(label if item.count == UNCOUNTED else f"{label} ({item.count})")
            button.setChecked(item.value == self._selected)
            button.setAccessibleName(
                accessible
                if item.count == UNCOUNTED
                else self.tr("%1, %n result(s)", "", item.count).replace("%1", accessible)
            )
            button.setProperty("facetValue", item.value)
            button.show()
            self.buttons[item.value] = button
        for spare in self._pool[len(visible) :]:
            spare.hide()
        self.more.setVisible(len(items) > len(visible) or (self.expanded and len(items) > 1))
        self.more.setText(self.tr("Show fewer") if self.expanded else self.tr("Show all"))
        self.more.setAccessibleName(self.more.text())
        self.setVisible(bool(items))
        self.chips.invalidate()

    def _chip(self, position: int) -> QPushButton:
        while len(self._pool) <= position:
            button = QPushButton(self.chips_box)
            button.setProperty("role", "chip")
            button.setCheckable(True)
            button.clicked.connect(
                lambda _=False, b=button: self._clicked(b.property("facetValue"))
            )
            self.chips.addWidget(button)
            self._pool.append(button)
        return self._pool[position]

    def _clicked(self, value: str) -> None:
        if self.flicked():  # the finger scrolled the panel: lifting it is no tap on a chip
            self.buttons[value].setChecked(value == self._selected)
            return
        self.chosen.emit(self.facet, "" if value == self._selected else value)

    def _toggle_more(self) -> None:
        self.expanded = not self.expanded
        self._rebuild()


class FacetPanel(QScrollArea):
    chosen = Signal(str, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("facetPanel")
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        body = QWidget(self)
        self.body_layout = QVBoxLayout(body)
        self.body_layout.setSpacing(PANEL_SPACING_PX)
        self.sections: dict[str, FacetSection] = {}
        self._home_city = ""
        for facet in FACET_ORDER:
            section = FacetSection(facet, body)
            section.chosen.connect(self.chosen)
            section.flicked = lambda: self.flick.dragged
            self.sections[facet] = section
            self.body_layout.addWidget(section)
        self.body_layout.addStretch(1)
        self.setWidget(body)
        self.flick = enable_kinetic(self)

    def put_first(self, facet: str | None) -> None:
        """The facet the visitor came for (city, type, budget) goes to the top; it stays
        short (its most offered values), so the other filters remain in view."""
        order = [facet] if facet in self.sections else []
        order += [f for f in FACET_ORDER if f not in order]
        for position, name in enumerate(order):
            section = self.sections[name]
            self.body_layout.removeWidget(section)
            self.body_layout.insertWidget(position, section)
            section.expanded = False
        self.verticalScrollBar().setValue(0)

    def set_home_city(self, city: str) -> None:
        """The stand's own city (when the catalog has it) comes first among the cities."""
        self._home_city = city

    def set_titles(self, titles: dict[str, str]) -> None:
        for facet, title in titles.items():
            self.sections[facet].title.setText(title)

    def show_facets(
        self, facets: dict[str, list[FacetCount]], filters: dict[str, str], lang: str
    ) -> None:
        derived = {
            "min_rooms": rooms_or_more(facets.get("rooms", [])),
            "max_price": price_caps(),
            "city": home_city_first(facets.get("city", []), self._home_city),
        }
        for facet, section in self.sections.items():
            items = derived.get(facet, facets.get(facet, []))
            section.show_counts(items, filters.get(facet, ""), lang)


def rooms_or_more(rooms: list[FacetCount]) -> list[FacetCount]:
    """ "1+", "2+"… from the exact rooms counts ("5" already means five or more)."""
    counts = {int(item.value): item.count for item in rooms if item.value.isdigit()}
    return [
        FacetCount(str(n), "", "", sum(c for r, c in counts.items() if r >= n))
        for n in sorted(counts)
    ]


def price_caps() -> list[FacetCount]:
    return [FacetCount(str(cap), "", "", UNCOUNTED) for cap in PRICE_CAPS_MAD]


def home_city_first(cities: list[FacetCount], home: str) -> list[FacetCount]:
    wanted = normalise(home)
    if not wanted:
        return cities
    first = [c for c in cities if wanted in (normalise(c.label_fr), c.value)]
    return first + [c for c in cities if c not in first]


def chip_texts(facet: str, item: FacetCount, lang: str) -> tuple[str, str]:
    """A chip's short text and the words a screen reader says for it."""
    # spelled out (no alias) so that pyside6-lupdate finds the texts
    if facet == "min_rooms":
        said = QCoreApplication.translate("FacetSection", "%1 rooms or more")
        return f"{item.value}+", said.replace("%1", item.value)
    if facet == "max_price":
        amount = format_mad(int(item.value), lang)
        said = QCoreApplication.translate("FacetSection", "Up to %1")
        return f"≤ {amount}", said.replace("%1", amount)
    label = unit_text.facet_label(facet, item, lang)
    return label, label
