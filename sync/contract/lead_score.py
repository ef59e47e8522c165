"""How ready a lead is — hot, warm or cold — from the optional readiness answers and what the
visitor did at the kiosk, with a one-line explanation.

Pure and deterministic: the stand (staff console) and HQ (ingest, lead list, lead page) call
:func:`score_lead` on the same clear fields of the lead contract and get the same answer.
Only clear fields are read, so the stand scores without the staff PIN.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from sync.contract.vocabulary import LEAD_SCORES, Label

HOT_FROM = 6  # points
WARM_FROM = 3
UNITS_OPENED_FOR_POINT = 3  # browsing several units shows intent; one glance does not

# (reason, points, label) — one line each in the explanation, in this order.
_REASONS: dict[str, tuple[int, Label]] = {
    "horizon_6m": (
        3,
        Label(
            "projet sous 6 mois",
            "مشروع خلال 6 أشهر",
            "project within 6 months",
            "progetto entro 6 mesi",
            "proyecto en 6 meses",
            "project binnen 6 maanden",
        ),
    ),
    "horizon_year": (
        2,
        Label(
            "projet cette année",
            "مشروع هذه السنة",
            "project this year",
            "progetto quest'anno",
            "proyecto este año",
            "project dit jaar",
        ),
    ),
    "cash": (
        2,
        Label(
            "paiement comptant",
            "أداء نقدي",
            "paying cash",
            "pagamento in contanti",
            "pago al contado",
            "betaalt contant",
        ),
    ),
    "mortgage": (
        1,
        Label("crédit immobilier", "قرض عقاري", "mortgage", "mutuo", "hipoteca", "hypotheek"),
    ),
    "first_home": (
        1,
        Label(
            "pas encore propriétaire au Maroc",
            "ليس مالكا بعد بالمغرب",
            "no home in Morocco yet",
            "ancora senza casa in Marocco",
            "aún sin vivienda en Marruecos",
            "nog geen woning in Marokko",
        ),
    ),
    "units": (
        1,
        Label(
            "{n} biens consultés",
            "{n} عقارات تمت معاينتها",
            "{n} units viewed",
            "{n} immobili visti",
            "{n} inmuebles vistos",
            "{n} objecten bekeken",
        ),
    ),
    "simulation": (
        1,
        Label(
            "simulation faite",
            "محاكاة منجزة",
            "ran a simulation",
            "simulazione fatta",
            "simulación hecha",
            "berekening gemaakt",
        ),
    ),
    "brochure": (
        1,
        Label(
            "brochure imprimée",
            "كتيب مطبوع",
            "printed a brochure",
            "brochure stampata",
            "folleto impreso",
            "brochure afgedrukt",
        ),
    ),
    "ticket": (
        1,
        Label(
            "ticket de guichet pris",
            "أخذ تذكرة الشباك",
            "took a desk ticket",
            "biglietto per il banco preso",
            "número de mostrador tomado",
            "volgnummer genomen",
        ),
    ),
}
_NOTHING = Label(
    "aucun signal", "لا توجد مؤشرات", "no signal", "nessun segnale", "ninguna señal", "geen signaal"
)
_POINTS = Label("pts", "نقاط", "pts", "pt", "pts", "ptn")


@dataclass(frozen=True)
class LeadScore:
    level: str  # hot | warm | cold
    points: int
    reasons: tuple[str, ...]  # keys of the reasons that gave points, in a fixed order
    units_opened: int = 0

    @property
    def sort_key(self) -> str:
        """Orders leads hottest first when sorted descending (HQ's column, a string key)."""
        return f"{self.points:02d}"

    def explain(self, language: str) -> str:
        """One line: "Chaud (7 pts) : projet sous 6 mois, paiement comptant, …"."""
        parts = [
            _REASONS[r][1].get(language).format(n=self.units_opened) for r in self.reasons
        ] or [_NOTHING.get(language)]
        head = f"{LEAD_SCORES[self.level].get(language)} ({self.points} {_POINTS.get(language)})"
        separator = "، " if language == "ar" else ", "
        colon = " : " if language == "fr" else ": "
        return head + colon + separator.join(parts)


def _reasons(lead: Mapping[str, Any]) -> list[str]:
    found: list[str] = []
    horizon = lead.get("horizon") or ""
    if horizon == "within_6_months":
        found.append("horizon_6m")
    elif horizon == "this_year":
        found.append("horizon_year")
    funding = lead.get("funding") or ""
    if funding in ("cash", "mortgage"):
        found.append(funding)
    owner = lead.get("home_owner_ma")
    if owner is not None and not owner:
        found.append("first_home")
    if _count(lead.get("units_opened")) >= UNITS_OPENED_FOR_POINT:
        found.append("units")
    if lead.get("simulation_run"):
        found.append("simulation")
    if lead.get("brochure_printed"):
        found.append("brochure")
    if _tickets(lead.get("tickets")):
        found.append("ticket")
    return found


def _tickets(value: object) -> bool:
    """Tickets as the contract holds them (a dict) or as a table stores them (JSON text)."""
    if isinstance(value, str):
        try:
            value = json.loads(value or "{}")
        except ValueError:
            return False
    return bool(value)


def _count(value: object) -> int:
    return value if isinstance(value, int) and not isinstance(value, bool) else 0


def score_lead(lead: Mapping[str, Any]) -> LeadScore:
    """The score of a lead's clear fields (contract names; missing fields count as unanswered)."""
    reasons = _reasons(lead)
    points = sum(_REASONS[r][0] for r in reasons)
    level = "hot" if points >= HOT_FROM else "warm" if points >= WARM_FROM else "cold"
    return LeadScore(level, points, tuple(reasons), _count(lead.get("units_opened")))
