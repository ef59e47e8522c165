"""Visitors' desk cards on the hub: received sealed from the kiosks (``kiosk.core.desk_cards``),
kept sealed in the hub's database for the day, opened in memory only for a signed-in desk
that scans or types a ticket. The card key lives beside the hub's TLS key, readable by the
hub's user only."""

from __future__ import annotations

import json
import os
import re
from pathlib import Path
from typing import Any

import nacl.public

from kiosk.core.desk_cards import for_desk
from kiosk.core.tickets import parse_qr_payload
from kiosk.hub.store import HubStore
from sync.contract.clock import utc_iso
from sync.contract.errors import DataError, ValidationError
from sync.contract.hub_wire import CardWire
from sync.contract.sealing import b64, open_text, unb64
from sync.contract.vocabulary import DESK_PREFIX

KEY_FILE = "card.key"
DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")
TYPED = re.compile(r"^([A-Z])?\s*[-‐–]?\s*0*(\d{1,4})$")
PREFIX_DESK = {prefix: desk for desk, prefix in DESK_PREFIX.items()}


class CardBox:
    """The hub's card key pair (made once, mode 0600)."""

    def __init__(self, folder: Path) -> None:
        path = folder / KEY_FILE
        if not path.is_file():
            folder.mkdir(parents=True, exist_ok=True)
            fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
            with os.fdopen(fd, "w") as out:
                out.write(b64(bytes(nacl.public.PrivateKey.generate())))
        self._key = nacl.public.PrivateKey(unb64(path.read_text().strip()))

    @property
    def public_key(self) -> str:
        return b64(bytes(self._key.public_key))

    def open(self, sealed: str) -> dict[str, Any]:
        opened = json.loads(open_text(sealed, self._key))
        if not isinstance(opened, dict):
            raise DataError("not a desk card", key="error.sealing.wrong_key")
        return opened


def keep(store: HubStore, kiosk_id: str, cards: list[CardWire]) -> int:
    now = utc_iso(store.clock.now())
    with store.transaction() as conn:
        for card in cards:
            conn.execute(
                "INSERT INTO hub_cards (lead_id, event_id, day, sealed, kiosk_id, received_at) "
                "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (lead_id) DO UPDATE SET "
                "sealed = excluded.sealed, received_at = excluded.received_at",
                (card.lead_id, card.event_id, card.day, card.sealed, kiosk_id, now),
            )
    return len(cards)


def forget(store: HubStore, lead_ids: list[str]) -> int:
    """An erased visitor: their card goes and their tickets no longer point to them."""
    with store.transaction() as conn:
        gone = 0
        for lead_id in lead_ids:
            gone += conn.execute("DELETE FROM hub_cards WHERE lead_id = ?", (lead_id,)).rowcount
            conn.execute("UPDATE hub_tickets SET lead_id = NULL WHERE lead_id = ?", (lead_id,))
        return gone


def drop_before(store: HubStore, day: str) -> int:
    with store.transaction() as conn:
        return conn.execute("DELETE FROM hub_cards WHERE day < ?", (day,)).rowcount


def ticket_label(text: str, desk: str) -> str | None:
    """A typed ticket number as the queue writes it: "a12", "A-012", "١٢" (this desk's)."""
    cleaned = text.translate(DIGITS).strip().upper()
    found = TYPED.match(cleaned)
    if found is None:
        return None
    prefix = found.group(1) or DESK_PREFIX.get(desk, "")
    if prefix not in PREFIX_DESK:
        return None
    return f"{prefix}-{int(found.group(2)):03d}"


def lookup(
    store: HubStore, box: CardBox, text: str, *, desk: str, event_id: str, day: str
) -> dict[str, Any]:
    """What the desk page shows for a scanned or typed ticket: ``status`` is ``card`` (with the
    card as this desk may see it), ``anonymous`` (a ticket without contact), ``waiting`` (the
    kiosk has not handed the card over yet) or ``unknown``."""
    drop_before(store, day)
    lead_id, label = _lead_of(store, text, desk, event_id, day)
    if lead_id is None:
        return {"status": "anonymous" if label else "unknown", "label": label}
    rows = store.query("SELECT sealed FROM hub_cards WHERE lead_id = ?", (lead_id,))
    if not rows:
        return {"status": "waiting", "label": label}
    card = box.open(str(rows[0]["sealed"]))
    return {"status": "card", "label": label, "card": for_desk(card, desk)}


def _lead_of(
    store: HubStore, text: str, desk: str, event_id: str, day: str
) -> tuple[str | None, str | None]:
    """(lead id, ticket label) for a ticket QR's text or a typed number; the hub's queue has
    the last word (an erased visitor's ticket no longer points to them)."""
    try:
        scanned: dict[str, str | None] | None = parse_qr_payload(text)
    except ValidationError:
        scanned = None
    if scanned and scanned["lead_id"]:
        rows = store.query(
            "SELECT label FROM hub_tickets WHERE event_id = ? AND day = ? AND lead_id = ? "
            "ORDER BY (desk = ?) DESC, id DESC LIMIT 1",
            (event_id, day, scanned["lead_id"], desk),
        )
        if rows:  # its number now, even if the slip says "A-?" (numbered since)
            return scanned["lead_id"], str(rows[0]["label"])
    label = scanned["ticket"] if scanned else ticket_label(text, desk)
    if label is None:
        return None, None
    rows = store.query(
        "SELECT lead_id FROM hub_tickets WHERE event_id = ? AND day = ? AND label = ? "
        "ORDER BY id DESC LIMIT 1",
        (event_id, day, label),
    )
    if rows:
        return (str(rows[0]["lead_id"]) if rows[0]["lead_id"] else None), label
    if scanned:  # a ticket the hub has not heard of yet (issued while it was away)
        return scanned["lead_id"], label
    return None, None
