"""Visitors in the CSV/XLSX exports: one row per visitor the person may see (the visitors list's
filter), under the same consent rules as the leads' export.

A recipient only receives visitors with at least one lead whose consent allows it (call-back for
the follow-up, marketing, sharing for a bank or a notary); name, phone and e-mail come from the
latest such lead, never from a lead without that consent. Test/spam visitors and visitors merged
away are never exported.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

from sqlalchemy import Engine, and_, select

from sync.contract.vocabulary import EXCLUDED_REVIEW
from sync.hq import agencies
from sync.hq.console import exporting, visitorview
from sync.hq.console.auth import Agent
from sync.hq.leads import hq_leads
from sync.hq.visitors import LIVE, hq_visitors

BATCH = 500
VISITOR_COLUMNS = (
    "visitor_id", "first_name", "last_name", "phone", "email", "language", "agency",
    "assigned_to", "review", "sales_stage", "score", "first_seen", "last_seen", "due_at",
    "first_contact_at", "next_call_date", "leads", "events", "units_of_interest",
)  # fmt: skip


def _leads_by_visitor(
    engine: Engine, ids: list[int], recipient: str
) -> dict[int, list[dict[str, Any]]]:
    c = hq_leads.c
    consent = exporting.recipient_condition(recipient)
    found: dict[int, list[dict[str, Any]]] = {}
    with engine.connect() as conn:
        rows = conn.execute(
            select(c.visitor_id, c.created_at, c.event_id, c.interests, c.first_name,
                   c.last_name, c.phone_e164, c.email)
            .where(c.visitor_id.in_(ids), consent)
            .order_by(c.visitor_id, c.created_at)
        )  # fmt: skip
        for r in rows:
            found.setdefault(int(r.visitor_id), []).append(dict(r._mapping))
    return found


def _cells(v: dict[str, Any], leads: list[dict[str, Any]], names: dict[int, str]) -> list[Any]:
    latest = leads[-1]
    email = next((lead["email"] for lead in reversed(leads) if lead["email"]), "")
    refs: list[str] = []
    for lead in leads:
        refs += [str(r) for r in json.loads(lead["interests"] or "[]") if str(r) not in refs]
    events = sorted({str(lead["event_id"]) for lead in leads})
    return [
        v["id"], latest["first_name"], latest["last_name"], latest["phone_e164"], email,
        v["language"], names.get(v["agency_id"], ""), v["assigned_to"] or "", v["review"],
        v["stage"], v["score"] if v["score"] is not None else "", v["first_seen"],
        v["last_seen"], v["due_at"] or "", v["first_contact_at"] or "",
        v["next_call_date"] or "", len(leads), " ".join(events), " ".join(refs),
    ]  # fmt: skip


def rows(
    engine: Engine, agent: Agent, recipient: str, *, review: str = "", stage: str = ""
) -> Iterator[list[Any]]:
    """Export cells, visitor by visitor (id order, keyset batches)."""
    v = hq_visitors.c
    with engine.connect() as conn:
        where = [LIVE, visitorview.scope(conn, agent)]
        names = {a.id: a.name for a in agencies.all_agencies(conn)}
    where.append(v.review != EXCLUDED_REVIEW)
    if review:
        where.append(v.review == review)
    if stage:
        where.append(v.stage == stage)
    after = 0
    while True:
        with engine.connect() as conn:
            batch = [
                dict(r._mapping)
                for r in conn.execute(
                    select(hq_visitors)
                    .where(and_(*where), v.id > after)
                    .order_by(v.id)
                    .limit(BATCH)
                )
            ]
        if not batch:
            return
        leads = _leads_by_visitor(engine, [int(r["id"]) for r in batch], recipient)
        for row in batch:
            if int(row["id"]) in leads:
                yield _cells(row, leads[int(row["id"])], names)
        after = int(batch[-1]["id"])
