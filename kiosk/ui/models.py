"""Qt models over the catalog: a result list that loads page by page as the visitor scrolls."""

from __future__ import annotations

import logging
from dataclasses import replace
from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from kiosk.core.catalog import Catalog, FacetCount, SearchQuery, Unit
from kiosk.core.media.catalog_media import Picture
from kiosk.core.query.visitor import VisitorResult
from kiosk.ui import i18n, unit_text

log = logging.getLogger(__name__)

PAGE_SIZE = 30
UNIT_ROLE = Qt.ItemDataRole.UserRole + 1
REF_ROLE = Qt.ItemDataRole.UserRole + 2
PHOTO_ROLE = Qt.ItemDataRole.UserRole + 3  # the card's Picture (kiosk.core.media), or None

AnyIndex = QModelIndex | QPersistentModelIndex


class ResultsModel(QAbstractListModel):
    """Units matching a query; only the pages the list has scrolled to are in memory."""

    def __init__(self, catalog: Catalog, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.catalog = catalog
        self.query = SearchQuery(limit=PAGE_SIZE)
        self.searched = self.query
        self.total = 0
        self.facets: dict[str, list[FacetCount]] = {}
        self.found: VisitorResult | None = None
        self._units: list[Unit] = []
        self._photos: dict[str, Picture] = {}

    # --- loading ---
    def run(self, query: SearchQuery, *, with_facets: bool = True, literal: bool = False) -> None:
        """Replace the results with the first page of `query` (and its facet counts, unless
        asked to leave them for `count_facets`, which costs more than the page itself).

        The typed text is understood (filters, corrections; ``literal``: none); the model
        then pages through the understood query."""
        first = replace(query, limit=PAGE_SIZE, offset=0, with_facets=with_facets)
        found = self.catalog.visitor_search(first, literal=literal)
        result = found.result
        self.beginResetModel()
        self.found = found
        self.query = first  # as the screen asked
        self.searched = found.query  # as understood: what the pages are read from
        self.total = result.total
        self.facets = result.facets if with_facets else {}
        self._units = list(result.units)
        self._photos = self.catalog.card_photos([u.ref for u in self._units])
        self.endResetModel()

    def count_facets(self) -> dict[str, list[FacetCount]]:
        """Facet counts of the current query (one row fetched, the counts are what matter)."""
        self.facets = self.catalog.search(replace(self.searched, limit=1, with_facets=True)).facets
        return self.facets

    def clear(self) -> None:
        self.beginResetModel()
        self.query = SearchQuery(limit=PAGE_SIZE)
        self.searched = self.query
        self.total = 0
        self.facets = {}
        self.found = None
        self._units = []
        self._photos = {}
        self.endResetModel()

    def canFetchMore(self, parent: AnyIndex = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and len(self._units) < self.total

    def fetchMore(self, parent: AnyIndex = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid() or len(self._units) >= self.total:
            return
        page = replace(self.searched, offset=len(self._units), with_facets=False)
        units = self.catalog.search(page).units
        if not units:
            self.total = len(self._units)  # the catalog changed under us: stop asking
            return
        start = len(self._units)
        self._photos.update(self.catalog.card_photos([u.ref for u in units]))
        self.beginInsertRows(QModelIndex(), start, start + len(units) - 1)
        self._units.extend(units)
        self.endInsertRows()

    # --- reading ---
    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._units)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._units):
            return None
        unit = self._units[index.row()]
        if role == UNIT_ROLE:
            return unit
        if role == REF_ROLE:
            return unit.ref
        if role == PHOTO_ROLE:
            return self._photos.get(unit.ref)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            lang = i18n.current_language()
            return f"{unit_text.title(unit, lang)} — {unit_text.city(unit, lang)}"
        return None

    def unit_at(self, row: int) -> Unit | None:
        return self._units[row] if 0 <= row < len(self._units) else None

    def loaded(self) -> int:
        return len(self._units)
