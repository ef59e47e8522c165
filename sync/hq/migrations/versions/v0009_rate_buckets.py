"""The per-kiosk rate limit's buckets, shared by every worker (``sync.hq.ratelimit``).

Revision ID: 0009_rate_buckets
Revises: 0008_lead_inbox
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0009_rate_buckets"
down_revision = "0008_lead_inbox"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "hq_rate_buckets",
        sa.Column("kiosk_id", sa.String(64), primary_key=True),
        sa.Column("tokens", sa.Float, nullable=False),
        sa.Column("at", sa.Float, nullable=False),
    )


def downgrade() -> None:
    op.drop_table("hq_rate_buckets")
