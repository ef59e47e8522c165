from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from kiosk.cli import main
from kiosk.core import db as dbmod
from kiosk.core.catalog import Catalog, SearchQuery
from kiosk.core.catalog_import import import_file
from kiosk.core.db import SCHEMA_VERSION, KioskDB
from kiosk.core.resources import data
from sync.contract.errors import DatabaseCorrupt, DatabaseLocked, SchemaTooNew


def test_new_database_is_fully_migrated_with_safe_pragmas(fresh_db: KioskDB) -> None:
    assert fresh_db.user_version == SCHEMA_VERSION
    assert fresh_db.scalar("PRAGMA journal_mode") == "wal"
    assert fresh_db.scalar("PRAGMA synchronous") == 2  # FULL
    assert fresh_db.scalar("PRAGMA foreign_keys") == 1
    assert fresh_db.scalar("PRAGMA busy_timeout") >= 1000
    assert fresh_db.integrity_check() == []


def test_older_schema_is_migrated_forward_keeping_its_rows(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    with KioskDB(path, migrate=False) as old:
        old.migrate(target=1)
        with old.transaction() as conn:
            conn.execute("INSERT INTO regions VALUES ('oriental', 'Oriental', 'الشرق')")
        assert old.user_version == 1
    with KioskDB(path) as current:
        assert current.user_version == SCHEMA_VERSION
        assert current.scalar("SELECT name_ar FROM regions") == "الشرق"


def test_a_catalog_from_before_the_unit_checks_migration_keeps_its_units_and_order(
    tmp_path: Path,
) -> None:
    path = tmp_path / "old.db"
    with KioskDB(path, migrate=False) as old:
        old.migrate(target=14)
        import_file(Catalog(old), data() / "examples" / "catalog-small.csv")
        before = old.query("SELECT rowid, * FROM units ORDER BY rowid")
    with KioskDB(path) as current:
        assert current.user_version == SCHEMA_VERSION
        after = current.query("SELECT rowid, * FROM units ORDER BY rowid")
        assert [tuple(r) for r in after] == [tuple(r) for r in before]
        catalog = Catalog(current)
        first = before[0]
        assert catalog.search(SearchQuery(text=first["ref"])).units[0].ref == first["ref"]
        assert current.integrity_check() == []
        for column in ("category", "status"):
            with pytest.raises(sqlite3.IntegrityError, match="CHECK"):
                current.conn.execute(f"UPDATE units SET {column} = 'other' WHERE rowid = 1")


def test_transaction_rolls_back_everything_on_error(fresh_db: KioskDB) -> None:
    with pytest.raises(RuntimeError), fresh_db.transaction() as conn:
        conn.execute("INSERT INTO regions VALUES ('a', 'A', 'أ')")
        with fresh_db.transaction() as inner:
            inner.execute("INSERT INTO regions VALUES ('b', 'B', 'ب')")
        raise RuntimeError("boom")
    assert fresh_db.scalar("SELECT count(*) FROM regions") == 0


def test_nested_transaction_failure_keeps_outer_work(fresh_db: KioskDB) -> None:
    with fresh_db.transaction() as conn:
        conn.execute("INSERT INTO regions VALUES ('a', 'A', 'أ')")
        with pytest.raises(RuntimeError), fresh_db.transaction() as inner:
            inner.execute("INSERT INTO regions VALUES ('b', 'B', 'ب')")
            raise RuntimeError("inner")
    assert [r[0] for r in fresh_db.query("SELECT id FROM regions")] == ["a"]


def test_garbage_file_is_reported_as_damaged(tmp_path: Path) -> None:
    path = tmp_path / "kiosk.db"
    path.write_bytes(b"this is a holiday photo, not a database" * 200)
    with pytest.raises(DatabaseCorrupt, match="damaged"):
        KioskDB(path)


def test_sqlite_file_of_another_program_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "other.db"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE contacts (name TEXT)")
    conn.commit()
    conn.close()
    with pytest.raises(DatabaseCorrupt, match="another program"):
        KioskDB(path)


def test_database_from_a_newer_program_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "kiosk.db"
    KioskDB(path).close()
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version={SCHEMA_VERSION + 3}")
    conn.close()
    with pytest.raises(SchemaTooNew, match="newer"):
        KioskDB(path)


def test_locked_database_is_a_named_error(tmp_path: Path) -> None:
    path = tmp_path / "kiosk.db"
    KioskDB(path).close()
    blocker = sqlite3.connect(path, isolation_level=None)
    blocker.execute("BEGIN EXCLUSIVE")
    try:
        db = KioskDB(path)
        db.conn.execute("PRAGMA busy_timeout=50")
        with pytest.raises(DatabaseLocked), db.transaction():
            pass
        db.close()
    finally:
        blocker.execute("ROLLBACK")
        blocker.close()


@pytest.mark.parametrize(
    ("code", "expected"),
    [(13, "disk is full"), (8, "cannot be written"), (11, "damaged"), (26, "damaged")],
)
def test_sqlite_error_codes_become_clear_messages(code: int, expected: str) -> None:
    exc = sqlite3.OperationalError("x")
    exc.sqlite_errorcode = code  # type: ignore[attr-defined]
    assert expected in str(dbmod.translate(exc))


def test_cli_reports_a_corrupt_database_without_traceback(
    home: object, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad_home = tmp_path / "bad"
    bad_home.mkdir()
    (bad_home / "kiosk.db").write_bytes(b"\x00garbage" * 1000)
    code = main(["--home", str(bad_home), "catalog", "stats"])
    err = capsys.readouterr().err
    assert code == DatabaseCorrupt.exit_code
    assert "damaged" in err
    assert "Traceback" not in err
