"""The kiosk's one SQLite file: open, check, migrate, and the one transaction helper.

Pragmas: WAL (readers never block the writer), synchronous=FULL (a lead acknowledged on
screen survives a power cut), foreign keys on, a busy timeout. Migrations are small named
modules in ``kiosk.core.migrations`` (``m0001_catalog.py`` …); the count applied is kept in
``PRAGMA user_version``. Every sqlite3 error leaving this module is one of the named errors
of ``sync.contract.errors``.
"""

from __future__ import annotations

import importlib
import pkgutil
import sqlite3
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType
from typing import Any

import sqlite_utils

from kiosk.core import migrations as migrations_pkg
from sync.contract.errors import (
    DatabaseCorrupt,
    DatabaseError,
    DatabaseLocked,
    DiskFull,
    ReadOnlyDatabase,
    SchemaTooNew,
)

APPLICATION_ID = 0x4F4D524B  # "OMRK": marks the file as ours
BUSY_TIMEOUT_MS = 5000

# Primary result codes (sqlite3.h); extended codes carry them in the low byte.
_SQLITE_BUSY, _SQLITE_LOCKED, _SQLITE_READONLY = 5, 6, 8
_SQLITE_IOERR, _SQLITE_CORRUPT, _SQLITE_FULL = 10, 11, 13
_SQLITE_CANTOPEN, _SQLITE_NOTADB = 14, 26


@dataclass(frozen=True)
class Migration:
    version: int
    name: str
    apply: Callable[[sqlite3.Connection], None]


def _load_migrations() -> list[Migration]:
    found: list[Migration] = []
    for info in sorted(pkgutil.iter_modules(migrations_pkg.__path__), key=lambda m: m.name):
        if not info.name.startswith("m"):
            continue
        module: ModuleType = importlib.import_module(f"{migrations_pkg.__name__}.{info.name}")
        number = int(info.name[1:5])
        found.append(Migration(number, info.name[6:], module.migrate))
    for expected, migration in enumerate(found, start=1):
        if migration.version != expected:
            raise RuntimeError(f"migration numbering has a gap before {migration.name}")
    return found


MIGRATIONS: list[Migration] = _load_migrations()
SCHEMA_VERSION = len(MIGRATIONS)


def translate(exc: sqlite3.Error, path: Path | str = "") -> DatabaseError:
    """Turn a sqlite3 error into the named error a person can act on."""
    code = (getattr(exc, "sqlite_errorcode", 0) or 0) & 0xFF
    where = f" ({path})" if path else ""
    text = str(exc)
    if code in (_SQLITE_BUSY, _SQLITE_LOCKED) or "locked" in text:
        return DatabaseLocked(
            f"the database is busy in another program{where}; close it and try again"
        )
    if code == _SQLITE_FULL or "disk is full" in text:
        return DiskFull(f"the disk is full{where}; free some space — nothing was saved")
    if code == _SQLITE_READONLY or "readonly" in text:
        return ReadOnlyDatabase(f"the database cannot be written{where}; check permissions")
    if code in (_SQLITE_CORRUPT, _SQLITE_NOTADB) or "malformed" in text or "not a database" in text:
        return DatabaseCorrupt(
            f"the file is damaged or is not a kiosk database{where}; restore a backup"
        )
    if code == _SQLITE_CANTOPEN:
        return DatabaseError(f"the database cannot be opened{where}: {text}")
    if code == _SQLITE_IOERR:
        return DatabaseError(f"the disk could not be read or written{where}: {text}")
    return DatabaseError(f"database error{where}: {text}")


@contextmanager
def translated_errors(path: Path | str = "") -> Iterator[None]:
    try:
        yield
    except sqlite3.Error as exc:
        raise translate(exc, path) from exc


