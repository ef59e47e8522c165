"""Exports of the current filter: CSV streamed row by row, XLSX written in constant memory.

Cells are protected against formula injection (a name typed as `=HYPERLINK(…)` at a kiosk
must not run in the spreadsheet of the person who opens the export), and each recipient
only receives leads whose consent allows it.
"""

from __future__ import annotations

import csv
import io
import json
import tempfile
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any

from sqlalchemy import ColumnElement, true

# the kiosk's formula guard and XLSX writer: same rules at HQ as on the stand
from kiosk.core.export import guard_row, lead_cells, write_xlsx
from sync.contract import lead as contract
from sync.hq.leads import hq_leads

RECIPIENTS = ("follow_up", "marketing", "bank", "notary")
EXPORT_COLUMNS = tuple(name for name, _ in contract.HQ_EXPORT_COLUMNS)
_CHUNK = 64 * 1024


def recipient_condition(recipient: str) -> ColumnElement[bool]:
    """Which leads a recipient may receive: banks and notaries only those who agreed to sharing."""
    t = hq_leads
    if recipient in ("bank", "notary"):
        return t.c.consent_share.is_(True)
    if recipient == "marketing":
        return t.c.consent_marketing.is_(True)
    if recipient == "follow_up":
        return t.c.consent_callback.is_(True)
    return true()


def export_cells(row: dict[str, Any]) -> list[Any]:
    """One ``hq_leads`` row in the export's columns, named and formatted as the lead contract
    says (the same cells as the stand's export for the shared columns)."""
    lead = {
        **row,
        "phone": row["phone_e164"],
        "sales_stage": row["status"],
        "tickets": _json(row["tickets"], {}),
        "interests": _json(row["interests"], []),
    }
    return lead_cells(lead, contract.HQ_EXPORT_COLUMNS)


def _json(text: str | None, empty: Any) -> Any:
    try:
        return json.loads(text or "") if text else empty
    except ValueError:
        return empty


def csv_stream(leads: Iterable[dict[str, Any]]) -> Iterator[bytes]:
    """The leads as CSV (``EXPORT_COLUMNS``)."""
    return csv_rows((export_cells(lead) for lead in leads), EXPORT_COLUMNS)


def csv_rows(rows: Iterable[list[Any]], header: Iterable[str]) -> Iterator[bytes]:
    """UTF-8 with a byte-order mark so Excel shows Arabic names correctly."""
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(header)
    yield ("\ufeff" + buffer.getvalue()).encode("utf-8")
    buffer.seek(0)
    buffer.truncate()
    for row in rows:
        writer.writerow(guard_row(row))
        if buffer.tell() > _CHUNK:
            yield buffer.getvalue().encode("utf-8")
            buffer.seek(0)
            buffer.truncate()
    yield buffer.getvalue().encode("utf-8")


def xlsx_file(leads: Iterable[dict[str, Any]]) -> Any:
    """The leads as a workbook (``EXPORT_COLUMNS``)."""
    return xlsx_rows((export_cells(lead) for lead in leads), EXPORT_COLUMNS, "leads")


def xlsx_rows(rows: Iterable[list[Any]], header: Sequence[str], title: str) -> Any:
    """An open temporary file holding the workbook, written by the kiosk's streaming XLSX
    writer (constant memory); the file has no name left once opened."""
    with tempfile.TemporaryDirectory(prefix="hq-export-") as folder:
        path = Path(folder) / f"{title}.xlsx"
        write_xlsx(rows, path, header, sheet_title=title)  # it guards each cell itself
        return path.open("rb")


def file_chunks(handle: Any, size: int = 64 * 1024) -> Iterator[bytes]:
    try:
        while chunk := handle.read(size):
            yield chunk
    finally:
        handle.close()
