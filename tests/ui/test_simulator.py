"""Loan simulator on the kiosk: steppers move the payment, the debt ratio warns, reset forgets."""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtCore import QPoint, Qt
from pytestqt.qtbot import QtBot

from kiosk.core import formatting, mortgage, resources
from kiosk.core.config import load_event_profile
from kiosk.ui.screens.simulator import DEFAULT_PRICE, DEFAULT_YEARS, SimulatorScreen
from kiosk.ui.services import Services
from kiosk.ui.session import VisitorSession
from tests.ui import tools_fixtures
from tests.ui.tools_fixtures import TOOLS_UI, find_unit

# Shared fixtures of the Daam Sakane and simulator screens.
tools_services = tools_fixtures.tools_services
visitor = tools_fixtures.visitor
english_ui = tools_fixtures.english_ui

pytestmark = TOOLS_UI


@pytest.fixture
def screen(qtbot: QtBot, tools_services: Services, visitor: VisitorSession) -> SimulatorScreen:
    widget = SimulatorScreen(tools_services, visitor)
    qtbot.addWidget(widget)
    widget.resize(1280, 710)
    widget.show()
    widget.enter()
    return widget


def payment(screen: SimulatorScreen) -> float:
    assert screen.result is not None
    return screen.result.monthly_payment_mad


def tap(qtbot: QtBot, button: object, times: int = 1) -> None:
    for _ in range(times):
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)  # type: ignore[arg-type]


def test_defaults_use_the_event_rate_and_show_an_indicative_payment(
    screen: SimulatorScreen, tools_services: Services
) -> None:
    rate = tools_services.event.mortgage.default_rate_pct
    assert screen.rate.value() == rate
    expected = mortgage.simulate(DEFAULT_PRICE, 40_000, rate, DEFAULT_YEARS)
    assert payment(screen) == expected.monthly_payment_mad
    assert "Indicative" in screen.indicative_label.text()
    assert "€" in screen.result_card.payment_converted.text()
    rate_day = formatting.format_date("2026-02-09", screen.session.language)
    assert "10,85" in screen.rate_note.text() and rate_day in screen.rate_note.text()


def test_price_plus_raises_and_longer_duration_lowers_the_payment(
    qtbot: QtBot, screen: SimulatorScreen
) -> None:
    before = payment(screen)
    tap(qtbot, screen.price.plus_button, 5)
    assert screen.price.value() == DEFAULT_PRICE + 50_000
    raised = payment(screen)
    assert raised > before
    tap(qtbot, screen.years.plus_button, 5)
    assert screen.years.value() == DEFAULT_YEARS + 5
    assert payment(screen) < raised
    assert screen.result_card.payment_label.text().startswith(
        f"{round(payment(screen)):,}".replace(",", "\u202f")
    )


def test_touching_the_track_jumps_there(qtbot: QtBot, screen: SimulatorScreen) -> None:
    slider = screen.years.slider
    qtbot.mouseClick(slider, Qt.MouseButton.LeftButton, pos=QPoint(slider.width() - 2, 10))
    assert screen.years.value() == mortgage.MAX_YEARS


def test_aid_chip_lowers_the_amount_to_borrow(qtbot: QtBot, screen: SimulatorScreen) -> None:
    loan = screen.result.loan_mad if screen.result else 0
    tap(qtbot, screen.aid_buttons[70_000])
    assert screen.result is not None
    assert screen.result.loan_mad == loan - 70_000
    assert "70\u202f000" in screen.result_card.aid_label.text()


def test_debt_ratio_warning_above_the_event_maximum(qtbot: QtBot, screen: SimulatorScreen) -> None:
    assert not screen.warning_shown()  # no income declared, no ratio
    screen.income.set_value(2_000)  # the default loan costs more than that each month
    assert screen.result is not None and screen.result.over_limit
    assert screen.warning_shown()
    assert "40" in screen.result_card.warning_label.text()
    screen.income.set_value(20_000)
    assert not screen.warning_shown()
    assert "%" in screen.result_card.ratio_label.text()


def test_unit_ref_presets_its_price_and_aid(
    screen: SimulatorScreen, tools_services: Services
) -> None:
    home = find_unit(
        tools_services,
        lambda u: (
            bool(u.price_mad and u.price_mad <= 300_000)
            and (u.rooms or 0) >= 2
            and u.first_sale
            and (u.permit_date or "") >= "2023-01-01"
        ),
        category="logement",
    )
    screen.enter(ref=home.ref)
    assert screen.price.value() == pytest.approx(home.price_mad, abs=5_000)
    assert screen.aid_group.checkedId() == 100_000
    assert screen.session.simulation is not None
    assert screen.session.simulation["ref"] == home.ref


def test_aid_from_the_check_is_preselected(screen: SimulatorScreen) -> None:
    screen.enter(aid_mad=70_000)
    assert screen.aid_group.checkedId() == 70_000


