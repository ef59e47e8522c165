"""Daam Sakane check on the kiosk: yes/no taps, then an indication that names its rules."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from kiosk.core import aid, formatting
from kiosk.ui.screens.aid import AidScreen
from kiosk.ui.services import Services
from kiosk.ui.session import VisitorSession
from sync.contract.errors import ConfigError
from tests.ui import tools_fixtures
from tests.ui.tools_fixtures import TOOLS_UI, find_unit

# Shared fixtures of the Daam Sakane and simulator screens.
tools_services = tools_fixtures.tools_services
visitor = tools_fixtures.visitor
english_ui = tools_fixtures.english_ui

pytestmark = TOOLS_UI


@pytest.fixture
def screen(qtbot: QtBot, tools_services: Services, visitor: VisitorSession) -> AidScreen:
    widget = AidScreen(tools_services, visitor)
    qtbot.addWidget(widget)
    widget.resize(1280, 710)
    widget.show()
    widget.enter()
    return widget


def tap_answers(qtbot: QtBot, screen: AidScreen, *answers: bool) -> None:
    for answer in answers:
        button = screen.yes_button if answer else screen.no_button
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


ELIGIBLE_BUYER = (True, True, False, False, True)  # Moroccan, 18+, no home, no aid, will live


def test_questions_come_one_at_a_time(qtbot: QtBot, screen: AidScreen) -> None:
    assert screen.question.text() == "Are you Moroccan?"
    assert "1" in screen.progress.text()
    tap_answers(qtbot, screen, True)
    assert screen.question.text() == "Are you 18 or older?"
    qtbot.mouseClick(screen.previous_button, Qt.MouseButton.LeftButton)
    assert screen.question.text() == "Are you Moroccan?"


def test_eligible_buyer_without_a_home_is_asked_no_price_and_sees_each_band(
    qtbot: QtBot, screen: AidScreen
) -> None:
    tap_answers(qtbot, screen, *ELIGIBLE_BUYER)  # five taps: no price question
    assert screen.pages.currentIndex() == 1  # the result, at once
    assert "depends on the price" in screen.result_view.headline.text()
    amounts = screen.result_view.amount.text()
    assert "100\u202f000" in amounts and "70\u202f000" in amounts
    assert "2024-v1" in screen.result_view.footer.text()
    rules_day = formatting.format_date("2024-01-01", screen.session.language)
    assert rules_day in screen.result_view.footer.text()
    assert "daamsakane.ma" in screen.result_view.footer.text()
    assert "notary" in screen.result_view.conditions.text()


def test_home_owner_is_told_why_at_once(qtbot: QtBot, screen: AidScreen) -> None:
    tap_answers(qtbot, screen, True, True, True)  # already owns a home
    result = screen.result()
    assert result is not None and not result.eligible
    assert "do not own a home" in screen.result_view.reasons.text()
    assert (
        "price" not in screen.result_view.reasons.text()
    )  # the skipped price question is no reason
    assert "daamsakane.ma" in screen.result_view.footer.text()


def test_expensive_catalog_home_is_not_eligible(
    qtbot: QtBot, screen: AidScreen, tools_services: Services
) -> None:
    home = find_unit(tools_services, lambda u: (u.price_mad or 0) > 700_000, category="logement")
    screen.enter(ref=home.ref)
    tap_answers(qtbot, screen, *ELIGIBLE_BUYER)
    assert "at most 700\u202f000" in screen.result_view.reasons.text()


def test_check_for_a_catalog_plot_says_plots_do_not_qualify(
    qtbot: QtBot, screen: AidScreen, tools_services: Services
) -> None:
    plot = find_unit(tools_services, lambda u: True, category="terrain")
    screen.enter(ref=plot.ref)
    assert plot.ref in screen.session.aid_answers.get("ref", "")
    tap_answers(qtbot, screen, *ELIGIBLE_BUYER)  # no price question with a unit
    assert "not plots" in screen.result_view.reasons.text()


def test_check_for_an_eligible_catalog_home_uses_its_price(
    qtbot: QtBot, screen: AidScreen, tools_services: Services
) -> None:
    home = find_unit(
        tools_services,
        lambda u: (
            bool(u.price_mad and 300_000 < u.price_mad <= 700_000)
            and (u.rooms or 0) >= 2
            and u.first_sale
            and (u.permit_date or "") >= "2023-01-01"
        ),
        category="logement",
    )
    screen.enter(ref=home.ref)
    tap_answers(qtbot, screen, *ELIGIBLE_BUYER)
    result = screen.result()
    assert result is not None and result.amount_mad == 70_000


def test_answers_are_kept_in_the_session_and_forgotten_on_reset(
    qtbot: QtBot, screen: AidScreen, visitor: VisitorSession
) -> None:
    tap_answers(qtbot, screen, True, True)
    assert visitor.aid_answers == {"moroccan": True, "adult": True}
    screen.reset()
    assert visitor.aid_answers == {}
    assert screen.question.text() == "Are you Moroccan?"


def test_simulate_button_carries_the_aid_to_the_simulator(qtbot: QtBot, screen: AidScreen) -> None:
    tap_answers(qtbot, screen, *ELIGIBLE_BUYER)
    assert screen.result_view.simulate_button.isEnabled()
    with qtbot.waitSignal(screen.navigate) as sent:
        qtbot.mouseClick(screen.result_view.simulate_button, Qt.MouseButton.LeftButton)
    assert sent.args == ["simulator", {"aid_by_price": True}]  # the amount of its price


def test_a_disqualified_buyer_carries_no_aid_to_the_simulator(
    qtbot: QtBot, screen: AidScreen
) -> None:
    tap_answers(qtbot, screen, True, True, True)  # already owns a home
    with qtbot.waitSignal(screen.navigate) as sent:
        qtbot.mouseClick(screen.result_view.simulate_button, Qt.MouseButton.LeftButton)
    assert sent.args == ["simulator", {}]


def test_missing_rules_file_shows_a_friendly_message(
    qtbot: QtBot,
    tools_services: Services,
    visitor: VisitorSession,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def no_rules(path: object = None) -> object:
        raise ConfigError("no Daam Sakane rules file found", key="error.config.aid_rules")

    monkeypatch.setattr(aid, "load_rules", no_rules)
    widget = AidScreen(tools_services, visitor)
    qtbot.addWidget(widget)
    widget.enter()
    assert "not available" in widget.result_view.headline.text()
    assert "daamsakane.ma" in widget.result_view.footer.text()
    assert widget.result_view.simulate_button.isHidden()
