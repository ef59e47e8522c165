"""Facet counting and what search keeps in memory between calls.

A facet combination is one distinct (city, type, rooms, price band, status) of the
catalog; region and category follow from city and type. Counts per combination (from
one GROUP BY, or cached) turn into every facet's counts in one pass, including, for a
filtered dimension, the counts without its own filter.
"""

from __future__ import annotations

import sqlite3
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field

from kiosk.core import formatting
from kiosk.core.textnorm import normalise
from sync.contract import vocabulary

DIMENSIONS = ("region", "city", "category", "type", "rooms", "price_band", "status")
FacetItems = dict[str, list[tuple[str, str, str, int]]]
# Facet filters: dimension index -> the values a unit may have there (one, or several
# for "3 rooms or more").
Dims = dict[int, frozenset[str]]
_MEMO_MAX = 4096  # remembered filter combinations


@dataclass
class SearchCache:
    """What search keeps between calls; reloaded whenever the catalog changes."""

    data_version: tuple[int, int] = (-1, -1)
    loaded: bool = False
    combo_values: dict[int, tuple[str, ...]] = field(default_factory=dict)
    all_counts: dict[int, int] | None = None
    city_names: dict[str, tuple[str, str]] = field(default_factory=dict)
    region_names: dict[str, tuple[str, str]] = field(default_factory=dict)
    city_lookup: dict[str, str] = field(default_factory=dict)
    by_value: dict[tuple[int, str], set[int]] = field(default_factory=dict)
    matching: dict[tuple[tuple[int, frozenset[str]], ...], list[int]] = field(default_factory=dict)
    grouped: dict[tuple[object, ...], dict[int, int]] = field(default_factory=dict)

    # combo -> sorted prices and surfaces of its units (read once, for range filters)
    sorted_keys: dict[int, tuple[list[float], list[float]]] | None = None

    def clear(self) -> None:
        self.loaded = False
        self.all_counts = None
        self.sorted_keys = None
        self.grouped = {}

    def counts_in_range(
        self,
        conn: sqlite3.Connection,
        column: str,
        low: float | None,
        high: float | None,
        combos: list[int] | None = None,
    ) -> dict[int, int]:
        """Units per combination whose ``column`` (price_mad or surface_m2) is within
        [low, high]: a bisection per combination instead of a scan of the matches."""
        if self.sorted_keys is None:
            prices: dict[int, list[float]] = {}
            surfaces: dict[int, list[float]] = {}
            for combo, price, surface in conn.execute(
                "SELECT combo, price_mad, surface_m2 FROM unit_keys"
            ):
                if price is not None:
                    prices.setdefault(combo, []).append(price)
                surfaces.setdefault(combo, []).append(surface)
            self.sorted_keys = {
                combo: (sorted(prices.get(combo, [])), sorted(values))
                for combo, values in surfaces.items()
            }
        which = 0 if column == "price_mad" else 1
        out = {}
        wanted = self.sorted_keys if combos is None else combos
        for combo in wanted:
            keys = self.sorted_keys.get(combo)
            if keys is None:
                continue
            values = keys[which]
            start = 0 if low is None else bisect_left(values, low)
            end = len(values) if high is None else bisect_right(values, high)
            if end > start:
                out[combo] = end - start
        return out

    def combos_with(self, dims: Dims) -> list[int]:
        """Ids of the facet combinations passing every filter (memoised)."""
        key = tuple(sorted(dims.items(), key=lambda kv: kv[0]))
        found = self.matching.get(key)
        if found is None:
            empty: set[int] = set()
            sets = [
                empty.union(*(self.by_value.get((i, v), empty) for v in allowed))
                for i, allowed in key
            ]
            found = sorted(set.intersection(*sets)) if sets else sorted(self.combo_values)
            if len(self.matching) > _MEMO_MAX:
                self.matching.clear()
            self.matching[key] = found
        return found

    def refresh(self, conn: sqlite3.Connection) -> None:
        # data_version moves when another connection commits, total_changes on our own.
        version = (conn.execute("PRAGMA data_version").fetchone()[0], conn.total_changes)
        if self.loaded and version == self.data_version:
            return
        self.data_version = version
        self.all_counts = None
        self.sorted_keys = None
        city_region: dict[str, str] = {}
        self.city_names.clear()
        self.city_lookup.clear()
        for cid, fr, ar, region, aliases in conn.execute(
            "SELECT id, name_fr, name_ar, region_id, aliases FROM cities"
        ):
            city_region[cid] = region
            self.city_names[cid] = (fr, ar)
            for name in (cid, fr, ar, *aliases.split("|")):
                key = normalise(name)
                if key:
                    self.city_lookup.setdefault(key, cid)
        self.region_names = {
            rid: (fr, ar)
            for rid, fr, ar in conn.execute("SELECT id, name_fr, name_ar FROM regions")
        }
        self.combo_values = {
            cid: (
                city_region.get(city, ""),
                city,
                vocabulary.TYPE_CATEGORY.get(type_, ""),
                type_,
                rooms,
                band,
                status,
            )
            for cid, city, type_, rooms, band, status in conn.execute(
                "SELECT id, city_id, type, rooms_facet, price_band, status FROM facet_combos"
            )
        }
        self.by_value = {}
        for cid, values in self.combo_values.items():
            for i, value in enumerate(values):
                self.by_value.setdefault((i, value), set()).add(cid)
        self.matching = {}
        self.grouped = {}
        self.loaded = True

    def counts_of_all(self, conn: sqlite3.Connection) -> dict[int, int]:
        if self.all_counts is None:
            self.all_counts = dict(
                conn.execute("SELECT combo, count(*) FROM unit_keys GROUP BY combo").fetchall()
            )
        return self.all_counts


