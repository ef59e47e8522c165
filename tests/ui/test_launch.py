"""Starting the kiosk: the attract loop first, then everything else, from the real launcher."""

from __future__ import annotations

import sys

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from kiosk.core import demo_catalog, staff
from kiosk.core.catalog import Catalog
from kiosk.core.config import Paths
from kiosk.core.db import KioskDB
from kiosk.ui import attract_content, i18n
from kiosk.ui.app import MainWindow
from kiosk.ui.attract_content import AttractContent
from kiosk.ui.launch import run
from kiosk.ui.services import Services

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")


def test_booting_window_shows_the_attract_loop_then_takes_the_services(
    qtbot: QtBot, shell_services: Services
) -> None:
    content = AttractContent(("ar", "fr"), {"ar": ["سكنك في المغرب"]}, 5)
    window = MainWindow(None, boot_content=content)
    qtbot.addWidget(window)
    window.show()
    assert window.current_name == "attract"
    attract = window.screen_widget("attract")
    assert attract is not None and attract.slogan.text() == "سكنك في المغرب"
    assert window.screen_widget("results") is None  # nothing else before the catalog is there

    window.attach(shell_services)
    assert window.screen_widget("results") is not None
    assert window.session.default_language == shell_services.event.default_language
    assert window.idle.timeout_s == shell_services.event.kiosk.idle_timeout_s


def test_run_paints_the_attract_loop_then_loads_the_catalog(
    home: Paths, qapp: QApplication
) -> None:
    db = KioskDB(home.database)
    Catalog(db).replace_all(demo_catalog.generate(units=50, seed=2))
    staff.set_pin(
        db, "583920", cost=staff.PinCost.lowest()
    )  # a stand that went through first start
    db.close()
    seen: list[str] = []
    hook = sys.excepthook

    def ready() -> None:
        seen.append("ready")
        window = next(w for w in qapp.topLevelWidgets() if isinstance(w, MainWindow))
        seen.append(window.current_name)
        seen.append("results" if window.screen_widget("results") is not None else "")
        qapp.exit(0)

    try:
        code = run(
            str(home.home),
            kiosk_mode=False,
            on_first_frame=lambda: seen.append("first frame"),
            on_ready=ready,
        )
    finally:
        i18n.reset()
    assert code == 0
    assert seen == ["first frame", "ready", "attract", "results"]
    # The next start paints its first frame from what this one kept.
    kept = attract_content.AttractContent.from_boot_copy(
        home.home / attract_content.BOOT_COPY, attract_content.event_file_for(None, None)
    )
    assert kept is not None and kept.languages == ("fr", "ar", "en")
    assert sys.excepthook is hook  # the crash guard is gone with the window
