"""The kiosk's client to the stand hub: pairing, shared ticket numbers, leased blocks, the
report of tickets issued while the hub was away, and the visitors' sealed desk cards.

TLS with the hub's own certificate, pinned by its SHA-256 fingerprint at pairing; the hub
proves it knew the pairing code by an HMAC of that fingerprint, so a device in the middle
cannot pair a kiosk to itself. Timeouts are short: a visitor waits for their ticket.
"""

from __future__ import annotations

import hashlib
import hmac
import logging
import ssl
import time
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

import requests
from requests.adapters import HTTPAdapter

from kiosk.core import desk_cards, leads, settings
from kiosk.core import desk_numbers as numbering
from kiosk.core.config import EventProfile, event_day
from kiosk.core.db import KioskDB
from sync.contract.clock import SYSTEM_CLOCK, Clock, utc_iso
from sync.contract.errors import AuthError, NetworkError
from sync.contract.hub_wire import (
    HUB_PREFIX,
    HUB_TOKEN_HEADER,
    CardKeyAnswer,
    LeaseAnswer,
    PairAnswer,
    ReportAnswer,
    TicketAnswer,
)

log = logging.getLogger(__name__)

HUB_URL, HUB_TOKEN, HUB_FINGERPRINT, HUB_ID = "hub.url", "hub.token", "hub.fingerprint", "hub.id"
DEFAULT_PORT = 8443
TICKET_TIMEOUT_S = (1.0, 2.0)
TIMEOUT_S = (3.0, 10.0)
BACKOFF_S = 10.0  # after a failed call, tickets come from the lease without waiting again


class HubUnreachable(NetworkError):
    key = "error.hub.offline"


class HubRefused(AuthError):
    key = "error.hub.refused"


def hub_url(address: str) -> str:
    """``https://host:port`` from what staff typed or scanned (host, host:port or a URL)."""
    text = address.strip()
    if "://" not in text:
        text = f"https://{text}"
    parts = urlsplit(text)
    if not parts.hostname:
        raise HubUnreachable(f"not a hub address: {address!r}")
    host = f"[{parts.hostname}]" if ":" in parts.hostname else parts.hostname
    return f"https://{host}:{parts.port or DEFAULT_PORT}"


def server_fingerprint(url: str) -> str:
    parts = urlsplit(url)
    try:
        pem = ssl.get_server_certificate(
            (parts.hostname or "", parts.port or DEFAULT_PORT), timeout=5
        )
    except OSError as exc:
        raise HubUnreachable(f"no stand hub answers at {url}: {exc}") from exc
    return hashlib.sha256(ssl.PEM_cert_to_DER_cert(pem)).hexdigest()


class PinnedAdapter(HTTPAdapter):
    """Accepts exactly the certificate pinned at pairing, whatever name it carries."""

    def __init__(self, fingerprint: str) -> None:
        self.fingerprint = fingerprint
        super().__init__()

    def init_poolmanager(self, *args: Any, **kwargs: Any) -> None:
        kwargs.update(assert_fingerprint=self.fingerprint, assert_hostname=False)
        super().init_poolmanager(*args, **kwargs)


def pinned_session(url: str, fingerprint: str, token: str = "") -> requests.Session:
    session = requests.Session()
    session.trust_env = False  # the stand network, never a proxy from the environment
    session.verify = False  # no certificate authority: the pinned fingerprint is the check
    session.mount(url, PinnedAdapter(fingerprint))
    if token:
        session.headers[HUB_TOKEN_HEADER] = token
    return session


