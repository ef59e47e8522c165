"""The command line is the scripting interface: every command is registered where the
dispatcher expects it and documented in the README."""

from __future__ import annotations

import argparse
from pathlib import Path

from kiosk.cli import COMMANDS, build_parser

README = Path(__file__).resolve().parents[2] / "README.md"


def _subcommands(parser: argparse.ArgumentParser) -> set[str]:
    action = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    return set(action.choices)


def test_each_command_is_registered_by_the_module_that_dispatches_it() -> None:
    assert _subcommands(build_parser()) == set(COMMANDS)
    for command in COMMANDS:
        assert command in _subcommands(build_parser([command])), command


def test_every_command_is_documented_in_the_readme() -> None:
    text = README.read_text(encoding="utf-8")
    missing = [c for c in COMMANDS if f"omrane-kiosk {c}" not in text]
    assert missing == []
