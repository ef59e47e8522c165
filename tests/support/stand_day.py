"""A stand day as a real stand produces it, for tests and benches.

Visitors look at units HQ really published (and, once, at a unit HQ has since withdrawn),
speak French, Arabic or English, ask for every desk, tick consents in every combination,
type their phone in national or international form, sometimes leave an e-mail, a budget or a
note; some come back later the same day; staff type a few leads from paper forms. Everything
is generated from a seed: fictional names, phone numbers in fictional ranges
(+33 1 99 00 …, +1 514 555 01 …, +212 6 00 00 …, +32 470 00 0…).
"""

from __future__ import annotations

import random
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from typing import Any

from kiosk.core.lead_validation import LeadInput
from sync.contract.vocabulary import DESKS, LANGUAGES

WITHDRAWN_REF = "RETIRE-000001"  # a unit the stand showed that HQ's catalog no longer has

_LATIN_FIRST = ("Yasmine", "Karim", "Salma", "Youssef", "Nadia", "Omar", "Ines", "Mehdi")
_LATIN_LAST = ("Testali", "Demoudi", "Fictiri", "Essaini", "Exempli", "Modeli")
_ARABIC_FIRST = ("ياسمين", "كريم", "سلمى", "يوسف", "نادية", "عمر")
_ARABIC_LAST = ("التجريبي", "المثالي", "النموذجي")
_CITIES = {"FR": "Paris", "MA": "Casablanca", "CA": "Montréal", "BE": "Bruxelles"}


@dataclass(frozen=True)
class Visit:
    lead: LeadInput
    paper: bool = False  # typed by staff from a paper form
    returning: bool = False  # same phone as an earlier visit of the day

    @property
    def first_interest(self) -> str | None:
        return self.lead.interests[0] if self.lead.interests else None


def _phone(rng: random.Random, n: int) -> tuple[str, str]:
    """(as typed, the picker's country) in one of the fictional ranges, in various forms."""
    tail = f"{n % 10000:04d}"
    forms = [
        (f"01 99 00 {tail[:2]} {tail[2:]}", "FR"),
        (f"+33 1 99 00 {tail[:2]} {tail[2:]}", "MA"),
        (f"06 00 00 {tail[:2]} {tail[2:]}", "MA"),
        (f"00212 6 00 00 {tail}", "FR"),
        (f"(514) 555-01{tail[2:]}", "CA"),
        (f"+32 470 00 0{tail[1:]}", "BE"),
    ]
    return forms[n % len(forms)]


def _interests(rng: random.Random, refs: Sequence[str], n: int) -> list[str]:
    if n % 5 == 0:
        return []
    if n == 7:
        return [WITHDRAWN_REF, *rng.sample(list(refs), 1)]
    return rng.sample(list(refs), min(len(refs), 1 + n % 3))


def _name(rng: random.Random, language: str) -> tuple[str, str]:
    if language == "ar":
        return rng.choice(_ARABIC_FIRST), rng.choice(_ARABIC_LAST)
    return rng.choice(_LATIN_FIRST), f"{rng.choice(_LATIN_LAST)}-{rng.randint(1, 999)}"


def _visitor(rng: random.Random, n: int, refs: Sequence[str], prices: Mapping[str, int]) -> Visit:
    languages, desks = list(LANGUAGES), list(DESKS)
    language = languages[n % len(languages)]
    first, last = _name(rng, language)
    phone, phone_country = _phone(rng, n)
    country = rng.choice(list(_CITIES))
    interests = _interests(rng, refs, n)
    priced = [prices[ref] for ref in interests if prices.get(ref)]
    paper = n % 11 == 4
    lead = LeadInput(
        first_name=first,
        last_name=last,
        phone=phone,
        phone_country=phone_country,
        email=f"visiteur.{n}@example.org" if n % 3 == 0 else "",
        country=country,
        city=_CITIES[country] if n % 4 else "",
        language=language,
        desk=desks[n % len(desks)],
        extra_desks=[desks[(n + 1) % len(desks)]] if n % 6 == 1 else [],
        interests=interests,
        budget_mad=(max(priced) if priced and n % 2 else None),
        is_mre=(None, True, False)[n % 3],
        consent_callback=True,
        consent_marketing=bool(n & 1),
        consent_share=bool(n & 2),
        note=(f"Fiche papier n° {n} : rappeler après 18 h" if paper else ""),
    )
    return Visit(lead, paper=paper)


def stand_day(units: Sequence[Mapping[str, Any]], *, visitors: int, seed: int = 1) -> list[Visit]:
    """``visitors`` visits of a stand whose catalog holds ``units`` (import-format records as
    HQ published them); every seventh visitor comes back later with other interests."""
    rng = random.Random(seed)
    refs = [str(u["ref"]) for u in units]
    prices = {str(u["ref"]): int(u["price_mad"]) for u in units if u.get("price_mad")}
    visits = [_visitor(rng, n, refs, prices) for n in range(visitors)]
    for n in range(0, visitors, 7):
        again = replace(visits[n].lead, interests=rng.sample(refs, 2), note="")
        visits.append(Visit(again, returning=True))
    return visits
