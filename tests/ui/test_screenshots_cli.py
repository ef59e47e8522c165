"""`omrane-kiosk screenshots` renders every screen offscreen, per language."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication

from kiosk.cli import main
from kiosk.core import demo_catalog
from kiosk.core.catalog import Catalog
from kiosk.core.config import Paths
from kiosk.core.db import KioskDB
from kiosk.ui import i18n

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")

SHELL_SHOTS = ("attract", "language", "home", "results", "detail", "compare", "idle")


def test_screenshots_of_every_shell_screen_in_french_and_arabic(
    home: Paths, tmp_path: Path, qapp: QApplication, capsys: pytest.CaptureFixture[str]
) -> None:
    db = KioskDB(home.database)
    Catalog(db).replace_all(demo_catalog.generate(units=300, seed=3))
    db.close()
    out = tmp_path / "shots"
    try:
        assert (
            main(["--home", str(home.home), "screenshots", "-o", str(out), "--lang", "fr,ar"]) == 0
        )
    finally:
        i18n.reset()
    printed = capsys.readouterr().out.split()
    for lang in ("fr", "ar"):
        for name in SHELL_SHOTS:
            path = out / f"{lang}-{name}.png"
            assert str(path) in printed
            image = QImage(str(path))
            assert (image.width(), image.height()) == (1280, 800)


def test_screenshots_refuses_an_unknown_language(home: Paths, tmp_path: Path) -> None:
    assert main(["--home", str(home.home), "screenshots", "-o", str(tmp_path), "--lang", "xx"]) != 0
