"""Small key/value settings kept in the kiosk database (table ``kiosk_settings``).

Values are stored as JSON text, so strings, numbers, booleans, lists and dicts round-trip.
Keys in use: ``kiosk.id``, ``staff.*`` (see :mod:`kiosk.core.staff`), ``hq.public_key``
(base64, set at enrollment), ``event.id`` / ``event.timezone`` (the active event, for
anonymous counters recorded without a profile at hand).
"""

from __future__ import annotations

import json
from typing import Any

import uuid6

from kiosk.core.db import KioskDB

KIOSK_ID = "kiosk.id"
HQ_PUBLIC_KEY = "hq.public_key"
EVENT_ID = "event.id"
EVENT_TIMEZONE = "event.timezone"
TAKEAWAY_KEY_ID = "takeaway.key_id"  # given by HQ at enrollment (sync.contract.takeaway)
TAKEAWAY_KEY = "takeaway.key"
TAKEAWAY_URL = "takeaway.url"


def get(db: KioskDB, key: str, default: Any = None) -> Any:
    raw = db.scalar("SELECT value FROM kiosk_settings WHERE key = ?", (key,))
    if raw is None:
        return default
    return json.loads(raw)


def get_many(db: KioskDB, keys: list[str]) -> dict[str, Any]:
    """Several keys in one query; missing keys are absent from the result."""
    marks = ", ".join("?" for _ in keys)
    rows = db.query(f"SELECT key, value FROM kiosk_settings WHERE key IN ({marks})", keys)  # noqa: S608
    return {row["key"]: json.loads(row["value"]) for row in rows}


def put(db: KioskDB, key: str, value: Any) -> None:
    """Set ``key`` (inside the caller's transaction if there is one)."""
    text = json.dumps(value, ensure_ascii=False, sort_keys=True)
    with db.transaction() as conn:
        conn.execute(
            "INSERT INTO kiosk_settings (key, value) VALUES (?, ?) "
            "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
            (key, text),
        )


def put_many(db: KioskDB, values: dict[str, Any]) -> None:
    """Set several keys in one transaction."""
    with db.transaction():
        for key, value in values.items():
            put(db, key, value)


def delete(db: KioskDB, key: str) -> None:
    with db.transaction() as conn:
        conn.execute("DELETE FROM kiosk_settings WHERE key = ?", (key,))


def kiosk_id(db: KioskDB) -> str:
    """This kiosk's id: generated once (UUIDv7), then stable for the life of the database."""
    existing = get(db, KIOSK_ID)
    if isinstance(existing, str) and existing:
        return existing
    with db.transaction() as conn:
        conn.execute(
            "INSERT OR IGNORE INTO kiosk_settings (key, value) VALUES (?, ?)",
            (KIOSK_ID, json.dumps(str(uuid6.uuid7()))),
        )
    return str(get(db, KIOSK_ID))
