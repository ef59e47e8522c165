"""Baseline: the HQ schema as it shipped before migrations.

Store, console tables and the leads-page indexes, exactly as ``create_all`` and the console's
index creator made them. A database made by that older code already has them: each table or
index that exists is kept (after checking the table has every column), the missing ones are
created, so such a database ends at this revision with nothing lost.

Revision ID: 0001_baseline
Revises:
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op
from sqlalchemy.schema import SchemaItem

revision = "0001_baseline"
down_revision = None
branch_labels = None
depends_on = None


def _store_tables() -> list[tuple[str, list[SchemaItem]]]:
    return [
        (
            "hq_leads",
            [
                sa.Column("id", sa.String(36), primary_key=True),
                sa.Column("kiosk_id", sa.String(64), nullable=False),
                sa.Column("event_id", sa.String(64), nullable=False),
                sa.Column("created_at", sa.String(32), nullable=False),
                sa.Column("received_at", sa.String(32), nullable=False),
                sa.Column("language", sa.String(8), nullable=False),
                sa.Column("desk", sa.String(16), nullable=False),
                sa.Column("tickets", sa.Text, nullable=False),
                sa.Column("interests", sa.Text, nullable=False),
                sa.Column("interest_city_id", sa.String(64)),
                sa.Column("interest_region_id", sa.String(64)),
                sa.Column("interest_type", sa.String(64)),
                sa.Column("country", sa.String(64), nullable=False),
                sa.Column("city", sa.String(120), nullable=False),
                sa.Column("is_mre", sa.Boolean),
                sa.Column("budget_mad", sa.Integer),
                sa.Column("consent_callback", sa.Boolean, nullable=False),
                sa.Column("consent_marketing", sa.Boolean, nullable=False),
                sa.Column("consent_share", sa.Boolean, nullable=False),
                sa.Column("notice_version", sa.String(64), nullable=False),
                sa.Column("consent_at", sa.String(32), nullable=False),
                sa.Column("consent_language", sa.String(8), nullable=False),
                sa.Column("first_name", sa.String(200), nullable=False),
                sa.Column("last_name", sa.String(200), nullable=False),
                sa.Column("phone_e164", sa.String(20), nullable=False),
                sa.Column("email", sa.String(254), nullable=False),
                sa.Column("note", sa.Text, nullable=False),
                sa.Column("content_hash", sa.String(128), nullable=False),
                sa.Column("status", sa.String(16), nullable=False),
                sa.Column("assigned_to", sa.Integer),
                sa.Column("next_call_date", sa.String(10)),
            ],
        ),
        (
            "hq_kiosks",
            [
                sa.Column("id", sa.String(36), primary_key=True),
                sa.Column("name", sa.String(100), nullable=False, unique=True),
                sa.Column("event_id", sa.String(64), nullable=False),
                sa.Column("token_hash", sa.String(128), nullable=False),
                sa.Column("revoked", sa.Boolean, nullable=False),
                sa.Column("created_at", sa.String(32), nullable=False),
                sa.Column("last_seen", sa.String(32)),
                sa.Column("last_heartbeat", sa.Text),
            ],
        ),
        (
            "hq_catalog_units",
            [
                sa.Column("ref", sa.String(40), primary_key=True),
                sa.Column("record", sa.Text, nullable=False),
                sa.Column("city_id", sa.String(64)),
                sa.Column("region_id", sa.String(64)),
                sa.Column("type", sa.String(32)),
                sa.Column("version", sa.Integer, nullable=False),
                sa.Column("deleted", sa.Boolean, nullable=False),
            ],
        ),
        (
            "hq_catalog_versions",
            [
                sa.Column("version", sa.Integer, primary_key=True),
                sa.Column("created_at", sa.String(32), nullable=False),
                sa.Column("source", sa.String(200), nullable=False),
                sa.Column("upserts", sa.Integer, nullable=False),
                sa.Column("deletions", sa.Integer, nullable=False),
            ],
        ),
        (
            "hq_analytics",
            [
                sa.Column("kiosk_id", sa.String(36), primary_key=True),
                sa.Column("event_id", sa.String(64), nullable=False),
                sa.Column("day", sa.String(10), primary_key=True),
                sa.Column("kind", sa.String(32), primary_key=True),
                sa.Column("value", sa.String(200), primary_key=True),
                sa.Column("count", sa.Integer, nullable=False),
            ],
        ),
        (
            "hq_schema",
            [
                sa.Column("id", sa.Integer, primary_key=True),
                sa.Column("version", sa.Integer, nullable=False),
            ],
        ),
    ]


def _console_tables() -> list[tuple[str, list[SchemaItem]]]:
    return [
        (
            "hq_agents",
            [
                sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
                sa.Column("email", sa.String(254), nullable=False),
                sa.Column("role", sa.String(16), nullable=False),
                sa.Column("region", sa.String(64)),
                sa.Column("password_hash", sa.String(255), nullable=False),
                sa.Column("disabled", sa.Boolean, nullable=False),
                sa.Column("language", sa.String(2), nullable=False),
                sa.Column("created_at", sa.String(20), nullable=False),
                sa.UniqueConstraint("email", name="uq_hq_agents_email"),
            ],
        ),
        (
            "hq_console_sessions",
            [
                sa.Column("token_hash", sa.String(64), primary_key=True),
                sa.Column("agent_id", sa.Integer, sa.ForeignKey("hq_agents.id"), nullable=False),
                sa.Column("csrf_token", sa.String(64), nullable=False),
                sa.Column("created_at", sa.String(20), nullable=False),
                sa.Column("last_seen", sa.String(20), nullable=False),
                sa.Column("expires_at", sa.String(20), nullable=False),
            ],
        ),
        (
            "hq_signin_throttle",
            [
                sa.Column("key", sa.String(300), primary_key=True),
                sa.Column("failures", sa.Integer, nullable=False),
                sa.Column("window_start", sa.String(20), nullable=False),
                sa.Column("locked_until", sa.String(20)),
            ],
        ),
        (
            "hq_audit_log",
            [
                sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
                sa.Column("at", sa.String(20), nullable=False),
                sa.Column("agent_id", sa.Integer),
                sa.Column("agent_email", sa.String(254)),
                sa.Column("action", sa.String(32), nullable=False),
                sa.Column("lead_id", sa.String(36)),
                sa.Column("detail", sa.Text),
            ],
        ),
        (
            "hq_lead_history",
            [
                sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
                sa.Column("lead_id", sa.String(36), nullable=False),
                sa.Column("at", sa.String(20), nullable=False),
                sa.Column("agent_id", sa.Integer),
                sa.Column("agent_email", sa.String(254)),
                sa.Column("kind", sa.String(16), nullable=False),
                sa.Column("old_value", sa.String(254)),
                sa.Column("new_value", sa.String(254)),
                sa.Column("note", sa.Text),
            ],
        ),
        (
            "hq_lead_programmes",
            [
                sa.Column("lead_id", sa.String(36), primary_key=True),
                sa.Column("programme_id", sa.String(64), primary_key=True),
            ],
        ),
        (
            "hq_console_state",
            [
                sa.Column("key", sa.String(64), primary_key=True),
                sa.Column("value", sa.Text, nullable=False),
            ],
        ),
    ]


# (index name, table, columns or SQL expressions)
INDEXES: list[tuple[str, str, list[str | sa.TextClause]]] = [
    ("hq_catalog_units_version", "hq_catalog_units", ["version"]),
    ("ix_hq_console_sessions_agent", "hq_console_sessions", ["agent_id"]),
    ("ix_hq_audit_log_at", "hq_audit_log", ["at"]),
    ("ix_hq_audit_log_lead", "hq_audit_log", ["lead_id"]),
    ("ix_hq_lead_history_lead", "hq_lead_history", ["lead_id", "id"]),
    ("ix_hq_lead_programmes_programme", "hq_lead_programmes", ["programme_id", "lead_id"]),
    ("ix_hqc_leads_created", "hq_leads", ["created_at", "id"]),
    ("ix_hqc_leads_event_created", "hq_leads", ["event_id", "created_at", "id"]),
    ("ix_hqc_leads_region_created", "hq_leads", ["interest_region_id", "created_at", "id"]),
    ("ix_hqc_leads_city_created", "hq_leads", ["interest_city_id", "created_at", "id"]),
    ("ix_hqc_leads_status_created", "hq_leads", ["status", "created_at", "id"]),
    ("ix_hqc_leads_assigned_created", "hq_leads", ["assigned_to", "created_at", "id"]),
    ("ix_hqc_leads_phone", "hq_leads", ["phone_e164"]),
    ("ix_hqc_leads_received", "hq_leads", ["received_at", "id"]),
    ("ix_hqc_leads_name", "hq_leads", ["last_name", "id"]),
    ("ix_hqc_leads_last_name", "hq_leads", [sa.text("lower(last_name)")]),
    ("ix_hqc_leads_first_name", "hq_leads", [sa.text("lower(first_name)")]),
]

_INDEX_NAMES = {
    "sqlite": "SELECT name FROM sqlite_master WHERE type = 'index'",
    "postgresql": "SELECT indexname FROM pg_indexes WHERE schemaname = current_schema()",
}


def _present_indexes(conn: sa.Connection) -> set[str]:
    """Index names, expression indexes included (reflection skips those)."""
    return {str(row[0]) for row in conn.execute(sa.text(_INDEX_NAMES[conn.dialect.name]))}


def _check_columns(conn: sa.Connection, name: str, items: list[SchemaItem]) -> None:
    present = {str(c["name"]) for c in sa.inspect(conn).get_columns(name)}
    missing = [i.name for i in items if isinstance(i, sa.Column) and i.name not in present]
    if missing:
        raise RuntimeError(f"table {name} predates the baseline: no {', '.join(missing)}")


def upgrade() -> None:
    conn = op.get_bind()
    existing = set(sa.inspect(conn).get_table_names())
    for name, items in [*_store_tables(), *_console_tables()]:
        if name in existing:
            _check_columns(conn, name, items)
        else:
            op.create_table(name, *items)
    present = _present_indexes(conn)
    for index, table, columns in INDEXES:
        if index not in present:
            op.create_index(index, table, columns)
    if conn.execute(sa.text("SELECT count(*) FROM hq_schema")).scalar() == 0:
        conn.execute(sa.text("INSERT INTO hq_schema (id, version) VALUES (1, 1)"))


def downgrade() -> None:
    for index, table, _ in reversed(INDEXES):
        op.drop_index(index, table_name=table)
    for name, _ in reversed([*_store_tables(), *_console_tables()]):
        op.drop_table(name)
