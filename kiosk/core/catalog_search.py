"""Search over the catalog: FTS5 on normalised text, filters on indexed columns, facets.

Facet counts come from one ``GROUP BY`` over the five stored facet columns of the matching
units (city, type, rooms, price band, status); region and category follow from city and
type. A filtered dimension is counted without its own filter, so the visitor still sees
the other choices. Queries without text or price range skip SQL entirely for facets: the
counts of every facet combination are cached in memory per catalog version.
"""

from __future__ import annotations

import logging
import sqlite3
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from kiosk.core import labels
from kiosk.core.textnorm import fts_query, normalise

if TYPE_CHECKING:
    from kiosk.core.catalog import SearchQuery

log = logging.getLogger(__name__)

UNIT_SELECT = """
SELECT u.rowid AS rowid_, u.ref, u.category, u.type, u.title_fr, u.title_ar, u.programme_id,
       p.name_fr AS programme_fr, p.name_ar AS programme_ar,
       u.city_id, c.name_fr AS city_fr, c.name_ar AS city_ar,
       u.region_id, r.name_fr AS region_fr, r.name_ar AS region_ar,
       u.district, u.surface_m2, u.rooms, u.floor, u.price_mad, u.price_per_m2_mad,
       u.status, u.delivery_date, u.permit_date, u.first_sale,
       p.kind AS programme_kind, p.subsidiary, p.desk, c.aliases AS city_aliases, c.province
FROM units u
JOIN programmes p ON p.id = u.programme_id
JOIN cities c ON c.id = u.city_id
JOIN regions r ON r.id = u.region_id
"""
RECORD_SELECT = UNIT_SELECT

# (dimension, units column) of the facets stored on each row, in GROUP BY order.
_STORED = (
    ("city", "city_id"),
    ("type", "type"),
    ("rooms", "rooms_facet"),
    ("price_band", "price_band"),
    ("status", "status"),
)
_GROUP_SQL = ", ".join(col for _, col in _STORED)
_ORDER_BY = {
    "price_asc": "u.price_mad IS NULL, u.price_mad, u.rowid",
    "price_desc": "u.price_mad IS NULL, u.price_mad DESC, u.rowid",
    "surface_desc": "u.surface_m2 DESC, u.rowid",
    "surface_asc": "u.surface_m2, u.rowid",
    # Without text, "relevance" shows available units first, cheapest first.
    "relevance": "u.status, u.price_mad, u.rowid",
}
_MAX_LIMIT = 500

Combo = tuple[str, str, str, str, str]


@dataclass
class SearchCache:
    """What search keeps between calls; dropped whenever the catalog changes."""

    data_version: int = -1
    combos: list[tuple[Combo, int]] | None = None
    city_region: dict[str, str] = field(default_factory=dict)
    city_names: dict[str, tuple[str, str]] = field(default_factory=dict)
    region_names: dict[str, tuple[str, str]] = field(default_factory=dict)
    city_lookup: dict[str, str] = field(default_factory=dict)
    loaded: bool = False

    def clear(self) -> None:
        self.data_version = -1
        self.loaded = False
        self.combos = None

    def refresh(self, conn: sqlite3.Connection) -> None:
        version = conn.execute("PRAGMA data_version").fetchone()[0]
        if self.loaded and version == self.data_version:
            return
        self.clear()
        self.data_version = version
        self.city_region.clear()
        self.city_names.clear()
        self.city_lookup.clear()
        for cid, fr, ar, region, aliases in conn.execute(
            "SELECT id, name_fr, name_ar, region_id, aliases FROM cities"
        ):
            self.city_region[cid] = region
            self.city_names[cid] = (fr, ar)
            for name in (cid, fr, ar, *aliases.split("|")):
                key = normalise(name)
                if key:
                    self.city_lookup.setdefault(key, cid)
        self.region_names = {
            rid: (fr, ar)
            for rid, fr, ar in conn.execute("SELECT id, name_fr, name_ar FROM regions")
        }
        self.loaded = True


@dataclass(frozen=True)
class _Plan:
    match: str | None
    filters: list[tuple[str | None, str, Any]]  # (facet dimension or None, SQL, parameter)
    empty: bool  # a filter names something that does not exist: nothing can match


def resolve_city(conn: sqlite3.Connection, cache: SearchCache, text: str) -> str | None:
    cache.refresh(conn)
    if text in cache.city_region:
        return text
    return cache.city_lookup.get(normalise(text))


