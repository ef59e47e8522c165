"""A brochure printed through a real CUPS server onto the cups-pdf virtual printer.

The test printer is a cups-pdf instance of its own (device ``cups-pdf:/NAME``), configured by
``cups-pdf-NAME.conf`` beside CUPS's other files to write into a temporary folder, never into
the machine's ``~/PDF``; printer and file are removed afterwards."""

from __future__ import annotations

import os
import shutil
import subprocess
import time
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pypdfium2 as pdfium
import pytest

from kiosk.core import resources
from kiosk.core.brochure import BrochureRequest, render_brochure
from kiosk.core.catalog import Catalog, SearchQuery
from kiosk.core.config import Paths, load_event_profile
from kiosk.core.db import KioskDB
from kiosk.core.demo_catalog import generate
from kiosk.core.printing import CupsBackend, PrintQueue, cups_printers, job_backend

pytestmark = pytest.mark.cups
PPD = Path("/usr/share/ppd/cups-pdf/CUPS-PDF_opt.ppd")
# cups-pdf reads <server root>/cups-pdf-<instance>.conf for the device cups-pdf:/<instance>
CUPS_SERVER_ROOT = Path(os.environ.get("CUPS_SERVERROOT", "/etc/cups"))


@dataclass(frozen=True)
class CupsPdfPrinter:
    name: str
    output: Path


def _cups_running() -> bool:
    return subprocess.run(
        ["lpstat", "-r"], capture_output=True, text=True, check=False
    ).stdout.startswith("scheduler is running")


@pytest.fixture(scope="module")
def cups_printer(tmp_path_factory: pytest.TempPathFactory) -> Iterator[CupsPdfPrinter]:
    if os.geteuid() != 0:
        pytest.skip("a test CUPS server needs root (cupsd and lpadmin)")
    if not shutil.which("cupsd") or not PPD.exists():
        pytest.skip("CUPS or cups-pdf is not installed (Debian: cups printer-driver-cups-pdf)")
    started = None
    if not _cups_running():
        started = subprocess.Popen(
            ["cupsd", "-f"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
        )
        deadline = time.monotonic() + 20
        while not _cups_running():
            assert time.monotonic() < deadline, "cupsd did not start"
            time.sleep(0.2)
    name = f"StandPDF{uuid.uuid4().hex[:6]}"
    output = tmp_path_factory.mktemp("cups-pdf-out")
    instance_conf = CUPS_SERVER_ROOT / f"cups-pdf-{name}.conf"
    instance_conf.write_text(f"Out {output}\n", encoding="utf-8")
    try:
        subprocess.run(
            ["lpadmin", "-p", name, "-v", f"cups-pdf:/{name}", "-P", str(PPD), "-E"],
            check=True,
            capture_output=True,
        )
        yield CupsPdfPrinter(name, output)
    finally:
        subprocess.run(["lpadmin", "-x", name], check=False, capture_output=True)
        instance_conf.unlink(missing_ok=True)
        if started is not None:
            started.terminate()
            started.wait(timeout=20)


def _wait_for_pdf(output: Path, title: str, timeout_s: float = 60) -> Path:
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        found = [p for p in output.rglob(f"{title}*.pdf") if p.stat().st_size > 0]
        if found:
            time.sleep(0.5)  # cups-pdf writes then closes the file
            return found[0]
        time.sleep(0.3)
    raise AssertionError(f"cups-pdf did not write {title}*.pdf into {output}")


def test_a_brochure_printed_through_cups_comes_out_with_its_pages_and_text(
    cups_printer: CupsPdfPrinter, tmp_path: Path
) -> None:
    db = KioskDB(tmp_path / "kiosk.db")
    catalog = Catalog(db)
    catalog.replace_all(generate(200, 8))
    units = catalog.search(SearchQuery(category="logement", limit=2)).units
    event = load_event_profile(resources.data() / "events" / "paris-2026.toml")
    pdf = render_brochure(BrochureRequest(units, "fr", event, printed_on=date(2026, 2, 13)))
    assert cups_printer.name in {p.name for p in cups_printers()}

    paths = Paths(tmp_path / "home").ensure()
    queue = PrintQueue(db, paths)
    title = f"omrane-{uuid.uuid4().hex[:8]}"
    job_id = queue.enqueue(pdf, CupsBackend(cups_printer.name), title=title)
    queue.process(job_backend(paths))
    job = queue.get(job_id)
    assert job.state == "done", job.last_error
    assert job.printer_job.startswith(cups_printer.name)

    printed = _wait_for_pdf(cups_printer.output, title)
    document = pdfium.PdfDocument(printed)
    try:
        assert len(document) == 2
        text = document[0].get_textpage().get_text_range()
    finally:
        document.close()
    assert units[0].ref in text and "Daam Sakane" in text
    db.close()


def test_an_unknown_printer_leaves_the_job_waiting_with_the_reason(
    cups_printer: CupsPdfPrinter, tmp_path: Path
) -> None:
    db = KioskDB(tmp_path / "kiosk.db")
    paths = Paths(tmp_path / "home").ensure()
    queue = PrintQueue(db, paths)
    job_id = queue.enqueue(
        b"%PDF-1.4\n%%EOF\n", CupsBackend(cups_printer.name + "-gone"), title="x"
    )
    queue.process(job_backend(paths))
    job = queue.get(job_id)
    assert job.state == "queued" and job.attempts == 1
    assert "missing" in job.last_error
    db.close()
