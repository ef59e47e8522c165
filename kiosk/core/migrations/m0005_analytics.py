"""Anonymous stand counters per event day: no visitor id, no personal data."""

from __future__ import annotations

import sqlite3

from kiosk.core.migrations import run_script


def migrate(conn: sqlite3.Connection) -> None:
    run_script(
        conn,
        """
        CREATE TABLE analytics_counters (
            event_id TEXT NOT NULL,
            day TEXT NOT NULL,          -- local date at the event (YYYY-MM-DD)
            kind TEXT NOT NULL,         -- session, language, search, unit_view, lead, ticket
            value TEXT NOT NULL DEFAULT '',
            count INTEGER NOT NULL DEFAULT 0,
            PRIMARY KEY (event_id, day, kind, value)
        ) WITHOUT ROWID;
        """,
    )
