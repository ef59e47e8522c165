"""The console's audit log (``hq_audit_log``): this module alone writes it.

Who viewed, exported, changed, assigned or erased what, and when. Never personal data: ids,
counts, filters, field names; a free-text search term (which may be a name or a number) is
removed when the person it names is erased, and once it is older than the retention period.
"""

from __future__ import annotations

import getpass
import json
import os
from collections.abc import Iterable, Sequence
from typing import Any

from sqlalchemy import (
    Column,
    Connection,
    Engine,
    Index,
    Integer,
    String,
    Table,
    Text,
    insert,
    select,
    update,
)

from sync.contract.clock import Clock, utc_iso
from sync.hq.console.auth import Agent
from sync.hq.metadata import metadata

audit_log = Table(
    "hq_audit_log",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("at", String(20), nullable=False),
    Column("agent_id", Integer, nullable=True),
    Column("agent_email", String(254), nullable=True),
    # viewed | exported | changed | assigned | erased | signed_in | agent_added | ...
    Column("action", String(32), nullable=False),
    Column("lead_id", String(36), nullable=True),
    # never personal data: ids, counts, filters, field names
    Column("detail", Text, nullable=True),
    Index("ix_hq_audit_log_at", "at"),
    Index("ix_hq_audit_log_lead", "lead_id"),
)


def record(
    conn: Connection,
    clock: Clock,
    agent: Agent | None,
    action: str,
    lead_id: str | None = None,
    detail: dict[str, Any] | None = None,
) -> None:
    """One entry by a signed-in person (or none)."""
    conn.execute(
        insert(audit_log).values(
            at=utc_iso(clock.now()),
            agent_id=agent.id if agent else None,
            agent_email=agent.email if agent else None,
            action=action,
            lead_id=lead_id,
            detail=json.dumps(detail, ensure_ascii=False, sort_keys=True) if detail else None,
        )
    )


def cli_actor() -> str:
    """Who acts from the command line: "cli:" and the operating-system account."""
    try:
        user = getpass.getuser()
    except (KeyError, OSError):  # no name for this uid (some containers)
        user = f"uid{os.getuid()}"
    return f"cli:{user}"


def record_cli(engine: Engine, clock: Clock, action: str, detail: dict[str, Any]) -> None:
    """A command-line action on personal data, in the same log as the console's."""
    with engine.begin() as conn:
        record_by(conn, utc_iso(clock.now()), cli_actor(), action, detail)


def record_by(conn: Connection, at: str, by: str, action: str, detail: dict[str, Any]) -> None:
    """One entry by the command line, a stand or the service itself (``by`` says who)."""
    conn.execute(
        insert(audit_log).values(
            at=at,
            agent_email=by[:254] or None,
            action=action,
            detail=json.dumps(detail, ensure_ascii=False, sort_keys=True),
        )
    )


def recent(engine: Engine, limit: int = 200) -> list[dict[str, Any]]:
    with engine.connect() as conn:
        rows = conn.execute(select(audit_log).order_by(audit_log.c.id.desc()).limit(limit))
        return [dict(r._mapping) for r in rows]


def search_terms_before(conn: Connection, cutoff: str) -> list[Any]:
    """Entries older than ``cutoff`` that keep a search term: (id, detail) rows."""
    return list(
        conn.execute(
            select(audit_log.c.id, audit_log.c.detail).where(
                audit_log.c.at < cutoff, audit_log.c.detail.like('%"q"%')
            )
        )
    )


def forget_search_terms(conn: Connection, entries: Sequence[Any]) -> None:
    """Drop the search term of these (id, detail) entries."""
    for row in entries:
        cleaned = forget_search_term(str(row.detail))
        conn.execute(update(audit_log).where(audit_log.c.id == row.id).values(detail=cleaned))


def _names_the_person(term: str, numbers: Iterable[str], names: Iterable[str]) -> bool:
    digits = "".join(ch for ch in term if ch.isdigit())
    if len(digits) >= 6 and any(digits.lstrip("0") in n or n.endswith(digits) for n in numbers):
        return True
    words = {w for w in term.casefold().split() if len(w) >= 3}
    return any(w in name for w in words for name in names)


def scrub_search_terms(conn: Connection, numbers: Iterable[str], names: Iterable[str]) -> int:
    """Drop audit search terms that name this person (their number typed any way, a name)."""
    wanted_numbers = ["".join(ch for ch in n if ch.isdigit()) for n in numbers]
    wanted_names = [n.casefold() for n in names if n]
    scrubbed = 0
    rows = conn.execute(
        select(audit_log.c.id, audit_log.c.detail).where(audit_log.c.detail.like('%"q"%'))
    )
    for row in rows.all():
        term = _search_term(str(row.detail))
        if term and _names_the_person(term, wanted_numbers, wanted_names):
            cleaned = forget_search_term(str(row.detail))
            conn.execute(update(audit_log).where(audit_log.c.id == row.id).values(detail=cleaned))
            scrubbed += 1
    return scrubbed


def _search_term(detail: str) -> str:
    try:
        value = json.loads(detail)
    except ValueError:
        return ""
    flt = value.get("filter") if isinstance(value, dict) else None
    term = flt.get("q") if isinstance(flt, dict) else None
    return term if isinstance(term, str) else ""


def forget_search_term(detail: str | None) -> str | None:
    """An audit detail without the free-text search term (which may be a name or a phone)."""
    try:
        value = json.loads(detail or "")
    except ValueError:
        return None
    if not isinstance(value, dict):
        return None
    flt = value.get("filter")
    if isinstance(flt, dict) and "q" in flt:
        value["filter"] = {k: v for k, v in flt.items() if k != "q"}
        value["search_removed"] = True
    value.pop("q", None)
    return json.dumps(value, ensure_ascii=False, sort_keys=True)
