"""Every stand request finds its kiosk by the token's hash: an index instead of a scan of
all the kiosks ever enrolled (re-enrollments add rows, none is deleted).

Revision ID: 0013_kiosk_token_index
Revises: 0012_send_selection
"""

from __future__ import annotations

from alembic import op

revision = "0013_kiosk_token_index"
down_revision = "0012_send_selection"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_hq_kiosks_token", "hq_kiosks", ["token_hash"])


def downgrade() -> None:
    op.drop_index("ix_hq_kiosks_token", table_name="hq_kiosks")
