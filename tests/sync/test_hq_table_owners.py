"""One owning module per HQ table: the module that declares a table is the only one that
inserts, updates or deletes its rows; the others call its functions (or only read)."""

from __future__ import annotations

import ast
import importlib
import pkgutil
from pathlib import Path
from types import ModuleType

from sqlalchemy import Table

from sync.hq import schema

WRITES = {"insert", "update", "delete"}


def _hq_modules() -> list[ModuleType]:
    package = importlib.import_module("sync.hq")
    names = [
        found.name
        for found in pkgutil.walk_packages(package.__path__, "sync.hq.")
        if not found.name.startswith("sync.hq.migrations")  # revisions own their DDL
    ]
    return [importlib.import_module(name) for name in names]


def _owners() -> dict[str, str]:
    """Table name -> the module that declares it (a module-level ``X = Table(...)``)."""
    owners: dict[str, str] = {}
    for module in _hq_modules():
        for value in vars(module).values():
            if isinstance(value, Table) and _declares(module, value):
                assert value.name not in owners, f"{value.name} declared twice"
                owners[value.name] = module.__name__
    return owners


def _declares(module: ModuleType, table: Table) -> bool:
    source = Path(str(module.__file__)).read_text(encoding="utf-8")
    return f'Table(\n    "{table.name}"' in source


def _written_tables(module: ModuleType) -> list[tuple[int, str]]:
    """(line, expression) of every insert/update/delete target in the module's source."""
    tree = ast.parse(Path(str(module.__file__)).read_text(encoding="utf-8"))
    found: list[tuple[int, str]] = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        func = node.func
        if isinstance(func, ast.Name) and func.id in WRITES and node.args:
            found.append((node.lineno, ast.unparse(node.args[0])))
        elif isinstance(func, ast.Attribute) and func.attr in WRITES and not node.args:
            found.append((node.lineno, ast.unparse(func.value)))
    return found


def test_every_table_has_one_owner_that_schema_lists() -> None:
    owners = _owners()
    assert set(owners) == set(schema.metadata.tables)
    assert set(owners.values()) == {m.__name__ for m in schema.TABLE_MODULES}


def test_only_the_owner_writes_a_table() -> None:
    owners = _owners()
    offenders: list[str] = []
    writes = 0
    for module in _hq_modules():
        for line, expression in _written_tables(module):
            try:
                target = eval(expression, vars(module))  # a name or attribute of the module
            except NameError:
                offenders.append(f"{module.__name__}:{line} writes {expression} (not a table?)")
                continue
            if not isinstance(target, Table):
                continue  # dict.update(), set.update() and the like
            writes += 1
            if owners[target.name] != module.__name__:
                offenders.append(
                    f"{module.__name__}:{line} writes {target.name}, owned by {owners[target.name]}"
                )
    assert writes >= 30  # the check saw the writes it is about
    assert offenders == [], "rule: only a table's module writes it:\n" + "\n".join(offenders)
