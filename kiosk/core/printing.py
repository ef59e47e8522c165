"""Printing behind one interface (CUPS, Windows, a folder) with a durable job queue.

Nothing is ever printed through a dialog: a job is queued in the database with a copy of its
PDF, and `PrintQueue.process()` hands it to the printer. A missing, offline or empty
printer leaves the job waiting (retried with a growing delay, then `failed` for staff to
retry, cancel or send elsewhere); the visitor is told the paper will follow.
"""

from __future__ import annotations

import importlib
import logging
import re
import shutil
import subprocess
from collections.abc import Callable
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path
from typing import Any, Protocol

from kiosk.core.config import EventProfile, Paths
from kiosk.core.db import KioskDB
from sync.contract.clock import SYSTEM_CLOCK, Clock, utc_iso
from sync.contract.errors import NotFoundError, PrinterError, UserError

log = logging.getLogger(__name__)

MAX_ATTEMPTS = 5
RETRY_BASE_S = 15
COMMAND_TIMEOUT_S = 30
STATES = ("queued", "printing", "done", "failed", "cancelled")
OPEN_STATES = ("queued", "printing", "failed")  # not yet on paper, nor given up


@dataclass(frozen=True)
class PrinterInfo:
    name: str
    backend: str
    state: str  # ready | busy | offline | missing | unknown
    detail: str = ""

    @property
    def ready(self) -> bool:
        return self.state in ("ready", "busy")


class Backend(Protocol):
    name: str
    printer: str

    def submit(self, document: Path, title: str) -> str:
        """Hand the PDF to the printer; returns the printer's job reference."""
        ...

    def info(self) -> PrinterInfo: ...


class FolderBackend:
    """Writes each PDF into a folder (the default when no printer is configured)."""

    name = "folder"

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.printer = str(folder)

    def submit(self, document: Path, title: str) -> str:
        self.folder.mkdir(parents=True, exist_ok=True)
        safe = re.sub(r"[^\w.-]+", "-", title).strip("-")[:80] or "document"
        target = self.folder / f"{safe}-{document.stem}.pdf"
        shutil.copyfile(document, target)
        return str(target)

    def info(self) -> PrinterInfo:
        return PrinterInfo(str(self.folder), self.name, "ready", "PDF files in this folder")


Runner = Callable[[list[str]], "subprocess.CompletedProcess[str]"]


