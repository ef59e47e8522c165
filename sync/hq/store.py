"""The HQ store: SQLAlchemy Core on SQLite (default) or PostgreSQL (by URL).

One ``metadata`` for every HQ table; the agent console adds its own tables to it
(``sync.hq.console.tables``; ``sync.hq.schema`` gathers them all). ``Store.migrate()`` runs
the Alembic revisions in ``sync/hq/migrations``.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from sqlalchemy import (
    Boolean,
    Column,
    Engine,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    create_engine,
    event,
    func,
    insert,
    select,
    update,
)
from sqlalchemy.engine import Connection
from sqlalchemy.exc import IntegrityError

from sync.hq import migrations
from sync.hq.settings import default_db_url

log = logging.getLogger(__name__)

_IN_CHUNK = 500  # ids per IN (...) list: within SQLite's and PostgreSQL's limits

metadata = MetaData()

hq_leads = Table(
    "hq_leads",
    metadata,
    Column("id", String(36), primary_key=True),
    Column("kiosk_id", String(64), nullable=False),
    Column("event_id", String(64), nullable=False),
    Column("created_at", String(32), nullable=False),
    Column("received_at", String(32), nullable=False),
    Column("language", String(8), nullable=False),
    Column("desk", String(16), nullable=False),
    Column("tickets", Text, nullable=False, default="{}"),
    Column("interests", Text, nullable=False, default="[]"),
    Column("interest_city_id", String(64)),
    Column("interest_region_id", String(64)),
    Column("interest_type", String(64)),
    Column("country", String(64), nullable=False, default=""),
    Column("city", String(120), nullable=False, default=""),
    Column("is_mre", Boolean),
    Column("budget_mad", Integer),
    Column("consent_callback", Boolean, nullable=False),
    Column("consent_marketing", Boolean, nullable=False),
    Column("consent_share", Boolean, nullable=False),
    Column("notice_version", String(64), nullable=False),
    Column("consent_at", String(32), nullable=False),
    Column("consent_language", String(8), nullable=False, default=""),
    Column("first_name", String(200), nullable=False, default=""),
    Column("last_name", String(200), nullable=False, default=""),
    Column("phone_e164", String(20), nullable=False, default=""),
    Column("email", String(254), nullable=False, default=""),
    Column("note", Text, nullable=False, default=""),
    Column("content_hash", String(128), nullable=False),
    Column("status", String(16), nullable=False, default="new"),
    Column("assigned_to", Integer),
    Column("next_call_date", String(10)),
    # behind every filter and sort of the console's leads page
    Index("ix_hqc_leads_created", "created_at", "id"),
    Index("ix_hqc_leads_event_created", "event_id", "created_at", "id"),
    Index("ix_hqc_leads_region_created", "interest_region_id", "created_at", "id"),
    Index("ix_hqc_leads_city_created", "interest_city_id", "created_at", "id"),
    Index("ix_hqc_leads_status_created", "status", "created_at", "id"),
    Index("ix_hqc_leads_assigned_created", "assigned_to", "created_at", "id"),
    Index("ix_hqc_leads_phone", "phone_e164"),
    Index("ix_hqc_leads_received", "received_at", "id"),
    Index("ix_hqc_leads_name", "last_name", "id"),
)
# name searches compare lower-case prefixes
Index("ix_hqc_leads_last_name", func.lower(hq_leads.c.last_name))
Index("ix_hqc_leads_first_name", func.lower(hq_leads.c.first_name))

hq_kiosks = Table(
    "hq_kiosks",
    metadata,
    Column("id", String(36), primary_key=True),
    Column("name", String(100), nullable=False, unique=True),
    Column("event_id", String(64), nullable=False),
    Column("token_hash", String(128), nullable=False),
    Column("revoked", Boolean, nullable=False, default=False),
    Column("created_at", String(32), nullable=False),
    Column("last_seen", String(32)),
    Column("last_heartbeat", Text),
)

hq_catalog_units = Table(
    "hq_catalog_units",
    metadata,
    Column("ref", String(40), primary_key=True),
    Column("record", Text, nullable=False),
    Column("city_id", String(64)),
    Column("region_id", String(64)),
    Column("type", String(32)),
    Column("version", Integer, nullable=False),
    Column("deleted", Boolean, nullable=False, default=False),
    Index("hq_catalog_units_version", "version"),
)

hq_catalog_versions = Table(
    "hq_catalog_versions",
    metadata,
    Column("version", Integer, primary_key=True),
    Column("created_at", String(32), nullable=False),
    Column("source", String(200), nullable=False, default=""),
    Column("upserts", Integer, nullable=False),
    Column("deletions", Integer, nullable=False),
)

hq_analytics = Table(
    "hq_analytics",
    metadata,
    Column("kiosk_id", String(36), primary_key=True),
    Column("event_id", String(64), nullable=False),
    Column("day", String(10), primary_key=True),
    Column("kind", String(32), primary_key=True),
    Column("value", String(200), primary_key=True),
    Column("count", Integer, nullable=False),
)

hq_schema = Table(
    "hq_schema",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("version", Integer, nullable=False),
)


@dataclass(frozen=True)
class KioskIdentity:
    id: str
    name: str
    event_id: str
    revoked: bool


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=FULL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA busy_timeout=10000")
    cursor.execute("PRAGMA secure_delete=ON")  # deleted personal data is overwritten, not freed
    cursor.close()


class Store:
    """HQ persistence. Every method opens its own short transaction."""

    def __init__(self, url: str | None = None) -> None:
        self.url = url or default_db_url()
        self.engine: Engine = create_engine(self.url, pool_pre_ping=True)
        if self.engine.dialect.name == "sqlite":
            event.listen(self.engine, "connect", _sqlite_pragmas)

    @property
    def dialect(self) -> str:
        return str(self.engine.dialect.name)

    def migrate(self) -> str:
        """Bring the database to this program's newest revision; returns that revision."""
        return migrations.upgrade(self.engine)

    def dispose(self) -> None:
        self.engine.dispose()

    # ---- kiosks -----------------------------------------------------------------------

    def add_kiosk(self, kiosk_id: str, name: str, event_id: str, token_hash: str, at: str) -> None:
        with self.engine.begin() as conn:
            try:
                conn.execute(
                    insert(hq_kiosks).values(
                        id=kiosk_id,
                        name=name,
                        event_id=event_id,
                        token_hash=token_hash,
                        revoked=False,
                        created_at=at,
                    )
                )
            except IntegrityError as exc:
                raise ValueError(f"a kiosk named {name!r} exists already") from exc

    def kiosk_by_token_hash(self, token_hash: str) -> tuple[KioskIdentity, str] | None:
        """The kiosk whose stored hash equals ``token_hash`` (compared by the caller)."""
        with self.engine.connect() as conn:
            row = conn.execute(
                select(hq_kiosks).where(hq_kiosks.c.token_hash == token_hash)
            ).first()
        if row is None:
            return None
        return KioskIdentity(row.id, row.name, row.event_id, bool(row.revoked)), row.token_hash

    def revoke_kiosk(self, name_or_id: str) -> bool:
        with self.engine.begin() as conn:
            done = conn.execute(
                update(hq_kiosks)
                .where((hq_kiosks.c.name == name_or_id) | (hq_kiosks.c.id == name_or_id))
                .values(revoked=True)
            )
        return bool(done.rowcount)

    def replace_kiosk_token(self, name_or_id: str, token_hash: str) -> KioskIdentity | None:
        """Give the kiosk a new token: the old one is refused from now on, a revocation is
        lifted; its id, leads and counters stay. None when no such kiosk."""
        match = (hq_kiosks.c.name == name_or_id) | (hq_kiosks.c.id == name_or_id)
        with self.engine.begin() as conn:
            row = conn.execute(select(hq_kiosks).where(match)).first()
            if row is None:
                return None
            conn.execute(
                update(hq_kiosks)
                .where(hq_kiosks.c.id == row.id)
                .values(token_hash=token_hash, revoked=False)
            )
        return KioskIdentity(row.id, row.name, row.event_id, False)

    def kiosks(self) -> list[dict[str, Any]]:
        with self.engine.connect() as conn:
            rows = conn.execute(select(hq_kiosks).order_by(hq_kiosks.c.name)).mappings().all()
        return [{k: v for k, v in row.items() if k != "token_hash"} for row in rows]

    def record_heartbeat(self, kiosk_id: str, at: str, heartbeat: dict[str, Any]) -> None:
        with self.engine.begin() as conn:
            conn.execute(
                update(hq_kiosks)
                .where(hq_kiosks.c.id == kiosk_id)
                .values(last_seen=at, last_heartbeat=json.dumps(heartbeat, ensure_ascii=False))
            )

    def touch_kiosk(self, kiosk_id: str, at: str) -> None:
        with self.engine.begin() as conn:
            conn.execute(update(hq_kiosks).where(hq_kiosks.c.id == kiosk_id).values(last_seen=at))

    # ---- leads ------------------------------------------------------------------------

    def existing_hash(self, conn: Connection, lead_id: str) -> str | None:
        value = conn.execute(
            select(hq_leads.c.content_hash).where(hq_leads.c.id == lead_id)
        ).scalar()
        return None if value is None else str(value)

    def insert_lead(self, conn: Connection, row: dict[str, Any]) -> str:
        """Insert one lead inside the caller's transaction: stored / duplicate / conflict."""
        known = self.existing_hash(conn, row["id"])
        if known is not None:
            return "duplicate" if known == row["content_hash"] else "conflict"
        try:
            with conn.begin_nested():
                conn.execute(insert(hq_leads).values(**row))
        except IntegrityError:
            # Another request stored the same id between our check and our insert.
            known = self.existing_hash(conn, row["id"])
            return "duplicate" if known == row["content_hash"] else "conflict"
        return "stored"

    def insert_leads(self, conn: Connection, rows: list[dict[str, Any]]) -> dict[str, str]:
        """Insert a batch inside the caller's transaction: id -> stored/duplicate/conflict.

        One lookup and one multi-row insert for the batch; if another request stored some
        of the same ids meanwhile, falls back to one lead at a time.
        """
        ids = [row["id"] for row in rows]
        known: dict[str, str] = {}
        for start in range(0, len(ids), _IN_CHUNK):
            chunk = ids[start : start + _IN_CHUNK]
            found = conn.execute(
                select(hq_leads.c.id, hq_leads.c.content_hash).where(hq_leads.c.id.in_(chunk))
            )
            known.update({str(r.id): str(r.content_hash) for r in found})
        statuses: dict[str, str] = {}
        fresh: list[dict[str, Any]] = []
        for row in rows:
            lead_id = row["id"]
            if lead_id in known:
                same = known[lead_id] == row["content_hash"]
                statuses.setdefault(lead_id, "duplicate" if same else "conflict")
                continue
            known[lead_id] = row["content_hash"]
            statuses[lead_id] = "stored"
            fresh.append(row)
        if not fresh:
            return statuses
        try:
            with conn.begin_nested():
                conn.execute(insert(hq_leads), fresh)
        except IntegrityError:
            for row in fresh:
                statuses[row["id"]] = self.insert_lead(conn, row)
        return statuses

    def units_facts(self, conn: Connection, refs: list[str]) -> dict[str, dict[str, Any]]:
        """City, region and type of each catalog unit in ``refs`` (unknown refs left out)."""
        wanted = sorted(set(refs))
        facts: dict[str, dict[str, Any]] = {}
        units = hq_catalog_units.c
        for start in range(0, len(wanted), _IN_CHUNK):
            rows = conn.execute(
                select(units.ref, units.city_id, units.region_id, units.type).where(
                    units.ref.in_(wanted[start : start + _IN_CHUNK])
                )
            )
            for r in rows:
                facts[str(r.ref)] = {
                    "interest_city_id": r.city_id,
                    "interest_region_id": r.region_id,
                    "interest_type": r.type,
                }
        return facts

    def unit_facts(self, conn: Connection, refs: list[str]) -> dict[str, Any]:
        if not refs:
            return {}
        return self.units_facts(conn, refs[:1]).get(refs[0], {})

    def count_leads(self) -> int:
        with self.engine.connect() as conn:
            return int(conn.execute(select(func.count()).select_from(hq_leads)).scalar() or 0)

    def iter_leads(self) -> Iterator[dict[str, Any]]:
        with self.engine.connect() as conn:
            result = conn.execution_options(yield_per=1000).execute(
                select(hq_leads).order_by(hq_leads.c.created_at, hq_leads.c.id)
            )
            for row in result.mappings():
                yield dict(row)

    # ---- analytics --------------------------------------------------------------------

    def record_analytics(
        self, kiosk_id: str, event_id: str, counters: list[dict[str, Any]]
    ) -> None:
        """Counters are cumulative per kiosk and day: the latest value replaces the older."""
        key = hq_analytics.c
        with self.engine.begin() as conn:
            for c in counters:
                where = (
                    (key.kiosk_id == kiosk_id)
                    & (key.day == c["day"])
                    & (key.kind == c["kind"])
                    & (key.value == c["value"])
                )
                done = conn.execute(update(hq_analytics).where(where).values(count=c["count"]))
                if not done.rowcount:
                    conn.execute(
                        insert(hq_analytics).values(kiosk_id=kiosk_id, event_id=event_id, **c)
                    )