@dataclass
class HubLink:
    url: str
    token: str
    fingerprint: str
    hub_id: str

    def __post_init__(self) -> None:
        self.session = pinned_session(self.url, self.fingerprint, self.token)

    @classmethod
    def from_settings(cls, db: KioskDB) -> HubLink | None:
        found = settings.get_many(db, [HUB_URL, HUB_TOKEN, HUB_FINGERPRINT, HUB_ID])
        if not found.get(HUB_URL) or not found.get(HUB_TOKEN):
            return None
        return cls(found[HUB_URL], found[HUB_TOKEN], found[HUB_FINGERPRINT], found.get(HUB_ID, ""))

    def call(self, method: str, path: str, *, timeout: Any = TIMEOUT_S, **kwargs: Any) -> Any:
        try:
            answer = self.session.request(
                method, f"{self.url}{HUB_PREFIX}{path}", timeout=timeout, **kwargs
            )
        except requests.RequestException as exc:
            raise HubUnreachable(f"stand hub {self.url} unreachable: {exc}") from exc
        if answer.status_code in (401, 403):
            raise HubRefused(
                f"the stand hub refused this kiosk ({answer.status_code}): join it again"
            )
        if answer.status_code >= 400:
            raise HubUnreachable(f"stand hub answered {answer.status_code}: {answer.text[:200]}")
        try:
            return answer.json()
        except ValueError as exc:
            raise HubUnreachable("stand hub sent an unreadable answer") from exc

    def close(self) -> None:
        self.session.close()


def join(db: KioskDB, address: str, code: str, *, kiosk_name: str = "") -> HubLink:
    """Pair this kiosk with the hub at ``address`` using the code shown on the hub."""
    url = hub_url(address)
    fingerprint = server_fingerprint(url)
    link = HubLink(url, "", fingerprint, "")
    body = {"code": code.strip(), "kiosk_id": settings.kiosk_id(db), "kiosk_name": kiosk_name}
    try:
        answer = PairAnswer.model_validate(link.call("POST", "/pair", json=body))
    finally:
        link.close()
    expected = hmac.new(code.strip().encode(), fingerprint.encode(), hashlib.sha256).hexdigest()
    if not hmac.compare_digest(answer.proof, expected):
        raise HubRefused("the hub's certificate does not match the pairing code: not joined")
    settings.put_many(
        db,
        {
            HUB_URL: url,
            HUB_TOKEN: answer.token,
            HUB_FINGERPRINT: fingerprint,
            HUB_ID: answer.hub_id,
        },
    )
    joined = HubLink(url, answer.token, fingerprint, answer.hub_id)
    try:
        learn_card_key(db, joined)
    except (HubUnreachable, HubRefused) as exc:  # learnt again at the next upkeep round
        log.warning("desk card key not fetched yet: %s", exc.message)
    return joined


def learn_card_key(db: KioskDB, link: HubLink) -> str:
    """The hub's public key for desk cards (over the pinned link), kept in the settings."""
    key = CardKeyAnswer.model_validate(link.call("GET", "/cards/key")).key
    settings.put(db, desk_cards.HUB_CARD_KEY, key)
    return key


def hand_over_cards(
    db: KioskDB, link: HubLink, event: EventProfile, clock: Clock = SYSTEM_CLOCK
) -> int:
    """Desk cards of today's leads to the hub, erasures first; how many cards went."""
    if desk_cards.hub_key(db) is None:
        learn_card_key(db, link)
    desk_cards.drop_before(db, event_day(event, clock))
    erased = desk_cards.erasures(db)
    if erased:
        link.call("POST", "/cards/forget", json={"lead_ids": erased})
        desk_cards.erasures_told(db, erased)
    handed = 0
    while batch := desk_cards.unsent(db):
        link.call("POST", "/cards", json={"cards": batch})
        desk_cards.mark_sent(db, [c["lead_id"] for c in batch], utc_iso(clock.now()))
        handed += len(batch)
    return handed


def leave(db: KioskDB) -> None:
    for key in (HUB_URL, HUB_TOKEN, HUB_FINGERPRINT, HUB_ID, desk_cards.HUB_CARD_KEY):
        settings.delete(db, key)


