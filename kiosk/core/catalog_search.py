"""Search over the catalog: FTS5 on normalised text, filters, facets, sorting, paging.

How it stays fast on 100,000 units:
- ``rowid`` order is the display rank (see ``catalog_write``), so the first page of a
  "relevance" search is the first matches FTS5 yields — no sort, the scan stops early;
- every filter on a facet (city, region, category, type, rooms, price band, status) is a
  set of facet-combination ids, checked on the narrow ``unit_keys`` table;
- facet counts are one ``GROUP BY combo`` over the matches (or, without text or price
  range, counts cached in memory per catalog version); every facet, including the
  "without my own filter" counts that let a visitor switch city, follows in one pass.
"""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from kiosk.core import labels
from kiosk.core.catalog_records import RECORD_FIELDS, facet_word, rooms_facet
from kiosk.core.textnorm import normalise, query_words

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

DIMENSIONS = ("region", "city", "category", "type", "rooms", "price_band", "status")
_DIM_INDEX = {d: n for n, d in enumerate(DIMENSIONS)}
_UNIT_COLUMN = {
    "region": "region_id",
    "city": "city_id",
    "category": "category",
    "type": "type",
    "rooms": "rooms_facet",
    "price_band": "price_band",
    "status": "status",
}
_ORDER_UNITS = {
    "relevance": "u.rowid",
    "price_asc": "u.price_mad IS NULL, u.price_mad, u.rowid",
    "price_desc": "u.price_mad IS NULL, u.price_mad DESC, u.rowid",
    "surface_desc": "u.surface_m2 DESC, u.rowid",
    "surface_asc": "u.surface_m2, u.rowid",
}
_ORDER_KEYS = {
    k: v.replace("u.rowid", "k.unit_rowid").replace("u.", "k.") for k, v in _ORDER_UNITS.items()
}
MAX_LIMIT = 500
PREFIX_INDEXED = 3  # FTS5 keeps prefixes up to this length (prefix='1 2 3' in m0001)
MAX_EXPANSION = 24  # words a typed prefix may expand to before a plain prefix query
_MEMO_MAX = 4096  # remembered filter combinations
_GROUPED_MAX = 32  # remembered facet counts (one per recent text + price range)

FacetItems = dict[str, list[tuple[str, str, str, int]]]


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
    matching: dict[tuple[tuple[int, str], ...], list[int]] = field(default_factory=dict)
    grouped: dict[tuple[str | None, int | None, int | None], dict[int, int]] = field(
        default_factory=dict
    )

    def clear(self) -> None:
        self.loaded = False
        self.all_counts = None
        self.grouped = {}

    def combos_with(self, dims: dict[int, str]) -> list[int]:
        """Ids of the facet combinations having all these values (memoised)."""
        key = tuple(sorted(dims.items()))
        found = self.matching.get(key)
        if found is None:
            sets = [self.by_value.get(item, set()) for item in key]
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
                labels.TYPE_CATEGORY.get(type_, ""),
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


@dataclass(frozen=True)
class _Plan:
    match: str | None  # the typed text only (facets are counted over it)
    filtered: str | None  # the typed text AND the facet filters
    dims: dict[int, str]  # dimension index -> required value
    min_price: int | None
    max_price: int | None
    impossible: bool  # a filter names something that does not exist

    def combos(self, cache: SearchCache) -> list[int] | None:
        """Ids of the combinations passing every facet filter (None: no facet filter)."""
        if not self.dims:
            return None
        return cache.combos_with(self.dims)

    def price_sql(self, alias: str) -> tuple[str, list[int]]:
        clauses, params = [], []
        if self.min_price is not None:
            clauses.append(f"{alias}.price_mad >= ?")
            params.append(self.min_price)
        if self.max_price is not None:
            clauses.append(f"{alias}.price_mad <= ?")
            params.append(self.max_price)
        return "".join(f" AND {c}" for c in clauses), params


def resolve_city(conn: sqlite3.Connection, cache: SearchCache, text: str) -> str | None:
    cache.refresh(conn)
    if text in cache.city_names:
        return text
    return cache.city_lookup.get(normalise(text))


def _plan(conn: sqlite3.Connection, cache: SearchCache, q: SearchQuery) -> _Plan:
    dims: dict[int, str] = {}
    impossible = False
    if q.city:
        city = resolve_city(conn, cache, str(q.city))
        impossible |= city is None
        dims[_DIM_INDEX["city"]] = city or ""
    for dim, value in (
        ("region", q.region),
        ("category", q.category),
        ("type", q.type),
        ("status", q.status),
        ("price_band", q.price_band),
    ):
        if value:
            dims[_DIM_INDEX[dim]] = str(value)
    if q.rooms is not None:
        dims[_DIM_INDEX["rooms"]] = rooms_facet(int(q.rooms))
    text = q.text if isinstance(q.text, str) else ""
    match = match_expression(conn, text)
    filtered = match
    if match and dims:
        words = (facet_word(DIMENSIONS[i], v) for i, v in sorted(dims.items()))
        filtered = " AND ".join([match, *(f'"{w}"' for w in words)])
    return _Plan(
        match or None,
        filtered or None,
        dims,
        None if q.min_price is None else int(q.min_price),
        None if q.max_price is None else int(q.max_price),
        impossible or match == "",
    )


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


def _in_list(ids: list[int]) -> str:
    return ", ".join(str(int(i)) for i in ids)


