"""Checking the rows of a catalog file: each value cleaned and typed, each row consistent
with the rows before it (ids, names, places), every problem kept as ``row N: field: reason``.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date
from operator import itemgetter
from typing import TYPE_CHECKING, Any

from kiosk.core.catalog_columns import (
    KIND_FIELDS,
    LIMITED_FIELDS,
    NAMED_BY_ID,
    OWN_FIELDS,
    OWN_REQUIRED,
    PLACE_FIELDS,
    SHARED_FIELDS,
    SHARED_KEY_FIELDS,
    TEXT_FIELDS,
)
from kiosk.core.catalog_communes import FILLED as FILLED_BY_COMMUNE
from kiosk.core.catalog_communes import CommuneFiller
from kiosk.core.catalog_files import REQUIRED
from kiosk.core.catalog_records import RECORD_FIELDS
from kiosk.core.catalog_values import (
    FALSE_WORDS,
    TRUE_WORDS,
    clean_cells,
    clean_text,
    parse_number,
    row_key,
)
from kiosk.core.textnorm import normalise
from sync.contract import vocabulary

if TYPE_CHECKING:
    from kiosk.core.catalog_import import Progress

MAX_TEXT = 300
MAX_PROBLEMS_KEPT = 10_000  # a broken file still gets a readable report
_REF = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._/-]{0,39}$")
_ID = re.compile(r"^[a-z0-9][a-z0-9_-]{0,79}$")
_STATUS_BY_WORD = {normalise(k): k for k in vocabulary.STATUSES} | {
    normalise(v.fr): k for k, v in vocabulary.STATUSES.items()
}


NUMBERS: tuple[tuple[str, type, int | float, int], ...] = (
    ("surface_m2", float, 0.01, 10_000_000),
    ("rooms", int, 0, 100),
    ("floor", int, -10, 200),
    ("price_mad", int, 0, 10_000_000_000),
    ("price_per_m2_mad", int, 0, 10_000_000),
)
# a number column (name, type, lowest, highest) and the typed value of each text seen in it
_NumberColumn = tuple[str, type, int | float, int, dict[str, int | float | None]]
_UNSEEN = object()
_SHARED_OF = itemgetter(*SHARED_FIELDS)
_IN_RECORD_ORDER = itemgetter(*((*OWN_FIELDS, *SHARED_FIELDS).index(f) for f in RECORD_FIELDS))
_REQUIRED_OF = itemgetter(*REQUIRED)
_KIND_OF = itemgetter(*KIND_FIELDS)
_PLACE_OF = itemgetter(*PLACE_FIELDS)


def _known(
    seen: dict[tuple[Any, ...], dict[str, Any]],
    rec: dict[str, Any],
    fields: tuple[str, ...],
    values_of: Callable[[dict[str, Any]], tuple[Any, ...]],
) -> tuple[tuple[Any, ...], dict[str, Any] | None]:
    """(key of ``fields``' values, what was checked for them before, if they were)."""
    key = values_of(rec)
    try:
        return key, seen.get(key)
    except TypeError:  # a JSON list or object among them
        key = row_key(rec, fields)
        return key, seen.get(key)


@dataclass(frozen=True)
class RowProblem:
    row: int
    field: str
    reason: str

    def __str__(self) -> str:
        return f"row {self.row}: {self.field}: {self.reason}"


# ---- checking -----------------------------------------------------------------------


class _RowChecker:
    """Checks rows one by one, remembering ids seen so later rows stay consistent."""

    def __init__(self) -> None:
        self.refs: dict[str, int] = {}
        self.named: dict[str, dict[str, tuple[int, tuple[str, str]]]] = {k: {} for k in NAMED_BY_ID}
        self.programme_city: dict[str, tuple[int, str]] = {}
        self.city_region: dict[str, tuple[int, str]] = {}
        self.city_aliases: dict[str, list[str]] = {}
        self.kinds: dict[tuple[Any, ...], dict[str, Any]] = {}
        self.places: dict[tuple[Any, ...], dict[str, Any]] = {}
        # checked shared columns of good rows, by their values as the file gives them
        self.shared: dict[tuple[Any, ...], tuple[Any, ...]] = {}
        self.dates: dict[str, str] = {}
        # each number column with the typed value of each text seen in it ("" is no number):
        # the same texts come back on many rows
        self.number_columns: list[_NumberColumn] = [(*column, {"": None}) for column in NUMBERS]
        self.communes = CommuneFiller()

    def check(self, n: int, raw: dict[str, Any]) -> tuple[dict[str, Any] | None, list[RowProblem]]:
        if "__not_object__" in raw:
            return None, [RowProblem(n, "-", "not an object with named fields")]
        # The type, status and place columns of a row usually came, as they are, on a good
        # row before: then only the unit's own columns are left to check.
        key = tuple(map(raw.get, SHARED_KEY_FIELDS))
        try:
            shared, hashable = self.shared.get(key), True
        except TypeError:  # a JSON list or object among them
            shared, hashable = None, False
        if shared is not None:
            found = self._check_own(n, raw, shared)
            if found is not None:
                return found
        rec, problems, named = self._check_row(n, raw)
        if rec is not None and hashable and not named:
            self.shared[key] = _SHARED_OF(rec)
        return rec, problems

    def _check_row(
        self, n: int, raw: dict[str, Any]
    ) -> tuple[dict[str, Any] | None, list[RowProblem], bool]:
        """(the record or None, its problems, whether a commune named its place)."""
        problems: list[RowProblem] = []

        def bad(field_name: str, reason: str) -> None:
            problems.append(RowProblem(n, field_name, reason))

        if "__extra__" in raw:
            bad("-", "more values than columns in the header")
        values, all_text = clean_cells(list(map(raw.get, RECORD_FIELDS)))
        rec: dict[str, Any] = dict(zip(RECORD_FIELDS, values, strict=True))
        if not all_text:  # a JSON row: numbers or objects where text is expected
            for name in TEXT_FIELDS:
                value = rec[name]
                if value is not None and value.__class__ is not str:
                    rec[name] = clean_text(str(value))
        named = self.communes.fill(rec, raw, bad)  # an unknown commune is its own problem
        required = _REQUIRED_OF(rec)
        if None in required or "" in required:
            for name in REQUIRED:
                if rec[name] in (None, "") and not (named and name in FILLED_BY_COMMUNE):
                    bad(name, "required")
        if problems:
            return None, problems, named
        self._check_ref(rec, bad)
        # Type/status and place columns repeat across rows: check each combination once.
        kind_key, kind = _known(self.kinds, rec, KIND_FIELDS, _KIND_OF)
        if kind is None:
            self._check_kind(rec, bad)
        else:
            rec.update(kind)
        place_key, place = _known(self.places, rec, PLACE_FIELDS, _PLACE_OF)
        if place is None:
            self._check_place(rec, bad)
        else:
            rec.update(place)
        self._check_numbers(rec, bad)
        self._check_dates(rec, bad)
        self._check_texts(rec, bad)
        if not problems and place is None:
            self._check_names(n, rec, bad)
        if problems:
            return None, problems, named
        if kind is None:
            self.kinds[kind_key] = {f: rec[f] for f in KIND_FIELDS}
        if place is None:
            self.places[place_key] = {f: rec[f] for f in PLACE_FIELDS}
        self.refs[rec["ref"]] = n
        return rec, problems, named

    def _check_own(
        self, n: int, raw: dict[str, Any], shared: tuple[Any, ...]
    ) -> tuple[dict[str, Any] | None, list[RowProblem]] | None:
        """``_check_row`` of a row whose shared columns are those of a good row before (their
        checked values are ``shared``): the same record and problems, in the same order.
        None for a row with values that are not text (JSON): it takes the full check."""
        values, all_text = clean_cells(list(map(raw.get, OWN_FIELDS)))
        if not all_text:
            return None
        rec = dict(zip(RECORD_FIELDS, _IN_RECORD_ORDER((*values, *shared)), strict=True))
        problems: list[RowProblem] = []

        def bad(field_name: str, reason: str) -> None:
            problems.append(RowProblem(n, field_name, reason))

        for name in OWN_REQUIRED:
            if not rec[name]:
                bad(name, "required")
        if problems:
            return None, problems
        self._check_ref(rec, bad)
        self._check_numbers(rec, bad)
        self._check_dates(rec, bad)
        self._check_texts(rec, bad)
        if problems:
            return None, problems
        self.refs[rec["ref"]] = n
        return rec, problems

    @staticmethod
    def _check_texts(rec: dict[str, Any], bad: Callable[[str, str], None]) -> None:
        district = rec["district"]
        if district.__class__ is not str:
            rec["district"] = "" if district is None else str(district)
        for name in LIMITED_FIELDS:
            value = rec[name]
            if isinstance(value, str) and len(value) > MAX_TEXT:
                bad(name, f"longer than {MAX_TEXT} characters")

    def _check_ref(self, rec: dict[str, Any], bad: Callable[[str, str], None]) -> None:
        ref = str(rec["ref"])
        if not _REF.match(ref):
            bad("ref", "use letters, digits and . _ / - (at most 40)")
        elif ref in self.refs:
            bad("ref", f"duplicate of row {self.refs[ref]}")

    def _check_place(self, rec: dict[str, Any], bad: Callable[[str, str], None]) -> None:
        for name in ("programme_id", "city_id", "region_id"):
            rec[name] = str(rec[name])
            if not _ID.match(rec[name]):
                bad(name, "use lower-case letters, digits, - and _ (e.g. casablanca)")
        aliases = rec["city_aliases"]
        if isinstance(aliases, list | tuple):
            rec["city_aliases"] = [clean_text(str(a)) for a in aliases if str(a).strip()]
        else:
            text = "" if aliases is None else str(aliases)
            rec["city_aliases"] = [clean_text(a) for a in text.split("|") if a.strip()]
        for name in ("province", "programme_kind", "subsidiary", "desk"):
            rec[name] = "" if rec[name] is None else str(rec[name])

    def _check_kind(self, rec: dict[str, Any], bad: Callable[[str, str], None]) -> None:
        type_ = str(rec["type"])
        if type_ not in vocabulary.TYPES:
            bad("type", f"unknown type {type_!r}; one of {', '.join(vocabulary.TYPES)}")
        else:
            category = rec["category"] or vocabulary.TYPE_CATEGORY[type_]
            if category != vocabulary.TYPE_CATEGORY[type_]:
                bad(
                    "category",
                    f"{type_} belongs to {vocabulary.TYPE_CATEGORY[type_]}, not {category}",
                )
            rec["category"] = category
        raw_status = str(rec["status"])
        status = _STATUS_BY_WORD.get(raw_status) or _STATUS_BY_WORD.get(normalise(raw_status))
        if status is None:
            bad(
                "status",
                f"unknown status {rec['status']!r}; one of {', '.join(vocabulary.STATUSES)}",
            )
        rec["status"] = status
        first = rec["first_sale"]
        if first in (None, ""):
            rec["first_sale"] = True
        elif isinstance(first, bool):
            pass
        elif str(first).strip().lower() in TRUE_WORDS:
            rec["first_sale"] = True
        elif str(first).strip().lower() in FALSE_WORDS:
            rec["first_sale"] = False
        else:
            bad("first_sale", "expected yes/no (1/0, oui/non, true/false)")

    def _check_numbers(self, rec: dict[str, Any], bad: Callable[[str, str], None]) -> None:
        for name, kind, low, high, typed in self.number_columns:
            value = rec[name]
            if value.__class__ is str:
                known = typed.get(value, _UNSEEN)
                if known is not _UNSEEN:
                    rec[name] = known
                    continue
            if value in (None, ""):
                rec[name] = None
                continue
            number = parse_number(value, kind)
            if number is None:
                what = "a whole number" if kind is int else "a number"
                bad(name, f"{value!r} is not {what}")
            elif not low <= number <= high:
                bad(name, f"{number} is out of range ({low} to {high})")
            else:
                rec[name] = number
                if value.__class__ is str:
                    typed[value] = number
        if rec["price_mad"] is None and isinstance(rec["price_per_m2_mad"], int):
            surface = rec["surface_m2"]
            if isinstance(surface, float):
                rec["price_mad"] = round(surface * rec["price_per_m2_mad"])

    def _check_dates(self, rec: dict[str, Any], bad: Callable[[str, str], None]) -> None:
        for name in ("delivery_date", "permit_date"):
            value = rec[name]
            if value in (None, ""):
                rec[name] = None
                continue
            text = str(value)
            known = self.dates.get(text)
            if known is not None:
                rec[name] = known
                continue
            try:
                rec[name] = self.dates[text] = date.fromisoformat(text).isoformat()
            except ValueError:
                bad(name, f"{value!r} is not a date YYYY-MM-DD")

    def _check_names(self, n: int, rec: dict[str, Any], bad: Callable[[str, str], None]) -> None:
        for id_field, (fr_field, ar_field) in NAMED_BY_ID.items():
            key = rec[id_field]
            seen = self.named[id_field].get(key)
            names = (str(rec[fr_field] or ""), str(rec[ar_field] or ""))
            if seen is not None and seen[1] == names:
                continue
            if seen is None:
                for field_name, value in zip((fr_field, ar_field), names, strict=True):
                    if not value:
                        bad(field_name, f"required the first time {id_field} {key} appears")
                self.named[id_field][key] = (n, names)
                continue
            first_row, first_names = seen
            for field_name, value, first in zip(
                (fr_field, ar_field), names, first_names, strict=True
            ):
                if value and value != first:
                    bad(field_name, f"{value!r} differs from row {first_row} ({first!r})")
            rec[fr_field], rec[ar_field] = first_names
        for child, parent, links in (
            ("programme_id", "city_id", self.programme_city),
            ("city_id", "region_id", self.city_region),
        ):
            known = links.setdefault(rec[child], (n, rec[parent]))
            if known[1] != rec[parent]:
                bad(
                    parent, f"{rec[child]} is in {known[1]} since row {known[0]}, not {rec[parent]}"
                )
        aliases = self.city_aliases.setdefault(rec["city_id"], rec["city_aliases"])
        rec["city_aliases"] = aliases or rec["city_aliases"]


def check_rows(
    rows: Iterator[tuple[int, dict[str, Any]]], progress: Progress | None = None
) -> tuple[list[dict[str, Any]], list[RowProblem], int]:
    """(good records, problems, rows read)."""
    checker = _RowChecker()
    good: list[dict[str, Any]] = []
    problems: list[RowProblem] = []
    count = 0
    for n, raw in rows:
        count += 1
        rec, found = checker.check(n, raw)
        if rec is not None:
            good.append(rec)
        elif len(problems) < MAX_PROBLEMS_KEPT:
            problems.extend(found)
        if progress is not None and count % 1000 == 0:
            progress.advance(1000)
    if progress is not None:
        progress.advance(count % 1000)
    return good, problems, count
