"""Kiosk UI fixtures: one small demo catalog per test session, a kiosk window on a fake clock."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from kiosk.core import demo_catalog, resources, staff
from kiosk.core.catalog import Catalog
from kiosk.core.config import Paths, load_event_profile
from kiosk.core.db import KioskDB
from kiosk.core.media.demo import demo_media
from kiosk.ui import i18n, theme
from kiosk.ui.app import MainWindow
from kiosk.ui.services import Services
from sync.contract.clock import FakeClock

SHELL_DEMO_UNITS = 2000
STAFF_TEST_PIN = "246810"
WINDOW_SIZE = (1280, 800)


@pytest.fixture(scope="session", autouse=True)
def compiled_translations() -> None:
    """The .qm files scripts/setup.sh builds, rebuilt here when a .ts is newer (the tests
    check French and Arabic texts)."""
    lrelease = Path(sys.executable).with_name("pyside6-lrelease")
    for ts in sorted((resources.assets() / "translations").glob("*.ts")):
        qm = ts.with_suffix(".qm")
        if not qm.exists() or qm.stat().st_mtime < ts.stat().st_mtime:
            subprocess.run([str(lrelease), "-silent", str(ts), "-qm", str(qm)], check=True)


@pytest.fixture(scope="session")
def shell_catalog_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A 2,000-unit demo catalog with its illustrations, built once and shared read-only by
    the shell tests."""
    path = tmp_path_factory.mktemp("shell-catalog") / "kiosk.db"
    db = KioskDB(path)
    catalog = Catalog(db)
    data = demo_catalog.generate(units=SHELL_DEMO_UNITS, seed=1)
    catalog.replace_all(data, media=demo_media(data, catalog.media))
    db.close()
    return path


@pytest.fixture
def shell_services(home: Paths, shell_catalog_file: Path, qapp: QApplication) -> Iterator[Services]:
    settle()  # windows of earlier tests are really gone before the language changes
    i18n.load_fonts()
    theme.apply(qapp)
    db = KioskDB(shell_catalog_file)
    event = load_event_profile(resources.data() / "events" / "paris-2026.toml")
    services = Services(
        paths=home,
        db=db,
        catalog=Catalog(db),
        event=event,
        clock=FakeClock(),
        pin_cost=staff.PinCost.lowest(),
    )
    i18n.apply_language(event.default_language)
    yield services
    settle()
    i18n.reset()
    db.close()


@pytest.fixture
def kiosk_window(qtbot: QtBot, shell_services: Services) -> Iterator[MainWindow]:
    """The kiosk window, shown offscreen, with a known staff PIN."""
    window = MainWindow(shell_services, pin_verifier=lambda pin: pin == STAFF_TEST_PIN)
    qtbot.addWidget(window)
    window.resize(*WINDOW_SIZE)
    window.show()
    qtbot.waitExposed(window)
    yield window
    window.kiosk_mode = False
    window.close()
    settle()


def settle() -> None:
    """Let Qt run posted events, including deferred deletes of dropped screens."""
    for _ in range(3):
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        QApplication.processEvents()
