"""Start the kiosk: attract loop on screen first, then services, catalog check, full window.

The first frame needs only Qt and a plain read of the event profile; the event validation,
the database and the catalog load right after it (an empty catalog gets the demo one).
`python -m kiosk.ui [--kiosk] [--home DIR] [--event FILE]` is the quickest way in;
`omrane-kiosk run` ends up here too.
"""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from kiosk.ui import attract_content, i18n, theme

if TYPE_CHECKING:
    from kiosk.core.config import Paths
    from kiosk.ui.app import MainWindow
    from kiosk.ui.guard import CrashGuard
    from kiosk.ui.services import Services
    from kiosk.uplink.scheduler import SyncScheduler
    from sync.contract.clock import Clock

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
    clock: Clock | None = None,
    kiosk_mode: bool = False,
) -> Services:
    from kiosk.core.catalog import Catalog
    from kiosk.core.config import active_event_profile, load_event_profile
    from kiosk.core.db import KioskDB
    from kiosk.core.logs import setup_logging
    from kiosk.ui.services import Services
    from sync.contract.clock import SYSTEM_CLOCK

    paths.ensure()
    setup_logging(paths.logs)
    event = load_event_profile(event_file) if event_file else active_event_profile(paths)
    db = KioskDB(paths.database)
    return Services(paths, db, Catalog(db), event, clock or SYSTEM_CLOCK, kiosk_mode)


def prepare_catalog(services: Services, *, demo_units: int | None = None) -> str:
    """Make sure there is something to show; returns the problem for staff ("" when fine).

    An empty catalog on first start gets the generated demo catalog.
    """
    from sync.contract.errors import OmraneError

    try:
        if services.catalog.is_empty():
            from kiosk.core import demo_catalog

            log.info("empty catalog: creating the demo catalog")
            from kiosk.core.media.demo import demo_media

            data = demo_catalog.generate(demo_units) if demo_units else demo_catalog.generate()
            pictures = demo_media(data, services.catalog.media)
            services.catalog.replace_all(data, version=0, media=pictures)
        if services.catalog.is_empty():
            return "the catalog has no units"
    except OmraneError as exc:
        log.exception("catalog unavailable")
        return exc.message
    return ""


def start_sync(services: Services) -> SyncScheduler | None:
    """Leads to HQ and catalog from HQ in a background thread (its own database connection).

    It waits quietly while the stand is not enrolled; `nudge()` it after a lead or an
    enrollment. Never blocks the screens."""
    from kiosk.uplink.scheduler import background_sync

    try:
        return background_sync(services.paths.database, services.clock)
    except Exception:  # no sync must never mean no kiosk
        log.exception("background sync not started")
        return None


def _join_stand_hub(window: MainWindow, services: Services) -> None:
    """Tickets through the stand hub when this kiosk joined one, and its upkeep thread
    (desk cards, lease tickets reported, fresh blocks) for as long as the window lives."""
    services.use_stand_hub()
    window.destroyed.connect(lambda *_: services.hub.stop())


DAILY_BACKUP_CHECK_MS = 3_600_000  # hourly: the first check after midnight makes the copy


def _start_daily_backup(window: MainWindow, services: Services) -> None:
    """Copy the database once a day to the folder staff chose (backup --daily DIR)."""
    from kiosk.core.backup import run_daily_backup
    from sync.contract.errors import OmraneError

    def check() -> None:
        try:
            made = run_daily_backup(services.db, services.clock)
        except (OmraneError, OSError) as exc:
            log.warning("daily backup failed: %s", exc)
            return
        if made is not None:
            log.info("daily backup written: %s", made)

    timer = QTimer(window)
    timer.setInterval(DAILY_BACKUP_CHECK_MS)
    timer.timeout.connect(check)
    timer.start()
    QTimer.singleShot(0, check)


def needs_first_start(services: Services) -> bool:
    """A laptop without a staff PIN has not been set up: staff go through first start."""
    from kiosk.core import staff

    return not staff.is_set_up(services.db)


def _finish_start(
    window: MainWindow, home: str | None, event_file: Path | None, kiosk_mode: bool
) -> CrashGuard:
    """After the first frame: load everything else and hand it to the window."""
    from kiosk.core.config import Paths
    from kiosk.ui.guard import CrashGuard

    services = open_services(Paths.resolve(home), event_file=event_file, kiosk_mode=kiosk_mode)
    problem = prepare_catalog(services)
    i18n.apply_language(services.event.default_language)
    attract_content.remember(
        services.paths.home,
        attract_content.event_file_for(home, event_file),
        attract_content.AttractContent.from_event(services.event),
    )
    window.attach(services, problem)
    if needs_first_start(services):
        window.show_screen("first_start")
    scheduler = start_sync(services)
    if scheduler is not None:
        services.sync = scheduler
    _join_stand_hub(window, services)
    _start_daily_backup(window, services)
    guard = CrashGuard(window)
    guard.install()
    return guard


def run(
    home: str | None,
    *,
    kiosk_mode: bool,
    event_file: Path | None = None,
    argv: list[str] | None = None,
    on_first_frame: Callable[[], None] | None = None,
    on_ready: Callable[[], None] | None = None,
) -> int:
    """Show the attract loop at once, load the rest, run until staff quit.

    `on_first_frame` and `on_ready` (benchmarks) are called when the attract loop is first
    painted and when the whole kiosk has loaded."""
    app = application(argv)
    from kiosk.ui.app import MainWindow

    content = attract_content.for_first_frame(home, event_file)
    window = MainWindow(None, kiosk_mode=kiosk_mode, boot_content=content)
    attract = window.screen_widget("attract")

    def first_frame() -> None:
        if on_first_frame is not None:
            on_first_frame()
        QTimer.singleShot(0, load_the_rest)

    guards: list[CrashGuard] = []

    def load_the_rest() -> None:
        guards.append(_finish_start(window, home, event_file, kiosk_mode))
        if on_ready is not None:
            on_ready()

    attract.first_painted.connect(first_frame)  # type: ignore[union-attr]
    if kiosk_mode:
        window.showFullScreen()
    else:
        window.resize(*WINDOWED_SIZE)
        window.show()
    code = app.exec()
    for guard in guards:
        guard.uninstall()
    services = window.services
    if services is not None:
        services.sync.stop()
        services.db.close()
    window.deleteLater()
    return code


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m kiosk.ui", description=__doc__.splitlines()[0])
    mode = parser.add_mutually_exclusive_group()
    mode.add_argument("--kiosk", action="store_true", help="locked, frameless full screen")
    mode.add_argument("--windowed", action="store_true", help="a normal window")
    parser.add_argument("--home", metavar="DIR", help="data directory")
    parser.add_argument("--event", metavar="FILE", type=Path, help="event profile (TOML)")
    args = parser.parse_args(argv)
    return run(args.home, kiosk_mode=args.kiosk, event_file=args.event)
