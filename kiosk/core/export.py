"""Streaming exports to CSV (UTF-8 with BOM, ``,`` or ``;``) and XLSX (our own streaming writer,
:mod:`kiosk.core.xlsx_writer`; openpyxl's write-only mode on request).

Rows are written as they come, so 100,000 leads never sit in memory at once. Every text cell
goes through :func:`guard_cell`: a spreadsheet must never run a formula a visitor typed into a
form. The writers and ``guard_cell`` are generic; HQ reuses them for its own exports.
"""

from __future__ import annotations

import csv
import json
import os
import re
from collections.abc import Iterable, Iterator, Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import nacl.public
from openpyxl import Workbook

from kiosk.core import xlsx_writer
from kiosk.core.db import KioskDB
from kiosk.core.lead_tables import WITH_STATE
from sync.contract import lead as contract
from sync.contract.errors import UserError
from sync.contract.sealing import KeyOpener, open_stored

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
_FORMULA_FIRST = frozenset(FORMULA_STARTS)
# A signed plain number (e.g. an E.164 phone "+33612345678") cannot run anything.
_PLAIN_NUMBER = re.compile(r"^[+-]?[0-9][0-9 .]*$")
FORMATS = ("csv", "xlsx")
EXPORT_BATCH = 1000
XLSX_ENGINES = ("stream", "openpyxl")
DELIMITERS = (",", ";")

# (column, meaning): the lead contract's fields, then the stand's sync state. The README
# lists the same, a test keeps them in step.
LEAD_COLUMNS = contract.STAND_EXPORT_COLUMNS


def guard_cell(value: Any) -> Any:
    """Neutralise text a spreadsheet would read as a formula (leading ``=``, ``+``, ``-``,
    ``@``, tab, carriage return) by prefixing an apostrophe. Numbers pass unchanged."""
    if type(value) is not str:  # exact check first: this runs for every cell
        if not isinstance(value, str):
            return value
        value = str(value)
    if not value or value[0] not in _FORMULA_FIRST or _PLAIN_NUMBER.match(value):
        return value
    return "'" + value


def guard_row(row: Iterable[Any]) -> list[Any]:
    """``guard_cell`` on every value of a row (the check is inlined: it runs per cell)."""
    return [guard_cell(v) if isinstance(v, str) and v[:1] in _FORMULA_FIRST else v for v in row]


def _atomic_target(path: Path) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    return path.with_name(f".{path.name}.part")


def _finish(tmp: Path, path: Path) -> None:
    with open(tmp, "rb+") as handle:
        os.fsync(handle.fileno())  # a USB key pulled out right after must hold the whole file
    os.replace(tmp, path)


def write_csv(
    rows: Iterable[Sequence[Any]],
    path: Path,
    header: Sequence[str],
    *,
    delimiter: str = ",",
) -> int:
    """CSV in UTF-8 with a BOM (Excel recognises the encoding); returns the rows written."""
    if delimiter not in DELIMITERS:
        raise UserError(f"separator must be one of {DELIMITERS}", key="export.error.delimiter")
    tmp = _atomic_target(path)
    count = 0
    try:
        with open(tmp, "w", encoding="utf-8-sig", newline="") as handle:
            writer = csv.writer(handle, delimiter=delimiter, lineterminator="\r\n")
            writer.writerow([guard_cell(h) for h in header])
            for row in rows:
                writer.writerow(guard_row(row))
                count += 1
        _finish(tmp, path)
    finally:
        tmp.unlink(missing_ok=True)
    return count


