"""Items 10 and 13: files holding personal data or secrets are owner-only, and command-line
actions on personal data are in the audit log like the console's."""

from __future__ import annotations

import getpass
import json
import os
import random
import stat
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import select

from sync.hq.cli import main
from sync.hq.console.audit import audit_log
from sync.hq.store import Store
from tests.sync.console.leadgen import insert_leads, lead_row


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.fixture
def loose_umask() -> Iterator[None]:
    """A permissive umask, as on many servers: the modes must not depend on it."""
    previous = os.umask(0o022)
    yield
    os.umask(previous)


def _hq(tmp_path: Path, *args: str) -> int:
    return main(["--home", str(tmp_path / "home"), *args])


def test_database_wal_exports_enrollment_and_keys_are_owner_only(
    tmp_path: Path, loose_umask: None
) -> None:
    assert _hq(tmp_path, "keys", "init") == 0
    out = tmp_path / "out"
    assert _hq(tmp_path, "kiosk", "add", "stand-1", "--event", "paris-2026", "-o", str(out)) == 0
    store = Store(f"sqlite:///{tmp_path / 'home' / 'hq.db'}")  # opened outside the CLI too
    store.migrate()
    rng = random.Random(1)
    rows = [lead_row(rng, n, datetime(2026, 2, 13, tzinfo=UTC)) for n in range(5)]
    insert_leads(store.engine, rows)
    for fmt in ("csv", "xlsx"):
        target = tmp_path / f"leads.{fmt}"
        assert _hq(tmp_path, "leads", "export", "--format", fmt, "-o", str(target)) == 0
        assert _mode(target) == 0o600, fmt
    home = tmp_path / "home"
    private = [
        home / "hq.db",
        home / "hq.db-wal",
        home / "hq.db-shm",
        out / "stand-1.enroll.json",
        out / "stand-1.enroll.png",
        *sorted((home / "keys").glob("*.key")),
    ]
    with store.engine.connect():  # WAL and SHM exist while a connection is open
        modes = {p.name: oct(_mode(p)) for p in private}
    store.dispose()
    assert modes == {p.name: "0o600" for p in private}


def test_an_existing_database_opened_by_the_service_is_narrowed_to_owner_only(
    tmp_path: Path, loose_umask: None
) -> None:
    db = tmp_path / "hq.db"
    db.touch(mode=0o644)
    db.chmod(0o644)
    store = Store(f"sqlite:///{db}")
    store.migrate()
    assert _mode(db) == 0o600
    store.dispose()


def test_cli_exports_and_agent_changes_are_audited_as_the_os_user(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("OMRANE_HQ_AGENT_PASSWORD", "Tamuda Bay at dawn 7")
    store = Store(f"sqlite:///{tmp_path / 'home' / 'hq.db'}")
    store.migrate()
    rng = random.Random(2)
    rows = [lead_row(rng, n, datetime(2026, 2, 13, tzinfo=UTC)) for n in range(3)]
    insert_leads(store.engine, rows)
    email = "sara@example.test"
    assert _hq(tmp_path, "leads", "export", "-o", str(tmp_path / "all.csv")) == 0
    assert _hq(tmp_path, "agent", "add", email, "--role", "manager") == 0
    assert _hq(tmp_path, "agent", "disable", email) == 0
    assert _hq(tmp_path, "agent", "enable", email) == 0
    assert _hq(tmp_path, "agent", "unlock", email) == 0
    with store.engine.connect() as conn:
        entries = conn.execute(select(audit_log).order_by(audit_log.c.id)).mappings().all()
    store.dispose()
    actor = f"cli:{getpass.getuser()}"
    assert [e["action"] for e in entries] == [
        "exported",
        "agent_added",
        "agent_disabled",
        "agent_disabled",
        "agent_unlocked",
    ]
    assert {e["agent_email"] for e in entries} == {actor}
    assert json.loads(entries[0]["detail"]) == {"format": "csv", "leads": 3}
    assert all(email not in (e["detail"] or "") for e in entries)  # ids, not addresses
