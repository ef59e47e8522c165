"""Programs from before migrations refuse a migrated database.

They compare ``hq_schema.version`` with the 1 they know and stop when it is higher, instead of
running their ``create_all`` against a schema they do not understand.

Revision ID: 0002_legacy_guard
Revises: 0001_baseline
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002_legacy_guard"
down_revision = "0001_baseline"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.execute(sa.text("UPDATE hq_schema SET version = 2"))


def downgrade() -> None:
    op.execute(sa.text("UPDATE hq_schema SET version = 1"))
