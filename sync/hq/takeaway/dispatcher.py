"""Sending what stands asked for: each queued request goes through the sender of its channel.

A pass claims the due requests (``queued`` → ``sending``, one worker each), opens the address,
checks the signed take-away link, and calls :func:`senders.dispatch` once (consent,
unsubscribe, per-recipient limit). A temporary failure waits and is tried again, the wait
doubling each time (kept in the database: a restart loses no retry); after the last attempt,
or on a permanent failure, the request is ``failed`` with the reason. HQ runs a pass when a
batch arrives and every few seconds for the retries.

Configured at HQ in ``senders.json`` (beside the keys)::

    {"smtp": {"host": "...", "port": 25, "sender": "selection@..."},
     "whatsapp": {"base_url": "https://graph.facebook.com/v19.0", "phone_number_id": "...",
                  "token": "...", "template": "selection_link"},
     "sms": {"base_url": "...", "account": "...", "token": "...", "sender": "+..."},
     "per_recipient": 3, "attempts": 4, "first_wait_s": 60}
"""

from __future__ import annotations

import json
import logging
import threading
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import nacl.public
from sqlalchemy import Engine

from sync.contract.clock import Clock, utc_iso
from sync.contract.errors import ConfigError, DataError
from sync.contract.sealing import open_text
from sync.contract.takeaway import PATH, LinkError
from sync.contract.vocabulary import DELIVERY_FAILED, DELIVERY_QUEUED, DELIVERY_SENT
from sync.hq.takeaway import content, sending
from sync.hq.takeaway.senders import (
    Channel,
    Delivery,
    HttpSmsSender,
    Outgoing,
    Rules,
    Sender,
    SmtpSender,
    WhatsAppCloudSender,
    dispatch,
)

log = logging.getLogger(__name__)

STOP_PATH = "/t/stop/"  # {public}/t/stop/{recipient key}: never send to this recipient again
PASS_SIZE = 50
Brochure = Callable[[str, str, str, date], bytes | None]  # code, language, page url, today


@dataclass
class SenderSet:
    """The configured channels (a channel without a sender fails its requests) and limits."""

    senders: dict[str, Sender] = field(default_factory=dict)
    rules: Rules = field(default_factory=Rules)

    @classmethod
    def load(cls, path: Path) -> SenderSet:
        """From ``senders.json``; no file = no channel configured."""
        if not path.is_file():
            return cls()
        try:
            raw = json.loads(path.read_text(encoding="utf-8"))
            return cls.from_mapping(raw)
        except (ValueError, TypeError, KeyError) as exc:
            raise ConfigError(f"{path}: {exc}", key="error.hq.senders") from exc

    @classmethod
    def from_mapping(cls, raw: Mapping[str, Any]) -> SenderSet:
        found: dict[str, Sender] = {}
        if "smtp" in raw:
            smtp = raw["smtp"]
            found["email"] = SmtpSender(
                str(smtp["host"]), int(smtp["port"]), str(smtp.get("sender", SmtpSender.sender))
            )
        if "whatsapp" in raw:
            wa = raw["whatsapp"]
            found["whatsapp"] = WhatsAppCloudSender(
                str(wa["base_url"]),
                str(wa["phone_number_id"]),
                str(wa["token"]),
                str(wa.get("template", "selection_link")),
            )
        if "sms" in raw:
            sms = raw["sms"]
            found["sms"] = HttpSmsSender(
                str(sms["base_url"]), str(sms["account"]), str(sms["token"]), str(sms["sender"])
            )
        rules = Rules(
            per_recipient=int(raw.get("per_recipient", 3)),
            attempts=int(raw.get("attempts", 4)),
            first_wait_s=float(raw.get("first_wait_s", 60.0)),
        )
        return cls(found, rules)


def code_of(link: str) -> str:
    """The take-away code at the end of a link ('' when it is not one of HQ's links)."""
    head, sep, code = link.rpartition(PATH)
    return code.strip("/") if sep and head.startswith(("http://", "https://")) else ""


class Dispatcher:
    def __init__(
        self,
        engine: Engine,
        keys: Any,  # sync.hq.keyring.HQKeys (private, phone_key, takeaway_secret)
        senders: SenderSet,
        public_url: str,
        clock: Clock,
        brochure: Brochure,
    ) -> None:
        self.engine = engine
        self.private: nacl.public.PrivateKey = keys.private
        self.phone_key: bytes = keys.phone_key
        self.takeaway_secret: bytes = keys.takeaway_secret
        self.senders = senders
        self.public_url = public_url.rstrip("/")
        self.clock = clock
        self.brochure = brochure
        self._lock = threading.Lock()  # one pass at a time in this process

    def unsubscribe_url(self, key: str) -> str:
        return f"{self.public_url}{STOP_PATH}{key}"

    def run_due(self) -> int:
        """Send every due request; how many were tried."""
        with self._lock:
            tried = 0
            while claimed := sending.claim_due(self.engine, utc_iso(self.clock.now()), PASS_SIZE):
                for row in claimed:
                    self._send(row)
                tried += len(claimed)
            return tried

    def _send(self, row: dict[str, Any]) -> None:
        try:
            delivery = self._attempt(row)
        except Exception as exc:  # one broken request must not stop the others; logged
            log.exception("sending %s", row["id"])
            delivery = Delivery("failed", f"HQ error: {type(exc).__name__}", temporary=True)
        self._record(row, delivery)

    def _attempt(self, row: dict[str, Any]) -> Delivery:
        code = code_of(row["link"])
        try:
            content.verified(code, self.takeaway_secret)
        except LinkError:
            return Delivery("failed", "take-away link refused")
        try:
            address = open_text(row["recipient_sealed"], self.private)
        except DataError:
            return Delivery("failed", "recipient not sealed for this HQ")
        sender = self.senders.senders.get(row["channel"])
        if sender is None:
            return Delivery("failed", f"no {row['channel']} sender configured at HQ")
        lang = row["language"]
        pdf = b""
        if row["channel"] == "email":
            pdf = self.brochure(code, lang, row["link"], self.clock.now().date()) or b""
        channel: Channel = sender.channel
        outgoing = Outgoing(
            channel,
            address,
            lang,
            row["link"],
            self.unsubscribe_url(row["recipient_key"]),
            brochure_pdf=pdf,
            consent=bool(row["consent_given"]),
        )
        with self.engine.connect() as conn:
            stopped = sending.is_stopped(conn, row["recipient_key"])
            before = sending.sent_to(conn, row["recipient_key"])
        one_try = Rules(per_recipient=self.senders.rules.per_recipient, attempts=1)
        delivery, _ = dispatch(outgoing, sender, one_try, sent_before=before, unsubscribed=stopped)
        return delivery

    def _record(self, row: dict[str, Any], delivery: Delivery) -> None:
        now = self.clock.now()
        rules = self.senders.rules
        values: dict[str, Any] = {"reason": delivery.reason[:300]}
        if delivery.status == "sent":
            values |= {"state": DELIVERY_SENT, "done_at": utc_iso(now)}
            values["provider_id"] = delivery.provider_id[:200]
        elif delivery.temporary and row["attempts"] < rules.attempts:
            wait = rules.first_wait_s * 2 ** (row["attempts"] - 1)
            values |= {"state": DELIVERY_QUEUED, "next_at": utc_iso(now + timedelta(seconds=wait))}
        else:
            values |= {"state": DELIVERY_FAILED, "done_at": utc_iso(now)}
        sending.settle(self.engine, row["id"], values)
        log.info(
            "send %s by %s: %s %s", row["id"], row["channel"], values["state"], delivery.reason
        )
