"""The catalog's exchange shape: flat unit records (one per unit, the import format) and
the reference tables (regions, cities, programmes) they point to."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from typing import Any

from kiosk.core import places
from kiosk.core.textnorm import index_text, normalise, unique_words
from sync.contract import vocabulary

# Columns of an import record, in CSV header order (see data/catalog-format.md).
RECORD_FIELDS: tuple[str, ...] = (
    "ref",
    "category",
    "type",
    "title_fr",
    "title_ar",
    "programme_id",
    "programme_fr",
    "programme_ar",
    "programme_kind",
    "city_id",
    "city_fr",
    "city_ar",
    "city_aliases",
    "province",
    "region_id",
    "region_fr",
    "region_ar",
    "district",
    "surface_m2",
    "rooms",
    "floor",
    "price_mad",
    "price_per_m2_mad",
    "status",
    "delivery_date",
    "permit_date",
    "first_sale",
    "subsidiary",
    "desk",
)

# Columns written to the units table, search_text last.
UNIT_COLUMNS: tuple[str, ...] = (
    "ref",
    "category",
    "type",
    "title_fr",
    "title_ar",
    "programme_id",
    "city_id",
    "region_id",
    "district",
    "surface_m2",
    "rooms",
    "floor",
    "price_mad",
    "price_per_m2_mad",
    "status",
    "delivery_date",
    "permit_date",
    "first_sale",
    "rooms_facet",
    "price_band",
    "search_text",
)


@dataclass
class CatalogData:
    """A whole catalog in memory: reference tables plus flat unit records."""

    regions: list[dict[str, Any]] = field(default_factory=list)
    cities: list[dict[str, Any]] = field(default_factory=list)
    programmes: list[dict[str, Any]] = field(default_factory=list)
    units: list[dict[str, Any]] = field(default_factory=list)
    _shared_text: dict[tuple[str, str, str], str] = field(
        default_factory=dict, repr=False, compare=False
    )

    @classmethod
    def from_records(cls, records: list[dict[str, Any]]) -> CatalogData:
        """Reference tables taken from the names carried by (validated) unit records."""
        regions: dict[str, dict[str, Any]] = {}
        cities: dict[str, dict[str, Any]] = {}
        programmes: dict[str, dict[str, Any]] = {}
        for r in records:
            known = (
                r["programme_id"] in programmes
                and r["city_id"] in cities
                and r["region_id"] in regions
            )
            if known:  # the first record of each id gives its names
                continue
            if r["region_id"] not in regions:
                regions[r["region_id"]] = {
                    "id": r["region_id"],
                    "name_fr": r["region_fr"],
                    "name_ar": r["region_ar"],
                }
            if r["city_id"] not in cities:
                cities[r["city_id"]] = {
                    "id": r["city_id"],
                    "name_fr": r["city_fr"],
                    "name_ar": r["city_ar"],
                    "province": r.get("province") or "",
                    "region_id": r["region_id"],
                    "aliases": list(r.get("city_aliases") or []),
                }
            if r["programme_id"] not in programmes:
                programmes[r["programme_id"]] = {
                    "id": r["programme_id"],
                    "name_fr": r["programme_fr"],
                    "name_ar": r["programme_ar"],
                    "city_id": r["city_id"],
                    "kind": r.get("programme_kind") or "quartier",
                    "subsidiary": r.get("subsidiary") or "",
                    "desk": r.get("desk") or "",
                }
        return cls(
            list(regions.values()), list(cities.values()), list(programmes.values()), records
        )

    @cached_property
    def region_by_id(self) -> dict[str, dict[str, Any]]:
        return {r["id"]: r for r in self.regions}

    @cached_property
    def city_by_id(self) -> dict[str, dict[str, Any]]:
        return {c["id"]: c for c in self.cities}

    @cached_property
    def programme_by_id(self) -> dict[str, dict[str, Any]]:
        return {p["id"]: p for p in self.programmes}

    @cached_property
    def _city_words(self) -> set[str]:
        return set(
            index_text(
                *(
                    " ".join([c["name_fr"], c["name_ar"], *(c.get("aliases") or [])])
                    for c in self.cities
                )
            ).split()
        )

    @cached_property
    def _place_text(self) -> dict[str, str]:
        """Normalised words of each programme with its city and region (shared by units).

        Region words that are also city names are left out: "casablanca" finds the city of
        Casablanca, not every unit of the Casablanca-Settat region.
        """
        out: dict[str, str] = {}
        for p in self.programmes:
            city = self.city_by_id[p["city_id"]]
            region = self.region_by_id[city["region_id"]]
            region_words = [
                w
                for w in index_text(region["name_fr"], region["name_ar"]).split()
                if w not in self._city_words
            ]
            out[p["id"]] = unique_words(
                index_text(
                    p["name_fr"],
                    p["name_ar"],
                    city["name_fr"],
                    city["name_ar"],
                    " ".join(city.get("aliases") or []),
                    city.get("province") or "",
                    _province_ar(city.get("province") or ""),
                ),
                " ".join(region_words),
            )
        return out

    def shared_text(self, programme_id: str, type_id: str, status: str) -> str:
        """Index words every unit of this programme, type and status has (computed once)."""
        key = (programme_id, type_id, status)
        text = self._shared_text.get(key)
        if text is None:
            text = unique_words(
                _TYPE_TEXT.get(type_id, ""),
                _STATUS_TEXT.get(status, ""),
                self._place_text[programme_id],
            )
            self._shared_text[key] = text
        return text

    def shared_words(self) -> set[str]:
        """Index words shared by groups of units, as far as rows were built."""
        return {w for text in self._shared_text.values() for w in text.split()}

    def full_record(self, unit: dict[str, Any]) -> dict[str, Any]:
        """``unit`` completed with the names of its programme, city and region."""
        p = self.programme_by_id[unit["programme_id"]]
        c = self.city_by_id[p["city_id"]]
        r = self.region_by_id[c["region_id"]]
        record = {k: unit.get(k) for k in RECORD_FIELDS}
        record.update(
            programme_fr=p["name_fr"],
            programme_ar=p["name_ar"],
            programme_kind=p.get("kind") or "quartier",
            subsidiary=p.get("subsidiary") or "",
            desk=p.get("desk") or "",
            city_id=c["id"],
            city_fr=c["name_fr"],
            city_ar=c["name_ar"],
            city_aliases=list(c.get("aliases") or []),
            province=c.get("province") or "",
            region_id=r["id"],
            region_fr=r["name_fr"],
            region_ar=r["name_ar"],
        )
        return record


_TYPE_TEXT: dict[str, str] = {
    type_id: index_text(
        label.fr,
        label.ar,
        vocabulary.CATEGORIES[vocabulary.TYPE_CATEGORY[type_id]].fr,
        vocabulary.CATEGORIES[vocabulary.TYPE_CATEGORY[type_id]].ar,
        vocabulary.TYPE_SYNONYMS.get(type_id, ""),
    )
    for type_id, label in vocabulary.TYPES.items()
}
_STATUS_TEXT: dict[str, str] = {
    s: index_text(label.fr, label.ar) for s, label in vocabulary.STATUSES.items()
}


# One letter per facet dimension for the facet words added to each unit's index text.
_FACET_WORD_CODES = {
    "region": "g",
    "city": "c",
    "category": "k",
    "type": "t",
    "rooms": "r",
    "price_band": "b",
    "status": "s",
}


@lru_cache(maxsize=8192)
def facet_word(dimension: str, value: str) -> str:
    """The index word meaning "this unit has ``value`` for ``dimension``".

    With these words a facet filter on a text search is one more AND term for FTS5
    instead of a lookup per match. Hex keeps any id a single ASCII word.
    """
    return f"qq{_FACET_WORD_CODES[dimension]}{value.encode().hex()}"


def rooms_facet(rooms: int | None) -> str:
    if rooms is None or rooms <= 0:
        return ""
    return str(min(rooms, vocabulary.ROOMS_MAX_FACET))


def reference_rows(
    data: CatalogData,
) -> tuple[list[tuple[Any, ...]], list[tuple[Any, ...]], list[tuple[Any, ...]]]:
    regions = [(r["id"], r["name_fr"], r["name_ar"]) for r in data.regions]
    cities = [
        (
            c["id"],
            c["name_fr"],
            c["name_ar"],
            c.get("province") or "",
            c["region_id"],
            "|".join(c.get("aliases") or []),
        )
        for c in data.cities
    ]
    programmes = [
        (
            p["id"],
            p["name_fr"],
            p["name_ar"],
            p["city_id"],
            p.get("kind") or "quartier",
            p.get("subsidiary") or "",
            p.get("desk") or "",
        )
        for p in data.programmes
    ]
    return regions, cities, programmes


def _province_ar(name_fr: str) -> str:
    """A province's Arabic name, so both scripts find a town by its province ("" unknown)."""
    return places.load().province_ar.get(normalise(name_fr), "") if name_fr else ""
