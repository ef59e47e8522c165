"""'Send me my selection' requests to HQ, and HQ's delivery reports back to the stand.

Each request is a small sealed record: a batch is marked ``sending`` before the request and
HQ answers per record (``duplicate`` for one it already holds), so a lost answer only sends
it again. Then the stand asks how the requests HQ holds went (queued, sent, failed + why),
for its staff console.
"""

from __future__ import annotations

from dataclasses import dataclass

from kiosk.core.send_requests import SendOutbox
from kiosk.uplink.transport import HQClient
from sync.contract.errors import OmraneError
from sync.contract.vocabulary import ACK_STATUSES
from sync.contract.wire import MAX_BATCH


@dataclass
class SendReport:
    sent: int = 0
    acked: int = 0
    deliveries: int = 0  # delivery reports that changed on the stand


def sync_sends(outbox: SendOutbox, client: HQClient) -> SendReport:
    """Push every pending request, then bring back HQ's delivery reports."""
    report = SendReport()
    outbox.release_sending()  # a crash or kill during a send leaves requests to resend
    while batch := outbox.claim_batch(MAX_BATCH):
        try:
            answer = client.push_sends(batch)
        except OmraneError:
            outbox.release_sending()
            raise
        ids = {record["id"] for record in batch}
        results = {r.id: (str(r.status), r.reason) for r in answer.results if r.id in ids}
        outbox.apply_results({i: results.get(i, ("unanswered", "")) for i in ids})
        report.sent += len(batch)
        report.acked += sum(status in ACK_STATUSES for status, _ in results.values())
        if not results:
            break  # HQ answered nothing usable: the rest waits for the next sync
    if waiting := outbox.awaiting_delivery(MAX_BATCH):
        report.deliveries = outbox.apply_deliveries(client.send_statuses(waiting).results)
    return report
