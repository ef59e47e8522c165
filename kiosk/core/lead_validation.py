"""Validation of the lead form: clean every field, then check it; problems come back as
(field, message key) pairs so the UI can show each one in the visitor's language."""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass, field

import phonenumbers

from kiosk.core.textclean import clean_text
from sync.contract.errors import ValidationError
from sync.contract.vocabulary import DESKS, LANGUAGES

NAME_MAX = 60
EMAIL_MAX = 254
CITY_MAX = 80
NOTE_MAX = 500
REF_MAX = 40
INTERESTS_MAX = 20
BUDGET_MAX_MAD = 1_000_000_000

_EMAIL_LOCAL = re.compile(r"^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]{1,64}$")
_DOMAIN_LABEL = re.compile(r"^[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?$")
_REF = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._/-]*$")
_COUNTRY = re.compile(r"^[A-Z]{2}$")


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
    consent_callback: bool = False
    consent_marketing: bool = False
    consent_share: bool = False
    note: str = ""
    extra_desks: list[str] = field(default_factory=list)  # more desks to get a ticket for


Problems = list[tuple[str, str]]


def _text(value: object, name: str, limit: int, problems: Problems, *, required: bool) -> str:
    text = clean_text(value)
    if not text and required:
        problems.append((name, "lead.error.required"))
    elif len(text) > limit:
        problems.append((name, "lead.error.too_long"))
    return text


def phone_country_choices(first: list[str]) -> list[tuple[str, int]]:
    """(region, calling code) for the phone picker: ``first`` (e.g. the event's country and
    "MA") in that order, then every other region alphabetically."""
    leading = [r for r in dict.fromkeys(first) if r in phonenumbers.SUPPORTED_REGIONS]
    rest = sorted(phonenumbers.SUPPORTED_REGIONS - set(leading))
    return [(r, phonenumbers.country_code_for_region(r)) for r in [*leading, *rest]]


def normalise_phone(raw: object, region: str = "MA") -> str | None:
    """E.164 form of ``raw`` (``+212612345678``), or None if it is not a valid number."""
    text = clean_text(raw).replace(" ", "")
    if text.startswith("00"):
        text = "+" + text[2:]
    region = clean_text(region).upper()
    if region not in phonenumbers.SUPPORTED_REGIONS:
        region = "ZZ"  # unknown region: only +country numbers parse
    try:
        number = phonenumbers.parse(text, region)
    except phonenumbers.NumberParseException:
        return None
    if not phonenumbers.is_valid_number(number):
        return None
    return str(phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164))


def normalise_email(raw: object) -> str | None:
    """Lower-cased domain, ASCII (IDNA) form; None if it does not look like an address."""
    text = clean_text(raw)
    if len(text) > EMAIL_MAX or text.count("@") != 1:
        return None
    local, domain = text.split("@")
    if not _EMAIL_LOCAL.match(local) or ".." in local:
        return None
    try:
        ascii_domain = domain.encode("idna").decode("ascii").lower()
    except UnicodeError:
        return None
    labels = ascii_domain.split(".")
    if len(labels) < 2 or not all(_DOMAIN_LABEL.match(label) for label in labels):
        return None
    if labels[-1].isdigit():
        return None
    return f"{local}@{ascii_domain}"


def _interests(values: object, problems: Problems) -> list[str]:
    if not isinstance(values, list | tuple):
        problems.append(("interests", "lead.error.interests"))
        return []
    refs: list[str] = []
    for value in values:
        ref = clean_text(value)
        if not ref:
            continue
        if len(ref) > REF_MAX or not _REF.match(ref):
            problems.append(("interests", "lead.error.interests"))
            return []
        if ref not in refs:
            refs.append(ref)
    if len(refs) > INTERESTS_MAX:
        problems.append(("interests", "lead.error.interests"))
        return []
    return refs


def _budget(value: object, problems: Problems) -> int | None:
    if value is None or value == "":
        return None
    if isinstance(value, bool):
        problems.append(("budget_mad", "lead.error.budget"))
        return None
    try:
        amount = int(clean_text(value).replace(" ", "")) if isinstance(value, str) else int(value)  # type: ignore[call-overload]
    except (TypeError, ValueError, OverflowError):
        problems.append(("budget_mad", "lead.error.budget"))
        return None
    if not 0 < amount <= BUDGET_MAX_MAD:
        problems.append(("budget_mad", "lead.error.budget"))
        return None
    return amount


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
    ``ValidationError`` whose ``problems`` lists every (field, message key) at once."""
    problems: Problems = []
    first = _text(inp.first_name, "first_name", NAME_MAX, problems, required=True)
    last = _text(inp.last_name, "last_name", NAME_MAX, problems, required=True)
    phone_country = clean_text(inp.phone_country).upper() or "MA"
    phone = ""
    if not clean_text(inp.phone):
        problems.append(("phone", "lead.error.required"))
    else:
        phone = normalise_phone(inp.phone, phone_country) or ""
        if not phone:
            problems.append(("phone", "lead.error.phone_invalid"))
    email = ""
    if clean_text(inp.email):
        email = normalise_email(inp.email) or ""
        if not email:
            problems.append(("email", "lead.error.email_invalid"))
    country = clean_text(inp.country).upper()
    if country and not _COUNTRY.match(country):
        problems.append(("country", "lead.error.country_invalid"))
    city = _text(inp.city, "city", CITY_MAX, problems, required=False)
    language = clean_text(inp.language).lower()
    if language not in LANGUAGES:
        problems.append(("language", "lead.error.language"))
    desk, extra = _desks(inp, problems)
    note = clean_text(inp.note, multiline=True)
    if len(note) > NOTE_MAX:
        problems.append(("note", "lead.error.too_long"))
    interests = _interests(inp.interests, problems)
    budget = _budget(inp.budget_mad, problems)
    if problems:
        fields = ", ".join(sorted({name for name, _ in problems}))
        raise ValidationError(f"please check: {fields}", problems=problems)
    return dataclasses.replace(
        inp,
        first_name=first,
        last_name=last,
        phone=phone,
        phone_country=phone_country,
        email=email,
        country=country,
        city=city,
        language=language,
        desk=desk,
        interests=interests,
        budget_mad=budget,
        is_mre=None if inp.is_mre is None else bool(inp.is_mre),
        consent_callback=inp.consent_callback is True,
        consent_marketing=inp.consent_marketing is True,
        consent_share=inp.consent_share is True,
        note=note,
        extra_desks=extra,
    )
