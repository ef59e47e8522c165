"""Validation of the lead form: clean every field, then check it; problems come back as
(field, message key) pairs so the UI can show each one in the visitor's language."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from typing import Any

import phonenumbers

from sync.contract import lead as contract
from sync.contract.errors import ValidationError
from sync.contract.lead import normalise_email, normalise_phone
from sync.contract.textclean import clean_text
from sync.contract.vocabulary import DESKS, LANGUAGES

__all__ = ["LeadInput", "normalise_email", "normalise_phone", "phone_country_choices", "validate"]


@dataclass
class LeadInput:
    """What the visitor (or staff, from a paper form) typed. ``validate`` returns a clean copy."""

    first_name: str = ""
    last_name: str = ""
    phone: str = ""
    phone_country: str = "MA"  # region used when the number has no +country prefix
    email: str = ""
    country: str = ""  # country of residence, ISO 3166 alpha-2
    city: str = ""
    language: str = "fr"
    desk: str = "alomrane"
    interests: list[str] = field(default_factory=list)  # unit refs
    budget_mad: int | None = None
    is_mre: bool | None = None
    horizon: str = ""  # optional readiness answers ('' = skipped)
    funding: str = ""
    home_owner_ma: bool | None = None
    units_opened: int = 0  # what the visitor did at the kiosk, counted by the session
    simulation_run: bool = False
    brochure_printed: bool = False
    consent_callback: bool = False
    consent_marketing: bool = False
    consent_share: bool = False
    note: str = ""
    extra_desks: list[str] = field(default_factory=list)  # more desks to get a ticket for


Problems = list[tuple[str, str]]


def phone_country_choices(first: list[str]) -> list[tuple[str, int]]:
    """(region, calling code) for the phone picker: ``first`` (e.g. the event's country and
    "MA") in that order, then every other region alphabetically."""
    leading = [r for r in dict.fromkeys(first) if r in phonenumbers.SUPPORTED_REGIONS]
    rest = sorted(phonenumbers.SUPPORTED_REGIONS - set(leading))
    return [(r, phonenumbers.country_code_for_region(r)) for r in [*leading, *rest]]


def _desks(inp: LeadInput, problems: Problems) -> tuple[str, list[str]]:
    desk = clean_text(inp.desk)
    if desk not in DESKS:
        problems.append(("desk", "lead.error.desk"))
    extra_in = inp.extra_desks if isinstance(inp.extra_desks, list | tuple) else []
    extra = [d for d in dict.fromkeys(clean_text(x) for x in extra_in) if d and d != desk]
    if any(d not in DESKS for d in extra):
        problems.append(("extra_desks", "lead.error.desk"))
        extra = []
    return desk, extra


def validate(inp: LeadInput) -> LeadInput:
    """A cleaned copy of ``inp`` (NFC, no controls or bidi overrides, E.164 phone), or
    ``ValidationError`` whose ``problems`` lists every (field, message key) at once.
    Limits and rules are the lead contract's (:mod:`sync.contract.lead`)."""
    problems: Problems = []
    phone_country = clean_text(inp.phone_country).upper() or "MA"

    def check(name: str) -> Any:
        return contract.clean_field(name, getattr(inp, name), problems, region=phone_country)

    typed = {
        name: check(name)
        for name in ("first_name", "last_name", "phone", "email", "country", "city", "note")
    }
    readiness = {name: check(name) for name in ("horizon", "funding", "units_opened")}
    language = clean_text(inp.language).lower()
    if language not in LANGUAGES:
        problems.append(("language", "lead.error.language"))
    desk, extra = _desks(inp, problems)
    interests = contract.clean_refs(inp.interests, problems)
    budget = contract.clean_budget(inp.budget_mad, problems)
    if problems:
        fields = ", ".join(sorted({name for name, _ in problems}))
        raise ValidationError(f"please check: {fields}", problems=problems)
    return dataclasses.replace(
        inp,
        **typed,
        **readiness,
        home_owner_ma=None if inp.home_owner_ma is None else bool(inp.home_owner_ma),
        simulation_run=inp.simulation_run is True,
        brochure_printed=inp.brochure_printed is True,
        phone_country=phone_country,
        language=language,
        desk=desk,
        interests=interests,
        budget_mad=budget,
        is_mre=None if inp.is_mre is None else bool(inp.is_mre),
        consent_callback=inp.consent_callback is True,
        consent_marketing=inp.consent_marketing is True,
        consent_share=inp.consent_share is True,
        extra_desks=extra,
    )