class HubNumbers:
    """``NumberSource`` through the hub; None (the kiosk's lease then) when it is away."""

    def __init__(self, link: HubLink) -> None:
        self.link = link
        self.down_until = 0.0

    def take(self, request: numbering.NumberRequest) -> numbering.HubNumber | None:
        if time.monotonic() < self.down_until:
            return None
        body = {
            "event_id": request.event_id, "day": request.day, "desk": request.desk,
            "lead_id": request.lead_id, "language": request.language,
            "issued_at": request.issued_at, "lease_left": request.lease_left,
        }  # fmt: skip
        try:
            raw = self.link.call("POST", "/tickets", json=body, timeout=TICKET_TIMEOUT_S)
        except (HubUnreachable, HubRefused) as exc:
            log.warning("ticket from the lease: %s", exc.message)
            self.down_until = time.monotonic() + BACKOFF_S
            return None
        answer = TicketAnswer.model_validate(raw)
        lease = None
        if answer.lease is not None:
            lease = numbering.Lease(
                request.event_id, request.day, request.desk, answer.lease.start, answer.lease.end
            )
        return numbering.HubNumber(
            answer.number, answer.issued_at, answer.position, answer.wait_minutes, lease
        )


def top_up_leases(
    db: KioskDB, link: HubLink, event: EventProfile, clock: Clock = SYSTEM_CLOCK
) -> int:
    """Lease a block for each of today's desks running low; how many blocks were leased."""
    day = event_day(event, clock)
    with db.transaction() as conn:
        low = [
            d for d in event.kiosk.desks
            if numbering.lease_left(conn, event.event.id, day, d) < numbering.LEASE_LOW
        ]  # fmt: skip
    if not low:
        return 0
    raw = link.call("POST", "/leases", json={"event_id": event.event.id, "day": day, "desks": low})
    answer = LeaseAnswer.model_validate(raw)
    with db.transaction() as conn:
        for desk, block in answer.leases.items():
            numbering.store_lease(
                conn, numbering.Lease(event.event.id, day, desk, block.start, block.end)
            )
    return len(answer.leases)


def report_leased(db: KioskDB, link: HubLink, clock: Clock = SYSTEM_CLOCK) -> int:
    """Hand the hub the tickets issued from leases while it was away, and the pending ones it
    numbers now; how many it took."""
    waiting = numbering.unreported(db)
    if not waiting:
        return 0
    tickets = [
        {k: (None if k == "number" and t["source"] == "pending" else v)
         for k, v in t.items() if k != "id"}
        for t in waiting
    ]  # fmt: skip
    answer = ReportAnswer.model_validate(
        link.call("POST", "/tickets/report", json={"tickets": tickets})
    )
    numbering.apply_numbers(
        db, [(n.event_id, n.day, n.desk, n.lead_id, n.number, n.label) for n in answer.numbered]
    )
    leads.renumber(db, [(n.lead_id, n.desk, n.label) for n in answer.numbered])
    numbering.mark_reported(db, [int(str(t["id"])) for t in waiting], utc_iso(clock.now()))
    return answer.stored


def reconcile(
    db: KioskDB, link: HubLink, event: EventProfile, clock: Clock = SYSTEM_CLOCK
) -> dict[str, int]:
    """What a kiosk does whenever it reaches the hub: desk cards first (a visitor may be at a
    desk already), report, then lease what runs low."""
    return {
        "cards": hand_over_cards(db, link, event, clock),
        "reported": report_leased(db, link, clock),
        "leased": top_up_leases(db, link, event, clock),
    }


def stand_view(link: HubLink, event: EventProfile, clock: Clock = SYSTEM_CLOCK) -> dict[str, Any]:
    """Every kiosk, the queue per desk and today's figures, as the hub sees the stand."""
    params = {"event_id": event.event.id, "day": event_day(event, clock)}
    found = link.call("GET", "/stand", params=params, timeout=TICKET_TIMEOUT_S)
    if not isinstance(found, dict):
        raise HubUnreachable("stand hub sent an unreadable stand view")
    return found
