"""The USB path on the stand: write the sealed pending leads, the erasures HQ has not confirmed
and the anonymous counters to a file for HQ, and apply the receipt HQ wrote back
(``sync.contract.usb_file`` is the format).

Exporting changes nothing: the leads stay pending, so a sync that finds a network later
sends them too and HQ answers ``duplicate`` (one lead, stored once). The receipt marks them
acked exactly as a sync answer would.
"""

from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass
from pathlib import Path

from pydantic import ValidationError as PydanticValidationError

from kiosk.core import analytics, enrollment, retention
from kiosk.core.db import KioskDB
from kiosk.core.lead_tables import WITH_STATE
from kiosk.core.outbox import Outbox, to_wire
from sync.contract.clock import SYSTEM_CLOCK, Clock, utc_iso
from sync.contract.errors import AuthError, DataError, UserError
from sync.contract.usb_file import (
    OutboxFile,
    Receipt,
    mac_ok,
    signed,
    text_sha256,
    token_key,
)
from sync.contract.vocabulary import ACK_STATUSES, ERASED, PENDING
from sync.contract.wire import AnalyticsBatch, AnalyticsCounter, LeadRecord


@dataclass(frozen=True)
class ReceiptReport:
    acked: int
    quarantined: int
    erased: int
    erasures_confirmed: int = 0


def _link(db: KioskDB) -> enrollment.SyncLink:
    link = enrollment.load_link(db)
    if link is None:
        raise UserError(
            "this stand is not enrolled: leads are sealed for HQ only after `enroll`",
            key="error.outbox.not_enrolled",
        )
    return link


def analytics_batches(db: KioskDB) -> list[AnalyticsBatch]:
    """The stand's counters HQ may not hold yet, per event, as the sync would send them."""
    by_event = analytics.days_by_event(db, enrollment.analytics_from_day(db) or "")
    return [
        AnalyticsBatch(
            event_id=event_id,
            counters=[
                AnalyticsCounter(day=day, kind=kind, value=value, count=count)
                for day in days
                for kind, values in analytics.day_counts(db, event_id, day).items()
                for value, count in values.items()
            ],
        )
        for event_id, days in by_event.items()
    ]


def _pending_leads(db: KioskDB) -> list[LeadRecord]:
    rows = db.query(
        f"SELECT * FROM {WITH_STATE} WHERE status = ? AND key_for_hq IS NOT NULL ORDER BY id",  # noqa: S608
        (PENDING,),
    )
    records = []
    for row in rows:
        try:
            records.append(LeadRecord.model_validate(to_wire(row)))
        except ValueError:
            continue  # breaks the contract as stored: the sync quarantines it with the reason
    return records


def export_pending(db: KioskDB, path: Path, clock: Clock = SYSTEM_CLOCK) -> int:
    """Write every pending lead sealed for HQ, the unconfirmed erasures and the counters to
    ``path`` (atomically, mode 0600); the count of leads."""
    link = _link(db)
    records = _pending_leads(db)
    outbox = OutboxFile(
        kiosk_id=link.hq_kiosk_id,
        exported_at=utc_iso(clock.now()),
        leads=records,
        erased_lead_ids=retention.pending_erasures(db),
        erased_phones=[text for _, text in retention.pending_erased_phones(db)],
        analytics=analytics_batches(db),
    )
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as out:
        out.write(signed(outbox, token_key(link.token)))
        out.flush()
        os.fsync(out.fileno())
    os.replace(tmp, path)
    return len(records)


def read_receipt(db: KioskDB, path: Path) -> Receipt:
    link = _link(db)
    try:
        receipt = Receipt.model_validate_json(path.read_bytes())
    except (OSError, PydanticValidationError) as exc:
        raise DataError(f"not an HQ receipt: {path}", key="error.outbox.receipt") from exc
    if receipt.kiosk_id != link.hq_kiosk_id or not mac_ok(receipt, token_key(link.token)):
        raise AuthError(
            "this receipt was not written by HQ for this kiosk", key="error.outbox.receipt_foreign"
        )
    return receipt


def apply_receipt(db: KioskDB, path: Path, clock: Clock = SYSTEM_CLOCK) -> ReceiptReport:
    """Mark the leads HQ stored (or already had) acked, as a sync answer would, and the
    erasures and counters HQ recorded as sent."""
    receipt = read_receipt(db, path)
    results = {r.id: (r.status, r.reason) for r in receipt.results}
    Outbox(db, clock).apply_results(results)
    applied = set(receipt.erased_phones_sha256)
    phone_rows = [
        row for row, text in retention.pending_erased_phones(db) if text_sha256(text) in applied
    ]
    retention.mark_erasures_forwarded(db, receipt.erased_lead_ids, clock, phone_rows=phone_rows)
    if receipt.analytics_through:
        enrollment.set_analytics_from_day(db, receipt.analytics_through)
    return ReceiptReport(
        acked=sum(status in ACK_STATUSES for status, _ in results.values()),
        quarantined=sum(
            status not in ACK_STATUSES and status != ERASED for status, _ in results.values()
        ),
        erased=sum(status == ERASED for status, _ in results.values()),
        erasures_confirmed=len(receipt.erased_lead_ids) + len(phone_rows),
    )


def file_sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()
