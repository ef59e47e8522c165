"""Al Omrane's regional agencies (``hq_agencies``) and the agents who work in each
(``hq_agency_agents``): this module alone writes them.

A new visitor is routed to an agency (``route``): the seat agency of the region of the units
they liked, or, with no unit region (a caravan visitor often names none), the agency of the
city they live in, then the seat of that city's region. ``agency_for_region`` is what other
modules read (the take-away page shows the contacts of the agency that will call back).
"""

from __future__ import annotations

import csv
import functools
import io
import json
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

import phonenumbers
from sqlalchemy import (
    Boolean,
    Column,
    Connection,
    Index,
    Integer,
    String,
    Table,
    UniqueConstraint,
    delete,
    insert,
    select,
    update,
)

from kiosk.core import places, resources
from kiosk.core.demo_geography import CITIES
from kiosk.core.textnorm import normalise
from sync.contract.errors import NotFoundError, ValidationError
from sync.hq.metadata import metadata

FIELDS = ("name", "city", "region", "phone", "whatsapp", "email", "seat")

hq_agencies = Table(
    "hq_agencies",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("name", String(160), nullable=False),
    Column("city", String(120), nullable=False),
    Column("region", String(64), nullable=False),  # catalog region id
    Column("phone", String(20), nullable=False),  # E.164
    Column("whatsapp", String(20), nullable=False),  # E.164, "" when none
    Column("email", String(254), nullable=False),
    Column("seat", Boolean, nullable=False, default=False),  # the region's main agency
    Column("created_at", String(32), nullable=False),
    UniqueConstraint("name", name="uq_hq_agencies_name"),
    Index("ix_hq_agencies_region", "region", "id"),
)

hq_agency_agents = Table(
    "hq_agency_agents",
    metadata,
    Column("agent_id", Integer, primary_key=True),  # one agency per agent
    Column("agency_id", Integer, nullable=False),
    Index("ix_hq_agency_agents_agency", "agency_id"),
)


@dataclass(frozen=True)
class Agency:
    id: int
    name: str
    city: str
    region: str
    phone: str
    whatsapp: str
    email: str
    seat: bool

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


def _agency(row: Any) -> Agency:
    m = row._mapping
    return Agency(
        id=int(m["id"]),
        name=str(m["name"]),
        city=str(m["city"]),
        region=str(m["region"]),
        phone=str(m["phone"]),
        whatsapp=str(m["whatsapp"]),
        email=str(m["email"]),
        seat=bool(m["seat"]),
    )


def _e164(text: str, *, required: bool) -> str:
    if not text.strip():
        if required:
            raise ValidationError("an agency needs a phone number", key="error.agency.phone")
        return ""
    try:
        number = phonenumbers.parse(text.strip(), "MA")
    except phonenumbers.NumberParseException as exc:
        raise ValidationError(f"not a phone number: {text}", key="error.agency.phone") from exc
    if not phonenumbers.is_possible_number(number):
        raise ValidationError(f"not a phone number: {text}", key="error.agency.phone")
    return str(phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164))


def _truthy(value: Any) -> bool:
    return str(value).strip().lower() in {"1", "yes", "true", "oui", "y"}


def clean(values: dict[str, Any]) -> dict[str, Any]:
    """An agency's fields checked and normalised (phones to E.164, e-mail lower-case)."""
    name = str(values.get("name", "")).strip()
    city = str(values.get("city", "")).strip()
    region = str(values.get("region", "")).strip()
    email = str(values.get("email", "")).strip().lower()
    if not name or not city or not region:
        raise ValidationError("an agency needs a name, a city and a region", key="error.agency")
    if email and ("@" not in email or " " in email):
        raise ValidationError(f"not an e-mail address: {email}", key="error.agency.email")
    return {
        "name": name[:160],
        "city": city[:120],
        "region": region[:64],
        "phone": _e164(str(values.get("phone", "")), required=True),
        "whatsapp": _e164(str(values.get("whatsapp", "")), required=False),
        "email": email,
        "seat": _truthy(values.get("seat", "")),
    }


def add(conn: Connection, values: dict[str, Any], at: str) -> Agency:
    """Add an agency, or update the one of the same name; returns it."""
    row = clean(values)
    found = conn.execute(select(hq_agencies.c.id).where(hq_agencies.c.name == row["name"]))
    known = found.scalar()
    if known is None:
        conn.execute(insert(hq_agencies).values(**row, created_at=at))
    else:
        conn.execute(update(hq_agencies).where(hq_agencies.c.id == known).values(**row))
    got = conn.execute(select(hq_agencies).where(hq_agencies.c.name == row["name"])).first()
    return _agency(got)


def demo_file() -> Path:
    """The shipped demo list: about 50 plausible agencies with fictional contacts."""
    return resources.data() / "agencies-demo.csv"