def run(
    conn: sqlite3.Connection, cache: SearchCache, q: SearchQuery
) -> tuple[int, list[sqlite3.Row], FacetItems]:
    """(total, rows of the requested page, facets) for ``q``; never fails on typed text."""
    cache.refresh(conn)
    plan = _plan(conn, cache, q)
    try:
        if plan.impossible:
            total, facets = 0, (_facets({}, plan, cache) if q.with_facets else {})
        elif q.with_facets:
            grouped = _grouped(conn, cache, plan)
            total, facets = _total(grouped, plan, cache), _facets(grouped, plan, cache)
        else:
            total, facets = _count(conn, cache, plan), {}
        rows = _page(conn, plan, q) if total else []
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
    no_price = plan.min_price is None and plan.max_price is None
    if plan.filtered is not None and no_price:
        sql = "SELECT count(*) FROM units_fts WHERE units_fts MATCH ?"
        return int(conn.execute(sql, (plan.filtered,)).fetchone()[0])
    combos = plan.combos(cache) if plan.filtered is None else None
    if plan.filtered is None and no_price:
        counts = cache.counts_of_all(conn)
        return sum(counts.get(c, 0) for c in combos) if combos is not None else sum(counts.values())
    where, params = _keys_where(plan, plan.filtered, combos)
    return int(conn.execute(f"SELECT count(*) FROM unit_keys k{where}", params).fetchone()[0])  # noqa: S608


def _keys_where(plan: _Plan, match: str | None, combos: list[int] | None) -> tuple[str, list[Any]]:
    clauses = ["1"]
    params: list[Any] = []
    if match is not None:
        clauses.append("k.unit_rowid IN (SELECT rowid FROM units_fts WHERE units_fts MATCH ?)")
        params.append(match)
    if combos is not None:
        clauses.append(f"k.combo IN ({_in_list(combos)})")
    price, price_params = plan.price_sql("k")
    return " WHERE " + " AND ".join(clauses) + price, params + price_params


def _page(conn: sqlite3.Connection, plan: _Plan, q: SearchQuery) -> list[sqlite3.Row]:
    limit = max(0, min(int(q.limit), MAX_LIMIT))
    offset = max(0, int(q.offset))
    if not limit:
        return []
    sort = q.sort if q.sort in _ORDER_UNITS else "relevance"
    price, price_params = plan.price_sql("k")
    if plan.filtered is not None and sort == "relevance":
        # FTS5 yields matches in rowid (= rank) order: the scan stops after the page.
        join = " JOIN unit_keys k ON k.unit_rowid = f.rowid" if price else ""
        sql = (
            f"SELECT f.rowid FROM units_fts f{join} WHERE units_fts MATCH ?"  # noqa: S608
            f"{price} ORDER BY f.rowid LIMIT ? OFFSET ?"
        )
        params: list[Any] = [plan.filtered, *price_params, limit, offset]
    elif plan.filtered is not None:
        where, params = _keys_where(plan, plan.filtered, None)
        order = _ORDER_KEYS[sort]
        sql = f"SELECT k.unit_rowid FROM unit_keys k{where} ORDER BY {order} LIMIT ? OFFSET ?"  # noqa: S608
        params += [limit, offset]
    else:
        clauses = [f"u.{_UNIT_COLUMN[DIMENSIONS[i]]} = ?" for i in plan.dims]
        params = list(plan.dims.values())
        unit_price, unit_price_params = plan.price_sql("u")
        where = " WHERE " + " AND ".join(["1", *clauses]) + unit_price
        sql = f"SELECT u.rowid FROM units u{where} ORDER BY {_ORDER_UNITS[sort]} LIMIT ? OFFSET ?"  # noqa: S608
        params += [*unit_price_params, limit, offset]
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


# ---- facets -------------------------------------------------------------------------


def _grouped(conn: sqlite3.Connection, cache: SearchCache, plan: _Plan) -> dict[int, int]:
    """Matches per facet combination, facet filters NOT applied (they are applied later).

    Remembered per text and price range: tapping facet after facet costs no SQL.
    """
    if plan.match is None and plan.min_price is None and plan.max_price is None:
        return cache.counts_of_all(conn)
    key = (plan.match, plan.min_price, plan.max_price)
    found = cache.grouped.get(key)
    if found is None:
        where, params = _keys_where(plan, plan.match, None)
        sql = f"SELECT k.combo, count(*) FROM unit_keys k{where} GROUP BY k.combo"  # noqa: S608
        found = dict(conn.execute(sql, params).fetchall())
        if len(cache.grouped) >= _GROUPED_MAX:
            cache.grouped.pop(next(iter(cache.grouped)))
        cache.grouped[key] = found
    return found


def _total(grouped: dict[int, int], plan: _Plan, cache: SearchCache) -> int:
    return sum(n for cid, n in grouped.items() if _failing(cid, plan, cache.combo_values) == -1)


def _failing(cid: int, plan: _Plan, values_by_id: dict[int, tuple[str, ...]]) -> int:
    """-1 when combination ``cid`` passes every facet filter, the failing dimension when
    exactly one fails, -2 when several do."""
    values = values_by_id.get(cid)
    if values is None:
        return -2
    failing = -1
    for i, wanted in plan.dims.items():
        if values[i] != wanted:
            if failing != -1:
                return -2
            failing = i
    return failing


def _facets(grouped: dict[int, int], plan: _Plan, cache: SearchCache) -> FacetItems:
    """Counts per value of every dimension; a filtered dimension is counted without its
    own filter so the other choices stay visible."""
    totals: list[dict[str, int]] = [{} for _ in DIMENSIONS]
    for cid, n in grouped.items():
        failing = _failing(cid, plan, cache.combo_values)
        if failing == -2:
            continue
        values = cache.combo_values[cid]
        dims = range(len(DIMENSIONS)) if failing == -1 else (failing,)
        for i in dims:
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


_FIXED_ORDER: dict[str, list[str]] = {
    "price_band": [b[0] for b in labels.PRICE_BANDS],
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
