"""How a unit reads in the visitor's language: title, place, facts, prices."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from kiosk.core import formatting
from kiosk.core.catalog import FacetCount, Unit
from kiosk.core.config import EventProfile
from kiosk.core.unit_titles import composed_title, programme_name, rooms_phrase
from sync.contract import vocabulary

ZERO_WIDTH_SPACE = "\u200b"


def title(unit: Unit, lang: str) -> str:
    """Composed from the unit's fields in every language (the catalog's own titles are
    French and Arabic strings that would read differently from the other languages)."""
    # A break allowed after a hyphen: "Apartment-building" fits a narrow card in large text.
    return composed_title(unit, lang).replace("-", "-" + ZERO_WIDTH_SPACE)


def short_title(unit: Unit, lang: str) -> str:
    """The title without its " — place" tail (the place is shown on its own line)."""
    return title(unit, lang).split(" — ")[0]


def reference_line(unit: Unit, lang: str) -> str:
    parts = [QCoreApplication.translate("UnitText", "Ref. %1").replace("%1", unit.ref)]
    if unit.delivery_date:
        parts.append(
            QCoreApplication.translate("UnitText", "Delivery %1").replace(
                "%1", formatting.format_date(unit.delivery_date, lang)
            )
        )
    return " · ".join(parts)


def city(unit: Unit, lang: str) -> str:
    return unit.city_ar if lang == "ar" and unit.city_ar else unit.city_fr


def programme(unit: Unit, lang: str) -> str:
    return programme_name(unit.programme_fr, unit.programme_ar, lang)


def region(unit: Unit, lang: str) -> str:
    return unit.region_ar if lang == "ar" and unit.region_ar else unit.region_fr


def place(unit: Unit, lang: str) -> str:
    parts = [city(unit, lang), programme(unit, lang)]
    # the district is already in most programme names ("Résidence Al Amal")
    if unit.district and unit.district not in unit.programme_fr:
        parts.append(unit.district)
    return " · ".join(p for p in parts if p)


def type_name(unit: Unit, lang: str) -> str:
    return vocabulary.type_label(unit.type).get(lang)


def status_name(status: str, lang: str) -> str:
    return vocabulary.status_label(status).get(lang)


def surface(unit: Unit, lang: str) -> str:
    return QCoreApplication.translate("UnitText", "%1 m²").replace(
        "%1", formatting.format_number(unit.surface_m2, lang)
    )


def rooms(unit: Unit, lang: str) -> str:
    return rooms_phrase(unit.rooms, lang) if unit.rooms else ""


def floor(unit: Unit) -> str:
    if unit.floor is None:
        return ""
    if unit.floor == 0:
        return QCoreApplication.translate("UnitText", "Ground floor")
    return QCoreApplication.translate("UnitText", "Floor %1").replace("%1", str(unit.floor))


def price_mad(unit: Unit, lang: str) -> str:
    if unit.price_mad is None:
        if unit.price_per_m2_mad:
            return QCoreApplication.translate("UnitText", "%1 per m²").replace(
                "%1", formatting.format_mad(unit.price_per_m2_mad, lang)
            )
        return QCoreApplication.translate("UnitText", "Price on request")
    return formatting.format_mad(unit.price_mad, lang)


def price_in_event_currency(unit: Unit, event: EventProfile, lang: str) -> str:
    """ "≈ 23 041 €" — empty when the event shows MAD only or the price is on request."""
    currency = event.currency
    if not currency.converts or unit.price_mad is None:
        return ""
    amount = unit.price_mad / currency.mad_per_unit
    return "≈ " + formatting.format_money(amount, currency.code, lang)


def rate_note(event: EventProfile, lang: str) -> str:
    """ "1 € = 10,85 DH on 09/02/2026 (indicative)"."""
    currency = event.currency
    if not currency.converts:
        return ""
    one = formatting.format_money(1, currency.code, lang)
    rate = formatting.format_mad(currency.mad_per_unit, lang, decimals=2)
    if currency.rate_date is None:
        return (
            QCoreApplication.translate("UnitText", "%1 = %2 (indicative rate)")
            .replace("%1", one)
            .replace("%2", rate)
        )
    return (
        QCoreApplication.translate("UnitText", "%1 = %2 on %3 (indicative rate)")
        .replace("%1", one)
        .replace("%2", rate)
        .replace("%3", formatting.format_date(currency.rate_date, lang))
    )


def facet_label(facet: str, item: FacetCount, lang: str) -> str:
    """A facet value's name in the visitor's language: the shared vocabulary's words, the
    formatting module's amounts; places by their Arabic or French (Latin-script) names."""
    if facet in ("city", "region", "programme"):
        return item.label_ar if lang == "ar" and item.label_ar else item.label_fr or item.value
    if facet == "type":
        return vocabulary.type_label(item.value).get(lang)
    if facet == "category" and item.value in vocabulary.CATEGORIES:
        return vocabulary.CATEGORIES[item.value].get(lang)
    if facet == "status":
        return vocabulary.status_label(item.value).get(lang)
    if facet == "price_band":
        return formatting.price_band_text(item.value, lang)
    if facet == "rooms":
        return vocabulary.rooms_label(item.value).get(lang)
    return item.label_ar if lang == "ar" and item.label_ar else item.label_fr or item.value
