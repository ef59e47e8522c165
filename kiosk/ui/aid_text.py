"""The Daam Sakane indication for one unit, in a sentence or two (never a decision)."""

from __future__ import annotations

import logging
from functools import cache
from typing import Any

from PySide6.QtCore import QCoreApplication

from kiosk.core import formatting
from kiosk.core.catalog import Unit
from sync.contract import vocabulary

log = logging.getLogger(__name__)

# "2024-v1" must read left to right inside an Arabic sentence too.
LTR_ISOLATE = "\u2066"
POP_ISOLATE = "\u2069"


@cache
def _rules() -> Any:
    try:
        from kiosk.core import aid
    except ImportError:
        return None
    try:
        return aid.load_rules()
    except Exception:  # a broken rules file must not break the unit page
        log.exception("Daam Sakane rules could not be loaded")
        return None


def indication_for(unit: Unit) -> Any:
    """The core's AidIndication for this unit, or None when the aid rules are unavailable."""
    rules = _rules()
    if rules is None:
        return None
    from kiosk.core import aid

    return aid.indicate_for_unit(unit, rules)


def reason_text(key: str) -> str:
    texts = {
        "aid.reason.category_not_eligible": QCoreApplication.translate(
            "AidText", "Only homes qualify, not plots or premises."
        ),
        "aid.reason.not_first_sale": QCoreApplication.translate(
            "AidText", "Only new homes sold for the first time qualify."
        ),
        "aid.reason.permit_too_old": QCoreApplication.translate(
            "AidText", "The building permit is older than the programme allows."
        ),
        "aid.reason.too_few_rooms": QCoreApplication.translate(
            "AidText", "The home has fewer rooms than required."
        ),
        "aid.reason.price_unknown": QCoreApplication.translate(
            "AidText", "The price is not known yet."
        ),
        "aid.reason.price_above_limit": QCoreApplication.translate(
            "AidText", "The price is above the programme's limit."
        ),
    }
    return texts.get(key, "")


def summary(unit: Unit, lang: str) -> tuple[bool, str, str]:
    """(eligible, headline, details with the rules' version and date)."""
    indication = indication_for(unit)
    if indication is None:
        return False, "", ""
    rules = (
        QCoreApplication.translate(
            "AidText", "Rules %1 of %2. Indication only: final decision on daamsakane.ma."
        )
        .replace("%1", LTR_ISOLATE + str(indication.rules_version) + POP_ISOLATE)
        .replace("%2", formatting.format_date(indication.rules_date, lang))
    )
    if indication.eligible:
        headline = QCoreApplication.translate(
            "AidText", "Daam Sakane: this home may qualify for %1 of aid"
        ).replace("%1", formatting.format_mad(indication.amount_mad, lang))
        return (
            True,
            headline,
            QCoreApplication.translate("AidText", "If you meet the buyer conditions.")
            + " "
            + rules,
        )
    reasons = " ".join(t for t in (reason_text(k) for k in indication.reasons) if t)
    return False, not_eligible_headline(unit), (reasons + " " + rules).strip()


def not_eligible_headline(unit: Unit) -> str:
    """Named by what the unit is: a plot or premises is not called a home."""
    category = vocabulary.TYPE_CATEGORY.get(unit.type, "logement")
    if category == "terrain":
        return QCoreApplication.translate("AidText", "Daam Sakane: this plot does not qualify")
    if category == "local":
        return QCoreApplication.translate("AidText", "Daam Sakane: these premises do not qualify")
    return QCoreApplication.translate("AidText", "Daam Sakane: this home does not qualify")
