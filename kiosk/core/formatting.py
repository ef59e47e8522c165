"""Numbers and amounts per language, as read in Morocco.

Western digits in every language (Arabic included, as in Morocco), thousands grouped with
a narrow no-break space so an amount never wraps, "DH" in French/English and "درهم" in
Arabic. Used by the kiosk UI, the brochure and the command line.
"""

from __future__ import annotations

from datetime import date

GROUP_SEPARATOR = "\u202f"  # NARROW NO-BREAK SPACE
UNIT_SEPARATOR = "\u00a0"  # NO-BREAK SPACE between the number and its currency
DECIMAL_SEPARATOR = {"fr": ",", "ar": ",", "en": "."}

# Currency names shown after the amount, per language; an unknown code shows itself.
CURRENCY_LABELS: dict[str, dict[str, str]] = {
    "MAD": {"fr": "DH", "en": "DH", "ar": "درهم"},
    "EUR": {"fr": "€", "en": "€", "ar": "يورو"},
    "CAD": {"fr": "$\u00a0CA", "en": "CA$", "ar": "دولار كندي"},
    "USD": {"fr": "$\u00a0US", "en": "US$", "ar": "دولار أمريكي"},
    "GBP": {"fr": "£", "en": "£", "ar": "جنيه إسترليني"},
    "CHF": {"fr": "CHF", "en": "CHF", "ar": "فرنك سويسري"},
}


def _lang(lang: str) -> str:
    return lang if lang in DECIMAL_SEPARATOR else "fr"


def format_number(value: float, lang: str, decimals: int = 0) -> str:
    """12345.6 → "12 345,6" (fr, ar) / "12 345.6" (en), grouped with a narrow space."""
    text = f"{abs(value):,.{decimals}f}"
    whole, _, fraction = text.partition(".")
    whole = whole.replace(",", GROUP_SEPARATOR)
    sign = "-" if value < 0 and float(text.replace(",", "")) != 0 else ""
    if fraction:
        return f"{sign}{whole}{DECIMAL_SEPARATOR[_lang(lang)]}{fraction}"
    return f"{sign}{whole}"


def currency_label(code: str, lang: str) -> str:
    return CURRENCY_LABELS.get(code, {}).get(_lang(lang), code)


def format_money(amount: float, code: str, lang: str, decimals: int = 0) -> str:
    """250000, "MAD", "ar" → "250 000 درهم"; 23148.1, "EUR", "fr" → "23 148 €"."""
    return f"{format_number(amount, lang, decimals)}{UNIT_SEPARATOR}{currency_label(code, lang)}"


def format_mad(amount: float, lang: str, decimals: int = 0) -> str:
    return format_money(amount, "MAD", lang, decimals)


def format_percent(value: float, lang: str, decimals: int = 1) -> str:
    """4.7 → "4,7 %" (fr, ar) / "4.7%" (en)."""
    number = format_number(value, lang, decimals)
    return f"{number}%" if _lang(lang) == "en" else f"{number}{UNIT_SEPARATOR}%"


def format_date(value: date | str, lang: str) -> str:
    """Numeric dates read the same in all three languages here: 03/11/2025 (en: 2025-11-03)."""
    day = value if isinstance(value, date) else date.fromisoformat(value[:10])
    if _lang(lang) == "en":
        return day.isoformat()
    return day.strftime("%d/%m/%Y")
