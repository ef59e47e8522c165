"""The HQ app, store and command line import the console directly (no loading by name)."""

from __future__ import annotations

from pathlib import Path

HQ = Path(__file__).resolve().parents[2] / "sync" / "hq"


def test_no_module_of_hq_loads_another_by_name() -> None:
    offenders = [
        str(path.relative_to(HQ))
        for path in sorted(HQ.rglob("*.py"))
        if "importlib" in path.read_text(encoding="utf-8")
    ]
    assert offenders == []


def test_the_app_and_the_command_line_import_the_console() -> None:
    app = (HQ / "app.py").read_text(encoding="utf-8")
    cli = (HQ / "cli.py").read_text(encoding="utf-8")
    assert "from sync.hq.console import routes as console_routes" in app
    assert "from sync.hq.console import cli as console_cli" in cli
