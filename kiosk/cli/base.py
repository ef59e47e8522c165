"""What every command shares: the --home option, the data directory, the database."""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from kiosk.core.config import EventProfile, Paths, active_event_profile
from kiosk.core.db import KioskDB
from kiosk.core.logs import setup_logging
from sync.contract.clock import SYSTEM_CLOCK, Clock

if TYPE_CHECKING:  # the argon2 modules load only for the commands that set a PIN
    from kiosk.core.staff import PinCost


def add_home_option(parser: argparse.ArgumentParser, *, top_level: bool = False) -> None:
    parser.add_argument(
        "--home",
        metavar="DIR",
        default=None if top_level else argparse.SUPPRESS,
        help="data directory (default: $OMRANE_KIOSK_HOME or the platform's data folder)",
    )


def add_command(
    sub: argparse._SubParsersAction[argparse.ArgumentParser], name: str, help_text: str
) -> argparse.ArgumentParser:
    """A subcommand that also accepts --home after its name."""
    parser = sub.add_parser(name, help=help_text, description=help_text)
    add_home_option(parser)
    return parser


@dataclass
class Context:
    paths: Paths
    clock: Clock = SYSTEM_CLOCK
    # argon2 cost of a new staff PIN; None is the full cost (tests pass PinCost.lowest()).
    pin_cost: PinCost | None = None
    _db: KioskDB | None = field(default=None, repr=False)

    @classmethod
    def from_args(cls, args: argparse.Namespace) -> Context:
        ctx = cls(Paths.resolve(getattr(args, "home", None)))
        return ctx

    def db(self) -> KioskDB:
        """The kiosk database, created and migrated on first use."""
        if self._db is None:
            self.paths.ensure()
            setup_logging(self.paths.logs)
            self._db = KioskDB(self.paths.database)
        return self._db

    def event(self) -> EventProfile:
        return active_event_profile(self.paths)

    def close(self) -> None:
        if self._db is not None:
            self._db.close()
            self._db = None


def print_json(data: Any) -> None:
    json.dump(data, sys.stdout, ensure_ascii=False, indent=2, default=str)
    sys.stdout.write("\n")
