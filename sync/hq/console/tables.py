"""The console's own tables (agents, sessions, audit, lead history) on the HQ store's metadata.

`Store.migrate()` imports this module so `metadata.create_all` creates them; the indexes the
leads page needs on `hq_leads` are added by `ensure_console_schema` because `create_all`
never adds an index to a table that already exists.
"""

from __future__ import annotations

import warnings

from sqlalchemy import (
    Boolean,
    Column,
    Engine,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
    exc,
    func,
    inspect,
    text,
)

from sync.contract.vocabulary import SALES_STAGES
from sync.hq.store import metadata

__all__ = [
    "CONSOLE_TABLES",
    "ROLES",
    "STATUSES",
    "agents",
    "audit_log",
    "console_sessions",
    "console_state",
    "ensure_console_schema",
    "kiosks_table",
    "lead_history",
    "lead_page_indexes",
    "lead_programmes",
    "leads_table",
    "metadata",
    "signin_throttle",
]

ROLES = ("agent", "manager", "admin")
STATUSES = tuple(SALES_STAGES)

agents = Table(
    "hq_agents",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("email", String(254), nullable=False),
    Column("role", String(16), nullable=False),
    Column("region", String(64), nullable=True),
    Column("password_hash", String(255), nullable=False),
    Column("disabled", Boolean, nullable=False, default=False),
    Column("language", String(2), nullable=False, default="fr"),
    Column("created_at", String(20), nullable=False),
    UniqueConstraint("email", name="uq_hq_agents_email"),
)

console_sessions = Table(
    "hq_console_sessions",
    metadata,
    # sha256 of the cookie value: a stolen database does not give live sessions
    Column("token_hash", String(64), primary_key=True),
    Column("agent_id", Integer, ForeignKey("hq_agents.id"), nullable=False),
    Column("csrf_token", String(64), nullable=False),
    Column("created_at", String(20), nullable=False),
    Column("last_seen", String(20), nullable=False),
    Column("expires_at", String(20), nullable=False),
    Index("ix_hq_console_sessions_agent", "agent_id"),
)

signin_throttle = Table(
    "hq_signin_throttle",
    metadata,
    Column("key", String(300), primary_key=True),
    Column("failures", Integer, nullable=False, default=0),
    Column("window_start", String(20), nullable=False),
    Column("locked_until", String(20), nullable=True),
)

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

lead_history = Table(
    "hq_lead_history",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("lead_id", String(36), nullable=False),
    Column("at", String(20), nullable=False),
    Column("agent_id", Integer, nullable=True),
    Column("agent_email", String(254), nullable=True),
    Column("kind", String(16), nullable=False),  # status | note | assign | next_call
    Column("old_value", String(254), nullable=True),
    Column("new_value", String(254), nullable=True),
    Column("note", Text, nullable=True),
    Index("ix_hq_lead_history_lead", "lead_id", "id"),
)

lead_programmes = Table(
    "hq_lead_programmes",
    metadata,
    # which programmes a lead looked at (derived from its unit refs and the catalog)
    Column("lead_id", String(36), primary_key=True),
    Column("programme_id", String(64), primary_key=True),
    Index("ix_hq_lead_programmes_programme", "programme_id", "lead_id"),
)

console_state = Table(
    "hq_console_state",
    metadata,
    Column("key", String(64), primary_key=True),
    Column("value", Text, nullable=False),
)

CONSOLE_TABLES = (
    agents,
    console_sessions,
    signin_throttle,
    audit_log,
    lead_history,
    lead_programmes,
    console_state,
)


def leads_table() -> Table:
    """The HQ store's `hq_leads` table (owned by the store, read and updated here)."""
    table: Table = metadata.tables["hq_leads"]
    return table


def kiosks_table() -> Table:
    table: Table = metadata.tables["hq_kiosks"]
    return table


def lead_page_indexes() -> list[Index]:
    """Indexes behind every filter and sort of the leads page; created once, idempotently."""
    t = leads_table()
    wanted = [
        ("ix_hqc_leads_created", (t.c.created_at, t.c.id)),
        ("ix_hqc_leads_event_created", (t.c.event_id, t.c.created_at, t.c.id)),
        ("ix_hqc_leads_region_created", (t.c.interest_region_id, t.c.created_at, t.c.id)),
        ("ix_hqc_leads_city_created", (t.c.interest_city_id, t.c.created_at, t.c.id)),
        ("ix_hqc_leads_status_created", (t.c.status, t.c.created_at, t.c.id)),
        ("ix_hqc_leads_assigned_created", (t.c.assigned_to, t.c.created_at, t.c.id)),
        ("ix_hqc_leads_phone", (t.c.phone_e164,)),
        ("ix_hqc_leads_received", (t.c.received_at, t.c.id)),
        ("ix_hqc_leads_name", (t.c.last_name, t.c.id)),
        ("ix_hqc_leads_last_name", (func.lower(t.c.last_name),)),
        ("ix_hqc_leads_first_name", (func.lower(t.c.first_name),)),
    ]
    existing = {str(ix.name): ix for ix in t.indexes}
    out: list[Index] = []
    for name, cols in wanted:
        found = existing.get(name)
        out.append(found if found is not None else Index(name, *cols))
    return out


def _index_names(engine: Engine, table: str) -> set[str]:
    """Index names, expression indexes included (reflection skips those)."""
    queries = {
        "sqlite": "SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = :t",
        "postgresql": "SELECT indexname FROM pg_indexes WHERE tablename = :t",
    }
    query = queries.get(engine.dialect.name)
    if query is None:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", exc.SAWarning)
            return {str(ix["name"]) for ix in inspect(engine).get_indexes(table)}
    with engine.connect() as conn:
        return {str(r[0]) for r in conn.execute(text(query), {"t": table})}


def ensure_console_schema(engine: Engine, meta: MetaData = metadata) -> None:
    """Create the console tables and the leads-page indexes if missing (safe to repeat)."""
    meta.create_all(engine, tables=list(CONSOLE_TABLES), checkfirst=True)
    present = _index_names(engine, "hq_leads")
    for index in lead_page_indexes():
        if index.name not in present:
            index.create(engine)
