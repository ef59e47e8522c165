"""What the console's visitor pages show, read in one place: who may see a visitor, the visitor
with their timeline (leads, contact attempts, appointments), contact links and the
near-duplicates a manager may merge."""

from __future__ import annotations

import json
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, and_, func, or_, select

from sync.contract.vocabulary import EXCLUDED_REVIEW
from sync.hq import agencies, appointments, followup, outreach, visitors
from sync.hq.console.auth import Agent
from sync.hq.console.i18n import Translator
from sync.hq.console.pipeline import Forbidden, catalog_units
from sync.hq.leads import hq_leads
from sync.hq.visitors import hq_visitors

PAGE = 50
PHONE_TAIL = 7  # digits that match when one number was typed with another country code


def agency_of(conn: Connection, agent: Agent) -> int | None:
    return agencies.agency_of_agent(conn, agent.id)


def scope(conn: Connection, agent: Agent) -> Any:
    """What this person may see: managers all; agents their agency's visitors and theirs."""
    v = hq_visitors.c
    if agent.is_manager:
        return v.id.is_not(None)
    mine = v.assigned_to == agent.id
    agency = agency_of(conn, agent)
    if agency is not None:
        return or_(mine, v.agency_id == agency)
    if agent.region:
        seat = agencies.agency_for_region(conn, agent.region)
        if seat is not None:
            return or_(mine, v.agency_id == seat.id)
    return mine


def visible(conn: Connection, visitor_id: int, agent: Agent) -> dict[str, Any]:
    row = visitors.get(conn, visitor_id)
    allowed = conn.execute(
        select(hq_visitors.c.id).where(hq_visitors.c.id == visitor_id, scope(conn, agent))
    ).first()
    if allowed is None:
        raise Forbidden(str(visitor_id))
    return row


def listing(
    conn: Connection, agent: Agent, *, review: str = "", stage: str = "", before: str = ""
) -> list[dict[str, Any]]:
    """A page of visitors, last seen first, with the name and count of their leads."""
    v = hq_visitors.c
    where = [visitors.LIVE, scope(conn, agent)]
    if review:
        where.append(v.review == review)
    else:
        where.append(v.review != EXCLUDED_REVIEW)
    if stage:
        where.append(v.stage == stage)
    if before:
        where.append(v.last_seen < before)
    rows = [
        dict(r._mapping)
        for r in conn.execute(
            select(hq_visitors).where(and_(*where)).order_by(v.last_seen.desc(), v.id).limit(PAGE)
        )
    ]
    _add_names(conn, rows)
    return rows


def _add_names(conn: Connection, rows: list[dict[str, Any]]) -> None:
    """Each visitor's name from their latest lead, and how many leads they have."""
    ids = [int(r["id"]) for r in rows]
    if not ids:
        return
    c = hq_leads.c
    latest: dict[int, dict[str, Any]] = {}
    found = conn.execute(
        select(c.visitor_id, c.first_name, c.last_name, c.created_at, c.event_id)
        .where(c.visitor_id.in_(ids))
        .order_by(c.visitor_id, c.created_at)
    )
    counts: dict[int, int] = {}
    for r in found:
        latest[int(r.visitor_id)] = dict(r._mapping)
        counts[int(r.visitor_id)] = counts.get(int(r.visitor_id), 0) + 1
    for row in rows:
        lead = latest.get(int(row["id"]), {})
        row["first_name"] = lead.get("first_name", "")
        row["last_name"] = lead.get("last_name", "")
        row["lead_count"] = counts.get(int(row["id"]), 0)


def first_names(conn: Connection, ids: list[int]) -> dict[int, str]:
    rows = [{"id": i} for i in ids]
    _add_names(conn, rows)
    return {int(r["id"]): str(r.get("first_name", "")) for r in rows}


