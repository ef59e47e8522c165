"""A generated, deterministic demo catalog: realistic in shape, fictitious in detail.

``generate(units, seed)`` always returns the same catalog for the same arguments. Units
spread over every region, about 110 real communes (new towns Tamesna, Tamansourt, Chrafate and
Lakhyayta included), every unit type, prices by city and type, statuses, delivery and
building-permit dates on both sides of the Daam Sakane rules (permit from 2023-01-01,
prices around 300,000 and 700,000 MAD, at least 2 rooms, first sale). No personal data.
"""

from __future__ import annotations

import random
from datetime import date, timedelta
from typing import Any

from kiosk.core.catalog_records import CatalogData
from kiosk.core.demo_geography import DISTRICTS, PROGRAMME_STEMS, REGIONS, DemoCity, all_cities
from sync.contract import vocabulary

DEFAULT_UNITS = 27_000

# Share of each unit type: most of the offer is housing, then plots, then premises.
TYPE_MIX: dict[str, int] = {
    "appartement": 44,
    "maison_economique": 9,
    "villa": 5,
    "lot_villa": 10,
    "lot_immeuble": 8,
    "lot_economique": 10,
    "commerce": 8,
    "bureau": 3,
    "lot_industriel": 3,
}
# Which programme kinds sell which types.
KIND_TYPES: dict[str, tuple[str, ...]] = {
    "residence": ("appartement", "commerce", "bureau"),
    "lotissement": ("lot_villa", "lot_immeuble", "lot_economique", "villa"),
    "pole_urbain": tuple(TYPE_MIX),
    "zone_activite": ("lot_industriel", "commerce", "bureau"),
    "quartier": ("maison_economique", "appartement", "lot_economique", "commerce"),
    "ville_nouvelle": tuple(TYPE_MIX),
}
STATUS_MIX = {"disponible": 64, "reserve": 14, "vendu": 22}

_ROOM_WORDS_AR = {1: "غرفة واحدة", 2: "غرفتان"}
_BUILDING_HEIGHTS = ("R+2", "R+3", "R+4")  # storeys allowed on an apartment-building plot


