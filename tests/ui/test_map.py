"""Search by place on the map of Morocco, with a finger: a region, then a city."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QPointF, Qt
from pytestqt.qtbot import QtBot

from kiosk.core.catalog import SearchQuery
from kiosk.ui import i18n
from kiosk.ui.app import MainWindow
from kiosk.ui.widgets.wrap_button import WrapButton
from tests.ui.shell_steps import screen


def test_a_region_then_a_city_on_the_map_opens_its_available_units(
    kiosk_window: MainWindow, qtbot: QtBot
) -> None:
    kiosk_window.show_screen("map")
    map_screen = screen(kiosk_window, "map")
    view = map_screen.map_view  # type: ignore[attr-defined]
    catalog = kiosk_window.services.catalog
    expected = catalog.search(
        SearchQuery(region="rabat-sale-kenitra", status="disponible", limit=1)
    ).total
    assert view.counts["rabat-sale-kenitra"] == expected > 0

    centre = view.point_of("rabat-sale-kenitra").toPoint()
    qtbot.mousePress(view, Qt.MouseButton.LeftButton, pos=centre)  # a drag is not a tap
    qtbot.mouseMove(view, centre + QPoint(80, 40))
    qtbot.mouseRelease(view, Qt.MouseButton.LeftButton, pos=centre + QPoint(80, 40))
    assert map_screen.region_id is None  # type: ignore[attr-defined]
    qtbot.mouseClick(view, Qt.MouseButton.LeftButton, pos=centre)
    assert map_screen.region_id == "rabat-sale-kenitra"  # type: ignore[attr-defined]
    assert "Kénitra" in map_screen.title.text()  # type: ignore[attr-defined]

    kenitra = next(d for d in view.cities if d.id == "kenitra")
    listed = [b.text() for b in map_screen.choices.findChildren(WrapButton)]  # type: ignore[attr-defined]
    assert any(text.startswith("Kénitra (") for text in listed)
    dot = view.transform().map(QPointF(*kenitra.at)).toPoint()
    qtbot.mouseClick(view, Qt.MouseButton.LeftButton, pos=dot)
    assert kiosk_window.current_name == "results"
    results = screen(kiosk_window, "results")
    assert results.filters == {"city": "kenitra"}  # type: ignore[attr-defined]
    assert results.model.total == catalog.search(SearchQuery(city="kenitra", limit=1)).total  # type: ignore[attr-defined]


def test_the_map_speaks_arabic(kiosk_window: MainWindow, qtbot: QtBot) -> None:
    i18n.apply_language("ar")
    kiosk_window.show_screen("map", region="rabat-sale-kenitra")
    map_screen = screen(kiosk_window, "map")
    assert map_screen.title.text() == "الرباط - سلا - القنيطرة"  # type: ignore[attr-defined]
    names = {d.label for d in map_screen.map_view.cities}  # type: ignore[attr-defined]
    assert "القنيطرة" in names
    view = map_screen.map_view  # type: ignore[attr-defined]
    before = view.transform().m11()
    view.set_zoom(2.0)
    assert view.transform().m11() == before * 2


def test_the_results_lead_to_the_map(kiosk_window: MainWindow, qtbot: QtBot) -> None:
    kiosk_window.show_screen("results", focus="city")
    button = screen(kiosk_window, "results").map_button  # type: ignore[attr-defined]
    assert button.isVisible() and button.text() == "Carte du Maroc"
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert kiosk_window.current_name == "map"