def read_rows(path: Path) -> list[dict[str, Any]]:
    """Agency rows from a CSV (header: name, city, region, phone, whatsapp, email, seat) or a
    JSON list of objects with those keys."""
    text = path.read_text(encoding="utf-8-sig")
    if path.suffix.lower() == ".json":
        loaded = json.loads(text)
        if not isinstance(loaded, list):
            raise ValidationError("a JSON agency file is a list", key="error.agency.file")
        return [dict(item) for item in loaded]
    return [dict(row) for row in csv.DictReader(io.StringIO(text))]


def import_rows(conn: Connection, rows: list[dict[str, Any]], at: str) -> int:
    """Add or update every row in the caller's transaction (all or nothing); how many."""
    for number, values in enumerate(rows, start=2):
        try:
            add(conn, values, at)
        except ValidationError as exc:
            raise ValidationError(f"row {number}: {exc.message}", key=exc.key) from exc
    return len(rows)


def all_agencies(conn: Connection) -> list[Agency]:
    c = hq_agencies.c
    rows = conn.execute(select(hq_agencies).order_by(c.region, c.seat.desc(), c.name))
    return [_agency(row) for row in rows]


def get(conn: Connection, agency_id: int) -> Agency:
    row = conn.execute(select(hq_agencies).where(hq_agencies.c.id == agency_id)).first()
    if row is None:
        raise NotFoundError("no such agency", key="error.agency.unknown")
    return _agency(row)


def find(conn: Connection, name_or_id: str) -> Agency:
    """An agency by its id or its exact name."""
    c = hq_agencies.c
    match = c.name == name_or_id
    if name_or_id.isdigit():
        match = match | (c.id == int(name_or_id))
    row = conn.execute(select(hq_agencies).where(match).limit(1)).first()
    if row is None:
        raise NotFoundError(f"no agency {name_or_id}", key="error.agency.unknown")
    return _agency(row)


def agency_for_region(conn: Connection, region: str) -> Agency | None:
    """The agency that follows visitors interested in ``region`` (its seat, else its first)."""
    c = hq_agencies.c
    row = conn.execute(
        select(hq_agencies).where(c.region == region).order_by(c.seat.desc(), c.id).limit(1)
    ).first()
    return None if row is None else _agency(row)


@functools.cache
def _city_regions() -> dict[str, str]:
    """Every spelling of every commune of Morocco and of the demo's cities (normalised) -> its
    region (a name two regions share routes to the first, as typed cities are rarely rural)."""
    out: dict[str, str] = {}
    named = [
        (c.region_id, (c.name_fr, c.name_ar, c.id, *c.aliases))
        for c in sorted(places.load().communes, key=lambda c: (not c.urban, -c.population))
    ]
    named += [(k.region_id, (k.name_fr, k.name_ar, k.id, *k.aliases)) for k in CITIES]
    for region, names in named:
        for name in names:
            out.setdefault(normalise(name), region)
    return out


def _region_of_city(city: str) -> str | None:
    return _city_regions().get(normalise(city))


def agency_for_city(conn: Connection, city: str) -> Agency | None:
    """The agency in ``city`` (names compared without case or accents), else the seat of the
    city's region."""
    return Router(conn).route(None, city, "MA")


class Router:
    """Routes many visitors with one read of the agencies (an ingest batch, a backfill)."""

    def __init__(self, conn: Connection) -> None:
        known = all_agencies(conn)
        self.by_region: dict[str, Agency] = {}
        for agency in sorted(known, key=lambda a: (not a.seat, a.id)):
            self.by_region.setdefault(agency.region, agency)
        self.by_city = {normalise(a.city): a for a in sorted(known, key=lambda a: -a.id)}

    def route(self, region: str | None, city: str, country: str) -> Agency | None:
        """Where a new visitor goes: their units' region, else (living in Morocco, or
        country unknown) the agency of their city, then the seat of their city's region."""
        if region and region in self.by_region:
            return self.by_region[region]
        if country.upper() not in ("MA", "") or not city:
            return None
        found = self.by_city.get(normalise(city))
        if found is not None:
            return found
        city_region = _region_of_city(city)
        return None if city_region is None else self.by_region.get(city_region)


def route(conn: Connection, region: str | None, city: str, country: str) -> Agency | None:
    return Router(conn).route(region, city, country)


# ---- agents of an agency ----------------------------------------------------------------


def set_agent_agency(conn: Connection, agent_id: int, agency_id: int | None) -> None:
    conn.execute(delete(hq_agency_agents).where(hq_agency_agents.c.agent_id == agent_id))
    if agency_id is not None:
        get(conn, agency_id)
        conn.execute(insert(hq_agency_agents).values(agent_id=agent_id, agency_id=agency_id))


def agency_of_agent(conn: Connection, agent_id: int) -> int | None:
    found = conn.execute(
        select(hq_agency_agents.c.agency_id).where(hq_agency_agents.c.agent_id == agent_id)
    ).scalar()
    return None if found is None else int(found)


def agents_of(conn: Connection, agency_id: int) -> list[int]:
    rows = conn.execute(
        select(hq_agency_agents.c.agent_id).where(hq_agency_agents.c.agency_id == agency_id)
    )
    return sorted(int(r) for r in rows.scalars())
