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
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from sqlalchemy import ColumnElement, true

# the kiosk's formula guard and XLSX writer: same rules at HQ as on the stand
from kiosk.core.export import guard_cell, write_xlsx
from sync.hq.console.tables import leads_table

RECIPIENTS = ("follow_up", "marketing", "bank", "notary")
EXPORT_COLUMNS = (
    "id",
    "created_at",
    "event_id",
    "first_name",
    "last_name",
    "phone_e164",
    "email",
    "country",
    "city",
    "language",
    "desk",
    "interests",
    "interest_city_id",
    "interest_region_id",
    "interest_type",
    "budget_mad",
    "is_mre",
    "consent_callback",
    "consent_marketing",
    "consent_share",
    "notice_version",
    "consent_at",
    "status",
    "next_call_date",
    "tickets",
)
_CHUNK = 64 * 1024


def recipient_condition(recipient: str) -> ColumnElement[bool]:
    """Which leads a recipient may receive: banks and notaries only those who agreed to sharing."""
    t = leads_table()
    if recipient in ("bank", "notary"):
        return t.c.consent_share.is_(True)
    if recipient == "marketing":
        return t.c.consent_marketing.is_(True)
    if recipient == "follow_up":
        return t.c.consent_callback.is_(True)
    return true()


def _cells(lead: dict[str, Any]) -> list[Any]:
    out: list[Any] = []
    for column in EXPORT_COLUMNS:
        value = lead.get(column)
        if column in ("interests", "tickets") and isinstance(value, str):
            try:
                parsed = json.loads(value)
            except ValueError:
                parsed = value
            if isinstance(parsed, list):
                value = " ".join(str(v) for v in parsed)
            elif isinstance(parsed, dict):
                value = " ".join(f"{k}:{v}" for k, v in parsed.items())
        if isinstance(value, bool):
            value = "yes" if value else "no"
        out.append(guard_cell(value))
    return out


def csv_stream(leads: Iterable[dict[str, Any]]) -> Iterator[bytes]:
    """UTF-8 with a byte-order mark so Excel shows Arabic names correctly."""
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(EXPORT_COLUMNS)
    yield ("\ufeff" + buffer.getvalue()).encode("utf-8")
    buffer.seek(0)
    buffer.truncate()
    for lead in leads:
        writer.writerow(_cells(lead))
        if buffer.tell() > _CHUNK:
            yield buffer.getvalue().encode("utf-8")
            buffer.seek(0)
            buffer.truncate()
    yield buffer.getvalue().encode("utf-8")


def xlsx_file(leads: Iterable[dict[str, Any]]) -> Any:
    """An open temporary file holding the workbook, written by the kiosk's streaming XLSX
    writer (constant memory); the file has no name left once opened."""
    with tempfile.TemporaryDirectory(prefix="hq-export-") as folder:
        path = Path(folder) / "leads.xlsx"
        write_xlsx((_cells(lead) for lead in leads), path, EXPORT_COLUMNS, sheet_title="leads")
        return path.open("rb")


def file_chunks(handle: Any, size: int = 64 * 1024) -> Iterator[bytes]:
    try:
        while chunk := handle.read(size):
            yield chunk
    finally:
        handle.close()
