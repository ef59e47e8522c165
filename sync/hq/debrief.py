"""The event debrief: per event (and per stand), the funnel from the stands' anonymous counters
(sessions, searches) to leads, visitors contacted within the event's deadline, appointments and
reservations; time to first contact; breakdowns by desk, language, country of residence and
score band; cost per qualified lead when a manager entered the event's cost. Test/spam
visitors (review ``excluded``) count nowhere. ``pdf`` draws it for the debrief meeting, in
French or Arabic (shaped and right-to-left per line, see docs/architecture.md).
"""

from __future__ import annotations

import statistics
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, func, select

from sync.contract.vocabulary import EXCLUDED_REVIEW
from sync.hq import events
from sync.hq.appointments import LIVE as LIVE_APPOINTMENT
from sync.hq.appointments import hq_appointments
from sync.hq.followup import hq_contact_attempts
from sync.hq.leads import hq_leads
from sync.hq.store import hq_analytics
from sync.hq.visitors import hq_visitors

QUALIFIED_STAGES = ("contacted", "visit", "reservation", "sale")
RESERVED_STAGES = ("reservation", "sale")
SCORE_BANDS = ((0, 40, "0-39"), (40, 70, "40-69"), (70, 1000, "70+"))


@dataclass
class Funnel:
    event_id: str
    kiosk_id: str = ""
    sessions: int = 0
    searches: int = 0
    leads: int = 0
    visitors: int = 0
    contacted_in_time: int = 0
    contacted: int = 0
    appointments: int = 0
    reservations: int = 0
    qualified: int = 0
    hours_to_first_contact: float | None = None
    cost_mad: int | None = None
    by: dict[str, dict[str, int]] = field(default_factory=dict)

    @property
    def cost_per_qualified_lead(self) -> float | None:
        if self.cost_mad is None or not self.qualified:
            return None
        return self.cost_mad / self.qualified

    def steps(self) -> list[tuple[str, int]]:
        return [
            ("sessions", self.sessions),
            ("searches", self.searches),
            ("leads", self.leads),
            ("contacted_in_time", self.contacted_in_time),
            ("appointments", self.appointments),
            ("reservations", self.reservations),
        ]


def _moment(text: str | None) -> datetime | None:
    return None if not text else datetime.fromisoformat(text.replace("Z", "+00:00"))


def _band(score: int | None) -> str:
    if score is None:
        return "—"
    return next(name for low, high, name in SCORE_BANDS if low <= score < high)


def _counters(conn: Connection, event_id: str, kiosk_id: str) -> dict[str, int]:
    a = hq_analytics.c
    query = select(a.kind, func.sum(a["count"])).where(a.event_id == event_id).group_by(a.kind)
    if kiosk_id:
        query = query.where(a.kiosk_id == kiosk_id)
    return {str(kind): int(n or 0) for kind, n in conn.execute(query)}


def funnel(conn: Connection, event_id: str, kiosk_id: str = "") -> Funnel:
    """The event's funnel (one stand's with ``kiosk_id``)."""
    ld, v = hq_leads.c, hq_visitors.c
    where = [ld.event_id == event_id, v.review != EXCLUDED_REVIEW]
    if kiosk_id:
        where.append(ld.kiosk_id == kiosk_id)
    rows = conn.execute(
        select(ld.id, ld.desk, ld.language, ld.country, v.id.label("vid"), v.score, v.stage,
               v.due_at, v.first_contact_at, v.first_seen, v.created_at.label("v_created"))
        .join(hq_visitors, v.id == ld.visitor_id)
        .where(*where)
    ).all()  # fmt: skip
    counters = _counters(conn, event_id, kiosk_id)
    out = Funnel(event_id, kiosk_id, counters.get("session", 0), counters.get("search", 0))
    out.leads = len(rows)
    out.cost_mad = events.settings_of(conn, event_id).cost_mad
    people = {int(r.vid): r for r in rows}
    out.visitors = len(people)
    delays = []
    for r in people.values():
        contact = _moment(r.first_contact_at)
        if contact is not None:
            out.contacted += 1
            due = _moment(r.due_at)
            out.contacted_in_time += int(due is None or contact <= due)
            delays.append((contact - _moment(r.v_created)).total_seconds() / 3600)  # type: ignore[operator]
        out.qualified += int(r.stage in QUALIFIED_STAGES)
        out.reservations += int(r.stage in RESERVED_STAGES)
    out.hours_to_first_contact = statistics.median(delays) if delays else None
    if people:
        found = conn.execute(
            select(func.count(func.distinct(hq_appointments.c.visitor_id))).where(
                hq_appointments.c.visitor_id.in_(sorted(people)), LIVE_APPOINTMENT
            )
        )
        out.appointments = int(found.scalar() or 0)
    for name in ("desk", "language", "country", "score"):
        counts: dict[str, int] = {}
        for r in rows:
            value = _band(r.score) if name == "score" else str(getattr(r, name) or "—")
            counts[value] = counts.get(value, 0) + 1
        out.by[name] = dict(sorted(counts.items(), key=lambda kv: -kv[1]))
    return out


def stands_of(conn: Connection, event_id: str) -> list[str]:
    rows = conn.execute(
        select(hq_leads.c.kiosk_id).where(hq_leads.c.event_id == event_id).distinct()
    )
    return sorted(str(k) for k in rows.scalars())


def attempts_count(conn: Connection, event_id: str) -> int:
    ld, a = hq_leads.c, hq_contact_attempts.c
    found = conn.execute(
        select(func.count())
        .select_from(hq_contact_attempts)
        .where(a.visitor_id.in_(select(ld.visitor_id).where(ld.event_id == event_id)))
    )
    return int(found.scalar() or 0)


def as_dict(f: Funnel) -> dict[str, Any]:
    return {
        "event_id": f.event_id,
        "kiosk_id": f.kiosk_id,
        "steps": dict(f.steps()),
        "visitors": f.visitors,
        "contacted": f.contacted,
        "qualified": f.qualified,
        "hours_to_first_contact": f.hours_to_first_contact,
        "cost_mad": f.cost_mad,
        "cost_per_qualified_lead": f.cost_per_qualified_lead,
        "by": f.by,
    }
