"""The HQ database from the command line and an installed copy: `omrane-hq db` upgrades and
reports, the migration scripts travel with the package, and connections after the upgrade
wait as requests do."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from sync.hq import cli as hq_cli
from sync.hq import migrations
from sync.hq.store import Store


def test_an_installed_copy_finds_its_scripts(tmp_path: Path) -> None:
    """The package as setuptools builds it (package data included) migrates a database from
    another folder, with no alembic.ini anywhere."""
    root = Path(__file__).resolve().parents[2]
    lib = tmp_path / "lib"
    build = [sys.executable, "-c", "import setuptools; setuptools.setup()", "-q"]
    build += ["egg_info", "--egg-base", str(tmp_path), "build_py", "--build-lib", str(lib)]
    subprocess.run(build, cwd=root, check=True, capture_output=True, timeout=120)
    probe = (
        "import sys; from sync.hq import migrations; from sync.hq.store import Store\n"
        f"store = Store('sqlite:///{tmp_path / 'hq.db'}')\n"
        "print(store.migrate(), migrations.SCRIPTS)\n"
    )
    env = {**os.environ, "PYTHONPATH": str(lib)}
    done = subprocess.run(
        [sys.executable, "-c", probe], cwd=tmp_path, env=env, capture_output=True, text=True
    )
    assert done.returncode == 0, done.stderr
    revision, scripts = done.stdout.split()
    assert revision == migrations.head()
    assert Path(scripts) == lib / "sync" / "hq" / "migrations"


def test_db_commands_upgrade_and_report(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    url = f"sqlite:///{tmp_path / 'hq.db'}"
    base = ["--home", str(tmp_path / "home"), "--db", url, "db"]
    assert hq_cli.main([*base, "current"]) == 0
    assert "database: none" in capsys.readouterr().out
    assert hq_cli.main([*base, "upgrade"]) == 0
    assert migrations.head() in capsys.readouterr().out
    assert hq_cli.main([*base, "current"]) == 0
    assert f"database: {migrations.head()};" in capsys.readouterr().out


def test_after_the_upgrade_sqlite_connections_wait_as_requests_do(tmp_path: Path) -> None:
    """The long wait for another worker's upgrade is for start-up only."""
    store = Store(f"sqlite:///{tmp_path / 'hq.db'}")
    try:
        store.migrate()
        with store.engine.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() == 10_000
    finally:
        store.dispose()
