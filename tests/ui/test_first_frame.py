"""The kiosk's first frame: what it loads (little), where its words come from (the boot copy),
and the generated scene it paints."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtWidgets import QApplication

from kiosk.core import resources
from kiosk.core.config import Paths
from kiosk.ui import attract_content, theme
from kiosk.ui.attract_content import AttractContent
from kiosk.ui.widgets.city_scene import paint_city_scene, star_path

ROOT = Path(__file__).resolve().parents[2]
PARIS = resources.data() / "events" / "paris-2026.toml"

# What the first frame must not wait for: the catalog, the database, validation, documents,
# the network, the Qt modules the attract loop does not use.
NOT_BEFORE_FIRST_FRAME = (
    "sqlite3",
    "pydantic",
    "tomllib",
    "PIL",
    "reportlab",
    "qrcode",
    "requests",
    "httpx",
    "rapidfuzz",
    "babel",
    "nacl",
    "dataclasses",
    "sync.contract.vocabulary",
    "kiosk.core.catalog",
    "kiosk.core.config",
    "kiosk.core.db",
    "kiosk.uplink",
    "kiosk.ui.topbar",
    "kiosk.ui.thumbnails",
    "kiosk.ui.widgets.scenery",
    "PySide6.QtSvg",
    "PySide6.QtNetwork",
    "PySide6.QtPrintSupport",
)

FIRST_FRAME_PROBE = """
import json, sys
import PySide6.QtCore as core
from PySide6.QtWidgets import QApplication
from kiosk.ui.launch import run
watched = json.loads(sys.argv[2])
def first_frame():
    print(json.dumps({
        "qt_namespace": "Qt" in core.__dict__,
        "loaded": [name for name in watched if name in sys.modules],
    }), flush=True)
    QApplication.exit(0)
run(sys.argv[1], kiosk_mode=False, on_first_frame=first_frame)
"""


def _first_frame_report(home: Path) -> dict[str, object]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))
    out = subprocess.run(
        [sys.executable, "-c", FIRST_FRAME_PROBE, str(home), json.dumps(NOT_BEFORE_FIRST_FRAME)],
        env=env,
        capture_output=True,
        text=True,
        check=True,
        timeout=120,
    )
    report: dict[str, object] = json.loads(out.stdout.strip().splitlines()[-1])
    return report


def test_first_frame_loads_neither_the_core_nor_the_qt_namespace(home: Paths) -> None:
    attract_content.remember(home.home, PARIS, AttractContent.from_toml(PARIS))

    report = _first_frame_report(home.home)

    assert report["loaded"] == []
    # Building the `Qt` namespace's ~100 enums costs ~25 ms: nothing on the attract loop needs it.
    assert report["qt_namespace"] is False


def test_boot_copy_is_used_until_the_event_file_changes(tmp_path: Path) -> None:
    event = tmp_path / "event.toml"
    event.write_text(PARIS.read_text(encoding="utf-8"), encoding="utf-8")
    kept = AttractContent(("ar", "fr"), {"ar": ["سكنك في المغرب"]}, 9)
    attract_content.remember(tmp_path, event, kept)

    assert attract_content.for_first_frame(str(tmp_path), None) == kept

    with event.open("a", encoding="utf-8") as changed:
        changed.write("# staff edited the slogans\n")
    fresh = attract_content.for_first_frame(str(tmp_path), None)
    assert fresh == AttractContent.from_toml(event)
    assert fresh.languages == ("fr", "ar", "en")
    # Each language's own name and direction travel with it: the first frame needs no vocabulary.
    assert fresh.names["ar"] == "العربية" and fresh.rtl == frozenset({"ar"})


@pytest.mark.parametrize(
    "damage",
    ["{'source': [", "__import__('os').getcwd()", "[1, 2, 3]", "{'source': 1}"],
    ids=["cut", "code", "not-a-dict", "other-key"],
)
def test_damaged_boot_copy_falls_back_to_the_event_file(tmp_path: Path, damage: str) -> None:
    (tmp_path / attract_content.BOOT_COPY).write_text(damage, encoding="utf-8")

    shown = attract_content.for_first_frame(str(tmp_path), PARIS)

    assert shown == AttractContent.from_toml(PARIS)
    assert shown.slogans["fr"][0] == "Votre logement au Maroc, depuis Paris"


def test_remember_writes_only_when_the_content_changes(tmp_path: Path) -> None:
    copy = tmp_path / attract_content.BOOT_COPY
    content = AttractContent.from_toml(PARIS)
    attract_content.remember(tmp_path, PARIS, content)
    first = copy.stat().st_mtime_ns
    os.utime(copy, ns=(first - 10**9, first - 10**9))

    attract_content.remember(tmp_path, PARIS, content)

    assert copy.stat().st_mtime_ns == first - 10**9
    assert not list(tmp_path.glob("*.partial"))


def _scene(high_contrast: bool, qapp: QApplication) -> QImage:
    theme.apply(qapp, high_contrast=high_contrast)
    image = QImage(640, 400, QImage.Format.Format_ARGB32)
    painter = QPainter(image)
    paint_city_scene(painter, QRectF(0, 0, 640, 400), 0.0)
    painter.end()
    return image


@pytest.mark.parametrize("high_contrast", [False, True], ids=["normal", "high-contrast"])
def test_city_scene_paints_the_theme_sky_and_sun(high_contrast: bool, qapp: QApplication) -> None:
    try:
        image = _scene(high_contrast, qapp)
        colors = theme.current()
        sun = colors.color("attract_c")
    finally:
        theme.apply(qapp)
    assert _close(image.pixelColor(0, 0), colors.color("attract_b"))  # the sky's top corner
    # phase 0: the sun stands at 15 % of the width, 32 % of the height
    assert _close(image.pixelColor(96, 128), sun)


def test_zellige_star_is_eight_pointed() -> None:
    path = star_path(QPointF(0, 0), 10.0)

    tips = [path.elementAt(i) for i in range(0, path.elementCount() - 1, 2)]
    assert len(tips) == 8
    assert all(abs((tip.x**2 + tip.y**2) ** 0.5 - 10.0) < 1e-9 for tip in tips)
    assert path.contains(QPointF(0, 0)) and path.contains(QPointF(9.5, 0))
    assert not path.contains(QPointF(7.85, 3.25))  # between two tips (22.5°, r 8.5): outside


def _close(seen: QColor, expected: QColor, tolerance: int = 3) -> bool:
    return all(
        abs(a - b) <= tolerance
        for a, b in zip(seen.getRgb()[:3], expected.getRgb()[:3], strict=True)
    )
