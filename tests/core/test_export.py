"""Exports: CSV (BOM, separator), XLSX, formula-injection guard, documented columns."""

from __future__ import annotations

import csv
import re
from pathlib import Path

import openpyxl
import pytest

from kiosk.core import export, leads, staff
from kiosk.core.config import EventProfile
from kiosk.core.db import KioskDB
from sync.contract.clock import FakeClock
from tests.core import lead_fixtures
from tests.core.lead_fixtures import PIN, visitor

clock = lead_fixtures.clock
event = lead_fixtures.event
staffed_db = lead_fixtures.staffed_db

README = Path(__file__).resolve().parents[2] / "README.md"


@pytest.mark.parametrize(
    ("value", "safe"),
    [
        ('=HYPERLINK("http://x")', '\'=HYPERLINK("http://x")'),
        ("+cmd|' /C calc'!A0", "'+cmd|' /C calc'!A0"),
        ("-2+3", "'-2+3"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("\t=1", "'\t=1"),
        ("\r=1", "'\r=1"),
        ("+33612345678", "+33612345678"),  # a plain number cannot run anything
        ("Amina", "Amina"),
        ("a=b", "a=b"),
        (12, 12),
        (None, None),
    ],
)
def test_guard_cell_neutralises_formula_starts(value: object, safe: object) -> None:
    assert export.guard_cell(value) == safe


def save_hostile_lead(db: KioskDB, event: EventProfile, clock: FakeClock) -> None:
    leads.save_lead(
        db,
        visitor(first_name="=HYPERLINK(\"http://evil\",\"x\")", last_name="@SUM(1+1)",
                city="-1+cmd", note="+cmd|' /C calc'!A0"),
        event=event, clock=clock,
    )  # fmt: skip


def test_csv_has_bom_documented_header_and_guarded_cells(
    tmp_path: Path, staffed_db: KioskDB, event: EventProfile, clock: FakeClock
) -> None:
    save_hostile_lead(staffed_db, event, clock)
    key = staff.unlock_staff_key(staffed_db, PIN, clock)
    path = tmp_path / "usb" / "leads.csv"
    assert export.export_leads(staffed_db, key, path, fmt="csv", delimiter=";") == 1
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(raw.decode("utf-8-sig").splitlines(), delimiter=";"))
    assert rows[0] == [name for name, _ in export.LEAD_COLUMNS]
    record = dict(zip(rows[0], rows[1], strict=True))
    assert record["first_name"] == '\'=HYPERLINK("http://evil","x")'
    assert record["last_name"] == "'@SUM(1+1)"
    assert record["city"] == "'-1+cmd"
    assert record["note"] == "'+cmd|' /C calc'!A0"
    assert record["phone"] == "+33612345678"
    assert record["tickets"] == "alomrane:A-001"
    assert record["consent_callback"] == "yes"
    assert not any(cell.startswith(export.FORMULA_STARTS[:1]) for row in rows for cell in row)


@pytest.mark.parametrize("engine", export.XLSX_ENGINES)
def test_xlsx_opens_in_openpyxl_with_text_cells_never_formulas(
    tmp_path: Path, staffed_db: KioskDB, event: EventProfile, clock: FakeClock, engine: str
) -> None:
    save_hostile_lead(staffed_db, event, clock)
    leads.save_lead(
        staffed_db, visitor(first_name="سلمى", budget_mad=None), event=event, clock=clock
    )
    key = staff.unlock_staff_key(staffed_db, PIN, clock)
    path = tmp_path / "leads.xlsx"
    header = [name for name, _ in export.LEAD_COLUMNS]
    export.write_xlsx(export.lead_rows(staffed_db, key), path, header, engine=engine)
    readonly = openpyxl.load_workbook(path, read_only=True)
    try:
        rows = [list(r) for r in readonly.active.iter_rows(values_only=True)]  # type: ignore[union-attr]
    finally:
        readonly.close()
    assert rows[0] == header
    assert len(rows) == 3
    by_name = {r[header.index("first_name")]: r for r in rows[1:]}
    hostile = by_name['\'=HYPERLINK("http://evil","x")']
    assert hostile[header.index("budget_mad")] == 650000
    assert by_name["سلمى"][header.index("phone")] == "+33612345678"
    workbook = openpyxl.load_workbook(path)
    assert all(
        cell.data_type != "f"
        for row in workbook.active.iter_rows()
        for cell in row  # type: ignore[union-attr]
    )


def test_writers_are_generic_and_stream_any_rows(tmp_path: Path) -> None:
    rows = ([i, f"=row{i}", None] for i in range(1000))
    assert export.write_csv(rows, tmp_path / "a.csv", ["n", "text", "empty"]) == 1000
    rows = ([i, f"=row{i}", None] for i in range(1000))
    assert export.write_xlsx(rows, tmp_path / "a.xlsx", ["n", "text", "empty"]) == 1000
    sheet = openpyxl.load_workbook(tmp_path / "a.xlsx").active
    assert sheet is not None
    assert sheet["B1001"].value == "'=row999" and sheet["A1001"].value == 999


def test_a_failed_export_leaves_no_half_file(tmp_path: Path) -> None:
    def broken() -> object:
        yield ["ok"]
        raise RuntimeError("USB key pulled out")

    with pytest.raises(RuntimeError):
        export.write_csv(broken(), tmp_path / "a.csv", ["x"])  # type: ignore[arg-type]
    assert list(tmp_path.iterdir()) == []


def test_readme_documents_every_export_column() -> None:
    section = README.read_text(encoding="utf-8").split("<!-- section:leads -->")[1]
    documented = set(re.findall(r"^\| `([a-z_]+)` \|", section, flags=re.MULTILINE))
    assert documented == {name for name, _ in export.LEAD_COLUMNS}


def test_export_keeps_every_lead_in_order_across_decryption_batches(
    tmp_path: Path,
    staffed_db: KioskDB,
    event: EventProfile,
    clock: FakeClock,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(export, "EXPORT_BATCH", 2)
    ids = [
        leads.save_lead(staffed_db, visitor(first_name=f"V{i}"), event=event, clock=clock).id
        for i in range(7)
    ]
    key = staff.unlock_staff_key(staffed_db, PIN, clock)
    rows = list(export.lead_rows(staffed_db, key))
    assert [r[0] for r in rows] == ids
    assert [r[7] for r in rows] == [f"V{i}" for i in range(7)]


def test_default_export_name_says_event_and_time() -> None:
    moment = FakeClock().now()
    assert export.default_filename("paris-2026", "xlsx", moment) == (
        "leads-paris-2026-20260213-0900.xlsx"
    )
