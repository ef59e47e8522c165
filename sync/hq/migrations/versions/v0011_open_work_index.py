"""The today page reads an agent's open visitors from one partial index holding what it sorts
and filters on (score, deadline, first contact, next call, stage, first seen): on PostgreSQL an
index-only scan of a few thousand entries instead of as many table pages.

Revision ID: 0011_open_work_index
Revises: 0007_visitor_agency_index
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0011_open_work_index"
down_revision = "0007_visitor_agency_index"
branch_labels = None
depends_on = None

# as sync.hq.visitors.OPEN writes it: the same literal constants
OPEN = (
    "merged_into IS NULL AND review <> 'excluded' AND stage NOT IN ('reservation', 'sale', 'lost')"
)


def upgrade() -> None:
    op.create_index(
        "ix_hq_visitors_open_work",
        "hq_visitors",
        ["assigned_to", "agency_id"],
        postgresql_include=[
            "id", "score", "due_at", "first_contact_at", "next_call_date", "stage", "first_seen",
        ],
        postgresql_where=sa.text(OPEN),
        sqlite_where=sa.text(OPEN),
    )  # fmt: skip


def downgrade() -> None:
    op.drop_index("ix_hq_visitors_open_work", table_name="hq_visitors")
