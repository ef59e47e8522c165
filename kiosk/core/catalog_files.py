"""Catalog files on disk: reading CSV or JSON records and writing them back (the import
format of data/catalog-format.md)."""

from __future__ import annotations

import csv
import json
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from kiosk.core import catalog_communes as communes
from kiosk.core.catalog_records import RECORD_FIELDS
from sync.contract.errors import UserError

FORMAT_NAME = "omrane-catalog"
REQUIRED = (
    "ref",
    "type",
    "title_fr",
    "title_ar",
    "programme_id",
    "city_id",
    "region_id",
    "surface_m2",
    "status",
)


def read_rows(path: Path) -> Iterator[tuple[int, dict[str, Any]]]:
    """(row number, raw record) from a CSV or JSON catalog file."""
    suffix = path.suffix.lower()
    try:
        if suffix == ".json":
            yield from _read_json(path)
        elif suffix in (".csv", ".txt"):
            yield from _read_csv(path)
        else:
            raise UserError(f"{path.name}: unknown catalog file type (use .csv or .json)")
    except FileNotFoundError as exc:
        raise UserError(f"{path}: no such file") from exc
    except IsADirectoryError as exc:
        raise UserError(f"{path}: is a folder, not a catalog file") from exc
    except UnicodeDecodeError as exc:
        raise UserError(f"{path.name}: not UTF-8 text (save the file as UTF-8)") from exc
    except csv.Error as exc:
        raise UserError(f"{path.name}: unreadable CSV: {exc}") from exc


def _read_csv(path: Path) -> Iterator[tuple[int, dict[str, Any]]]:
    with path.open(encoding="utf-8-sig", newline="") as f:
        sample = f.read(64 * 1024)
        f.seek(0)
        # Excel in French writes ';' between columns.
        first_line = sample.split("\n", 1)[0]
        delimiter = ";" if first_line.count(";") > first_line.count(",") else ","
        reader = csv.reader(f, delimiter=delimiter)
        # the names as the code spells them (interned): each row's lookups match on identity
        header = [sys.intern(h.strip()) for h in next(reader, [])]
        # a commune column names the city and its region
        given = set(header) | (set(communes.FILLED) if communes.COLUMN in header else set())
        missing = [c for c in REQUIRED if c not in given]
        if missing:
            raise UserError(f"{path.name}: missing column(s) {', '.join(missing)} in the header")
        width = len(header)
        for n, values in enumerate(reader, start=2):  # row 1 is the header, as in a spreadsheet
            if not values:
                continue  # a blank line
            raw = dict(zip(header, values, strict=False))
            if len(values) > width:
                raw["__extra__"] = "1"
            yield n, raw


def _read_json(path: Path) -> Iterator[tuple[int, dict[str, Any]]]:
    try:
        doc = json.loads(path.read_text(encoding="utf-8-sig"))
    except json.JSONDecodeError as exc:
        raise UserError(f"{path.name}: not valid JSON (line {exc.lineno}: {exc.msg})") from exc
    units = doc.get("units") if isinstance(doc, dict) else doc
    if isinstance(doc, dict) and doc.get("format", FORMAT_NAME) != FORMAT_NAME:
        raise UserError(f"{path.name}: format is {doc.get('format')!r}, expected {FORMAT_NAME!r}")
    if not isinstance(units, list):
        raise UserError(f"{path.name}: expected a list of units (or an object with 'units')")
    for n, raw in enumerate(units, start=1):
        yield n, raw if isinstance(raw, dict) else {"__not_object__": raw}


def write_file(records: Iterator[dict[str, Any]], path: Path) -> int:
    """Write records in the import format (CSV or JSON by extension); returns the count."""
    suffix = path.suffix.lower()
    if suffix not in (".csv", ".json"):
        raise UserError(f"{path.name}: use a .csv or .json file name")
    count = 0
    with path.open("w", encoding="utf-8", newline="") as f:
        if suffix == ".json":
            units = list(records)
            json.dump({"format": FORMAT_NAME, "version": 1, "units": units}, f, ensure_ascii=False)
            return len(units)
        writer = csv.DictWriter(f, fieldnames=RECORD_FIELDS)
        writer.writeheader()
        for record in records:
            row = dict(record)
            row["city_aliases"] = "|".join(row.get("city_aliases") or [])
            row["first_sale"] = "1" if row.get("first_sale", True) else "0"
            writer.writerow({k: "" if v is None else v for k, v in row.items()})
            count += 1
    return count
