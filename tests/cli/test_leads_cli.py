"""The scripting interface: setup, leads add/generate/list/export/erase, retention purge."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import openpyxl
import pytest

from kiosk.cli import main
from kiosk.core.config import Paths
from tests.core.lead_fixtures import LOW_COST, PIN


@pytest.fixture
def kiosk(
    home: Paths, monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> Paths:  # fmt: skip
    """A stand set up for Paris 2026 with the PIN in $OMRANE_STAFF_PIN."""
    monkeypatch.setenv("OMRANE_STAFF_PIN", PIN)
    assert main(["setup", "--event", "paris-2026"], pin_cost=LOW_COST) == 0
    out = capsys.readouterr().out
    assert "staff PIN set" in out and "paris-2026" in out
    return home


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv), pin_cost=LOW_COST)
    captured = capsys.readouterr()
    return code, captured.out, captured.err


ADD = ["leads", "add", "--first-name", "Sara", "--last-name", "DEMO-Alaoui",
       "--phone", "+33 1 99 00 12 34", "--email", "sara.demo@example.org", "--city", "Paris",
       "--country", "FR", "--desk", "notary", "--consent", "callback,share"]  # fmt: skip


def test_add_prints_the_new_id_and_list_shows_the_lead_with_the_pin(
    kiosk: Paths, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = run(capsys, *ADD)
    assert code == 0
    lead_id = out.strip()
    assert len(lead_id) == 36 and "N-001" in err

    code, out, _ = run(capsys, "leads", "list", "--json")
    (lead,) = json.loads(out)
    assert lead["id"] == lead_id
    assert (lead["first_name"], lead["phone"], lead["desk"]) == ("Sara", "+33199001234", "notary")
    assert (lead["consent_share"], lead["consent_marketing"]) == (True, False)


def test_personal_data_needs_the_right_pin(
    kiosk: Paths, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    run(capsys, *ADD)
    monkeypatch.setenv("OMRANE_STAFF_PIN", "999990")
    code, out, err = run(capsys, "leads", "list")
    assert code == 3 and "wrong staff PIN" in err and "Sara" not in out
    monkeypatch.delenv("OMRANE_STAFF_PIN")
    code, out, err = run(capsys, "leads", "export", "-o", str(kiosk.home / "x.csv"))
    assert code == 3 and "OMRANE_STAFF_PIN" in err


def test_invalid_lead_is_refused_with_each_problem_named(
    kiosk: Paths, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = run(
        capsys, "leads", "add", "--first-name", " ", "--last-name", "X", "--phone", "12"
    )
    assert code == 2 and out == ""
    assert "first_name: This field is required" in err and "phone: Invalid phone" in err
    code, _, err = run(capsys, *ADD[:-1], "marketing")
    assert code == 2 and "Call me back" in err


def test_generate_then_export_csv_and_xlsx(
    kiosk: Paths, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = run(capsys, "leads", "generate", "--count", "30")
    assert code == 0 and "30 demo leads" in out
    csv_path, xlsx_path = kiosk.home / "usb" / "leads.csv", kiosk.home / "usb" / "leads.xlsx"
    to_csv = ["leads", "export", "--format", "csv", "-o", str(csv_path), "--separator", ";"]
    assert run(capsys, *to_csv)[0] == 0
    assert run(capsys, "leads", "export", "--format", "xlsx", "-o", str(xlsx_path))[0] == 0
    rows = list(
        csv.DictReader(csv_path.read_text(encoding="utf-8-sig").splitlines(), delimiter=";")
    )
    assert len(rows) == 30 and all(r["last_name"].startswith("DEMO-") for r in rows)
    assert all(r["phone"].startswith(("+3319900", "+1514555")) for r in rows)
    workbook = openpyxl.load_workbook(xlsx_path, read_only=True)
    try:
        assert len(list(workbook.active.iter_rows(values_only=True))) == 31  # type: ignore[union-attr]
    finally:
        workbook.close()


def test_erase_by_phone_removes_the_visitor(
    kiosk: Paths, capsys: pytest.CaptureFixture[str]
) -> None:
    run(capsys, *ADD)
    run(capsys, "leads", "generate", "--count", "3")
    code, out, _ = run(capsys, "leads", "erase", "--phone", "01 99 00 12 34")  # FR: event's country
    assert code == 1 and "+33199001234: 1 lead(s) on this stand" in out
    assert "nothing erased" in out  # no terminal to confirm on, no --yes
    code, out, _ = run(capsys, "leads", "erase", "--phone", "01 99 00 12 34", "--yes")
    assert code == 0 and "1 lead(s) erased for +33199001234" in out
    _, out, _ = run(capsys, "leads", "list", "--json")
    assert "Sara" not in out and len(json.loads(out)) == 3


def test_status_and_retention_purge_need_no_pin(
    kiosk: Paths, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    run(capsys, "leads", "generate", "--count", "2")
    monkeypatch.delenv("OMRANE_STAFF_PIN")
    code, out, _ = run(capsys, "leads", "status", "--json")
    status = json.loads(out)
    assert code == 0 and status["pending"] == 2 and status["waiting_for_enrollment"] == 2
    code, out, _ = run(capsys, "retention", "purge", "--dry-run")
    assert code == 0 and "retention 36 months: would delete 0 lead(s)" in out


def test_setup_again_keeps_the_pin_and_change_pin_keeps_the_leads(
    kiosk: Paths, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    run(capsys, *ADD)
    code, out, _ = run(capsys, "setup", "--event", "caravan-oujda-2025")
    assert code == 0 and "already set" in out and "caravan-oujda-2025" in out
    monkeypatch.setenv("OMRANE_NEW_STAFF_PIN", "753159")
    assert run(capsys, "setup", "--change-pin")[0] == 0
    monkeypatch.setenv("OMRANE_STAFF_PIN", "753159")
    _, out, _ = run(capsys, "leads", "list", "--json")
    assert json.loads(out)[0]["first_name"] == "Sara"


def test_unknown_event_profile_is_a_clear_error(
    home: Paths, capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    monkeypatch.setenv("OMRANE_STAFF_PIN", PIN)
    code, _, err = run(capsys, "setup", "--event", "atlantis-2030")
    assert code == 2 and "paris-2026" in err


def test_leads_before_setup_say_to_run_setup(
    home: Paths, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _, err = run(capsys, *ADD)
    assert code == 2 and "omrane-kiosk setup" in err


def test_help_names_every_documented_command(capsys: pytest.CaptureFixture[str]) -> None:
    readme = (Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8")
    actions = ("add", "generate", "list", "export", "erase", "status", "retry", "queue", "today")
    for action in actions:
        with pytest.raises(SystemExit):
            main(["leads", action, "--help"])
        assert "usage: omrane-kiosk leads " + action in capsys.readouterr().out
        assert f"omrane-kiosk leads {action}" in readme


def test_desk_queue_and_todays_figures_from_the_command_line(
    kiosk: Paths, capsys: pytest.CaptureFixture[str]
) -> None:
    run(capsys, *ADD)  # notary ticket N-001
    code, out, _ = run(capsys, "leads", "queue", "--call-next", "notary")
    assert code == 0 and "now serving N-001" in out and "notary: waiting: 0  called: 1" in out
    assert "nobody is waiting" in run(capsys, "leads", "queue", "--call-next", "bank")[1]
    code, out, _ = run(capsys, "leads", "today", "--json")
    figures = json.loads(out)
    assert figures["leads"] == 1 and figures["tickets_by_desk"] == {"notary": 1}