def _plan(conn: sqlite3.Connection, cache: SearchCache, q: SearchQuery) -> _Plan:
    text = q.text if isinstance(q.text, str) else ""
    filters: list[tuple[str | None, str, Any]] = []
    empty = False
    if q.city:
        city = resolve_city(conn, cache, q.city)
        empty |= city is None
        filters.append(("city", "u.city_id = ?", city))
    for dim, column, value in (
        ("region", "u.region_id", q.region),
        ("category", "u.category", q.category),
        ("type", "u.type", q.type),
        ("status", "u.status", q.status),
        ("price_band", "u.price_band", q.price_band),
    ):
        if value:
            filters.append((dim, f"{column} = ?", value))
    if q.rooms is not None:
        from kiosk.core.catalog_records import rooms_facet

        filters.append(("rooms", "u.rooms_facet = ?", rooms_facet(int(q.rooms))))
    if q.min_price is not None:
        filters.append((None, "u.price_mad >= ?", int(q.min_price)))
    if q.max_price is not None:
        filters.append((None, "u.price_mad <= ?", int(q.max_price)))
    return _Plan(fts_query(text), filters, empty)


def _where(
    plan: _Plan, skip: str | None = None, *, with_match: bool = True
) -> tuple[str, list[Any]]:
    clauses: list[str] = []
    params: list[Any] = []
    if plan.match is not None and with_match:
        clauses.append("u.rowid IN (SELECT rowid FROM units_fts WHERE units_fts MATCH ?)")
        params.append(plan.match)
    for dim, sql, value in plan.filters:
        if dim is not None and dim == skip:
            continue
        clauses.append(sql)
        params.append(value)
    return (" WHERE " + " AND ".join(clauses)) if clauses else "", params


def run(
    conn: sqlite3.Connection, cache: SearchCache, q: SearchQuery
) -> tuple[int, list[sqlite3.Row], dict[str, list[tuple[str, str, str, int]]]]:
    """(total, rows of the requested page, facets) for ``q``."""
    cache.refresh(conn)
    plan = _plan(conn, cache, q)
    if plan.empty:
        return 0, [], _facets_from({}, cache) if q.with_facets else {}
    try:
        if q.with_facets:
            counts = _facet_counts(conn, cache, plan)
            total = sum(counts[None].values())
            facets = _facets_from(counts, cache)
        else:
            total = _count(conn, plan)
            facets = {}
        rows = _page(conn, plan, q) if total else []
    except sqlite3.OperationalError as exc:
        if not str(exc).startswith("fts5"):
            raise
        # Cannot happen with quoted terms, but a visitor must never see an error here.
        log.warning("full-text query rejected: %s", exc)
        return 0, [], {}
    return total, rows, facets


def count(conn: sqlite3.Connection, cache: SearchCache, q: SearchQuery) -> int:
    cache.refresh(conn)
    plan = _plan(conn, cache, q)
    if plan.empty:
        return 0
    try:
        return _count(conn, plan)
    except sqlite3.OperationalError as exc:
        if not str(exc).startswith("fts5"):
            raise
        return 0


def _count(conn: sqlite3.Connection, plan: _Plan) -> int:
    where, params = _where(plan)
    return int(conn.execute(f"SELECT count(*) FROM units u{where}", params).fetchone()[0])  # noqa: S608


def _page(conn: sqlite3.Connection, plan: _Plan, q: SearchQuery) -> list[sqlite3.Row]:
    limit = max(0, min(int(q.limit), _MAX_LIMIT))
    offset = max(0, int(q.offset))
    if not limit:
        return []
    sort = q.sort if q.sort in _ORDER_BY else "relevance"
    if plan.match is not None and sort == "relevance":
        where, params = _where(plan, with_match=False)
        sql = (
            "SELECT u.rowid FROM units_fts f JOIN units u ON u.rowid = f.rowid"  # noqa: S608
            f" WHERE units_fts MATCH ?{where.replace(' WHERE ', ' AND ', 1)}"
            " ORDER BY f.rank, u.rowid LIMIT ? OFFSET ?"
        )
        params = [plan.match, *params, limit, offset]
    else:
        where, params = _where(plan)
        sql = f"SELECT u.rowid FROM units u{where} ORDER BY {_ORDER_BY[sort]} LIMIT ? OFFSET ?"  # noqa: S608
        params = [*params, limit, offset]
    rowids = [r[0] for r in conn.execute(sql, params)]
    return rows_by_rowids(conn, rowids)


def rows_by_rowids(conn: sqlite3.Connection, rowids: Sequence[int]) -> list[sqlite3.Row]:
    if not rowids:
        return []
    marks = ", ".join("?" for _ in rowids)
    found = {
        r["rowid_"]: r
        for r in conn.execute(f"{UNIT_SELECT} WHERE u.rowid IN ({marks})", list(rowids))
    }
    return [found[i] for i in rowids if i in found]


def rows_by_refs(conn: sqlite3.Connection, refs: Sequence[str]) -> list[sqlite3.Row]:
    out: list[sqlite3.Row] = []
    chunk = 500
    for start in range(0, len(refs), chunk):
        part = list(refs[start : start + chunk])
        marks = ", ".join("?" for _ in part)
        out.extend(conn.execute(f"{UNIT_SELECT} WHERE u.ref IN ({marks})", part))
    return out


