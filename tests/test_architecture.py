"""Architecture rules, checked on the real import graph (every ``import``, late imports inside
functions and ``importlib.import_module("...")`` with a literal name included).

The allowed directions, as drawn in docs/architecture.md::

    kiosk.ui ─┐
    kiosk.cli ┼──► kiosk.uplink ──► kiosk.core ──► sync.contract
    kiosk.hub ┘                          ▲               ▲
                               sync.hq ──┴───────────────┘

``sync.contract`` (what crosses the wire) imports nothing of the project; ``kiosk.core`` is
plain Python (no Qt, no HTTP client, nothing of HQ); HQ may reuse the stand's pure core
(catalog validation, export writers) but the stand never imports HQ.
"""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PACKAGES = ("kiosk", "sync")

# layer -> the layers it may import (besides itself and the root ``kiosk`` package for
# ``__version__``). A module belongs to the longest layer name that prefixes it.
ALLOWED: dict[str, set[str]] = {
    "sync.contract": set(),
    "kiosk.core": {"sync.contract"},
    "kiosk.uplink": {"kiosk.core", "sync.contract"},
    "kiosk.hub": {"kiosk.core", "kiosk.uplink", "sync.contract"},
    "kiosk.ui": {"kiosk.core", "kiosk.uplink", "kiosk.hub", "sync.contract"},
    "kiosk.cli": {"kiosk.core", "kiosk.uplink", "kiosk.hub", "kiosk.ui", "sync.contract"},
    "sync.hq": {"kiosk.core", "sync.contract"},
    "kiosk": {"sync.contract"},
    "sync": set(),
}
QT = {"PySide6", "shiboken6"}


def _module_name(path: Path) -> str:
    name = ".".join(path.relative_to(ROOT).with_suffix("").parts)
    return name.removesuffix(".__init__")


def _modules() -> dict[str, Path]:
    return {
        _module_name(path): path
        for package in PACKAGES
        for path in (ROOT / package).rglob("*.py")
        if "__pycache__" not in path.parts
    }


def _raw_imports(path: Path, name: str) -> set[str]:
    """Every dotted name this file imports at run time (absolute form), late and dynamic imports
    included; imports only for type checkers are left out."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    is_package = path.name == "__init__.py"
    typing_only = {
        id(inner)
        for node in ast.walk(tree)
        if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test)
        for inner in ast.walk(node)
    }
    found: set[str] = set()
    for node in ast.walk(tree):
        if id(node) in typing_only:
            continue
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                parts = name.split(".")
                keep = len(parts) - node.level + (1 if is_package else 0)
                base = ".".join([*parts[:keep], *([base] if base else [])])
            found.add(base)
            found.update(f"{base}.{alias.name}" for alias in node.names)
        elif (
            isinstance(node, ast.Call)
            and ast.unparse(node.func) in ("importlib.import_module", "import_module")
            and node.args
            and isinstance(node.args[0], ast.Constant)
            and isinstance(node.args[0].value, str)
        ):
            found.add(node.args[0].value)
    return found


def _graph() -> dict[str, set[str]]:
    modules = _modules()
    return {
        name: {dep for dep in _raw_imports(path, name) if dep in modules and dep != name}
        for name, path in modules.items()
    }


def _layer(module: str) -> str:
    return max(
        (layer for layer in ALLOWED if module == layer or module.startswith(layer + ".")), key=len
    )


def _cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected components with more than one module (Tarjan, iterative)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []
    counter = 0
    for root in graph:
        if root in index:
            continue
        work = [(root, iter(sorted(graph[root])))]
        index[root] = low[root] = counter
        counter += 1
        stack.append(root)
        on_stack.add(root)
        while work:
            node, children = work[-1]
            child = next(children, None)
            if child is not None:
                if child not in index:
                    index[child] = low[child] = counter
                    counter += 1
                    stack.append(child)
                    on_stack.add(child)
                    work.append((child, iter(sorted(graph[child]))))
                elif child in on_stack:
                    low[node] = min(low[node], index[child])
                continue
            work.pop()
            if work:
                low[work[-1][0]] = min(low[work[-1][0]], low[node])
            if low[node] == index[node]:
                component = []
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    component.append(member)
                    if member == node:
                        break
                if len(component) > 1:
                    found.append(sorted(component))
    return found


def test_imports_follow_the_allowed_directions() -> None:
    offenders = [
        f"{module} ({_layer(module)}) imports {dep} ({_layer(dep)})"
        for module, deps in sorted(_graph().items())
        for dep in sorted(deps)
        if _layer(dep) != _layer(module)
        and _layer(dep) not in ALLOWED[_layer(module)]
        and dep != "kiosk"  # the root package holds only __version__
    ]
    assert offenders == [], (
        "rule: ui/cli/hub → uplink → core → contract, and hq → core/contract; "
        "contract imports nothing of the project:\n" + "\n".join(offenders)
    )


def test_no_import_cycle_between_modules() -> None:
    cycles = _cycles(_graph())
    assert cycles == [], "rule: no import cycle between modules:\n" + "\n".join(
        " ↔ ".join(c) for c in cycles
    )


def test_no_import_cycle_between_layers() -> None:
    layer_graph: dict[str, set[str]] = {layer: set() for layer in ALLOWED}
    for module, deps in _graph().items():
        for dep in deps:
            if _layer(dep) != _layer(module) and dep != "kiosk":
                layer_graph[_layer(module)].add(_layer(dep))
    cycles = _cycles(layer_graph)
    assert cycles == [], "rule: no cycle between packages:\n" + "\n".join(
        " ↔ ".join(c) for c in cycles
    )


def test_qt_is_imported_only_under_kiosk_ui() -> None:
    modules = _modules()
    offenders = [
        name
        for name, path in modules.items()
        if _layer(name) != "kiosk.ui"
        and {dep.split(".")[0] for dep in _raw_imports(path, name)} & QT
    ]
    assert offenders == [], "rule: Qt stays in kiosk/ui:\n" + "\n".join(offenders)


def test_the_graph_sees_late_and_dynamic_imports(tmp_path: Path) -> None:
    """The checker itself: a late import inside a function and an importlib call count."""
    source = tmp_path / "probe.py"
    source.write_text(
        "import importlib\n"
        "def later():\n"
        "    from kiosk.core import outbox\n"
        "    return importlib.import_module('sync.hq.store'), outbox\n",
        encoding="utf-8",
    )
    found = _raw_imports(source, "kiosk.core.probe")
    assert {"kiosk.core.outbox", "sync.hq.store"} <= found
    assert "sync.hq" not in ALLOWED[_layer("kiosk.core.probe")]
