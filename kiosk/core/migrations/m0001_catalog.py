"""Catalog: regions, cities (FR/AR names + aliases), programmes, units, FTS5 index."""

from __future__ import annotations

import sqlite3

from kiosk.core.migrations import run_script


def migrate(conn: sqlite3.Connection) -> None:
    run_script(
        conn,
        """
        CREATE TABLE regions (
            id TEXT PRIMARY KEY,
            name_fr TEXT NOT NULL,
            name_ar TEXT NOT NULL
        );
        CREATE TABLE cities (
            id TEXT PRIMARY KEY,
            name_fr TEXT NOT NULL,
            name_ar TEXT NOT NULL,
            province TEXT NOT NULL DEFAULT '',
            region_id TEXT NOT NULL REFERENCES regions(id),
            aliases TEXT NOT NULL DEFAULT ''
        );
        CREATE TABLE programmes (
            id TEXT PRIMARY KEY,
            name_fr TEXT NOT NULL,
            name_ar TEXT NOT NULL,
            city_id TEXT NOT NULL REFERENCES cities(id),
            kind TEXT NOT NULL DEFAULT 'quartier',
            subsidiary TEXT NOT NULL DEFAULT '',
            desk TEXT NOT NULL DEFAULT ''
        );
        CREATE TABLE units (
            ref TEXT PRIMARY KEY,
            category TEXT NOT NULL CHECK (category IN ('logement', 'terrain', 'local')),
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
            status TEXT NOT NULL CHECK (status IN ('disponible', 'reserve', 'vendu')),
            delivery_date TEXT,
            permit_date TEXT,
            first_sale INTEGER NOT NULL DEFAULT 1,
            -- facet values kept with the row so counting is one GROUP BY
            rooms_facet TEXT NOT NULL DEFAULT '',
            price_band TEXT NOT NULL DEFAULT '',
            search_text TEXT NOT NULL DEFAULT ''
        );
        -- Each distinct (city, type, rooms, price band, status) once: facets are counted
        -- per combination on the narrow unit_keys table, never on the wide units rows.
        CREATE TABLE facet_combos (
            id INTEGER PRIMARY KEY,
            city_id TEXT NOT NULL,
            type TEXT NOT NULL,
            rooms_facet TEXT NOT NULL,
            price_band TEXT NOT NULL,
            status TEXT NOT NULL,
            UNIQUE (city_id, type, rooms_facet, price_band, status)
        );
        -- What searches filter, count and sort on, one narrow row per unit (rowid = the
        -- unit's rowid, which is its display rank). price_up/price_down put "price on
        -- request" last in either order, so both sorts read an index.
        CREATE TABLE unit_keys (
            unit_rowid INTEGER PRIMARY KEY,
            combo INTEGER NOT NULL,
            price_mad INTEGER,
            price_up INTEGER NOT NULL,
            price_down INTEGER NOT NULL,
            surface_m2 REAL NOT NULL
        );
        CREATE INDEX unit_keys_price ON unit_keys(price_mad);
        CREATE INDEX unit_keys_price_up ON unit_keys(price_up);
        CREATE INDEX unit_keys_price_down ON unit_keys(price_down DESC);
        CREATE INDEX unit_keys_surface_up ON unit_keys(surface_m2);
        CREATE INDEX unit_keys_surface_down ON unit_keys(surface_m2 DESC);
        CREATE VIRTUAL TABLE units_fts USING fts5(
            search_text, content='units', content_rowid='rowid',
            tokenize='ascii', detail='none', prefix='1 2 3'
        );
        -- Every indexed word once: a prefix being typed is expanded to the few words it
        -- can still become, which FTS5 answers much faster than a prefix scan.
        CREATE TABLE catalog_terms (term TEXT PRIMARY KEY) WITHOUT ROWID;
        CREATE TABLE catalog_meta (
            key TEXT PRIMARY KEY,
            value TEXT NOT NULL
        );
        """,
    )
