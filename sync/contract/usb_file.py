"""The USB path, for a stand with no network at all: the outbox file a kiosk writes and the
receipt HQ writes back.

The outbox file holds the pending leads as the wire records the sync would send (personal
fields sealed to HQ's key, nothing personal in clear), the visitors erased on the stand that HQ
has not confirmed (lead ids, phones sealed to HQ) and the stand's anonymous counters. Both
files carry an HMAC-SHA256 keyed with the SHA-256 of the kiosk's enrollment token — the kiosk
has the token, HQ keeps exactly that hash — so HQ knows which enrolled kiosk wrote a file,
and the kiosk knows a receipt came from HQ for its own file.
"""

from __future__ import annotations

import hashlib
import hmac
import json
from typing import Any

from pydantic import BaseModel, ConfigDict, Field

from sync.contract.wire import MAX_BATCH, AnalyticsBatch, LeadRecord, RecordResult

MAX_ERASURES = 100 * MAX_BATCH

OUTBOX_FORMAT = "omrane-outbox/1"
RECEIPT_FORMAT = "omrane-receipt/1"


class _File(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class OutboxFile(_File):
    format: str = Field(default=OUTBOX_FORMAT, pattern=f"^{OUTBOX_FORMAT}$")
    kiosk_id: str = Field(min_length=1, max_length=64)  # HQ's id of the kiosk
    exported_at: str
    leads: list[LeadRecord]
    erased_lead_ids: list[str] = Field(default_factory=list, max_length=MAX_ERASURES)
    erased_phones: list[str] = Field(default_factory=list, max_length=MAX_ERASURES)  # sealed
    analytics: list[AnalyticsBatch] = Field(default_factory=list, max_length=100)
    mac: str = ""


class Receipt(_File):
    format: str = Field(default=RECEIPT_FORMAT, pattern=f"^{RECEIPT_FORMAT}$")
    kiosk_id: str = Field(min_length=1, max_length=64)
    file_sha256: str  # of the outbox file this receipt answers
    imported_at: str
    results: list[RecordResult]
    erased_lead_ids: list[str] = Field(default_factory=list)  # the file's, now erased at HQ
    erased_phones_sha256: list[str] = Field(default_factory=list)  # of the sealed texts applied
    erased: int = 0  # leads HQ erased for them
    analytics_through: str = ""  # the latest counter day HQ recorded from the file
    mac: str = ""


def text_sha256(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def token_key(token: str) -> str:
    """The MAC key: what HQ stores of a kiosk token (its SHA-256, hex)."""
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def _canonical(data: dict[str, Any]) -> bytes:
    return json.dumps(data, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode()


def mac_of(model: OutboxFile | Receipt, key: str) -> str:
    body = _canonical(model.model_dump(mode="json", exclude={"mac"}))
    return hmac.new(key.encode(), body, hashlib.sha256).hexdigest()


def signed(model: OutboxFile | Receipt, key: str) -> str:
    """The file's text, MAC included."""
    done = model.model_copy(update={"mac": mac_of(model, key)})
    return json.dumps(done.model_dump(mode="json"), ensure_ascii=False, indent=1) + "\n"


def mac_ok(model: OutboxFile | Receipt, key: str) -> bool:
    return bool(model.mac) and hmac.compare_digest(model.mac, mac_of(model, key))