def _programmes(rng: random.Random, city: DemoCity) -> list[dict[str, Any]]:
    """A city's programmes: new towns sell in tranches, other cities in named projects."""
    progs: list[dict[str, Any]] = []
    if city.new_town:
        for tranche in range(1, 5):
            progs.append(
                {
                    "id": f"{city.id}-vn-t{tranche}",
                    "name_fr": f"Ville nouvelle de {city.name_fr} — Tranche {tranche}",
                    "name_ar": f"المدينة الجديدة {city.name_ar} — الشطر {tranche}",
                    "kind": "ville_nouvelle",
                }
            )
    count = max(2, min(len(PROGRAMME_STEMS) + 1, city.weight // 12 + 2))
    districts = rng.sample(DISTRICTS, k=count)
    for n, (d_fr, d_ar) in enumerate(districts):
        stem_fr, stem_ar, kind = PROGRAMME_STEMS[n % len(PROGRAMME_STEMS)]
        n_fr, n_ar = d_fr, d_ar
        if kind == "quartier":  # "Quartier Nahda", not "Quartier Hay Nahda" (حي حي النهضة)
            n_fr, n_ar = d_fr.removeprefix("Hay "), d_ar.removeprefix("حي ")
        progs.append(
            {
                "id": f"{city.id}-{kind}-{n + 1}",
                "name_fr": stem_fr.format(d=n_fr),
                "name_ar": stem_ar.format(d=n_ar),
                "kind": kind,
                "district": (d_fr, d_ar),
            }
        )
    region = next(r for r in REGIONS if r.id == city.region_id)
    for p in progs:
        p["city_id"] = city.id
        p["subsidiary"] = f"Al Omrane {region.name_fr}"
        p["desk"] = "alomrane"
    return progs


def _weighted(rng: random.Random, mix: dict[str, int]) -> str:
    return rng.choices(list(mix), weights=list(mix.values()))[0]


def _dates(rng: random.Random, type_: str) -> tuple[str | None, str | None]:
    """(delivery, building permit): permits from 2022 to mid-2026 (both sides of Daam
    Sakane's 2023 rule), delivery 2 to 4 years later: mostly still to come."""
    permit = date(2022, 1, 1) + timedelta(days=rng.randrange(0, 4 * 365 + 180))
    delivery = permit + timedelta(days=rng.randrange(730, 4 * 365))
    if vocabulary.TYPE_CATEGORY[type_] == "terrain":
        return delivery.isoformat(), None  # a plot is delivered serviced, the buyer builds
    return delivery.isoformat(), permit.isoformat()


def _unit_shape(
    rng: random.Random, type_: str, city: DemoCity
) -> tuple[float, int | None, int | None, int | None, int | None]:
    """(surface m², rooms, floor, price MAD, price per m² MAD) for one unit."""
    level = city.level
    if type_ == "appartement":
        rooms = rng.choices([1, 2, 3, 4, 5], weights=[8, 30, 38, 18, 6])[0]
        surface = round(28 + rooms * 17 + rng.uniform(-6, 14), 1)
        floor = rng.randrange(0, 6)
        social = rng.random() < 0.22
        ppm2 = rng.uniform(3600, 4600) if social else level * rng.uniform(0.75, 1.25)
        price = int(round(surface * ppm2, -3))
        return surface, rooms, floor, price, None
    if type_ == "maison_economique":
        rooms = rng.choice([2, 3, 3, 4])
        surface = round(rng.uniform(60, 95), 1)
        price = int(round(rng.uniform(140_000, 320_000), -3))
        return surface, rooms, None, price, None
    if type_ == "villa":
        rooms = rng.choice([4, 5, 5, 6, 7])
        surface = round(rng.uniform(160, 420), 1)
        price = int(round(surface * level * rng.uniform(0.9, 1.5), -3))
        return surface, rooms, None, price, None
    if vocabulary.TYPE_CATEGORY[type_] == "terrain" or type_ == "lot_industriel":
        low, high, factor = {
            "lot_villa": (200, 500, 0.35),
            "lot_immeuble": (90, 300, 0.45),
            "lot_economique": (70, 110, 0.18),
            "lot_industriel": (500, 5000, 0.09),
        }[type_]
        surface = float(rng.randrange(low, high))
        ppm2 = int(round(level * factor * rng.uniform(0.8, 1.25), -1))
        return surface, None, None, int(round(surface * ppm2, -3)), ppm2
    # commerce, bureau
    surface = round(rng.uniform(25, 140) if type_ == "commerce" else rng.uniform(45, 220), 1)
    floor = 0 if type_ == "commerce" else rng.randrange(1, 6)
    price = int(round(surface * level * rng.uniform(1.1, 1.8), -3))
    return surface, None, floor, price, None


def _titles(
    type_: str, surface: float, rooms: int | None, place_fr: str, place_ar: str, height: str
) -> tuple[str, str]:
    label = vocabulary.TYPES[type_]
    area = f"{round(surface)} m²"
    if height:
        area = f"{height}, {area}"
    if rooms:
        rooms_fr = "1 pièce" if rooms == 1 else f"{rooms} pièces"
        rooms_ar = _ROOM_WORDS_AR.get(rooms, f"{rooms} غرف")
        return (
            f"{label.fr} {rooms_fr}, {area} — {place_fr}",
            f"{label.ar} {rooms_ar}، {round(surface)} م² — {place_ar}",
        )
    ar_area = f"{height}، {round(surface)} م²" if height else f"{round(surface)} م²"
    return f"{label.fr} {area} — {place_fr}", f"{label.ar} {ar_area} — {place_ar}"


def generate(units: int = DEFAULT_UNITS, seed: int = 1) -> CatalogData:
    """The demo catalog with ``units`` units; same arguments, same catalog."""
    rng = random.Random(seed)
    cities_used = all_cities()
    regions = [{"id": r.id, "name_fr": r.name_fr, "name_ar": r.name_ar} for r in REGIONS]
    cities = [
        {
            "id": c.id,
            "name_fr": c.name_fr,
            "name_ar": c.name_ar,
            "province": c.province,
            "region_id": c.region_id,
            "aliases": list(c.aliases),
        }
        for c in cities_used
    ]
    programmes_by_city = {c.id: _programmes(rng, c) for c in cities_used}
    programmes = [
        {k: v for k, v in p.items() if k != "district"}
        for progs in programmes_by_city.values()
        for p in progs
    ]
    city_weights = [c.weight for c in cities_used]
    records: list[dict[str, Any]] = []
    for seq in range(1, units + 1):
        city = rng.choices(cities_used, weights=city_weights)[0]
        type_ = _weighted(rng, TYPE_MIX)
        choices = [p for p in programmes_by_city[city.id] if type_ in KIND_TYPES[p["kind"]]]
        programme = rng.choice(choices or programmes_by_city[city.id])
        d_fr, d_ar = programme.get("district") or rng.choice(DISTRICTS)
        surface, rooms, floor, price, ppm2 = _unit_shape(rng, type_, city)
        delivery, permit = _dates(rng, type_)
        height = rng.choice(_BUILDING_HEIGHTS) if type_ == "lot_immeuble" else ""
        title_fr, title_ar = _titles(
            type_, surface, rooms, f"{d_fr}, {city.name_fr}", f"{d_ar}، {city.name_ar}", height
        )
        records.append(
            {
                "ref": f"{city.code}-{seq:06d}",
                "category": vocabulary.TYPE_CATEGORY[type_],
                "type": type_,
                "title_fr": title_fr,
                "title_ar": title_ar,
                "programme_id": programme["id"],
                "city_id": city.id,
                "region_id": city.region_id,
                "district": d_fr,
                "surface_m2": surface,
                "rooms": rooms,
                "floor": floor,
                "price_mad": price,
                "price_per_m2_mad": ppm2,
                "status": _weighted(rng, STATUS_MIX),
                "delivery_date": delivery,
                "permit_date": permit,
                "first_sale": rng.random() > 0.06,
            }
        )
    return CatalogData(regions=regions, cities=cities, programmes=programmes, units=records)
