"""Small console bookkeeping (``hq_console_state``): key -> text, written only here.

Keys: the programme index's mark (``programmes``), the retention purge's last run and the
day it was claimed by a worker.
"""

from __future__ import annotations

from sqlalchemy import Column, Connection, String, Table, Text, select, update
from sqlalchemy.dialects import postgresql, sqlite

from sync.hq.metadata import metadata

console_state = Table(
    "hq_console_state",
    metadata,
    Column("key", String(64), primary_key=True),
    Column("value", Text, nullable=False),
)


def get(conn: Connection, key: str) -> str | None:
    found = conn.execute(select(console_state.c.value).where(console_state.c.key == key)).scalar()
    return None if found is None else str(found)


def _insert_new(conn: Connection, key: str, value: str) -> bool:
    """Insert ``key`` unless another connection already did; True when this one did."""
    dialect = postgresql if conn.dialect.name == "postgresql" else sqlite
    added = conn.execute(
        dialect.insert(console_state)
        .values(key=key, value=value)
        .on_conflict_do_nothing()
        .returning(console_state.c.key)
    )
    return added.first() is not None  # rowcount is not reliable here on PostgreSQL


def put(conn: Connection, key: str, value: str) -> None:
    done = conn.execute(update(console_state).where(console_state.c.key == key).values(value=value))
    if not done.rowcount:
        _insert_new(conn, key, value)


def advance(conn: Connection, key: str, value: str) -> bool:
    """Move ``key`` forward to ``value`` (texts that sort in time, e.g. a day) unless it is
    there already; True only for the one connection that moved it, whatever runs at once."""
    moved = conn.execute(
        update(console_state)
        .where(console_state.c.key == key, console_state.c.value < value)
        .values(value=value)
        .returning(console_state.c.key)
    )
    return moved.first() is not None or _insert_new(conn, key, value)
