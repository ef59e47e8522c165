"""Anonymous stand counters per event day: how many sessions, in which language, what people
searched for, which units they looked at, how many leads and tickets.

Only counts are kept, never a visitor id, a time of day or anything typed into the lead form.
Search terms that look personal (an e-mail, a phone-like run of digits) are counted as
``(hidden)``.
"""

from __future__ import annotations

import re
import sqlite3
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from kiosk.core import settings
from kiosk.core.config import EventProfile, event_day
from kiosk.core.db import KioskDB
from sync.contract.clock import SYSTEM_CLOCK, Clock
from sync.contract.errors import ValidationError
from sync.contract.textclean import clean_text, truncate

KINDS = ("session", "language", "search", "unit_view", "lead", "ticket")
VALUE_MAX = 40
TOP_N = 10
HIDDEN = "(hidden)"
UNKNOWN_EVENT = "unknown"
_KIND_PATTERN = re.compile(r"^[a-z][a-z_]{0,31}$")
_PERSONAL_LOOKING = re.compile(r"@|\d[\d\s.+()-]{4,}\d")


def remember_event(db: KioskDB, event: EventProfile) -> None:
    """Make ``event`` the one counters go to when a caller has no profile at hand."""
    settings.put_many(
        db, {settings.EVENT_ID: event.event.id, settings.EVENT_TIMEZONE: event.event.timezone}
    )


def _where(db: KioskDB, event: EventProfile | None, clock: Clock) -> tuple[str, str]:
    if event is not None:
        return event.event.id, event_day(event, clock)
    event_id = settings.get(db, settings.EVENT_ID) or UNKNOWN_EVENT
    try:
        zone = ZoneInfo(settings.get(db, settings.EVENT_TIMEZONE) or "UTC")
    except (ZoneInfoNotFoundError, ValueError):
        zone = ZoneInfo("UTC")
    return str(event_id), clock.now().astimezone(zone).date().isoformat()


def clean_value(kind: str, value: object) -> str:
    text = truncate(clean_text(value), VALUE_MAX)
    if kind == "search":
        text = text.casefold()
        if _PERSONAL_LOOKING.search(text):
            return HIDDEN
    return text


def record(
    db: KioskDB,
    kind: str,
    value: object = "",
    *,
    event: EventProfile | None = None,
    clock: Clock = SYSTEM_CLOCK,
    count: int = 1,
) -> None:
    """Add ``count`` to today's counter ``kind``/``value`` (e.g. "language", "ar")."""
    if not _KIND_PATTERN.match(kind):
        raise ValidationError(f"bad counter name {kind!r}", problems=[("kind", "analytics.kind")])
    text = clean_value(kind, value)
    if kind == "search" and not text:
        return
    event_id, day = _where(db, event, clock)
    with db.transaction() as conn:
        bump(conn, event_id, day, kind, text, count)


def bump(
    conn: sqlite3.Connection, event_id: str, day: str, kind: str, value: str, count: int = 1
) -> None:
    """Low level, inside the caller's transaction: ``value`` must already be clean."""
    conn.execute(
        "INSERT INTO analytics_counters (event_id, day, kind, value, count) "
        "VALUES (?, ?, ?, ?, ?) ON CONFLICT(event_id, day, kind, value) "
        "DO UPDATE SET count = count + excluded.count",
        (event_id, day, kind, value, count),
    )


def day_counts(db: KioskDB, event_id: str, day: str) -> dict[str, dict[str, int]]:
    """{kind: {value: count}} for one event day."""
    result: dict[str, dict[str, int]] = {}
    rows = db.query(
        "SELECT kind, value, count FROM analytics_counters WHERE event_id = ? AND day = ? "
        "ORDER BY kind, count DESC, value",
        (event_id, day),
    )
    for row in rows:
        result.setdefault(row["kind"], {})[row["value"]] = row["count"]
    return result


def summary(counts: dict[str, dict[str, int]]) -> dict[str, Any]:
    def total(kind: str) -> int:
        return sum(counts.get(kind, {}).values())

    def top(kind: str) -> list[tuple[str, int]]:
        items = sorted(counts.get(kind, {}).items(), key=lambda kv: (-kv[1], kv[0]))
        return items[:TOP_N]

    return {
        "sessions": total("session"),
        "languages": dict(counts.get("language", {})),
        "searches": total("search"),
        "top_searches": top("search"),
        "units_viewed": total("unit_view"),
        "top_units": top("unit_view"),
        "leads": total("lead"),
        "leads_by_desk": dict(counts.get("lead", {})),
        "tickets": total("ticket"),
        "tickets_by_desk": dict(counts.get("ticket", {})),
    }


def today(
    db: KioskDB, *, event: EventProfile | None = None, clock: Clock = SYSTEM_CLOCK
) -> dict[str, Any]:
    """Today's figures for the staff console: totals, per language/desk, top searches/units."""
    event_id, day = _where(db, event, clock)
    return {"event_id": event_id, "day": day, **summary(day_counts(db, event_id, day))}


def days(db: KioskDB, event_id: str) -> list[str]:
    rows = db.query(
        "SELECT DISTINCT day FROM analytics_counters WHERE event_id = ? ORDER BY day", (event_id,)
    )
    return [r["day"] for r in rows]


def days_by_event(db: KioskDB, since: str = "") -> dict[str, list[str]]:
    """{event id: the days with counters from ``since`` on, in order} (what HQ is sent)."""
    rows = db.query(
        "SELECT DISTINCT event_id, day FROM analytics_counters WHERE day >= ? "
        "ORDER BY event_id, day",
        (since,),
    )
    found: dict[str, list[str]] = {}
    for row in rows:
        found.setdefault(str(row["event_id"]), []).append(str(row["day"]))
    return found
