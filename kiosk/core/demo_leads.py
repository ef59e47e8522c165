"""Clearly fake visitors for demos and load tests (``leads generate``).

Every last name starts with ``DEMO-``, e-mails use the reserved ``example.org`` domain and
phones come from ranges reserved for fiction: +33 1 99 00 xx xx (ARCEP, France) and
+1 514 555 01xx (North America). Nothing here can be a real person.
"""

from __future__ import annotations

import random
from collections.abc import Iterator

from kiosk.core.config import EventProfile
from kiosk.core.lead_validation import LeadInput

DEMO_PREFIX = "DEMO-"
FIRST_NAMES = (
    "Yasmine", "Omar", "Salma", "Youssef", "Khadija", "Mehdi", "Imane", "Hamza",
    "Nadia", "Karim", "Sara", "Anas", "Amine", "Leila", "Rachid", "Zineb",
)  # fmt: skip
LAST_NAMES = (
    "Alaoui", "Bennani", "Tazi", "Idrissi", "Berrada", "Chraibi", "Fassi", "Amrani",
    "Ziani", "Kettani", "Benjelloun", "Lahlou",
)  # fmt: skip
CITIES = {
    "FR": ("Paris", "Lyon", "Marseille", "Lille"),
    "IT": ("Torino", "Milano"),
    "BE": ("Bruxelles", "Anvers"),
    "ES": ("Madrid", "Barcelona"),
    "CA": ("Montréal",),
    "MA": ("Casablanca", "Oujda", "Rabat", "Agadir"),
}


def fictional_phone(index: int) -> str:
    if index % 10 == 9:
        return f"+1514555{100 + index % 100:04d}"
    return f"+3319900{index % 10_000:04d}"


def fake_visitors(count: int, *, event: EventProfile, seed: int = 1) -> Iterator[LeadInput]:
    rng = random.Random(seed)
    desks = list(event.kiosk.desks)
    languages = list(event.event.languages)
    for index in range(count):
        first = rng.choice(FIRST_NAMES)
        last = rng.choice(LAST_NAMES)
        country = rng.choice([event.event.country, event.event.country, "MA", "BE"])
        yield LeadInput(
            first_name=first,
            last_name=f"{DEMO_PREFIX}{last}",
            phone=fictional_phone(index),
            phone_country="FR",
            email=f"{first.lower()}.{index}@example.org" if rng.random() < 0.6 else "",
            country=country,
            city=rng.choice(CITIES.get(country, ("",))),
            language=rng.choice(languages),
            desk=rng.choice(desks),
            interests=[f"DEMO-{rng.randint(1, 27000):05d}" for _ in range(rng.randint(0, 3))],
            budget_mad=rng.choice([None, 250_000, 450_000, 700_000, 1_200_000]),
            is_mre=country != "MA",
            consent_callback=True,
            consent_marketing=rng.random() < 0.4,
            consent_share=rng.random() < 0.5,
            note="Demo visitor" if rng.random() < 0.1 else "",
        )
