"""Daam Sakane (direct housing aid): an indication of eligibility and amount.

Every figure comes from a dated, versioned rules file in ``data/daam-sakane/``; the kiosk
never decides, it indicates, and always says which rules it used (version and date).
Reasons are message keys the UI and the brochure translate.
"""

from __future__ import annotations

import tomllib
from dataclasses import asdict, dataclass, field
from datetime import date
from pathlib import Path
from typing import Any, Protocol

from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

from kiosk.core import resources
from sync.contract.errors import ConfigError

RULES_FOLDER = "daam-sakane"

# Buyer questions, in the order a visitor is asked them, and the answer that qualifies.
QUESTIONS: tuple[str, ...] = ("moroccan", "adult", "owns_home", "received_aid", "main_residence")
QUALIFYING_ANSWER: dict[str, bool] = {
    "moroccan": True,
    "adult": True,
    "owns_home": False,
    "received_aid": False,
    "main_residence": True,
}
FAILED_ANSWER_REASON: dict[str, str] = {
    "moroccan": "aid.reason.not_moroccan",
    "adult": "aid.reason.under_age",
    "owns_home": "aid.reason.owns_home",
    "received_aid": "aid.reason.received_aid",
    "main_residence": "aid.reason.no_main_residence",
}


class UnitFacts(Protocol):
    """The fields of ``kiosk.core.catalog.Unit`` the aid rules look at."""

    @property
    def category(self) -> str: ...
    @property
    def rooms(self) -> int | None: ...
    @property
    def price_mad(self) -> int | None: ...
    @property
    def permit_date(self) -> str | None: ...
    @property
    def first_sale(self) -> bool: ...


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class PriceBracket(_Strict):
    max_price_mad: int = Field(gt=0)
    aid_mad: int = Field(ge=0)


class BuyerRules(_Strict):
    min_age: int = Field(default=18, ge=0)
    moroccan_required: bool = True
    must_not_own_home_in_morocco: bool = True
    must_not_have_received_housing_aid: bool = True


class HomeRules(_Strict):
    eligible_categories: list[str] = Field(min_length=1)
    first_sale_only: bool = True
    permit_on_or_after: date | None = None
    min_rooms: int = Field(default=0, ge=0)
    notary_sale_required: bool = True


class CommitmentRules(_Strict):
    main_residence_years: int = Field(default=0, ge=0)


class AidRules(_Strict):
    version: str = Field(min_length=1)
    effective_date: date
    valid_until: date | None = None
    source: str = Field(min_length=1)
    source_url: str = ""
    currency: str = "MAD"
    price_brackets: list[PriceBracket] = Field(min_length=1)
    buyer: BuyerRules = BuyerRules()
    home: HomeRules
    commitment: CommitmentRules = CommitmentRules()

    @model_validator(mode="after")
    def _brackets_ascending(self) -> AidRules:
        limits = [b.max_price_mad for b in self.price_brackets]
        if limits != sorted(set(limits)):
            raise ValueError("price_brackets must have strictly increasing max_price_mad")
        return self

    @property
    def max_price_mad(self) -> int:
        """Above this price no aid is given."""
        return self.price_brackets[-1].max_price_mad

    @property
    def max_aid_mad(self) -> int:
        return max(b.aid_mad for b in self.price_brackets)

    def aid_for_price(self, price_mad: int) -> int:
        for bracket in self.price_brackets:
            if price_mad <= bracket.max_price_mad:
                return bracket.aid_mad
        return 0

    def questions(self) -> list[str]:
        """The buyer questions these rules need answered, in asking order."""
        needed = {
            "moroccan": self.buyer.moroccan_required,
            "adult": self.buyer.min_age > 0,
            "owns_home": self.buyer.must_not_own_home_in_morocco,
            "received_aid": self.buyer.must_not_have_received_housing_aid,
            "main_residence": self.commitment.main_residence_years > 0,
        }
        return [q for q in QUESTIONS if needed[q]]


@dataclass(frozen=True)
class BuyerAnswers:
    """The visitor's yes/no answers; None means not answered yet."""

    moroccan: bool | None = None
    adult: bool | None = None
    owns_home: bool | None = None
    received_aid: bool | None = None
    main_residence: bool | None = None

    def get(self, question: str) -> bool | None:
        if question not in QUESTIONS:
            raise KeyError(question)
        value: bool | None = getattr(self, question)
        return value

    def to_dict(self) -> dict[str, bool | None]:
        return asdict(self)

    @classmethod
    def from_dict(cls, raw: dict[str, Any]) -> BuyerAnswers:
        return cls(**{q: raw[q] for q in QUESTIONS if raw.get(q) is not None})


@dataclass(frozen=True)
class AidIndication:
    """An indication, never a decision: the final word is on daamsakane.ma."""

    eligible: bool
    amount_mad: int
    reasons: list[str]  # message keys: why not, or "aid.reason.conditions_met"
    rules_version: str
    rules_date: str  # ISO date the rules took effect
    source: str = ""
    conditions: list[str] = field(default_factory=list)  # keys of what must still hold
    unanswered: list[str] = field(default_factory=list)  # buyer questions not answered
    main_residence_years: int = 0
    price_bracket_aid_mad: int = 0  # what the price alone would give, eligible or not

    def to_dict(self) -> dict[str, object]:
        return asdict(self)


