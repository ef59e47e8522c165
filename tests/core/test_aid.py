"""Daam Sakane indication: price brackets, home rules and buyer answers from the rules file."""

from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kiosk.core import resources
from kiosk.core.aid import AidRules, BuyerAnswers, check, indicate_for_unit, load_rules
from sync.contract.errors import ConfigError


@dataclass(frozen=True)
class Home:
    """The unit fields the aid rules read (same names as kiosk.core.catalog.Unit)."""

    category: str = "logement"
    rooms: int | None = 3
    price_mad: int | None = 250_000
    permit_date: str | None = "2024-03-15"
    first_sale: bool = True


ELIGIBLE_BUYER = BuyerAnswers(
    moroccan=True, adult=True, owns_home=False, received_aid=False, main_residence=True
)


@pytest.fixture(scope="module")
def rules() -> AidRules:
    return load_rules()


def test_shipped_rules_are_versioned_dated_and_sourced(rules: AidRules) -> None:
    assert rules.version == "2024-v1"
    assert rules.effective_date.isoformat() == "2024-01-01"
    assert rules.source == "daamsakane.ma"
    assert rules.max_price_mad == 700_000


@pytest.mark.parametrize(
    ("price", "amount"),
    [
        (150_000, 100_000),
        (300_000, 100_000),
        (300_001, 70_000),
        (700_000, 70_000),
        (700_001, 0),
        (1_200_000, 0),
    ],
)
def test_aid_amount_follows_the_price_brackets(rules: AidRules, price: int, amount: int) -> None:
    result = check(ELIGIBLE_BUYER, Home(price_mad=price), None, rules)
    assert result.amount_mad == amount
    assert result.eligible is (amount > 0)
    if amount == 0:
        assert result.reasons == ["aid.reason.price_above_limit"]


def test_indication_always_names_the_rules_used(rules: AidRules) -> None:
    result = indicate_for_unit(Home(), rules)
    assert (result.rules_version, result.rules_date) == ("2024-v1", "2024-01-01")
    assert result.source == "daamsakane.ma"


@pytest.mark.parametrize(
    ("permit", "eligible"), [("2023-01-01", True), ("2022-12-31", False), ("2025-06-30", True)]
)
def test_building_permit_must_date_from_2023(rules: AidRules, permit: str, eligible: bool) -> None:
    result = indicate_for_unit(Home(permit_date=permit), rules)
    assert result.eligible is eligible
    if not eligible:
        assert "aid.reason.permit_too_old" in result.reasons


def test_unknown_permit_date_is_a_condition_to_confirm_not_a_refusal(rules: AidRules) -> None:
    result = indicate_for_unit(Home(permit_date=None), rules)
    assert result.eligible
    assert "aid.condition.permit_date" in result.conditions


@pytest.mark.parametrize(("rooms", "eligible"), [(1, False), (2, True), (5, True)])
def test_home_needs_at_least_two_rooms(rules: AidRules, rooms: int, eligible: bool) -> None:
    result = indicate_for_unit(Home(rooms=rooms), rules)
    assert result.eligible is eligible
    assert ("aid.reason.too_few_rooms" in result.reasons) is not eligible


@pytest.mark.parametrize("category", ["terrain", "local"])
def test_plots_and_business_premises_are_not_eligible(rules: AidRules, category: str) -> None:
    result = check(ELIGIBLE_BUYER, Home(category=category, rooms=None, price_mad=None), None, rules)
    assert not result.eligible
    assert result.amount_mad == 0
    assert result.reasons == ["aid.reason.category_not_eligible"]


def test_resale_home_is_not_eligible(rules: AidRules) -> None:
    result = indicate_for_unit(Home(first_sale=False), rules)
    assert not result.eligible
    assert "aid.reason.not_first_sale" in result.reasons


def test_buyer_who_already_owns_a_home_is_not_eligible(rules: AidRules) -> None:
    result = check(replace(ELIGIBLE_BUYER, owns_home=True), Home(), None, rules)
    assert not result.eligible
    assert result.amount_mad == 0
    assert result.reasons == ["aid.reason.owns_home"]


def test_every_failed_condition_is_reported(rules: AidRules) -> None:
    answers = BuyerAnswers(
        moroccan=False, adult=False, owns_home=True, received_aid=True, main_residence=False
    )
    result = check(answers, Home(rooms=1, price_mad=900_000), None, rules)
    assert set(result.reasons) == {
        "aid.reason.not_moroccan",
        "aid.reason.under_age",
        "aid.reason.owns_home",
        "aid.reason.received_aid",
        "aid.reason.no_main_residence",
        "aid.reason.too_few_rooms",
        "aid.reason.price_above_limit",
    }


