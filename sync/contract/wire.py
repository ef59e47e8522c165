"""The kiosk ↔ HQ wire format, shared by the client and the server.

Versioned: every request carries ``protocol`` and HQ refuses versions it does not know.
Personal data only ever travels inside ``LeadRecord.sealed`` (opened by HQ alone).
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Mapping
from datetime import date
from typing import Annotated, Any, Literal

from pydantic import AfterValidator, BaseModel, BeforeValidator, ConfigDict, Field

from sync.contract import lead
from sync.contract.vocabulary import DELIVERY_STATES, RECORD_STATUSES, SEND_CHANNELS

PROTOCOL_VERSION = 1
MAX_BATCH = 500
ERASURE_FEED_MAX = 1000
OUTCOME_FEED_MAX = 1000
CATALOG_PAGE_MAX = 5000  # units per catalog page
API_PREFIX = "/api/v1"


# one of vocabulary.RECORD_STATUSES (stored, duplicate, conflict, rejected, erased), checked
# by pydantic's own code: a stand reads 500 of them in each answer to a lead batch
RecordStatus = Annotated[str, Field(pattern=f"^({'|'.join(map(re.escape, RECORD_STATUSES))})$")]

# bounds on numbers a stand reports: far above any real stand, low enough that no sum or
# 32-bit PostgreSQL column at HQ can overflow (a stand must never break a manager's page)
MAX_COUNT = 10_000_000
MAX_DISK_BYTES = 2**53  # 9 PB; also the largest integer a JSON reader keeps exact
ISO_DAY = r"^\d{4}-\d{2}-\d{2}$"


def _clamped(low: int, high: int) -> BeforeValidator:
    """Integers outside [low, high] brought to the nearest bound (a stand's report is kept,
    its absurd number is not); anything that is not an integer is still refused."""

    def clamp(value: Any) -> Any:
        if isinstance(value, int) and not isinstance(value, bool):
            return min(high, max(low, value))
        return value

    return BeforeValidator(clamp)


def _real_day(value: str) -> str:
    date.fromisoformat(value)  # ValueError -> a validation error: "2026-02-30" is no day
    return value


Day = Annotated[str, Field(max_length=10, pattern=ISO_DAY), AfterValidator(_real_day)]
Count = Annotated[int, _clamped(0, MAX_COUNT), Field(ge=0, le=MAX_COUNT)]
DiskBytes = Annotated[int, _clamped(0, MAX_DISK_BYTES), Field(ge=0, le=MAX_DISK_BYTES)]


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid")


def _limit(name: str) -> int:
    return lead.BY_NAME[name].limit


LEAD_ID_LENGTH = (36, _limit("id"))  # what a lead id and a content hash measure on the wire
CONTENT_HASH_LENGTH = (16, 128)


# The consent proof travels nested under "consent", with shorter names (protocol 1).
CONSENT_ON_WIRE: dict[str, str] = {
    "consent_callback": "callback",
    "consent_marketing": "marketing",
    "consent_share": "share",
    "notice_version": "notice_version",
    "consent_at": "timestamp",
    "consent_language": "language",
}


class Consent(_Model):
    callback: bool
    marketing: bool
    share: bool
    notice_version: str = Field(max_length=_limit("notice_version"))
    timestamp: str = Field(max_length=_limit("consent_at"))
    language: str = Field(max_length=_limit("consent_language"))


class LeadRecord(_Model):
    """One lead as the stand's outbox sends it: the clear fields of the lead contract
    (:mod:`sync.contract.lead`), its consent proof, and the personal fields sealed for HQ."""

    id: str = Field(min_length=LEAD_ID_LENGTH[0], max_length=LEAD_ID_LENGTH[1])
    kiosk_id: str = Field(max_length=_limit("kiosk_id"))
    event_id: str = Field(max_length=_limit("event_id"))
    created_at: str = Field(max_length=_limit("created_at"))
    language: str = Field(max_length=_limit("language"))
    desk: str = Field(max_length=_limit("desk"))
    tickets: dict[str, str] = Field(default_factory=dict, max_length=_limit("tickets"))
    interests: list[str] = Field(default_factory=list, max_length=_limit("interests"))
    country: str = Field(default="", max_length=_limit("country"))
    city: str = Field(default="", max_length=_limit("city"))
    is_mre: bool | None = None
    budget_mad: int | None = Field(default=None, ge=0, le=_limit("budget_mad"))
    horizon: str = Field(default="", max_length=_limit("horizon"))
    funding: str = Field(default="", max_length=_limit("funding"))
    home_owner_ma: bool | None = None
    units_opened: int = Field(default=0, ge=0, le=_limit("units_opened"))
    simulation_run: bool = False
    brochure_printed: bool = False
    consent: Consent
    sealed: str = Field(max_length=20_000)
    content_hash: str = Field(min_length=CONTENT_HASH_LENGTH[0], max_length=CONTENT_HASH_LENGTH[1])

    @classmethod
    def from_lead(cls, clear: Mapping[str, Any], sealed: str, content_hash: str) -> LeadRecord:
        """The record of a lead's clear fields (contract names), sealed box and hash."""
        return cls.model_validate(cls.wire_dict(clear, sealed, content_hash))

    @staticmethod
    def wire_dict(clear: Mapping[str, Any], sealed: str, content_hash: str) -> dict[str, Any]:
        """The record's JSON form, not yet checked (``model_validate`` it)."""
        consent = {wire: clear[name] for name, wire in CONSENT_ON_WIRE.items()}
        top = {name: clear[name] for name in lead.CLEAR if name not in CONSENT_ON_WIRE}
        return {**top, "consent": consent, "sealed": sealed, "content_hash": content_hash}

    def clear_fields(self) -> dict[str, Any]:
        """The lead contract's clear fields, by their contract names."""
        values = self.model_dump(exclude={"consent", "sealed", "content_hash"})
        consent = self.consent.model_dump()
        values.update({name: consent[wire] for name, wire in CONSENT_ON_WIRE.items()})
        return {name: values[name] for name in lead.CLEAR}


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


