"""The lead score (sync.contract.lead_score): the same answer from the same clear fields,
whichever side computes it, with a one-line explanation in each language."""

from __future__ import annotations

import json

import pytest

from sync.contract.lead_score import HOT_FROM, WARM_FROM, score_lead
from sync.contract.vocabulary import LANGUAGES


def test_a_lead_that_answered_nothing_and_did_nothing_is_cold() -> None:
    score = score_lead({})
    assert (score.level, score.points, score.reasons) == ("cold", 0, ())
    assert score.explain("en") == "Cold (0 pts): no signal"


def test_a_near_term_cash_buyer_who_simulated_and_took_a_ticket_is_hot() -> None:
    lead = {
        "horizon": "within_6_months",
        "funding": "cash",
        "simulation_run": True,
        "tickets": {"alomrane": "A-012"},
    }
    score = score_lead(lead)
    assert score.level == "hot" and score.points == 7 >= HOT_FROM
    assert score.explain("fr") == (
        "Chaud (7 pts) : projet sous 6 mois, paiement comptant, simulation faite, "
        "ticket de guichet pris"
    )


def test_kiosk_activity_alone_makes_a_warm_lead() -> None:
    lead = {"units_opened": 4, "brochure_printed": True, "tickets": {"bank": "B-001"}}
    score = score_lead(lead)
    assert score.level == "warm" and score.points == WARM_FROM
    assert "4 units viewed" in score.explain("en")


def test_a_row_as_a_table_stores_it_scores_like_the_contract_dict() -> None:
    """SQLite keeps booleans as 0/1 and tickets as JSON text: same score."""
    contract = {"home_owner_ma": False, "simulation_run": True, "tickets": {"alomrane": "A-1"}}
    stored = {"home_owner_ma": 0, "simulation_run": 1, "tickets": json.dumps(contract["tickets"])}
    assert score_lead(stored) == score_lead(contract)
    assert score_lead({"home_owner_ma": None, "tickets": "{}"}).points == 0


def test_scores_sort_hottest_first_by_their_key() -> None:
    leads = [{}, {"horizon": "this_year", "units_opened": 3}, {"horizon": "within_6_months",
             "funding": "mortgage", "home_owner_ma": False, "simulation_run": True}]  # fmt: skip
    keys = sorted((score_lead(lead) for lead in leads), key=lambda s: s.sort_key, reverse=True)
    assert [s.level for s in keys] == ["hot", "warm", "cold"]


@pytest.mark.parametrize("language", list(LANGUAGES))
def test_the_explanation_is_one_line_in_every_language(language: str) -> None:
    lead = {"horizon": "this_year", "funding": "mortgage", "units_opened": 5}
    line = score_lead(lead).explain(language)
    assert "\n" not in line and "5" in line and "{" not in line
