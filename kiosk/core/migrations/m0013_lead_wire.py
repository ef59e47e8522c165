"""Each lead's wire record as the outbox sends it, built and checked once when the lead is
sealed for HQ (``kiosk.core.outbox``): a claim reads it as it is instead of rebuilding it.

Any change to what the record carries (the lead contract's clear fields, the sealed box, its
key for HQ, the content hash: a renumbered ticket, a re-sealing) forgets it, so a record is
never sent stale; a lead without one (saved before this, or changed since) is built again
when claimed."""

from __future__ import annotations

import sqlite3

from kiosk.core.migrations import run_script


def migrate(conn: sqlite3.Connection) -> None:
    run_script(
        conn,
        """
        CREATE TABLE lead_wire (
            lead_id TEXT PRIMARY KEY REFERENCES leads(id) ON DELETE CASCADE,
            record TEXT NOT NULL
        );
        CREATE TRIGGER lead_wire_stale AFTER UPDATE OF
            id, created_at, event_id, kiosk_id, language, desk, tickets, country, city, is_mre,
            budget_mad, interests, horizon, funding, home_owner_ma, units_opened,
            simulation_run, brochure_printed, consent_callback, consent_marketing,
            consent_share, notice_version, consent_at, consent_language,
            pii_box, key_for_hq, content_hash
        ON leads
        BEGIN
            DELETE FROM lead_wire WHERE lead_id = OLD.id;
        END;
        """,
    )