def test_eligible_buyer_and_home_get_the_aid_with_notary_and_residence_conditions(
    rules: AidRules,
) -> None:
    result = check(ELIGIBLE_BUYER, Home(price_mad=450_000), None, rules)
    assert result.eligible
    assert result.amount_mad == 70_000
    assert result.reasons == ["aid.reason.conditions_met"]
    assert "aid.condition.notary_sale" in result.conditions
    assert "aid.condition.main_residence" in result.conditions
    assert result.main_residence_years == 5


def test_unanswered_questions_give_no_amount_yet(rules: AidRules) -> None:
    result = check(BuyerAnswers(moroccan=True), Home(), None, rules)
    assert not result.eligible
    assert result.amount_mad == 0
    assert result.reasons == ["aid.reason.answers_missing"]
    assert result.unanswered == ["adult", "owns_home", "received_aid", "main_residence"]
    assert result.price_bracket_aid_mad == 100_000


def test_check_with_only_a_price_lists_the_home_rules_as_conditions(rules: AidRules) -> None:
    result = check(ELIGIBLE_BUYER, None, 280_000, rules)
    assert result.eligible
    assert result.amount_mad == 100_000
    assert "aid.condition.home" in result.conditions


def test_explicit_price_overrides_the_unit_price(rules: AidRules) -> None:
    result = check(ELIGIBLE_BUYER, Home(price_mad=250_000), 650_000, rules)
    assert result.amount_mad == 70_000


def test_unit_only_indication_reminds_buyer_conditions(rules: AidRules) -> None:
    result = indicate_for_unit(Home(), rules)
    assert result.eligible and result.amount_mad == 100_000
    assert result.conditions[0] == "aid.condition.buyer"


def test_answers_round_trip_through_a_plain_dict() -> None:
    assert BuyerAnswers.from_dict(ELIGIBLE_BUYER.to_dict()) == ELIGIBLE_BUYER
    assert BuyerAnswers.from_dict({"owns_home": False}).owns_home is False


def test_a_newer_rules_file_with_other_figures_is_used_as_written(tmp_path: Path) -> None:
    shipped = resources.data() / "daam-sakane" / "rules-2024-v1.toml"
    changed = shipped.read_text(encoding="utf-8").replace("aid_mad = 100000", "aid_mad = 110000")
    changed = changed.replace('version = "2024-v1"', 'version = "2026-v2"')
    path = tmp_path / "rules-2026-v2.toml"
    path.write_text(changed, encoding="utf-8")
    rules = load_rules(path)
    assert rules.version == "2026-v2"
    assert check(ELIGIBLE_BUYER, Home(price_mad=200_000), None, rules).amount_mad == 110_000


def test_a_broken_rules_file_is_a_config_error(tmp_path: Path) -> None:
    path = tmp_path / "rules-bad.toml"
    path.write_text('version = "x"\nprice_brackets = []\n', encoding="utf-8")
    with pytest.raises(ConfigError):
        load_rules(path)
    with pytest.raises(ConfigError):
        load_rules(tmp_path / "missing.toml")


def test_a_catalog_unit_is_checked_with_its_own_fields(rules: AidRules) -> None:
    from kiosk.core.catalog import Unit

    unit = Unit(
        ref="CAS-000001", category="logement", type="appartement",
        title_fr="Appartement 3 pièces", title_ar="شقة 3 غرف",
        programme_id="p", programme_fr="P", programme_ar="ب",
        city_id="casablanca", city_fr="Casablanca", city_ar="الدار البيضاء",
        region_id="r", region_fr="R", region_ar="ر", district="Anfa",
        surface_m2=82.0, rooms=3, floor=2, price_mad=640_000, price_per_m2_mad=None,
        status="disponible", delivery_date="2026-06-30", permit_date="2024-02-01",
        first_sale=True,
    )  # fmt: skip
    result = indicate_for_unit(unit, rules)
    assert result.eligible and result.amount_mad == 70_000


@given(price=st.integers(min_value=1, max_value=5_000_000))
def test_aid_never_exceeds_the_top_amount_and_stops_above_the_limit(price: int) -> None:
    rules = load_rules()
    amount = check(ELIGIBLE_BUYER, Home(price_mad=price), None, rules).amount_mad
    assert 0 <= amount <= rules.max_aid_mad
    assert (amount == 0) is (price > rules.max_price_mad)
