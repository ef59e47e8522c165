"""Leads (sealed personal data + clear consent proof), the outbox states, desk tickets,
erasure records and the kiosk's key/value settings."""

from __future__ import annotations

import sqlite3

from kiosk.core.migrations import run_script


def migrate(conn: sqlite3.Connection) -> None:
    run_script(
        conn,
        """
        CREATE TABLE kiosk_settings (
            key TEXT PRIMARY KEY,
            value TEXT NOT NULL
        );
        CREATE TABLE leads (
            id TEXT PRIMARY KEY,                 -- UUIDv7, also the HQ idempotency key
            kiosk_id TEXT NOT NULL,
            event_id TEXT NOT NULL,
            created_at TEXT NOT NULL,            -- UTC ISO 8601
            event_day TEXT NOT NULL,             -- local date at the event (YYYY-MM-DD)
            retain_until TEXT NOT NULL,          -- UTC; purged after this
            language TEXT NOT NULL,
            desk TEXT NOT NULL,
            tickets TEXT NOT NULL DEFAULT '{}',  -- JSON desk -> ticket label
            interests TEXT NOT NULL DEFAULT '[]',
            country TEXT NOT NULL DEFAULT '',
            city TEXT NOT NULL DEFAULT '',
            is_mre INTEGER,
            budget_mad INTEGER,
            consent_callback INTEGER NOT NULL CHECK (consent_callback = 1),
            consent_marketing INTEGER NOT NULL CHECK (consent_marketing IN (0, 1)),
            consent_share INTEGER NOT NULL CHECK (consent_share IN (0, 1)),
            notice_version TEXT NOT NULL,
            consent_at TEXT NOT NULL,
            consent_language TEXT NOT NULL,
            pii_box TEXT NOT NULL,               -- base64 SecretBox(K) of the personal fields
            key_for_staff TEXT NOT NULL,         -- base64 SealedBox(staff public key)(K)
            key_for_hq TEXT,                     -- SealedBox(HQ public key)(K); NULL: not enrolled
            content_hash TEXT NOT NULL,
            status TEXT NOT NULL DEFAULT 'pending'
                CHECK (status IN ('pending', 'sending', 'acked', 'quarantined')),
            status_reason TEXT NOT NULL DEFAULT '',
            status_at TEXT NOT NULL,
            attempts INTEGER NOT NULL DEFAULT 0,
            acked_at TEXT
        );
        CREATE INDEX leads_status ON leads(status, id);
        CREATE INDEX leads_retain ON leads(retain_until);
        CREATE INDEX leads_event_day ON leads(event_id, event_day);
        CREATE TABLE desk_tickets (
            id INTEGER PRIMARY KEY,
            event_id TEXT NOT NULL,
            day TEXT NOT NULL,                   -- local date at the event: counters reset daily
            desk TEXT NOT NULL,
            number INTEGER NOT NULL,
            label TEXT NOT NULL,                 -- e.g. A-012
            lead_id TEXT,                        -- NULL for an anonymous visitor
            language TEXT NOT NULL DEFAULT '',
            state TEXT NOT NULL DEFAULT 'waiting' CHECK (state IN ('waiting', 'called', 'done')),
            issued_at TEXT NOT NULL,
            called_at TEXT,
            done_at TEXT,
            UNIQUE (event_id, day, desk, number)
        );
        CREATE INDEX desk_tickets_queue ON desk_tickets(event_id, day, desk, state, number);
        CREATE INDEX desk_tickets_lead ON desk_tickets(lead_id);
        CREATE TABLE lead_erasures (
            lead_id TEXT PRIMARY KEY,            -- no personal data: HQ erases by this id
            erased_at TEXT NOT NULL,
            status_at_erasure TEXT NOT NULL,
            forwarded_at TEXT                    -- set once HQ confirmed the erasure
        );
        """,
    )
