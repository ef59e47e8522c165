"""A unit's title and its programme's name composed in the visitor's language from structured
fields (type, rooms, surface, programme kind and proper name), instead of the French catalog
strings copied into every language."""

from __future__ import annotations

import re
from functools import cache
from typing import Protocol

from kiosk.core.formatting import format_number, locale_of
from sync.contract import vocabulary

SQUARE_METRES = {"ar": "م²"}
COMMA = {"ar": "، "}


class TitledUnit(Protocol):
    @property
    def type(self) -> str: ...
    @property
    def rooms(self) -> int | None: ...
    @property
    def surface_m2(self) -> float: ...


def plural_form(forms: dict[str, str], n: int, lang: str) -> str:
    """The form of ``forms`` for ``n`` by the language's CLDR plural rule, ``{n}`` filled."""
    category = locale_of(lang).plural_form(n)
    text = forms.get(category) or forms["other"]
    return text.format(n=format_number(n, lang))


def rooms_phrase(rooms: int, lang: str) -> str:
    """ "3 rooms", "3 pièces", "3 غرف" (with Arabic's dual and plural forms)."""
    forms = vocabulary.ROOM_COUNT_FORMS
    return plural_form(forms.get(lang, forms["en"]), rooms, lang)


def surface_phrase(surface_m2: float, lang: str) -> str:
    return f"{format_number(surface_m2, lang)}\u00a0{SQUARE_METRES.get(lang, 'm²')}"


def composed_title(unit: TitledUnit, lang: str) -> str:
    """ "Flat, 3 rooms, 81 m²" / "شقة، 3 غرف، 81 م²" — the words and numbers of `lang`."""
    parts = [vocabulary.type_label(unit.type).get(lang)]
    if unit.rooms:
        parts.append(rooms_phrase(unit.rooms, lang))
    if unit.surface_m2:
        parts.append(surface_phrase(unit.surface_m2, lang))
    return COMMA.get(lang, ", ").join(p for p in parts if p)


@cache
def _french_patterns() -> tuple[tuple[re.Pattern[str], str], ...]:
    """Each programme kind's French name as a pattern that captures its proper name."""
    found = []
    for kind, label in vocabulary.PROGRAMME_KINDS.items():
        pattern = re.escape(label.fr)
        pattern = pattern.replace(re.escape("{name}"), r"(?P<name>.+?)")
        pattern = pattern.replace(re.escape("{n}"), r"(?P<n>\d+)")
        found.append((re.compile(f"^{pattern}$"), kind))
    return tuple(found)


def programme_name(name_fr: str, name_ar: str, lang: str) -> str:
    """A programme's name in ``lang``: its kind's words in that language around its proper
    name ("Pôle urbain Al Amal" → "Polo urbano Al Amal", "Al Amal urban centre"); a name
    that follows no known pattern is a proper name and keeps its French spelling."""
    if lang == "ar" and name_ar:
        return name_ar
    if lang == "fr" or not name_fr:
        return name_fr
    for pattern, kind in _french_patterns():
        match = pattern.match(name_fr)
        if match:
            values = match.groupdict()
            if "n" in values:
                values["n"] = format_number(int(values["n"]), lang)
            return vocabulary.PROGRAMME_KINDS[kind].get(lang).format(**values)
    return name_fr
