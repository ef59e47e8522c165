"""Where a stored lead lives: its content in ``leads`` (clear fields, sealed box, keys, content
hash; written once, changed only by a renumbered ticket or a re-sealing) and its place in the
outbox in ``lead_sync`` (status, reason, when, attempts, when acked; changed by every answer
of HQ). One row of each per lead; deleting the lead deletes its state."""

from __future__ import annotations

import sqlite3

from sync.contract.vocabulary import PENDING

# A lead with its state, for reading: ``FROM {WITH_STATE}``. The state's key is ``lead_id``,
# so ``id`` and the state's columns stay unambiguous in conditions.
WITH_STATE = "leads JOIN lead_sync ON lead_sync.lead_id = leads.id"
STATE_COLUMNS = ("status", "status_reason", "status_at", "attempts", "acked_at")


def add_state(conn: sqlite3.Connection, lead_id: str, at: str) -> None:
    """A new lead's state (pending since ``at``), in the caller's transaction."""
    conn.execute(
        "INSERT INTO lead_sync (lead_id, status, status_at) VALUES (?, ?, ?)",
        (lead_id, PENDING, at),
    )