def rules_files(folder: Path | None = None) -> list[Path]:
    return sorted((folder or resources.data() / RULES_FOLDER).glob("rules-*.toml"))


def load_rules(path: Path | None = None) -> AidRules:
    """Load one rules file, or the one with the latest effective date if no path is given."""
    if path is None:
        candidates = [_parse_rules_file(p) for p in rules_files()]
        if not candidates:
            raise ConfigError("no Daam Sakane rules file found", key="error.config.aid_rules")
        return max(candidates, key=lambda r: r.effective_date)
    return _parse_rules_file(path)


def _parse_rules_file(path: Path) -> AidRules:
    try:
        raw = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError as exc:
        raise ConfigError(f"aid rules not found: {path}", key="error.config.aid_rules") from exc
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise ConfigError(
            f"{path}: unreadable aid rules: {exc}", key="error.config.aid_rules"
        ) from exc
    try:
        return AidRules.model_validate(raw)
    except ValidationError as exc:
        raise ConfigError(
            f"{path}: invalid aid rules: {exc}", key="error.config.aid_rules"
        ) from exc


def _home_failures(unit: UnitFacts, rules: AidRules) -> tuple[list[str], list[str]]:
    """(reasons the home is not eligible, conditions that could not be checked)."""
    home = rules.home
    failures: list[str] = []
    to_confirm: list[str] = []
    if unit.category not in home.eligible_categories:
        # Plots and business premises: no other home rule matters.
        return ["aid.reason.category_not_eligible"], []
    if home.first_sale_only and not unit.first_sale:
        failures.append("aid.reason.not_first_sale")
    if home.permit_on_or_after is not None:
        permit = _parse_date(unit.permit_date)
        if permit is None:
            to_confirm.append("aid.condition.permit_date")
        elif permit < home.permit_on_or_after:
            failures.append("aid.reason.permit_too_old")
    if home.min_rooms:
        if unit.rooms is None:
            to_confirm.append("aid.condition.min_rooms")
        elif unit.rooms < home.min_rooms:
            failures.append("aid.reason.too_few_rooms")
    return failures, to_confirm


def _price_outcome(price_mad: int | None, rules: AidRules) -> tuple[int, list[str]]:
    if price_mad is None:
        return 0, ["aid.reason.price_unknown"]
    amount = rules.aid_for_price(price_mad)
    return amount, ([] if amount else ["aid.reason.price_above_limit"])


def _standing_conditions(rules: AidRules) -> list[str]:
    conditions = []
    if rules.home.notary_sale_required:
        conditions.append("aid.condition.notary_sale")
    if rules.commitment.main_residence_years:
        conditions.append("aid.condition.main_residence")
    return conditions


def _indication(
    rules: AidRules,
    failures: list[str],
    amount: int,
    conditions: list[str],
    unanswered: list[str] | None = None,
) -> AidIndication:
    unanswered = unanswered or []
    eligible = not failures and not unanswered and amount > 0
    reasons = failures or (["aid.reason.answers_missing"] if unanswered else [])
    if eligible:
        reasons = ["aid.reason.conditions_met"]
    return AidIndication(
        eligible=eligible,
        amount_mad=amount if eligible else 0,
        reasons=reasons,
        rules_version=rules.version,
        rules_date=rules.effective_date.isoformat(),
        source=rules.source,
        conditions=conditions,
        unanswered=unanswered,
        main_residence_years=rules.commitment.main_residence_years,
        price_bracket_aid_mad=amount,
    )


def indicate_for_unit(unit: UnitFacts, rules: AidRules) -> AidIndication:
    """What the home alone allows; the buyer's own conditions are listed, not checked."""
    failures, to_confirm = _home_failures(unit, rules)
    amount, price_failures = _price_outcome(unit.price_mad, rules)
    if "aid.reason.category_not_eligible" not in failures:
        failures += price_failures
    conditions = ["aid.condition.buyer", *to_confirm, *_standing_conditions(rules)]
    return _indication(rules, failures, amount, conditions)


def check(
    answers: BuyerAnswers,
    unit: UnitFacts | None,
    price_mad: int | None,
    rules: AidRules,
) -> AidIndication:
    """The buyer's answers plus the home (a catalog unit, or only a price) against the rules.

    ``price_mad`` overrides the unit's price when both are given. Without a unit, the home
    rules (new, permit date, rooms, category) are returned as conditions to confirm.
    """
    failures: list[str] = []
    unanswered: list[str] = []
    for question in rules.questions():
        given = answers.get(question)
        if given is None:
            unanswered.append(question)
        elif given != QUALIFYING_ANSWER[question]:
            failures.append(FAILED_ANSWER_REASON[question])
    conditions: list[str] = []
    price = price_mad if price_mad is not None else (unit.price_mad if unit else None)
    home_not_eligible = False
    if unit is not None:
        home_failures, to_confirm = _home_failures(unit, rules)
        home_not_eligible = "aid.reason.category_not_eligible" in home_failures
        failures += home_failures
        conditions += to_confirm
    else:
        conditions.append("aid.condition.home")
    amount, price_failures = _price_outcome(price, rules)
    if not home_not_eligible:
        failures += price_failures
    conditions += _standing_conditions(rules)
    return _indication(rules, failures, amount, conditions, unanswered)


def _parse_date(text: str | None) -> date | None:
    if not text:
        return None
    try:
        return date.fromisoformat(text[:10])
    except ValueError:
        return None
