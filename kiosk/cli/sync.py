"""Commands: enroll FILE, sync [--once], sync status [--json].

`enroll` needs the staff PIN (typed without echo, or $OMRANE_STAFF_PIN for scripts): the
leads already saved are sealed for HQ with it.
"""

from __future__ import annotations

import argparse
import threading
from pathlib import Path

from kiosk.cli.base import Context, add_command, print_json
from kiosk.cli.setup import read_pin
from kiosk.core import enrollment, sync_state
from kiosk.uplink.client import KioskSync, SyncReport
from kiosk.uplink.scheduler import SyncScheduler
from sync.contract.errors import OmraneError
from sync.contract.vocabulary import SYNC_STATES


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    enroll = add_command(sub, "enroll", "link this stand to HQ with its enrollment file")
    enroll.add_argument("file", type=Path, metavar="FILE", help="NAME.enroll.json from omrane-hq")
    enroll.set_defaults(func=_enroll)

    sync = add_command(sub, "sync", "send leads to HQ and fetch the catalog (in the foreground)")
    sync.add_argument("--once", action="store_true", help="one sync, then exit")
    sync.set_defaults(func=_sync)
    actions = sync.add_subparsers(dest="sync_command", metavar="ACTION")
    status = add_command(actions, "status", "outbox counts and the last sync outcome")
    status.add_argument("--json", action="store_true", help="machine-readable output")
    status.set_defaults(func=_status)


def _enroll(ctx: Context, args: argparse.Namespace) -> int:
    if not args.file.is_file():
        raise OmraneError(f"no enrollment file at {args.file}", key="error.enroll.missing")
    found = enrollment.read_enrollment(args.file)
    pin = read_pin("Staff PIN: ")
    result = enrollment.enroll(ctx.db(), found, pin, ctx.clock)
    link = result.link
    print(f"enrolled as {link.kiosk_name} ({link.hq_kiosk_id}) with {link.hq_url}")
    if result.same_kiosk:
        print("same kiosk as before: its waiting leads, erasures and counters carry on")
    elif result.previous_kiosk_id:
        print(
            f"this stand was kiosk {result.previous_kiosk_id}: HQ now counts it as another "
            "kiosk (use `omrane-hq kiosk reissue NAME` to keep one identity)"
        )
    print(f"{result.resealed} waiting lead(s) sealed for HQ; next: omrane-kiosk sync --once")
    return 0


def _report_line(report: SyncReport) -> str:
    parts = [f"{report.sent} lead(s) sent", f"{report.acked} acknowledged"]
    if report.quarantined:
        parts.append(f"{report.quarantined} quarantined (see: omrane-kiosk leads status)")
    if report.erasures:
        parts.append(f"{report.erasures} erasure(s) forwarded")
    catalog = "updated to" if report.catalog_changed else "at"
    parts.append(f"catalog {catalog} version {report.catalog_version}")
    return ", ".join(parts)


def _sync(ctx: Context, args: argparse.Namespace) -> int:
    syncer = KioskSync(ctx.db(), ctx.clock)
    if args.once:
        report = syncer.sync_once()
        print(_report_line(report))
        for problem in report.problems:
            print(f"  {problem}")
        return 0
    print("syncing with HQ in the foreground (Ctrl-C to stop)")
    scheduler = SyncScheduler(lambda: syncer, clock=ctx.clock)
    pause = threading.Event()
    while True:
        delay = scheduler.step()
        state = enrollment.sync_status(ctx.db())
        print(
            f"{state['state']}: pending {state['pending']}, acked {state['acked']}, "
            f"quarantined {state['quarantined']}; next try in {delay:.0f} s",
            flush=True,
        )
        pause.wait(delay)


def _status(ctx: Context, args: argparse.Namespace) -> int:
    status = enrollment.sync_status(ctx.db())
    hq = ctx.event().hq
    jam = sync_state.jam_report(
        ctx.db(), ctx.clock, warn_after=hq.jam_warn_after, fail_after=hq.jam_fail_after
    )
    if args.json:
        print_json({**status, "jam": jam.as_dict()})
        return 0
    if not status["enrolled"]:
        print("not enrolled: run `omrane-kiosk enroll FILE` with the file from HQ")
    else:
        print(f"HQ {status['hq_url']} as {status['kiosk_name']}: {status['state']}")
    print("  ".join(f"{k}: {status[k]}" for k in SYNC_STATES))
    print(f"last success: {status['last_success'] or 'never'}")
    if status["last_error"]:
        print(f"last error: {status['last_error']} (at {status['last_error_at']})")
    print(sync_state.jam_line(jam) or "jam: none")
    return 0
