"""Search and results: live search while typing, facet chips with counts, sort, a lazy list."""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QModelIndex, Qt, QTimer
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from kiosk.core.catalog import SearchQuery
from kiosk.core.query.visitor import Alternative
from kiosk.ui import i18n, stand_counters
from kiosk.ui.models import PHOTO_ROLE, REF_ROLE, ResultsModel
from kiosk.ui.screens.base import Screen
from kiosk.ui.services import Services
from kiosk.ui.session import VisitorSession
from kiosk.ui.thumbnails import Pictures
from kiosk.ui.widgets.facets import FacetPanel
from kiosk.ui.widgets.kinetic import enable_kinetic
from kiosk.ui.widgets.understood import NoResultsPanel, UnderstoodBar
from kiosk.ui.widgets.unit_card import UnitCardDelegate

HEADING_MIN_SCREEN_PX = 480  # below this height (keyboard open) the heading hides

log = logging.getLogger(__name__)

DEBOUNCE_MS = 250  # search when the visitor pauses typing
FACET_PANEL_WIDTH_PX = 380
PHOTOS_AHEAD = 20  # result photos decoded ahead of the cards that show them
MAX_TEXT_LENGTH = 80
SORTS = ("relevance", "price_asc", "price_desc", "surface_desc", "surface_asc")
INT_FILTERS = frozenset({"rooms", "min_rooms", "max_price"})


