"""Indicative mortgage: annuity, aid deduction, debt ratio and currency conversion."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kiosk.core.config import Currency
from kiosk.core.mortgage import monthly_payment, simulate, to_currency
from sync.contract.errors import ValidationError


def test_known_annuity_value() -> None:
    # 100,000 over 20 years at 5 %/year: the textbook payment is 659.96 per month.
    assert monthly_payment(100_000, 5.0, 240) == pytest.approx(659.9557, abs=1e-3)
    sim = simulate(100_000, 0, 5.0, 20)
    assert sim.monthly_payment_mad == 659.96
    assert sim.total_cost_mad == pytest.approx(659.96 * 240)
    assert sim.total_interest_mad == pytest.approx(659.96 * 240 - 100_000)


def test_default_stand_rate_on_a_typical_flat() -> None:
    # 500,000 MAD, 50,000 down, 4.7 % over 25 years.
    sim = simulate(500_000, 50_000, 4.7, 25)
    assert sim.loan_mad == 450_000
    assert sim.monthly_payment_mad == pytest.approx(2552.61, abs=0.01)


def test_zero_rate_splits_the_loan_evenly() -> None:
    sim = simulate(120_000, 0, 0.0, 10)
    assert sim.monthly_payment_mad == 1000.0
    assert sim.total_interest_mad == 0


def test_aid_is_deducted_from_the_amount_to_borrow() -> None:
    without = simulate(280_000, 20_000, 4.7, 20)
    with_aid = simulate(280_000, 20_000, 4.7, 20, aid_mad=100_000)
    assert without.loan_mad == 260_000
    assert with_aid.loan_mad == 160_000
    assert with_aid.monthly_payment_mad < without.monthly_payment_mad


def test_contribution_covering_the_price_means_nothing_to_borrow() -> None:
    sim = simulate(250_000, 200_000, 4.7, 15, aid_mad=100_000)
    assert sim.loan_mad == 0
    assert sim.monthly_payment_mad == 0
    assert sim.total_cost_mad == 0


def test_debt_ratio_above_forty_percent_is_flagged() -> None:
    sim = simulate(500_000, 50_000, 4.7, 25, monthly_income_mad=6_000)
    assert sim.debt_ratio_pct == pytest.approx(2552.61 / 6_000 * 100, abs=0.01)
    assert sim.over_limit
    comfortable = simulate(500_000, 50_000, 4.7, 25, monthly_income_mad=8_000)
    assert comfortable.debt_ratio_pct is not None and comfortable.debt_ratio_pct < 40
    assert not comfortable.over_limit


def test_debt_ratio_cap_comes_from_the_caller() -> None:
    sim = simulate(500_000, 50_000, 4.7, 25, monthly_income_mad=8_000, max_debt_ratio_pct=30)
    assert sim.over_limit


def test_no_declared_income_means_no_ratio() -> None:
    sim = simulate(500_000, 50_000, 4.7, 25)
    assert sim.debt_ratio_pct is None
    assert not sim.over_limit


@pytest.mark.parametrize("years", [4, 26])
def test_duration_must_be_between_5_and_25_years(years: int) -> None:
    with pytest.raises(ValidationError) as err:
        simulate(300_000, 0, 4.7, years)
    assert err.value.problems == [("years", "simulator.error.years")]


def test_negative_amounts_are_rejected() -> None:
    with pytest.raises(ValidationError):
        simulate(-1, 0, 4.7, 20)


def test_currency_conversion_uses_the_configured_rate() -> None:
    eur = Currency(code="EUR", mad_per_unit=10.8)
    assert to_currency(108_000, eur) == pytest.approx(10_000)
    assert to_currency(500, Currency()) == 500


@given(
    price=st.integers(min_value=0, max_value=5_000_000),
    own=st.integers(min_value=0, max_value=5_000_000),
    rate=st.floats(min_value=0, max_value=15, allow_nan=False),
    years=st.integers(min_value=5, max_value=25),
)
def test_repayments_always_cover_the_loan(price: int, own: int, rate: float, years: int) -> None:
    sim = simulate(price, own, rate, years)
    # In centimes: 4166.65 × 60 is 249,999.00 exactly, a float product may say 249,998.999…
    assert round(sim.monthly_payment_mad * 100) * sim.months >= round(sim.loan_mad * 100)
    assert sim.total_interest_mad >= 0