def _one_of(words: Mapping[str, object], what: str) -> AfterValidator:
    def check(value: str) -> str:
        if value not in words:
            raise ValueError(f"unknown {what} {value!r}")
        return value

    return AfterValidator(check)


SendChannel = Annotated[str, _one_of(SEND_CHANNELS, "channel")]
DeliveryState = Annotated[str, _one_of(DELIVERY_STATES, "delivery state")]


class SendConsent(_Model):
    """The visitor's consent to this one sending, a purpose of its own in the notice."""

    given: bool
    notice_version: str = Field(max_length=_limit("notice_version"))
    timestamp: str = Field(max_length=_limit("consent_at"))
    language: str = Field(max_length=_limit("consent_language"))


class SendRecord(_Model):
    """ "Send me my selection": the take-away link to send once by the channel the visitor
    chose. The address or phone travels only in ``recipient``, sealed for HQ."""

    id: str = Field(min_length=36, max_length=_limit("id"))
    event_id: str = Field(max_length=_limit("event_id"))
    created_at: str = Field(max_length=_limit("created_at"))
    lead_id: str = Field(default="", max_length=_limit("id"))  # the lead it follows, if any
    channel: SendChannel
    language: str = Field(max_length=_limit("language"))
    link: str = Field(min_length=10, max_length=400)
    recipient: str = Field(min_length=40, max_length=2000)
    consent: SendConsent
    content_hash: str = Field(min_length=16, max_length=128)

    def computed_hash(self) -> str:
        return send_content_hash(self.model_dump(exclude={"content_hash"}))


def send_content_hash(fields: Mapping[str, Any]) -> str:
    """SHA-256 of a send record's canonical JSON without its hash (same id + same hash =
    the same request sent twice)."""
    canonical = json.dumps(
        {k: v for k, v in fields.items() if k != "content_hash"},
        sort_keys=True,
        separators=(",", ":"),
        ensure_ascii=False,
    )
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


class SendBatch(_Model):
    protocol: int = PROTOCOL_VERSION
    sends: list[SendRecord] = Field(max_length=MAX_BATCH)


class SendStatusQuery(_Model):
    ids: list[Annotated[str, Field(max_length=64)]] = Field(max_length=MAX_BATCH)


class SendStatus(_Model):
    id: str
    delivery: DeliveryState
    reason: str = Field(default="", max_length=300)
    at: str = Field(default="", max_length=32)


class SendStatuses(_Model):
    """Where each asked sending is at HQ (an id HQ does not know is left out)."""

    results: list[SendStatus]


class CatalogChanges(_Model):
    protocol: int = PROTOCOL_VERSION
    since: int
    version: int
    upserts: list[dict[str, Any]] = Field(default_factory=list)
    deletions: list[str] = Field(default_factory=list)
    sha256: str
    # paging (asked with ``limit``): this page holds the refs after ``after``; ``next_after``
    # is where the next page starts, empty on the last page
    after: str = ""
    next_after: str = ""

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
    catalog_version: Count = 0
    pending: Count = 0
    sending: Count = 0
    quarantined: Count = 0
    desk_queue_depth: Count = 0
    disk_free_bytes: DiskBytes | None = None
    printer_state: str = Field(default="", max_length=200)
    last_error: str = Field(default="", max_length=500)
    crash_count: Count = 0
    sent_at: str = Field(default="", max_length=32)


class AnalyticsCounter(_Model):
    day: Day
    kind: str = Field(max_length=32)
    value: str = Field(default="", max_length=200)
    count: Count


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
    # The stand's take-away signing key (sync.contract.takeaway); absent from older HQs.
    takeaway_key_id: int | None = Field(default=None, ge=0, le=2**24 - 1)
    takeaway_key: str = Field(default="", max_length=100, description="base64, 32 bytes")
    takeaway_url: str = Field(default="", max_length=300, description="HQ's public page base")


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


Sha256 = Annotated[str, Field(pattern=r"^[0-9a-f]{64}$")]
MEDIA_VERSIONS = ("thumb", "screen")  # what a kiosk downloads of a photo or plan


class MediaManifestRequest(_Model):
    """Photos and plans a kiosk lacks, by the hash the catalog names them with."""

    sha256: list[Sha256] = Field(max_length=MAX_BATCH)


class MediaVersion(_Model):
    sha256: Sha256
    bytes: int = Field(ge=0, le=MAX_DISK_BYTES)


class MediaManifest(_Model):
    """For each file asked: the hash and size of each version to download
    (``GET /api/v1/media/{sha256}/{version}``, Range requests welcome); ``missing`` lists
    files HQ does not hold."""

    files: dict[Sha256, dict[Literal["thumb", "screen"], MediaVersion]]
    missing: list[Sha256] = Field(default_factory=list)


class LeadOutcomes(_Model):
    """What became of leads HQ acknowledged after it opened them (``rejected`` with a reason,
    ``conflict``, ``erased``), after the stand's cursor ``since``; ask again from ``next``
    until ``results`` comes back empty."""

    since: int
    next: int
    results: list[RecordResult] = Field(max_length=OUTCOME_FEED_MAX)
