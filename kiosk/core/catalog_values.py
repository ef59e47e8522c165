"""Cell values of a catalog file: text cleaning, numbers typed by people, yes/no words, and
row keys for spotting contradictions between rows (used by ``catalog_checks``)."""

from __future__ import annotations

import re
import unicodedata
from typing import Any

CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")
TRUE_WORDS = frozenset({"1", "true", "oui", "yes", "vrai", "o", "y", "نعم"})
FALSE_WORDS = frozenset({"0", "false", "non", "no", "faux", "n", "لا"})


def row_key(rec: dict[str, Any], fields: tuple[str, ...]) -> tuple[Any, ...]:
    """The values of ``fields`` as a dict key (JSON lists and objects made hashable)."""
    key = tuple([rec[f] for f in fields])
    try:
        hash(key)
    except TypeError:
        return tuple(_hashable(v) for v in key)
    return key


def _hashable(value: Any) -> Any:
    """``value`` usable in a dict key (JSON lists and objects included)."""
    if isinstance(value, list):
        return tuple(_hashable(v) for v in value)
    if value is None or isinstance(value, str | int | float | bool):
        return value
    return repr(value)


_CLEANED: dict[str, str] = {}
_CLEANED_MAX = 100_000  # names, ids and statuses repeat on every row


def clean_text(value: str) -> str:
    """NFC, control characters as spaces, trimmed."""
    cleaned = _CLEANED.get(value)
    if cleaned is None:
        cleaned = CONTROL.sub(" ", unicodedata.normalize("NFC", value)).strip()
        if len(_CLEANED) < _CLEANED_MAX:
            _CLEANED[value] = cleaned
    return cleaned


def clean_cells(values: list[Any]) -> tuple[list[Any], bool]:
    """(``values`` with each text as ``clean_text`` makes it, whether all were text).

    The row is looked at whole first: most rows only need their cells trimmed (a printable
    row has no control character: the regular expression is only needed for the others)."""
    try:
        row, all_text = " ".join(values), True
    except TypeError:  # JSON numbers or lists, missing cells
        row, all_text = " ".join([v for v in values if isinstance(v, str)]), False
    clean = row.isprintable() or CONTROL.search(row) is None
    if clean and unicodedata.is_normalized("NFC", row):
        if all_text:
            return list(map(str.strip, values)), True
        return [v.strip() if isinstance(v, str) else v for v in values], False
    return [clean_text(v) if isinstance(v, str) else v for v in values], all_text


_NUMBER_SPACES = re.compile(r"[\s\u00a0\u202f']")


def parse_number(value: Any, kind: type) -> int | float | None:
    """A number from a JSON value or a typed one ("650 000", "78,5"); None if not one."""
    if isinstance(value, bool):
        return None
    number: float
    if isinstance(value, int | float):
        number = float(value)
    else:
        try:
            number = float(value)
        except (TypeError, ValueError):
            try:
                number = float(_NUMBER_SPACES.sub("", str(value)).replace(",", "."))
            except ValueError:
                return None
    if number != number or number in (float("inf"), float("-inf")):
        return None
    if kind is int:
        return int(number) if number.is_integer() else None
    return number
