"""The facet panel: one section per facet, chips with counts; a chip toggles its filter."""

from __future__ import annotations

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
from kiosk.ui import unit_text
from kiosk.ui.widgets.flow import FlowLayout
from kiosk.ui.widgets.kinetic import enable_kinetic

FACET_ORDER = ("category", "city", "price_band", "type", "rooms", "status")
COLLAPSED_CHIPS = 12  # long facets (cities) show the biggest values until "show all"
PANEL_SPACING_PX = 16


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

    def show_counts(self, items: list[FacetCount], selected: str, lang: str) -> None:
        self._items, self._selected, self._lang = items, selected, lang
        self._rebuild()

    def _rebuild(self) -> None:
        """Refresh the chips in place: buttons are reused, never rebuilt, on each keystroke."""
        self.buttons = {}
        items = [i for i in self._items if i.count > 0 or i.value == self._selected]
        if self._selected and all(i.value != self._selected for i in items):
            items.insert(0, FacetCount(self._selected, self._selected, self._selected, 0))
        visible = items if self.expanded else items[:COLLAPSED_CHIPS]
        for position, item in enumerate(visible):
            button = self._chip(position)
            label = unit_text.facet_label(self.facet, item, self._lang)
            button.setText(f"{label} ({item.count})")
            button.setChecked(item.value == self._selected)
            button.setAccessibleName(
                QCoreApplication.translate("UnitText", "%1, %2 results")
                .replace("%1", label)
                .replace("%2", str(item.count))
            )
            button.setProperty("facetValue", item.value)
            button.show()
            self.buttons[item.value] = button
        for spare in self._pool[len(visible) :]:
            spare.hide()
        self.more.setVisible(len(items) > COLLAPSED_CHIPS)
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
        for facet in FACET_ORDER:
            section = FacetSection(facet, body)
            section.chosen.connect(self.chosen)
            self.sections[facet] = section
            self.body_layout.addWidget(section)
        self.body_layout.addStretch(1)
        self.setWidget(body)
        enable_kinetic(self)

    def put_first(self, facet: str | None) -> None:
        """The facet the visitor came for (city, type, budget) goes to the top, opened."""
        order = [facet] if facet in self.sections else []
        order += [f for f in FACET_ORDER if f not in order]
        for position, name in enumerate(order):
            section = self.sections[name]
            self.body_layout.removeWidget(section)
            self.body_layout.insertWidget(position, section)
            section.expanded = name == facet
        self.verticalScrollBar().setValue(0)

    def set_titles(self, titles: dict[str, str]) -> None:
        for facet, title in titles.items():
            self.sections[facet].title.setText(title)

    def show_facets(
        self, facets: dict[str, list[FacetCount]], filters: dict[str, str], lang: str
    ) -> None:
        for facet, section in self.sections.items():
            section.show_counts(facets.get(facet, []), filters.get(facet, ""), lang)
