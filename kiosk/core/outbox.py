"""The lead outbox: pending → sending → acked, or quarantined with a reason.

Only leads sealed for HQ (``key_for_hq`` set) can leave. HQ answers per record: ``stored`` or
``duplicate`` mark a lead acked; ``rejected`` or ``conflict`` quarantine it without blocking
the others. ``erased`` (HQ holds an erasure of this lead or its phone) deletes the lead and its
tickets; otherwise only the retention purge deletes, and only later.
"""

from __future__ import annotations

import json
import logging
import sqlite3
from collections.abc import Mapping
from typing import Any

from pydantic import TypeAdapter

from kiosk.core import retention, settings, staff
from kiosk.core.db import KioskDB
from sync.contract import lead
from sync.contract.clock import SYSTEM_CLOCK, Clock, utc_iso
from sync.contract.sealing import KeyOpener, b64, public_key_from, reseal_key, wire_sealed
from sync.contract.vocabulary import (
    ACK_STATUSES,
    ACKED,
    ERASED,
    PENDING,
    QUARANTINE_STATUSES,
    QUARANTINED,
    SENDING,
    SYNC_STATES,
)
from sync.contract.wire import LeadRecord

log = logging.getLogger(__name__)

WireLead = dict[str, Any]  # matches sync.contract.wire.LeadRecord
STATES = tuple(SYNC_STATES)
_WIRE_BATCH = TypeAdapter(list[LeadRecord])
REASON_MAX = 500


def lead_clear_fields(row: sqlite3.Row | Mapping[str, Any]) -> dict[str, Any]:
    """A stored lead's clear fields under the lead contract's names and types."""
    clear: dict[str, Any] = {name: row[name] for name in lead.CLEAR}
    clear["tickets"] = json.loads(clear["tickets"])
    clear["interests"] = json.loads(clear["interests"])
    for name in lead.BOOLS:
        clear[name] = bool(clear[name])
    for name in lead.OPTIONAL_BOOLS:
        if clear[name] is not None:
            clear[name] = bool(clear[name])
    return clear


def _wire_dict(row: sqlite3.Row | Mapping[str, Any]) -> WireLead:
    return LeadRecord.wire_dict(
        lead_clear_fields(row), wire_sealed(row["key_for_hq"], row["pii_box"]), row["content_hash"]
    )


def to_wire(row: sqlite3.Row | Mapping[str, Any]) -> WireLead:
    """The wire record of a stored lead (ValueError when it breaks the contract's limits)."""
    wire = _wire_dict(row)
    LeadRecord.model_validate(wire)  # checked, then sent as built (no second copy)
    return wire


def _checked_batch(rows: list[dict[str, Any]]) -> list[WireLead] | None:
    """The wire records of these leads checked in one pass, or None when any is refused."""
    try:
        wires = [_wire_dict(row) for row in rows]
        _WIRE_BATCH.validate_python(wires)
    except ValueError:  # pydantic's ValidationError is one; the rows are then taken one by one
        return None
    return wires


