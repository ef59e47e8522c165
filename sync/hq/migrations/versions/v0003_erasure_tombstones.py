"""Erasure tombstones (``sync.hq.erasure``): lead ids and keyed phone hashes that stay erased.

A database made by ``create_all`` after tombstones arrived and before migrations already has
the table: it is kept as it is.

Revision ID: 0003_erasure_tombstones
Revises: 0002_legacy_guard
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003_erasure_tombstones"
down_revision = "0002_legacy_guard"
branch_labels = None
depends_on = None


def upgrade() -> None:
    if sa.inspect(op.get_bind()).has_table("hq_erasures"):
        return
    op.create_table(
        "hq_erasures",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("lead_id", sa.String(36), nullable=True),
        sa.Column("phone_hash", sa.String(64), nullable=True),
        sa.Column("erased_at", sa.String(32), nullable=False),
        sa.Column("erased_by", sa.String(254), nullable=False),
        sa.Column("source", sa.String(16), nullable=False),
    )
    op.create_index("ix_hq_erasures_lead", "hq_erasures", ["lead_id"])
    op.create_index("ix_hq_erasures_phone", "hq_erasures", ["phone_hash"])


def downgrade() -> None:
    op.drop_index("ix_hq_erasures_phone", table_name="hq_erasures")
    op.drop_index("ix_hq_erasures_lead", table_name="hq_erasures")
    op.drop_table("hq_erasures")
