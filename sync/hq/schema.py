"""Every HQ table in one ``metadata``: the store's, the console's and the erasure tombstones.

What the migrations must end at (tests compare them) and what ``--autogenerate`` diffs against.
A module that declares a table is imported here.
"""

from __future__ import annotations

from sync.hq import erasure
from sync.hq.console import tables as console_tables
from sync.hq.store import metadata

TABLE_MODULES = (console_tables, erasure)

__all__ = ["TABLE_MODULES", "metadata"]
