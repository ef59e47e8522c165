"""`omrane-hq leads import FILE`: the USB path's HQ side. A stand's outbox file goes through
the same ingest as a sync batch (per-lead idempotency: importing a file twice stores nothing
new), then its erasures and counters as the sync would send them; a receipt, MAC'd for that
kiosk, goes back on the USB key."""

from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass
from pathlib import Path

from pydantic import ValidationError as PydanticValidationError

from sync.contract.clock import SYSTEM_CLOCK, Clock, utc_iso
from sync.contract.errors import AuthError, DataError
from sync.contract.usb_file import OutboxFile, Receipt, mac_ok, signed, text_sha256
from sync.contract.wire import MAX_BATCH, ErasureBatch, LeadBatch, RecordResult
from sync.hq import keyring, service
from sync.hq.console import audit
from sync.hq.store import KioskIdentity, Store


@dataclass(frozen=True)
class Imported:
    receipt: Receipt
    receipt_path: Path

    def count(self, status: str) -> int:
        return sum(r.status == status for r in self.receipt.results)


def receipt_path_for(path: Path) -> Path:
    return path.with_name(path.name.removesuffix(".json") + ".receipt.json")


def read_outbox_file(store: Store, path: Path) -> tuple[OutboxFile, KioskIdentity]:
    try:
        outbox = OutboxFile.model_validate_json(path.read_bytes())
    except (OSError, PydanticValidationError) as exc:
        raise DataError(f"not a stand outbox file: {path}", key="error.outbox.file") from exc
    found = store.kiosk_by_id(outbox.kiosk_id)
    if found is None or not mac_ok(outbox, found[1]):
        raise AuthError(
            "this file was not written by an enrolled kiosk", key="error.outbox.file_foreign"
        )
    if found[0].revoked:
        raise AuthError("this kiosk has been revoked", key="error.hq.revoked")
    return outbox, found[0]


def _erasures(
    store: Store, keys: keyring.HQKeys, kiosk: KioskIdentity, outbox: OutboxFile, clock: Clock
) -> int:
    """The stand's erasures, after its leads (an erased visitor's lead cannot come back)."""
    erased = 0
    ids, phones = outbox.erased_lead_ids, outbox.erased_phones
    for start in range(0, max(len(ids), len(phones)), MAX_BATCH):
        batch = ErasureBatch(
            lead_ids=ids[start : start + MAX_BATCH],
            sealed_phones=phones[start : start + MAX_BATCH],
        )
        erased += service.stand_erasure(store, keys, kiosk, batch, clock)
    return erased


def import_outbox_file(
    store: Store,
    keys: keyring.HQKeys,
    path: Path,
    *,
    receipt_path: Path | None = None,
    clock: Clock = SYSTEM_CLOCK,
) -> Imported:
    """Ingest every lead of the file (exactly once per lead) and write the receipt."""
    outbox, kiosk = read_outbox_file(store, path)
    results: list[RecordResult] = []
    for start in range(0, len(outbox.leads), MAX_BATCH):
        batch = LeadBatch(leads=outbox.leads[start : start + MAX_BATCH])
        results += service.ingest(store, keys, kiosk, batch, clock)
    erased = _erasures(store, keys, kiosk, outbox, clock)
    for counted in outbox.analytics:
        store.record_analytics(
            kiosk.id, counted.event_id, [c.model_dump() for c in counted.counters]
        )
    receipt = Receipt(
        kiosk_id=kiosk.id,
        file_sha256=hashlib.sha256(path.read_bytes()).hexdigest(),
        imported_at=utc_iso(clock.now()),
        results=results,
        erased_lead_ids=outbox.erased_lead_ids,
        erased_phones_sha256=[text_sha256(text) for text in outbox.erased_phones],
        erased=erased,
        analytics_through=max((c.day for b in outbox.analytics for c in b.counters), default=""),
    )
    target = receipt_path or receipt_path_for(path)
    _, token_hash = store.kiosk_by_id(kiosk.id) or (kiosk, "")
    tmp = target.with_name(target.name + ".tmp")
    tmp.write_text(signed(receipt, token_hash), encoding="utf-8")
    os.replace(tmp, target)
    stored = sum(r.status == "stored" for r in results)
    detail = {"kiosk": kiosk.id, "leads": len(results), "stored": stored, "erased": erased}
    audit.record_cli(store.engine, clock, "usb_import", detail)
    return Imported(receipt, target)
