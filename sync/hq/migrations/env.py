"""Alembic environment of the HQ database.

``Store.migrate()`` passes its open connection in ``config.attributes["connection"]``; a
developer's ``alembic`` run (``omrane-hq db revision``) gives a URL instead. The target
metadata is every HQ table, for ``--autogenerate``.
"""

from __future__ import annotations

from alembic import context
from sqlalchemy import Connection, create_engine

from sync.hq.schema import metadata


def _run(connection: Connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=metadata,
        # SQLite alters a table by copying it: autogenerate writes batch operations
        render_as_batch=True,
        # the caller's transaction holds the whole upgrade, SQLite's included
        transactional_ddl=True,
    )
    with context.begin_transaction():
        context.run_migrations()


connection = context.config.attributes.get("connection")
if connection is not None:
    _run(connection)
else:
    engine = create_engine(context.config.get_main_option("sqlalchemy.url") or "sqlite://")
    with engine.begin() as conn:
        _run(conn)
    engine.dispose()
