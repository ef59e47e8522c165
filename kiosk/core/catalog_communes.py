"""A catalog row's place given as a commune: a ``commune`` column (or ``city_id``) holding an
HCP code or a name fills the city, its province and its region from ``kiosk.core.places``."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from kiosk.core import places

COLUMN = "commune"
# the place columns a commune fills (city_id and region_id then need not be in the header)
FILLED = ("city_id", "region_id")
_HCP_CODE = re.compile(r"^\d{2}\.\d{3}\.\d{2}\.\d{1,2}$")


class CommuneFiller:
    """Resolves each distinct commune text once per import."""

    def __init__(self) -> None:
        self.seen: dict[str, places.Commune | str] = {}  # text → commune, or why not

    def fill(
        self, rec: dict[str, Any], raw: dict[str, Any], bad: Callable[[str, str], None]
    ) -> bool:
        """Fill ``rec``'s place from the commune it names; whether it names one."""
        column, text = self._named(rec, raw)
        if not text:
            return False
        found = self.seen.get(text)
        if found is None:
            found = self._resolve(text)
            self.seen[text] = found
        if isinstance(found, str):
            bad(column, found)
            return True
        rec["city_id"] = found.id
        rec["region_id"] = found.region_id
        for name, value in (
            ("city_fr", found.name_fr),
            ("city_ar", found.name_ar),
            ("province", found.province),
            ("region_fr", found.region_fr),
            ("region_ar", found.region_ar),
        ):
            if rec.get(name) in (None, ""):
                rec[name] = value
        if not rec.get("city_aliases"):
            rec["city_aliases"] = list(found.aliases)
        return True

    @staticmethod
    def _named(rec: dict[str, Any], raw: dict[str, Any]) -> tuple[str, str]:
        given = raw.get(COLUMN)
        if given not in (None, ""):
            return COLUMN, str(given).strip()
        city = str(rec.get("city_id") or "")
        # an HCP code starts with a digit; ids (most rows) do not, and skip the pattern
        coded = city[:1].isdigit() and _HCP_CODE.match(city)
        return ("city_id", city) if coded else ("", "")

    @staticmethod
    def _resolve(text: str) -> places.Commune | str:
        try:
            found = places.load().find(text)
        except places.AmbiguousPlace as exc:
            return str(exc)
        if found is None:
            return f"unknown commune {text!r}: give its HCP code (04.281.01.01) or its name"
        return found
