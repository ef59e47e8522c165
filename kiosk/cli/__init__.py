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

from kiosk import __version__
from kiosk.cli.base import Context, add_home_option
from kiosk.core.errors import KioskError

COMMAND_MODULES = (
    "catalog",
    "search",
    "event",
    "run",
    "setup",
    "leads",
    "brochure",
    "printing",
    "sync",
    "ops",
)

log = logging.getLogger("kiosk.cli")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="omrane-kiosk",
        description="Al Omrane stand kiosk: catalog, visitor app, leads, printing and sync.",
    )
    parser.add_argument("--version", action="version", version=f"omrane-kiosk {__version__}")
    add_home_option(parser, top_level=True)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMAND_MODULES:
        importlib.import_module(f"kiosk.cli.{name}").register(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "func", None):
        parser.print_help()
        return 0
    ctx = Context.from_args(args)
    try:
        return int(args.func(ctx, args) or 0)
    except KioskError as exc:
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
