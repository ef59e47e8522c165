"""What crosses the stand network between the kiosks and the stand hub (``/hub/v1``).

No personal data in any of these: desks, numbers, ids, times, counts. Sealed lead envelopes
travel as the HQ wire records (``sync.contract.wire``) they already are.
"""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field

from sync.contract.wire import Heartbeat

HUB_PREFIX = "/hub/v1"
HUB_TOKEN_HEADER = "X-Omrane-Hub-Token"
HQ_RELAY = f"{HUB_PREFIX}/relay"  # HQ's API through the hub: same paths after this
CODE_LENGTH = 6
MDNS_SERVICE = "_omrane-hub._tcp.local."
JOIN_QR_PREFIX = "OMH1"  # the hub's screen: OMH1|host:port|pairing code, scanned on a kiosk


def join_payload(address: str, code: str) -> str:
    """What the hub's join QR holds: where it is and the current pairing code."""
    return "|".join((JOIN_QR_PREFIX, address, code))


def parse_join_payload(text: str) -> tuple[str, str] | None:
    """(address, code) from a scanned join QR, None for anything else (a typed address)."""
    parts = text.strip().split("|")
    if len(parts) != 3 or parts[0] != JOIN_QR_PREFIX or not parts[1]:
        return None
    if len(parts[2]) != CODE_LENGTH or not parts[2].isdigit():
        return None
    return parts[1], parts[2]


class _Wire(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class PairRequest(_Wire):
    code: str = Field(min_length=CODE_LENGTH, max_length=CODE_LENGTH, pattern=r"^[0-9]+$")
    kiosk_id: str = Field(min_length=1, max_length=64)
    kiosk_name: str = Field(default="", max_length=80)


class PairAnswer(_Wire):
    hub_id: str
    token: str
    # HMAC-SHA256(code, certificate fingerprint): proves the hub that answered knew the code
    proof: str = ""


class LeaseWire(_Wire):
    start: int = Field(ge=1)
    end: int = Field(ge=1)


class TicketRequest(_Wire):
    event_id: str = Field(min_length=1, max_length=80)
    day: str = Field(pattern=r"^\d{4}-\d{2}-\d{2}$")
    desk: str = Field(min_length=1, max_length=20)
    lead_id: str | None = Field(default=None, max_length=64)
    language: str = Field(default="", max_length=8)
    issued_at: str = Field(max_length=40)
    lease_left: int = Field(default=0, ge=0)


class TicketAnswer(_Wire):
    number: int
    label: str
    issued_at: str
    position: int
    wait_minutes: int
    lease: LeaseWire | None = None


class LeaseRequest(_Wire):
    event_id: str = Field(min_length=1, max_length=80)
    day: str = Field(pattern=r"^\d{4}-\d{2}-\d{2}$")
    desks: list[str] = Field(min_length=1, max_length=10)


class LeaseAnswer(_Wire):
    leases: dict[str, LeaseWire]


class ReportedTicket(_Wire):
    event_id: str = Field(min_length=1, max_length=80)
    day: str = Field(pattern=r"^\d{4}-\d{2}-\d{2}$")
    desk: str = Field(min_length=1, max_length=20)
    number: int | None = Field(default=None, ge=1)  # None: pending, the hub numbers it
    lead_id: str | None = Field(default=None, max_length=64)
    language: str = Field(default="", max_length=8)
    issued_at: str = Field(max_length=40)
    source: str = Field(default="lease", pattern=r"^(lease|local|pending)$")


class TicketReport(_Wire):
    tickets: list[ReportedTicket] = Field(max_length=1000)


class NumberedTicket(_Wire):
    """The number the hub gave a lead's pending ticket (the same one if reported again)."""

    event_id: str
    day: str
    desk: str
    lead_id: str
    number: int
    label: str


class ReportAnswer(_Wire):
    stored: int
    known: int
    numbered: list[NumberedTicket] = Field(default_factory=list)


class QueueEntry(_Wire):
    label: str
    desk: str
    number: int
    state: str
    issued_at: str
    called_at: str | None = None


class KioskBeat(_Wire):
    """A kiosk's state for the hub's stand view: the heartbeat it sends HQ, its last sync."""

    heartbeat: Heartbeat
    last_sync: str | None = Field(default=None, max_length=40)
    enrolled: bool = False
    print_jobs: dict[str, int] = Field(default_factory=dict)  # open jobs by state


class HubStatus(_Wire):
    hub_id: str
    kiosks: list[dict[str, str | int | None]]
    queues: dict[str, dict[str, int]]


class CardKeyAnswer(_Wire):
    key: str  # the hub's public key for desk cards, base64


class CardWire(_Wire):
    """A visitor's desk card, sealed on the kiosk to the hub's card key."""

    lead_id: str = Field(min_length=1, max_length=64)
    event_id: str = Field(min_length=1, max_length=80)
    day: str = Field(pattern=r"^\d{4}-\d{2}-\d{2}$")
    sealed: str = Field(min_length=1, max_length=65_536)


class CardBatch(_Wire):
    cards: list[CardWire] = Field(max_length=200)


class CardForget(_Wire):
    lead_ids: list[str] = Field(max_length=1000)
