"""Writing the catalog: whole replacement (import, demo) and deltas (sync), each atomic.

Units are stored in display-rank order (available first, then a stable mix of cities and
programmes), so ``rowid`` order is the default "relevance" and a first page of results
never needs a sort. Each unit also gets a narrow ``unit_keys`` row (its facet combination,
price, surface) that searches scan instead of the wide ``units`` rows.
"""

from __future__ import annotations

import json
import sqlite3
import zlib
from concurrent.futures import ThreadPoolExecutor
from typing import TYPE_CHECKING, Any

from kiosk.core.catalog_records import UNIT_COLUMNS, CatalogData, reference_rows
from kiosk.core.catalog_rows import UnitRows
from sync.contract import vocabulary

if TYPE_CHECKING:
    from kiosk.core.catalog_import import Progress

_PROGRESS_STEP = 1000
_STATUS_RANK = {status: n for n, status in enumerate(vocabulary.STATUSES)}
_INSERT_UNIT = (
    f"INSERT INTO units (rowid, {', '.join(UNIT_COLUMNS)})"  # noqa: S608
    f" VALUES (?, {', '.join('?' for _ in UNIT_COLUMNS)})"
)
# Positions in a units-table row (UnitRows).
_CITY, _TYPE, _SURFACE, _PRICE, _STATUS = (
    UNIT_COLUMNS.index("city_id"),
    UNIT_COLUMNS.index("type"),
    UNIT_COLUMNS.index("surface_m2"),
    UNIT_COLUMNS.index("price_mad"),
    UNIT_COLUMNS.index("status"),
)
_ROOMS_F, _BAND = UNIT_COLUMNS.index("rooms_facet"), UNIT_COLUMNS.index("price_band")


_INSERT_KEYS = (
    "INSERT INTO unit_keys (unit_rowid, combo, price_mad, price_up, price_down, surface_m2)"
    " VALUES (?, ?, ?, ?, ?, ?)"
)
# "price on request" sorts last both ways (the same two numbers in _INSERT_ALL_KEYS)
_NO_PRICE_UP, _NO_PRICE_DOWN = 10**15, -1


def _keys(rowid: int, combo: int, row: tuple[Any, ...]) -> tuple[Any, ...]:
    price = row[_PRICE]
    up = _NO_PRICE_UP if price is None else price
    down = _NO_PRICE_DOWN if price is None else price
    return (rowid, combo, price, up, down, row[_SURFACE])


def display_rank(unit: dict[str, Any]) -> int:
    """Available units first; within a status a stable mix (not grouped by programme). One
    number (status rank, then the reference's CRC-32 below it): quicker to sort than pairs."""
    return _STATUS_RANK.get(unit["status"], 9) << 32 | zlib.crc32(str(unit["ref"]).encode())


def _combo_of(row: tuple[Any, ...]) -> tuple[str, str, str, str, str]:
    return (row[_CITY], row[_TYPE], row[_ROOMS_F], row[_BAND], row[_STATUS])


class _Combos:
    """Facet-combination ids, created on first use."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn
        self.ids = {
            tuple(r[1:]): int(r[0])
            for r in conn.execute(
                "SELECT id, city_id, type, rooms_facet, price_band, status FROM facet_combos"
            )
        }

    def id_for(self, row: tuple[Any, ...]) -> int:
        combo = _combo_of(row)
        found = self.ids.get(combo)
        if found is None:
            cur = self.conn.execute(
                "INSERT INTO facet_combos (city_id, type, rooms_facet, price_band, status)"
                " VALUES (?, ?, ?, ?, ?)",
                combo,
            )
            found = self.ids[combo] = int(cur.lastrowid or 0)
        return found


# For a whole replacement: a page cache that holds the new tables and their indexes while
# they are built, and an FTS5 pending-terms buffer large enough to write few segments.
_BULK_CACHE_KIB = 128 * 1024
_FTS_BULK_HASH_BYTES = 64 << 20
_FTS_DEFAULT_HASH_BYTES = 1 << 20
_INSERT_COMBOS = (
    "INSERT INTO facet_combos (city_id, type, rooms_facet, price_band, status)"
    " SELECT city_id, type, rooms_facet, price_band, status FROM units"
    " GROUP BY city_id, type, rooms_facet, price_band, status ORDER BY min(rowid)"
)
# one statement for all the words (a JSON array): no Python work per word
_INSERT_TERMS = "INSERT INTO catalog_terms (term) SELECT value FROM json_each(?)"
_INSERT_ALL_KEYS = (
    "INSERT INTO unit_keys (unit_rowid, combo, price_mad, price_up, price_down, surface_m2)"
    " SELECT u.rowid, c.id, u.price_mad, coalesce(u.price_mad, 1000000000000000),"
    " coalesce(u.price_mad, -1), u.surface_m2"
    " FROM units u JOIN facet_combos c ON c.city_id = u.city_id AND c.type = u.type"
    " AND c.rooms_facet = u.rooms_facet AND c.price_band = u.price_band"
    " AND c.status = u.status ORDER BY u.rowid"
)


def replace_all(
    conn: sqlite3.Connection, data: CatalogData, progress: Progress | None = None
) -> None:
    """Inside the caller's transaction: drop the old catalog, write ``data``."""
    cache_size = conn.execute("PRAGMA cache_size").fetchone()[0]
    conn.execute(f"PRAGMA cache_size = -{_BULK_CACHE_KIB}")
    try:
        _replace_all(conn, data, progress)
    finally:
        conn.execute(f"PRAGMA cache_size = {int(cache_size)}")


