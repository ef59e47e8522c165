"""Placeholder: filled by the work that owns this table; kept so numbering has no gap."""

from __future__ import annotations

import sqlite3


def migrate(conn: sqlite3.Connection) -> None:
    del conn
