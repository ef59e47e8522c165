"""A visitor's way through the kiosk: language, search, facets, detail, selection, compare."""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from pytestqt.qtbot import QtBot

from kiosk.core import resources
from kiosk.core.config import load_event_profile
from kiosk.core.unit_titles import composed_title
from kiosk.ui import i18n, registry
from kiosk.ui.app import MainWindow
from kiosk.ui.models import PAGE_SIZE
from kiosk.ui.services import Services
from sync.contract import vocabulary
from tests.ui.shell_steps import (
    click_chip,
    open_result,
    open_tile,
    screen,
    start_visit,
    type_search,
)

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")


def test_arabic_visitor_finds_casablanca_homes_and_opens_the_first(
    kiosk_window: MainWindow, qtbot: QtBot
) -> None:
    start_visit(kiosk_window, qtbot, "ar")
    assert QGuiApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert kiosk_window.layoutDirection() == Qt.LayoutDirection.RightToLeft
    open_tile(kiosk_window, qtbot, "city")
    assert kiosk_window.current_name == "results"

    type_search(kiosk_window, qtbot, "الدار البيضاء")
    results = screen(kiosk_window, "results")
    assert results.model.total > 0
    first = results.model.unit_at(0)
    assert first.region_id == "casablanca-settat"

    open_result(kiosk_window, qtbot, 0)
    detail = screen(kiosk_window, "detail")
    assert detail.title.text() == composed_title(first, "ar")  # composed, not copied
    assert "درهم" in detail.price.text() or "الطلب" in detail.price.text()
    assert first.ref in kiosk_window.session.viewed

    assert registry.is_available("simulator")
    qtbot.mouseClick(detail.simulate_button, Qt.MouseButton.LeftButton)
    assert kiosk_window.current_name == "simulator"
    qtbot.mouseClick(kiosk_window.top_bar.back_button, Qt.MouseButton.LeftButton)
    assert kiosk_window.current_name == "detail"
    assert detail.unit is not None and detail.unit.ref == first.ref


def test_french_visitor_filters_with_facets_sorts_and_compares(
    kiosk_window: MainWindow, qtbot: QtBot
) -> None:
    start_visit(kiosk_window, qtbot, "fr")
    assert kiosk_window.layoutDirection() == Qt.LayoutDirection.LeftToRight
    open_tile(kiosk_window, qtbot, "type")
    results = screen(kiosk_window, "results")
    assert results.heading.text() == "Logement, terrain ou local ?"
    chip = results.facets.sections["category"].buttons["logement"]
    assert "Logement" in chip.text()
    expected = int(chip.text().rsplit("(", 1)[1].rstrip(")"))

    click_chip(kiosk_window, qtbot, "category", "logement")
    assert results.model.total == expected
    assert results.facets.sections["category"].buttons["logement"].isChecked()
    assert {results.model.unit_at(i).category for i in range(results.model.loaded())} == {
        "logement"
    }

    city_section = results.facets.sections["city"]
    city = next(iter(city_section.buttons))
    click_chip(kiosk_window, qtbot, "city", city)
    assert {results.model.unit_at(i).city_id for i in range(results.model.loaded())} == {city}

    results.sort_box.setCurrentIndex(1)  # price, low to high
    prices = [
        results.model.unit_at(i).price_mad
        for i in range(results.model.loaded())
        if results.model.unit_at(i).price_mad is not None
    ]
    assert prices == sorted(prices)

    chosen = []
    for row in range(2):
        chosen.append(open_result(kiosk_window, qtbot, row))
        detail = screen(kiosk_window, "detail")
        qtbot.mouseClick(detail.select_button, Qt.MouseButton.LeftButton)
        assert detail.select_button.text() == "Retirer de ma sélection"
        qtbot.mouseClick(kiosk_window.top_bar.back_button, Qt.MouseButton.LeftButton)
        assert kiosk_window.current_name == "results"
    assert kiosk_window.session.selection == chosen
    assert kiosk_window.top_bar.selection_button.text() == "Ma sélection (2)"

    qtbot.mouseClick(kiosk_window.top_bar.selection_button, Qt.MouseButton.LeftButton)
    compare = screen(kiosk_window, "compare")
    assert kiosk_window.current_name == "compare"
    assert [unit.ref for unit in compare.units] == chosen
    compare.remove(chosen[0])
    assert [unit.ref for unit in compare.units] == chosen[1:]
    assert kiosk_window.session.selection == chosen[1:]


