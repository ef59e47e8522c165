"""Search over the catalog: FTS5 on normalised text, filters, facets, sorting, paging.

How it stays fast on 100,000 units:
- ``rowid`` order is the display rank (see ``catalog_write``), so the first page of a
  "relevance" search is the first matches FTS5 yields — no sort, the scan stops early;
- the word being typed is expanded to the few indexed words it can become
  (``catalog_terms``), which FTS5 answers much faster than a prefix scan;
- a facet filter is one more FTS5 AND term (each unit's index text carries its facet
  values as words), with or without typed text; sorting by price or surface reads
  indexes of the narrow ``unit_keys`` table;
- facet counts are one ``GROUP BY combo`` over the matches of the text on the narrow
  ``unit_keys`` table, remembered per text (without text: counts cached per catalog
  version); every facet follows in one pass (see ``catalog_facets``).
"""

from __future__ import annotations

import logging
import math
import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from kiosk.core.catalog_facets import (
    DIMENSIONS,
    Dims,
    FacetItems,
    SearchCache,
    facet_counts,
    total_of,
)
from kiosk.core.catalog_records import RECORD_FIELDS, facet_word, rooms_facet
from kiosk.core.textnorm import normalise, query_words
from sync.contract import vocabulary

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

_DIM_INDEX = {d: n for n, d in enumerate(DIMENSIONS)}
_ORDER_KEYS = {
    "relevance": "k.unit_rowid",
    "price_asc": "k.price_up, k.unit_rowid",
    "price_desc": "k.price_down DESC, k.unit_rowid",
    "surface_desc": "k.surface_m2 DESC, k.unit_rowid",
    "surface_asc": "k.surface_m2, k.unit_rowid",
}
MAX_LIMIT = 500
PREFIX_INDEXED = 3  # FTS5 keeps prefixes up to this length (prefix='1 2 3' in m0001)
MAX_EXPANSION = 24  # words a typed prefix may expand to before a plain prefix query
_BROAD_SHARE = 50  # filters keeping 1 unit in this many are walked in sort order
_GROUPED_MAX = 32  # remembered facet counts (one per recent text + ranges)


# Range filters: SearchQuery field -> (unit_keys column, comparison).
_RANGES = {
    "min_price": ("price_mad", ">="),
    "max_price": ("price_mad", "<="),
    "min_surface": ("surface_m2", ">="),
    "max_surface": ("surface_m2", "<="),
}


@dataclass(frozen=True)
class _Plan:
    match: str | None  # the typed text only (facets are counted over it)
    filtered: str | None  # the typed text AND the facet filters
    dims: Dims  # dimension index -> values a unit may have there
    ranges: tuple[tuple[str, float], ...]  # (range field, bound) on unit_keys
    impossible: bool  # a filter names something that does not exist

    def range_sql(self, alias: str) -> tuple[str, list[float]]:
        clauses = [f"{alias}.{_RANGES[f][0]} {_RANGES[f][1]} ?" for f, _ in self.ranges]
        return "".join(f" AND {c}" for c in clauses), [v for _, v in self.ranges]


_SQLITE_MAX_INT = 2**63 - 1


def _bounded(value: int) -> int:
    """``value`` clamped to what SQLite can compare (any typed number is accepted)."""
    return max(-_SQLITE_MAX_INT, min(int(value), _SQLITE_MAX_INT))


def _bounded_number(value: float) -> float:
    number = float(value)
    if math.isnan(number):
        return 0.0
    return max(-float(_SQLITE_MAX_INT), min(number, float(_SQLITE_MAX_INT)))


def resolve_city(conn: sqlite3.Connection, cache: SearchCache, text: str) -> str | None:
    cache.refresh(conn)
    if text in cache.city_names:
        return text
    return cache.city_lookup.get(normalise(text))


def _plan(conn: sqlite3.Connection, cache: SearchCache, q: SearchQuery) -> _Plan:
    dims: Dims = {}
    impossible = False
    if q.city:
        city = resolve_city(conn, cache, str(q.city))
        impossible |= city is None
        dims[_DIM_INDEX["city"]] = frozenset({city or ""})
    for dim, value in (
        ("region", q.region),
        ("category", q.category),
        ("type", q.type),
        ("status", q.status),
        ("price_band", q.price_band),
    ):
        if value:
            dims[_DIM_INDEX[dim]] = frozenset({str(value)})
    rooms = _allowed_rooms(q)
    if rooms is not None:
        dims[_DIM_INDEX["rooms"]] = rooms
        impossible |= not rooms
    text = q.text if isinstance(q.text, str) else ""
    match = match_expression(conn, text)
    words = [_facet_term(DIMENSIONS[i], v) for i, v in sorted(dims.items()) if v]
    filtered = " AND ".join([match, *words] if match else words) or None
    ranges = tuple(
        (name, _bounded_number(getattr(q, name)))
        for name in _RANGES
        if getattr(q, name, None) is not None
    )
    return _Plan(match or None, filtered or None, dims, ranges, impossible or match == "")


