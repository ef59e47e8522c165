"""My selection: up to 4 units side by side, fact by fact."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QSize, Qt
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
from kiosk.ui import aid_text, i18n, registry, unit_text
from kiosk.ui.screens.base import Screen
from kiosk.ui.services import Services
from kiosk.ui.session import VisitorSession
from kiosk.ui.thumbnails import Pictures
from kiosk.ui.widgets.gallery import Gallery
from kiosk.ui.widgets.kinetic import enable_kinetic
from kiosk.ui.widgets.takeaway_qr import TakeawayQr
from kiosk.ui.widgets.wrap_button import WrapButton

COMPARE_PICTURE = QSize(220, 120)
COLUMN_MIN_WIDTH_PX = 240


class CompareScreen(Screen):
    def __init__(
        self, services: Services, session: VisitorSession, parent: QWidget | None = None
    ) -> None:
        super().__init__(services, session, parent)
        self.setObjectName("screen")
        self.units: list[Unit] = []
        self.pictures = Pictures(services.catalog.media, "thumb", self)
        self.title = QLabel(self)
        self.title.setProperty("role", "title")
        self.empty = QLabel(self)
        self.empty.setProperty("role", "subtitle")
        self.empty.setWordWrap(True)
        self.search_button = QPushButton(self)
        self.search_button.setProperty("role", "primary")
        self.search_button.clicked.connect(lambda: self.go("results"))
        self.interested_button = WrapButton("", self)
        self.interested_button.setProperty("role", "primary")
        self.interested_button.setEnabled(registry.is_available("lead_form"))
        self.interested_button.clicked.connect(
            lambda: self.go("lead_form", refs=list(self.session.selection))
        )
        self.print_button = WrapButton("", self)
        self.print_button.setProperty("role", "secondary")
        self.print_button.setEnabled(registry.is_available("brochure_preview"))
        self.print_button.clicked.connect(
            lambda: self.go("brochure_preview", refs=list(self.session.selection))
        )
        self.grid_host = QWidget(self)
        self.grid = QGridLayout(self.grid_host)
        self.grid.setHorizontalSpacing(16)
        self.grid.setVerticalSpacing(10)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(self.grid_host)
        enable_kinetic(scroll)
        self.scroll_area = scroll
        self.takeaway = TakeawayQr(
            services, session, self, on_send=lambda refs: self.go("send_selection", refs=refs)
        )
        actions = QHBoxLayout()
        actions.addWidget(self.takeaway, 1)
        actions.addStretch(1)
        actions.addWidget(self.print_button)
        actions.addWidget(self.interested_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(40, 24, 40, 24)
        layout.setSpacing(16)
        layout.addWidget(self.title)
        layout.addWidget(self.empty)
        layout.addWidget(self.search_button, 0, Qt.AlignmentFlag.AlignLeading)
        layout.addWidget(scroll, 1)
        layout.addLayout(actions)
        self.retranslate()

    def enter(self, **kwargs: Any) -> None:
        self.rebuild()

    def reset(self) -> None:
        self.takeaway.reset()
        self.units = []
        self._clear_grid()

    def _clear_grid(self) -> None:
        while self.grid.count():
            item = self.grid.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.setParent(None)
                widget.deleteLater()

    def remove(self, ref: str) -> None:
        self.session.remove_from_selection(ref)
        self.rebuild()

    def rebuild(self) -> None:
        self._clear_grid()
        self.units = self.services.catalog.units_by_refs(self.session.selection)
        has_units = bool(self.units)
        self.empty.setVisible(not has_units)
        self.search_button.setVisible(not has_units)
        self.scroll_area.setVisible(has_units)
        self.interested_button.setVisible(has_units)
        self.print_button.setVisible(has_units)
        self.takeaway.show_units([u.ref for u in self.units])
        lang = i18n.current_language()
        rows = self._row_names()
        for row, name in enumerate(rows, start=1):
            label = QLabel(name, self.grid_host)
            label.setProperty("role", "hint")
            label.setWordWrap(True)
            self.grid.addWidget(label, row, 0)
        for col, unit in enumerate(self.units, start=1):
            picture = Gallery(self.pictures, COMPARE_PICTURE, self.grid_host)
            picture.setFixedHeight(COMPARE_PICTURE.height())
            main_picture = self.services.catalog.pictures(unit.ref)[:1]  # no controls here
            picture.show_pictures(main_picture, unit.category, unit.type)
            self.grid.addWidget(picture, 0, col)
            for row, text in enumerate(self._values(unit, lang), start=1):
                value = QLabel(i18n.directional(text), self.grid_host)
                value.setWordWrap(True)
                value.setMinimumWidth(COLUMN_MIN_WIDTH_PX)
                if row == 1:
                    value.setProperty("role", "subtitle")
                self.grid.addWidget(value, row, col)
            buttons = QWidget(self.grid_host)
            box = QVBoxLayout(buttons)
            box.setContentsMargins(0, 0, 0, 0)
            see = QPushButton(self.tr("See"), buttons)
            see.setAccessibleName(self.tr("See %1").replace("%1", unit.ref))
            see.clicked.connect(lambda _=False, r=unit.ref: self.go("detail", ref=r))
            remove = QPushButton(self.tr("Remove"), buttons)
            remove.setAccessibleName(self.tr("Remove %1").replace("%1", unit.ref))
            remove.clicked.connect(lambda _=False, r=unit.ref: self.remove(r))
            box.addWidget(see)
            box.addWidget(remove)
            self.grid.addWidget(buttons, len(rows) + 1, col)
        self.grid.setRowStretch(len(rows) + 2, 1)

    def _row_names(self) -> list[str]:
        names = [
            self.tr("Unit"),
            self.tr("City"),
            self.tr("Type"),
            self.tr("Surface"),
            self.tr("Rooms"),
            self.tr("Price"),
            self.tr("Price in %1").replace("%1", self.services.event.currency.code),
            self.tr("Availability"),
            self.tr("Delivery"),
            self.tr("Daam Sakane"),
        ]
        return names if self.services.event.currency.converts else names[:6] + names[7:]

    def _values(self, unit: Unit, lang: str) -> list[str]:
        eligible, headline, _details = aid_text.summary(unit, lang)
        values = [
            unit_text.short_title(unit, lang),
            unit_text.city(unit, lang),
            unit_text.type_name(unit, lang),
            unit_text.surface(unit, lang),
            str(unit.rooms) if unit.rooms else "—",
            unit_text.price_mad(unit, lang),
            unit_text.price_in_event_currency(unit, self.services.event, lang) or "—",
            unit_text.status_name(unit.status, lang),
            formatting.format_date(unit.delivery_date, lang) if unit.delivery_date else "—",
            self.tr("May qualify") if eligible else (self.tr("No") if headline else "—"),
        ]
        return values if self.services.event.currency.converts else values[:6] + values[7:]

    def retranslate(self) -> None:
        self.title.setText(self.tr("My selection"))
        self.empty.setText(
            self.tr("Your selection is empty. Add up to 4 units from their page to compare them.")
        )
        self.search_button.setText(self.tr("Search the catalog"))
        self.interested_button.setText(self.tr("I'm interested"))
        self.print_button.setText(self.tr("Print a brochure"))
        for button in (self.search_button, self.interested_button, self.print_button):
            button.setAccessibleName(button.text())
        if self.units and self.isVisible():  # hidden: enter() rebuilds it anyway
            self.rebuild()
