"""The row checks when a row repeats the type, status and place columns of a good row before:
only the unit's own columns are checked again, with the same records and problems."""

from __future__ import annotations

import csv
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kiosk.core import catalog_checks
from kiosk.core.catalog_checks import check_rows
from kiosk.core.catalog_columns import OWN_FIELDS
from kiosk.core.catalog_records import RECORD_FIELDS
from kiosk.core.resources import data

Rows = list[tuple[int, dict[str, Any]]]


def example_rows() -> list[dict[str, str]]:
    with (data() / "examples" / "catalog-small.csv").open(encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


def checked(rows: Rows) -> tuple[list[dict[str, Any]], list[str], int]:
    good, problems, count = check_rows(iter(rows))
    return good, [str(p) for p in problems], count


class _Forgetful(dict[tuple[Any, ...], tuple[Any, ...]]):
    """A cache of checked shared columns that keeps nothing: every row is checked whole."""

    def __setitem__(self, key: tuple[Any, ...], value: tuple[Any, ...]) -> None:
        pass


def test_a_repeated_place_still_has_its_own_columns_checked() -> None:
    first = example_rows()[0]
    again = [
        dict(first, ref="REP-1", title_fr=" Appartement\x01 repris "),  # cleaned
        dict(first, ref="REP-2", surface_m2="abc", delivery_date="2025-13-01"),
        dict(first, ref=first["ref"]),  # duplicate
        dict(first, ref="REP-4", title_ar=""),  # required
        dict(first, ref="REP-5", district="x" * 301),  # too long
        dict(first, ref="REP-6", commune="Nulle Part"),  # a place given another way
    ]
    good, problems, count = checked([(n, row) for n, row in enumerate([first, *again], start=2)])
    assert count == 7
    assert [g["ref"] for g in good] == [first["ref"], "REP-1"]
    assert good[1]["title_fr"] == "Appartement  repris"
    assert {k: v for k, v in good[1].items() if k not in ("ref", "title_fr")} == {
        k: v for k, v in good[0].items() if k not in ("ref", "title_fr")
    }
    assert list(good[1]) == list(RECORD_FIELDS)
    assert problems == [
        "row 4: surface_m2: 'abc' is not a number",
        "row 4: delivery_date: '2025-13-01' is not a date YYYY-MM-DD",
        "row 5: ref: duplicate of row 2",
        "row 6: title_ar: required",
        "row 7: district: longer than 300 characters",
        "row 8: commune: unknown commune 'Nulle Part': give its HCP code (04.281.01.01)"
        " or its name",
    ]


ODD_CELLS = ["", " ", "  padded  ", "x\x01y", "e\u0301", "abc", "-3", "2025-02-30", "x" * 301]


@st.composite
def files(draw: st.DrawFn) -> Rows:
    """Rows that repeat earlier rows (the shortcut's case) with odd values in any column."""
    examples = example_rows()
    rows: list[dict[str, Any]] = []
    for n in range(draw(st.integers(2, 14))):
        base = draw(st.sampled_from(rows + examples if rows else examples))
        row = dict(base, ref=f"U-{n}") if draw(st.booleans()) else dict(base)
        for _ in range(draw(st.integers(0, 2))):
            own = draw(st.booleans())  # the shortcut's own columns, or any
            column = draw(st.sampled_from(OWN_FIELDS if own else [*RECORD_FIELDS, "commune"]))
            row[column] = draw(st.sampled_from([*ODD_CELLS, base.get(column, "")]))
        if draw(st.integers(0, 9)) == 0:
            row["__extra__"] = "1"
        rows.append(row)
    return list(enumerate(rows, start=2))


@given(files())
@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
def test_the_shortcut_gives_what_the_whole_check_gives(rows: Rows) -> None:
    with pytest.MonkeyPatch.context() as patch:
        init = catalog_checks._RowChecker.__init__

        def forgetful_init(self: catalog_checks._RowChecker) -> None:
            init(self)
            self.shared = _Forgetful()

        patch.setattr(catalog_checks._RowChecker, "__init__", forgetful_init)
        whole = checked([(n, dict(row)) for n, row in rows])
    assert checked([(n, dict(row)) for n, row in rows]) == whole