def test_selection_stops_at_four_units_and_says_so(kiosk_window: MainWindow, qtbot: QtBot) -> None:
    start_visit(kiosk_window, qtbot, "en")
    open_tile(kiosk_window, qtbot, "budget")
    for row in range(5):
        open_result(kiosk_window, qtbot, row)
        detail = screen(kiosk_window, "detail")
        qtbot.mouseClick(detail.select_button, Qt.MouseButton.LeftButton)
        kiosk_window.back()
    assert len(kiosk_window.session.selection) == 4
    assert detail.selection_note.isVisibleTo(detail)
    assert "full" in detail.selection_note.text()


def test_nothing_found_offers_the_nearest_searches_and_an_advisor(
    kiosk_window: MainWindow, qtbot: QtBot
) -> None:
    start_visit(kiosk_window, qtbot, "fr")
    open_tile(kiosk_window, qtbot, "city")
    type_search(kiosk_window, qtbot, "zzqxw")
    results = screen(kiosk_window, "results")
    assert results.model.total == 0
    assert results.body.currentWidget() is results.empty_panel
    panel = results.empty_panel
    assert panel.advisor_button.isVisibleTo(panel)
    assert panel.tile_buttons and "zzqxw" in panel.tile_buttons[0].text()
    qtbot.mouseClick(panel.tile_buttons[0], Qt.MouseButton.LeftButton)
    assert results.search_field.text() == ""
    assert results.model.total > 0
    assert results.body.currentWidget() is results.list_view


def test_understood_words_become_chips_removed_with_one_tap(
    kiosk_window: MainWindow, qtbot: QtBot
) -> None:
    start_visit(kiosk_window, qtbot, "fr")
    open_tile(kiosk_window, qtbot, "city")
    type_search(kiosk_window, qtbot, "appartement rabbat 3 pieces ")
    results = screen(kiosk_window, "results")
    bar = results.understood
    if kiosk_window.keyboard is not None:  # chips wait until the keyboard is down
        kiosk_window.keyboard.hide()
    qtbot.waitUntil(lambda: bar.isVisibleTo(results))
    assert "Rabat" in bar.correction.text() and "rabbat" in bar.literal_button.text()
    labels = [b.text() for b in bar.chip_buttons]
    assert any("Appartement" in t for t in labels) and any("Rabat" in t for t in labels)
    total = results.model.total
    assert total > 0 and {u.city_id for u in results.model._units} == {"rabat"}
    rabat = next(b for b in bar.chip_buttons if "Rabat" in b.text())
    qtbot.mouseClick(rabat, Qt.MouseButton.LeftButton)
    assert results.search_field.text() == "appartement 3 pieces"
    assert results.model.total > total
    results.search_field.clear()
    type_search(kiosk_window, qtbot, "rabbat ")
    qtbot.mouseClick(bar.literal_button, Qt.MouseButton.LeftButton)
    assert results.model.total == 0 and results.model.found is not None
    assert results.model.found.literal
    assert results.body.currentWidget() is results.empty_panel


def test_result_list_loads_more_units_when_scrolled_to_the_end(
    kiosk_window: MainWindow, qtbot: QtBot
) -> None:
    start_visit(kiosk_window, qtbot, "fr")
    open_tile(kiosk_window, qtbot, "city")
    results = screen(kiosk_window, "results")
    assert results.model.total > PAGE_SIZE * 2
    first_page = results.model.loaded()
    assert first_page <= PAGE_SIZE * 2  # only what the view needs, not the catalog
    results.list_view.scrollToBottom()
    qtbot.waitUntil(lambda: results.model.loaded() > first_page)
    assert results.model.loaded() <= results.model.total


def test_language_can_change_mid_visit_from_the_top_bar(
    kiosk_window: MainWindow, qtbot: QtBot
) -> None:
    start_visit(kiosk_window, qtbot, "fr")
    home = screen(kiosk_window, "home")
    assert home.title.text() == "Trouvez votre logement au Maroc"
    qtbot.mouseClick(kiosk_window.top_bar.language_buttons["ar"], Qt.MouseButton.LeftButton)
    assert kiosk_window.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert home.title.text() == "ابحث عن سكنك في المغرب"
    qtbot.mouseClick(kiosk_window.top_bar.language_buttons["en"], Qt.MouseButton.LeftButton)
    assert kiosk_window.layoutDirection() == Qt.LayoutDirection.LeftToRight
    assert home.title.text() == "Find your home in Morocco"


