"""Retention purge and erasure on request.

Purge: a lead goes once its retention is over — the earlier of the date fixed when it was
saved (the event's ``privacy.retention_months`` then) and the current profile's limit. Every
state is purged except ``sending`` (a request is in flight; the next purge takes it): keeping a
never-delivered lead past the period the visitor was promised would break that promise.

Erasure by phone number: phones are sealed, so finding a visitor's leads needs the staff key
(the PIN). A keyed hash of the phone would make lookups faster, but its key would have to sit
unprotected on the kiosk (the visitor screen saves leads without the PIN), letting a thief
test whether a given number visited the stand. Opening 100,000 leads takes seconds: fine for a
rare request. Erased ids are recorded (no personal data) so HQ can erase its copy too, with
the number sealed to HQ's public key (unreadable on the stand, deleted once HQ confirmed) so
HQ erases the person's leads whatever stand or enrollment sent them.

Deleted rows are overwritten (``secure_delete``) and the WAL is truncated afterwards, so the
sealed bytes do not linger in free pages either.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import timedelta

import nacl.public

from kiosk.core import desk_cards, send_requests, settings
from kiosk.core.config import EventProfile
from kiosk.core.db import KioskDB, translated_errors
from kiosk.core.lead_tables import WITH_STATE
from kiosk.core.lead_validation import normalise_phone
from sync.contract.clock import SYSTEM_CLOCK, Clock, utc_iso
from sync.contract.errors import ValidationError
from sync.contract.sealing import KeyOpener, open_stored, public_key_from, seal_text
from sync.contract.vocabulary import PENDING, QUARANTINED, SENDING

DAYS_PER_MONTH = 30.44  # average: a purge a day late or early is immaterial
_DUE = f"status != '{SENDING}' AND (retain_until <= ? OR created_at <= ?)"
_DUE_IDS = f"SELECT id FROM {WITH_STATE} WHERE {_DUE}"  # noqa: S608


@dataclass(frozen=True)
class PurgeReport:
    """What a purge removes (or, with ``dry_run``, would remove)."""

    leads: int
    by_status: dict[str, int] = field(default_factory=dict)
    oldest: str | None = None
    newest: str | None = None
    tickets: int = 0
    dry_run: bool = True

    @property
    def never_delivered(self) -> int:
        return self.by_status.get(PENDING, 0) + self.by_status.get(QUARANTINED, 0)


def _cutoffs(event: EventProfile, clock: Clock) -> tuple[str, str]:
    now = clock.now()
    limit = now - timedelta(days=event.privacy.retention_months * DAYS_PER_MONTH)
    return utc_iso(now), utc_iso(limit)


def preview_purge(db: KioskDB, *, event: EventProfile, clock: Clock = SYSTEM_CLOCK) -> PurgeReport:
    return purge(db, event=event, clock=clock, dry_run=True)


def purge(
    db: KioskDB, *, event: EventProfile, clock: Clock = SYSTEM_CLOCK, dry_run: bool = False
) -> PurgeReport:
    """Delete leads past retention (and their tickets); ``dry_run`` only reports."""
    now, limit = _cutoffs(event, clock)
    with db.transaction() as conn:
        rows = conn.execute(
            f"SELECT status, count(*), min(created_at), max(created_at) FROM {WITH_STATE} "  # noqa: S608
            f"WHERE {_DUE} GROUP BY status",
            (now, limit),
        ).fetchall()
        by_status = {r[0]: r[1] for r in rows}
        tickets = conn.execute(
            f"SELECT count(*) FROM desk_tickets WHERE issued_at <= ? OR lead_id IN "  # noqa: S608
            f"({_DUE_IDS})",
            (limit, now, limit),
        ).fetchone()[0]
        if not dry_run and (by_status or tickets):
            _secure_delete(db, True)
            conn.execute(
                f"DELETE FROM desk_tickets WHERE issued_at <= ? OR lead_id IN "  # noqa: S608
                f"({_DUE_IDS})",
                (limit, now, limit),
            )
            conn.execute(f"DELETE FROM leads WHERE id IN ({_DUE_IDS})", (now, limit))  # noqa: S608
        if not dry_run:
            send_requests.purge_settled_in(conn, clock)
    if not dry_run and by_status:
        truncate_wal(db)
    return PurgeReport(
        leads=sum(by_status.values()),
        by_status=by_status,
        oldest=min((r[2] for r in rows), default=None),
        newest=max((r[3] for r in rows), default=None),
        tickets=tickets,
        dry_run=dry_run,
    )


def _wanted_phone(phone: str, region: str) -> str:
    wanted = normalise_phone(phone, region)
    if wanted is None:
        raise ValidationError(
            "not a valid phone number (add the country code, e.g. +33…)",
            problems=[("phone", "lead.error.phone_invalid")],
        )
    return wanted


def find_by_phone(
    db: KioskDB, private_key: nacl.public.PrivateKey, phone: str, *, region: str = "MA"
) -> list[str]:
    """Ids of every lead whose phone is ``phone`` (any way of typing it)."""
    wanted = _wanted_phone(phone, region)
    found: list[str] = []
    opener = KeyOpener(private_key)
    cursor = db.conn.execute("SELECT id, pii_box, key_for_staff FROM leads ORDER BY id")
    while rows := cursor.fetchmany(1000):
        for row in rows:
            if open_stored(row["pii_box"], row["key_for_staff"], opener)["phone"] == wanted:
                found.append(row["id"])
    return found


@dataclass(frozen=True)
class ErasurePreview:
    """What erasing a number would remove on this stand (shown before the confirmation)."""

    phone: str  # E.164, as understood
    lead_ids: list[str]
    events: list[str]
    first: str | None
    last: str | None
    tickets: int


def preview_erasure(
    db: KioskDB, private_key: nacl.public.PrivateKey, phone: str, *, region: str = "MA"
) -> ErasurePreview:
    wanted = _wanted_phone(phone, region)
    ids = find_by_phone(db, private_key, wanted, region=region)
    marks = ",".join("?" * len(ids))
    rows = db.query(
        f"SELECT event_id, created_at FROM leads WHERE id IN ({marks})",  # noqa: S608
        tuple(ids),
    )
    tickets = db.scalar(
        f"SELECT count(*) FROM desk_tickets WHERE lead_id IN ({marks})",  # noqa: S608
        tuple(ids),
    )
    days = [str(r["created_at"]) for r in rows]
    return ErasurePreview(
        phone=wanted,
        lead_ids=ids,
        events=sorted({str(r["event_id"]) for r in rows}),
        first=min(days, default=None),
        last=max(days, default=None),
        tickets=int(tickets or 0),
    )


def erase_by_phone(
    db: KioskDB,
    private_key: nacl.public.PrivateKey,
    phone: str,
    *,
    region: str = "MA",
    clock: Clock = SYSTEM_CLOCK,
) -> list[str]:
    """Erase every lead of this phone number, whatever its state; returns the erased ids.

    HQ is told the ids and, sealed to its key, the number itself: it erases the person's
    leads from every stand, those sent before a re-enrollment included."""
    wanted = _wanted_phone(phone, region)
    ids = find_by_phone(db, private_key, wanted, region=region)
    now = utc_iso(clock.now())
    hq_key = settings.get(db, settings.HQ_PUBLIC_KEY)
    with db.transaction() as conn:
        _secure_delete(db, True)
        for lead_id in ids:
            status = conn.execute(
                "SELECT status FROM lead_sync WHERE lead_id = ?", (lead_id,)
            ).fetchone()
            conn.execute(
                "INSERT OR REPLACE INTO lead_erasures (lead_id, erased_at, status_at_erasure) "
                "VALUES (?, ?, ?)",
                (lead_id, now, status[0] if status else "unknown"),
            )
        delete_leads(conn, ids)
        if hq_key:
            conn.execute(
                "INSERT INTO erasure_phones (sealed_for_hq, erased_at) VALUES (?, ?)",
                (seal_text(wanted, public_key_from(hq_key)), now),
            )
    truncate_wal(db)
    return ids


def delete_leads(conn: sqlite3.Connection, ids: list[str]) -> int:
    """Delete leads and their desk tickets inside the caller's transaction (secure_delete on)."""
    conn.execute("PRAGMA secure_delete=ON")
    gone = 0
    for lead_id in ids:
        conn.execute("DELETE FROM desk_tickets WHERE lead_id = ?", (lead_id,))
        conn.execute("DELETE FROM send_requests WHERE lead_id = ?", (lead_id,))
        desk_cards.forget_in(conn, lead_id)
        gone += conn.execute("DELETE FROM leads WHERE id = ?", (lead_id,)).rowcount
    return gone