def _allowed_rooms(q: SearchQuery) -> frozenset[str] | None:
    """Rooms facet values a unit may have: exactly ``rooms``, and/or ``min_rooms`` or more.

    The facet's top value means "that many or more", so "7 or more" is that top value.
    """
    allowed: frozenset[str] | None = None
    if q.rooms is not None:
        allowed = frozenset({rooms_facet(int(q.rooms))})
    if q.min_rooms is not None and int(q.min_rooms) > 0:
        low = min(int(q.min_rooms), vocabulary.ROOMS_MAX_FACET)
        more = frozenset(str(n) for n in range(low, vocabulary.ROOMS_MAX_FACET + 1))
        allowed = more if allowed is None else allowed & more
    return allowed


def _facet_term(dim: str, allowed: frozenset[str]) -> str:
    words = [f'"{facet_word(dim, v)}"' for v in sorted(allowed)]
    return words[0] if len(words) == 1 else "(" + " OR ".join(words) + ")"


def match_expression(conn: sqlite3.Connection, text: str) -> str | None:
    """The MATCH for ``text``; None: no words, "": a word that nothing in the catalog has.

    The last word, still being typed, is expanded to the indexed words it can become
    ("appa" → "appart" OR "appartement"): FTS5 merges a few exact words far faster than
    it scans a prefix. Short prefixes use the FTS5 prefix index instead.
    """
    words, last_is_prefix = query_words(text)
    if not words:
        return None
    terms = [f'"{w}"' for w in words]
    last = words[-1]
    if last_is_prefix and len(last) <= PREFIX_INDEXED:
        terms[-1] += "*"
    elif last_is_prefix:
        found = [
            r[0]
            for r in conn.execute(
                "SELECT term FROM catalog_terms WHERE term >= ? AND term < ? LIMIT ?",
                (last, last + "\U0010ffff", MAX_EXPANSION + 1),
            )
        ]
        if not found:
            return ""
        if len(found) > MAX_EXPANSION:
            terms[-1] += "*"
        else:
            terms[-1] = "(" + " OR ".join(f'"{t}"' for t in found) + ")"
    return " AND ".join(terms)


def run(
    conn: sqlite3.Connection, cache: SearchCache, q: SearchQuery
) -> tuple[int, list[sqlite3.Row], FacetItems]:
    """(total, rows of the requested page, facets) for ``q``; never fails on typed text."""
    cache.refresh(conn)
    plan = _plan(conn, cache, q)
    try:
        if plan.impossible:
            total, facets = 0, (facet_counts({}, plan.dims, cache) if q.with_facets else {})
        elif q.with_facets:
            grouped = _grouped(conn, cache, plan)
            total, facets = (
                total_of(grouped, plan.dims, cache),
                facet_counts(grouped, plan.dims, cache),
            )
        else:
            total, facets = _count(conn, cache, plan), {}
        rows = _page(conn, cache, plan, q) if total else []
    except sqlite3.OperationalError as exc:
        if "fts5" not in str(exc):
            raise
        # Cannot happen with quoted terms; still, a visitor must never see an error here.
        log.warning("full-text query rejected: %s", exc)
        return 0, [], {}
    return total, rows, facets


def count(conn: sqlite3.Connection, cache: SearchCache, q: SearchQuery) -> int:
    cache.refresh(conn)
    plan = _plan(conn, cache, q)
    if plan.impossible:
        return 0
    try:
        return _count(conn, cache, plan)
    except sqlite3.OperationalError as exc:
        if "fts5" not in str(exc):
            raise
        return 0


def _count(conn: sqlite3.Connection, cache: SearchCache, plan: _Plan) -> int:
    no_range = not plan.ranges
    if plan.match is None and no_range:
        counts = cache.counts_of_all(conn)
        if not plan.dims:
            return sum(counts.values())
        return sum(counts.get(c, 0) for c in cache.combos_with(plan.dims))
    ranged = _ranged_without_text(conn, cache, plan, cache.combos_with(plan.dims))
    if ranged is not None:
        return sum(ranged.values())
    if plan.filtered is not None and no_range:
        sql = "SELECT count(*) FROM units_fts WHERE units_fts MATCH ?"
        return int(conn.execute(sql, (plan.filtered,)).fetchone()[0])
    where, params = _keys_where(plan, plan.filtered)
    return int(conn.execute(f"SELECT count(*) FROM unit_keys k{where}", params).fetchone()[0])  # noqa: S608


