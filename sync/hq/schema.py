"""Every HQ table in one ``metadata``, imported from the module that owns each.

What the migrations must end at (tests compare them) and what ``--autogenerate`` diffs against.
A module that declares a table is listed here (a test checks none is missing).
"""

from __future__ import annotations

from sync.hq import (
    agencies,
    appointments,
    catalog,
    digest,
    erasure,
    events,
    followup,
    inbox,
    integrations,
    leads,
    ratelimit,
    store,
    visitors,
    webhooks,
)
from sync.hq.console import audit, auth, history, programmes, state, throttle
from sync.hq.metadata import metadata
from sync.hq.takeaway import sending

# owner module -> the tables only it writes
TABLE_MODULES = (
    leads,
    visitors,
    agencies,
    events,
    followup,
    appointments,
    digest,
    webhooks,
    integrations,
    inbox,
    ratelimit,
    catalog,
    store,
    erasure,
    auth,
    throttle,
    audit,
    history,
    programmes,
    state,
    sending,
)

__all__ = ["TABLE_MODULES", "metadata"]
