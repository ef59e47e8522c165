"""Named schema migrations, applied in order. ``mNNNN_name.py`` defines ``migrate(conn)``.

Never edit a migration that has shipped; add the next number instead.
"""

from __future__ import annotations

import sqlite3


def run_script(conn: sqlite3.Connection, script: str) -> None:
    """Run several statements inside the caller's transaction.

    ``Connection.executescript`` would COMMIT first, breaking the migration's atomicity;
    this splits on complete statements (triggers included) and runs each one.
    """
    pending = ""
    for line in script.splitlines(keepends=True):
        pending += line
        if sqlite3.complete_statement(pending):
            conn.execute(pending)
            pending = ""
    if pending.strip():
        raise ValueError(f"incomplete SQL statement in migration: {pending.strip()[:60]}")
