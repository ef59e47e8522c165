"""The today page's "untaken visitors of my agency" read one index range: (agency, assignee,
deadline) replaces (agency, deadline), which had to be intersected with every unassigned
visitor.

Revision ID: 0007_visitor_agency_index
Revises: 0006_lead_readiness
"""

from __future__ import annotations

from alembic import op

revision = "0007_visitor_agency_index"
down_revision = "0006_lead_readiness"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.drop_index("ix_hq_visitors_agency_due", table_name="hq_visitors")
    op.create_index(
        "ix_hq_visitors_agency_open", "hq_visitors", ["agency_id", "assigned_to", "due_at"]
    )


def downgrade() -> None:
    op.drop_index("ix_hq_visitors_agency_open", table_name="hq_visitors")
    op.create_index("ix_hq_visitors_agency_due", "hq_visitors", ["agency_id", "due_at", "id"])
