"""HQ database migrations (Alembic), run by ``Store.migrate()`` with no alembic.ini.

The scripts ship inside the package (``env.py``, ``script.py.mako``, ``versions/``), so an
installed or a frozen HQ finds them beside this file. A new revision is a file in
``versions/`` whose ``down_revision`` is the current head (``omrane-hq db revision -m TEXT
--autogenerate`` writes one from the difference between a database at head and the tables in
``sync.hq.schema``); tests check that the revisions end at exactly those tables on SQLite and
PostgreSQL. A database made before migrations (tables and ``hq_schema`` but no
``alembic_version``) is adopted by the baseline, which only creates what is missing.
"""

from __future__ import annotations

import re
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, Engine, create_engine, text

SCRIPTS = Path(__file__).resolve().parent
# any fixed number: PostgreSQL advisory lock held while one process upgrades
_PG_LOCK = 0x0A1_0E1A
UPGRADE_WAIT_MS = 120_000  # SQLite: how long a starting worker waits for another's upgrade


class SchemaTooNew(RuntimeError):
    """The database was migrated by a newer program than this one."""


def config(connection: Connection | None = None, url: str | None = None) -> Config:
    """An Alembic configuration on the shipped scripts, for a connection or a URL."""
    cfg = Config()
    cfg.set_main_option("script_location", str(SCRIPTS))
    if url is not None:
        cfg.set_main_option("sqlalchemy.url", url.replace("%", "%%"))
    if connection is not None:
        cfg.attributes["connection"] = connection
    return cfg


def head() -> str:
    """The newest revision this program knows."""
    found = ScriptDirectory(str(SCRIPTS)).get_current_head()
    assert found is not None, "no revision in sync/hq/migrations/versions"
    return found


def current(connection: Connection) -> str | None:
    """The database's revision, None before the first migration."""
    return MigrationContext.configure(connection).get_current_revision()


def _lock(connection: Connection) -> int | None:
    """One upgrade at a time when several workers start together; a second one waits, then
    finds the database at head."""
    if connection.dialect.name == "postgresql":
        connection.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": _PG_LOCK})
    elif connection.dialect.name == "sqlite":
        # a worker starting may wait for another one's whole upgrade, not a request's wait
        previous = connection.exec_driver_sql("PRAGMA busy_timeout").scalar()
        connection.exec_driver_sql(f"PRAGMA busy_timeout={UPGRADE_WAIT_MS}")
        # takes the write lock now: pysqlite would run DDL outside any transaction
        connection.exec_driver_sql("BEGIN IMMEDIATE")
        return int(previous or 0)
    return None


def _unlock(connection: Connection, previous: int | None) -> None:
    """After the upgrade's commit: the pooled connection waits as requests do again."""
    if previous is not None:
        connection.exec_driver_sql(f"PRAGMA busy_timeout={previous}")


def upgrade(engine: Engine, target: str = "head") -> str:
    """Bring the database to ``target`` in one transaction; returns its revision."""
    with engine.connect() as connection:
        previous = _lock(connection)
        found = current(connection)
        known = {script.revision for script in ScriptDirectory(str(SCRIPTS)).walk_revisions()}
        if found is not None and found not in known:
            connection.rollback()
            raise SchemaTooNew(
                f"the HQ database is at revision {found}, unknown to this program "
                f"(newest known: {head()}): run a newer omrane-hq"
            )
        command.upgrade(config(connection), target)
        reached = current(connection)
        connection.commit()
        _unlock(connection, previous)
    return reached or ""


def downgrade(engine: Engine, target: str) -> str:
    """Take the database back to ``target`` (for tests and rehearsals; keep backups)."""
    with engine.connect() as connection:
        previous = _lock(connection)
        command.downgrade(config(connection), target)
        reached = current(connection)
        connection.commit()
        _unlock(connection, previous)
    return reached or ""


def new_revision(url: str, message: str, *, autogenerate: bool = False) -> Path:
    """Write the next revision file (a developer's step, in a source checkout); with
    ``autogenerate``, its operations are the difference between the database at ``url``
    (brought to head first) and ``sync.hq.schema``."""
    number = int(head().split("_", 1)[0]) + 1
    slug = re.sub(r"[^a-z0-9]+", "_", message.lower()).strip("_")[:40] or "change"
    if autogenerate:
        engine = create_engine(url)
        try:
            upgrade(engine)
        finally:
            engine.dispose()
    cfg = config(url=url)
    cfg.set_main_option("file_template", "v%%(rev)s")
    script = command.revision(
        cfg, message, autogenerate=autogenerate, rev_id=f"{number:04d}_{slug}"
    )
    assert script is not None and not isinstance(script, list)
    return Path(script.path)
