"""What the public take-away page shows for a verified link: units with their facts, the aid
estimate, the loan simulation recomputed with the stand's own rules, and the agency of the
region — no personal data, nothing that needs a sign-in."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Connection, select

from kiosk.core.catalog import UNIT_FIELDS, Unit
from kiosk.core.formatting import format_date, format_mad, format_number, format_percent
from kiosk.core.mortgage import Simulation, simulate
from kiosk.core.unit_titles import SQUARE_METRES, composed_title
from sync.contract import vocabulary
from sync.contract.errors import ValidationError
from sync.contract.messages import message
from sync.contract.takeaway import Takeaway, derive_key, key_id_of, unpack
from sync.hq import agencies
from sync.hq.catalog import hq_catalog_units


def verified(code: str, hq_secret: bytes) -> Takeaway:
    """The link's content when its signature holds (LinkError otherwise)."""
    return unpack(code, derive_key(hq_secret, key_id_of(code)))


@dataclass(frozen=True)
class Contact:
    """Who the visitor calls back home: the agency of the units' region (followup's table)."""

    name: str
    city: str
    phone: str = ""
    whatsapp: str = ""
    email: str = ""


@dataclass
class PageUnit:
    ref: str
    title: str
    place: str
    facts: list[tuple[str, str]] = field(default_factory=list)
    unit: Unit | None = None


def _label(key: str, lang: str) -> str:
    return message("takeaway.page." + key, lang)


def catalog_units(conn: Connection, refs: tuple[str, ...]) -> dict[str, Unit]:
    """HQ's published record of each ref, as the stand's Unit (unknown or deleted refs absent)."""
    table = hq_catalog_units.c
    rows = conn.execute(
        select(table.ref, table.record).where(table.ref.in_(refs), table.deleted.is_(False))
    )
    found: dict[str, Unit] = {}
    for ref, record in rows:
        values: dict[str, Any] = json.loads(record)
        fields: dict[str, Any] = {name: values.get(name) for name in UNIT_FIELDS}
        try:
            found[str(ref)] = Unit(**fields)
        except TypeError:
            continue
    return found


def _place(unit: Unit, lang: str) -> str:
    city = unit.city_ar if lang == "ar" else unit.city_fr
    programme = unit.programme_ar if lang == "ar" else unit.programme_fr
    return "، ".join([programme, city]) if lang == "ar" else ", ".join([programme, city])


def _facts(unit: Unit, lang: str) -> list[tuple[str, str]]:
    facts = [(_label("type", lang), vocabulary.type_label(unit.type).get(lang))]
    price = format_mad(unit.price_mad, lang) if unit.price_mad else _label("on_request", lang)
    facts.append((_label("price", lang), price))
    square = SQUARE_METRES.get(lang, "m²")
    facts.append((_label("surface", lang), f"{format_number(unit.surface_m2, lang)} {square}"))
    if unit.rooms:
        facts.append((_label("rooms", lang), str(unit.rooms)))
    facts.append((_label("status", lang), vocabulary.status_label(unit.status).get(lang)))
    if unit.delivery_date:
        facts.append((_label("delivery", lang), format_date(unit.delivery_date, lang)))
    return facts


def page_units(known: dict[str, Unit], link: Takeaway) -> list[PageUnit]:
    lang = link.language
    shown: list[PageUnit] = []
    for ref in link.refs:
        unit = known.get(ref)
        if unit is None:
            shown.append(PageUnit(ref, _label("unknown_unit", lang), ""))
            continue
        shown.append(
            PageUnit(ref, composed_title(unit, lang), _place(unit, lang), _facts(unit, lang), unit)
        )
    return shown


def loan_of(link: Takeaway) -> Simulation | None:
    """The simulation the visitor ran, recomputed from its inputs (None when there is none)."""
    loan = link.loan
    if loan is None or loan.price_mad <= 0:
        return None
    try:
        return simulate(
            loan.price_mad, loan.own_contribution_mad, loan.rate_bp / 100, loan.years, link.aid_mad
        )
    except ValidationError:
        return None


def loan_lines(simulation: Simulation, lang: str) -> list[tuple[str, str]]:
    return [
        (_label("loan_price", lang), format_mad(simulation.price_mad, lang)),
        (_label("loan_own", lang), format_mad(simulation.own_contribution_mad, lang)),
        (_label("loan_aid", lang), format_mad(simulation.aid_mad, lang)),
        (_label("loan_amount", lang), format_mad(simulation.loan_mad, lang)),
        (_label("loan_rate", lang), format_percent(simulation.rate_pct, lang, 2)),
        (_label("loan_years", lang), str(simulation.years)),
        (_label("loan_monthly", lang), format_mad(simulation.monthly_payment_mad, lang, 2)),
    ]


def contact_for(conn: Connection, units: list[PageUnit]) -> Contact | None:
    """The agency of the first known unit's region (sync.hq.agencies), if HQ has one."""
    region = next((u.unit.region_id for u in units if u.unit is not None), None)
    if not region:
        return None
    agency = agencies.agency_for_region(conn, region)
    if agency is None:
        return None
    return Contact(agency.name, agency.city, agency.phone, agency.whatsapp, agency.email)
