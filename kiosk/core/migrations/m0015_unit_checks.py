"""The units table's checks of category and status written as comparisons.

``x IN ('a', 'b', 'c')`` in a CHECK makes SQLite build a small lookup table each time the
INSERT runs, so once for every unit a catalog import writes: 0.6 s of the 100,000-unit
import. ``x = 'a' OR x = 'b' OR x = 'c'`` accepts and refuses exactly the same values and
costs nothing. SQLite cannot change a check in place: the table is made again with its rows
(same rowids, which the full-text index and ``unit_keys`` point to) and its index.
"""

from __future__ import annotations

import sqlite3

from kiosk.core.migrations import run_script


def migrate(conn: sqlite3.Connection) -> None:
    run_script(
        conn,
        """
        CREATE TABLE units_checked (
            ref TEXT PRIMARY KEY,
            category TEXT NOT NULL
                CHECK (category = 'logement' OR category = 'terrain' OR category = 'local'),
            type TEXT NOT NULL,
            title_fr TEXT NOT NULL,
            title_ar TEXT NOT NULL,
            programme_id TEXT NOT NULL REFERENCES programmes(id),
            city_id TEXT NOT NULL REFERENCES cities(id),
            region_id TEXT NOT NULL REFERENCES regions(id),
            district TEXT NOT NULL DEFAULT '',
            surface_m2 REAL NOT NULL CHECK (surface_m2 > 0),
            rooms INTEGER,
            floor INTEGER,
            price_mad INTEGER,
            price_per_m2_mad INTEGER,
            status TEXT NOT NULL
                CHECK (status = 'disponible' OR status = 'reserve' OR status = 'vendu'),
            delivery_date TEXT,
            permit_date TEXT,
            first_sale INTEGER NOT NULL DEFAULT 1,
            -- facet values kept with the row so counting is one GROUP BY
            rooms_facet TEXT NOT NULL DEFAULT '',
            price_band TEXT NOT NULL DEFAULT '',
            search_text TEXT NOT NULL DEFAULT ''
        );
        INSERT INTO units_checked (
            rowid, ref, category, type, title_fr, title_ar, programme_id, city_id, region_id,
            district, surface_m2, rooms, floor, price_mad, price_per_m2_mad, status,
            delivery_date, permit_date, first_sale, rooms_facet, price_band, search_text
        )
        SELECT
            rowid, ref, category, type, title_fr, title_ar, programme_id, city_id, region_id,
            district, surface_m2, rooms, floor, price_mad, price_per_m2_mad, status,
            delivery_date, permit_date, first_sale, rooms_facet, price_band, search_text
        FROM units;
        DROP TABLE units;
        ALTER TABLE units_checked RENAME TO units;
        CREATE INDEX units_programme ON units(programme_id, status);
        """,
    )
    analysed = "SELECT EXISTS (SELECT 1 FROM sqlite_master WHERE name = 'sqlite_stat1')"
    if conn.execute(analysed).fetchone()[0]:
        # the statistics of the units table went with it; a catalog import makes them so
        conn.execute("PRAGMA analysis_limit = 1000")
        conn.execute("ANALYZE units")
