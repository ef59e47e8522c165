"""A unit's title composed in the visitor's language from its structured fields (type,
rooms, surface), instead of the French catalog title copied into every language."""

from __future__ import annotations

from typing import Protocol

from kiosk.core.formatting import format_number
from sync.contract import vocabulary

SQUARE_METRES = {"ar": "م²"}


class TitledUnit(Protocol):
    @property
    def type(self) -> str: ...
    @property
    def rooms(self) -> int | None: ...
    @property
    def surface_m2(self) -> float: ...


def rooms_phrase(rooms: int, lang: str) -> str:
    """ "3 rooms", "3 pièces", "3 غرف" (with Arabic's dual and plural forms)."""
    if lang == "ar":
        if rooms == 1:
            return "غرفة واحدة"
        if rooms == 2:
            return "غرفتان"
        return f"{rooms} غرف" if 3 <= rooms <= 10 else f"{rooms} غرفة"
    if lang == "fr":
        return f"{rooms} pièce" if rooms == 1 else f"{rooms} pièces"
    return f"{rooms} room" if rooms == 1 else f"{rooms} rooms"


def composed_title(unit: TitledUnit, lang: str) -> str:
    """ "Flat, 3 rooms, 81 m²" / "شقة، 3 غرف، 81 م²" — the words and numbers of `lang`."""
    comma = "، " if lang == "ar" else ", "
    parts = [vocabulary.type_label(unit.type).get(lang)]
    if unit.rooms:
        parts.append(rooms_phrase(unit.rooms, lang))
    if unit.surface_m2:
        unit_name = SQUARE_METRES.get(lang, "m²")
        parts.append(f"{format_number(unit.surface_m2, lang)} {unit_name}")
    return comma.join(p for p in parts if p)
