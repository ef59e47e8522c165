"""A stand on loopback: a real hub process and three kiosk processes issuing tickets at once,
the hub killed and restarted mid-day, every ticket numbered once and held by the hub."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest

from kiosk.cli import main
from kiosk.core.config import Paths, active_event_profile, event_day
from kiosk.core.db import KioskDB
from kiosk.hub import queue as hub_queue
from kiosk.hub.serve import open_store
from kiosk.uplink import hub_link
from sync.contract.errors import AuthError
from tests.support.stand_hub import ROOT, HubProcess, hub_process, kiosk_home, paired_kiosk

DESKS = ["alomrane", "notary", "bank"]
PER_KIOSK = 6
RUN_TIMEOUT_S = 120


def _issue_everywhere(kiosks: list[Paths], count: int) -> list[dict[str, str]]:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    runs = [
        subprocess.Popen(
            [sys.executable, "-m", "tests.support.stand_kiosk", str(k.home), str(count), *DESKS],
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for k in kiosks
    ]
    issued = []
    for run in runs:
        out, err = run.communicate(timeout=RUN_TIMEOUT_S)
        assert run.returncode == 0, err
        issued += [json.loads(line) for line in out.splitlines()]
    return issued


def _hub_labels(hub: HubProcess, kiosk: Paths) -> list[str]:
    event = active_event_profile(kiosk)
    store = open_store(Paths(hub.home))
    try:
        return [e.label for e in hub_queue.entries(store, event.event.id, event_day(event))]
    finally:
        store.close()


def test_three_kiosks_hub_killed_and_restarted_no_duplicate_no_lost_ticket(tmp_path: Path) -> None:
    hub = HubProcess(tmp_path / "hub")
    hub.start()
    try:
        kiosks = [paired_kiosk(tmp_path / f"k{n}", hub, f"kiosk {n}") for n in range(3)]
        online = _issue_everywhere(kiosks, PER_KIOSK)
        hub.kill()
        away = _issue_everywhere(kiosks, 3)
        hub.start()
        back = _issue_everywhere(kiosks, 3)
        issued = online + away + back
        labels = [t["label"] for t in issued]
        assert [label for label, n in Counter(labels).items() if n > 1] == []
        assert {t["source"] for t in online} == {"hub"}
        assert {t["source"] for t in away} == {"lease"}
        assert {t["source"] for t in back} == {"hub"}
        assert sorted(_hub_labels(hub, kiosks[0])) == sorted(labels)  # the away ones reported
        assert {label for label in labels if label.endswith(("-001", "-002"))} >= {
            "A-001",
            "N-001",
            "B-001",
        }
    finally:
        hub.kill()


def test_unpaired_device_gets_401_and_a_wrong_code_pairs_nothing(tmp_path: Path) -> None:
    with hub_process(tmp_path / "hub") as hub:
        kiosk = kiosk_home(tmp_path / "kiosk")
        db = KioskDB(kiosk.database)
        try:
            fingerprint = hub_link.server_fingerprint(hub.url)
            anonymous = hub_link.pinned_session(hub.url, fingerprint)
            for path in (
                "/hub/v1/status?event_id=e&day=2026-11-28",
                "/hub/v1/queue?event_id=e&day=2026-11-28",
            ):
                assert anonymous.get(hub.url + path, timeout=5).status_code == 401
            forged = hub_link.pinned_session(hub.url, fingerprint, token="not-a-token")
            body = {"event_id": "e", "day": "2026-11-28", "desk": "bank", "issued_at": "x"}
            assert forged.post(hub.url + "/hub/v1/tickets", json=body, timeout=5).status_code == 401
            anonymous.close()
            forged.close()
            with pytest.raises(AuthError):
                hub_link.join(db, hub.address, "000000" if hub.code() != "000000" else "111111")
            assert hub_link.HubLink.from_settings(db) is None
        finally:
            db.close()


def test_a_pinned_kiosk_refuses_another_certificate(tmp_path: Path) -> None:
    with hub_process(tmp_path / "hub") as hub:
        kiosk = paired_kiosk(tmp_path / "kiosk", hub, "k")
        db = KioskDB(kiosk.database)
        link = hub_link.HubLink.from_settings(db)
        assert link is not None
        link.fingerprint = "00" * 32
        link.session.close()
        link.session = hub_link.pinned_session(link.url, link.fingerprint, link.token)
        with pytest.raises(hub_link.HubUnreachable):
            link.call("GET", "/status", params={"event_id": "e", "day": "2026-11-28"})
        link.close()
        db.close()


def test_ticket_command_issues_through_the_hub_with_json(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with hub_process(tmp_path / "hub") as hub:
        kiosk = paired_kiosk(tmp_path / "kiosk", hub, "k")
        assert main(["ticket", "--desk", "notary", "--json", "--home", str(kiosk.home)]) == 0
        first = json.loads(capsys.readouterr().out)
        assert (
            main(
                [
                    "ticket",
                    "--desk",
                    "notary",
                    "--language",
                    "ar",
                    "--json",
                    "--home",
                    str(kiosk.home),
                ]
            )
            == 0
        )
        second = json.loads(capsys.readouterr().out)
        assert main(["display", "--print", "--lang", "ar", "--home", str(kiosk.home)]) == 0
        url = capsys.readouterr().out.strip()
        page = hub_link.pinned_session(hub.url, hub_link.server_fingerprint(hub.url))
        answer = page.get(url, timeout=10)
        page.close()
        assert answer.status_code == 200 and 'dir="rtl"' in answer.text
    assert (first["label"], first["desk"], first["number"], first["source"]) == (
        "N-001",
        "notary",
        1,
        "hub",
    )
    assert (second["label"], second["position"]) == ("N-002", 2)
    assert "ترتيبكم 2" in second["wait"]
