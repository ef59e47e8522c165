"""The whole stand at a glance, for the staff: every paired kiosk (alive, printer, leads
waiting for HQ, catalog version, last sync), the queue per desk and today's figures. Kiosks
report their state with each upkeep round; nothing personal is in it."""

from __future__ import annotations

import json
import statistics
from datetime import datetime, timedelta

from kiosk.hub import queue
from kiosk.hub.store import HubStore
from sync.contract.hub_wire import KioskBeat

ALIVE = timedelta(minutes=2)  # upkeep runs every 30 s: two minutes of silence is a dead kiosk


def record_beat(store: HubStore, kiosk_id: str, beat: KioskBeat) -> None:
    with store.transaction() as conn:
        conn.execute(
            "UPDATE hub_kiosks SET status = ? WHERE kiosk_id = ?",
            (json.dumps(beat.model_dump(mode="json"), sort_keys=True), kiosk_id),
        )


def _kiosk_row(row: dict[str, object], now: datetime) -> dict[str, object]:
    status = json.loads(str(row["status"] or "{}"))
    beat = status.get("heartbeat") or {}
    seen = str(row["last_seen"] or "")
    alive = bool(seen) and now - datetime.fromisoformat(seen.replace("Z", "+00:00")) < ALIVE
    return {
        "kiosk_id": row["kiosk_id"],
        "name": row["name"],
        "alive": alive,
        "last_seen": seen or None,
        "printer": beat.get("printer_state", ""),
        "print_jobs": status.get("print_jobs") or {},
        "pending": beat.get("pending"),
        "quarantined": beat.get("quarantined"),
        "catalog_version": beat.get("catalog_version"),
        "last_sync": status.get("last_sync"),
        "last_error": beat.get("last_error", ""),
    }


def figures(store: HubStore, event_id: str, day: str, desks: list[str]) -> dict[str, object]:
    """Today's tickets, visitors served, no-shows and the median service time per desk."""
    rows = store.query(
        "SELECT desk, state, (julianday(done_at) - julianday(called_at)) * 86400 AS served_s "
        "FROM hub_tickets WHERE event_id = ? AND day = ?",
        (event_id, day),
    )
    found: dict[str, object] = {}
    for desk in desks:
        mine = [r for r in rows if r["desk"] == desk]
        times = [r["served_s"] for r in mine if r["state"] == "done" and r["served_s"]]
        found[desk] = {
            "tickets": len(mine),
            "served": sum(r["state"] == "done" for r in mine),
            "no_show": sum(r["state"] == "no_show" for r in mine),
            "median_service_min": round(statistics.median(times) / 60, 1) if times else None,
        }
    return found


def stand_view(store: HubStore, event_id: str, day: str, desks: list[str]) -> dict[str, object]:
    now = store.clock.now()
    kiosks = store.query(
        "SELECT kiosk_id, name, last_seen, status FROM hub_kiosks ORDER BY name, kiosk_id"
    )
    return {
        "day": day,
        "kiosks": [_kiosk_row(dict(r), now) for r in kiosks],
        "queues": queue.counts(store, event_id, day, desks),
        "figures": figures(store, event_id, day, desks),
    }
