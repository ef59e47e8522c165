"""Erased phone numbers waiting to reach HQ, sealed to HQ's public key (unreadable here)."""

from __future__ import annotations

import sqlite3

from kiosk.core.migrations import run_script


def migrate(conn: sqlite3.Connection) -> None:
    run_script(
        conn,
        """
        CREATE TABLE erasure_phones (
            id INTEGER PRIMARY KEY,
            sealed_for_hq TEXT NOT NULL,         -- deleted as soon as HQ confirmed the erasure
            erased_at TEXT NOT NULL
        );
        """,
    )
