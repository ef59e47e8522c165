"""Words of the Daam Sakane check: questions, reasons and conditions, per message key.

Figures (years, rooms, dates, prices) come from the rules file and are put into the
translated sentences (%1), so a new rules file never needs new translations.
"""

from __future__ import annotations

from PySide6.QtCore import QObject

from kiosk.core import formatting
from kiosk.core.aid import AidRules

ISOLATE_LTR = "\u2066"  # LEFT-TO-RIGHT ISOLATE
POP_ISOLATE = "\u2069"


def fill(text: str, *values: str) -> str:
    """Qt-style %1, %2 placeholders (translators may move them)."""
    for index, value in reversed(list(enumerate(values, start=1))):
        text = text.replace(f"%{index}", value)
    return text


class AidWords(QObject):
    """Translated sentences of the check (a QObject so the words have their own context)."""

    def question(self, key: str, rules: AidRules) -> tuple[str, str]:
        """(question, a short explanation) for a buyer question."""
        years = rules.commitment.main_residence_years
        texts = {
            "moroccan": (
                self.tr("Are you Moroccan?"),
                self.tr("Living in Morocco or abroad: both count."),
            ),
            "adult": (
                fill(self.tr("Are you %1 or older?"), str(rules.buyer.min_age)),
                self.tr("The buyer's age on the day of the request."),
            ),
            "owns_home": (
                self.tr("Do you already own a home in Morocco?"),
                self.tr("A house or a flat in your name, alone or shared."),
            ),
            "received_aid": (
                self.tr("Have you ever received a housing aid?"),
                self.tr("For example an earlier state aid to buy a home."),
            ),
            "main_residence": (
                self.tr("Will this home be your main residence for %n years?", "", years),
                self.tr("For Moroccans abroad: lived in by you or your family when in Morocco."),
            ),
        }
        return texts[key]

    def reason(self, key: str, rules: AidRules, lang: str) -> str:
        home = rules.home
        years = rules.commitment.main_residence_years
        permit = (
            formatting.format_date(home.permit_on_or_after, lang) if home.permit_on_or_after else ""
        )
        texts = {
            "aid.reason.not_moroccan": self.tr(
                "The aid is for Moroccans, living in Morocco or abroad."
            ),
            "aid.reason.under_age": fill(
                self.tr("The buyer must be %1 or older."), str(rules.buyer.min_age)
            ),
            "aid.reason.owns_home": self.tr(
                "The aid is for people who do not own a home in Morocco yet."
            ),
            "aid.reason.received_aid": self.tr(
                "The aid is given only once, and you already received one."
            ),
            "aid.reason.no_main_residence": self.tr(
                "The home must be your main residence for %n years.", "", years
            ),
            "aid.reason.category_not_eligible": self.tr(
                "Only homes qualify, not plots or business premises."
            ),
            "aid.reason.not_first_sale": self.tr("Only new homes sold for the first time qualify."),
            "aid.reason.permit_too_old": fill(
                self.tr("The building permit must date from %1 or later."), permit
            ),
            "aid.reason.too_few_rooms": self.tr(
                "The home must have at least %n rooms.", "", home.min_rooms
            ),
            "aid.reason.price_above_limit": fill(
                self.tr("The price must be at most %1."),
                formatting.format_mad(rules.max_price_mad, lang),
            ),
            "aid.reason.price_unknown": self.tr("The amount depends on the price of the home."),
            "aid.reason.answers_missing": self.tr("Some questions are not answered yet."),
            "aid.reason.conditions_met": self.tr(
                "You meet every condition that can be checked here."
            ),
        }
        return texts.get(key, "")

    def condition(self, key: str, rules: AidRules, lang: str) -> str:
        home = rules.home
        years = rules.commitment.main_residence_years
        permit = (
            formatting.format_date(home.permit_on_or_after, lang) if home.permit_on_or_after else ""
        )
        texts = {
            "aid.condition.buyer": self.tr(
                "The buyer must be Moroccan, adult, own no home in Morocco and never have had a housing aid."  # noqa: E501
            ),
            "aid.condition.home": fill(
                self.tr(
                    "The home must be new (first sale), with a building permit from %1 or later and at least %n rooms.",  # noqa: E501
                    "",
                    home.min_rooms,
                ),
                permit,
            ),
            "aid.condition.permit_date": fill(
                self.tr("Ask the advisor to confirm the building permit dates from %1 or later."),
                permit,
            ),
            "aid.condition.min_rooms": self.tr(
                "The home must have at least %n rooms.", "", home.min_rooms
            ),
            "aid.condition.notary_sale": self.tr("The sale must be signed at a notary."),
            "aid.condition.main_residence": self.tr(
                "Live in it as your main residence for %n years, otherwise the aid is repaid.",
                "",
                years,
            ),
        }
        return texts.get(key, "")

    def rules_footer(self, version: str, date_iso: str, lang: str) -> str:
        return fill(
            self.tr(
                "Indication only, from the Daam Sakane rules %1 of %2. Final decision on daamsakane.ma."  # noqa: E501
            ),
            ISOLATE_LTR + version + POP_ISOLATE,  # "2024-v1" must not turn into "v1-2024" in Arabic
            formatting.format_date(date_iso, lang),
        )
