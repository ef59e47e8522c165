"""Every `omrane-hq` command is documented in the README (like the stand's commands)."""

from __future__ import annotations

import argparse
from pathlib import Path

from sync.hq.cli import build_parser

README = Path(__file__).resolve().parents[2] / "README.md"


def test_every_hq_command_is_documented_in_the_readme() -> None:
    parser = build_parser()
    action = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    text = README.read_text(encoding="utf-8")
    commands = sorted(action.choices)
    assert "db" in commands
    assert [c for c in commands if f"omrane-hq {c}" not in text] == []
