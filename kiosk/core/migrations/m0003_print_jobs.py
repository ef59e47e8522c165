"""Print queue: every brochure or ticket waits here until a printer took it."""

from __future__ import annotations

import sqlite3

from kiosk.core.migrations import run_script


def migrate(conn: sqlite3.Connection) -> None:
    run_script(
        conn,
        """
        CREATE TABLE print_jobs (
            id INTEGER PRIMARY KEY,
            created_at TEXT NOT NULL,
            kind TEXT NOT NULL DEFAULT 'brochure',
            title TEXT NOT NULL DEFAULT '',
            document TEXT NOT NULL,
            backend TEXT NOT NULL,
            printer TEXT NOT NULL DEFAULT '',
            state TEXT NOT NULL DEFAULT 'queued'
                CHECK (state IN ('queued', 'printing', 'done', 'failed', 'cancelled')),
            attempts INTEGER NOT NULL DEFAULT 0,
            last_error TEXT NOT NULL DEFAULT '',
            next_try_at TEXT,
            done_at TEXT,
            printer_job TEXT NOT NULL DEFAULT ''
        );
        CREATE INDEX print_jobs_state ON print_jobs(state, next_try_at);
        """,
    )
