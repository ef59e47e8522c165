"""Photos on the result cards and in the unit's gallery, as a visitor sees them."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from pathlib import Path

import pytest
from PIL import Image
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor
from pytestqt.qtbot import QtBot

from kiosk.core import resources, staff
from kiosk.core.catalog import Catalog, SearchQuery
from kiosk.core.catalog_import import import_file
from kiosk.core.catalog_records import RECORD_FIELDS
from kiosk.core.config import Paths, load_event_profile
from kiosk.core.db import KioskDB
from kiosk.core.media.catalog_media import MEDIA_COLUMNS
from kiosk.ui import i18n
from kiosk.ui.app import MainWindow
from kiosk.ui.models import PHOTO_ROLE, REF_ROLE
from kiosk.ui.services import Services
from kiosk.ui.widgets.unit_card import CARD_MARGIN_PX, PADDING_PX, PICTURE_W_PX
from sync.contract.clock import FakeClock
from tests.ui.conftest import STAFF_TEST_PIN, WINDOW_SIZE, settle
from tests.ui.shell_steps import screen

FACADE = (192, 128, 64)
SALON = (64, 128, 192)
PLAN = (40, 160, 90)


def solid(rgb: tuple[int, int, int], size: tuple[int, int] = (900, 600)) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", size, rgb).save(out, "PNG")
    return out.getvalue()


def services_with_photos(
    home: Paths, tmp_path: Path, files: dict[str, bytes], photos: dict[int, dict[str, str]]
) -> tuple[Services, list[dict[str, str]]]:
    """The example catalog imported with ``files`` beside it, row n given ``photos[n]``."""
    media = tmp_path / "export" / "media"
    media.mkdir(parents=True)
    for name, data in files.items():
        (media / name).write_bytes(data)
    with (resources.data() / "examples" / "catalog-small.csv").open(encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    for n, columns in photos.items():
        rows[n].update(columns)
    path = tmp_path / "export" / "offre.csv"
    with path.open("w", encoding="utf-8", newline="") as f:
        writer = csv.DictWriter(f, fieldnames=[*RECORD_FIELDS, *MEDIA_COLUMNS])
        writer.writeheader()
        writer.writerows(rows)
    db = KioskDB(home.database)
    catalog = Catalog(db)
    import_file(catalog, path)
    event = load_event_profile(resources.data() / "events" / "paris-2026.toml")
    services = Services(home, db, catalog, event, FakeClock(), pin_cost=staff.PinCost.lowest())
    i18n.apply_language("fr")
    return services, rows


@pytest.fixture
def pictured(home: Paths, tmp_path: Path, qapp: object) -> Iterator[tuple[Services, str]]:
    """The example catalog, its first unit with two photos and a plan of plain colours."""
    files = {name: solid(rgb) for name, rgb in (("facade.png", FACADE), ("salon.png", SALON))}
    files["plan.png"] = solid(PLAN)
    columns = {0: {"photos": "facade.png|salon.png", "plan": "plan.png"}}
    services, rows = services_with_photos(home, tmp_path, files, columns)
    yield services, rows[0]["ref"]
    settle()
    i18n.reset()
    services.db.close()


def results_window(qtbot: QtBot, services: Services) -> MainWindow:
    window = MainWindow(services, pin_verifier=lambda pin: pin == STAFF_TEST_PIN)
    qtbot.addWidget(window)
    window.resize(*WINDOW_SIZE)
    window.show()
    qtbot.waitExposed(window)
    window.show_screen("results")
    return window


def near(colour: QColor, rgb: tuple[int, int, int]) -> bool:
    return all(abs(a - b) <= 6 for a, b in zip(colour.getRgb()[:3], rgb, strict=True))


def test_the_result_card_shows_the_units_photo_and_the_gallery_all_its_pictures(
    qtbot: QtBot, pictured: tuple[Services, str]
) -> None:
    services, ref = pictured
    window = results_window(qtbot, services)
    results = screen(window, "results")
    results.model.run(SearchQuery(text=ref))  # type: ignore[attr-defined]
    view = results.list_view  # type: ignore[attr-defined]
    card = view.visualRect(results.model.index(0, 0))  # type: ignore[attr-defined]
    inside = CARD_MARGIN_PX + PADDING_PX + PICTURE_W_PX // 2
    spot = QPoint(card.left() + inside, card.center().y())

    def card_pixel() -> QColor:
        return view.viewport().grab().toImage().pixelColor(spot)

    qtbot.waitUntil(lambda: near(card_pixel(), FACADE), timeout=5000)

    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=card.center())
    assert window.current_name == "detail"
    gallery = screen(window, "detail").picture  # type: ignore[attr-defined]
    assert [p.role for p in gallery.items] == ["photo", "photo", "plan"]
    middle = QPoint(gallery.width() // 2, gallery.height() // 2)
    qtbot.waitUntil(lambda: near(gallery.grab().toImage().pixelColor(middle), FACADE))
    # a swipe from right to left shows the next picture; a tap opens it full screen
    qtbot.mousePress(gallery, Qt.MouseButton.LeftButton, pos=middle + QPoint(100, 0))
    qtbot.mouseRelease(gallery, Qt.MouseButton.LeftButton, pos=middle - QPoint(100, 0))
    qtbot.waitUntil(lambda: near(gallery.grab().toImage().pixelColor(middle), SALON))
    qtbot.mouseClick(gallery.next, Qt.MouseButton.LeftButton)
    assert gallery.current().role == "plan" and "3/3" in gallery.counter.text()
    qtbot.mouseClick(gallery, Qt.MouseButton.LeftButton, pos=middle)
    viewer = screen(window, "detail").viewer  # type: ignore[attr-defined]
    assert viewer.isVisible() and viewer.picture.role == "plan"
    viewer.set_zoom(3.0)
    assert viewer.zoom == 3.0
    # one finger moves the zoomed picture; a double tap goes back to the whole picture
    centre = QPoint(viewer.width() // 2, viewer.height() // 2)
    qtbot.mousePress(viewer, Qt.MouseButton.LeftButton, pos=centre)
    qtbot.mouseMove(viewer, centre + QPoint(80, 30))
    qtbot.mouseRelease(viewer, Qt.MouseButton.LeftButton, pos=centre + QPoint(80, 30))
    assert (viewer.view.pan.x(), viewer.view.pan.y()) == (80, 30)
    qtbot.mouseDClick(viewer, Qt.MouseButton.LeftButton, pos=centre)
    assert viewer.zoom == 1.0 and viewer.view.pan.isNull()
    qtbot.mouseClick(viewer.close_button, Qt.MouseButton.LeftButton)
    assert not viewer.isVisible()
    window.kiosk_mode = False
    window.close()


Shade = tuple[int, int, int]
SHADES: list[Shade] = [(20 * n, 120, 240 - 20 * n) for n in range(12)]


@pytest.fixture
def all_pictured(
    home: Paths, tmp_path: Path, qapp: object
) -> Iterator[tuple[Services, dict[str, Shade]]]:
    """The example catalog, each of its 12 units with a photo of its own shade."""
    files = {f"u{n}.png": solid(rgb) for n, rgb in enumerate(SHADES)}
    columns = {n: {"photos": f"u{n}.png"} for n in range(12)}
    services, rows = services_with_photos(home, tmp_path, files, columns)
    yield services, {row["ref"]: SHADES[n] for n, row in enumerate(rows)}
    settle()
    i18n.reset()
    services.db.close()


def test_the_photos_of_the_first_results_are_ready_before_the_visitor_scrolls_to_them(
    qtbot: QtBot, all_pictured: tuple[Services, dict[str, Shade]]
) -> None:
    services, shade_of = all_pictured
    results = screen(results_window(qtbot, services), "results")
    decoded: set[str] = set()
    results.pictures.ready.connect(decoded.add)  # type: ignore[attr-defined]
    results.model.run(SearchQuery())  # type: ignore[attr-defined]
    model, view = results.model, results.list_view  # type: ignore[attr-defined]
    assert model.rowCount() == 12
    assert not view.viewport().rect().contains(view.visualRect(model.index(11, 0)))
    photos = {model.index(n, 0).data(PHOTO_ROLE).sha256 for n in range(12)}
    qtbot.waitUntil(lambda: decoded == photos, timeout=5000)
    # scrolled to, the last card shows its own photo at its first paint
    view.scrollToBottom()
    last = view.visualRect(model.index(11, 0))
    inside = CARD_MARGIN_PX + PADDING_PX + PICTURE_W_PX // 2
    shown = (
        view.viewport().grab().toImage().pixelColor(QPoint(last.left() + inside, last.center().y()))
    )
    assert near(shown, shade_of[model.index(11, 0).data(REF_ROLE)])
