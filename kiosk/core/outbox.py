"""The lead outbox: pending → acked, or quarantined with a reason.

Only leads sealed for HQ (``key_for_hq`` set) can leave. HQ answers per record: ``stored`` (it
holds the lead durably) or ``duplicate`` mark a lead acked; ``rejected`` or ``conflict``
quarantine it without blocking the others — now, or later as an outcome once HQ has looked
inside (:meth:`Outbox.apply_outcomes`). ``erased`` (HQ holds an erasure of this lead or its
phone) deletes the lead and its tickets; otherwise only the retention purge deletes, and only
later.

A lead sealed for HQ keeps its wire record (``lead_wire``), built and checked once when it is
saved: a claim sends it as kept (a trigger forgets it when anything it carries changes, and
the claim builds it again).
"""

from __future__ import annotations

import json
import logging
import sqlite3
from collections.abc import Mapping
from typing import Any, NamedTuple

from pydantic import TypeAdapter

from kiosk.core import retention, settings, staff
from kiosk.core.db import KioskDB
from kiosk.core.lead_tables import WITH_STATE
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


def _wire_text(wire: WireLead) -> str:
    return json.dumps(wire, ensure_ascii=False, separators=(",", ":"))


def keep_wire(conn: sqlite3.Connection, row: Mapping[str, Any]) -> None:
    """Keep a stored lead's wire record beside it once it is sealed for HQ, built and checked
    once: a claim sends it as kept. A lead that breaks the contract's limits keeps none (its
    claim finds out and quarantines it, as for a lead saved before the record was kept)."""
    if row["key_for_hq"] is None:
        return
    try:
        text = _wire_text(to_wire(row))
    except ValueError:
        return
    _keep(conn, row["id"], text)


def _keep(conn: sqlite3.Connection, lead_id: str, record: str) -> None:
    conn.execute(
        "INSERT OR REPLACE INTO lead_wire (lead_id, record) VALUES (?, ?)", (lead_id, record)
    )


def _checked_batch(rows: list[dict[str, Any]]) -> list[WireLead] | None:
    """The wire records of these leads checked in one pass, or None when any is refused."""
    try:
        wires = [_wire_dict(row) for row in rows]
        _WIRE_BATCH.validate_python(wires)
    except ValueError:  # pydantic's ValidationError is one; the rows are then taken one by one
        return None
    return wires


# set-based: a batch's lead ids bound as one JSON list (one statement, not one per lead)
_MARK_ACKED = (
    "UPDATE lead_sync SET status = ?, status_reason = ?, status_at = ?, acked_at = ?, "
    "attempts = attempts + 1 WHERE lead_id IN (SELECT value FROM json_each(?)) AND status != ?"
)
# A claim reads its batch as one row: the ids, and the kept records each ended by a record
# separator (which JSON text never holds raw) — one step for SQLite instead of one per lead.
# Pending leads are found through their state's (status, lead id) index, after the last id
# claimed.
_SEPARATOR = "\x1e"
_CLAIM = (
    "SELECT group_concat(lead_id, ','), group_concat(coalesce(record, ''), char(30)) FROM ("
    "SELECT s.lead_id, w.record FROM lead_sync s LEFT JOIN lead_wire w USING (lead_id) "
    "WHERE {condition} ORDER BY s.lead_id LIMIT ?)"
)
_PENDING_AFTER = "s.status = ? AND s.lead_id > ?"


class OutLead(NamedTuple):
    """A claimed lead: its id and its wire record as sent (JSON text)."""

    id: str
    record: str


