"""How a unit reads in the visitor's language: title, place, facts, prices."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from kiosk.core import formatting
from kiosk.core.catalog import FacetCount, Unit
from kiosk.core.config import EventProfile
from kiosk.core.unit_titles import composed_title
from sync.contract import vocabulary

ZERO_WIDTH_SPACE = "\u200b"


def title(unit: Unit, lang: str) -> str:
    """The catalog's own title in French (and Arabic when it has one); composed from the
    unit's fields in any other language."""
    if lang == "fr" and unit.title_fr:
        return unit.title_fr
    if lang == "ar" and unit.title_ar:
        return unit.title_ar
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
    return unit.programme_ar if lang == "ar" and unit.programme_ar else unit.programme_fr


def region(unit: Unit, lang: str) -> str:
    return unit.region_ar if lang == "ar" and unit.region_ar else unit.region_fr


def place(unit: Unit, lang: str) -> str:
    parts = [city(unit, lang), programme(unit, lang)]
    if unit.district:
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


def rooms(unit: Unit) -> str:
    if not unit.rooms:
        return ""
    return QCoreApplication.translate("UnitText", "%n room(s)", "", unit.rooms)


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
    """A facet value's name in the visitor's language (English from the shared labels)."""
    if lang == "ar" and item.label_ar:
        return item.label_ar
    if lang == "en":
        if facet == "type":
            return vocabulary.type_label(item.value).en
        if facet == "category" and item.value in vocabulary.CATEGORIES:
            return vocabulary.CATEGORIES[item.value].en
        if facet == "status":
            return vocabulary.status_label(item.value).en
        if facet == "price_band" and item.value in vocabulary.PRICE_BAND_LABELS:
            return vocabulary.PRICE_BAND_LABELS[item.value].en
        if facet == "rooms":
            return vocabulary.rooms_label(item.value).en
    return item.label_fr or item.value
