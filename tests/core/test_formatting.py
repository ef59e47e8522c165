"""Amounts, percentages and dates read one way per language (its CLDR locale, through Babel)."""

from __future__ import annotations

from datetime import date

import pytest

from kiosk.core.formatting import (
    LOCALES,
    format_date,
    format_mad,
    format_money,
    format_number,
    format_percent,
    price_band_text,
)
from sync.contract import vocabulary

NNBSP = "\u202f"
NBSP = "\u00a0"


def test_every_visitor_language_has_a_locale() -> None:
    assert set(LOCALES) == set(vocabulary.LANGUAGES)


def test_french_amount_in_dirhams() -> None:
    assert format_mad(250_000, "fr") == f"250{NNBSP}000{NBSP}DH"


def test_arabic_amount_keeps_western_digits_and_says_dirham() -> None:
    text = format_mad(1_234_567, "ar")
    assert text == f"1.234.567{NBSP}درهم"
    assert not any("\u0660" <= ch <= "\u0669" for ch in text)  # no Arabic-Indic digits


@pytest.mark.parametrize(
    ("lang", "shown"),
    [
        ("en", f"70,000{NBSP}DH"),
        ("it", f"70.000{NBSP}DH"),
        ("es", f"70.000{NBSP}DH"),
        ("nl", f"70.000{NBSP}DH"),
    ],
)
def test_each_language_groups_thousands_its_own_way(lang: str, shown: str) -> None:
    assert format_mad(70_000, lang) == shown


def test_event_currency_with_decimals_per_language() -> None:
    assert format_money(2315.5, "EUR", "fr", decimals=2) == f"2{NNBSP}315,50{NBSP}€"
    assert format_money(2315.5, "EUR", "en", decimals=2) == f"2,315.50{NBSP}€"
    assert format_money(2315.5, "EUR", "it", decimals=2) == f"2315,50{NBSP}€"  # CLDR: 4 digits
    assert format_money(12315.5, "EUR", "it", decimals=2) == f"12.315,50{NBSP}€"
    assert format_money(2315.5, "EUR", "ar", decimals=0).endswith("يورو")


def test_amounts_are_rounded_not_truncated() -> None:
    assert format_mad(2552.67, "fr") == f"2{NNBSP}553{NBSP}DH"


def test_a_value_that_rounds_to_zero_has_no_minus_sign() -> None:
    assert format_number(-0.2, "fr") == "0"


def test_unknown_currency_shows_its_code() -> None:
    assert format_money(10, "SEK", "fr") == f"10{NBSP}SEK"


def test_grouped_amount_never_contains_a_breaking_space() -> None:
    for lang in LOCALES:
        assert " " not in format_mad(12_345_678, lang)


def test_percent_follows_the_locale_pattern() -> None:
    assert format_percent(4.7, "fr") == f"4,7{NBSP}%"
    assert format_percent(4.7, "en") == "4.7%"
    assert format_percent(4.7, "it") == "4,7%"
    assert format_percent(4.75, "es", 2) == f"4,75{NBSP}%"


def test_dates_are_written_in_words() -> None:
    assert format_date(date(2025, 11, 3), "fr") == "3 novembre 2025"
    assert format_date("2025-11-03", "en") == "3 November 2025"
    assert format_date("2025-11-03", "it") == "3 novembre 2025"
    assert format_date("2025-11-03", "es") == "3 de noviembre de 2025"
    assert format_date("2025-11-03", "nl") == "3 november 2025"
    assert format_date("2025-11-03", "ar") == "3 نونبر 2025"


def test_price_bands_use_the_same_amounts_as_prices() -> None:
    assert price_band_text("300000-700000", "fr") == (
        f"{format_number(300_000, 'fr')} – {format_mad(700_000, 'fr')}"
    )
    assert price_band_text("0-300000", "it") == f"Fino a {format_mad(300_000, 'it')}"
    assert price_band_text("2000000-", "nl") == f"Meer dan {format_mad(2_000_000, 'nl')}"
    assert price_band_text("", "es") == "Precio a consultar"
