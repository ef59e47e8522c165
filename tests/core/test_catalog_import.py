"""Importing a catalog file: every bad row reported, all or nothing, atomic replacement."""

from __future__ import annotations

import csv
import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from kiosk.core.catalog import Catalog, SearchQuery
from kiosk.core.catalog_import import import_file
from kiosk.core.catalog_records import RECORD_FIELDS
from kiosk.core.db import KioskDB
from kiosk.core.resources import data
from sync.contract.errors import UserError, ValidationError

EXAMPLES = data() / "examples"


@pytest.fixture
def catalog(tmp_path: Path) -> Iterator[Catalog]:
    db = KioskDB(tmp_path / "kiosk.db")
    yield Catalog(db)
    db.close()


def example_rows() -> list[dict[str, str]]:
    with (EXAMPLES / "catalog-small.csv").open(encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


def write_csv(path: Path, rows: list[dict[str, str]], delimiter: str = ",") -> Path:
    with path.open("w", encoding="utf-8", newline="") as f:
        writer = csv.DictWriter(f, fieldnames=RECORD_FIELDS, delimiter=delimiter)
        writer.writeheader()
        writer.writerows(rows)
    return path


@pytest.mark.parametrize("name", ["catalog-small.csv", "catalog-small.json"])
def test_the_shipped_examples_import(catalog: Catalog, name: str) -> None:
    report = import_file(catalog, EXAMPLES / name)
    assert report.imported == report.rows == 12
    assert not report.problems
    stats = catalog.stats()
    assert stats["units"] == 12 and stats["source"] == name
    assert catalog.count(SearchQuery(text=catalog.cities()[0]["name_ar"])) > 0


def test_every_bad_row_is_reported_with_row_field_and_reason(catalog: Catalog) -> None:
    with pytest.raises(ValidationError) as caught:
        import_file(catalog, EXAMPLES / "catalog-with-errors.csv")
    found = {(p.row, p.field) for p in caught.value.problems}
    assert found == {
        (3, "surface_m2"),
        (4, "type"),
        (5, "ref"),
        (6, "permit_date"),
        (7, "status"),
        (7, "price_mad"),
    }
    reasons = {p.field: p.reason for p in caught.value.problems}
    assert "duplicate of row 2" in reasons["ref"]
    assert "not a number" in reasons["surface_m2"]


def test_nothing_is_imported_when_a_row_is_bad(catalog: Catalog) -> None:
    import_file(catalog, EXAMPLES / "catalog-small.csv")
    before = sorted(u["ref"] for u in catalog.iter_unit_records())
    with pytest.raises(ValidationError):
        import_file(catalog, EXAMPLES / "catalog-with-errors.csv")
    assert sorted(u["ref"] for u in catalog.iter_unit_records()) == before


def test_skip_invalid_imports_the_good_rows_and_reports_the_rest(catalog: Catalog) -> None:
    report = import_file(catalog, EXAMPLES / "catalog-with-errors.csv", skip_invalid=True)
    assert (report.rows, report.imported, report.bad_rows) == (6, 1, 5)
    assert catalog.stats()["units"] == 1


def test_an_import_replaces_the_whole_catalog(catalog: Catalog, tmp_path: Path) -> None:
    import_file(catalog, EXAMPLES / "catalog-small.csv")
    rows = example_rows()[:2]
    import_file(catalog, write_csv(tmp_path / "two.csv", rows))
    assert sorted(u["ref"] for u in catalog.iter_unit_records()) == sorted(r["ref"] for r in rows)


def test_a_failure_while_writing_keeps_the_old_catalog(
    catalog: Catalog, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import_file(catalog, EXAMPLES / "catalog-small.csv")
    from kiosk.core import catalog_write

    def broken(*args: object, **kwargs: object) -> None:
        raise OSError("disk unplugged")

    monkeypatch.setattr(catalog_write, "_delete_unit", broken)
    monkeypatch.setattr(catalog_write, "write_reference", broken)
    with pytest.raises(OSError):
        import_file(catalog, write_csv(tmp_path / "two.csv", example_rows()[:2]))
    assert catalog.stats()["units"] == 12


def test_french_excel_csv_with_semicolons_comma_decimals_and_accents(
    catalog: Catalog, tmp_path: Path
) -> None:
    rows = example_rows()[:3]
    rows[0]["surface_m2"] = "78,5"
    rows[0]["price_mad"] = "650 000"
    rows[0]["status"] = "Réservé"
    rows[1]["first_sale"] = "non"
    path = write_csv(tmp_path / "fr.csv", rows, delimiter=";")
    path.write_bytes(b"\xef\xbb\xbf" + path.read_bytes())  # Excel's UTF-8 mark
    import_file(catalog, path)
    unit = catalog.get(rows[0]["ref"])
    assert (unit.surface_m2, unit.price_mad, unit.status) == (78.5, 650_000, "reserve")
    assert catalog.get(rows[1]["ref"]).first_sale is False


def test_names_only_needed_the_first_time_an_id_appears(catalog: Catalog, tmp_path: Path) -> None:
    rows = [r for r in example_rows() if r["city_id"] == example_rows()[0]["city_id"]]
    extra = dict(rows[0], ref="EXTRA-1", city_fr="", city_ar="", region_fr="", region_ar="")
    import_file(catalog, write_csv(tmp_path / "ok.csv", [rows[0], extra]))
    assert catalog.get("EXTRA-1").city_fr == rows[0]["city_fr"]


def test_conflicting_names_and_places_are_reported(catalog: Catalog, tmp_path: Path) -> None:
    first = example_rows()[0]
    renamed = dict(first, ref="X-2", city_fr="Autre nom")
    moved = dict(first, ref="X-3", region_id="oriental")
    with pytest.raises(ValidationError) as caught:
        import_file(catalog, write_csv(tmp_path / "bad.csv", [first, renamed, moved]))
    found = {(p.row, p.field) for p in caught.value.problems}
    assert (3, "city_fr") in found
    assert (4, "region_id") in found


def test_missing_required_fields_and_type_category_mismatch(
    catalog: Catalog, tmp_path: Path
) -> None:
    first = example_rows()[0]
    rows = [dict(first, title_ar=""), dict(first, ref="X-9", category="terrain")]
    with pytest.raises(ValidationError) as caught:
        import_file(catalog, write_csv(tmp_path / "bad.csv", rows))
    problems = {(p.row, p.field): p.reason for p in caught.value.problems}
    assert problems[(2, "title_ar")] == "required"
    assert "belongs to" in problems[(3, "category")]


def test_json_reports_the_position_of_bad_units(catalog: Catalog, tmp_path: Path) -> None:
    doc = json.loads((EXAMPLES / "catalog-small.json").read_text(encoding="utf-8"))
    doc["units"][4]["surface_m2"] = -3
    doc["units"][7] = "not a unit"
    path = tmp_path / "bad.json"
    path.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    with pytest.raises(ValidationError) as caught:
        import_file(catalog, path)
    assert {(p.row, p.field) for p in caught.value.problems} == {(5, "surface_m2"), (8, "-")}


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("x.json", "{not json", "not valid JSON"),
        ("x.csv", "ref,type\nA,villa\n", "missing column"),
        ("x.xlsx", "", "unknown catalog file type"),
        ("x.json", '{"format": "other", "units": []}', "expected 'omrane-catalog'"),
        ("x.csv", ",".join(RECORD_FIELDS) + "\n", "no units"),
    ],
)
def test_unusable_files_give_a_clear_message(
    catalog: Catalog, tmp_path: Path, name: str, content: str, message: str
) -> None:
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    with pytest.raises(UserError, match=message):
        import_file(catalog, path)


