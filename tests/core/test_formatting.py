"""Amounts read the Moroccan way in French, Arabic and English."""

from __future__ import annotations

from datetime import date

from kiosk.core.formatting import format_date, format_mad, format_money, format_percent

NNBSP = "\u202f"
NBSP = "\u00a0"


def test_french_amount_in_dirhams() -> None:
    assert format_mad(250_000, "fr") == f"250{NNBSP}000{NBSP}DH"


def test_arabic_amount_keeps_western_digits_and_says_dirham() -> None:
    text = format_mad(1_234_567, "ar")
    assert text == f"1{NNBSP}234{NNBSP}567{NBSP}درهم"
    assert not any("\u0660" <= ch <= "\u0669" for ch in text)  # no Arabic-Indic digits


def test_english_amount_in_dirhams() -> None:
    assert format_mad(70_000, "en") == f"70{NNBSP}000{NBSP}DH"


def test_event_currency_with_decimals_per_language() -> None:
    assert format_money(2315.5, "EUR", "fr", decimals=2) == f"2{NNBSP}315,50{NBSP}€"
    assert format_money(2315.5, "EUR", "en", decimals=2) == f"2{NNBSP}315.50{NBSP}€"
    assert format_money(2315.5, "EUR", "ar", decimals=0).endswith("يورو")


def test_amounts_are_rounded_not_truncated() -> None:
    assert format_mad(2552.67, "fr") == f"2{NNBSP}553{NBSP}DH"


def test_unknown_currency_shows_its_code() -> None:
    assert format_money(10, "SEK", "fr") == f"10{NBSP}SEK"


def test_grouped_amount_never_contains_a_breaking_space() -> None:
    assert " " not in format_mad(12_345_678, "fr")


def test_percent_and_date() -> None:
    assert format_percent(4.7, "fr") == f"4,7{NBSP}%"
    assert format_percent(4.7, "en") == "4.7%"
    assert format_date(date(2025, 11, 3), "fr") == "03/11/2025"
    assert format_date("2025-11-03", "ar") == "03/11/2025"
