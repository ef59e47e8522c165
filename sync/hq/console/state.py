"""Small console bookkeeping (``hq_console_state``): key -> text, written only here.

Keys: the programme index's mark (``programmes``), the retention purge's last run.
"""

from __future__ import annotations

from sqlalchemy import Column, Connection, String, Table, Text, insert, select, update

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


def put(conn: Connection, key: str, value: str) -> None:
    done = conn.execute(update(console_state).where(console_state.c.key == key).values(value=value))
    if not done.rowcount:
        conn.execute(insert(console_state).values(key=key, value=value))
