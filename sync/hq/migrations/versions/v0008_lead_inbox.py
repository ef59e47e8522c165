"""Leads held sealed until opened (``hq_lead_inbox``) and the outcomes stands pull
(``hq_lead_outcomes``), see ``sync.hq.inbox``.

Revision ID: 0008_lead_inbox
Revises: 0007_visitor_agency_index
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0008_lead_inbox"
down_revision = "0007_visitor_agency_index"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "hq_lead_inbox",
        sa.Column("id", sa.String(36), primary_key=True),
        sa.Column("kiosk_id", sa.String(64), nullable=False),
        sa.Column("received_at", sa.String(32), nullable=False),
        sa.Column("content_hash", sa.String(128), nullable=False),
        sa.Column("record", sa.Text, nullable=False),
        sa.Column("lease", sa.String(32)),
        sa.Column("lease_until", sa.String(32)),
    )
    op.create_index("ix_hq_lead_inbox_lease", "hq_lead_inbox", ["lease_until"])
    op.create_table(
        "hq_lead_outcomes",
        sa.Column("seq", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("kiosk_id", sa.String(64), nullable=False),
        sa.Column("lead_id", sa.String(36), nullable=False),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("reason", sa.String(500), nullable=False),
        sa.Column("at", sa.String(32), nullable=False),
    )
    op.create_index("ix_hq_lead_outcomes_kiosk", "hq_lead_outcomes", ["kiosk_id", "seq"])


def downgrade() -> None:
    op.drop_index("ix_hq_lead_outcomes_kiosk", table_name="hq_lead_outcomes")
    op.drop_table("hq_lead_outcomes")
    op.drop_index("ix_hq_lead_inbox_lease", table_name="hq_lead_inbox")
    op.drop_table("hq_lead_inbox")
