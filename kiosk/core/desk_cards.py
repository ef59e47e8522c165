"""A visitor's desk card: what the advisor sees on the desk page after scanning the ticket —
the units of interest, the simulation, an aid estimate, and the name and phone only for the
desks the visitor's consent covers.

The card is sealed to the stand hub's card key at the moment the lead is saved (same
transaction), kept for the day and handed to the hub by the kiosk's upkeep. Neither the
kiosk's database nor the hub's holds it in clear; the hub opens it in memory for a signed-in
desk. Erasing the lead deletes the card here and tells the hub (``desk_card_erasures``).
"""

from __future__ import annotations

import json
import sqlite3
from typing import Any

from kiosk.core import aid, settings
from kiosk.core.catalog import Catalog
from kiosk.core.db import KioskDB
from kiosk.core.lead_validation import LeadInput
from kiosk.core.unit_titles import composed_title, programme_name
from sync.contract.errors import ConfigError
from sync.contract.sealing import public_key_from, seal_text

HUB_CARD_KEY = "hub.card_key"  # the stand hub's public key for cards (base64), set at join
MAX_UNITS = 6
# Which consent lets a desk see the visitor's name and phone.
CONTACT_CONSENT = {"alomrane": "callback", "notary": "share", "bank": "share"}


def shows_contact(card: dict[str, Any], desk: str) -> bool:
    consents = card.get("consents", {})
    return bool(consents.get(CONTACT_CONSENT.get(desk, "share"), False))


def for_desk(card: dict[str, Any], desk: str) -> dict[str, Any]:
    """The card as ``desk`` may see it: without name and phone unless consent covers it."""
    shown = {k: v for k, v in card.items() if k != "contact"}
    shown["contact"] = card.get("contact") if shows_contact(card, desk) else None
    return shown


def _units(db: KioskDB, refs: list[str]) -> list[dict[str, Any]]:
    """Each unit as the kiosk names it, in both languages of the desk page."""
    units = Catalog(db).units_by_refs(refs[:MAX_UNITS])
    both = ("fr", "ar")
    return [
        {
            "ref": u.ref,
            "title": {lang: composed_title(u, lang) for lang in both},
            "programme": {
                lang: programme_name(u.programme_fr, u.programme_ar, lang) for lang in both
            },
            "city": {"fr": u.city_fr, "ar": u.city_ar},
            "price_mad": u.price_mad,
        }
        for u in units
    ]


def _aid(units: list[dict[str, Any]], simulation: dict[str, Any] | None) -> dict[str, Any] | None:
    """The aid the visitor saw in the simulator, else the indication for the first unit's
    price (subject to the buyer's eligibility, as the kiosk always says)."""
    if simulation and simulation.get("aid_mad") is not None:
        return {"amount_mad": int(simulation["aid_mad"]), "from": "simulation"}
    prices = [u["price_mad"] for u in units if u.get("price_mad")]
    if not prices:
        return None
    try:
        rules = aid.load_rules()
    except ConfigError:
        return None
    return {
        "amount_mad": rules.aid_for_price(int(prices[0])),
        "from": "price",
        "rules": rules.version,
    }


def build(
    db: KioskDB,
    lead: LeadInput,
    *,
    lead_id: str,
    tickets: dict[str, str],
    simulation: dict[str, Any] | None,
) -> dict[str, Any]:
    """The card of a lead just validated (``lead`` holds clean values)."""
    units = _units(db, list(lead.interests))
    return {
        "lead_id": lead_id,
        "tickets": tickets,
        "language": lead.language,
        "units": units,
        "budget_mad": lead.budget_mad,
        "simulation": dict(simulation) if simulation else None,
        "aid": _aid(units, simulation),
        "consents": {"callback": lead.consent_callback, "share": lead.consent_share},
        "contact": {
            "first_name": lead.first_name, "last_name": lead.last_name, "phone": lead.phone,
        },
    }  # fmt: skip


def keep_in(
    conn: sqlite3.Connection, card: dict[str, Any], hub_key: str, *, event_id: str, day: str
) -> None:
    """Inside the lead's transaction: the card sealed to the hub, waiting to be handed over."""
    sealed = seal_text(json.dumps(card, ensure_ascii=False), public_key_from(hub_key))
    conn.execute(
        "INSERT INTO desk_cards (lead_id, event_id, day, sealed) VALUES (?, ?, ?, ?)",
        (card["lead_id"], event_id, day, sealed),
    )


def hub_key(db: KioskDB) -> str | None:
    """The hub's card key when this kiosk is joined to a hub that has one."""
    value = settings.get(db, HUB_CARD_KEY)
    return str(value) if value else None


def unsent(db: KioskDB, limit: int = 200) -> list[dict[str, Any]]:
    rows = db.query(
        "SELECT lead_id, event_id, day, sealed FROM desk_cards WHERE sent_at IS NULL "
        "ORDER BY rowid LIMIT ?",
        (limit,),
    )
    return [dict(r) for r in rows]


def mark_sent(db: KioskDB, lead_ids: list[str], at: str) -> None:
    with db.transaction() as conn:
        conn.executemany(
            "UPDATE desk_cards SET sent_at = ? WHERE lead_id = ?", [(at, i) for i in lead_ids]
        )


def forget_in(conn: sqlite3.Connection, lead_id: str) -> None:
    """Inside an erasure: the card goes, and the hub is told if it already has it."""
    row = conn.execute("SELECT sent_at FROM desk_cards WHERE lead_id = ?", (lead_id,)).fetchone()
    conn.execute("DELETE FROM desk_cards WHERE lead_id = ?", (lead_id,))
    if row is not None and row[0] is not None:
        conn.execute("INSERT OR IGNORE INTO desk_card_erasures (lead_id) VALUES (?)", (lead_id,))


def erasures(db: KioskDB) -> list[str]:
    return [str(r[0]) for r in db.query("SELECT lead_id FROM desk_card_erasures ORDER BY 1")]


def erasures_told(db: KioskDB, lead_ids: list[str]) -> None:
    with db.transaction() as conn:
        conn.executemany(
            "DELETE FROM desk_card_erasures WHERE lead_id = ?", [(i,) for i in lead_ids]
        )


def drop_before(db: KioskDB, day: str) -> int:
    """Cards of earlier days: a ticket is for one day."""
    with db.transaction() as conn:
        return conn.execute("DELETE FROM desk_cards WHERE day < ?", (day,)).rowcount
