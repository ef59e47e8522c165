"""Rooms, surfaces and budgets in a visitor's words: "F3", "3 chambres", "plus de 100 m²",
"moins de 400 000", "max 1,2 million", "400k", "50 مليون" (centimes: 500 000 DH), "بين 300
و 500 ألف درهم", "studio", "غرفتين"."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol

_PRICE_FLOOR = 20_000  # a bare number this big is a budget
_THOUSANDS_BELOW = 10_000  # with "moins de"/"max", 400 means 400 000 DH
_HUNDREDS = 100
_ROOMS_MAX = 20
_CENTIMES_FROM = 20  # "50 millions" in Morocco means centimes: 500 000 DH
_ABOUT = 0.15  # "environ 500 000": ±15 %
_COMPARE = ("at_most", "at_least", "about", "between")
_NUMBER_WORDS = ("1", "2", "3", "4", "5")


class Item(Protocol):
    kind: str
    value: str
    toks: tuple[int, ...]
    num: float


Filter = tuple[str, "int | float | str"]


@dataclass
class Found:
    """Expressions read: (filters as (SearchQuery field, value), item indices) each, and
    items used up without a meaning of their own ("max" with no number after it)."""

    groups: list[tuple[list[Filter], list[int]]]
    dropped: list[int]

    def add(self, filters: list[Filter], used: list[int]) -> None:
        self.groups.append((filters, used))

    @property
    def used(self) -> set[int]:
        return {i for _f, used in self.groups for i in used} | set(self.dropped)


def _word(items: list[Item], i: int) -> str | None:
    if 0 <= i < len(items) and items[i].kind == "word":
        return items[i].value
    return None


def _number(items: list[Item], i: int) -> float | None:
    if not 0 <= i < len(items):
        return None
    if items[i].kind == "num":
        return items[i].num
    word = _word(items, i)
    if word in _NUMBER_WORDS and _word(items, i + 1) in ("rooms", "bedrooms"):
        return float(word or 0)
    return None


@dataclass
class _Amount:
    value: float
    scale: str | None  # thousand, million
    unit: str | None  # currency, rooms, bedrooms, surface
    centimes: bool
    more: bool
    end: int


def _amount(items: list[Item], i: int) -> _Amount | None:
    value = _number(items, i)
    if value is None:
        return None
    j, scale, unit, centimes, more = i + 1, None, None, False, False
    while _word(items, j) in ("thousand", "million", "centimes", "currency"):
        word = _word(items, j)
        if word == "centimes":
            centimes = True
        elif word == "currency":
            unit = "currency"
        else:
            scale = word
        j += 1
    if unit is None and _word(items, j) in ("rooms", "bedrooms", "surface"):
        unit = _word(items, j)
        j += 1
    if _word(items, j) == "or_more":
        more, j = True, j + 1
    return _Amount(value, scale, unit, centimes, more, j)


def _price(a: _Amount, compared: bool) -> int | None:
    value = a.value
    if a.scale == "thousand":
        value *= 1000
    elif a.scale == "million":
        value *= 10_000 if value >= _CENTIMES_FROM and not a.centimes else 1_000_000
    elif a.unit != "currency" and not compared and value < _PRICE_FLOOR:
        return None
    elif compared and _HUNDREDS <= value < _THOUSANDS_BELOW and a.unit is None:
        value *= 1000
    if a.centimes:
        value /= 100
    return round(value) if value >= _HUNDREDS else None


def _filters(a: _Amount, compare: str | None) -> list[Filter]:
    if a.unit in ("rooms", "bedrooms"):
        n = int(a.value)
        if not 0 < n <= _ROOMS_MAX or n != a.value:
            return []
        if a.unit == "bedrooms":  # a salon besides the bedrooms: "3 chambres" is 4 rooms
            return [("min_rooms", n + 1)]
        return [("min_rooms" if a.more or compare == "at_least" else "rooms", n)]
    if a.unit == "surface":
        return _bounds("surface", a.value, compare, a.more)
    price = _price(a, compare is not None)
    return [] if price is None else _bounds("price", price, compare, a.more)


def _bounds(name: str, value: float, compare: str | None, more: bool) -> list[Filter]:
    number: int | float = round(value) if name == "price" else value
    if compare == "about":
        low, high = value * (1 - _ABOUT), value * (1 + _ABOUT)
        return [(f"min_{name}", round(low)), (f"max_{name}", round(high))]
    if compare == "at_least" or more or (name == "surface" and compare != "at_most"):
        return [(f"min_{name}", number)]
    return [(f"max_{name}", number)]


def read(items: list[Item], adjacent: list[bool]) -> Found:
    """Every rooms/surface/budget expression in ``items``.

    ``adjacent[i]``: item ``i`` touches the next one ("F3", "400k").
    """
    found = Found([], [])
    i = 0
    while i < len(items):
        word = _word(items, i)
        if word == "studio":
            found.add([("rooms", 1), ("type", "appartement")], [i])
        elif word == "two_rooms":
            found.add([("rooms", 2)], [i])
        elif word == "f_rooms" and adjacent[i] and items[i + 1].kind == "num":
            n = items[i + 1].num
            if 0 < n <= _ROOMS_MAX and n == int(n):
                found.add([("rooms", int(n))], [i, i + 1])
                i += 2
                continue
        elif word in _COMPARE or _number(items, i) is not None:
            i = _read_amount(items, i, word if word in _COMPARE else None, found)
            continue
        i += 1
    return found


def _read_amount(items: list[Item], i: int, compare: str | None, found: Found) -> int:
    start = i + 1 if compare else i
    first = _amount(items, start)
    if first is None:
        if compare:
            found.dropped.append(i)  # "max", "plus de" with nothing after: no meaning alone
        return i + 1
    if compare in ("between", None) and _word(items, first.end) == "and":
        second = _amount(items, first.end + 1)
        # "300-500k", "300 et 500 000": a range; "3 pièces et 100 m²" is two filters
        if second is not None and first.unit in (None, second.unit):
            first.scale = first.scale or second.scale
            first.unit = first.unit or second.unit
            low, high = _filters(first, "at_least"), _filters(second, "at_most")
            if low and high:
                found.add(low + high, list(range(i, second.end)))
                return second.end
    filters = _filters(first, None if compare == "between" else compare)
    if not filters:
        if compare:  # "moins de 80" still being typed: the number is no search word
            found.dropped.extend(range(i, first.end))
            return first.end
        return start + 1
    found.add(filters, list(range(i, first.end)))
    return first.end