def _keys_where(plan: _Plan, match: str | None) -> tuple[str, list[Any]]:
    clauses = ["1"]
    params: list[Any] = []
    if match is not None:
        clauses.append("k.unit_rowid IN (SELECT rowid FROM units_fts WHERE units_fts MATCH ?)")
        params.append(match)
    ranges, range_params = plan.range_sql("k")
    return " WHERE " + " AND ".join(clauses) + ranges, params + range_params


def _broad(conn: sqlite3.Connection, cache: SearchCache, plan: _Plan) -> bool:
    """The facet filters keep at least 1 unit in ``_BROAD_SHARE``."""
    counts = cache.counts_of_all(conn)
    everything = sum(counts.values())
    kept = sum(counts.get(c, 0) for c in cache.combos_with(plan.dims))
    return bool(everything) and kept * _BROAD_SHARE >= everything


def _page(
    conn: sqlite3.Connection, cache: SearchCache, plan: _Plan, q: SearchQuery
) -> list[sqlite3.Row]:
    limit = max(0, min(int(q.limit), MAX_LIMIT))
    offset = max(0, _bounded(q.offset))
    if not limit:
        return []
    sort = q.sort if q.sort in _ORDER_KEYS else "relevance"
    ranges, range_params = plan.range_sql("k")
    if plan.filtered is not None and sort == "relevance":
        # FTS5 yields matches in rowid (= rank) order: the scan stops after the page.
        # CROSS JOIN keeps FTS5 outside: a price index first would probe FTS5 per unit.
        join = " CROSS JOIN unit_keys k ON k.unit_rowid = f.rowid" if ranges else ""
        sql = (
            f"SELECT f.rowid FROM units_fts f{join} WHERE units_fts MATCH ?"  # noqa: S608
            f"{ranges} ORDER BY f.rowid LIMIT ? OFFSET ?"
        )
        params: list[Any] = [plan.filtered, *range_params, limit, offset]
    elif plan.match is None and plan.dims and _broad(conn, cache, plan):
        # Filters only, sorted: walk the sort's index and keep the wanted combinations
        # (stops after the page; the filters match many units).
        combos = cache.combos_with(plan.dims)
        marks = ", ".join("?" for _ in combos)
        order = _ORDER_KEYS[sort]
        sql = (
            f"SELECT k.unit_rowid FROM unit_keys k WHERE k.combo IN ({marks}){ranges}"  # noqa: S608
            f" ORDER BY {order} LIMIT ? OFFSET ?"
        )
        params = [*combos, *range_params, limit, offset]
    else:
        # Other orders, and no filter at all, read the narrow unit_keys table (indexed
        # by price and by surface).
        where, params = _keys_where(plan, plan.filtered)
        order = _ORDER_KEYS[sort]
        sql = f"SELECT k.unit_rowid FROM unit_keys k{where} ORDER BY {order} LIMIT ? OFFSET ?"  # noqa: S608
        params += [limit, offset]
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
    record = {name: row[name] for name in RECORD_FIELDS}
    record["city_aliases"] = [a for a in (record["city_aliases"] or "").split("|") if a]
    record["first_sale"] = bool(record["first_sale"])
    return record


def _grouped(conn: sqlite3.Connection, cache: SearchCache, plan: _Plan) -> dict[int, int]:
    """Matches per facet combination, facet filters NOT applied (they are applied later).

    Remembered per text and ranges: tapping facet after facet costs no SQL.
    """
    if plan.match is None and not plan.ranges:
        return cache.counts_of_all(conn)
    key = (plan.match, plan.ranges)
    found = cache.grouped.get(key)
    if found is None:
        found = _ranged_without_text(conn, cache, plan)
        if found is None:
            where, params = _keys_where(plan, plan.match)
            sql = f"SELECT k.combo, count(*) FROM unit_keys k{where} GROUP BY k.combo"  # noqa: S608
            found = dict(conn.execute(sql, params).fetchall())
        if len(cache.grouped) >= _GROUPED_MAX:
            cache.grouped.pop(next(iter(cache.grouped)))
        cache.grouped[key] = found
    return found


def _ranged_without_text(
    conn: sqlite3.Connection, cache: SearchCache, plan: _Plan, combos: list[int] | None = None
) -> dict[int, int] | None:
    """Counts per combination for range filters on one column and no typed text (what an
    understood "appartement casa moins de 800 000" becomes), without SQL over the units."""
    columns = {_RANGES[name][0] for name, _v in plan.ranges}
    if plan.match is not None or len(columns) != 1:
        return None
    low = high = None
    for name, value in plan.ranges:
        if _RANGES[name][1] == ">=":
            low = value if low is None else max(low, value)
        else:
            high = value if high is None else min(high, value)
    return cache.counts_in_range(conn, columns.pop(), low, high, combos)
