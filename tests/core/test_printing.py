"""The print queue: nothing printed is lost, a sick printer makes jobs wait, staff decide."""

from __future__ import annotations

from pathlib import Path

import pytest

from kiosk.core.config import Paths
from kiosk.core.db import KioskDB
from kiosk.core.printing import (
    MAX_ATTEMPTS,
    Backend,
    FolderBackend,
    PrinterInfo,
    PrintJob,
    PrintQueue,
    WindowsBackend,
)
from sync.contract.clock import FakeClock
from sync.contract.errors import PrinterError, UserError

PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"


class OutOfPaper:
    """A printer that fails until paper is put back."""

    name = "cups"
    printer = "StandLaser"

    def __init__(self) -> None:
        self.paper = False
        self.received: list[bytes] = []

    def submit(self, document: Path, title: str) -> str:
        if not self.paper:
            raise PrinterError("printer StandLaser is offline: media-empty")
        self.received.append(document.read_bytes())
        return f"StandLaser-{len(self.received)}"

    def info(self) -> PrinterInfo:
        return PrinterInfo(self.printer, self.name, "ready" if self.paper else "offline")


@pytest.fixture
def queue(fresh_db: KioskDB, home: Paths) -> tuple[PrintQueue, FakeClock]:
    clock = FakeClock()
    return PrintQueue(fresh_db, home, clock), clock


def test_out_of_paper_job_waits_then_prints_once_paper_is_back(
    queue: tuple[PrintQueue, FakeClock],
) -> None:
    q, clock = queue
    printer = OutOfPaper()
    job_id = q.enqueue(PDF, printer, title="brochure CAS-000001")
    q.process(lambda job: printer)
    waiting = q.get(job_id)
    assert waiting.state == "queued" and waiting.attempts == 1
    assert "media-empty" in waiting.last_error
    printer.paper = True
    assert q.process(lambda job: printer) == []  # not due yet: no hammering the printer
    clock.advance(60)
    (done,) = q.process(lambda job: printer)
    assert done.state == "done" and done.printer_job == "StandLaser-1"
    assert printer.received == [PDF]


def test_after_repeated_failures_staff_see_it_failed_and_can_retry_or_cancel(
    queue: tuple[PrintQueue, FakeClock],
) -> None:
    q, clock = queue
    printer = OutOfPaper()
    job_id = q.enqueue(PDF, printer, title="t")
    for _ in range(MAX_ATTEMPTS):
        q.process(lambda job: printer)
        clock.advance(3600)
    assert q.get(job_id).state == "failed"
    assert q.waiting() == 1
    q.retry(job_id)
    printer.paper = True
    q.process(lambda job: printer)
    assert q.get(job_id).state == "done"
    with pytest.raises(UserError):
        q.cancel(job_id)
    other = q.enqueue(PDF, printer, title="u")
    q.cancel(other)
    assert q.get(other).state == "cancelled"
    assert q.process(lambda job: printer) == []


def test_print_elsewhere_sends_the_waiting_job_to_another_printer(
    queue: tuple[PrintQueue, FakeClock], tmp_path: Path
) -> None:
    q, _clock = queue
    sick = OutOfPaper()
    job_id = q.enqueue(PDF, sick, title="brochure")
    q.process(lambda job: sick)
    folder = FolderBackend(tmp_path / "usb")
    q.print_elsewhere(job_id, folder)

    def by_job(job: PrintJob) -> Backend:
        return folder if job.backend == "folder" else sick

    (done,) = q.process(by_job)
    assert done.state == "done"
    assert [p.read_bytes() for p in (tmp_path / "usb").glob("*.pdf")] == [PDF]


def test_the_queued_document_survives_a_restart(fresh_db: KioskDB, home: Paths) -> None:
    job_id = PrintQueue(fresh_db, home).enqueue(PDF, OutOfPaper(), title="t")
    reopened = KioskDB(home.database)
    job = PrintQueue(reopened, home).get(job_id)
    assert Path(job.document).read_bytes() == PDF and job.state == "queued"
    reopened.close()


def test_windows_backend_asks_the_shell_to_print_to_the_named_printer(tmp_path: Path) -> None:
    calls: list[tuple[object, ...]] = []
    backend = WindowsBackend("HP LaserJet Stand", shell=lambda *args: calls.append(args))
    document = tmp_path / "b.pdf"
    document.write_bytes(PDF)
    backend.submit(document, "brochure")
    assert calls == [(0, "printto", str(document), '"HP LaserJet Stand"', ".", 0)]


def test_windows_backend_without_pywin32_is_a_printer_error(tmp_path: Path) -> None:
    with pytest.raises(PrinterError, match="pywin32"):
        WindowsBackend("X").submit(tmp_path / "b.pdf", "t")


def test_open_counts_name_the_jobs_not_yet_on_paper(queue: tuple[PrintQueue, FakeClock]) -> None:
    q, _clock = queue
    printer = OutOfPaper()
    waiting = q.enqueue(PDF, printer, title="waits")
    cancelled = q.enqueue(PDF, printer, title="dropped")
    q.cancel(cancelled)
    assert q.open_counts() == {"queued": 1} and q.waiting() == 1
    printer.paper = True
    q.process(lambda job: printer)
    assert q.get(waiting).state == "done"
    assert q.open_counts() == {} and q.waiting() == 0
