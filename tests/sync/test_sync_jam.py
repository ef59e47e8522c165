"""A real HQ that answers HTTP 500 to every lead batch: the stand counts the failed attempts,
keeps HQ's status and text, and `doctor` warns after an hour online, fails after six."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import text

from kiosk.cli import main as kiosk_main
from kiosk.core import enrollment, sync_state
from kiosk.core.config import Paths
from kiosk.core.db import KioskDB
from kiosk.core.doctor import Check, DoctorContext, check_sync_jam
from kiosk.uplink.client import KioskSync
from kiosk.uplink.transport import HQUnavailable
from sync.contract.clock import FakeClock
from tests.sync.conftest import HQ
from tests.sync.stands import FaultyTransport, enrolled_stand, faulty_session

TEN_MIN = 600


def break_lead_ingest(hq: HQ) -> None:
    """An HQ bug: every lead batch ends in an unhandled error (HTTP 500)."""
    with hq.store.engine.begin() as conn:
        conn.execute(text("ALTER TABLE hq_lead_batches RENAME TO hq_lead_batches_away"))


def repair_lead_ingest(hq: HQ) -> None:
    with hq.store.engine.begin() as conn:
        conn.execute(text("ALTER TABLE hq_lead_batches_away RENAME TO hq_lead_batches"))


def _failed_attempts(syncer: KioskSync, clock: FakeClock, times: int, every_s: float) -> None:
    for _ in range(times):
        clock.advance(every_s)
        with pytest.raises(HQUnavailable, match="HTTP 500"):
            syncer.sync_once()


def _doctor(db: KioskDB, home: Path, clock: FakeClock) -> Check:
    return check_sync_jam(DoctorContext(Paths(home), clock, db=db))


def test_doctor_reports_a_jam_then_a_failure_then_nothing_once_hq_is_fixed(
    hq_server: HQ, tmp_path: Path
) -> None:
    home = tmp_path / "stand"
    db, ids = enrolled_stand(home, hq_server, 3)  # saved at 09:00:01 to 09:00:03
    clock = FakeClock()
    syncer = KioskSync(db, clock)
    break_lead_ingest(hq_server)

    _failed_attempts(syncer, clock, 1, 0)
    first = _doctor(db, home, clock)
    assert first.status == "ok"  # one failure is no jam, but it is shown
    assert "leads: 1 failed attempt(s) in a row, last HTTP 500" in first.detail

    _failed_attempts(syncer, clock, 6, TEN_MIN)
    jammed = _doctor(db, home, clock)
    assert jammed.status == "warn", jammed.detail
    assert "leads: 7 failed attempt(s) in a row, last HTTP 500: HQ busy or failing" in jammed.detail
    assert "1 h 00 min online without progress" in jammed.detail
    assert "oldest pending lead 59 min old (3 pending)" in jammed.detail
    assert jammed.hint

    _failed_attempts(syncer, clock, 10, 3 * TEN_MIN)
    assert _doctor(db, home, clock).status == "fail"
    leads = sync_state.stream_state(db, "leads")
    assert (leads.failures, leads.last_status, leads.last_progress_at) == (17, 500, None)
    repair_lead_ingest(hq_server)
    assert hq_server.store.count_leads() == 0

    clock.advance(TEN_MIN)
    assert syncer.sync_once().acked == 3
    healed = _doctor(db, home, clock)
    assert healed.status == "ok" and healed.detail == "no failed sync attempt; no lead waiting"
    assert {row["id"] for row in hq_server.store.iter_leads()} == set(ids)
    db.close()


def test_hq_answering_200_without_settling_any_lead_is_a_jam_too(
    hq_server: HQ, tmp_path: Path
) -> None:
    home = tmp_path / "stand"
    db, ids = enrolled_stand(home, hq_server, 2)
    clock = FakeClock()
    transport = FaultyTransport(["forgetful"] * 7, only="leads:batch")
    syncer = KioskSync(db, clock, session=faulty_session(transport))
    for attempt in range(7):
        clock.advance(TEN_MIN if attempt else 0)
        assert syncer.sync_once().acked == 0
    check = _doctor(db, home, clock)
    assert check.status == "warn", check.detail
    stalled = "last HTTP 200: HQ answered but settled none of 2 lead(s) sent"
    assert f"leads: 7 failed attempt(s) in a row, {stalled}" in check.detail
    assert sync_state.stream_state(db, "heartbeat").failures == 0  # the other streams moved
    beat = json.loads(hq_server.store.kiosks()[-1]["last_heartbeat"])  # HQ's fleet page sees it
    assert beat["last_error"].startswith("jam warn: leads failed 7 time(s) in a row (HTTP 200")
    assert syncer.sync_once().acked == 2  # HQ answers again: duplicates, settled
    assert _doctor(db, home, clock).status == "ok"
    assert {row["id"] for row in hq_server.store.iter_leads()} == set(ids)
    db.close()


def test_no_answer_from_hq_is_not_a_jam(hq_server: HQ, tmp_path: Path) -> None:
    home = tmp_path / "stand"
    db, _ids = enrolled_stand(home, hq_server, 1)
    with db.transaction() as conn:  # an address where nothing listens
        conn.execute("UPDATE sync_state SET hq_url = 'http://127.0.0.1:9' WHERE id = 1")
    clock = FakeClock()
    syncer = KioskSync(db, clock)
    for _ in range(20):
        clock.advance(TEN_MIN)
        with pytest.raises(HQUnavailable, match="unreachable"):
            syncer.sync_once()
    check = _doctor(db, home, clock)
    assert check.status == "ok"
    assert "20 failed attempt(s) in a row, last no answer" in check.detail
    assert "0 min online without progress" in check.detail
    db.close()


def test_sync_status_json_carries_the_jam(
    hq_server: HQ, home: Paths, capsys: pytest.CaptureFixture[str]
) -> None:
    db, _ids = enrolled_stand(home.home, hq_server, 2)
    break_lead_ingest(hq_server)
    with pytest.raises(HQUnavailable):
        KioskSync(db).sync_once()
    db.close()
    capsys.readouterr()
    assert kiosk_main(["sync", "status"]) == 0
    out = capsys.readouterr().out
    assert "jam ok: leads failed 1 time(s) in a row (HTTP 500: HQ busy or failing" in out
    assert kiosk_main(["sync", "status", "--json"]) == 0
    jam = json.loads(capsys.readouterr().out)["jam"]
    assert jam["worst_stream"] == "leads" and jam["pending_leads"] == 2
    assert jam["streams"]["leads"]["last_status"] == 500
    assert jam["streams"]["catalog"]["failures"] == 0


def test_a_step_that_breaks_mid_sync_leaves_what_the_streams_before_it_did(
    hq_server: HQ, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    home = tmp_path / "stand"
    db, _ids = enrolled_stand(home, hq_server, 2)
    clock = FakeClock()
    syncer = KioskSync(db, clock)
    syncer.sync_once()
    clock.advance(TEN_MIN)

    def broken(*_args: object) -> None:
        raise RuntimeError("a bug in the catalog pull")

    monkeypatch.setattr(KioskSync, "pull_catalog", broken)
    with pytest.raises(RuntimeError, match="a bug"):
        syncer.sync_once()
    status = enrollment.sync_status(db)
    assert (status["last_attempt"], status["last_success"]) == (
        "2026-02-13T09:10:00Z",
        "2026-02-13T09:00:00Z",
    )
    progress = {s.stream: s.last_progress_at for s in sync_state.jam_report(db, clock).streams}
    assert progress["leads"] == progress["sends"] == "2026-02-13T09:10:00Z"
    assert progress["heartbeat"] == "2026-02-13T09:00:00Z"  # not reached this time
    db.close()
