"""Which E.164 number a person typed: with +country, with a chosen country, or guessed.

A national number ("06 12 34 56 78") means different people in different countries. Like the
lead search, a number without its country is compared by its national digits with the numbers
HQ holds; each match whose country reads the typed digits the same way is a candidate, and
the person erasing chooses. With no match, Morocco (the stands' home country) is assumed.
"""

from __future__ import annotations

import re

import babel
import phonenumbers
from sqlalchemy import Engine, select

from sync.contract.errors import ValidationError
from sync.contract.vocabulary import LANGUAGES
from sync.hq.leads import hq_leads

DEFAULT_REGION = "MA"
MAX_GUESSES = 20
LEAD_ID = re.compile(r"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")


def normalise(text: str, region: str | None) -> str:
    """E.164 of ``text`` read in ``region`` (None: the text must carry its +country)."""
    try:
        number = phonenumbers.parse(text.strip(), region)
    except phonenumbers.NumberParseException as exc:
        raise ValidationError("not a phone number", key="error.phone") from exc
    if not phonenumbers.is_possible_number(number):
        raise ValidationError("not a phone number", key="error.phone")
    return str(phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164))


def _international(text: str) -> str | None:
    stripped = text.strip()
    if stripped.startswith("+"):
        return stripped
    if stripped.startswith("00"):
        return "+" + stripped[2:]
    return None


def candidates(engine: Engine, text: str, country: str = "") -> list[str]:
    """The numbers ``text`` may mean, most likely first (one when it is unambiguous); a lead
    id stands for that lead's number (erasing it erases the person)."""
    if LEAD_ID.fullmatch(text.strip()):
        return [_number_of_lead(engine, text.strip().lower())]
    digits = "".join(ch for ch in text if ch.isdigit())
    if len(digits) < 4:
        raise ValidationError("not a phone number", key="error.phone")
    international = _international(text)
    if international is not None:
        return [normalise(international, None)]
    if country:
        return [normalise(text, country.upper())]
    national = digits.lstrip("0")
    c = hq_leads.c
    with engine.connect() as conn:
        stored = conn.execute(
            select(c.phone_e164)
            .where(c.phone_e164.like("%" + national))
            .distinct()
            .order_by(c.phone_e164)
            .limit(MAX_GUESSES)
        ).scalars()
        found = [str(p) for p in stored]
    readings = []
    for number in found:
        region = phonenumbers.region_code_for_number(phonenumbers.parse(number))
        try:
            if normalise(text, region) == number:
                readings.append(number)
        except ValidationError:
            continue
    return readings or [normalise(text, DEFAULT_REGION)]


def _number_of_lead(engine: Engine, lead_id: str) -> str:
    with engine.connect() as conn:
        found = conn.execute(select(hq_leads.c.phone_e164).where(hq_leads.c.id == lead_id))
        number = found.scalar()
    if not number:
        raise ValidationError("no such lead", key="error.lead.unknown")
    return str(number)


def country_choices(language: str) -> list[tuple[str, str]]:
    """(region code, "Name (+code)") of every country with phone numbers, in ``language``."""
    names = babel.Locale.parse(language if language in LANGUAGES else "fr").territories
    out = [
        (region, f"{names.get(region, region)} (+{phonenumbers.country_code_for_region(region)})")
        for region in phonenumbers.SUPPORTED_REGIONS
    ]
    return sorted(out, key=lambda item: item[1])


def country_of(e164: str) -> str:
    return str(phonenumbers.region_code_for_number(phonenumbers.parse(e164)) or "")
