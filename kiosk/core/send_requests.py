"""'Send me my selection' on the stand: the visitor's request to receive their take-away link
once, by e-mail, WhatsApp or SMS, with a consent of its own.

A request is written once, in one transaction, with its consent proof (the notice version
that names this purpose) and the address sealed for HQ: the stand keeps only a masked hint
for its staff console. It then travels like a lead — ``pending`` → ``sending`` → ``acked``,
or ``quarantined`` with HQ's reason — and HQ's delivery report (queued, sent, failed and why)
comes back on later syncs.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import timedelta
from typing import Any

import uuid6

from kiosk.core import settings
from kiosk.core.config import EventProfile
from kiosk.core.db import KioskDB
from sync.contract.clock import SYSTEM_CLOCK, Clock, utc_iso
from sync.contract.errors import ValidationError
from sync.contract.lead import normalise_email, normalise_phone
from sync.contract.sealing import public_key_from, seal_text
from sync.contract.textclean import clean_text
from sync.contract.vocabulary import (
    ACK_STATUSES,
    ACKED,
    DELIVERY_FAILED,
    DELIVERY_QUEUED,
    DELIVERY_SENT,
    LANGUAGES,
    PENDING,
    QUARANTINE_STATUSES,
    QUARANTINED,
    SEND_CHANNELS,
    SENDING,
)
from sync.contract.wire import SendRecord, SendStatus, send_content_hash

REASON_MAX = 300
FOLLOW_DAYS = 14  # how long the stand keeps asking HQ how a sending went
KEEP_SETTLED_DAYS = 30  # a settled request is kept this long for the staff console, then purged


@dataclass(frozen=True)
class SendInput:
    channel: str  # one of vocabulary.SEND_CHANNELS
    recipient: str  # an e-mail address, or a phone number for WhatsApp and SMS
    language: str
    link: str  # the signed take-away link (kiosk.core.takeaway.build_link)
    consent: bool  # the visitor ticked the box for this one sending
    phone_country: str = "MA"  # the region of a number typed without +country
    lead_id: str = ""  # the lead it follows, when sent from the thank-you screen


def normalised_recipient(channel: str, text: str, region: str = "MA") -> str | None:
    """The address in the form HQ sends to (an e-mail, or an E.164 number), or None."""
    if channel == "email":
        return normalise_email(text)
    if channel in SEND_CHANNELS:
        return normalise_phone(text, region)
    return None


def masked(recipient: str) -> str:
    """What the staff console shows of an address: enough to recognise it, not to use it."""
    if "@" in recipient:
        local, domain = recipient.split("@", 1)
        return f"{local[:1]}•••@{domain}"
    return f"{recipient[:4]}••••{recipient[-2:]}"


def _checked(inp: SendInput) -> tuple[str, str]:
    """(recipient, language) or ValidationError with (field, message key) problems."""
    problems: list[tuple[str, str]] = []
    if inp.channel not in SEND_CHANNELS:
        problems.append(("channel", "send.error.channel"))
    recipient = normalised_recipient(inp.channel, inp.recipient, clean_text(inp.phone_country))
    if recipient is None:
        field = "email" if inp.channel == "email" else "phone"
        problems.append((field, f"lead.error.{field}"))
    if inp.consent is not True:
        problems.append(("consent", "send.error.consent"))
    if not inp.link:
        problems.append(("link", "send.error.link"))
    language = inp.language if inp.language in LANGUAGES else "fr"
    if problems:
        fields = ", ".join(name for name, _ in problems)
        raise ValidationError(f"cannot send the selection: {fields}", problems=problems)
    assert recipient is not None
    return recipient, language


def save_request(
    db: KioskDB, inp: SendInput, *, event: EventProfile, clock: Clock = SYSTEM_CLOCK
) -> str:
    """Check, seal and store one request; its id. Nothing is written without the consent,
    and nothing can be sealed before enrollment (HQ's key): ValidationError then."""
    recipient, language = _checked(inp)
    hq_key = settings.get(db, settings.HQ_PUBLIC_KEY)
    if not hq_key:
        raise ValidationError(
            "the stand is not enrolled: nothing can be sealed for HQ",
            problems=[("link", "send.error.link")],
        )
    now = utc_iso(clock.now())
    fields: dict[str, Any] = {
        "id": str(uuid6.uuid7()),
        "event_id": event.event.id,
        "created_at": now,
        "lead_id": inp.lead_id,
        "channel": inp.channel,
        "language": language,
        "link": inp.link,
        "recipient": seal_text(recipient, public_key_from(hq_key)),
        "consent": {
            "given": True,
            "notice_version": event.event.notice_version,
            "timestamp": now,
            "language": language,
        },
    }
    fields["content_hash"] = send_content_hash(fields)
    record = SendRecord.model_validate(fields)  # the contract's limits, before anything is kept
    with db.transaction() as conn:
        conn.execute(
            "INSERT INTO send_requests (id, created_at, event_id, lead_id, channel, language, "
            "link, recipient_sealed, recipient_hint, consent_given, notice_version, consent_at, "
            "consent_language, content_hash, status, status_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?, ?, ?, ?, ?)",
            (
                record.id,
                now,
                record.event_id,
                record.lead_id,
                record.channel,
                language,
                record.link,
                record.recipient,
                masked(recipient),
                record.consent.notice_version,
                now,
                language,
                record.content_hash,
                PENDING,
                now,
            ),
        )
    return record.id


def _wire(row: sqlite3.Row) -> dict[str, Any]:
    return {
        "id": row["id"],
        "event_id": row["event_id"],
        "created_at": row["created_at"],
        "lead_id": row["lead_id"],
        "channel": row["channel"],
        "language": row["language"],
        "link": row["link"],
        "recipient": row["recipient_sealed"],
        "consent": {
            "given": bool(row["consent_given"]),
            "notice_version": row["notice_version"],
            "timestamp": row["consent_at"],
            "language": row["consent_language"],
        },
        "content_hash": row["content_hash"],
    }


class SendOutbox:
    """The requests' way to HQ and HQ's delivery reports back (one thread's connection)."""

    def __init__(self, db: KioskDB, clock: Clock = SYSTEM_CLOCK) -> None:
        self.db = db
        self.clock = clock

    def claim_batch(self, limit: int) -> list[dict[str, Any]]:
        """Oldest pending requests as wire records, moved to ``sending``."""
        now = utc_iso(self.clock.now())
        with self.db.transaction() as conn:
            rows = conn.execute(
                "SELECT * FROM send_requests WHERE status = ? ORDER BY created_at, id LIMIT ?",
                (PENDING, limit),
            ).fetchall()
            conn.executemany(
                "UPDATE send_requests SET status = ?, status_at = ?, attempts = attempts + 1 "
                "WHERE id = ?",
                [(SENDING, now, row["id"]) for row in rows],
            )
        return [_wire(row) for row in rows]

    def release_sending(self) -> int:
        with self.db.transaction() as conn:
            return conn.execute(
                "UPDATE send_requests SET status = ?, status_at = ? WHERE status = ?",
                (PENDING, utc_iso(self.clock.now()), SENDING),
            ).rowcount

    def apply_results(self, results: dict[str, tuple[str, str]]) -> None:
        """HQ's answer per request: acked, quarantined with the reason, or pending again."""
        now = utc_iso(self.clock.now())
        with self.db.transaction() as conn:
            for send_id, (status, reason) in results.items():
                if status in ACK_STATUSES:
                    state, why = ACKED, status
                elif status in QUARANTINE_STATUSES:
                    state, why = QUARANTINED, f"{status}: {reason}"[:REASON_MAX]
                else:
                    state, why = PENDING, ""
                conn.execute(
                    "UPDATE send_requests SET status = ?, status_reason = ?, status_at = ? "
                    "WHERE id = ? AND status = ?",
                    (state, why, now, send_id, SENDING),
                )

    def awaiting_delivery(self, limit: int) -> list[str]:
        """Requests HQ holds whose outcome the stand does not know yet (recent ones only)."""
        since = utc_iso(self.clock.now() - timedelta(days=FOLLOW_DAYS))
        rows = self.db.query(
            "SELECT id FROM send_requests WHERE status = ? AND delivery IN ('', ?) "
            "AND created_at >= ? ORDER BY created_at LIMIT ?",
            (ACKED, DELIVERY_QUEUED, since, limit),
        )
        return [str(row["id"]) for row in rows]

    def apply_deliveries(self, statuses: list[SendStatus]) -> int:
        """HQ's delivery reports; how many changed."""
        changed = 0
        with self.db.transaction() as conn:
            for status in statuses:
                changed += conn.execute(
                    "UPDATE send_requests SET delivery = ?, delivery_reason = ?, delivery_at = ? "
                    "WHERE id = ? AND (delivery != ? OR delivery_reason != ?)",
                    (
                        status.delivery,
                        status.reason[:REASON_MAX],
                        status.at,
                        status.id,
                        status.delivery,
                        status.reason[:REASON_MAX],
                    ),
                ).rowcount
        return changed

    def recent(self, limit: int = 50) -> list[dict[str, Any]]:
        """The latest requests for the staff console (masked address, never the address)."""
        rows = self.db.query(
            "SELECT id, created_at, lead_id, channel, language, recipient_hint, status, "
            "status_reason, delivery, delivery_reason, delivery_at FROM send_requests "
            "ORDER BY created_at DESC, id DESC LIMIT ?",
            (limit,),
        )
        return [dict(row) for row in rows]

    def purge_settled(self) -> int:
        with self.db.transaction() as conn:
            return purge_settled_in(conn, self.clock)


def purge_settled_in(conn: sqlite3.Connection, clock: Clock) -> int:
    """Requests settled (sent, failed or set aside) long enough ago are deleted, inside the
    caller's transaction (the retention purge's)."""
    before = utc_iso(clock.now() - timedelta(days=KEEP_SETTLED_DAYS))
    return conn.execute(
        "DELETE FROM send_requests WHERE created_at < ? AND (delivery IN (?, ?) OR status = ?)",
        (before, DELIVERY_SENT, DELIVERY_FAILED, QUARANTINED),
    ).rowcount


def state_of(row: dict[str, Any]) -> str:
    """One word for a request's state on the stand: its delivery when HQ reported one."""
    if row["delivery"]:
        return str(row["delivery"])
    if row["status"] == ACKED:
        return DELIVERY_QUEUED
    return str(row["status"])


__all__ = [
    "SendInput",
    "SendOutbox",
    "masked",
    "normalised_recipient",
    "save_request",
    "state_of",
]
