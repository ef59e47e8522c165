"""`omrane-kiosk`: a thin command line over kiosk.core and sync.

Each command group lives in its own module with a ``register(subparsers)`` function.
"""

from __future__ import annotations

import argparse
import importlib
import logging
import os
import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING

from kiosk import __version__
from kiosk.cli.base import Context, add_home_option
from sync.contract.errors import OmraneError

if TYPE_CHECKING:
    from kiosk.core.staff import PinCost

# command -> the module that registers it. Only the module of the command being run is
# imported, so `omrane-kiosk run` does not pay for openpyxl, reportlab or requests.
COMMANDS: dict[str, str] = {
    "catalog": "catalog",
    "search": "search",
    "event": "event",
    "run": "run",
    "screenshots": "run",
    "setup": "setup",
    "leads": "leads",
    "retention": "leads",
    "brochure": "brochure",
    "takeaway": "takeaway",
    "print": "printing",
    "printers": "printing",
    "print-queue": "printing",
    "sync": "sync",
    "enroll": "sync",
    "doctor": "ops",
    "backup": "ops",
    "restore": "ops",
    "install-autostart": "ops",
    "uninstall-autostart": "ops",
    "hub": "hub",
    "outbox": "outbox",
    "display": "display",
    "ticket": "hub",
}
COMMAND_MODULES = tuple(dict.fromkeys(COMMANDS.values()))

log = logging.getLogger("kiosk.cli")


def _wanted_modules(argv: Sequence[str]) -> tuple[str, ...]:
    """The one module that owns the command in ``argv``, or all of them (help, errors)."""
    for arg in argv:
        if arg in COMMANDS:
            return (COMMANDS[arg],)
    return COMMAND_MODULES


def build_parser(argv: Sequence[str] | None = None) -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="omrane-kiosk",
        description="Al Omrane stand kiosk: catalog, visitor app, leads, printing and sync.",
    )
    parser.add_argument("--version", action="version", version=f"omrane-kiosk {__version__}")
    add_home_option(parser, top_level=True)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    modules = COMMAND_MODULES if argv is None else _wanted_modules(argv)
    for name in modules:
        importlib.import_module(f"kiosk.cli.{name}").register(sub)
    return parser


def main(argv: Sequence[str] | None = None, *, pin_cost: PinCost | None = None) -> int:
    """Run one command; ``pin_cost`` (tests) lowers the argon2 cost of a new staff PIN."""
    argv = list(sys.argv[1:] if argv is None else argv)
    parser = build_parser(argv)
    args = parser.parse_args(argv)
    if not getattr(args, "func", None):
        parser.print_help()
        return 0
    ctx = Context.from_args(args)
    ctx.pin_cost = pin_cost
    try:
        return int(args.func(ctx, args) or 0)
    except OmraneError as exc:
        print(f"omrane-kiosk: error: {exc.message}", file=sys.stderr)
        return exc.exit_code
    except BrokenPipeError:
        # Output piped into `head` and the like: not an error of ours (see Python's docs on
        # SIGPIPE: point stdout at devnull so the final flush does not fail again).
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    except KeyboardInterrupt:
        print("omrane-kiosk: interrupted", file=sys.stderr)
        return 130
    finally:
        ctx.close()


if __name__ == "__main__":
    sys.exit(main())
