"""Read-only views for managers: the kiosk fleet and the event dashboard."""

from __future__ import annotations

import json
from collections import Counter
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import Engine, func, select

from sync.contract.clock import Clock
from sync.hq.leads import hq_leads
from sync.hq.store import hq_analytics, hq_kiosks

TOP_N = 10
# heartbeats name things differently across versions; the first key present wins
_HEARTBEAT_KEYS = {
    "version": ("app_version", "version"),
    "catalog_version": ("catalog_version",),
    "pending": ("pending", "outbox_pending"),
    "quarantined": ("quarantined", "outbox_quarantined"),
    "disk": ("disk_free_mb", "disk_free_bytes", "disk_free"),
    "printer": ("printer_state", "printer"),
    "last_error": ("last_error",),
    "queue": ("desk_queue_depth", "queue_depth"),
}


def _parse_time(value: Any) -> datetime | None:
    if isinstance(value, datetime):
        return value
    if not value:
        return None
    try:
        return datetime.fromisoformat(str(value).replace("Z", "+00:00"))
    except ValueError:
        return None


def _heartbeat(raw: Any) -> dict[str, Any]:
    if isinstance(raw, str):
        try:
            raw = json.loads(raw)
        except ValueError:
            raw = {}
    data = raw if isinstance(raw, dict) else {}
    out: dict[str, Any] = {}
    for name, keys in _HEARTBEAT_KEYS.items():
        out[name] = next((data[k] for k in keys if k in data), None)
    if isinstance(out["disk"], int | float) and "disk_free_bytes" in data:
        out["disk"] = round(out["disk"] / 1_000_000)
    if isinstance(out["printer"], dict):
        out["printer"] = out["printer"].get("state") or json.dumps(out["printer"])
    return out


def fleet(engine: Engine, clock: Clock, online_within_s: int) -> list[dict[str, Any]]:
    """Every kiosk with its last heartbeat and whether it was heard from recently."""
    k = hq_kiosks
    with engine.connect() as conn:
        rows = [dict(r._mapping) for r in conn.execute(select(k).order_by(k.c.name))]
    horizon = clock.now() - timedelta(seconds=online_within_s)
    out = []
    for row in rows:
        seen = _parse_time(row.get("last_seen"))
        entry = {
            "id": row.get("id"),
            "name": row.get("name"),
            "event_id": row.get("event_id"),
            "revoked": bool(row.get("revoked")),
            "last_seen": seen.strftime("%Y-%m-%d %H:%M") if seen else "",
            "online": bool(seen and seen >= horizon and not row.get("revoked")),
        }
        entry.update(_heartbeat(row.get("last_heartbeat")))
        out.append(entry)
    return out


def _grouped(engine: Engine, column: Any, event: str, limit: int | None = None) -> list[Any]:
    t = hq_leads
    stmt = select(column.label("k"), func.count().label("n")).group_by(column)
    if event:
        stmt = stmt.where(t.c.event_id == event)
    stmt = stmt.order_by(func.count().desc())
    if limit:
        stmt = stmt.limit(limit)
    with engine.connect() as conn:
        return [(str(r.k) if r.k is not None else "—", int(r.n)) for r in conn.execute(stmt)]


def _analytics(engine: Engine, event: str) -> dict[str, list[tuple[str, int]]]:
    """The kiosks' anonymous counters by kind ("session", "search", "unit_view", ...)."""
    table = hq_analytics
    stmt = select(table.c.kind, table.c.value, func.sum(table.c["count"]).label("n")).group_by(
        table.c.kind, table.c.value
    )
    if event:
        stmt = stmt.where(table.c.event_id == event)
    out: dict[str, list[tuple[str, int]]] = {}
    with engine.connect() as conn:
        for kind, value, n in conn.execute(stmt):
            out.setdefault(str(kind), []).append((str(value or ""), int(n or 0)))
    for rows in out.values():
        rows.sort(key=lambda kv: (-kv[1], kv[0]))
    return out


def dashboard(engine: Engine, event: str, units_sample: int = 50_000) -> dict[str, Any]:
    t = hq_leads
    day = func.substr(t.c.created_at, 1, 10)
    per_day = sorted(_grouped(engine, day, event))
    stmt = select(t.c.interests).order_by(t.c.created_at.desc()).limit(units_sample)
    if event:
        stmt = stmt.where(t.c.event_id == event)
    units: Counter[str] = Counter()
    with engine.connect() as conn:
        for (raw,) in conn.execute(stmt):
            try:
                refs = json.loads(raw) if isinstance(raw, str) else (raw or [])
            except ValueError:
                refs = []
            units.update(str(r) for r in refs if isinstance(r, str))
    leads = sum(n for _, n in per_day)
    counters = _analytics(engine, event)
    visitors = sum(n for _, n in counters["session"]) if "session" in counters else None
    searched = [(v, n) for v, n in counters.get("search", []) if v][:TOP_N]
    viewed = [(v, n) for v, n in counters.get("unit_view", []) if v][:TOP_N]
    return {
        "leads": leads,
        "visitors": visitors,
        "conversion": round(100 * leads / visitors, 1) if visitors else None,
        "per_day": per_day,
        "per_desk": _grouped(engine, t.c.desk, event),
        "per_language": _grouped(engine, t.c.language, event),
        "per_status": _grouped(engine, t.c.status, event),
        "top_cities": _grouped(engine, t.c.interest_city_id, event, TOP_N),
        "top_units": units.most_common(TOP_N),
        "top_searches": searched,
        "top_viewed": viewed,
    }
