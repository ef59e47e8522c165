"""Commands for the people who set up and look after stand laptops:
doctor, backup, restore, install-autostart, uninstall-autostart."""

from __future__ import annotations

import argparse
from pathlib import Path

from kiosk.cli.base import Context, add_command, print_json
from kiosk.core import autostart, doctor
from kiosk.core.backup import (
    backup,
    restore,
    run_daily_backup,
    safety_copy_name,
    set_daily_folder,
)
from sync.contract.errors import UserError

SYMBOLS = {"ok": "ok  ", "warn": "WARN", "fail": "FAIL"}


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    check = add_command(sub, "doctor", "check this stand laptop and say what to fix")
    check.add_argument("--json", action="store_true", help="machine-readable output")
    check.set_defaults(func=_doctor)

    save = add_command(
        sub, "backup", "copy the kiosk database to FILE (online, sealed data stays sealed)"
    )
    target = save.add_mutually_exclusive_group(required=True)
    target.add_argument("-o", "--output", type=Path, metavar="FILE")
    target.add_argument(
        "--daily", type=Path, metavar="DIR", help="back up once a day into DIR (e.g. a USB key)"
    )
    target.add_argument("--daily-off", action="store_true", help="stop the daily backups")
    save.set_defaults(func=_backup)

    load = add_command(sub, "restore", "replace the kiosk database with a backup FILE")
    load.add_argument("file", type=Path, metavar="FILE")
    load.set_defaults(func=_restore)

    on = add_command(sub, "install-autostart", "start the kiosk at login, restart it after a crash")
    on.add_argument("--no-enable", action="store_true", help="write the files only")
    on.set_defaults(func=_install_autostart)

    off = add_command(sub, "uninstall-autostart", "stop starting the kiosk at login")
    off.set_defaults(func=_uninstall_autostart)


def _doctor(ctx: Context, args: argparse.Namespace) -> int:
    from kiosk.uplink.health import check_hq

    results = doctor.run_checks(ctx.paths, ctx.clock, (*doctor.DEFAULT_CHECKS, check_hq))
    overall = doctor.worst(results)
    if args.json:
        print_json({"status": overall, "checks": [r.as_dict() for r in results]})
    else:
        for r in results:
            print(f"[{SYMBOLS[r.status]}] {r.name}: {r.detail}")
            if r.hint and r.status != "ok":
                print(f"        → {r.hint}")
        print(f"overall: {overall}")
    return 1 if overall == "fail" else 0


def _backup(ctx: Context, args: argparse.Namespace) -> int:
    if args.daily_off:
        set_daily_folder(ctx.db(), None)
        print("daily backups stopped")
        return 0
    if args.daily is not None:
        if not args.daily.is_dir():
            raise UserError(f"{args.daily} is not a folder (is the USB key plugged in?)")
        set_daily_folder(ctx.db(), args.daily)
        done = run_daily_backup(ctx.db(), ctx.clock)
        print(f"daily backups into {args.daily} (the running kiosk checks every hour)")
        if done is not None:
            print(f"today's backup: {done}")
        return 0
    info = backup(ctx.db(), args.output)
    size_mb = info.size_bytes / 1e6
    print(f"backup written: {info.path} ({size_mb:.1f} MB, schema {info.schema_version})")
    return 0


def _restore(ctx: Context, args: argparse.Namespace) -> int:
    db = ctx.db()
    safety = safety_copy_name(db.path, ctx.clock.now())
    info = restore(db, args.file, safety_copy=safety)
    print(f"restored from {info.path}; the previous database was saved as {safety}")
    return 0


def _install_autostart(ctx: Context, args: argparse.Namespace) -> int:
    files = autostart.install(ctx.paths.home, enable=not args.no_enable)
    print(f"autostart entry: {files.desktop}")
    print(
        f"systemd user unit: {files.unit} (restarts on failure, at most "
        f"{autostart.START_LIMIT_BURST} times in {autostart.START_LIMIT_INTERVAL_S} s)"
    )
    return 0


def _uninstall_autostart(ctx: Context, args: argparse.Namespace) -> int:
    del ctx, args
    removed = autostart.uninstall()
    print("removed: " + (", ".join(map(str, removed)) if removed else "nothing was installed"))
    return 0