def test_a_missing_file_is_a_user_error(catalog: Catalog, tmp_path: Path) -> None:
    with pytest.raises(UserError, match="no such file"):
        import_file(catalog, tmp_path / "absent.csv")


def test_exported_records_import_back_identically(catalog: Catalog, tmp_path: Path) -> None:
    import_file(catalog, EXAMPLES / "catalog-small.json")
    records = list(catalog.iter_unit_records())
    path = tmp_path / "round.json"
    path.write_text(json.dumps({"units": records}, ensure_ascii=False), encoding="utf-8")
    import_file(catalog, path)
    assert list(catalog.iter_unit_records()) == records


def test_json_values_of_the_wrong_kind_are_reported_not_crashing(
    catalog: Catalog, tmp_path: Path
) -> None:
    doc = json.loads((EXAMPLES / "catalog-small.json").read_text(encoding="utf-8"))
    doc["units"][0]["first_sale"] = {"yes": True}
    doc["units"][1]["status"] = 42
    doc["units"][2]["city_aliases"] = [["nested"], {"x": 1}]
    path = tmp_path / "odd.json"
    path.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    with pytest.raises(ValidationError) as caught:
        import_file(catalog, path)
    fields = {(p.row, p.field) for p in caught.value.problems}
    assert (1, "first_sale") in fields and (2, "status") in fields


