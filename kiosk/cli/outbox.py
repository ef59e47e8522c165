"""Commands: outbox export -o FILE, outbox receipt FILE — the USB path for a stand with no
network at all (HQ's side: `omrane-hq leads import FILE`)."""

from __future__ import annotations

import argparse
from pathlib import Path

from kiosk.cli.base import Context, add_command
from kiosk.core import outbox_file


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    outbox = add_command(sub, "outbox", "the USB path: sealed leads out to a file, HQ's receipt in")
    actions = outbox.add_subparsers(dest="outbox_command", metavar="ACTION", required=True)
    export = add_command(
        actions,
        "export",
        "write the sealed pending leads, erasures and counters to FILE (a USB key)",
    )
    export.add_argument("-o", "--output", type=Path, required=True, metavar="FILE")
    export.set_defaults(func=_export)
    receipt = add_command(
        actions, "receipt", "mark the leads and erasures in HQ's receipt FILE as sent"
    )
    receipt.add_argument("file", type=Path, metavar="FILE")
    receipt.set_defaults(func=_receipt)


def _export(ctx: Context, args: argparse.Namespace) -> int:
    count = outbox_file.export_pending(ctx.db(), args.output, ctx.clock)
    print(f"{count} sealed lead(s) written to {args.output}; at HQ: omrane-hq leads import FILE")
    return 0


def _receipt(ctx: Context, args: argparse.Namespace) -> int:
    done = outbox_file.apply_receipt(ctx.db(), args.file, ctx.clock)
    print(
        f"receipt applied: {done.acked} lead(s) acked, {done.quarantined} quarantined, "
        f"{done.erased} erased at HQ, {done.erasures_confirmed} erasure(s) confirmed"
    )
    return 0
