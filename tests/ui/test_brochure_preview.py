"""Print a brochure from the kiosk: preview, print without a dialog, or scan the QR."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from kiosk.core.backup import backup
from kiosk.core.catalog import Catalog, SearchQuery
from kiosk.core.config import Printer
from kiosk.core.db import KioskDB
from kiosk.core.printing import PrintQueue
from kiosk.ui.app import MainWindow
from kiosk.ui.screens.brochure_preview import BrochurePreviewScreen
from kiosk.ui.services import Services


@pytest.fixture
def stand(qtbot: QtBot, shell_services: Services, tmp_path: Path) -> Iterator[MainWindow]:
    path = tmp_path / "kiosk.db"
    backup(shell_services.db, path)
    db = KioskDB(path)
    services = replace(shell_services, db=db, catalog=Catalog(db))
    window = MainWindow(services)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    yield window
    window.close()
    db.close()


def _preview(window: MainWindow) -> tuple[BrochurePreviewScreen, list[str]]:
    refs = [u.ref for u in window.services.catalog.search(SearchQuery(limit=2)).units]
    assert window.show_screen("brochure_preview", refs=refs)
    screen = window.screen_widget("brochure_preview")
    assert isinstance(screen, BrochurePreviewScreen)
    return screen, refs


def test_preview_shows_one_page_per_unit_and_print_queues_it(
    qtbot: QtBot, stand: MainWindow
) -> None:
    screen, refs = _preview(stand)
    pages = screen.findChildren(type(screen.title), "brochurePage")
    assert len(pages) == 2 and not pages[0].pixmap().isNull()
    qtbot.mouseClick(screen.print_button, Qt.MouseButton.LeftButton)
    jobs = PrintQueue(stand.services.db, stand.services.paths).jobs()
    assert [j.state for j in jobs] == ["done"]  # the default folder printer
    assert Path(jobs[0].printer_job).read_bytes().startswith(b"%PDF")
    assert refs[0] in jobs[0].title


def test_a_printer_that_is_not_there_makes_the_brochure_follow_and_offers_the_qr(
    qtbot: QtBot, stand: MainWindow
) -> None:
    event = stand.services.event
    stand.services = replace(
        stand.services,
        event=event.model_copy(update={"printer": Printer(backend="cups", name="NoSuchPrinter")}),
    )
    screen, _refs = _preview(stand)
    screen.services = stand.services
    assert len(_refs) == 2
    qtbot.mouseClick(screen.print_button, Qt.MouseButton.LeftButton)
    assert set(screen.codes) == set(_refs)  # a code for each unit, not only the first
    assert all(not code.pixmap().isNull() for code in screen.codes.values())
    (job,) = PrintQueue(stand.services.db, stand.services.paths).jobs()
    assert job.state == "queued" and job.last_error
