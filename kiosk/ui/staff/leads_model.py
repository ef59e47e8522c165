"""The staff console's leads list as a model that fills itself a page at a time.

Pages are read and their personal fields opened on a worker thread, each with its own
connection; the UI thread only appends the rows that arrive, so a stand with 100,000
leads opens and scrolls the list without waiting. The view asks for the next page
(``canFetchMore``/``fetchMore``) when its last row comes into sight.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import nacl.public
from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRunnable,
    Qt,
    QThreadPool,
    Signal,
)

from kiosk.core.db import KioskDB
from kiosk.core.leads import count_leads, lead_page
from sync.contract.errors import OmraneError

log = logging.getLogger(__name__)
PAGE_SIZE = 200  # about 20 ms of opening on the worker; a screen shows ~15 rows

AnyIndex = QModelIndex | QPersistentModelIndex


class _Reports(QObject):
    """Carries a worker's results to the UI thread (queued: it lives there)."""

    page = Signal(int, object, int)  # generation, rows, total (-1: not counted)
    failed = Signal(int, str)


class _ReadPage(QRunnable):
    def __init__(
        self,
        path: Path,
        key: nacl.public.PrivateKey,
        after: str,
        columns: Sequence[str],
        generation: int,
        reports: _Reports,
    ) -> None:
        super().__init__()
        self.path, self.key, self.after, self.columns = path, key, after, columns
        self.generation, self.reports = generation, reports

    def run(self) -> None:
        try:
            db = KioskDB(self.path, migrate=False)
            try:
                leads = lead_page(db, self.key, after=self.after, limit=PAGE_SIZE)
                total = count_leads(db) if not self.after else -1
            finally:
                db.close()
        except OmraneError as exc:
            self.reports.failed.emit(self.generation, exc.message)
            return
        rows = [
            (str(lead["id"]), *(str(lead.get(c) or "") for c in self.columns)) for lead in leads
        ]
        self.reports.page.emit(self.generation, rows, total)


class LeadsModel(QAbstractTableModel):
    """Rows of (id, *columns) as text; ``shown(column, value)`` formats a cell for display."""

    total_known = Signal(int)
    failed = Signal(str)

    def __init__(
        self,
        db_path: Path,
        columns: Sequence[str],
        headers: Sequence[str],
        shown: Callable[[str, str], str],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.db_path, self.columns, self.headers, self.shown = db_path, columns, headers, shown
        # the pool first: children go in creation order, so it waits for its reads before
        # the object they report to goes
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._reports = _Reports(self)
        self._reports.page.connect(self._arrived)
        self._reports.failed.connect(self._failed)
        self._rows: list[tuple[str, ...]] = []
        self._key: nacl.public.PrivateKey | None = None
        self._generation = 0
        self._pending = False
        self._complete = True
        self.total: int | None = None

    # ---- what the console does ---------------------------------------------------------

    def open(self, key: nacl.public.PrivateKey) -> None:
        """Start listing with this session's key (the first page is read at once)."""
        self.clear()
        self._key, self._complete = key, False
        self._request()

    def clear(self) -> None:
        """Forget every row and the key; pages still being read are dropped on arrival."""
        self._generation += 1
        self.beginResetModel()
        self._rows, self._key, self._pending, self._complete = [], None, False, True
        self.total = None
        self.endResetModel()

    @property
    def loading(self) -> bool:
        return self._pending

    @property
    def is_open(self) -> bool:
        """Listing with a key (rows shown or on their way)."""
        return self._key is not None

    def wait(self) -> None:
        """Let the page being read finish (before closing, and in tests)."""
        self._pool.waitForDone()

    def lead_id(self, row: int) -> str:
        return self._rows[row][0]

    # ---- Qt model ------------------------------------------------------------------------

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole or not index.isValid():
            return None
        column = index.column()
        return self.shown(self.columns[column], self._rows[index.row()][column + 1])

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.headers[section]
        return super().headerData(section, orientation, role)

    def canFetchMore(self, parent: AnyIndex) -> bool:
        return not parent.isValid() and self._key is not None and not self._complete

    def fetchMore(self, parent: AnyIndex) -> None:
        if self.canFetchMore(parent) and not self._pending:
            self._request()

    # ---- pages ---------------------------------------------------------------------------

    def _request(self) -> None:
        if self._key is None:
            return
        self._pending = True
        after = self._rows[-1][0] if self._rows else ""
        self._pool.start(
            _ReadPage(self.db_path, self._key, after, self.columns, self._generation, self._reports)
        )

    def _arrived(self, generation: int, rows: list[tuple[str, ...]], total: int) -> None:
        if generation != self._generation:
            return
        self._pending = False
        self._complete = len(rows) < PAGE_SIZE
        if rows:
            first = len(self._rows)
            self.beginInsertRows(QModelIndex(), first, first + len(rows) - 1)
            self._rows.extend(rows)
            self.endInsertRows()
        if total >= 0:
            self.total = total
            self.total_known.emit(total)

    def _failed(self, generation: int, message: str) -> None:
        if generation != self._generation:
            return
        log.error("staff console: leads page: %s", message)
        self._pending, self._complete = False, True
        self.failed.emit(message)