def apply_hq_erasures(db: KioskDB, ids: list[str]) -> int:
    """Leads HQ erased (at a visitor's request or its retention): deleted here too."""
    if not ids:
        return 0
    with db.transaction() as conn:
        gone = delete_leads(conn, ids)
    if gone:
        truncate_wal(db)
    return gone


def pending_erasures(db: KioskDB) -> list[str]:
    """Erased lead ids HQ has not confirmed yet (for the sync client to forward)."""
    rows = db.query("SELECT lead_id FROM lead_erasures WHERE forwarded_at IS NULL ORDER BY 1")
    return [r["lead_id"] for r in rows]


def pending_erased_phones(db: KioskDB) -> list[tuple[int, str]]:
    """(row id, number sealed for HQ) of erasures HQ has not confirmed yet."""
    rows = db.query("SELECT id, sealed_for_hq FROM erasure_phones ORDER BY id")
    return [(int(r["id"]), str(r["sealed_for_hq"])) for r in rows]


def mark_erasures_forwarded(
    db: KioskDB, ids: list[str], clock: Clock = SYSTEM_CLOCK, phone_rows: Sequence[int] = ()
) -> None:
    with db.transaction() as conn:
        conn.executemany(
            "UPDATE lead_erasures SET forwarded_at = ? WHERE lead_id = ?",
            [(utc_iso(clock.now()), lead_id) for lead_id in ids],
        )
        if phone_rows:
            conn.execute("PRAGMA secure_delete=ON")
            conn.executemany("DELETE FROM erasure_phones WHERE id = ?", [(i,) for i in phone_rows])
    if phone_rows:
        truncate_wal(db)


def _secure_delete(db: KioskDB, on: bool) -> None:
    with translated_errors(db.path):
        db.conn.execute(f"PRAGMA secure_delete={'ON' if on else 'OFF'}")


def truncate_wal(db: KioskDB) -> None:
    """Copy the overwritten pages into the main file and empty the WAL."""
    with translated_errors(db.path):
        db.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