def _run(command: list[str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        command, capture_output=True, text=True, timeout=COMMAND_TIMEOUT_S, check=False
    )


class CupsBackend:
    """CUPS through its command-line tools (`lp`, `lpstat`), on Linux and macOS."""

    name = "cups"

    def __init__(self, printer: str, runner: Runner = _run) -> None:
        self.printer = printer
        self.run = runner

    def submit(self, document: Path, title: str) -> str:
        info = self.info()
        if not info.ready:
            raise PrinterError(f"printer {self.printer} is {info.state}: {info.detail}")
        try:
            done = self.run(["lp", "-d", self.printer, "-t", title, str(document)])
        except (OSError, subprocess.TimeoutExpired) as exc:
            raise PrinterError(f"cannot reach the print system: {exc}") from exc
        if done.returncode != 0:
            raise PrinterError(f"printer {self.printer} refused the job: {done.stderr.strip()}")
        found = re.search(r"request id is (\S+)", done.stdout)
        return found.group(1) if found else done.stdout.strip()

    def info(self) -> PrinterInfo:
        try:
            done = self.run(["lpstat", "-p", self.printer])
        except (OSError, subprocess.TimeoutExpired) as exc:
            return PrinterInfo(self.printer, self.name, "missing", f"print system: {exc}")
        return _parse_lpstat(self.printer, done)


def _parse_lpstat(printer: str, done: subprocess.CompletedProcess[str]) -> PrinterInfo:
    text = (done.stdout + done.stderr).strip()
    if done.returncode != 0 or not done.stdout.strip():
        return PrinterInfo(printer, "cups", "missing", text or "unknown printer")
    if "disabled" in text:
        return PrinterInfo(printer, "cups", "offline", text)
    if "now printing" in text:
        return PrinterInfo(printer, "cups", "busy", text)
    return PrinterInfo(printer, "cups", "ready", text)


def cups_printers(runner: Runner = _run) -> list[PrinterInfo]:
    try:
        done = runner(["lpstat", "-p"])
    except (OSError, subprocess.TimeoutExpired):
        return []
    found = []
    for line in done.stdout.splitlines():
        match = re.match(r"printer (\S+) (.*)", line)
        if match:
            state = "offline" if "disabled" in line else "ready"
            found.append(PrinterInfo(match.group(1), "cups", state, match.group(2)))
    return found


class WindowsBackend:
    """Windows: the PDF goes to the printer through the shell's "printto" verb.

    Needs a PDF reader registered for "printto" (SumatraPDF or Adobe Reader) and pywin32;
    see packaging/README.md. ``shell`` is injectable for tests on other systems.
    """

    name = "windows"

    def __init__(self, printer: str, shell: Callable[..., Any] | None = None) -> None:
        self.printer = printer
        self.shell = shell

    def _shell(self) -> Callable[..., Any]:
        if self.shell is not None:
            return self.shell
        try:
            win32api = importlib.import_module("win32api")
        except ImportError as exc:
            raise PrinterError("Windows printing needs pywin32 (pip install pywin32)") from exc
        shell: Callable[..., Any] = win32api.ShellExecute
        return shell

    def submit(self, document: Path, title: str) -> str:
        del title
        try:
            self._shell()(0, "printto", str(document), f'"{self.printer}"', ".", 0)
        except OSError as exc:
            raise PrinterError(f"Windows could not print to {self.printer}: {exc}") from exc
        return f"windows:{document.name}"

    def info(self) -> PrinterInfo:
        return PrinterInfo(self.printer, self.name, "unknown", "state not reported by Windows")


def backend_for(event: EventProfile, paths: Paths, *, ticket: bool = False) -> Backend:
    """The backend the event profile asks for (tickets may have their own printer)."""
    settings = event.printer
    name = (settings.ticket_printer if ticket else "") or settings.name
    if settings.backend == "cups" and name:
        return CupsBackend(name)
    if settings.backend == "windows" and name:
        return WindowsBackend(name)
    return FolderBackend(paths.outbox_dir / "printed")


def printers(event: EventProfile, paths: Paths) -> list[PrinterInfo]:
    """The configured printer(s) first, then every CUPS printer of this laptop."""
    found = [backend_for(event, paths).info()]
    if event.printer.ticket_printer:
        found.append(backend_for(event, paths, ticket=True).info())
    known = {p.name for p in found}
    found += [p for p in cups_printers() if p.name not in known]
    return found


@dataclass(frozen=True)
class PrintJob:
    id: int
    created_at: str
    kind: str
    title: str
    document: str
    backend: str
    printer: str
    state: str
    attempts: int
    last_error: str
    next_try_at: str | None
    done_at: str | None
    printer_job: str

    def as_dict(self) -> dict[str, Any]:
        return dict(self.__dict__)


class PrintQueue:
    def __init__(self, db: KioskDB, paths: Paths, clock: Clock = SYSTEM_CLOCK) -> None:
        self.db, self.paths, self.clock = db, paths, clock
        self.folder = paths.outbox_dir / "print-queue"

    def enqueue(self, pdf: bytes, backend: Backend, *, title: str, kind: str = "brochure") -> int:
        """Keep a copy of the PDF and queue it (one transaction); returns the job id."""
        self.folder.mkdir(parents=True, exist_ok=True)
        with self.db.transaction() as conn:
            cursor = conn.execute(
                "INSERT INTO print_jobs (created_at, kind, title, document, backend, printer) "
                "VALUES (?, ?, ?, '', ?, ?)",
                (utc_iso(self.clock.now()), kind, title[:200], backend.name, backend.printer),
            )
            job_id = int(cursor.lastrowid or 0)
            document = self.folder / f"job-{job_id:06d}.pdf"
            partial = document.with_suffix(".partial")
            partial.write_bytes(pdf)
            partial.replace(document)
            conn.execute("UPDATE print_jobs SET document = ? WHERE id = ?", (str(document), job_id))
        return job_id

    def jobs(self, states: tuple[str, ...] = STATES, limit: int = 200) -> list[PrintJob]:
        marks = ",".join("?" * len(states))
        rows = self.db.query(
            f"SELECT * FROM print_jobs WHERE state IN ({marks}) ORDER BY id DESC LIMIT ?",  # noqa: S608
            (*states, limit),
        )
        return [PrintJob(**dict(row)) for row in rows]

    def get(self, job_id: int) -> PrintJob:
        rows = self.db.query("SELECT * FROM print_jobs WHERE id = ?", (job_id,))
        if not rows:
            raise NotFoundError(f"no print job {job_id}", key="print.error.no_job")
        return PrintJob(**dict(rows[0]))

    def process(self, backends: Callable[[PrintJob], Backend]) -> list[PrintJob]:
        """Send every job that is due; returns them as they ended up."""
        now = utc_iso(self.clock.now())
        due = self.db.query(
            "SELECT id FROM print_jobs WHERE state IN ('queued', 'printing') "
            "AND (next_try_at IS NULL OR next_try_at <= ?) ORDER BY id",
            (now,),
        )
        return [self._send(self.get(int(row["id"])), backends) for row in due]

    def _send(self, job: PrintJob, backends: Callable[[PrintJob], Backend]) -> PrintJob:
        self._set(job.id, state="printing")
        try:
            reference = backends(job).submit(Path(job.document), job.title or f"job {job.id}")
        except PrinterError as exc:
            attempts = job.attempts + 1
            delay = RETRY_BASE_S * 2 ** (attempts - 1)
            self._set(
                job.id,
                state="failed" if attempts >= MAX_ATTEMPTS else "queued",
                attempts=attempts,
                last_error=exc.message[:500],
                next_try_at=utc_iso(self.clock.now() + timedelta(seconds=delay)),
            )
            log.warning("print job %s not printed (attempt %s): %s", job.id, attempts, exc.message)
        else:
            self._set(
                job.id,
                state="done",
                attempts=job.attempts + 1,
                last_error="",
                printer_job=reference,
                done_at=utc_iso(self.clock.now()),
            )
        return self.get(job.id)

    def retry(self, job_id: int) -> None:
        job = self.get(job_id)
        if job.state not in ("failed", "queued", "cancelled"):
            raise UserError(f"print job {job_id} is {job.state}", key="print.error.state")
        self._set(job_id, state="queued", attempts=0, next_try_at=None)

    def cancel(self, job_id: int) -> None:
        if self.get(job_id).state == "done":
            raise UserError(f"print job {job_id} is already printed", key="print.error.state")
        self._set(job_id, state="cancelled")

    def print_elsewhere(self, job_id: int, backend: Backend) -> None:
        self.get(job_id)
        self._set(
            job_id,
            backend=backend.name,
            printer=backend.printer,
            state="queued",
            attempts=0,
            next_try_at=None,
        )

    def waiting(self) -> int:
        return sum(self.open_counts().values())

    def open_counts(self) -> dict[str, int]:
        """{state: jobs} for the jobs not yet printed nor cancelled (states with none left out)."""
        marks = ", ".join("?" * len(OPEN_STATES))
        rows = self.db.query(
            f"SELECT state, count(*) AS n FROM print_jobs WHERE state IN ({marks}) "  # noqa: S608
            "GROUP BY state",
            OPEN_STATES,
        )
        return {str(row["state"]): int(row["n"]) for row in rows}

    def _set(self, job_id: int, **values: Any) -> None:
        columns = ", ".join(f"{name} = ?" for name in values)
        with self.db.transaction() as conn:
            conn.execute(
                f"UPDATE print_jobs SET {columns} WHERE id = ?",  # noqa: S608
                (*values.values(), job_id),
            )


def job_backend(paths: Paths) -> Callable[[PrintJob], Backend]:
    """How a queued job finds its printer again (after a restart, or re-targeted by staff)."""

    def backend(job: PrintJob) -> Backend:
        if job.backend == "cups":
            return CupsBackend(job.printer)
        if job.backend == "windows":
            return WindowsBackend(job.printer)
        return FolderBackend(Path(job.printer) if job.printer else paths.outbox_dir / "printed")

    return backend


def print_pdf(
    db: KioskDB,
    paths: Paths,
    event: EventProfile,
    pdf: bytes,
    *,
    title: str,
    kind: str = "brochure",
    clock: Clock = SYSTEM_CLOCK,
) -> PrintJob:
    """Queue a document and try to print it now; the returned job says how it went."""
    queue = PrintQueue(db, paths, clock)
    job_id = queue.enqueue(
        pdf, backend_for(event, paths, ticket=kind == "ticket"), title=title, kind=kind
    )
    queue.process(job_backend(paths))
    return queue.get(job_id)
