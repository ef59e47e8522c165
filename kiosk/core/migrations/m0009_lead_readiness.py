"""The lead's optional readiness answers and what the visitor did at the kiosk (lead score)."""

from __future__ import annotations

import sqlite3

from kiosk.core.migrations import run_script


def migrate(conn: sqlite3.Connection) -> None:
    run_script(
        conn,
        """
        ALTER TABLE leads ADD COLUMN horizon TEXT NOT NULL DEFAULT '';
        ALTER TABLE leads ADD COLUMN funding TEXT NOT NULL DEFAULT '';
        ALTER TABLE leads ADD COLUMN home_owner_ma INTEGER;
        ALTER TABLE leads ADD COLUMN units_opened INTEGER NOT NULL DEFAULT 0;
        ALTER TABLE leads ADD COLUMN simulation_run INTEGER NOT NULL DEFAULT 0;
        ALTER TABLE leads ADD COLUMN brochure_printed INTEGER NOT NULL DEFAULT 0;
        """,
    )
