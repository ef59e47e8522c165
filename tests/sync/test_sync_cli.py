"""The staff's commands end to end: HQ enrolls a stand, the stand enrolls and syncs."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from kiosk.cli import main as kiosk_main
from kiosk.core.config import Paths
from sync.hq import catalog, catalog_source
from sync.hq.cli import main as hq_main
from tests.support.kiosk_leads import STAFF_PIN, kiosk_with_leads
from tests.sync.conftest import HQ


def _hq(hq: HQ, *args: str) -> int:
    return hq_main(["--home", str(hq.settings.home), "--db", hq.store.url, *args])


def _json(args: list[str], capsys: pytest.CaptureFixture[str]) -> dict[str, object]:
    capsys.readouterr()
    assert kiosk_main(args) == 0
    data: dict[str, object] = json.loads(capsys.readouterr().out)
    return data


def test_hq_enrollment_file_then_enroll_sync_and_status(
    hq_server: HQ,
    home: Paths,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    db, _ids, _event = kiosk_with_leads(home.home, None, 3)
    db.close()
    status = _json(["sync", "status", "--json"], capsys)
    assert status["enrolled"] is False and status["pending"] == 3
    records = catalog_source.catalog_records_from(None, demo_units=60, seed=2)
    catalog.publish_catalog(hq_server.store, records)

    out = tmp_path / "enroll"
    args = ["kiosk", "add", "cli-stand", "--event", "paris-2026", "-o", str(out)]
    assert _hq(hq_server, *args, "--url", hq_server.url) == 0
    enrollment_file = out / "cli-stand.enroll.json"
    assert enrollment_file.stat().st_mode & 0o077 == 0  # the token is a secret
    assert (out / "cli-stand.enroll.png").read_bytes()[:4] == b"\x89PNG"

    monkeypatch.setenv("OMRANE_STAFF_PIN", STAFF_PIN)
    assert kiosk_main(["enroll", str(enrollment_file)]) == 0
    assert "3 waiting lead(s) sealed for HQ" in capsys.readouterr().out

    assert kiosk_main(["sync", "--once"]) == 0
    assert "3 acknowledged" in capsys.readouterr().out
    status = _json(["sync", "status", "--json"], capsys)
    assert {k: status[k] for k in ("pending", "sending", "acked", "quarantined")} == {
        "pending": 0,
        "sending": 0,
        "acked": 3,
        "quarantined": 0,
    }
    assert status["last_success"] and status["last_error"] is None
    capsys.readouterr()
    assert _hq(hq_server, "leads", "count", "--json") == 0
    assert json.loads(capsys.readouterr().out) == {"leads": 3}


def test_a_revoked_stand_reports_it_and_exits_with_the_auth_code(
    hq_server: HQ,
    home: Paths,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    kiosk_with_leads(home.home, None, 1)[0].close()
    enrollment = hq_server.enroll("to-revoke")
    file = tmp_path / "stand.enroll.json"
    file.write_text(enrollment.model_dump_json(), encoding="utf-8")
    monkeypatch.setenv("OMRANE_STAFF_PIN", STAFF_PIN)
    assert kiosk_main(["enroll", str(file)]) == 0
    assert _hq(hq_server, "kiosk", "revoke", "to-revoke") == 0
    capsys.readouterr()
    assert kiosk_main(["sync", "--once"]) == 3
    assert "revoked" in capsys.readouterr().err
    status = _json(["sync", "status", "--json"], capsys)
    assert status["state"] == "revoked" and status["pending"] == 1
    assert "kiosk revoked / not enrolled" in str(status["last_error"])


def test_enroll_refuses_a_file_that_is_not_an_enrollment(
    home: Paths, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    file = tmp_path / "other.json"
    file.write_text('{"hello": "world"}', encoding="utf-8")
    assert kiosk_main(["enroll", str(file)]) != 0
    assert "not an HQ enrollment file" in capsys.readouterr().err


def test_wrong_pin_enrolls_nothing(
    hq_server: HQ,
    home: Paths,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    kiosk_with_leads(home.home, None, 1)[0].close()
    file = tmp_path / "stand.enroll.json"
    file.write_text(hq_server.enroll("pin-stand").model_dump_json(), encoding="utf-8")
    monkeypatch.setenv("OMRANE_STAFF_PIN", "000000")
    assert kiosk_main(["enroll", str(file)]) == 3
    status = _json(["sync", "status", "--json"], capsys)
    assert status["enrolled"] is False and status["waiting_for_enrollment"] == 1
