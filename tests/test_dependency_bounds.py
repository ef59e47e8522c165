"""The lowest-versions CI run pins what pyproject.toml allows at the least."""

from __future__ import annotations

import importlib.util
import tomllib
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parents[1]


def _script() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "lowest_constraints", ROOT / "scripts" / "lowest_constraints.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_each_lower_bound_becomes_an_exact_pin_without_extras() -> None:
    pins = _script().lowest_pins(
        ["qrcode[pil]>=7.4.2", "PySide6-Essentials>=6.6,!=6.12.0", "wheel", "uuid6>=2024.1.12"]
    )
    assert pins == ["qrcode==7.4.2", "PySide6-Essentials==6.6", "uuid6==2024.1.12"]


def test_every_runtime_dependency_has_a_lower_bound() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    dependencies = project["dependencies"]
    assert len(_script().lowest_pins(dependencies)) == len(dependencies)