def test_any_json_value_in_any_field_is_reported_or_accepted_never_a_crash(
    catalog: Catalog, tmp_path: Path
) -> None:
    doc = json.loads((EXAMPLES / "catalog-small.json").read_text(encoding="utf-8"))
    odd_values: list[object] = [None, 0, -1, 1.5, 1e400, True, [], [1, [2]], {"a": {}}, "", "x"]
    units = []
    for n, field_name in enumerate(RECORD_FIELDS):
        for m, value in enumerate(odd_values):
            unit = dict(doc["units"][0], ref=f"ODD-{n}-{m}")
            unit[field_name] = value
            units.append(unit)
    path = tmp_path / "odd.json"
    path.write_text(json.dumps({"units": units}), encoding="utf-8")
    report = import_file(catalog, path, skip_invalid=True)
    assert report.imported + report.bad_rows == len(units)
    assert report.imported > 0 and report.bad_rows > 0
    assert catalog.stats()["units"] == catalog.search(SearchQuery()).total == report.imported


class RecordingProgress:
    def __init__(self) -> None:
        self.stages: dict[str, list[int]] = {}
        self.current = ""

    def start(self, stage: str, total: int) -> None:
        self.current = stage
        self.stages[stage] = [total, 0]

    def advance(self, n: int) -> None:
        self.stages[self.current][1] += n

    def finish(self) -> None:
        self.current = ""


def test_progress_is_reported_for_each_stage_up_to_its_total(catalog: Catalog) -> None:
    progress = RecordingProgress()
    import_file(catalog, EXAMPLES / "catalog-small.csv", progress=progress)
    assert progress.stages == {"checking": [12, 12], "writing": [12, 12], "indexing": [3, 3]}


def test_csv_blank_lines_keep_row_numbers_and_extra_values_are_reported(
    catalog: Catalog, tmp_path: Path
) -> None:
    path = write_csv(tmp_path / "gaps.csv", example_rows()[:3])
    lines = path.read_text(encoding="utf-8").splitlines()
    lines.insert(2, "")  # a blank row 3 in the spreadsheet
    lines[3] += ",surplus"  # the unit on row 4 has one value too many
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    with pytest.raises(ValidationError) as caught:
        import_file(catalog, path)
    assert [(p.row, p.field) for p in caught.value.problems] == [(4, "-")]


def test_a_failure_after_the_rows_keeps_the_old_catalog_and_the_settings(
    catalog: Catalog, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import_file(catalog, EXAMPLES / "catalog-small.csv")
    conn = catalog.db.conn
    cache_size = conn.execute("PRAGMA cache_size").fetchone()[0]
    from kiosk.core import catalog_write

    def broken(*args: object) -> None:
        raise OSError("disk unplugged")

    monkeypatch.setattr(catalog_write, "_rebuild_fts", broken)
    with pytest.raises(OSError):
        import_file(catalog, write_csv(tmp_path / "two.csv", example_rows()[:2]))
    assert catalog.stats()["units"] == 12
    assert catalog.search(SearchQuery(text="casablanca")).total > 0
    assert conn.execute("PRAGMA cache_size").fetchone()[0] == cache_size
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_each_unit_has_its_keys_and_combinations_numbered_in_display_order(
    catalog: Catalog,
) -> None:
    import_file(catalog, EXAMPLES / "catalog-small.csv")
    conn = catalog.db.conn
    rows = conn.execute(
        "SELECT u.rowid, k.combo, k.price_mad, k.price_up, k.price_down, k.surface_m2,"
        " u.price_mad, u.surface_m2, c.city_id = u.city_id AND c.type = u.type"
        " AND c.rooms_facet = u.rooms_facet AND c.price_band = u.price_band"
        " AND c.status = u.status"
        " FROM units u JOIN unit_keys k ON k.unit_rowid = u.rowid"
        " JOIN facet_combos c ON c.id = k.combo ORDER BY u.rowid"
    ).fetchall()
    assert len(rows) == 12
    first_seen: list[int] = []
    for _rowid, combo, price, up, down, surface, unit_price, unit_surface, same in rows:
        assert same and price == unit_price and surface == unit_surface
        assert (up, down) == ((10**15, -1) if price is None else (price, price))
        if combo not in first_seen:
            first_seen.append(combo)
    assert first_seen == list(range(1, len(first_seen) + 1))
    hashsize = conn.execute("SELECT v FROM units_fts_config WHERE k = 'hashsize'").fetchone()
    assert hashsize is None or hashsize[0] == 1 << 20
