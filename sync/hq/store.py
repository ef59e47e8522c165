"""The HQ store: SQLAlchemy Core on SQLite (default) or PostgreSQL (by URL).

``Store`` holds the engine and runs the Alembic revisions (``migrate``); this module owns the
kiosk fleet (``hq_kiosks``), the stands' anonymous counters (``hq_analytics``) and
``hq_schema``. Leads are owned by ``sync.hq.leads``, the published catalog by
``sync.hq.catalog``; ``sync.hq.schema`` gathers every table.
"""

from __future__ import annotations

import json
import logging
import os
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import (
    Boolean,
    Column,
    Connection,
    Engine,
    Index,
    Integer,
    String,
    Table,
    Text,
    bindparam,
    create_engine,
    event,
    func,
    insert,
    select,
    update,
)
from sqlalchemy.exc import DisconnectionError, IntegrityError

from sync.hq import migrations
from sync.hq.leads import hq_leads
from sync.hq.metadata import metadata
from sync.hq.settings import default_db_url

log = logging.getLogger(__name__)


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
    Index("ix_hq_kiosks_token", "token_hash"),
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


# built once: a stand's heartbeat every minute (building the statement cost more than running it)
_HEARTBEAT = (
    update(hq_kiosks)
    .where(hq_kiosks.c.id == bindparam("kiosk"))
    .values(last_seen=bindparam("at"), last_heartbeat=bindparam("beat"))
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


def owner_only_sqlite_files(database: str | None) -> None:
    """The database file created (or narrowed) to mode 0600 before SQLite opens it: SQLite
    gives its -wal and -shm files the database file's mode."""
    if not database or database == ":memory:" or database.startswith("file:"):
        return
    path = Path(database)
    path.parent.mkdir(parents=True, exist_ok=True)
    os.close(os.open(path, os.O_WRONLY | os.O_CREAT, 0o600))
    for name in (path, Path(f"{path}-wal"), Path(f"{path}-shm"), Path(f"{path}-journal")):
        if name.exists():
            name.chmod(0o600)


POOL_SIZE = 15  # 4 workers x (15 + 5 at a peak) stay under PostgreSQL's default 100
POOL_PEAK = 5


def _pool_options(url: str, pool_size: int) -> dict[str, int]:
    if not url.startswith("postgresql"):
        return {}
    # a request thread waits for a connection rather than opening one beyond the peak: a
    # new PostgreSQL connection costs more CPU than the request it serves
    return {"pool_size": pool_size, "max_overflow": POOL_PEAK}


PING_IDLE_S = 2.0  # a connection idle this long is checked before use


def _ping_when_idle(engine: Engine) -> None:
    """A pooled connection is checked (a round trip) before use only when it sat idle: one
    just used is alive, and a ping per checkout was a fifth of a busy HQ's database time. A
    dead one (database restarted) is replaced, as pool_pre_ping would."""

    @event.listens_for(engine.pool, "checkin")
    def idle_from(_dbapi: Any, record: Any) -> None:
        record.info["idle_since"] = time.monotonic()

    @event.listens_for(engine.pool, "checkout")
    def check(dbapi: Any, record: Any, _proxy: Any) -> None:
        since = record.info.get("idle_since")
        if since is None or time.monotonic() - since < PING_IDLE_S:
            return
        try:
            alive = engine.dialect.do_ping(dbapi)  # False or raises, by SQLAlchemy version
        except engine.dialect.loaded_dbapi.Error as exc:  # the pool opens another
            raise DisconnectionError("the database connection was lost") from exc
        if not alive:
            raise DisconnectionError("the database connection was lost")


class Store:
    """HQ persistence. Every method opens its own short transaction."""

    def __init__(self, url: str | None = None, pool_size: int = POOL_SIZE) -> None:
        """``pool_size``: connections each process keeps open on PostgreSQL (and a few more at
        a peak, closed after it): workers × (``pool_size`` + 5) must stay under the server's
        max_connections."""
        self.url = url or default_db_url()
        # hide_parameters: a database error must never carry a visitor's name into a log
        self.engine: Engine = create_engine(
            self.url, hide_parameters=True, **_pool_options(self.url, pool_size)
        )
        _ping_when_idle(self.engine)
        # one statement alone needs no transaction around it (no BEGIN, COMMIT round trips)
        self.single_statement = self.engine.execution_options(isolation_level="AUTOCOMMIT")
        # opens the leads held sealed before a read of the leads (set by the app, which has
        # the key): a reader here sees every lead HQ acknowledged
        self.settle: Callable[[], object] = lambda: None
        if self.engine.dialect.name == "sqlite":
            owner_only_sqlite_files(self.engine.url.database)
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

    def kiosk_by_id(self, kiosk_id: str) -> tuple[KioskIdentity, str] | None:
        """The kiosk and its stored token hash (the key of its USB files' MAC)."""
        with self.engine.connect() as conn:
            row = conn.execute(select(hq_kiosks).where(hq_kiosks.c.id == kiosk_id)).first()
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
        beat = json.dumps(heartbeat, ensure_ascii=False)
        with self.single_statement.connect() as conn:
            conn.execute(_HEARTBEAT, {"kiosk": kiosk_id, "at": at, "beat": beat})

    def touch_kiosk(self, kiosk_id: str, at: str, conn: Connection | None = None) -> None:
        """The kiosk's last contact (inside ``conn``'s transaction when given)."""
        stmt = update(hq_kiosks).where(hq_kiosks.c.id == kiosk_id).values(last_seen=at)
        if conn is not None:
            conn.execute(stmt)
            return
        with self.engine.begin() as own:
            own.execute(stmt)

    # ---- leads ------------------------------------------------------------------------

    def count_leads(self) -> int:
        self.settle()
        with self.engine.connect() as conn:
            return int(conn.execute(select(func.count()).select_from(hq_leads)).scalar() or 0)

    def iter_leads(self) -> Iterator[dict[str, Any]]:
        self.settle()
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
