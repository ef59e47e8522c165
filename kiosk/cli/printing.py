"""Commands: print FILE.pdf, printers, print-queue (with retry / cancel)."""

from __future__ import annotations

import argparse
from pathlib import Path

from kiosk.cli.base import Context, add_command, print_json
from kiosk.core.printing import (
    CupsBackend,
    PrintQueue,
    backend_for,
    job_backend,
    printers,
)
from sync.contract.errors import UserError


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    send = add_command(sub, "print", "queue a PDF for the stand printer and print it now")
    send.add_argument("file", type=Path, metavar="FILE.pdf")
    send.add_argument("--printer", metavar="NAME", help="a CUPS printer instead of the event's")
    send.set_defaults(func=_print)

    listing = add_command(sub, "printers", "printers this stand can use, with their state")
    listing.add_argument("--json", action="store_true")
    listing.set_defaults(func=_printers)

    queue = add_command(sub, "print-queue", "print jobs: waiting, printed, failed")
    queue.add_argument("--json", action="store_true")
    queue.add_argument("--retry", type=int, metavar="ID", help="try a failed job again")
    queue.add_argument("--cancel", type=int, metavar="ID", help="cancel a job")
    queue.add_argument("--process", action="store_true", help="send the waiting jobs now")
    queue.set_defaults(func=_queue)


def _print(ctx: Context, args: argparse.Namespace) -> int:
    try:
        pdf = args.file.read_bytes()
    except OSError as exc:
        raise UserError(f"cannot read {args.file}: {exc}") from exc
    if not pdf.startswith(b"%PDF-"):
        raise UserError(f"{args.file} is not a PDF file")
    event = ctx.event()
    backend = CupsBackend(args.printer) if args.printer else backend_for(event, ctx.paths)
    queue = PrintQueue(ctx.db(), ctx.paths, ctx.clock)
    job_id = queue.enqueue(pdf, backend, title=args.file.stem)
    queue.process(job_backend(ctx.paths))
    job = queue.get(job_id)
    if job.state == "done":
        print(f"printed on {job.printer} (job {job.id}, {job.printer_job})")
        return 0
    print(f"job {job.id} waits ({job.state}): {job.last_error}; it will be retried")
    return 1


def _printers(ctx: Context, args: argparse.Namespace) -> int:
    found = printers(ctx.event(), ctx.paths)
    if args.json:
        print_json([p.__dict__ for p in found])
        return 0
    for p in found:
        print(f"{p.name:30} {p.backend:8} {p.state:8} {p.detail}")
    return 0


def _queue(ctx: Context, args: argparse.Namespace) -> int:
    queue = PrintQueue(ctx.db(), ctx.paths, ctx.clock)
    if args.retry is not None:
        queue.retry(args.retry)
    if args.cancel is not None:
        queue.cancel(args.cancel)
    if args.process or args.retry is not None:
        queue.process(job_backend(ctx.paths))
    jobs = queue.jobs()
    if args.json:
        print_json([j.as_dict() for j in jobs])
        return 0
    for j in jobs:
        error = f"  ({j.last_error})" if j.last_error else ""
        print(f"{j.id:5} {j.state:9} {j.kind:8} {j.backend}:{j.printer}  {j.title}{error}")
    if not jobs:
        print("no print jobs")
    return 0
