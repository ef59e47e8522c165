"""'Send me my selection': one row per sending the visitor asked for, its consent proof, the
address sealed for HQ, the outbox state and the delivery HQ reported back."""

from __future__ import annotations

import sqlite3

from kiosk.core.migrations import run_script


def migrate(conn: sqlite3.Connection) -> None:
    run_script(
        conn,
        """
        CREATE TABLE send_requests (
            id TEXT PRIMARY KEY,
            created_at TEXT NOT NULL,
            event_id TEXT NOT NULL,
            lead_id TEXT NOT NULL DEFAULT '',
            channel TEXT NOT NULL,
            language TEXT NOT NULL,
            link TEXT NOT NULL,
            recipient_sealed TEXT NOT NULL,
            recipient_hint TEXT NOT NULL,
            consent_given INTEGER NOT NULL CHECK (consent_given = 1),
            notice_version TEXT NOT NULL,
            consent_at TEXT NOT NULL,
            consent_language TEXT NOT NULL,
            content_hash TEXT NOT NULL,
            status TEXT NOT NULL DEFAULT 'pending',
            status_reason TEXT NOT NULL DEFAULT '',
            status_at TEXT NOT NULL,
            attempts INTEGER NOT NULL DEFAULT 0,
            delivery TEXT NOT NULL DEFAULT '',
            delivery_reason TEXT NOT NULL DEFAULT '',
            delivery_at TEXT NOT NULL DEFAULT ''
        );
        CREATE INDEX ix_send_requests_status ON send_requests (status, created_at);
        """,
    )
