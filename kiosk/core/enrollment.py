"""This stand's link to HQ: enrollment (address, token, HQ key) and the last sync outcome.

Stored in the one-row table ``sync_state`` (migration 0004); the HQ public key goes to
``kiosk_settings`` where sealing reads it. The sync client writes the outcome of each
attempt here, and the staff console and ``omrane-kiosk sync status`` read it.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pydantic import ValidationError as PydanticValidationError

from kiosk.core import settings
from kiosk.core.db import KioskDB
from kiosk.core.leads import reseal_for_hq
from kiosk.core.outbox import Outbox
from sync.contract.clock import SYSTEM_CLOCK, Clock, utc_iso
from sync.contract.errors import ValidationError
from sync.contract.sealing import unb64
from sync.contract.wire import Enrollment

ERROR_MAX = 500
REVOKED_MESSAGE = "kiosk revoked / not enrolled"


@dataclass(frozen=True)
class SyncLink:
    """Where and as whom this stand talks to HQ."""

    hq_url: str
    token: str
    hq_kiosk_id: str
    kiosk_name: str
    event_id: str


@dataclass(frozen=True)
class EnrollResult:
    link: SyncLink
    resealed: int
    previous_kiosk_id: str | None = None  # the HQ identity this stand had before, if any

    @property
    def same_kiosk(self) -> bool:
        """Enrolled again as the kiosk it already was (`omrane-hq kiosk reissue`): its leads,
        erasures and counters stay one kiosk at HQ."""
        return self.previous_kiosk_id == self.link.hq_kiosk_id


def read_enrollment(source: Path | str) -> Enrollment:
    """An enrollment from its file, or from the JSON text a QR scanner typed in."""
    text = source.read_text(encoding="utf-8") if isinstance(source, Path) else source
    try:
        enrollment = Enrollment.model_validate(json.loads(text))
        unb64(enrollment.hq_public_key)
    except (ValueError, PydanticValidationError) as exc:
        raise ValidationError(
            f"this is not an HQ enrollment file: {str(exc).splitlines()[0]}",
            key="error.enroll.invalid",
        ) from exc
    return enrollment


def enroll(
    db: KioskDB, enrollment: Enrollment, pin: str, clock: Clock = SYSTEM_CLOCK
) -> EnrollResult:
    """Remember HQ's address, token and key, then seal the waiting leads for HQ (needs the PIN).

    Re-enrolling (new token, new HQ key) replaces the old link and clears a revocation;
    the outbox, the erasures and the counters are kept and go on under the new link.
    """
    previous = db.scalar("SELECT hq_kiosk_id FROM sync_state WHERE id = 1")
    resealed = reseal_for_hq(db, pin, enrollment.hq_public_key, clock)
    with db.transaction() as conn:
        conn.execute(
            "UPDATE sync_state SET hq_url = ?, token = ?, hq_kiosk_id = ?, kiosk_name = ?, "
            "event_id = ?, enrolled_at = ?, revoked = 0, last_error = '', last_error_at = NULL, "
            "failures = 0 WHERE id = 1",
            (
                enrollment.hq_url.rstrip("/"),
                enrollment.token,
                enrollment.kiosk_id,
                enrollment.kiosk_name,
                enrollment.event_id,
                utc_iso(clock.now()),
            ),
        )
    _keep_takeaway_key(db, enrollment)
    link = load_link(db)
    assert link is not None  # just written
    return EnrollResult(link, resealed, str(previous) if previous else None)


def _keep_takeaway_key(db: KioskDB, enrollment: Enrollment) -> None:
    """The take-away signing key HQ gave (an HQ without one leaves the screens without QR)."""
    if enrollment.takeaway_key_id is None or not enrollment.takeaway_key:
        values: dict[str, Any] = {settings.TAKEAWAY_KEY_ID: "", settings.TAKEAWAY_KEY: ""}
    else:
        values = {
            settings.TAKEAWAY_KEY_ID: str(enrollment.takeaway_key_id),
            settings.TAKEAWAY_KEY: enrollment.takeaway_key,
        }
    values[settings.TAKEAWAY_URL] = (enrollment.takeaway_url or enrollment.hq_url).rstrip("/")
    settings.put_many(db, values)


def load_link(db: KioskDB) -> SyncLink | None:
    """The HQ link, or None when the stand was never enrolled."""
    row = db.query("SELECT * FROM sync_state WHERE id = 1")
    if not row or not row[0]["hq_url"] or not row[0]["token"]:
        return None
    r = row[0]
    return SyncLink(r["hq_url"], r["token"], r["hq_kiosk_id"], r["kiosk_name"], r["event_id"])


def is_revoked(db: KioskDB) -> bool:
    return bool(db.scalar("SELECT revoked FROM sync_state WHERE id = 1"))


def record_attempt(db: KioskDB, clock: Clock = SYSTEM_CLOCK) -> None:
    with db.transaction() as conn:
        conn.execute("UPDATE sync_state SET last_attempt = ? WHERE id = 1", (utc_iso(clock.now()),))


def record_success(db: KioskDB, clock: Clock = SYSTEM_CLOCK) -> None:
    with db.transaction() as conn:
        conn.execute(
            "UPDATE sync_state SET last_success = ?, last_error = '', failures = 0 WHERE id = 1",
            (utc_iso(clock.now()),),
        )


def record_error(db: KioskDB, message: str, clock: Clock = SYSTEM_CLOCK) -> None:
    """Keep the last error (no personal data: messages come from the client, not the form)."""
    with db.transaction() as conn:
        conn.execute(
            "UPDATE sync_state SET last_error = ?, last_error_at = ?, failures = failures + 1 "
            "WHERE id = 1",
            (message[:ERROR_MAX], utc_iso(clock.now())),
        )


def record_revoked(db: KioskDB, detail: str, clock: Clock = SYSTEM_CLOCK) -> None:
    """HQ refused the token: stop syncing until the stand is enrolled again."""
    record_error(db, f"{REVOKED_MESSAGE} ({detail})" if detail else REVOKED_MESSAGE, clock)
    with db.transaction() as conn:
        conn.execute("UPDATE sync_state SET revoked = 1 WHERE id = 1")


def analytics_from_day(db: KioskDB) -> str | None:
    value = db.scalar("SELECT analytics_from_day FROM sync_state WHERE id = 1")
    return None if value is None else str(value)


def set_analytics_from_day(db: KioskDB, day: str) -> None:
    with db.transaction() as conn:
        conn.execute("UPDATE sync_state SET analytics_from_day = ? WHERE id = 1", (day,))


def sync_status(db: KioskDB) -> dict[str, Any]:
    """What the staff console and `omrane-kiosk sync status` show (no secrets)."""
    row = db.query("SELECT * FROM sync_state WHERE id = 1")[0]
    outbox = Outbox(db)
    counts = outbox.counts()
    unsealed = outbox.waiting_for_enrollment()
    enrolled = bool(row["hq_url"] and row["token"])
    if not enrolled:
        state = "not_enrolled"
    elif row["revoked"]:
        state = "revoked"
    elif row["last_error"]:
        state = "offline"
    elif row["last_success"]:
        state = "online"
    else:
        state = "waiting"
    return {
        **counts,
        "waiting_for_enrollment": int(unsealed or 0),
        "state": state,
        "enrolled": enrolled,
        "revoked": bool(row["revoked"]),
        "hq_url": row["hq_url"],
        "hq_kiosk_id": row["hq_kiosk_id"],
        "kiosk_name": row["kiosk_name"],
        "last_attempt": row["last_attempt"],
        "last_success": row["last_success"],
        "last_error": row["last_error"] or None,
        "last_error_at": row["last_error_at"],
        "failures": row["failures"],
    }
