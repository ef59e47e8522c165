"""Lead batches held as the stands sent them (``hq_lead_batches``): a stand's batch is
acknowledged once its body is durable, and unpacked into the inbox afterwards, see
``sync.hq.inbox``.

Revision ID: 0014_lead_batches
Revises: 0013_kiosk_token_index
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0014_lead_batches"
down_revision = "0013_kiosk_token_index"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "hq_lead_batches",
        sa.Column("seq", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("kiosk_id", sa.String(64), nullable=False),
        sa.Column("received_at", sa.String(32), nullable=False),
        sa.Column("encoding", sa.String(16), nullable=False),
        sa.Column("body", sa.LargeBinary, nullable=False),
        sa.Column("records", sa.Integer, nullable=False),
        sa.Column("lease", sa.String(32)),
        sa.Column("lease_until", sa.String(32)),
    )
    op.create_index("ix_hq_lead_batches_lease", "hq_lead_batches", ["lease_until"])


def downgrade() -> None:
    op.drop_index("ix_hq_lead_batches_lease", table_name="hq_lead_batches")
    op.drop_table("hq_lead_batches")
