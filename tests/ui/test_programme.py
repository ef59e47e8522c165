"""A programme's page, reached from a pin on the map and from one of its units."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from kiosk.ui import i18n
from kiosk.ui.app import MainWindow
from kiosk.ui.widgets.wrap_button import WrapButton
from tests.ui.shell_steps import screen


def test_a_pin_on_the_map_opens_its_programme_and_a_unit_leads_back_to_it(
    kiosk_window: MainWindow, qtbot: QtBot
) -> None:
    kiosk_window.show_screen("map", region="rabat-sale-kenitra")
    view = screen(kiosk_window, "map").map_view  # type: ignore[attr-defined]
    pin = view.pins[0]
    qtbot.mouseClick(view, Qt.MouseButton.LeftButton, pos=view.pin_point(pin.id).toPoint())
    assert kiosk_window.current_name == "programme"
    page_screen = screen(kiosk_window, "programme")
    page = page_screen.page  # type: ignore[attr-defined]
    assert page.id == pin.id
    assert page.available > 0
    assert page_screen.map_view.isVisible()  # type: ignore[attr-defined]
    assert [p.id for p in page_screen.map_view.pins] == [pin.id]  # type: ignore[attr-defined]
    assert page_screen.gallery.items  # type: ignore[attr-defined]
    units = page_screen.unit_list.findChildren(WrapButton)  # type: ignore[attr-defined]
    assert len(units) == len(page.refs)

    qtbot.mouseClick(units[0], Qt.MouseButton.LeftButton)
    assert kiosk_window.current_name == "detail"
    detail = screen(kiosk_window, "detail")
    assert detail.unit.ref == page.refs[0]  # type: ignore[attr-defined]
    button = detail.programme_button  # type: ignore[attr-defined]
    assert button.isEnabled() and button.isVisible()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert kiosk_window.current_name == "programme"
    assert screen(kiosk_window, "programme").page.id == page.id  # type: ignore[attr-defined]

    page_screen.all_button.click()  # type: ignore[attr-defined]
    assert kiosk_window.current_name == "results"
    results = screen(kiosk_window, "results")
    assert results.filters == {"city": page.city_id}  # type: ignore[attr-defined]
    assert results.model.total >= page.units  # type: ignore[attr-defined]


def test_the_programme_page_speaks_arabic(kiosk_window: MainWindow) -> None:
    i18n.apply_language("ar")
    catalog = kiosk_window.services.catalog
    pin = catalog.programme_pins("casablanca-settat")[0]
    kiosk_window.show_screen("programme", id=pin.id)
    page_screen = screen(kiosk_window, "programme")
    page = page_screen.page  # type: ignore[attr-defined]
    assert page_screen.title.text() == page.name_ar  # type: ignore[attr-defined]
    assert page.city_ar in page_screen.place.text()  # type: ignore[attr-defined]
    assert page_screen.deliveries_title.text() != "Deliveries"  # type: ignore[attr-defined]
    assert "درهم" in page_screen.offer.text()  # type: ignore[attr-defined]