def _replace_all(conn: sqlite3.Connection, data: CatalogData, progress: Progress | None) -> None:
    for table in (
        "unit_keys",
        "facet_combos",
        "catalog_terms",
        "units",
        "programmes",
        "cities",
        "regions",
    ):
        conn.execute(f"DELETE FROM {table}")  # noqa: S608
    write_reference(conn, data)
    # Building indexes once after the rows is several times faster than updating them
    # row by row; DDL is transactional, so this stays all-or-nothing.
    indexes = conn.execute(
        "SELECT name, sql FROM sqlite_master WHERE type = 'index'"
        " AND tbl_name IN ('units', 'unit_keys') AND sql IS NOT NULL"
    ).fetchall()
    for name, _sql in indexes:
        conn.execute(f'DROP INDEX "{name}"')
    builder = UnitRows(data)

    def rows() -> Any:
        for rowid, unit in enumerate(sorted(data.units, key=display_rank), start=1):
            if progress is not None and rowid % _PROGRESS_STEP == 0:
                progress.advance(_PROGRESS_STEP)
            yield (rowid, *builder.row(unit))

    if progress is not None:
        progress.start("writing", len(data.units))
    conn.executemany(_INSERT_UNIT, rows())
    if progress is not None:
        progress.advance(len(data.units) % _PROGRESS_STEP)
        progress.finish()
        progress.start("indexing", 3)
    # SQLite builds what follows without holding the GIL: meanwhile a second thread gathers
    # every index word (for catalog_terms) from what the rows were made of.
    with ThreadPoolExecutor(max_workers=1, thread_name_prefix="catalog-terms") as helper:
        terms = helper.submit(_terms_json, builder, data)
        conn.execute(_INSERT_COMBOS)
        conn.execute(_INSERT_ALL_KEYS)
        _advance(progress)
        for _name, sql in indexes:
            conn.execute(sql)
        _advance(progress)
        _rebuild_fts(conn)
        conn.execute(_INSERT_TERMS, (terms.result(),))
    _advance(progress)
    if progress is not None:
        progress.finish()
    conn.execute("PRAGMA analysis_limit = 1000")
    conn.execute("ANALYZE")


def _terms_json(builder: UnitRows, data: CatalogData) -> str:
    """Every index word of the units but their facet words, in order, as a JSON array."""
    return json.dumps(sorted(builder.terms() | data.shared_words()), ensure_ascii=False)


def _rebuild_fts(conn: sqlite3.Connection) -> None:
    """The full-text index from the units rows, in one pass."""
    hashsize = "INSERT INTO units_fts(units_fts, rank) VALUES ('hashsize', ?)"
    conn.execute(hashsize, (_FTS_BULK_HASH_BYTES,))
    conn.execute("INSERT INTO units_fts(units_fts) VALUES ('rebuild')")
    conn.execute(hashsize, (_FTS_DEFAULT_HASH_BYTES,))


def _advance(progress: Progress | None) -> None:
    if progress is not None:
        progress.advance(1)


def apply_changes(
    conn: sqlite3.Connection,
    upserts: list[dict[str, Any]],
    deletions: list[str],
) -> None:
    """Inside the caller's transaction: delete ``deletions``, insert or replace ``upserts``."""
    data = CatalogData.from_records(upserts)
    for ref in deletions:
        _delete_unit(conn, ref)
    write_reference(conn, data)
    combos = _Combos(conn)
    builder = UnitRows(data)
    next_rowid = int(conn.execute("SELECT coalesce(max(rowid), 0) + 1 FROM units").fetchone()[0])
    for record in sorted(data.units, key=display_rank):
        _delete_unit(conn, str(record["ref"]))
        row = builder.row(record)
        conn.execute(_INSERT_UNIT, (next_rowid, *row))
        conn.execute(_INSERT_KEYS, _keys(next_rowid, combos.id_for(row), row))
        conn.execute(
            "INSERT INTO units_fts(rowid, search_text) VALUES (?, ?)", (next_rowid, row[-1])
        )
        conn.executemany(
            "INSERT OR IGNORE INTO catalog_terms (term) VALUES (?)",
            ((t,) for t in set(row[-1].split())),
        )
        next_rowid += 1


def _delete_unit(conn: sqlite3.Connection, ref: str) -> None:
    old = conn.execute("SELECT rowid, search_text FROM units WHERE ref = ?", (ref,)).fetchone()
    if old is None:
        return
    conn.execute(
        "INSERT INTO units_fts(units_fts, rowid, search_text) VALUES ('delete', ?, ?)",
        (old[0], old[1]),
    )
    conn.execute("DELETE FROM unit_keys WHERE unit_rowid = ?", (old[0],))
    conn.execute("DELETE FROM units WHERE rowid = ?", (old[0],))


def write_reference(conn: sqlite3.Connection, data: CatalogData) -> None:
    regions, cities, programmes = reference_rows(data)
    conn.executemany(
        "INSERT INTO regions (id, name_fr, name_ar) VALUES (?, ?, ?)"
        " ON CONFLICT(id) DO UPDATE SET name_fr = excluded.name_fr, name_ar = excluded.name_ar",
        regions,
    )
    conn.executemany(
        "INSERT INTO cities (id, name_fr, name_ar, province, region_id, aliases)"
        " VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT(id) DO UPDATE SET"
        " name_fr = excluded.name_fr, name_ar = excluded.name_ar,"
        " province = excluded.province, region_id = excluded.region_id,"
        " aliases = excluded.aliases",
        cities,
    )
    conn.executemany(
        "INSERT INTO programmes (id, name_fr, name_ar, city_id, kind, subsidiary, desk)"
        " VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT(id) DO UPDATE SET"
        " name_fr = excluded.name_fr, name_ar = excluded.name_ar,"
        " city_id = excluded.city_id, kind = excluded.kind,"
        " subsidiary = excluded.subsidiary, desk = excluded.desk",
        programmes,
    )