class Outbox:
    """Leads waiting for HQ, read in id order and settled by HQ's answers. A claim only
    reads: a push goes through the outbox once, after the last id it claimed (a lead saved
    meanwhile has a later id), and a lead stays pending until HQ's answer is recorded — a
    push cut short sends it again, and HQ finds it a duplicate."""

    def __init__(self, db: KioskDB, clock: Clock = SYSTEM_CLOCK) -> None:
        self.db = db
        self.clock = clock

    def claim_batch(self, limit: int = 500, after: str = "") -> list[WireLead]:
        """The next pending leads sealed for HQ, as wire records (dicts)."""
        return [json.loads(lead.record) for lead in self.claim(limit, after)]

    def claim(self, limit: int = 500, after: str = "") -> list[OutLead]:
        """Up to ``limit`` pending leads sealed for HQ, in id order after lead id ``after``,
        each with its wire record as the JSON text to send."""
        with self.db.transaction() as conn:
            return self._claim(conn, _PENDING_AFTER, (PENDING,), limit, after)

    def settle_and_claim(
        self, results: dict[str, tuple[str, str]], limit: int, after: str
    ) -> list[OutLead]:
        """HQ's answers to a batch recorded (:meth:`apply_results`) and the next batch after
        lead id ``after`` claimed, in one commit."""
        with self.db.transaction() as conn:
            erased = self._apply(conn, results)
            claimed = self._claim(conn, _PENDING_AFTER, (PENDING,), limit, after)
        if erased:
            retention.truncate_wal(self.db)
        return claimed

    def claim_quarantined(self, reason_prefix: str, limit: int) -> list[OutLead]:
        """Quarantined leads whose reason starts with ``reason_prefix``, to be tried again."""
        pattern = reason_prefix.replace("%", "").replace("_", "") + "%"
        with self.db.transaction() as conn:
            condition = "s.status = ? AND s.status_reason LIKE ? AND s.lead_id > ?"
            return self._claim(conn, condition, (QUARANTINED, pattern), limit, "")

    def _claim(
        self,
        conn: sqlite3.Connection,
        condition: str,
        params: tuple[str, ...],
        limit: int,
        after: str,
    ) -> list[OutLead]:
        """The next leads matching ``condition`` after ``after`` that can be sent: those
        whose record is not kept yet are built now (one not sealed for HQ is passed over,
        one breaking the contract quarantined)."""
        statement = _CLAIM.format(condition=condition)
        while True:
            ids, records = conn.execute(statement, (*params, after, limit)).fetchone()
            if ids is None:
                return []
            found = list(zip(ids.split(","), records.split(_SEPARATOR), strict=True))
            missing = [lead_id for lead_id, record in found if not record]
            built = self._build(conn, missing) if missing else {}
            batch = [
                OutLead(lead_id, record or built[lead_id])
                for lead_id, record in found
                if record or lead_id in built
            ]
            if batch or len(found) < limit:
                return batch
            after = found[-1][0]  # a whole window not sealed yet: look further

    def _build(self, conn: sqlite3.Connection, ids: list[str]) -> dict[str, str]:
        """Wire records of leads that keep none, built now and kept; a lead not sealed for
        HQ yet is passed over, one that breaks the contract's limits is quarantined."""
        now = utc_iso(self.clock.now())
        found = conn.execute(
            "SELECT * FROM leads WHERE id IN (SELECT value FROM json_each(?)) "
            "AND key_for_hq IS NOT NULL ORDER BY id",
            (json.dumps(ids),),
        )
        names = [column[0] for column in found.description]
        # plain dicts: a sqlite3.Row looks a name up by scanning its columns
        rows = [dict(zip(names, values, strict=True)) for values in found.fetchall()]
        checked_all = _checked_batch(rows)
        wires: list[WireLead | None] = list(checked_all) if checked_all else [None] * len(rows)
        built: dict[str, str] = {}
        for row, checked in zip(rows, wires, strict=True):
            try:
                text = _wire_text(checked if checked is not None else to_wire(row))
            except ValueError as exc:  # pydantic's ValidationError is a ValueError
                log.warning("lead %s cannot be sent as stored: %s", row["id"], exc)
                conn.execute(
                    "UPDATE lead_sync SET status = ?, status_reason = ?, status_at = ? "
                    "WHERE lead_id = ?",
                    (QUARANTINED, f"rejected: stand: {exc}"[:REASON_MAX], now, row["id"]),
                )
                continue
            _keep(conn, row["id"], text)
            built[row["id"]] = text
        return built

    def apply_results(self, results: dict[str, tuple[str, str]]) -> None:
        """Record HQ's answer per lead id: (status, reason). Unknown answers go back to pending."""
        with self.db.transaction() as conn:
            erased = self._apply(conn, results)
        if erased:
            retention.truncate_wal(self.db)

    def _apply(self, conn: sqlite3.Connection, results: dict[str, tuple[str, str]]) -> bool:
        """:meth:`apply_results` inside the caller's transaction; whether any lead was erased."""
        now = utc_iso(self.clock.now())
        erased = [lead_id for lead_id, (status, _) in results.items() if status == ERASED]
        acked: dict[str, list[str]] = {}
        quarantined, unknown = [], []
        for lead_id, (status, reason) in results.items():
            if status == ERASED:
                log.info("lead %s was erased at HQ; deleted here too", lead_id)
            elif status in ACK_STATUSES:
                acked.setdefault(status, []).append(lead_id)
            elif status in QUARANTINE_STATUSES:
                quarantined.append(
                    (QUARANTINED, f"{status}: {reason}"[:REASON_MAX], now, lead_id, ACKED)
                )
            else:
                log.warning("HQ answered %r for lead %s; will retry", status, lead_id)
                unknown.append((PENDING, now, lead_id, ACKED))
        retention.delete_leads(conn, erased)
        for status, ids in acked.items():  # one statement per answer (stored, duplicate)
            conn.execute(_MARK_ACKED, (ACKED, status, now, now, json.dumps(ids), ACKED))
        conn.executemany(
            "UPDATE lead_sync SET status = ?, status_reason = ?, status_at = ?, "
            "attempts = attempts + 1 WHERE lead_id = ? AND status != ?",
            quarantined,
        )
        conn.executemany(  # tried, and still to send
            "UPDATE lead_sync SET status = ?, status_at = ?, attempts = attempts + 1 "
            "WHERE lead_id = ? AND status != ?",
            unknown,
        )
        return bool(erased)

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
                "UPDATE lead_sync SET status = ?, status_reason = ?, status_at = ? "
                "WHERE lead_id = ?",
                moved,
            )
            count = conn.total_changes - before
        if erased:
            retention.truncate_wal(self.db)
        for lead_id, (status, reason) in outcomes.items():
            log.warning("lead %s: HQ answered %s after opening it %s", lead_id, status, reason)
        return count

    def release_sending(self) -> int:
        """Leads an earlier version left in ``sending`` (failed request, crash) go back to
        pending (a claim now only reads)."""
        with self.db.transaction() as conn:
            return conn.execute(
                "UPDATE lead_sync SET status = ?, status_at = ? WHERE status = ?",
                (PENDING, utc_iso(self.clock.now()), SENDING),
            ).rowcount

    def counts(self) -> dict[str, int]:
        found = dict.fromkeys(STATES, 0)
        for row in self.db.query("SELECT status, count(*) AS n FROM lead_sync GROUP BY status"):
            found[row["status"]] = row["n"]
        return found

    def waiting_for_enrollment(self) -> int:
        """Pending leads not yet sealed for HQ (the kiosk is not enrolled, or was just)."""
        return int(
            self.db.scalar(
                f"SELECT count(*) FROM {WITH_STATE} WHERE status = ? AND key_for_hq IS NULL",  # noqa: S608
                (PENDING,),
            )
        )

    def quarantined(self) -> list[dict[str, Any]]:
        rows = self.db.query(
            "SELECT id, created_at, event_id, desk, status_reason, status_at, attempts "  # noqa: S608
            f"FROM {WITH_STATE} WHERE status = ? ORDER BY id",
            (QUARANTINED,),
        )
        return [dict(row) for row in rows]

    def retry_quarantined(self, ids: list[str] | None = None) -> int:
        """Send quarantined leads again (all, or the ``ids`` given) after a fix at HQ."""
        now = utc_iso(self.clock.now())
        with self.db.transaction() as conn:
            if ids is None:
                return conn.execute(
                    "UPDATE lead_sync SET status = ?, status_at = ? WHERE status = ?",
                    (PENDING, now, QUARANTINED),
                ).rowcount
            return sum(
                conn.execute(
                    "UPDATE lead_sync SET status = ?, status_at = ? WHERE status = ? "
                    "AND lead_id = ?",
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
            f"SELECT id, key_for_staff FROM {WITH_STATE} WHERE {condition}",  # noqa: S608
            (PENDING, QUARANTINED),
        ).fetchall()
        for row in rows:
            sealed = reseal_key(row["key_for_staff"], opener, recipient)
            conn.execute("UPDATE leads SET key_for_hq = ? WHERE id = ?", (sealed, row["id"]))
            count += 1
    return count
