"""`hq_leads` and `hq_kiosks` as contracts.md defines them, for checkouts without the HQ store."""

from __future__ import annotations

from sqlalchemy import Boolean, Column, Integer, MetaData, String, Table, Text


def define(metadata: MetaData) -> None:
    if "hq_leads" not in metadata.tables:
        Table(
            "hq_leads",
            metadata,
            Column("id", String(36), primary_key=True),
            *(
                Column(n, String(64))
                for n in ("kiosk_id", "event_id", "created_at", "received_at", "language", "desk")
            ),
            Column("tickets", Text),
            Column("interests", Text),
            *(
                Column(n, String(64))
                for n in (
                    "interest_city_id",
                    "interest_region_id",
                    "interest_type",
                    "country",
                    "city",
                )
            ),
            Column("is_mre", Boolean),
            Column("budget_mad", Integer),
            Column("consent_callback", Boolean),
            Column("consent_marketing", Boolean),
            Column("consent_share", Boolean),
            Column("notice_version", String(32)),
            Column("consent_at", String(32)),
            Column("first_name", String(200)),
            Column("last_name", String(200)),
            Column("phone_e164", String(20)),
            Column("email", String(254)),
            Column("note", Text),
            Column("content_hash", String(64)),
            Column("status", String(16), default="new"),
            Column("assigned_to", Integer),
            Column("next_call_date", String(10)),
        )
    if "hq_kiosks" not in metadata.tables:
        Table(
            "hq_kiosks",
            metadata,
            Column("id", String(36), primary_key=True),
            Column("name", String(100)),
            Column("event_id", String(64)),
            Column("token_hash", String(128)),
            Column("revoked", Boolean, default=False),
            Column("created_at", String(32)),
            Column("last_seen", String(32)),
            Column("last_heartbeat", Text),
        )