def test_inputs_are_stored_in_the_session_and_reset_clears_everything(
    qtbot: QtBot, screen: SimulatorScreen, visitor: VisitorSession
) -> None:
    tap(qtbot, screen.price.plus_button, 3)
    screen.income.set_value(9_000)
    tap(qtbot, screen.aid_buttons[100_000])
    assert visitor.simulation is not None
    assert visitor.simulation["price_mad"] == DEFAULT_PRICE + 30_000
    assert visitor.simulation["monthly_income_mad"] == 9_000
    screen.reset()
    assert visitor.simulation is None
    assert screen.price.value() == DEFAULT_PRICE
    assert screen.income.value() == 0
    assert screen.aid_group.checkedId() == 0
    assert screen.unit is None
    assert "9\u202f000" not in screen.income.text()


def test_contribution_never_exceeds_the_price(qtbot: QtBot, screen: SimulatorScreen) -> None:
    screen.contribution.set_value(DEFAULT_PRICE)
    tap(qtbot, screen.price.minus_button, 10)
    assert screen.contribution.value() <= screen.price.value()
    assert screen.result is not None and screen.result.loan_mad == 0


def test_caravan_in_morocco_shows_dirhams_only(
    qtbot: QtBot, tools_services: Services, visitor: VisitorSession
) -> None:
    caravan = load_event_profile(resources.data() / "events" / "caravan-oujda.toml")
    widget = SimulatorScreen(replace(tools_services, event=caravan), visitor)
    qtbot.addWidget(widget)
    widget.enter()
    assert widget.result_card.payment_converted.isHidden()
    assert widget.rate_note.isHidden()
    assert "DH" in widget.result_card.payment_label.text()


def test_amounts_follow_the_visitor_language(
    screen: SimulatorScreen, visitor: VisitorSession
) -> None:
    visitor.language = "ar"
    screen.retranslate()
    assert "درهم" in screen.result_card.payment_label.text()
    assert "درهم" in screen.price.text()
    assert not any("\u0660" <= ch <= "\u0669" for ch in screen.price.text())  # Western digits


def test_aid_found_by_the_check_follows_the_simulated_price(
    qtbot: QtBot, screen: SimulatorScreen
) -> None:
    screen.enter(aid_by_price=True)
    screen.price.set_value(250_000)
    assert screen.aid_group.checkedId() == 100_000  # up to 300 000 DH
    screen.price.set_value(450_000)
    assert screen.aid_group.checkedId() == 70_000
    screen.price.set_value(900_000)
    assert screen.aid_group.checkedId() == 0  # above the ceiling: no aid
    tap(qtbot, screen.aid_buttons[70_000])  # the visitor's own choice then stays
    screen.price.set_value(250_000)
    assert screen.aid_group.checkedId() == 70_000


def test_amounts_are_typed_and_enter_moves_to_the_next_one(
    qtbot: QtBot, screen: SimulatorScreen
) -> None:
    qtbot.mouseClick(screen.price.value_label, Qt.MouseButton.LeftButton)
    assert screen.price.entry.isVisible() and screen.price.entry.hasFocus()
    qtbot.keyClicks(screen.price.entry, "450000")
    qtbot.keyClick(screen.price.entry, Qt.Key.Key_Return)
    assert screen.price.value() == 450_000
    assert screen.contribution.entry.hasFocus()  # ⏎ opened the next amount
    qtbot.keyClicks(screen.contribution.entry, "90000")
    qtbot.keyClick(screen.contribution.entry, Qt.Key.Key_Return)
    assert screen.contribution.value() == 90_000
    assert screen.years.entry.hasFocus()
    qtbot.keyClicks(screen.years.entry, "25")
    qtbot.keyClick(screen.years.entry, Qt.Key.Key_Return)
    assert screen.years.value() == 25
    assert screen.result is not None and screen.result.loan_mad == 360_000


def test_income_is_typed_in_euros_and_kept_in_dirhams(
    qtbot: QtBot, screen: SimulatorScreen, tools_services: Services
) -> None:
    rate = tools_services.event.currency.mad_per_unit
    assert screen.income_currency.code == "EUR"  # Paris stand: a payslip in euros
    qtbot.mouseClick(screen.income.value_label, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(screen.income.entry, "2500")
    qtbot.keyClick(screen.income.entry, Qt.Key.Key_Return)
    assert screen.income.value() == round(2500 * rate)
    assert screen.income.text().startswith("2\u202f500\u00a0€")
    assert screen.session.simulation is not None
    assert screen.session.simulation["monthly_income_mad"] == round(2500 * rate)
    tap(qtbot, screen.income_currency.buttons["MAD"])
    assert screen.income.value() == round(2500 * rate)  # the same income, shown in dirhams
    assert "€" not in screen.income.text()
