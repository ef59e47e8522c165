from __future__ import annotations

from pathlib import Path

import pytest

from kiosk.core.backup import auto_backup, backup, restore
from kiosk.core.db import KioskDB
from sync.contract.clock import FakeClock
from sync.contract.errors import DatabaseCorrupt, UserError


def _add_region(db: KioskDB, rid: str) -> None:
    with db.transaction() as conn:
        conn.execute("INSERT INTO regions VALUES (?, ?, ?)", (rid, rid.title(), "جهة"))


def test_backup_then_restore_brings_back_the_saved_state(fresh_db: KioskDB, tmp_path: Path) -> None:
    _add_region(fresh_db, "oriental")
    info = backup(fresh_db, tmp_path / "usb" / "kiosk.db")
    assert info.size_bytes > 0
    _add_region(fresh_db, "souss")
    safety = tmp_path / "before.db"
    restore(fresh_db, info.path, safety_copy=safety)
    assert [r[0] for r in fresh_db.query("SELECT id FROM regions")] == ["oriental"]
    with KioskDB(safety) as previous:
        assert previous.scalar("SELECT count(*) FROM regions") == 2


def test_restoring_a_damaged_file_changes_nothing(fresh_db: KioskDB, tmp_path: Path) -> None:
    _add_region(fresh_db, "oriental")
    bad = tmp_path / "bad.db"
    bad.write_bytes(b"not a database at all" * 500)
    with pytest.raises(DatabaseCorrupt):
        restore(fresh_db, bad)
    assert fresh_db.scalar("SELECT count(*) FROM regions") == 1


def test_restoring_a_missing_file_is_a_clear_error(fresh_db: KioskDB, tmp_path: Path) -> None:
    with pytest.raises(UserError, match="no backup file"):
        restore(fresh_db, tmp_path / "nowhere.db")


def test_daily_backup_happens_once_a_day(fresh_db: KioskDB, tmp_path: Path) -> None:
    clock = FakeClock()
    first = auto_backup(fresh_db, tmp_path, clock)
    assert first is not None and first.exists()
    assert auto_backup(fresh_db, tmp_path, clock) is None
    clock.advance(86_400)
    assert auto_backup(fresh_db, tmp_path, clock) is not None
    assert len(list(tmp_path.glob("omrane-kiosk-*.db"))) == 2
