"""The one ``MetaData`` every HQ table is declared on, each by the module that owns it.

``sync.hq.schema`` imports those modules, so it holds them all (what migrations end at).
"""

from __future__ import annotations

from sqlalchemy import MetaData

metadata = MetaData()

# Values per IN (...) list in one statement: within SQLite's and PostgreSQL's limits.
IN_CHUNK = 500
