"""The stand's anonymous counters to HQ: cumulative per day, from the last day HQ was sent on
(today may still grow).

HQ keeps the latest value of each counter, so sending counters it already holds changes
nothing there: the stand remembers a digest of what HQ last stored (and for which HQ and
kiosk) and sends only when a counter moved. A sync with nothing new asks nothing of HQ here.
"""

from __future__ import annotations

import hashlib

from kiosk.core import enrollment, settings
from kiosk.core.db import KioskDB
from kiosk.core.outbox_file import analytics_batches
from kiosk.uplink.transport import HQClient
from sync.contract.wire import AnalyticsBatch

COUNTERS_PER_REQUEST = 5000
SENT_DIGEST = "sync.analytics_sent"  # kiosk setting: digest of the counters HQ last stored


def push_analytics(db: KioskDB, client: HQClient) -> int:
    """Send the counters HQ may not hold yet; the number of counters sent (0: none moved)."""
    batches = analytics_batches(db)
    if not batches:
        return 0
    since = enrollment.analytics_from_day(db) or ""
    if settings.get(db, SENT_DIGEST) == _digest(db, batches, since):
        return 0
    for batch in batches:
        for at in range(0, len(batch.counters), COUNTERS_PER_REQUEST):
            chunk = batch.counters[at : at + COUNTERS_PER_REQUEST]
            client.analytics(AnalyticsBatch(event_id=batch.event_id, counters=chunk))
    latest = max(counter.day for batch in batches for counter in batch.counters)
    with db.transaction():
        enrollment.set_analytics_from_day(db, latest)  # today may still grow
        settings.put(db, SENT_DIGEST, _digest(db, batches, latest))
    return sum(len(batch.counters) for batch in batches)


def _digest(db: KioskDB, batches: list[AnalyticsBatch], since: str) -> str:
    """What HQ holds of the counters from ``since`` on, once sent: the same digest when none
    moved (the link in it: another HQ, or another kiosk there, holds none of them)."""
    link = enrollment.load_link(db)
    digest = hashlib.sha256(f"{link.hq_url} {link.hq_kiosk_id}".encode() if link else b"")
    for batch in batches:
        for counter in batch.counters:
            if counter.day >= since:
                digest.update(f"\n{batch.event_id}\n".encode())
                digest.update(counter.model_dump_json().encode())
    return digest.hexdigest()