def timeline(
    leads: list[dict[str, Any]], attempts: list[dict[str, Any]], meetings: list[dict[str, Any]]
) -> list[dict[str, Any]]:
    """Everything that happened to the visitor, oldest first."""
    items = [{"kind": "lead", "at": lead["created_at"], "row": lead} for lead in leads]
    items += [{"kind": "attempt", "at": a["at"], "row": a} for a in attempts]
    items += [{"kind": "appointment", "at": m["created_at"], "row": m} for m in meetings]
    return sorted(items, key=lambda item: str(item["at"]))


def detail(conn: Connection, visitor_id: int, agent: Agent, language: str) -> dict[str, Any]:
    """The visitor page's data (after the scope check)."""
    row = visible(conn, visitor_id, agent)
    leads = visitors.leads_of(conn, visitor_id)
    latest = leads[-1] if leads else {}
    refs: list[str] = []
    for lead in leads:
        refs += [str(r) for r in json.loads(lead.get("interests") or "[]") if str(r) not in refs]
    agency = None if row["agency_id"] is None else agencies.get(conn, int(row["agency_id"]))
    email = next((lead["email"] for lead in reversed(leads) if lead["email"]), "")
    row |= {
        "leads": leads,
        "attempts": followup.attempts_of(conn, visitor_id),
        "appointments": appointments.of_visitor(conn, visitor_id),
        "merges": followup.merges_of(conn, visitor_id),
        "agency": agency,
        "first_name": latest.get("first_name", ""),
        "last_name": latest.get("last_name", ""),
        "phone": latest.get("phone_e164", ""),
        "email": email,
        "email_consent": any(lead["consent_callback"] and lead["email"] for lead in leads),
        "refs": refs,
    }
    row["timeline"] = timeline(leads, row["attempts"], row["appointments"])
    return row


def contact_links(engine: Any, row: dict[str, Any], event_id: str) -> dict[str, str]:
    """tel:, WhatsApp (message in the visitor's language naming their units) and mailto:."""
    language = str(row["language"])
    units = outreach.unit_names(catalog_units(engine, row["refs"]), row["refs"], language)
    agency = row["agency"].name if row["agency"] else "Al Omrane"
    text = outreach.visitor_message(language, row["first_name"], agency, units, event_id)
    links = {"tel": outreach.tel_link(row["phone"]), "text": text}
    links["whatsapp"] = outreach.whatsapp_link(row["phone"], text)
    if row["email"]:
        subject = Translator(language)("fu.mail.subject", agency=agency)
        links["mailto"] = outreach.mailto_link(row["email"], subject, text)
    return links


def suggestions(conn: Connection, row: dict[str, Any]) -> list[dict[str, Any]]:
    """Other visitors with the same name and a phone written differently (same last digits)
    or the same e-mail: merge candidates for a manager, never merged automatically."""
    if not row["last_name"]:
        return []
    c = hq_leads.c
    found = conn.execute(
        select(c.visitor_id, c.phone_e164, c.email, c.event_id, c.created_at)
        .where(
            func.lower(c.last_name) == row["last_name"].lower(),
            func.lower(c.first_name) == row["first_name"].lower(),
            c.visitor_id != row["id"],
        )
        .limit(50)
    )
    tail = "".join(ch for ch in row["phone"] if ch.isdigit())[-PHONE_TAIL:]
    out: dict[int, dict[str, Any]] = {}
    for r in found:
        digits = "".join(ch for ch in r.phone_e164 if ch.isdigit())
        same_mail = bool(row["email"]) and r.email.lower() == row["email"].lower()
        if digits[-PHONE_TAIL:] == tail or same_mail:
            out.setdefault(int(r.visitor_id), {"id": int(r.visitor_id), "event_id": r.event_id})
    live = []
    for candidate in out.values():
        other = visitors.get(conn, candidate["id"])
        if other["merged_into"] is None:
            live.append({**candidate, "last_seen": other["last_seen"]})
    return live


def parse_moment(day: str, hour: str) -> datetime:
    """A date and HH:MM typed in the form, read as UTC."""
    return datetime.fromisoformat(f"{day}T{hour or '10:00'}:00+00:00")
