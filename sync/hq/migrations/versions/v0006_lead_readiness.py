"""The lead's readiness answers, kiosk activity and score (``sync.contract.lead_score``).

Leads stored before have no answers: they get the score their other fields give.

Revision ID: 0006_lead_readiness
Revises: 0005_followup
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from sync.contract.lead_score import score_lead

revision = "0006_lead_readiness"
down_revision = "0005_followup"
branch_labels = None
depends_on = None


def _columns() -> tuple[sa.Column[object], ...]:
    return (
        sa.Column("horizon", sa.String(16), nullable=False, server_default=""),
        sa.Column("funding", sa.String(16), nullable=False, server_default=""),
        sa.Column("home_owner_ma", sa.Boolean, nullable=True),
        sa.Column("units_opened", sa.Integer, nullable=False, server_default="0"),
        sa.Column("simulation_run", sa.Boolean, nullable=False, server_default=sa.false()),
        sa.Column("brochure_printed", sa.Boolean, nullable=False, server_default=sa.false()),
        sa.Column("lead_score", sa.String(8), nullable=False, server_default="cold"),
        sa.Column("score_key", sa.String(4), nullable=False, server_default="00"),
    )


def upgrade() -> None:
    bind = op.get_bind()
    existing = {c["name"] for c in sa.inspect(bind).get_columns("hq_leads")}
    for column in _columns():
        if column.name not in existing:
            op.add_column("hq_leads", column)
    op.create_index("ix_hqc_leads_score", "hq_leads", ["score_key", "id"], if_not_exists=True)
    # Older leads have no answers and no activity: only a desk ticket can give them a point.
    with_ticket = score_lead({"tickets": {"alomrane": "A-001"}})
    leads = sa.table(
        "hq_leads",
        sa.column("tickets", sa.Text),
        sa.column("lead_score", sa.String),
        sa.column("score_key", sa.String),
    )
    bind.execute(
        sa.update(leads)
        .where(leads.c.tickets != "{}")
        .values(lead_score=with_ticket.level, score_key=with_ticket.sort_key)
    )


def downgrade() -> None:
    op.drop_index("ix_hqc_leads_score", table_name="hq_leads")
    for column in reversed(_columns()):
        op.drop_column("hq_leads", column.name)