def record_from_row(row: sqlite3.Row) -> dict[str, Any]:
    from kiosk.core.catalog_records import RECORD_FIELDS

    record = {name: row[name] for name in RECORD_FIELDS}
    record["city_aliases"] = [a for a in (record["city_aliases"] or "").split("|") if a]
    record["first_sale"] = bool(record["first_sale"])
    return record


# ---- facets -------------------------------------------------------------------------

FacetTable = dict[str | None, Counter[Combo]]


def _grouped(
    conn: sqlite3.Connection, plan: _Plan, skip: str | None
) -> Iterable[tuple[Combo, int]]:
    where, params = _where(plan, skip)
    sql = f"SELECT {_GROUP_SQL}, count(*) FROM units u{where} GROUP BY {_GROUP_SQL}"  # noqa: S608
    for row in conn.execute(sql, params):
        yield (row[0], row[1], row[2], row[3], row[4]), row[5]


def _all_combos(conn: sqlite3.Connection, cache: SearchCache) -> list[tuple[Combo, int]]:
    if cache.combos is None:
        cache.combos = list(_grouped(conn, _Plan(None, [], False), None))
    return cache.combos


def _combo_passes(
    combo: Combo, cache: SearchCache, filters: list[tuple[str | None, str, Any]], skip: str | None
) -> bool:
    city, type_, rooms, band, status = combo
    for dim, _sql, value in filters:
        if dim == skip:
            continue
        actual = {
            "city": city,
            "region": cache.city_region.get(city),
            "type": type_,
            "category": labels.TYPE_CATEGORY.get(type_),
            "rooms": rooms,
            "price_band": band,
            "status": status,
        }[str(dim)]
        if actual != value:
            return False
    return True


def _facet_counts(conn: sqlite3.Connection, cache: SearchCache, plan: _Plan) -> FacetTable:
    """Combination counts for the whole filter (key None) and for each filter left out."""
    skips: list[str | None] = [None, *(dim for dim, _, _ in plan.filters if dim)]
    table: FacetTable = {}
    in_memory = plan.match is None and all(dim for dim, _, _ in plan.filters)
    for skip in dict.fromkeys(skips):
        counter: Counter[Combo] = Counter()
        if in_memory:
            for combo, n in _all_combos(conn, cache):
                if _combo_passes(combo, cache, plan.filters, skip):
                    counter[combo] += n
        else:
            for combo, n in _grouped(conn, plan, skip):
                counter[combo] += n
        table[skip] = counter
    return table


def _dimension_values(combo: Combo, cache: SearchCache) -> dict[str, str]:
    city, type_, rooms, band, status = combo
    return {
        "region": cache.city_region.get(city, ""),
        "city": city,
        "category": labels.TYPE_CATEGORY.get(type_, ""),
        "type": type_,
        "rooms": rooms,
        "price_band": band,
        "status": status,
    }


def _label(dim: str, value: str, cache: SearchCache) -> tuple[str, str]:
    if dim == "city":
        return cache.city_names.get(value, (value, value))
    if dim == "region":
        return cache.region_names.get(value, (value, value))
    lab: labels.Label
    if dim == "category":
        lab = labels.CATEGORIES.get(value, labels.Label(value, value, value))
    elif dim == "type":
        lab = labels.type_label(value)
    elif dim == "status":
        lab = labels.status_label(value)
    elif dim == "price_band":
        lab = labels.PRICE_BAND_LABELS.get(value, labels.Label(value, value, value))
    else:
        lab = labels.rooms_label(value)
    return lab.fr, lab.ar


_BAND_ORDER = [b[0] for b in labels.PRICE_BANDS]
_FIXED_ORDER: dict[str, list[str]] = {
    "price_band": _BAND_ORDER,
    "status": list(labels.STATUSES),
    "type": list(labels.TYPES),
    "category": list(labels.CATEGORIES),
}


def _natural_key(dim: str, value: str) -> tuple[int, str]:
    """Rooms, bands, statuses, types keep their natural order; '' (none) comes last."""
    order = _FIXED_ORDER.get(dim)
    if order is None:
        return (int(value == ""), value)
    return (order.index(value) if value in order else len(order), value)


def _facets_from(
    table: FacetTable, cache: SearchCache
) -> dict[str, list[tuple[str, str, str, int]]]:
    out: dict[str, list[tuple[str, str, str, int]]] = {}
    base = table.get(None, Counter())
    for dim in ("region", "city", "category", "type", "rooms", "price_band", "status"):
        source = table.get(dim, base)
        totals: Counter[str] = Counter()
        for combo, n in source.items():
            totals[_dimension_values(combo, cache)[dim]] += n
        if dim in ("region", "city"):
            ordered = sorted(totals.items(), key=lambda kv: (-kv[1], kv[0]))
        else:
            ordered = sorted(totals.items(), key=lambda kv: _natural_key(dim, kv[0]))
        out[dim] = [(value, *_label(dim, value, cache), n) for value, n in ordered if n]
    return out
