"""`omrane-hq leads import FILE`: the USB path's HQ side. A stand's outbox file goes through
the same ingest as a sync batch (per-lead idempotency: importing a file twice stores nothing
new) and a receipt, MAC'd for that kiosk, goes back on the USB key."""

from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass
from pathlib import Path

from pydantic import ValidationError as PydanticValidationError

from sync.contract.clock import SYSTEM_CLOCK, Clock, utc_iso
from sync.contract.errors import AuthError, DataError
from sync.contract.usb_file import OutboxFile, Receipt, mac_ok, signed
from sync.contract.wire import MAX_BATCH, LeadBatch, RecordResult
from sync.hq import service
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


def import_outbox_file(
    store: Store,
    keys: service.HQKeys,
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
    receipt = Receipt(
        kiosk_id=kiosk.id,
        file_sha256=hashlib.sha256(path.read_bytes()).hexdigest(),
        imported_at=utc_iso(clock.now()),
        results=results,
    )
    target = receipt_path or receipt_path_for(path)
    _, token_hash = store.kiosk_by_id(kiosk.id) or (kiosk, "")
    tmp = target.with_name(target.name + ".tmp")
    tmp.write_text(signed(receipt, token_hash), encoding="utf-8")
    os.replace(tmp, target)
    stored = sum(r.status == "stored" for r in results)
    detail = {"kiosk": kiosk.id, "leads": len(results), "stored": stored}
    audit.record_cli(store.engine, clock, "usb_import", detail)
    return Imported(receipt, target)