def test_caravan_without_currency_shows_arabic_first_and_prices_in_dirham_only(
    shell_services: Services, qtbot: QtBot
) -> None:
    event = load_event_profile(resources.data() / "events" / "caravan-oujda.toml")
    window = MainWindow(replace(shell_services, event=event))
    qtbot.addWidget(window)
    window.show()
    language = screen(window, "language")
    assert list(language.buttons) == list(event.event.languages)
    assert event.event.languages[0] == "ar"
    start_visit(window, qtbot, "ar")
    open_tile(window, qtbot, "city")
    ref = open_result(window, qtbot, 0)
    detail = screen(window, "detail")
    assert not detail.price_other.isVisibleTo(detail)
    assert not detail.rate.isVisibleTo(detail)
    window.session.add_to_selection(ref)
    window.show_screen("compare")
    compare = screen(window, "compare")
    assert len(compare._row_names()) == len(compare._values(compare.units[0], "ar"))
    assert compare._row_names() and all("EUR" not in name for name in compare._row_names())


def test_a_visit_is_counted_anonymously_for_the_stand(
    kiosk_window: MainWindow, qtbot: QtBot
) -> None:
    from kiosk.core import analytics

    services = kiosk_window.services
    before = analytics.today(services.db, event=services.event, clock=services.clock)
    viewed_before = analytics.day_counts(services.db, before["event_id"], before["day"])
    start_visit(kiosk_window, qtbot, "ar")
    open_tile(kiosk_window, qtbot, "city")
    type_search(kiosk_window, qtbot, "villa")
    ref = open_result(kiosk_window, qtbot, 0)
    after = analytics.today(services.db, event=services.event, clock=services.clock)
    assert after["sessions"] == before["sessions"] + 1
    assert after["languages"].get("ar", 0) == before["languages"].get("ar", 0) + 1
    assert dict(after["top_searches"]).get("villa", 0) >= 1
    # the unit itself is counted (it may be outside the top list other tests filled)
    viewed = analytics.day_counts(services.db, after["event_id"], after["day"])["unit_view"]
    assert viewed[ref] == viewed_before.get("unit_view", {}).get(ref, 0) + 1


def test_back_from_a_unit_returns_to_the_same_place_in_the_list(
    kiosk_window: MainWindow, qtbot: QtBot
) -> None:
    start_visit(kiosk_window, qtbot, "fr")
    open_tile(kiosk_window, qtbot, "city")
    results = screen(kiosk_window, "results")
    click_chip(kiosk_window, qtbot, "category", "logement")
    ref = open_result(kiosk_window, qtbot, 12)
    position = results.list_view.verticalScrollBar().value()
    assert position > 0
    qtbot.mouseClick(kiosk_window.top_bar.back_button, Qt.MouseButton.LeftButton)
    assert kiosk_window.current_name == "results"
    assert results.filters == {"category": "logement"}
    assert results.list_view.verticalScrollBar().value() == position
    assert results.model.unit_at(12).ref == ref


@pytest.mark.parametrize(
    ("profile", "lang", "welcome", "rooms_word"),
    [
        ("turin-2026.toml", "it", "Tocca per iniziare", "locali"),
        ("madrid-2026.toml", "es", "Toca para empezar", "habitaciones"),
        ("amsterdam-2026.toml", "nl", "Tik om te beginnen", "kamers"),
    ],
)
def test_a_tour_visitor_is_served_in_the_host_language_from_attract_to_the_form(
    shell_services: Services,
    qtbot: QtBot,
    profile: str,
    lang: str,
    welcome: str,
    rooms_word: str,
) -> None:
    event = load_event_profile(resources.data() / "events" / profile)
    i18n.apply_language(event.default_language)  # as the launcher does with the event
    window = MainWindow(replace(shell_services, event=event))
    qtbot.addWidget(window)
    window.show()
    assert welcome in screen(window, "attract").call.text()  # type: ignore[attr-defined]
    language = screen(window, "language")
    assert list(language.buttons) == list(event.event.languages)  # only the event's languages
    start_visit(window, qtbot, lang)
    bar = window.top_bar.language_buttons
    shown = {code for code in bar if bar[code].isVisibleTo(window)}
    assert shown == set(event.event.languages)  # the bar offers the event's languages only
    open_tile(window, qtbot, "city")
    open_result(window, qtbot, 0)
    detail = screen(window, "detail")
    unit = detail.unit  # type: ignore[attr-defined]
    assert detail.title.text().replace("\u200b", "") == composed_title(unit, lang)  # type: ignore[attr-defined]
    assert "€" in detail.price_other.text()  # type: ignore[attr-defined]
    if unit.rooms and unit.rooms > 1:
        assert rooms_word in detail.title.text()  # type: ignore[attr-defined]
    window.show_screen("lead_form")
    form = screen(window, "lead_form")
    assert form.language.currentData() == lang  # type: ignore[attr-defined]
    assert form.language.currentText() == vocabulary.native_name(lang)  # type: ignore[attr-defined]
