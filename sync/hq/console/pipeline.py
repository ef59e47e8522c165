"""Follow-up on one lead: detail, assignment, status pipeline, notes, erasure, audit trail."""

from __future__ import annotations

import json
from datetime import date
from typing import Any

from sqlalchemy import Connection, Engine, select

from sync.contract.clock import Clock
from sync.contract.errors import NotFoundError, ValidationError
from sync.contract.lead_score import score_lead
from sync.hq import erasure, leads
from sync.hq.catalog import hq_catalog_units
from sync.hq.console import audit, history
from sync.hq.console.auth import Agent, agents
from sync.hq.console.leadquery import STATUSES, scope_condition
from sync.hq.leads import hq_leads
from sync.hq.takeaway import sending

MAX_NOTE = 2000


class Forbidden(Exception):
    """The signed-in person may not see or do this (rendered as a 403 page)."""


def visible_lead(conn: Connection, lead_id: str, agent: Agent) -> dict[str, Any]:
    """The lead, if it exists (404) and this person may see it (403)."""
    t = hq_leads
    row = conn.execute(select(t).where(t.c.id == lead_id)).first()
    if row is None:
        raise NotFoundError("no such lead", key="error.lead.unknown")
    allowed = conn.execute(select(t.c.id).where(t.c.id == lead_id, scope_condition(agent))).first()
    if allowed is None:
        raise Forbidden(lead_id)
    return dict(row._mapping)


def lead_detail(engine: Engine, lead_id: str, agent: Agent, clock: Clock) -> dict[str, Any]:
    """The lead with its history; viewing is recorded in the audit log."""
    with engine.begin() as conn:
        lead = visible_lead(conn, lead_id, agent)
        lead["history"] = history.of_lead(conn, lead_id)
        lead["sends"] = sending.of_lead(conn, lead_id)  # "send me my selection" and its outcome
        audit.record(conn, clock, agent, "viewed", lead_id)
    lead["tickets_map"] = _json_or(lead.get("tickets"), {})
    lead["interest_refs"] = [str(r) for r in _json_or(lead.get("interests"), [])]
    lead["units"] = catalog_units(engine, lead["interest_refs"])
    lead["score"] = score_lead(lead)  # the same computation as at ingest and on the stand
    return lead


def catalog_units(engine: Engine, refs: list[str]) -> dict[str, dict[str, Any]]:
    """The published catalog's record of each unit of interest (ref -> record), if HQ has it."""
    table = hq_catalog_units
    if not refs:
        return {}
    with engine.connect() as conn:
        rows = conn.execute(select(table.c.ref, table.c.record).where(table.c.ref.in_(refs)))
        return {str(ref): _json_or(record, {}) for ref, record in rows}


def _json_or(text: Any, default: Any) -> Any:
    if not isinstance(text, str):
        return text if text is not None else default
    try:
        return json.loads(text)
    except ValueError:
        return default


def assign(
    engine: Engine, lead_id: str, assignee_id: int | None, agent: Agent, clock: Clock
) -> None:
    """Managers assign to anyone; an agent may only take a lead for themself."""
    if not agent.is_manager and assignee_id != agent.id:
        raise Forbidden(lead_id)
    with engine.begin() as conn:
        lead = visible_lead(conn, lead_id, agent)
        label = None
        if assignee_id is not None:
            target = conn.execute(
                select(agents.c.email, agents.c.disabled).where(agents.c.id == assignee_id)
            ).first()
            if target is None or target.disabled:
                raise ValidationError("unknown agent", key="error.agent.unknown")
            label = target.email
        leads.set_assignee(conn, lead_id, assignee_id)
        history.record(conn, clock, agent, lead_id, "assign", lead["assigned_to"], label)
        audit.record(conn, clock, agent, "assigned", lead_id, {"to": assignee_id})


def follow_up(
    engine: Engine,
    lead_id: str,
    agent: Agent,
    clock: Clock,
    *,
    status: str,
    note: str = "",
    next_call: str = "",
) -> None:
    """Move the lead along the pipeline, with an optional note and next-call date."""
    if status not in STATUSES:
        raise ValidationError("unknown status", key="error.lead.status")
    if next_call:
        try:
            date.fromisoformat(next_call)
        except ValueError as exc:
            raise ValidationError("bad date", key="error.lead.date") from exc
    note = note.strip()[:MAX_NOTE]
    with engine.begin() as conn:
        lead = visible_lead(conn, lead_id, agent)
        changes: dict[str, Any] = {}
        if status != lead["status"]:
            changes["status"] = status
            history.record(
                conn, clock, agent, lead_id, "status", lead["status"], status, note or None
            )
        elif note:
            history.record(conn, clock, agent, lead_id, "note", None, None, note)
        if (next_call or None) != lead["next_call_date"]:
            changes["next_call_date"] = next_call or None
            history.record(
                conn, clock, agent, lead_id, "next_call", lead["next_call_date"], next_call
            )
        leads.set_follow_up(conn, lead_id, changes)
        audit.record(
            conn, clock, agent, "changed", lead_id, {"fields": sorted(changes) or ["note"]}
        )


def erase_person(
    engine: Engine, e164: str, agent: Agent, clock: Clock, phone_key: bytes
) -> erasure.ErasureReport:
    """Erase every lead of this number everywhere at HQ (managers only); see sync.hq.erasure."""
    if not agent.is_manager:
        raise Forbidden("erase")
    return erasure.erase(
        engine, phone_key, phones=[e164], by=agent.email, source="console", clock=clock
    )


def assignable_agents(engine: Engine) -> list[dict[str, Any]]:
    with engine.connect() as conn:
        rows = conn.execute(
            select(agents.c.id, agents.c.email, agents.c.region)
            .where(agents.c.disabled.is_(False))
            .order_by(agents.c.email)
        )
        return [dict(r._mapping) for r in rows]
