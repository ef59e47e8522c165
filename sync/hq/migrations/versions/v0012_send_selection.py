"""'Send me my selection': the stands' sending requests (address sealed, consent proof,
delivery state, retries) and the recipients who asked to stop.

Revision ID: 0012_send_selection
Revises: 0011_followup_round2
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0012_send_selection"
down_revision = "0011_followup_round2"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "hq_sends",
        sa.Column("id", sa.String(36), primary_key=True),
        sa.Column("kiosk_id", sa.String(64), nullable=False),
        sa.Column("event_id", sa.String(64), nullable=False),
        sa.Column("lead_id", sa.String(36), nullable=False),
        sa.Column("channel", sa.String(16), nullable=False),
        sa.Column("language", sa.String(8), nullable=False),
        sa.Column("link", sa.String(400), nullable=False),
        sa.Column("recipient_sealed", sa.String(2000), nullable=False),
        sa.Column("recipient_key", sa.String(64), nullable=False),
        sa.Column("consent_given", sa.Boolean, nullable=False),
        sa.Column("notice_version", sa.String(64), nullable=False),
        sa.Column("consent_at", sa.String(32), nullable=False),
        sa.Column("consent_language", sa.String(8), nullable=False),
        sa.Column("content_hash", sa.String(128), nullable=False),
        sa.Column("received_at", sa.String(32), nullable=False),
        sa.Column("state", sa.String(12), nullable=False),
        sa.Column("reason", sa.String(300), nullable=False),
        sa.Column("attempts", sa.Integer, nullable=False),
        sa.Column("next_at", sa.String(32), nullable=False),
        sa.Column("provider_id", sa.String(200), nullable=False),
        sa.Column("done_at", sa.String(32), nullable=False),
    )
    op.create_index("ix_hq_sends_due", "hq_sends", ["state", "next_at"])
    op.create_index("ix_hq_sends_recipient", "hq_sends", ["recipient_key", "state"])
    op.create_index("ix_hq_sends_lead", "hq_sends", ["lead_id"])
    op.create_table(
        "hq_send_stops",
        sa.Column("recipient_key", sa.String(64), primary_key=True),
        sa.Column("stopped_at", sa.String(32), nullable=False),
    )


def downgrade() -> None:
    op.drop_table("hq_send_stops")
    op.drop_index("ix_hq_sends_lead", table_name="hq_sends")
    op.drop_index("ix_hq_sends_recipient", table_name="hq_sends")
    op.drop_index("ix_hq_sends_due", table_name="hq_sends")
    op.drop_table("hq_sends")
