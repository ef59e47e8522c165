"""Shared desk numbering: where each ticket's number came from, and the blocks of numbers a
kiosk leased from the stand hub to keep issuing while the hub is away."""

from __future__ import annotations

import sqlite3

from kiosk.core.migrations import run_script


def migrate(conn: sqlite3.Connection) -> None:
    run_script(
        conn,
        """
        -- local: this kiosk alone; hub: numbered by the hub; lease: from a leased block
        ALTER TABLE desk_tickets ADD COLUMN source TEXT NOT NULL DEFAULT 'local';
        ALTER TABLE desk_tickets ADD COLUMN reported_at TEXT;  -- lease ticket the hub now holds
        CREATE TABLE desk_leases (
            event_id TEXT NOT NULL,
            day TEXT NOT NULL,
            desk TEXT NOT NULL,
            next_number INTEGER NOT NULL,
            end_number INTEGER NOT NULL,          -- first number after the block
            PRIMARY KEY (event_id, day, desk)
        );
        """,
    )
