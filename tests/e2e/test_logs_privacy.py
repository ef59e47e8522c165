"""A whole stand day through the command line against a real HQ: the kiosk's log files
never contain what visitors typed."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest

from kiosk.cli import main
from kiosk.core.config import Paths
from tests.support.kiosk_leads import STAFF_PIN
from tests.sync.conftest import HQ

VISITOR = {"first": "Yasmina", "last": "Elkhattabi-Testlog", "phone": "+33 6 01 02 03 04"}


def test_logs_of_a_full_stand_day_hold_no_visitor_data(
    home: Paths,
    hq_server: HQ,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("OMRANE_STAFF_PIN", STAFF_PIN)
    logging.getLogger().setLevel(logging.DEBUG)
    enroll_file = tmp_path / "stand.enroll.json"
    enroll_file.write_text(hq_server.enrollment.model_dump_json(), encoding="utf-8")

    assert main(["setup", "--event", "paris-2026"]) == 0
    assert main(["catalog", "demo", "--units", "200"]) == 0
    assert main(["enroll", str(enroll_file)]) == 0
    added = main(
        [
            "leads",
            "add",
            "--first-name",
            VISITOR["first"],
            "--last-name",
            VISITOR["last"],
            "--phone",
            VISITOR["phone"],
            "--email",
            "yasmina.testlog@example.org",
            "--consent",
            "callback,share",
        ]
    )
    assert added == 0
    assert main(["sync", "--once"]) == 0
    assert hq_server.store.count_leads() == 1
    assert main(["leads", "list", "--json"]) == 0
    assert main(["leads", "export", "--format", "csv", "-o", str(tmp_path / "leads.csv")]) == 0
    assert main(["leads", "erase", "--phone", VISITOR["phone"], "--yes"]) == 0
    assert main(["sync", "--once"]) == 0
    assert main(["doctor", "--json"]) in (0, 1)

    assert hq_server.store.count_leads() == 0  # the erasure reached HQ too
    logs = list(home.logs.rglob("*"))
    text = "\n".join(p.read_text(encoding="utf-8", errors="replace") for p in logs if p.is_file())
    assert text, "the kiosk wrote no log at all"
    digits = VISITOR["phone"].replace(" ", "")
    for secret in (VISITOR["first"], VISITOR["last"], digits, digits[1:], "testlog@"):
        assert secret not in text, f"{secret!r} found in the logs"
