"""The lead form's optional readiness questions: answered with chips, skipped in one tap, and
stored on the lead with what the visitor did at the kiosk, so the stand scores it like HQ."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from kiosk.core.catalog import SearchQuery
from kiosk.core.leads import iter_leads
from kiosk.ui.app import MainWindow
from sync.contract.lead_score import score_lead
from tests.ui.test_lead_form import _fill, _form, stand  # noqa: F401

LEFT = Qt.MouseButton.LeftButton


def _saved(window: MainWindow) -> dict[str, object]:
    (lead,) = list(iter_leads(window.services.db))  # clear fields: no PIN needed to score
    return lead


def test_answers_and_kiosk_activity_are_stored_and_score_the_lead(
    qtbot: QtBot,
    stand: MainWindow,  # noqa: F811
) -> None:
    refs = [u.ref for u in stand.services.catalog.search(SearchQuery(limit=3)).units]
    for ref in refs:
        stand.session.mark_viewed(ref)
    stand.session.simulation = {"price_mad": 500_000}
    form = _form(stand, refs[:1])
    form.consent_callback.setChecked(True)
    _fill(qtbot, form)
    questions = form.readiness
    qtbot.mouseClick(questions.chips["horizon"]["this_year"], LEFT)
    qtbot.mouseClick(questions.chips["horizon"]["within_6_months"], LEFT)  # changes the answer
    qtbot.mouseClick(questions.chips["funding"]["cash"], LEFT)
    qtbot.mouseClick(questions.chips["funding"]["cash"], LEFT)  # a second tap clears it
    qtbot.mouseClick(questions.chips["home_owner_ma"]["no"], LEFT)
    qtbot.mouseClick(form.send_button, LEFT)
    lead = _saved(stand)
    assert (lead["horizon"], lead["funding"], lead["home_owner_ma"]) == (
        "within_6_months",
        "",
        False,
    )
    assert (lead["units_opened"], lead["simulation_run"], lead["brochure_printed"]) == (
        3,
        True,
        False,
    )
    score = score_lead(lead)
    assert score.level == "hot"  # 3 + 1 + 1 (3 units) + 1 (simulation) + 1 (ticket)
    assert score.reasons == ("horizon_6m", "first_home", "units", "simulation", "ticket")


def test_one_tap_skips_every_question_and_the_lead_keeps_them_empty(
    qtbot: QtBot,
    stand: MainWindow,  # noqa: F811
) -> None:
    form = _form(stand, [])
    form.consent_callback.setChecked(True)
    _fill(qtbot, form)
    qtbot.mouseClick(form.readiness.chips["funding"]["mortgage"], LEFT)
    qtbot.mouseClick(form.readiness.skip_button, LEFT)
    assert not form.readiness.body.isVisible()
    qtbot.mouseClick(form.send_button, LEFT)
    lead = _saved(stand)
    assert (lead["horizon"], lead["funding"], lead["home_owner_ma"]) == ("", "", None)
    assert score_lead(lead).level == "cold"
    form.reset()  # the next visitor sees the questions again
    assert not form.readiness.body.isHidden()
