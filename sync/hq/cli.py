"""`omrane-hq`: the headquarters command line (placeholder until the HQ work lands)."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from kiosk import __version__


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="omrane-hq", description="Al Omrane HQ service.")
    parser.add_argument("--version", action="version", version=f"omrane-hq {__version__}")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    build_parser().parse_args(argv)
    return 0


if __name__ == "__main__":
    sys.exit(main())
