"""One small exception tree for the stand and HQ.

Every error a person can cause or see carries a stable ``key`` (translated by the UI, printed
by the CLI, shown by the console) and a human message in English for logs and the terminal::

    OmraneError
    ├── UserError            bad input from a person (exit 2)
    │   ├── ValidationError  fields, with (field, message key) ``problems``
    │   ├── ConfigError      event profile, rules file, setting
    │   ├── NotFoundError
    │   └── AuthError        wrong PIN, unknown or revoked token (exit 3)
    │       └── HQRefused               (kiosk.uplink.transport)
    ├── DataError            stored data unusable (exit 4)
    │   ├── CatalogRejected             (kiosk.uplink.catalog_pull)
    │   └── DatabaseError
    │       ├── DatabaseLocked, DatabaseCorrupt, SchemaTooNew
    │       └── DiskFull, ReadOnlyDatabase
    ├── NetworkError         HQ or hub unreachable or unusable (exit 7)
    │   ├── HQUnavailable, ProtocolMismatch (kiosk.uplink.transport)
    └── PrinterError         (exit 8)

Lower-level errors (sqlite3, requests, OSError) are turned into these at one boundary each:
``kiosk.core.db`` for SQLite, ``kiosk.uplink.transport`` for HTTP, ``kiosk.core.printing``.
"""

from __future__ import annotations

from typing import Any


class OmraneError(Exception):
    """Base of every error the kiosk raises on purpose."""

    key = "error.generic"
    exit_code = 1

    def __init__(self, message: str, *, key: str | None = None, **context: Any) -> None:
        super().__init__(message)
        if key is not None:
            self.key = key
        self.context = context

    @property
    def message(self) -> str:
        return str(self.args[0]) if self.args else self.key


class UserError(OmraneError):
    """Bad input from a person: a field, an argument, a file they chose."""

    key = "error.user"
    exit_code = 2


class ValidationError(UserError):
    """One or more fields are invalid; ``problems`` lists them."""

    key = "error.validation"

    def __init__(self, message: str, problems: list[Any] | None = None, **context: Any) -> None:
        super().__init__(message, **context)
        self.problems = problems or []


class ConfigError(UserError):
    """An event profile, rules file or setting is missing or malformed."""

    key = "error.config"


class NotFoundError(UserError):
    key = "error.not_found"


class AuthError(UserError):
    """Wrong PIN, missing PIN, revoked token."""

    key = "error.auth"
    exit_code = 3


class DataError(OmraneError):
    """Stored data is unusable: corrupt database, foreign file, bad checksum."""

    key = "error.data"
    exit_code = 4


class DatabaseError(DataError):
    key = "error.db"


class DatabaseLocked(DatabaseError):
    key = "error.db.locked"
    exit_code = 5


class DatabaseCorrupt(DatabaseError):
    key = "error.db.corrupt"


class DiskFull(DatabaseError):
    key = "error.db.disk_full"
    exit_code = 6


class ReadOnlyDatabase(DatabaseError):
    key = "error.db.read_only"
    exit_code = 6


class SchemaTooNew(DatabaseError):
    key = "error.db.schema_too_new"


class NetworkError(OmraneError):
    """HQ unreachable, timed out or answered something unusable."""

    key = "error.network"
    exit_code = 7


class PrinterError(OmraneError):
    key = "error.printer"
    exit_code = 8
