"""Sync with HQ: enrollment (address, token, HQ kiosk id) and the last outcome of a sync.

One row (id = 1). The HQ public key itself lives in ``kiosk_settings`` (``hq.public_key``),
where sealing reads it.
"""

from __future__ import annotations

import sqlite3

from kiosk.core.migrations import run_script


def migrate(conn: sqlite3.Connection) -> None:
    run_script(
        conn,
        """
        CREATE TABLE sync_state (
            id INTEGER PRIMARY KEY CHECK (id = 1),
            hq_url TEXT,
            token TEXT,
            hq_kiosk_id TEXT,
            kiosk_name TEXT,
            event_id TEXT,
            enrolled_at TEXT,
            revoked INTEGER NOT NULL DEFAULT 0,
            last_attempt TEXT,
            last_success TEXT,
            last_error TEXT NOT NULL DEFAULT '',
            last_error_at TEXT,
            failures INTEGER NOT NULL DEFAULT 0,
            analytics_from_day TEXT
        );
        INSERT INTO sync_state (id) VALUES (1);
        """,
    )