class ResultsScreen(Screen):
    def __init__(
        self, services: Services, session: VisitorSession, parent: QWidget | None = None
    ) -> None:
        super().__init__(services, session, parent)
        self.setObjectName("screen")
        self.filters: dict[str, str] = {}
        self.model = ResultsModel(services.catalog, self)

        self._build_search_controls()
        self._build_heading_and_facets()
        self._build_result_list()
        self._build_empty_panel()
        self._lay_out_screen()
        self._focus = ""
        self._counted_text = ""
        self._searched = False
        self._literal = False
        self.retranslate()

    def _build_search_controls(self) -> None:
        self.search_field = QLineEdit(self)
        self.search_field.setObjectName("searchField")
        self.search_field.setMaxLength(MAX_TEXT_LENGTH)
        # Focus (and the touch keyboard) only when tapped: many visitors only use the chips.
        self.search_field.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self.search_field.textChanged.connect(self._on_text_changed)
        self.search_field.returnPressed.connect(self._search_entered)
        self.sort_box = QComboBox(self)
        self.sort_box.currentIndexChanged.connect(lambda _i: self.search_now())
        self.debounce = QTimer(self)
        self.debounce.setSingleShot(True)
        self.debounce.setInterval(DEBOUNCE_MS)
        self.debounce.timeout.connect(self._search_typed)
        # Typed searches show the results first and the facet counts a moment later.
        self.facet_timer = QTimer(self)
        self.facet_timer.setSingleShot(True)
        self.facet_timer.setInterval(0)
        self.facet_timer.timeout.connect(self.update_facets)

    def _build_heading_and_facets(self) -> None:
        self.heading = QLabel(self)
        self.heading.setProperty("role", "title")
        self.heading.setWordWrap(True)
        self.summary = QLabel(self)
        self.summary.setProperty("role", "subtitle")

        self.facets = FacetPanel(self)
        self.facets.setFixedWidth(FACET_PANEL_WIDTH_PX)
        self.facets.chosen.connect(self.set_filter)
        self.map_button = QPushButton(self)
        self.map_button.setProperty("role", "nav")
        self.map_button.clicked.connect(lambda: self.go("map"))
        self.facets.set_home_city(self.services.event.event.city)

    def _build_result_list(self) -> None:
        self.list_view = QListView(self)
        self.list_view.setObjectName("resultList")
        self.list_view.setModel(self.model)
        self.pictures = Pictures(self.services.catalog.media, "thumb", self)
        self.pictures.ready.connect(lambda _sha: self.list_view.viewport().update())
        self.model.modelReset.connect(lambda: self._prefetch_photos(0))
        self.model.rowsInserted.connect(lambda _parent, first, _last: self._prefetch_photos(first))
        self.list_view.setItemDelegate(
            UnitCardDelegate(self.services.event, self.pictures, self.list_view)
        )
        self.list_view.setUniformItemSizes(True)
        self.list_view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.list_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.list_view.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.list_view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list_view.clicked.connect(self.open_index)
        # Flick with a finger (touch events); a tap still reaches the list as a click.
        self.list_flick = enable_kinetic(self.list_view)

    def _prefetch_photos(self, first: int) -> None:
        """The photos of the first results (and of each page as it arrives) are decoded at
        once, not one by one as the cards are painted."""
        rows = range(first, min(first + PHOTOS_AHEAD, self.model.rowCount()))
        photos = [self.model.index(row, 0).data(PHOTO_ROLE) for row in rows]
        self.pictures.prefetch([p.sha256 for p in photos if p is not None])

    def _build_empty_panel(self) -> None:
        # What was understood (chips, correction) and, when nothing matches, the way on.
        self.understood = UnderstoodBar(self)
        self.understood.search_text.connect(self._search_text)
        self.understood.literal.connect(self._set_literal)
        self.empty_panel = NoResultsPanel(self)
        self.empty_panel.chosen.connect(self._take_alternative)
        self.empty_panel.advisor.connect(lambda: self.go("lead_form", refs=[]))

    def _lay_out_screen(self) -> None:
        self.body = QStackedWidget(self)
        self.body.addWidget(self.list_view)
        self.body.addWidget(self.empty_panel)

        search_row = QHBoxLayout()
        search_row.addWidget(self.search_field, 1)
        search_row.addWidget(self.sort_box)
        column = QVBoxLayout()
        column.setSpacing(12)
        column.addWidget(self.heading)
        column.addLayout(search_row)
        column.addWidget(self.understood)
        summary_row = QHBoxLayout()
        summary_row.addWidget(self.summary, 1)
        summary_row.addWidget(self.map_button)
        column.addLayout(summary_row)
        column.addWidget(self.body, 1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 16)
        layout.setSpacing(24)
        layout.addWidget(self.facets)
        layout.addLayout(column, 1)

    def resizeEvent(self, event: QResizeEvent) -> None:
        # With the keyboard up the screen is a strip: the search field and the results
        # matter, the heading gives up its place instead of being cut.
        roomy = event.size().height() >= HEADING_MIN_SCREEN_PX
        self.heading.setVisible(roomy)
        self.understood.set_roomy(roomy)
        super().resizeEvent(event)

    # --- navigation ---
    def enter(self, **kwargs: Any) -> None:
        focus = kwargs.get("focus")
        if focus is not None:
            self._focus = str(focus)
            self.facets.put_first(self._focus)
        if "text" in kwargs:
            self.search_field.setText(str(kwargs["text"]))
        for facet in ("region", "city", "category", "type", "price_band", "max_price", "min_rooms"):
            if kwargs.get(facet):
                self.filters[facet] = str(kwargs[facet])
        self._update_heading()
        if kwargs or not self._searched:
            self.search_now()
        # else: back from a unit page, the list stays where the visitor left it

    def reset(self) -> None:
        self.debounce.stop()
        self.filters = {}
        self._focus = ""
        self.search_field.blockSignals(True)
        self.search_field.clear()
        self.search_field.blockSignals(False)
        self.sort_box.setCurrentIndex(0)
        self.facet_timer.stop()
        self.model.clear()
        self.list_view.scrollToTop()

    # --- searching ---
    def _on_text_changed(self, text: str) -> None:
        self.session.search_text = text
        self._literal = False  # new words: corrections on again
        self.debounce.start()

    def current_query(self) -> SearchQuery:
        values: dict[str, Any] = {}
        for facet, value in self.filters.items():
            values[facet] = int(value) if facet in INT_FILTERS else value
        sort = SORTS[max(self.sort_box.currentIndex(), 0)]
        return SearchQuery(text=self.search_field.text(), sort=sort, **values)

    def _search_entered(self) -> None:
        """⏎: search now and put the keyboard away, so the results show whole."""
        self.search_now()
        self.list_view.setFocus()

    def _search_typed(self) -> None:
        self.search_now(defer_facets=True)

    def search_now(self, *, defer_facets: bool = False) -> None:
        """Run the search at once (the debounce timer calls this after a pause)."""
        self.debounce.stop()
        self._searched = True
        self.model.run(self.current_query(), with_facets=not defer_facets, literal=self._literal)
        self.list_view.scrollToTop()
        if defer_facets:
            self.facet_timer.start()
        else:
            self.facet_timer.stop()
            self._show_facets()
        total = self.model.total
        self.summary.setText(self.tr("%Ln result(s)", "", total))
        self.body.setCurrentWidget(self.list_view if total else self.empty_panel)
        self._show_understood()

    def update_facets(self) -> None:
        self.model.count_facets()
        self._show_facets()

    def facets_pending(self) -> bool:
        return self.facet_timer.isActive()

    def _show_facets(self) -> None:
        self.facets.show_facets(self.model.facets, self.filters, i18n.current_language())

    def set_filter(self, facet: str, value: str) -> None:
        if value:
            self.filters[facet] = value
        else:
            self.filters.pop(facet, None)
        self.search_now()

    def _show_understood(self) -> None:
        found = self.model.found
        if found is None:
            self.understood.hide()
            return
        language = i18n.current_language()
        places = self.services.catalog.vocabulary()
        self.understood.show_result(found, places, language)
        if not found.result.total:
            self.empty_panel.show_alternatives(found.alternatives, places, language)

    def _search_text(self, text: str) -> None:
        """A chip removed: search what remains of the typed text at once."""
        self.search_field.setText(text)
        self.search_now()

    def _set_literal(self, literal: bool) -> None:
        self._literal = literal
        self.search_now()

    def _take_alternative(self, alt: Alternative) -> None:
        """Nothing found: the visitor took one of the nearest searches."""
        if alt.dropped_filter:
            self.filters.pop(alt.dropped_filter, None)
            self.search_now()
        else:
            self._search_text(alt.text)

    def open_index(self, index: QModelIndex) -> None:
        if self.list_flick.dragged:
            return  # the finger scrolled the list: lifting it is no tap on a card
        ref = index.data(REF_ROLE)
        if ref:
            text = self.search_field.text().strip()
            if text and text != self._counted_text:  # a search that led somewhere
                stand_counters.count(self.services, "search", text)
                self._counted_text = text
            self.go("detail", ref=str(ref))

    # --- texts ---
    def _update_heading(self) -> None:
        headings = {
            "city": self.tr("Choose a city"),
            "category": self.tr("Homes, plots or business premises?"),
            "max_price": self.tr("Choose your budget"),
        }
        self.heading.setText(headings.get(self._focus, self.tr("Search the catalog")))

    def retranslate(self) -> None:
        self.map_button.setText(self.tr("Map of Morocco"))
        self.map_button.setAccessibleName(self.map_button.text())
        self.search_field.setPlaceholderText(self.tr("Type a city, a programme, a type…"))
        self.search_field.setAccessibleName(self.tr("Search"))
        sort_names = [
            self.tr("Best match"),
            self.tr("Price: low to high"),
            self.tr("Price: high to low"),
            self.tr("Largest first"),
            self.tr("Smallest first"),
        ]
        current = max(self.sort_box.currentIndex(), 0)
        self.sort_box.blockSignals(True)
        self.sort_box.clear()
        self.sort_box.addItems(sort_names)
        self.sort_box.setCurrentIndex(current)
        self.sort_box.blockSignals(False)
        self.sort_box.setAccessibleName(self.tr("Sort"))
        self.list_view.setAccessibleName(self.tr("Results"))
        self.facets.set_titles(
            {
                "category": self.tr("Kind"),
                "city": self.tr("City"),
                "max_price": self.tr("Price up to"),
                "type": self.tr("Type"),
                "min_rooms": self.tr("Rooms (at least)"),
                "status": self.tr("Availability"),
            }
        )
        self._update_heading()
        self._show_understood()
        if self.model.total or self.model.query.text or self.filters:
            self.facets.show_facets(self.model.facets, self.filters, i18n.current_language())
