"""Every HQ table in one ``metadata``, imported from the module that owns each.

What the migrations must end at (tests compare them) and what ``--autogenerate`` diffs against.
A module that declares a table is listed here (a test checks none is missing).
"""

from __future__ import annotations

from sync.hq import catalog, erasure, leads, store
from sync.hq.console import tables as console_tables
from sync.hq.metadata import metadata

TABLE_MODULES = (leads, catalog, store, console_tables, erasure)

__all__ = ["TABLE_MODULES", "metadata"]
