"""Generated leads for the console's tests and benchmark (no real person: names from a list)."""

from __future__ import annotations

import json
import random
import uuid
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import Engine, insert

from sync.hq.leads import hq_leads

FIRST = [
    "Amina",
    "Youssef",
    "Salma",
    "Karim",
    "Nadia",
    "Omar",
    "Hiba",
    "Mehdi",
    "Imane",
    "Rachid",
    "Khadija",
    "Hamza",
    "Zineb",
    "Anas",
    "Meryem",
    "Ayoub",
    "Sanae",
    "Ilyas",
    "سعاد",
    "ياسين",
    "فاطمة",
    "محمد",
    "Fatima-Zahra",
    "Reda",
    "Kenza",
    "Othmane",
    "Loubna",
    "Tarik",
]
LAST = [
    "Benali",
    "El Idrissi",
    "Tazi",
    "Alaoui",
    "Bennani",
    "Chraibi",
    "Fassi",
    "العلوي",
    "Berrada",
    "Lahlou",
    "Sebti",
    "Kettani",
    "Amrani",
    "Ouazzani",
    "الإدريسي",
    "بناني",
]
# a long tail of surnames, as in a real population where few names repeat often
_HEADS = ["Ben", "El ", "Bou", "Ait ", "Ou", "Al ", "Lah", "Za", "Me", "Ta", "Ka", "Ra", "Ch"]
_MIDS = ["ja", "la", "ma", "ra", "ta", "ha", "sa", "na", "ka", "ba", "da", "za", "fi", "mou"]
_TAILS = ["ni", "ri", "di", "oui", "fi", "li", "ki", "mi", "si", "ssi", "ouani", "lani", "hari"]


def surname(rng: random.Random) -> str:
    if rng.random() < 0.3:
        return rng.choice(LAST)
    mids = "".join(rng.choice(_MIDS) for _ in range(rng.randint(1, 2)))
    return (rng.choice(_HEADS) + mids + rng.choice(_TAILS)).title().replace("  ", " ")


REGIONS = {
    "casablanca-settat": ["casablanca", "berrechid", "el-jadida"],
    "rabat-sale-kenitra": ["rabat", "sale", "kenitra"],
    "oriental": ["oujda", "nador"],
    "marrakech-safi": ["marrakech", "safi"],
}
TYPES = ["appartement", "villa", "maison_economique", "lot_villa", "commerce"]
EVENTS = ["paris-2026", "turin-2025", "caravan-casablanca"]
DESKS = ["alomrane", "notary", "bank"]


def lead_row(
    rng: random.Random, n: int, start: datetime, spacing_s: int = 7, **overrides: Any
) -> dict[str, Any]:
    region = rng.choice(list(REGIONS))
    city = rng.choice(REGIONS[region])
    created = start + timedelta(seconds=n * spacing_s + rng.randint(0, 5))
    stamp = created.strftime("%Y-%m-%dT%H:%M:%SZ")
    desk = rng.choice(DESKS)
    row: dict[str, Any] = {
        "id": str(uuid.UUID(int=rng.getrandbits(128))),
        "kiosk_id": f"kiosk-{rng.randint(1, 30):02d}",
        "event_id": rng.choice(EVENTS),
        "created_at": stamp,
        "received_at": stamp,
        "language": rng.choice(["fr", "ar", "en"]),
        "desk": desk,
        "tickets": json.dumps({desk: f"{desk[0].upper()}{rng.randint(1, 300):03d}"}),
        "interests": json.dumps([f"{city[:3].upper()}-{rng.randint(1, 27000):06d}"]),
        "interest_city_id": city,
        "interest_region_id": region,
        "interest_type": rng.choice(TYPES),
        "country": rng.choice(["FR", "IT", "MA", "BE"]),
        "city": rng.choice(["Paris", "Lyon", "Torino", "Casablanca"]),
        "is_mre": True,
        "budget_mad": rng.choice([None, 300000, 650000, 1200000]),
        "consent_callback": True,
        "consent_marketing": rng.random() < 0.4,
        "consent_share": rng.random() < 0.5,
        "notice_version": "2026-01",
        "consent_at": stamp,
        "first_name": rng.choice(FIRST),
        "last_name": surname(rng),
        "phone_e164": f"+2126{rng.randint(10_000_000, 99_999_999)}",
        "email": "",
        "note": "",
        "content_hash": f"{rng.getrandbits(64):016x}",
        "status": "new",
        "assigned_to": None,
        "next_call_date": None,
    }
    row.update(overrides)
    return row


def insert_leads(engine: Engine, rows: list[dict[str, Any]]) -> None:
    table = hq_leads
    names = set(table.c.keys())
    with engine.begin() as conn:
        conn.execute(insert(table), [{k: v for k, v in r.items() if k in names} for r in rows])


def add_lead(engine: Engine, seed: int = 0, **overrides: Any) -> dict[str, Any]:
    row = lead_row(random.Random(seed), seed, datetime(2026, 2, 13, 9, tzinfo=UTC), **overrides)
    insert_leads(engine, [row])
    return row
