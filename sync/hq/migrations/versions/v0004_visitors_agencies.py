"""Visitors (one per phone), agencies and their agents, event follow-up settings.

Adds ``hq_leads.visitor_id`` and fills it: the leads already stored are grouped by phone into
visitors in a few set-based statements (a million leads take seconds, not a loop per row).
Each visitor takes its first lead's event and language, its latest lead's stage, the latest
assignee and next-call date. No deadline is set for them (the rule starts with this version),
and no agency: ``omrane-hq agency import`` routes the visitors without one.

Revision ID: 0004_visitors_agencies
Revises: 0003_erasure_tombstones
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004_visitors_agencies"
down_revision = "0003_erasure_tombstones"
branch_labels = None
depends_on = None


def _tables() -> None:
    op.create_table(
        "hq_visitors",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("created_at", sa.String(32), nullable=False),
        sa.Column("first_seen", sa.String(32), nullable=False),
        sa.Column("last_seen", sa.String(32), nullable=False),
        sa.Column("event_id", sa.String(64), nullable=False),
        sa.Column("language", sa.String(8), nullable=False),
        sa.Column("agency_id", sa.Integer),
        sa.Column("assigned_to", sa.Integer),
        sa.Column("review", sa.String(16), nullable=False),
        sa.Column("stage", sa.String(16), nullable=False),
        sa.Column("due_at", sa.String(32)),
        sa.Column("first_contact_at", sa.String(32)),
        sa.Column("next_call_date", sa.String(10)),
        sa.Column("score", sa.Integer),
        sa.Column("merged_into", sa.Integer),
    )
    op.create_index("ix_hq_visitors_assigned_due", "hq_visitors", ["assigned_to", "due_at", "id"])
    op.create_index("ix_hq_visitors_agency_due", "hq_visitors", ["agency_id", "due_at", "id"])
    op.create_index(
        "ix_hq_visitors_assigned_call", "hq_visitors", ["assigned_to", "next_call_date"]
    )
    op.create_index("ix_hq_visitors_last_seen", "hq_visitors", ["last_seen", "id"])
    op.create_table(
        "hq_agencies",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("name", sa.String(160), nullable=False),
        sa.Column("city", sa.String(120), nullable=False),
        sa.Column("region", sa.String(64), nullable=False),
        sa.Column("phone", sa.String(20), nullable=False),
        sa.Column("whatsapp", sa.String(20), nullable=False),
        sa.Column("email", sa.String(254), nullable=False),
        sa.Column("seat", sa.Boolean, nullable=False),
        sa.Column("created_at", sa.String(32), nullable=False),
        sa.UniqueConstraint("name", name="uq_hq_agencies_name"),
    )
    op.create_index("ix_hq_agencies_region", "hq_agencies", ["region", "id"])
    op.create_table(
        "hq_agency_agents",
        sa.Column("agent_id", sa.Integer, primary_key=True),
        sa.Column("agency_id", sa.Integer, nullable=False),
    )
    op.create_index("ix_hq_agency_agents_agency", "hq_agency_agents", ["agency_id"])
    op.create_table(
        "hq_events",
        sa.Column("event_id", sa.String(64), primary_key=True),
        sa.Column("deadline_hours", sa.Integer, nullable=False),
        sa.Column("cost_mad", sa.Integer),
        sa.Column("updated_at", sa.String(32), nullable=False),
    )


# Per phone: its first lead (event, language, created) and its latest (stage); the visitor
# ids are numbered in the order people first came.
_GROUPS = """
CREATE TEMPORARY TABLE tmp_visitor_groups AS
SELECT phone_e164 AS phone,
       row_number() OVER (ORDER BY min(created_at), phone_e164) AS vid,
       min(created_at) AS first_seen, max(created_at) AS last_seen,
       max(received_at) AS received, max(assigned_to) AS assigned_to,
       max(next_call_date) AS next_call_date
FROM hq_leads GROUP BY phone_e164
"""
_ENDS = """
CREATE TEMPORARY TABLE tmp_visitor_ends AS
SELECT phone_e164 AS phone, event_id, language, status,
       row_number() OVER (PARTITION BY phone_e164 ORDER BY created_at, id) AS first_rank,
       row_number() OVER (PARTITION BY phone_e164 ORDER BY created_at DESC, id DESC) AS last_rank
FROM hq_leads
"""
_VISITORS = """
INSERT INTO hq_visitors (id, created_at, first_seen, last_seen, event_id, language,
                         assigned_to, review, stage, next_call_date)
SELECT g.vid, g.received, g.first_seen, g.last_seen, f.event_id, f.language,
       g.assigned_to, 'received',
       CASE WHEN l.status IN ({stages}) THEN l.status ELSE 'new' END, g.next_call_date
FROM tmp_visitor_groups g
JOIN tmp_visitor_ends f ON f.phone = g.phone AND f.first_rank = 1
JOIN tmp_visitor_ends l ON l.phone = g.phone AND l.last_rank = 1
"""
_LINK = """
UPDATE hq_leads SET visitor_id = g.vid FROM tmp_visitor_groups g WHERE g.phone = hq_leads.phone_e164
"""
# the stages of that time, as history keeps them
_STAGES = ("new", "contacted", "visit", "reservation", "sale", "lost")


def _backfill(conn: sa.Connection) -> None:
    if not conn.execute(sa.text("SELECT count(*) FROM hq_leads")).scalar():
        return
    conn.execute(sa.text(_GROUPS))
    conn.execute(sa.text("CREATE INDEX tmp_visitor_groups_phone ON tmp_visitor_groups (phone)"))
    conn.execute(sa.text(_ENDS))
    conn.execute(sa.text("CREATE INDEX tmp_visitor_ends_phone ON tmp_visitor_ends (phone)"))
    stages = ", ".join(f"'{s}'" for s in _STAGES)
    conn.execute(sa.text(_VISITORS.format(stages=stages)))
    conn.execute(sa.text(_LINK))
    conn.execute(sa.text("DROP TABLE tmp_visitor_ends"))
    conn.execute(sa.text("DROP TABLE tmp_visitor_groups"))
    if conn.dialect.name == "postgresql":
        conn.execute(
            sa.text(
                "SELECT setval(pg_get_serial_sequence('hq_visitors', 'id'), "
                "(SELECT max(id) FROM hq_visitors))"
            )
        )


def upgrade() -> None:
    _tables()
    op.add_column("hq_leads", sa.Column("visitor_id", sa.Integer))
    _backfill(op.get_bind())
    op.create_index("ix_hq_leads_visitor", "hq_leads", ["visitor_id", "created_at"])


def downgrade() -> None:
    op.drop_index("ix_hq_leads_visitor", table_name="hq_leads")
    # a native DROP COLUMN (SQLite >= 3.35): a batch copy would lose the expression indexes
    op.drop_column("hq_leads", "visitor_id")
    op.drop_table("hq_events")
    op.drop_index("ix_hq_agency_agents_agency", table_name="hq_agency_agents")
    op.drop_table("hq_agency_agents")
    op.drop_index("ix_hq_agencies_region", table_name="hq_agencies")
    op.drop_table("hq_agencies")
    for name in (
        "ix_hq_visitors_last_seen",
        "ix_hq_visitors_assigned_call",
        "ix_hq_visitors_agency_due",
        "ix_hq_visitors_assigned_due",
    ):
        op.drop_index(name, table_name="hq_visitors")
    op.drop_table("hq_visitors")
