"""Countries named in the visitor's language, and the phone country a number belongs to.

Names come from Babel's CLDR data (``Locale(lang).territories``), so "MA" reads "Maroc",
"المغرب" or "Morocco"; the codes stay ISO 3166 alpha-2 underneath.
"""

from __future__ import annotations

from functools import cache

import phonenumbers
from babel import Locale, UnknownLocaleError

from kiosk.core.textnorm import normalise

# Tried in this order when a number has no +country prefix: a 06…/07… number is Moroccan
# before it is anything else.
HOME_REGION = "MA"


@cache
def _territories(language: str) -> dict[str, str]:
    try:
        names = Locale.parse(language).territories
    except (UnknownLocaleError, ValueError):
        names = Locale("en").territories
    return dict(names)


def country_name(code: str, language: str) -> str:
    """The country's name in `language` (English, then the code itself, when CLDR has none)."""
    return _territories(language).get(code) or _territories("en").get(code) or code


def _sorted_by_name(codes: list[str], language: str) -> list[str]:
    return sorted(codes, key=lambda code: normalise(country_name(code, language)))


def phone_countries(language: str, first: list[str]) -> list[tuple[str, str, int]]:
    """(region, name, calling code) for the phone picker: `first` in that order, then the
    rest by name in the visitor's language."""
    supported = phonenumbers.SUPPORTED_REGIONS
    leading = [r for r in dict.fromkeys(first) if r in supported]
    rest = _sorted_by_name(sorted(set(supported) - set(leading)), language)
    return [
        (r, country_name(r, language), phonenumbers.country_code_for_region(r))
        for r in [*leading, *rest]
    ]


def residence_countries(language: str, first: list[str]) -> list[tuple[str, str]]:
    """(code, name) of every country a visitor may live in, `first` leading."""
    codes = sorted(phonenumbers.SUPPORTED_REGIONS)  # real countries, no "EU" or "UN"
    leading = [c for c in dict.fromkeys(first) if c in codes]
    rest = _sorted_by_name(sorted(set(codes) - set(leading)), language)
    return [(c, country_name(c, language)) for c in [*leading, *rest]]


def guess_phone_region(raw: str, candidates: list[str]) -> str | None:
    """The region `raw` is a valid number of: its own +prefix when it has one, else the
    first of Morocco and `candidates` it parses in; None while it is not a number yet."""
    text = "".join(ch for ch in raw if ch.isdigit() or ch == "+")
    if text.startswith("00"):
        text = "+" + text[2:]
    if text.startswith("+"):
        try:
            number = phonenumbers.parse(text, None)
        except phonenumbers.NumberParseException:
            return None
        region = phonenumbers.region_code_for_number(number)
        return region if region and region != "ZZ" else None
    for region in dict.fromkeys([HOME_REGION, *candidates]):
        try:
            number = phonenumbers.parse(text, region)
        except phonenumbers.NumberParseException:
            continue
        if phonenumbers.is_valid_number(number):
            return region
    return None