def total_of(grouped: dict[int, int], dims: Dims, cache: SearchCache) -> int:
    """Matches passing every facet filter."""
    return sum(n for cid, n in grouped.items() if _failing(cid, dims, cache.combo_values) == -1)


def _failing(cid: int, dims: Dims, values_by_id: dict[int, tuple[str, ...]]) -> int:
    """-1 when combination ``cid`` passes every facet filter, the failing dimension when
    exactly one fails, -2 when several do."""
    values = values_by_id.get(cid)
    if values is None:
        return -2
    failing = -1
    for i, allowed in dims.items():
        if values[i] not in allowed:
            if failing != -1:
                return -2
            failing = i
    return failing


def facet_counts(grouped: dict[int, int], dims: Dims, cache: SearchCache) -> FacetItems:
    """Counts per value of every dimension; a filtered dimension is counted without its
    own filter so the other choices stay visible."""
    totals: list[dict[str, int]] = [{} for _ in DIMENSIONS]
    for cid, n in grouped.items():
        failing = _failing(cid, dims, cache.combo_values)
        if failing == -2:
            continue
        values = cache.combo_values[cid]
        counted = range(len(DIMENSIONS)) if failing == -1 else (failing,)
        for i in counted:
            bucket = totals[i]
            bucket[values[i]] = bucket.get(values[i], 0) + n
    out: FacetItems = {}
    for i, dim in enumerate(DIMENSIONS):
        items = totals[i].items()
        if dim in ("region", "city"):
            ordered = sorted(items, key=lambda kv: (-kv[1], kv[0]))
        else:
            ordered = sorted(items, key=lambda kv: _natural_key(dim, kv[0]))
        out[dim] = [(value, *_label(dim, value, cache), n) for value, n in ordered if n]
    return out


def _label(dim: str, value: str, cache: SearchCache) -> tuple[str, str]:
    if dim == "city":
        return cache.city_names.get(value, (value, value))
    if dim == "region":
        return cache.region_names.get(value, (value, value))
    lab: vocabulary.Label
    if dim == "category":
        lab = vocabulary.CATEGORIES.get(value, vocabulary.Label.same(value))
    elif dim == "type":
        lab = vocabulary.type_label(value)
    elif dim == "status":
        lab = vocabulary.status_label(value)
    elif dim == "price_band":
        return formatting.price_band_text(value, "fr"), formatting.price_band_text(value, "ar")
    else:
        lab = vocabulary.rooms_label(value)
    return lab.fr, lab.ar


_FIXED_ORDER: dict[str, list[str]] = {
    "price_band": [b[0] for b in vocabulary.PRICE_BANDS],
    "status": list(vocabulary.STATUSES),
    "type": list(vocabulary.TYPES),
    "category": list(vocabulary.CATEGORIES),
}


def _natural_key(dim: str, value: str) -> tuple[int, str]:
    """Rooms, bands, statuses, types keep their natural order; '' (none) comes last."""
    order = _FIXED_ORDER.get(dim)
    if order is None:
        return (int(value == ""), value)
    return (order.index(value) if value in order else len(order), value)
