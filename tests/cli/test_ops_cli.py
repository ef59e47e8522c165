from __future__ import annotations

import json
from pathlib import Path

import pytest

from kiosk.cli import main
from kiosk.core.backup import daily_folder, run_daily_backup
from kiosk.core.config import Paths
from kiosk.core.db import KioskDB


def test_doctor_fails_on_a_damaged_database_and_says_how_to_fix_it(
    home: Paths, capsys: pytest.CaptureFixture[str]
) -> None:
    home.database.write_bytes(b"\x00" * 4096 + b"garbage" * 100)
    code = main(["doctor", "--json"])
    report = json.loads(capsys.readouterr().out)
    assert code == 1
    database = next(c for c in report["checks"] if c["name"] == "database")
    assert database["status"] == "fail"
    assert report["status"] == "fail"


def test_doctor_reports_each_check_with_a_status(
    home: Paths, capsys: pytest.CaptureFixture[str]
) -> None:
    KioskDB(home.database).close()
    main(["doctor", "--json"])
    report = json.loads(capsys.readouterr().out)
    names = {c["name"] for c in report["checks"]}
    assert {"database", "disk", "data folder", "fonts", "catalog", "sync jam"} <= names
    assert all(c["status"] in {"ok", "warn", "fail"} for c in report["checks"])


def test_backup_command_writes_a_usable_copy(home: Paths, tmp_path: Path) -> None:
    KioskDB(home.database).close()
    target = tmp_path / "usb" / "backup.db"
    assert main(["backup", "-o", str(target)]) == 0
    with KioskDB(target) as copy:
        assert copy.integrity_check() == []


def test_install_autostart_writes_a_restarting_unit_with_a_start_limit(
    home: Paths, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    assert main(["install-autostart", "--no-enable"]) == 0
    unit = (tmp_path / "config/systemd/user/omrane-kiosk.service").read_text()
    assert "Restart=on-failure" in unit
    assert "StartLimitBurst=" in unit and "OnFailure=omrane-kiosk-call-staff.service" in unit
    assert f"OMRANE_KIOSK_HOME={home.home}" in unit
    assert (tmp_path / "config/autostart/omrane-kiosk.desktop").exists()
    assert main(["uninstall-autostart"]) == 0
    assert not (tmp_path / "config/systemd/user/omrane-kiosk.service").exists()


def test_daily_backup_to_a_usb_folder_is_remembered_and_made_once_a_day(
    home: Paths, tmp_path: Path
) -> None:
    KioskDB(home.database).close()
    usb = tmp_path / "usb"
    assert main(["backup", "--daily", str(usb)]) != 0  # no such folder: key not plugged in
    usb.mkdir()
    assert main(["backup", "--daily", str(usb)]) == 0
    copies = list(usb.glob("omrane-kiosk-*.db"))
    assert len(copies) == 1
    with KioskDB(home.database) as db:
        assert run_daily_backup(db) is None  # today's copy exists already
    assert main(["backup", "--daily-off"]) == 0
    with KioskDB(home.database) as db:
        assert daily_folder(db) is None
