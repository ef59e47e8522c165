"""The one ``MetaData`` every HQ table is declared on, each by the module that owns it.

``sync.hq.schema`` imports those modules, so it holds them all (what migrations end at).
"""

from __future__ import annotations

from operator import itemgetter
from typing import Any

from sqlalchemy import Connection, Insert, MetaData

metadata = MetaData()

# Values per IN (...) list in one statement: within SQLite's and PostgreSQL's limits.
IN_CHUNK = 500


def insert_many(conn: Connection, statement: Insert, rows: list[dict[str, Any]]) -> None:
    """``statement`` (a table's ``insert()``, made by the table's owner) run for rows of
    plain values, every row with the same keys, as one executemany handed to the driver as
    it is: SQLAlchemy's processing of each row's parameters costs more than the insert
    itself for a batch of leads."""
    if not rows:
        return
    compiled = statement.compile(dialect=conn.dialect, column_keys=list(rows[0]))
    order = compiled.positiontup
    if order is None:  # named parameters (PostgreSQL's psycopg): the rows as they are
        conn.exec_driver_sql(str(compiled), rows)
        return
    values = itemgetter(*order) if len(order) > 1 else lambda row: (row[order[0]],)
    conn.exec_driver_sql(str(compiled), [values(row) for row in rows])
