"""Follow-up, second round.

- The today page reads an agent's open visitors from one partial index holding what it sorts
  and filters on (score, deadline, first contact, next call, stage, first seen): on PostgreSQL
  an index-only scan of a few thousand entries instead of as many table pages.
- Appointments keep a calendar UID and a sequence, and can be moved or cancelled.
- The morning digest goes once per agent per day (``hq_digest_sends``).

Revision ID: 0011_followup_round2
Revises: 0009_rate_buckets
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0011_followup_round2"
down_revision = "0009_rate_buckets"
branch_labels = None
depends_on = None

# as sync.hq.visitors.OPEN writes it: the same literal constants
OPEN = (
    "merged_into IS NULL AND review <> 'excluded' AND stage NOT IN ('reservation', 'sale', 'lost')"
)


def _appointment_columns() -> tuple[sa.Column[object], ...]:
    return (
        sa.Column("uid", sa.String(100), nullable=True),
        sa.Column("sequence", sa.Integer, nullable=False, server_default="0"),
        sa.Column("changed_at", sa.String(32), nullable=True),
        sa.Column("cancelled_at", sa.String(32), nullable=True),
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
    with op.batch_alter_table("hq_appointments") as batch:
        for column in _appointment_columns():
            batch.add_column(column)
    op.create_table(
        "hq_digest_sends",
        sa.Column("agent_id", sa.Integer, primary_key=True),
        sa.Column("day", sa.String(10), primary_key=True),
        sa.Column("sent_at", sa.String(32), nullable=False),
    )


def downgrade() -> None:
    op.drop_table("hq_digest_sends")
    with op.batch_alter_table("hq_appointments") as batch:
        for column in reversed(_appointment_columns()):
            batch.drop_column(column.name)
    op.drop_index("ix_hq_visitors_open_work", table_name="hq_visitors")
