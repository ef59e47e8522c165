"""Architecture rules that keep the core testable without a display."""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module.split(".")[0])
    return names


def test_qt_is_imported_only_under_kiosk_ui() -> None:
    ui = ROOT / "kiosk" / "ui"
    sources = [*(ROOT / "kiosk").rglob("*.py"), *(ROOT / "sync").rglob("*.py")]
    offenders = [
        str(path.relative_to(ROOT))
        for path in sources
        if not path.is_relative_to(ui) and {"PySide6", "shiboken6"} & _imports(path)
    ]
    assert offenders == []


def test_core_does_not_import_the_ui_or_the_cli() -> None:
    offenders = [
        str(path.relative_to(ROOT))
        for path in (ROOT / "kiosk" / "core").rglob("*.py")
        for name in _imports(path)
        if name == "kiosk" and ("kiosk.ui" in path.read_text() or "kiosk.cli" in path.read_text())
    ]
    assert offenders == []