def write_xlsx(
    rows: Iterable[Sequence[Any]],
    path: Path,
    header: Sequence[str],
    *,
    sheet_title: str = "Export",
    engine: str = "stream",
) -> int:
    """XLSX, streamed to disk; returns the rows written. ``engine="stream"`` (default) is
    :mod:`kiosk.core.xlsx_writer`; ``"openpyxl"`` uses openpyxl's write-only mode (slower)."""
    if engine not in XLSX_ENGINES:
        raise UserError(f"XLSX engine must be one of {XLSX_ENGINES}", key="export.error.engine")
    tmp = _atomic_target(path)
    guarded = (guard_row(row) for row in rows)
    try:
        if engine == "stream":
            count = xlsx_writer.write_rows(
                tmp, [guard_cell(h) for h in header], guarded, sheet_title
            )
        else:
            count = _write_xlsx_openpyxl(tmp, header, guarded, sheet_title)
        _finish(tmp, path)
    finally:
        tmp.unlink(missing_ok=True)
    return count


def _write_xlsx_openpyxl(
    path: Path, header: Sequence[str], rows: Iterable[list[Any]], sheet_title: str
) -> int:
    # Guarded values never start with "=", so openpyxl stores every string as text.
    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet(title=sheet_title[:31])
    sheet.append([guard_cell(h) for h in header])
    count = 0
    for row in rows:
        sheet.append(row)
        count += 1
    workbook.save(path)
    return count


def _yes_no(value: Any) -> str:
    return "" if value is None else ("yes" if value else "no")


def lead_cells(lead: dict[str, Any], columns: Sequence[tuple[str, str]]) -> list[Any]:
    """One lead (contract names, lists and dicts as Python values) as export cells in
    ``columns`` order: tickets as ``desk:label``, interests space-separated, yes/no flags.
    The stand's and HQ's exports both use it."""
    values = {
        **lead,
        "tickets": " ".join(f"{desk}:{label}" for desk, label in lead["tickets"].items()),
        "interests": " ".join(lead["interests"]),
        **{name: _yes_no(lead.get(name)) for name in (*contract.BOOLS, *contract.OPTIONAL_BOOLS)},
    }
    return [values.get(name, "") for name, _ in columns]


def lead_row(lead: dict[str, Any]) -> list[Any]:
    """One lead (as from ``leads.iter_leads`` with the key) in ``LEAD_COLUMNS`` order."""
    return lead_cells({**lead, "sync_state": lead.get("status", "")}, LEAD_COLUMNS)


_STORED = (*contract.CLEAR, "status")


def lead_rows(db: KioskDB, private_key: nacl.public.PrivateKey) -> Iterator[list[Any]]:
    """Every lead in ``LEAD_COLUMNS`` order, decrypted in memory, streamed from the cursor."""
    opener = KeyOpener(private_key)
    cursor = db.conn.cursor()
    cursor.row_factory = None  # plain tuples: no per-row name lookups for 100,000 rows
    cursor.execute(
        f"SELECT {', '.join(_STORED)}, pii_box, key_for_staff FROM {WITH_STATE} ORDER BY id"  # noqa: S608
    )
    while rows := cursor.fetchmany(EXPORT_BATCH):
        for row in rows:
            lead = dict(zip(_STORED, row, strict=False))
            lead["tickets"] = json.loads(lead["tickets"])
            lead["interests"] = json.loads(lead["interests"])
            lead.update(open_stored(row[-2], row[-1], opener))
            yield lead_row(lead)


def default_filename(event_id: str, fmt: str, moment: datetime) -> str:
    """e.g. ``leads-paris-2026-20260213-1830.xlsx`` (UTC time of the export)."""
    return f"leads-{event_id}-{moment.astimezone(UTC):%Y%m%d-%H%M}.{fmt}"


def export_leads(
    db: KioskDB,
    private_key: nacl.public.PrivateKey,
    path: Path,
    *,
    fmt: str = "csv",
    delimiter: str = ",",
) -> int:
    """Every lead, decrypted with the staff key, to ``path``. Returns how many were written."""
    header = [name for name, _ in LEAD_COLUMNS]
    if fmt == "csv":
        return write_csv(lead_rows(db, private_key), path, header, delimiter=delimiter)
    if fmt == "xlsx":
        return write_xlsx(lead_rows(db, private_key), path, header, sheet_title="Leads")
    raise UserError(f"export format must be one of {FORMATS}", key="export.error.format")
