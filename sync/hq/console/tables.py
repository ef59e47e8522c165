"""The console's own tables (agents, sessions, audit, lead history) on the HQ store's metadata.

The Alembic revisions in `sync/hq/migrations` create them; the indexes the leads page needs
are declared with `hq_leads` in `sync.hq.leads`.
"""

from __future__ import annotations

from sqlalchemy import (
    Boolean,
    Column,
    ForeignKey,
    Index,
    Integer,
    String,
    Table,
    Text,
    UniqueConstraint,
)

from sync.contract.vocabulary import SALES_STAGES
from sync.hq.metadata import metadata

__all__ = [
    "CONSOLE_TABLES",
    "ROLES",
    "STATUSES",
    "agents",
    "audit_log",
    "console_sessions",
    "console_state",
    "lead_history",
    "lead_programmes",
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
