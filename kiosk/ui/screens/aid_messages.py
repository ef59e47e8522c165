"""Words of the Daam Sakane check: questions, reasons and conditions, per message key.

Figures (years, rooms, dates, prices) come from the rules file and are put into the
translated sentences (%1), so a new rules file never needs new translations.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from kiosk.core import formatting
from kiosk.core.aid import AidRules

CONTEXT = "AidCheck"


def tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def fill(text: str, *values: str) -> str:
    """Qt-style %1, %2 placeholders (translators may move them)."""
    for index, value in reversed(list(enumerate(values, start=1))):
        text = text.replace(f"%{index}", value)
    return text


def question(key: str, rules: AidRules) -> tuple[str, str]:
    """(question, a short explanation) for a buyer question."""
    years = str(rules.commitment.main_residence_years)
    texts = {
        "moroccan": (tr("Are you Moroccan?"), tr("Living in Morocco or abroad: both count.")),
        "adult": (
            fill(tr("Are you %1 or older?"), str(rules.buyer.min_age)),
            tr("The buyer's age on the day of the request."),
        ),
        "owns_home": (
            tr("Do you already own a home in Morocco?"),
            tr("A house or a flat in your name, alone or shared."),
        ),
        "received_aid": (
            tr("Have you ever received a housing aid?"),
            tr("For example an earlier state aid to buy a home."),
        ),
        "main_residence": (
            fill(tr("Will this home be your main residence for %1 years?"), years),
            tr("For Moroccans abroad: lived in by you or your family when in Morocco."),
        ),
    }
    return texts[key]


def reason(key: str, rules: AidRules, lang: str) -> str:
    home = rules.home
    permit = (
        formatting.format_date(home.permit_on_or_after, lang) if home.permit_on_or_after else ""
    )
    texts = {
        "aid.reason.not_moroccan": tr("The aid is for Moroccans, living in Morocco or abroad."),
        "aid.reason.under_age": fill(
            tr("The buyer must be %1 or older."), str(rules.buyer.min_age)
        ),
        "aid.reason.owns_home": tr("The aid is for people who do not own a home in Morocco yet."),
        "aid.reason.received_aid": tr("The aid is given only once, and you already received one."),
        "aid.reason.no_main_residence": fill(
            tr("The home must be your main residence for %1 years."),
            str(rules.commitment.main_residence_years),
        ),
        "aid.reason.category_not_eligible": tr(
            "Only homes qualify, not plots or business premises."
        ),
        "aid.reason.not_first_sale": tr("Only new homes sold for the first time qualify."),
        "aid.reason.permit_too_old": fill(
            tr("The building permit must date from %1 or later."), permit
        ),
        "aid.reason.too_few_rooms": fill(
            tr("The home must have at least %1 rooms."), str(home.min_rooms)
        ),
        "aid.reason.price_above_limit": fill(
            tr("The price must be at most %1."), formatting.format_mad(rules.max_price_mad, lang)
        ),
        "aid.reason.price_unknown": tr("The amount depends on the price of the home."),
        "aid.reason.answers_missing": tr("Some questions are not answered yet."),
        "aid.reason.conditions_met": tr("You meet every condition that can be checked here."),
    }
    return texts.get(key, "")


def condition(key: str, rules: AidRules, lang: str) -> str:
    home = rules.home
    permit = (
        formatting.format_date(home.permit_on_or_after, lang) if home.permit_on_or_after else ""
    )
    texts = {
        "aid.condition.buyer": tr(
            "The buyer must be Moroccan, adult, own no home in Morocco and never have had a housing aid."  # noqa: E501
        ),
        "aid.condition.home": fill(
            tr(
                "The home must be new (first sale), with a building permit from %1 or later and at least %2 rooms."  # noqa: E501
            ),
            permit,
            str(home.min_rooms),
        ),
        "aid.condition.permit_date": fill(
            tr("Ask the advisor to confirm the building permit dates from %1 or later."), permit
        ),
        "aid.condition.min_rooms": fill(
            tr("The home must have at least %1 rooms."), str(home.min_rooms)
        ),
        "aid.condition.notary_sale": tr("The sale must be signed at a notary."),
        "aid.condition.main_residence": fill(
            tr("Live in it as your main residence for %1 years, otherwise the aid is repaid."),
            str(rules.commitment.main_residence_years),
        ),
    }
    return texts.get(key, "")


def price_band_label(low: int | None, high: int | None, lang: str) -> str:
    """A price band button: "Up to 300 000 DH", "From 300 001 to 700 000 DH", "More than …"."""
    if low is None and high is not None:
        return fill(tr("Up to %1"), formatting.format_mad(high, lang))
    if high is None and low is not None:
        return fill(tr("More than %1"), formatting.format_mad(low, lang))
    return fill(
        tr("From %1 to %2"),
        formatting.format_number(low or 0, lang),
        formatting.format_mad(high or 0, lang),
    )


def rules_footer(version: str, date_iso: str, lang: str) -> str:
    return fill(
        tr(
            "Indication only, from the Daam Sakane rules %1 of %2. Final decision on daamsakane.ma."
        ),
        version,
        formatting.format_date(date_iso, lang),
    )
