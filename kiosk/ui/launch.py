"""Start the kiosk: services, catalog check (demo on first start), theme, language, window."""

from __future__ import annotations

import logging
import sys
from pathlib import Path

from PySide6.QtWidgets import QApplication

from kiosk.core.clock import SYSTEM_CLOCK, Clock
from kiosk.core.config import EventProfile, Paths, active_event_profile, load_event_profile
from kiosk.core.db import KioskDB
from kiosk.core.errors import KioskError
from kiosk.core.logs import setup_logging
from kiosk.ui import i18n, theme
from kiosk.ui.services import Services

log = logging.getLogger(__name__)

WINDOWED_SIZE = (1280, 800)


def application(argv: list[str] | None = None) -> QApplication:
    """The one QApplication, with fonts, theme and default language ready."""
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication(argv if argv is not None else sys.argv[:1])
    app.setApplicationName("omrane-kiosk")
    i18n.load_fonts()
    theme.apply(app)
    return app


def open_services(
    paths: Paths,
    *,
    event_file: Path | None = None,
    clock: Clock = SYSTEM_CLOCK,
    kiosk_mode: bool = False,
) -> Services:
    from kiosk.core.catalog import Catalog

    paths.ensure()
    setup_logging(paths.logs)
    event: EventProfile = (
        load_event_profile(event_file) if event_file else active_event_profile(paths)
    )
    db = KioskDB(paths.database)
    return Services(paths, db, Catalog(db), event, clock, kiosk_mode)


def prepare_catalog(services: Services, *, demo_units: int | None = None) -> str:
    """Make sure there is something to show; returns the problem for staff ("" when fine).

    An empty catalog on first start gets the generated demo catalog.
    """
    try:
        if services.catalog.is_empty():
            from kiosk.core import demo_catalog

            log.info("empty catalog: creating the demo catalog")
            data = demo_catalog.generate(demo_units) if demo_units else demo_catalog.generate()
            services.catalog.replace_all(data, version=0)
        if services.catalog.is_empty():
            return "the catalog has no units"
    except KioskError as exc:
        log.exception("catalog unavailable")
        return exc.message
    return ""


def run(
    paths: Paths, *, kiosk_mode: bool, event_file: Path | None = None, argv: list[str] | None = None
) -> int:
    app = application(argv)
    services = open_services(paths, event_file=event_file, kiosk_mode=kiosk_mode)
    problem = prepare_catalog(services)
    from kiosk.ui.app import MainWindow
    from kiosk.ui.guard import CrashGuard

    i18n.apply_language(services.event.default_language)
    window = MainWindow(services, kiosk_mode=kiosk_mode, catalog_problem=problem)
    guard = CrashGuard(window)
    guard.install()
    if kiosk_mode:
        window.showFullScreen()
    else:
        window.resize(*WINDOWED_SIZE)
        window.show()
    try:
        return app.exec()
    finally:
        guard.uninstall()
        services.db.close()
