"""A programme's units found without reading the whole catalog (programme page, map pins)."""

from __future__ import annotations

import sqlite3

from kiosk.core.migrations import run_script


def migrate(conn: sqlite3.Connection) -> None:
    run_script(conn, "CREATE INDEX units_programme ON units(programme_id, status);")
