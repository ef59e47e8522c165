"""Desk cards: what an advisor sees when scanning a visitor's ticket, sealed to the stand hub,
kept for the day (``kiosk.core.desk_cards``); and the erasures the hub must hear of."""

from __future__ import annotations

import sqlite3

from kiosk.core.migrations import run_script


def migrate(conn: sqlite3.Connection) -> None:
    run_script(
        conn,
        """
        CREATE TABLE desk_cards (
            lead_id TEXT PRIMARY KEY,
            event_id TEXT NOT NULL,
            day TEXT NOT NULL,
            sealed TEXT NOT NULL,
            sent_at TEXT
        );
        CREATE TABLE desk_card_erasures (lead_id TEXT PRIMARY KEY);
        """,
    )