class KioskDB:
    """One connection to the kiosk database. Open one per thread."""

    def __init__(self, path: Path | str, *, migrate: bool = True) -> None:
        self.path = Path(path)
        self._owner = threading.get_ident()
        with translated_errors(self.path):
            if self.path != Path(":memory:"):
                self.path.parent.mkdir(parents=True, exist_ok=True)
            self.conn = sqlite3.connect(str(self.path), isolation_level=None, timeout=5)
            self.conn.row_factory = sqlite3.Row
            self.db = sqlite_utils.Database(self.conn, execute_plugins=False)
            try:
                self._configure()
                self._check_identity()
                if migrate:
                    self.migrate()
            except BaseException:
                self.conn.close()
                raise

    def _configure(self) -> None:
        self.conn.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        self.conn.execute("PRAGMA foreign_keys=ON")
        mode = self.conn.execute("PRAGMA journal_mode=WAL").fetchone()[0]
        if mode not in ("wal", "memory"):
            raise DatabaseError(f"cannot use write-ahead logging on {self.path} (got {mode})")
        self.conn.execute("PRAGMA synchronous=FULL")

    def _check_identity(self) -> None:
        app_id = self.conn.execute("PRAGMA application_id").fetchone()[0]
        version = self.user_version
        if app_id == APPLICATION_ID:
            if version > SCHEMA_VERSION:
                raise SchemaTooNew(
                    f"{self.path} was written by a newer omrane-kiosk (schema {version}, "
                    f"this program knows {SCHEMA_VERSION}); update the program"
                )
            return
        tables = self.conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]
        if app_id != 0 or tables:
            raise DatabaseCorrupt(
                f"{self.path} is an SQLite file of another program, not a kiosk database"
            )

    @property
    def user_version(self) -> int:
        return int(self.conn.execute("PRAGMA user_version").fetchone()[0])

    def migrate(self, target: int | None = None) -> list[str]:
        """Apply pending migrations, each in its own transaction. Returns their names."""
        applied: list[str] = []
        goal = SCHEMA_VERSION if target is None else target
        for migration in MIGRATIONS[self.user_version : goal]:
            with self.transaction() as conn:
                migration.apply(conn)
                conn.execute(f"PRAGMA user_version={migration.version}")
                conn.execute(f"PRAGMA application_id={APPLICATION_ID}")
            applied.append(migration.name)
        return applied

    @contextmanager
    def recoverable_writes(self) -> Iterator[None]:
        """Commits inside need not each wait for the disk: what they write can be had again
        (a sync recording HQ's answers — should a power cut take the last ones, those leads
        are sent again and HQ finds them duplicates). Write-ahead logging keeps the database
        whole either way, and every commit before is on disk; commits after wait again."""
        with translated_errors(self.path):
            self.conn.execute("PRAGMA synchronous=NORMAL")
        try:
            yield
        finally:
            with translated_errors(self.path):
                self.conn.execute("PRAGMA synchronous=FULL")

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """The one way to write: BEGIN IMMEDIATE … COMMIT, nested blocks become savepoints.

        The COMMIT has returned (and, with synchronous=FULL, reached the disk) when the
        block exits without error; on any error everything in the block is rolled back.
        """
        with translated_errors(self.path):
            if self.conn.in_transaction:
                with self.db.atomic():
                    yield self.conn
                return
            self.conn.execute("BEGIN IMMEDIATE")
            try:
                yield self.conn
            except BaseException:
                if self.conn.in_transaction:
                    self.conn.execute("ROLLBACK")
                raise
            try:
                self.conn.execute("COMMIT")
            except BaseException:
                if self.conn.in_transaction:
                    self.conn.execute("ROLLBACK")
                raise

    def query(self, sql: str, params: Any = ()) -> list[sqlite3.Row]:
        with translated_errors(self.path):
            return self.conn.execute(sql, params).fetchall()

    def scalar(self, sql: str, params: Any = ()) -> Any:
        with translated_errors(self.path):
            row = self.conn.execute(sql, params).fetchone()
        return None if row is None else row[0]

    def integrity_check(self) -> list[str]:
        """Empty list when the file is sound, else SQLite's complaints."""
        with translated_errors(self.path):
            rows = self.conn.execute("PRAGMA integrity_check").fetchall()
        problems = [str(r[0]) for r in rows]
        return [] if problems == ["ok"] else problems

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> KioskDB:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