class Outbox:
    def __init__(self, db: KioskDB, clock: Clock = SYSTEM_CLOCK) -> None:
        self.db = db
        self.clock = clock

    def claim_batch(self, limit: int = 500) -> list[WireLead]:
        """Oldest pending leads sealed for HQ, moved to ``sending`` in one transaction."""
        return self._claim("status = ?", (PENDING,), limit)

    def claim_quarantined(self, reason_prefix: str, limit: int) -> list[WireLead]:
        """Quarantined leads whose reason starts with ``reason_prefix``, to be tried again."""
        pattern = reason_prefix.replace("%", "").replace("_", "") + "%"
        return self._claim("status = ? AND status_reason LIKE ?", (QUARANTINED, pattern), limit)

    def _claim(self, condition: str, params: tuple[str, ...], limit: int) -> list[WireLead]:
        now = utc_iso(self.clock.now())
        with self.db.transaction() as conn:
            found = conn.execute(
                f"SELECT * FROM leads WHERE {condition} AND key_for_hq IS NOT NULL "  # noqa: S608
                "ORDER BY id LIMIT ?",
                (*params, limit),
            )
            names = [column[0] for column in found.description]
            # plain dicts: a sqlite3.Row looks a name up by scanning its columns
            rows = [dict(zip(names, values, strict=True)) for values in found.fetchall()]
            batch = _checked_batch(rows) or []
            for row in rows if not batch else ():
                try:
                    batch.append(to_wire(row))
                except ValueError as exc:  # pydantic's ValidationError is a ValueError
                    log.warning("lead %s cannot be sent as stored: %s", row["id"], exc)
                    conn.execute(
                        "UPDATE leads SET status = ?, status_reason = ?, status_at = ? "
                        "WHERE id = ?",
                        (QUARANTINED, f"rejected: stand: {exc}"[:REASON_MAX], now, row["id"]),
                    )
            conn.executemany(
                "UPDATE leads SET status = ?, status_at = ?, attempts = attempts + 1 WHERE id = ?",
                [(SENDING, now, wire["id"]) for wire in batch],
            )
        return batch

    def apply_results(self, results: dict[str, tuple[str, str]]) -> None:
        """Record HQ's answer per lead id: (status, reason). Unknown answers go back to pending."""
        now = utc_iso(self.clock.now())
        erased = [lead_id for lead_id, (status, _) in results.items() if status == ERASED]
        acked, quarantined, unknown = [], [], []
        for lead_id, (status, reason) in results.items():
            if status == ERASED:
                log.info("lead %s was erased at HQ; deleted here too", lead_id)
            elif status in ACK_STATUSES:
                acked.append((ACKED, status, now, now, lead_id, ACKED))
            elif status in QUARANTINE_STATUSES:
                quarantined.append(
                    (QUARANTINED, f"{status}: {reason}"[:REASON_MAX], now, lead_id, ACKED)
                )
            else:
                log.warning("HQ answered %r for lead %s; will retry", status, lead_id)
                unknown.append((PENDING, now, lead_id, SENDING))
        with self.db.transaction() as conn:
            retention.delete_leads(conn, erased)
            conn.executemany(
                "UPDATE leads SET status = ?, status_reason = ?, status_at = ?, "
                "acked_at = ? WHERE id = ? AND status != ?",
                acked,
            )
            conn.executemany(
                "UPDATE leads SET status = ?, status_reason = ?, status_at = ? "
                "WHERE id = ? AND status != ?",
                quarantined,
            )
            conn.executemany(
                "UPDATE leads SET status = ?, status_at = ? WHERE id = ? AND status = ?", unknown
            )
        if erased:
            retention.truncate_wal(self.db)

    def apply_outcomes(self, outcomes: dict[str, tuple[str, str]]) -> int:
        """HQ's late word on leads it acknowledged (it found them unopenable, in conflict or
        erased on opening): quarantined (acked or not) or deleted. How many were quarantined."""
        now = utc_iso(self.clock.now())
        erased = [lead_id for lead_id, (status, _) in outcomes.items() if status == ERASED]
        moved = [
            (QUARANTINED, f"{status}: {reason}"[:REASON_MAX], now, lead_id)
            for lead_id, (status, reason) in outcomes.items()
            if status in QUARANTINE_STATUSES
        ]
        with self.db.transaction() as conn:
            retention.delete_leads(conn, erased)
            before = conn.total_changes
            conn.executemany(
                "UPDATE leads SET status = ?, status_reason = ?, status_at = ? WHERE id = ?",
                moved,
            )
            count = conn.total_changes - before
        if erased:
            retention.truncate_wal(self.db)
        for lead_id, (status, reason) in outcomes.items():
            log.warning("lead %s: HQ answered %s after opening it %s", lead_id, status, reason)
        return count

    def release_sending(self) -> int:
        """Leads left in ``sending`` (failed request, crash) go back to pending."""
        with self.db.transaction() as conn:
            return conn.execute(
                "UPDATE leads SET status = ?, status_at = ? WHERE status = ?",
                (PENDING, utc_iso(self.clock.now()), SENDING),
            ).rowcount

    def counts(self) -> dict[str, int]:
        found = dict.fromkeys(STATES, 0)
        for row in self.db.query("SELECT status, count(*) AS n FROM leads GROUP BY status"):
            found[row["status"]] = row["n"]
        return found

    def waiting_for_enrollment(self) -> int:
        """Pending leads not yet sealed for HQ (the kiosk is not enrolled, or was just)."""
        return int(
            self.db.scalar(
                "SELECT count(*) FROM leads WHERE status = ? AND key_for_hq IS NULL", (PENDING,)
            )
        )

    def quarantined(self) -> list[dict[str, Any]]:
        rows = self.db.query(
            "SELECT id, created_at, event_id, desk, status_reason, status_at, attempts "
            "FROM leads WHERE status = ? ORDER BY id",
            (QUARANTINED,),
        )
        return [dict(row) for row in rows]

    def retry_quarantined(self, ids: list[str] | None = None) -> int:
        """Send quarantined leads again (all, or the ``ids`` given) after a fix at HQ."""
        now = utc_iso(self.clock.now())
        with self.db.transaction() as conn:
            if ids is None:
                return conn.execute(
                    "UPDATE leads SET status = ?, status_at = ? WHERE status = ?",
                    (PENDING, now, QUARANTINED),
                ).rowcount
            return sum(
                conn.execute(
                    "UPDATE leads SET status = ?, status_at = ? WHERE status = ? AND id = ?",
                    (PENDING, now, QUARANTINED, lead_id),
                ).rowcount
                for lead_id in ids
            )


def reseal_for_hq(
    db: KioskDB, pin: str, hq_public_key: bytes | str, clock: Clock = SYSTEM_CLOCK
) -> int:
    """After enrollment: remember the HQ key and seal every not-yet-acked lead to it.

    Needs the staff PIN (the lead keys are opened with the staff private key). If HQ's key
    changed, leads sealed to the old one are re-sealed too. Returns how many were sealed.
    """
    recipient = public_key_from(hq_public_key)
    new_value = b64(bytes(recipient))
    opener = KeyOpener(staff.unlock_staff_key(db, pin, clock))
    key_changed = settings.get(db, settings.HQ_PUBLIC_KEY) not in (None, new_value)
    condition = "status IN (?, ?)"
    if not key_changed:
        condition += " AND key_for_hq IS NULL"
    count = 0
    with db.transaction() as conn:
        settings.put(db, settings.HQ_PUBLIC_KEY, new_value)
        rows = conn.execute(
            f"SELECT id, key_for_staff FROM leads WHERE {condition}",  # noqa: S608
            (PENDING, QUARANTINED),
        ).fetchall()
        for row in rows:
            sealed = reseal_key(row["key_for_staff"], opener, recipient)
            conn.execute("UPDATE leads SET key_for_hq = ? WHERE id = ?", (sealed, row["id"]))
            count += 1
    return count
