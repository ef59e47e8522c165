"""The kiosk ↔ HQ wire format, shared by the client and the server.

Versioned: every request carries ``protocol`` and HQ refuses versions it does not know.
Personal data only ever travels inside ``LeadRecord.sealed`` (opened by HQ alone).
"""

from __future__ import annotations

import hashlib
import json
from typing import Annotated, Any, Literal

from pydantic import AfterValidator, BaseModel, ConfigDict, Field

from sync.contract.vocabulary import RECORD_STATUSES

PROTOCOL_VERSION = 1
MAX_BATCH = 500
ERASURE_FEED_MAX = 1000
API_PREFIX = "/api/v1"


def _record_status(value: str) -> str:
    if value not in RECORD_STATUSES:
        raise ValueError(f"unknown record status {value!r}")
    return value


# one of vocabulary.RECORD_STATUSES (stored, duplicate, conflict, rejected, erased)
RecordStatus = Annotated[str, AfterValidator(_record_status)]


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Consent(_Model):
    callback: bool
    marketing: bool
    share: bool
    notice_version: str = Field(max_length=64)
    timestamp: str = Field(max_length=32)
    language: str = Field(max_length=8)


class LeadRecord(_Model):
    """One lead as the kiosk outbox sends it (kiosk.core.outbox.to_wire)."""

    id: str = Field(min_length=36, max_length=36)
    kiosk_id: str = Field(max_length=64)
    event_id: str = Field(max_length=64)
    created_at: str = Field(max_length=32)
    language: str = Field(max_length=8)
    desk: str = Field(max_length=16)
    tickets: dict[str, str] = Field(default_factory=dict)
    interests: list[str] = Field(default_factory=list, max_length=50)
    country: str = Field(default="", max_length=64)
    city: str = Field(default="", max_length=120)
    is_mre: bool | None = None
    budget_mad: int | None = Field(default=None, ge=0)
    consent: Consent
    sealed: str = Field(max_length=20_000)
    content_hash: str = Field(min_length=16, max_length=128)


class LeadBatch(_Model):
    protocol: int = PROTOCOL_VERSION
    leads: list[LeadRecord] = Field(max_length=MAX_BATCH)


class RecordResult(_Model):
    id: str
    status: RecordStatus
    reason: str = ""


class BatchResult(_Model):
    protocol: int = PROTOCOL_VERSION
    results: list[RecordResult]


class CatalogChanges(_Model):
    protocol: int = PROTOCOL_VERSION
    since: int
    version: int
    upserts: list[dict[str, Any]] = Field(default_factory=list)
    deletions: list[str] = Field(default_factory=list)
    sha256: str

    def verify(self) -> bool:
        return catalog_checksum(self.version, self.upserts, self.deletions) == self.sha256


def catalog_checksum(version: int, upserts: list[dict[str, Any]], deletions: list[str]) -> str:
    """SHA-256 of the canonical JSON of a change set (sorted keys, no spaces, UTF-8)."""
    canonical = json.dumps(
        {"version": version, "upserts": upserts, "deletions": deletions},
        sort_keys=True,
        separators=(",", ":"),
        ensure_ascii=False,
    )
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


class Heartbeat(_Model):
    protocol: int = PROTOCOL_VERSION
    app_version: str = Field(max_length=32)
    catalog_version: int = 0
    pending: int = 0
    sending: int = 0
    quarantined: int = 0
    desk_queue_depth: int = 0
    disk_free_bytes: int | None = None
    printer_state: str = Field(default="", max_length=200)
    last_error: str = Field(default="", max_length=500)
    crash_count: int = 0
    sent_at: str = Field(default="", max_length=32)


class AnalyticsCounter(_Model):
    day: str = Field(max_length=10)
    kind: str = Field(max_length=32)
    value: str = Field(default="", max_length=200)
    count: int = Field(ge=0)


class AnalyticsBatch(_Model):
    protocol: int = PROTOCOL_VERSION
    event_id: str = Field(max_length=64)
    counters: list[AnalyticsCounter] = Field(max_length=5000)


class Enrollment(_Model):
    """What `omrane-hq kiosk add` writes and `omrane-kiosk enroll` reads."""

    format: Literal["omrane-enrollment"] = "omrane-enrollment"
    protocol: int = PROTOCOL_VERSION
    hq_url: str = Field(min_length=1, max_length=300)
    kiosk_id: str = Field(min_length=1, max_length=64)
    kiosk_name: str = Field(min_length=1, max_length=100)
    event_id: str = Field(max_length=64)
    token: str = Field(min_length=16, max_length=200)
    hq_public_key: str = Field(min_length=40, max_length=100, description="base64, 32 bytes")


class Health(_Model):
    status: Literal["ok"] = "ok"
    protocol: int = PROTOCOL_VERSION
    version: str
    time: str


class ErasureBatch(_Model):
    """Leads erased on the stand at the visitor's request: HQ erases them too, and every other
    lead of the same phones (each phone sealed to HQ's public key: the stand cannot read it)."""

    protocol: int = PROTOCOL_VERSION
    lead_ids: list[str] = Field(max_length=MAX_BATCH)
    sealed_phones: list[Annotated[str, Field(max_length=200)]] = Field(
        default_factory=list, max_length=MAX_BATCH
    )


class ErasureResult(_Model):
    erased: int


class ErasureFeed(_Model):
    """Leads erased at HQ after the stand's cursor ``since``: the stand deletes its copies and
    asks again from ``next`` until ``lead_ids`` comes back empty."""

    since: int
    next: int
    lead_ids: list[str] = Field(max_length=ERASURE_FEED_MAX)
