"""Follow-up: contact attempts with outcomes, appointments, managers' visitor merges;
webhooks with their delivery log, integration API tokens.

Revision ID: 0005_followup
Revises: 0004_visitors_agencies
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005_followup"
down_revision = "0004_visitors_agencies"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "hq_contact_attempts",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("visitor_id", sa.Integer, nullable=False),
        sa.Column("at", sa.String(32), nullable=False),
        sa.Column("agent_id", sa.Integer),
        sa.Column("channel", sa.String(16), nullable=False),
        sa.Column("outcome", sa.String(20), nullable=False),
        sa.Column("lost_reason", sa.String(20)),
        sa.Column("note", sa.Text, nullable=False),
    )
    op.create_index("ix_hq_contact_attempts_visitor", "hq_contact_attempts", ["visitor_id", "at"])
    op.create_index("ix_hq_contact_attempts_at", "hq_contact_attempts", ["at"])
    op.create_table(
        "hq_appointments",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("visitor_id", sa.Integer, nullable=False),
        sa.Column("agency_id", sa.Integer),
        sa.Column("agent_id", sa.Integer),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("starts_at", sa.String(32), nullable=False),
        sa.Column("minutes", sa.Integer, nullable=False),
        sa.Column("place", sa.String(200), nullable=False),
        sa.Column("created_at", sa.String(32), nullable=False),
        sa.Column("invited", sa.Boolean, nullable=False),
    )
    op.create_index("ix_hq_appointments_agency", "hq_appointments", ["agency_id", "starts_at"])
    op.create_index("ix_hq_appointments_visitor", "hq_appointments", ["visitor_id", "starts_at"])
    op.create_table(
        "hq_visitor_merges",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("keep_id", sa.Integer, nullable=False),
        sa.Column("other_id", sa.Integer, nullable=False),
        sa.Column("moved", sa.Text, nullable=False),
        sa.Column("at", sa.String(32), nullable=False),
        sa.Column("agent_id", sa.Integer),
        sa.Column("undone_at", sa.String(32)),
    )
    op.create_index("ix_hq_visitor_merges_keep", "hq_visitor_merges", ["keep_id"])
    _integrations()


def _integrations() -> None:
    op.create_table(
        "hq_webhooks",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("name", sa.String(100), nullable=False),
        sa.Column("url", sa.String(500), nullable=False),
        sa.Column("secret", sa.String(100), nullable=False),
        sa.Column("events", sa.Text, nullable=False),
        sa.Column("active", sa.Boolean, nullable=False),
        sa.Column("created_at", sa.String(32), nullable=False),
    )
    op.create_table(
        "hq_webhook_deliveries",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("webhook_id", sa.Integer, nullable=False),
        sa.Column("event", sa.String(40), nullable=False),
        sa.Column("body", sa.Text, nullable=False),
        sa.Column("state", sa.String(12), nullable=False),
        sa.Column("attempts", sa.Integer, nullable=False),
        sa.Column("next_at", sa.String(32), nullable=False),
        sa.Column("last_status", sa.Integer),
        sa.Column("last_error", sa.String(200)),
        sa.Column("created_at", sa.String(32), nullable=False),
        sa.Column("delivered_at", sa.String(32)),
    )
    op.create_index("ix_hq_webhook_deliveries_due", "hq_webhook_deliveries", ["state", "next_at"])
    op.create_index("ix_hq_webhook_deliveries_hook", "hq_webhook_deliveries", ["webhook_id", "id"])
    op.create_table(
        "hq_api_tokens",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("name", sa.String(100), nullable=False),
        sa.Column("token_hash", sa.String(64), nullable=False, unique=True),
        sa.Column("scopes", sa.Text, nullable=False),
        sa.Column("revoked", sa.Boolean, nullable=False),
        sa.Column("created_at", sa.String(32), nullable=False),
    )


def downgrade() -> None:
    op.drop_table("hq_api_tokens")
    op.drop_index("ix_hq_webhook_deliveries_hook", table_name="hq_webhook_deliveries")
    op.drop_index("ix_hq_webhook_deliveries_due", table_name="hq_webhook_deliveries")
    op.drop_table("hq_webhook_deliveries")
    op.drop_table("hq_webhooks")
    op.drop_index("ix_hq_visitor_merges_keep", table_name="hq_visitor_merges")
    op.drop_table("hq_visitor_merges")
    op.drop_index("ix_hq_appointments_visitor", table_name="hq_appointments")
    op.drop_index("ix_hq_appointments_agency", table_name="hq_appointments")
    op.drop_table("hq_appointments")
    op.drop_index("ix_hq_contact_attempts_at", table_name="hq_contact_attempts")
    op.drop_index("ix_hq_contact_attempts_visitor", table_name="hq_contact_attempts")
    op.drop_table("hq_contact_attempts")
