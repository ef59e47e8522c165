"""Indicative fixed-rate mortgage: annuity, total cost, debt ratio, currency conversion.

Always an indication: the partner banks on the stand make the offer.
"""

from __future__ import annotations

import math
from dataclasses import asdict, dataclass

from kiosk.core.config import Currency
from sync.contract.errors import ValidationError

MIN_YEARS = 5
MAX_YEARS = 25
MONTHS_PER_YEAR = 12
MAX_RATE_PCT = 30.0
DEFAULT_MAX_DEBT_RATIO_PCT = 40.0


@dataclass(frozen=True)
class Simulation:
    loan_mad: float  # amount to borrow: price - own contribution - aid, never below 0
    monthly_payment_mad: float  # rounded up to the centime
    total_cost_mad: float  # everything repaid to the bank: payment x months
    total_interest_mad: float
    debt_ratio_pct: float | None  # payment / declared monthly income, None if not declared
    over_limit: bool  # debt ratio above the banks' cap
    years: int
    rate_pct: float
    price_mad: float = 0.0
    own_contribution_mad: float = 0.0
    aid_mad: float = 0.0
    max_debt_ratio_pct: float = DEFAULT_MAX_DEBT_RATIO_PCT

    @property
    def months(self) -> int:
        return self.years * MONTHS_PER_YEAR

    def to_dict(self) -> dict[str, object]:
        return asdict(self)


def monthly_payment(principal: float, rate_pct: float, months: int) -> float:
    """Annuity payment, exact (not rounded): P·r / (1 − (1 + r)^−n), r the monthly rate."""
    if principal <= 0:
        return 0.0
    if months <= 0:
        raise ValueError("months must be positive")
    monthly_rate = rate_pct / 100.0 / MONTHS_PER_YEAR
    # expm1/log1p keep precision for tiny rates, where 1 - (1+r)^-n cancels out
    discount = -math.expm1(-months * math.log1p(monthly_rate))
    if discount == 0:
        return principal / months
    return principal * monthly_rate / discount


def _round_up_to_centime(amount: float) -> float:
    # round() first so 1234.5600000001 does not become 1234.57
    return math.ceil(round(amount * 100, 6)) / 100


def simulate(
    price_mad: float,
    own_contribution_mad: float,
    rate_pct: float,
    years: int,
    aid_mad: float = 0,
    monthly_income_mad: float | None = None,
    max_debt_ratio_pct: float = DEFAULT_MAX_DEBT_RATIO_PCT,
) -> Simulation:
    problems = []
    if price_mad < 0:
        problems.append(("price_mad", "simulator.error.price"))
    if own_contribution_mad < 0:
        problems.append(("own_contribution_mad", "simulator.error.contribution"))
    if aid_mad < 0:
        problems.append(("aid_mad", "simulator.error.aid"))
    if not 0 <= rate_pct <= MAX_RATE_PCT:
        problems.append(("rate_pct", "simulator.error.rate"))
    if not MIN_YEARS <= years <= MAX_YEARS:
        problems.append(("years", "simulator.error.years"))
    if monthly_income_mad is not None and monthly_income_mad < 0:
        problems.append(("monthly_income_mad", "simulator.error.income"))
    if problems:
        raise ValidationError(
            "invalid simulation input: " + ", ".join(f for f, _ in problems), problems=problems
        )

    loan = max(0.0, float(price_mad) - float(own_contribution_mad) - float(aid_mad))
    months = years * MONTHS_PER_YEAR
    payment = _round_up_to_centime(monthly_payment(loan, rate_pct, months))
    total = round(payment * months, 2)
    ratio: float | None = None
    if monthly_income_mad:
        ratio = payment / monthly_income_mad * 100.0
    return Simulation(
        loan_mad=loan,
        monthly_payment_mad=payment,
        total_cost_mad=total,
        total_interest_mad=round(max(0.0, total - loan), 2),
        debt_ratio_pct=ratio,
        over_limit=ratio is not None and ratio > max_debt_ratio_pct,
        years=years,
        rate_pct=rate_pct,
        price_mad=float(price_mad),
        own_contribution_mad=float(own_contribution_mad),
        aid_mad=float(aid_mad),
        max_debt_ratio_pct=max_debt_ratio_pct,
    )


def to_currency(amount_mad: float, currency: Currency) -> float:
    """MAD into the event currency at the configured rate (MAD per unit)."""
    return amount_mad / currency.mad_per_unit
