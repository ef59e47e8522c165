"""Unit detail: picture by type, key facts, prices, Daam Sakane indication, next steps."""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QSize
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from kiosk.core import formatting
from kiosk.core.catalog import Unit
from kiosk.ui import aid_text, i18n, registry, stand_counters, unit_text
from kiosk.ui.screens.base import Screen
from kiosk.ui.services import Services
from kiosk.ui.session import VisitorSession
from kiosk.ui.thumbnails import Pictures
from kiosk.ui.widgets.gallery import Gallery, PictureViewer
from kiosk.ui.widgets.kinetic import enable_kinetic
from kiosk.ui.widgets.takeaway_qr import TakeawayQr
from kiosk.ui.widgets.wrap_button import WrapButton
from sync.contract.errors import OmraneError

log = logging.getLogger(__name__)

PICTURE_SIZE = QSize(400, 280)
FACT_COLUMNS = 2
WRAP_SLACK_PX = 12


class DetailScreen(Screen):
    def __init__(
        self, services: Services, session: VisitorSession, parent: QWidget | None = None
    ) -> None:
        super().__init__(services, session, parent)
        self.setObjectName("screen")
        self.unit: Unit | None = None
        self._build_headline_labels()
        self._build_fact_grid()
        self._build_aid_card()
        self._build_action_buttons()
        self._lay_out_screen()
        session.changed.connect(self._update_selection_button)
        self.retranslate()

    def _build_headline_labels(self) -> None:
        self.pictures = Pictures(self.services.catalog.media, "screen", self)
        self.picture = Gallery(self.pictures, PICTURE_SIZE, self)
        self.viewer = PictureViewer(self.pictures, self)
        self.picture.opened.connect(self._open_picture)
        self.title = QLabel(self)
        self.title.setProperty("role", "title")
        self.title.setWordWrap(True)
        self.place = QLabel(self)
        self.place.setProperty("role", "subtitle")
        self.place.setWordWrap(True)
        self.programme_button = self._action("chip", self._open_programme, "programme")
        self.price = QLabel(self)
        self.price.setProperty("role", "price")
        self.price_other = QLabel(self)
        self.price_other.setProperty("role", "subtitle")
        self.rate = QLabel(self)
        self.rate.setProperty("role", "hint")
        self.rate.setWordWrap(True)

    def _build_fact_grid(self) -> None:
        self.facts = QGridLayout()
        self.facts.setHorizontalSpacing(24)
        self.facts.setVerticalSpacing(8)
        self.fact_labels: dict[str, tuple[QLabel, QLabel]] = {}
        keys = ("type", "surface", "rooms", "floor", "status", "delivery", "ref")
        for key in keys:
            name, value = QLabel(self), QLabel(self)
            name.setProperty("role", "hint")
            value.setWordWrap(True)
            self.fact_labels[key] = (name, value)
        self._place_facts(list(keys))
        for pair in range(FACT_COLUMNS):
            self.facts.setColumnStretch(pair, 1)

    def _place_facts(self, shown: list[str]) -> None:
        """The facts this unit has, packed in reading order (a plot has no rooms or floor)."""
        for key, (name, value) in self.fact_labels.items():
            self.facts.removeWidget(name)
            self.facts.removeWidget(value)
            name.setVisible(key in shown)
            value.setVisible(key in shown)
        for position, key in enumerate(shown):
            name, value = self.fact_labels[key]
            row, pair = divmod(position, FACT_COLUMNS)
            self.facts.addWidget(name, 2 * row, pair)
            self.facts.addWidget(value, 2 * row + 1, pair)

    def _build_aid_card(self) -> None:
        self.aid_card = QFrame(self)
        self.aid_card.setProperty("role", "card")
        aid_layout = QVBoxLayout(self.aid_card)
        aid_layout.setContentsMargins(20, 16, 20, 16)
        self.aid_headline = QLabel(self.aid_card)
        self.aid_headline.setWordWrap(True)
        self.aid_headline.setProperty("role", "cardTitle")
        self.aid_details = QLabel(self.aid_card)
        self.aid_details.setProperty("role", "hint")
        self.aid_details.setWordWrap(True)
        # Room for Qt's slightly short wrap width with mixed Arabic/Latin lines.
        self.aid_details.setContentsMargins(WRAP_SLACK_PX, 0, WRAP_SLACK_PX, 0)
        aid_layout.addWidget(self.aid_headline)
        aid_layout.addWidget(self.aid_details)

    def _build_action_buttons(self) -> None:
        self.simulate_button = self._action("secondary", self._simulate, "simulator")
        self.select_button = self._action("secondary", self._toggle_selection, "")
        self.print_button = self._action("secondary", self._print, "brochure_preview")
        self.interested_button = self._action("primary", self._interested, "lead_form")
        self.selection_note = QLabel(self)
        self.selection_note.setProperty("role", "warning")
        self.selection_note.setWordWrap(True)
        self.selection_note.hide()

    def _info_column(self) -> QVBoxLayout:
        info = QVBoxLayout()
        info.setSpacing(10)
        prices = QHBoxLayout()
        prices.setSpacing(24)
        prices.addWidget(self.price)
        prices.addWidget(self.price_other)
        prices.addStretch(1)
        info.addWidget(self.title)
        info.addWidget(self.place)
        info.addWidget(self.programme_button)
        info.addLayout(prices)
        info.addWidget(self.rate)
        info.addLayout(self.facts)
        info.addStretch(1)
        return info

    def _picture_column(self) -> QVBoxLayout:
        side = QVBoxLayout()
        side.setSpacing(20)
        side.addWidget(self.picture)
        side.addWidget(self.aid_card)
        self.takeaway = TakeawayQr(self.services, self.session, self)
        side.addWidget(self.takeaway)
        side.addStretch(1)
        self.aid_card.setFixedWidth(PICTURE_SIZE.width())
        return side

    def _action_row(self) -> QHBoxLayout:
        actions = QHBoxLayout()
        actions.setSpacing(16)
        for button in (
            self.simulate_button,
            self.select_button,
            self.print_button,
            self.interested_button,
        ):
            actions.addWidget(button, 1)
        return actions

    def _lay_out_screen(self) -> None:
        info = self._info_column()
        side = self._picture_column()
        top = QHBoxLayout()
        top.setSpacing(32)
        top.addLayout(side)
        top.addLayout(info, 1)
        actions = self._action_row()
        content = QWidget(self)
        column = QVBoxLayout(content)
        column.setContentsMargins(40, 24, 40, 24)
        column.setSpacing(20)
        column.addLayout(top)
        column.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(content)
        enable_kinetic(scroll)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 24)
        outer.addWidget(scroll, 1)
        bottom = QVBoxLayout()
        bottom.setContentsMargins(40, 0, 40, 0)
        bottom.addWidget(self.selection_note)
        bottom.addLayout(actions)
        outer.addLayout(bottom)

    def _action(self, role: str, slot: Any, target: str) -> QPushButton:
        button = WrapButton("", self)
        button.setProperty("role", role)
        button.clicked.connect(slot)
        button.setProperty("target", target)
        if target:
            button.setEnabled(registry.is_available(target))
        return button

    # --- navigation ---
    def enter(self, **kwargs: Any) -> None:
        ref = kwargs.get("ref")
        if ref:
            try:
                self.unit = self.services.catalog.get(str(ref))
            except OmraneError:
                log.warning("unit %s not found", ref)
                self.unit = None
            if self.unit is not None:
                if self.unit.ref not in self.session.viewed:
                    stand_counters.count(self.services, "unit_view", self.unit.ref)
                self.session.mark_viewed(self.unit.ref)
        self.selection_note.hide()
        self._fill()
        self.takeaway.show_units([self.unit.ref] if self.unit is not None else [])

    def reset(self) -> None:
        self.takeaway.reset()
        self.unit = None
        self.selection_note.hide()
        self.viewer.hide()

    def _open_picture(self, index: int) -> None:
        if 0 <= index < len(self.picture.items):
            self.viewer.open(self.picture.items[index])

    def _open_programme(self) -> None:
        if self.unit is not None:
            self.go("programme", id=self.unit.programme_id)

    def _simulate(self) -> None:
        if self.unit is not None:
            self.go("simulator", ref=self.unit.ref)

    def _print(self) -> None:
        if self.unit is not None:
            self.go("brochure_preview", refs=[self.unit.ref])

    def _interested(self) -> None:
        if self.unit is not None:
            self.go("lead_form", refs=[self.unit.ref])

    def _toggle_selection(self) -> None:
        if self.unit is None:
            return
        if self.session.is_selected(self.unit.ref):
            self.session.remove_from_selection(self.unit.ref)
            self.selection_note.hide()
        elif not self.session.add_to_selection(self.unit.ref):
            self.selection_note.setText(
                self.tr("Your selection is full (4 units). Remove one to add this one.")
            )
            self.selection_note.show()
        self._update_selection_button()

    # --- texts ---
    def _update_selection_button(self) -> None:
        selected = self.unit is not None and self.session.is_selected(self.unit.ref)
        text = self.tr("Remove from my selection") if selected else self.tr("Add to my selection")
        self.select_button.setText(text)
        self.select_button.setAccessibleName(text)

    def _fill(self) -> None:
        unit, lang = self.unit, i18n.current_language()
        if unit is None:
            self.title.setText(self.tr("This unit is no longer in the catalog."))
            for widget in (self.place, self.price, self.price_other, self.rate):
                widget.clear()
            self.aid_card.hide()
            self.programme_button.hide()
            return
        self.programme_button.show()
        self.picture.show_pictures(
            self.services.catalog.pictures(unit.ref), unit.category, unit.type
        )
        self.title.setText(unit_text.short_title(unit, lang))
        self.place.setText(unit_text.place(unit, lang))
        self.programme_button.setText(
            self.tr("The programme %1: photos, units, map").replace(
                "%1", unit_text.programme(unit, lang)
            )
        )
        self.programme_button.setAccessibleName(self.programme_button.text())
        self.price.setText(unit_text.price_mad(unit, lang))
        self.price_other.setText(unit_text.price_in_event_currency(unit, self.services.event, lang))
        self.price_other.setVisible(bool(self.price_other.text()))
        self.rate.setText(unit_text.rate_note(self.services.event, lang))
        self.rate.setVisible(bool(self.rate.text()))
        values = {
            "type": unit_text.type_name(unit, lang),
            "surface": unit_text.surface(unit, lang),
            "rooms": str(unit.rooms) if unit.rooms else "",
            "floor": unit_text.floor(unit),
            "status": unit_text.status_name(unit.status, lang),
            "delivery": formatting.format_date(unit.delivery_date, lang)
            if unit.delivery_date
            else "—",
            "ref": unit.ref,
        }
        for key, text in values.items():
            self.fact_labels[key][1].setText(i18n.directional(text))
        # Rooms and floor only when the unit has them; the other facts always (— if unknown).
        self._place_facts([k for k, text in values.items() if text or k not in ("rooms", "floor")])
        eligible, headline, details = aid_text.summary(unit, lang)
        self.aid_card.setVisible(bool(headline))
        self.aid_headline.setText(headline)
        self.aid_headline.setProperty("role", "good" if eligible else "cardTitle")
        self.aid_headline.style().unpolish(self.aid_headline)
        self.aid_headline.style().polish(self.aid_headline)
        self.aid_details.setText(details)
        self._update_selection_button()

    def retranslate(self) -> None:
        names = {
            "type": self.tr("Type"),
            "surface": self.tr("Surface"),
            "rooms": self.tr("Rooms"),
            "floor": self.tr("Floor"),
            "status": self.tr("Availability"),
            "delivery": self.tr("Delivery"),
            "ref": self.tr("Reference"),
        }
        for key, text in names.items():
            self.fact_labels[key][0].setText(text)
        buttons = {
            self.simulate_button: self.tr("Simulate my loan"),
            self.print_button: self.tr("Print a brochure"),
            self.interested_button: self.tr("I'm interested"),
        }
        for button, text in buttons.items():
            button.setText(text)
            name = text if button.isEnabled() else self.tr("%1 (not available)").replace("%1", text)
            button.setAccessibleName(name)
        self._update_selection_button()
        self.picture.retranslate()
        self.viewer.retranslate()
        if self.unit is not None:
            self._fill()
