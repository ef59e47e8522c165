"""Numbers, amounts, percentages and dates in the visitor's language: the one place that
formats them, for the kiosk UI, the brochure, tickets, the command line and HQ's pages.

Each language follows its CLDR locale through Babel, so a number reads one way per language
on every screen: "1 234 567,5" in French (narrow no-break spaces), "1,234,567.5" in English,
"1.234.567,5" in Italian, Spanish, Dutch and Moroccan Arabic (ar_MA, Western digits as used
in Morocco). The amount's unit follows with a no-break space ("DH", "درهم", "€").
"""

from __future__ import annotations

from datetime import date
from functools import cache

from babel import Locale
from babel.dates import format_date as babel_format_date
from babel.dates import format_skeleton
from babel.numbers import format_decimal

from sync.contract import vocabulary

UNIT_SEPARATOR = "\u00a0"  # NO-BREAK SPACE between the number and its unit
LRI, RLI, PDI = "\u2066", "\u2067", "\u2069"  # bidi isolates: a run keeps its own order
LOCALES: dict[str, str] = {
    "fr": "fr_FR",
    "ar": "ar_MA",
    "en": "en_GB",
    "it": "it_IT",
    "es": "es_ES",
    "nl": "nl_NL",
}
DEFAULT_LANGUAGE = "fr"

# Currency names shown after the amount; Latin-script languages share the symbol.
CURRENCY_LABELS: dict[str, dict[str, str]] = {
    "MAD": {"latin": "DH", "ar": "درهم"},
    "EUR": {"latin": "€", "ar": "يورو"},
    "CAD": {"latin": "$\u00a0CA", "en": "CA$", "ar": "دولار كندي"},
    "USD": {"latin": "$\u00a0US", "en": "US$", "ar": "دولار أمريكي"},
    "GBP": {"latin": "£", "ar": "جنيه إسترليني"},
    "CHF": {"latin": "CHF", "ar": "فرنك سويسري"},
}


def _lang(lang: str) -> str:
    return lang if lang in LOCALES else DEFAULT_LANGUAGE


@cache
def locale_of(lang: str) -> Locale:
    return Locale.parse(LOCALES[_lang(lang)])


# CLDR's minimum grouping digits, which Babel does not apply (Qt does, for "%Ln"): Italian and
# Spanish write 4500 but 12.345.
MIN_GROUPING_DIGITS = {"it": 2, "es": 2}


def format_number(value: float, lang: str, decimals: int = 0) -> str:
    """12345.6 → "12 345,6" (fr), "12,345.6" (en), "12.345,6" (it, es, nl, ar)."""
    rounded = round(value, decimals) + 0.0  # "+ 0.0": no "-0" for a value that rounds to zero
    grouped = abs(rounded) >= 10 ** (2 + MIN_GROUPING_DIGITS.get(_lang(lang), 1))
    pattern = ("#,##0" if grouped else "0") + ("." + "0" * decimals if decimals > 0 else "")
    return str(format_decimal(rounded, format=pattern, locale=locale_of(lang)))


def currency_label(code: str, lang: str) -> str:
    names = CURRENCY_LABELS.get(code, {})
    key = _lang(lang)
    return names.get(key) or names.get("latin" if key != "ar" else "ar") or code


def format_money(amount: float, code: str, lang: str, decimals: int = 0) -> str:
    """250000, "MAD", "ar" → "250.000 درهم"; 23148.1, "EUR", "fr" → "23 148 €"."""
    return f"{format_number(amount, lang, decimals)}{UNIT_SEPARATOR}{currency_label(code, lang)}"


def format_mad(amount: float, lang: str, decimals: int = 0) -> str:
    return format_money(amount, "MAD", lang, decimals)


def format_percent(value: float, lang: str, decimals: int = 1) -> str:
    """4.7 → "4,7 %" (fr, es), "4.7%" (en), "4,7%" (it, nl, ar): the locale's own pattern."""
    pattern = locale_of(lang).percent_formats[None].pattern
    spaced = pattern.split(";")[0].replace("#,##0", "").replace("%", "")
    return f"{format_number(value, lang, decimals)}{spaced}%"


def format_date(value: date | str, lang: str) -> str:
    """A day in words, which no reader can take for another ("3 novembre 2025",
    "3 November 2025", "3 نونبر 2025")."""
    day = value if isinstance(value, date) else date.fromisoformat(value[:10])
    return str(babel_format_date(day, "long", locale=locale_of(lang)))


def format_month(value: str, lang: str) -> str:
    """A month in words from "YYYY-MM" or a full date ("avril 2027", "أبريل 2027")."""
    day = date(int(value[:4]), int(value[5:7]), 1)
    return str(format_skeleton("yMMMM", day, locale=locale_of(lang)))


def price_band_text(band: str, lang: str) -> str:
    """A price-band facet value ("300000-700000") in words with this language's amounts."""
    bounds = {value: (low, high) for value, low, high in vocabulary.PRICE_BANDS}
    if band not in bounds:
        return vocabulary.PRICE_BAND_WORDS[""].get(lang)
    low, high = bounds[band]
    first, last = vocabulary.PRICE_BANDS[0][0], vocabulary.PRICE_BANDS[-1][0]
    kind = "first" if band == first else "last" if band == last else "middle"
    # bands are stored with exclusive upper bounds one dirham above the round figure
    return (
        vocabulary.PRICE_BAND_WORDS[kind]
        .get(lang)
        .format(
            # "300.000 – 700.000 DH": the unit once when both bounds are shown
            low=(format_number if kind == "middle" else format_mad)(max(low - 1, 0), lang),
            high=format_mad((high or 1) - 1, lang),
        )
    )


def isolate_ltr(text: str) -> str:
    """A code, version or reference ("2026-01-fr-ar-en-v2") that must read left to right
    even inside an Arabic sentence."""
    return f"{LRI}{text}{PDI}"


def rate_equation(code: str, mad_per_unit: float, lang: str) -> str:
    """ "1 € = 10,85 DH"; in Arabic "1 يورو = 10,85 درهم" kept in one right-to-left unit, so the
    surrounding sentence cannot pull its numbers apart."""
    text = f"{format_money(1, code, lang)} = {format_mad(mad_per_unit, lang, 2)}"
    return f"{RLI}{text}{PDI}" if lang == "ar" else text
