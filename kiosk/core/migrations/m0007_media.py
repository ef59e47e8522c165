"""Photos, plans and places of units and programmes: references to the media store
(SHA-256), never the files themselves."""

from __future__ import annotations

import sqlite3

from kiosk.core.migrations import run_script


def migrate(conn: sqlite3.Connection) -> None:
    run_script(
        conn,
        """
        CREATE TABLE media (
            sha256 TEXT PRIMARY KEY,
            mime TEXT NOT NULL,
            width INTEGER NOT NULL,
            height INTEGER NOT NULL,
            illustration INTEGER NOT NULL DEFAULT 0  -- drawn, not photographed: screens say so
        );
        CREATE TABLE unit_media (
            ref TEXT NOT NULL,
            role TEXT NOT NULL CHECK (role IN ('photo', 'plan')),
            position INTEGER NOT NULL,
            sha256 TEXT NOT NULL REFERENCES media(sha256),
            PRIMARY KEY (ref, role, position)
        );
        CREATE TABLE programme_media (
            programme_id TEXT NOT NULL,
            role TEXT NOT NULL CHECK (role IN ('photo', 'plan')),
            position INTEGER NOT NULL,
            sha256 TEXT NOT NULL REFERENCES media(sha256),
            PRIMARY KEY (programme_id, role, position)
        );
        CREATE TABLE places (
            kind TEXT NOT NULL CHECK (kind IN ('unit', 'programme')),
            id TEXT NOT NULL,
            latitude REAL NOT NULL,
            longitude REAL NOT NULL,
            PRIMARY KEY (kind, id)
        );
        """,
    )
