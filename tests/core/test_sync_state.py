"""Per-stream sync health and the jam report, on a real kiosk database and a fake clock."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest

from kiosk.core import resources, sync_state
from kiosk.core.config import HQ, load_event_profile
from kiosk.core.db import KioskDB
from sync.contract.clock import FakeClock
from tests.support.kiosk_leads import kiosk_with_leads

TEN_MIN = 600


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def db(tmp_path: Path) -> Iterator[KioskDB]:
    with KioskDB(tmp_path / "kiosk.db") as opened:
        yield opened


def _fail_every(
    db: KioskDB, clock: FakeClock, times: int, every_s: float, status: int | None
) -> None:
    for _ in range(times):
        _failure(db, clock, "leads", status, "HQ busy or failing")
        clock.advance(every_s)


def _failure(
    db: KioskDB, clock: FakeClock, stream: str, status: int | None, text: str
) -> sync_state.StreamState:
    """One sync's failed attempt at ``stream``, written as a sync writes it."""
    log = sync_state.StreamLog(db, clock)
    state = log.failure(stream, status, text)
    log.write()
    return state


def test_a_fresh_stand_has_no_jam(db: KioskDB, clock: FakeClock) -> None:
    report = sync_state.jam_report(db, clock)
    assert report.status == "ok" and report.worst is None
    assert [s.stream for s in report.streams] == list(sync_state.STREAMS)
    assert report.pending_leads == 0 and report.oldest_pending_age_s is None


def test_failures_are_counted_with_the_last_status_and_text(db: KioskDB, clock: FakeClock) -> None:
    _failure(db, clock, "catalog", 503, "HQ busy")
    clock.advance(60)
    state = _failure(db, clock, "catalog", 500, "bind parameter")
    assert (state.failures, state.last_status, state.last_error) == (2, 500, "bind parameter")
    assert state.last_attempt_at == "2026-02-13T09:01:00Z"
    assert sync_state.stream_state(db, "catalog") == state
    assert sync_state.stream_state(db, "leads").failures == 0  # streams are apart


def test_an_hour_online_without_progress_warns_and_six_hours_fail(
    db: KioskDB, clock: FakeClock
) -> None:
    _fail_every(db, clock, 6, TEN_MIN, 500)  # 50 minutes between the first and the sixth
    assert sync_state.jam_report(db, clock).status == "ok"
    _fail_every(db, clock, 1, TEN_MIN, 500)
    report = sync_state.jam_report(db, clock)
    assert report.status == "warn" and report.stuck_online_s == 3600
    assert report.worst is not None and report.worst.stream == "leads"
    _fail_every(db, clock, 30, TEN_MIN, 500)
    assert sync_state.jam_report(db, clock).status == "fail"


def test_time_offline_or_switched_off_is_not_a_jam(db: KioskDB, clock: FakeClock) -> None:
    _fail_every(db, clock, 3, TEN_MIN, None)  # no answer: the network is down
    _fail_every(db, clock, 1, 12 * 3600, 500)  # then a night with the laptop closed
    _failure(db, clock, "leads", 500, "HQ busy")
    report = sync_state.jam_report(db, clock)
    assert report.stuck_online_s == sync_state.ONLINE_GAP_MAX_S  # the night counts 30 min
    assert report.status == "ok" and report.worst is not None and report.worst.failures == 5


def test_progress_ends_the_jam(db: KioskDB, clock: FakeClock) -> None:
    _fail_every(db, clock, 8, TEN_MIN, 500)
    assert sync_state.jam_report(db, clock).status == "warn"
    log = sync_state.StreamLog(db, clock)
    log.success("leads")
    log.write()
    report = sync_state.jam_report(db, clock)
    assert report.status == "ok" and report.worst is None
    leads = sync_state.stream_state(db, "leads")
    assert leads.failures == 0 and leads.last_progress_at == "2026-02-13T10:20:00Z"


def test_thresholds_come_from_the_event_profile(db: KioskDB, clock: FakeClock) -> None:
    shipped = load_event_profile(resources.data() / "events" / "paris-2026.toml").hq
    assert (shipped.jam_warn_after, shipped.jam_fail_after) == (
        sync_state.DEFAULT_WARN_AFTER,
        sync_state.DEFAULT_FAIL_AFTER,
    )
    hq = HQ(jam_warn_after_min=10, jam_fail_after_min=20)
    _fail_every(db, clock, 2, TEN_MIN, 500)
    limits = {"warn_after": hq.jam_warn_after, "fail_after": hq.jam_fail_after}
    assert sync_state.jam_report(db, clock, **limits).status == "warn"
    _fail_every(db, clock, 1, TEN_MIN, 500)
    assert sync_state.jam_report(db, clock, **limits).status == "fail"
    with pytest.raises(ValueError, match="shorter"):
        HQ(jam_warn_after_min=30, jam_fail_after_min=20)


def test_the_oldest_pending_lead_is_reported(tmp_path: Path, clock: FakeClock) -> None:
    db, ids, _event = kiosk_with_leads(tmp_path / "kiosk", None, 3, clock)
    clock.advance(2 * 3600)
    report = sync_state.jam_report(db, clock)
    assert report.pending_leads == 3
    assert report.oldest_pending_at == "2026-02-13T09:00:01Z"
    assert report.oldest_pending_age_s == pytest.approx(2 * 3600 + 2)
    assert report.as_dict()["oldest_pending_age_s"] == report.oldest_pending_age_s
    with db.transaction() as conn:
        conn.execute("UPDATE lead_sync SET status = 'acked' WHERE lead_id = ?", (ids[0],))
    assert sync_state.jam_report(db, clock).oldest_pending_at == "2026-02-13T09:00:02Z"
    db.close()


def test_an_unknown_stream_is_a_programming_error(db: KioskDB, clock: FakeClock) -> None:
    with pytest.raises(ValueError, match="unknown sync stream"):
        sync_state.StreamLog(db, clock).failure("printer", None, "")


@pytest.mark.parametrize(
    ("seconds", "text"),
    [(59, "0 min"), (45 * 60, "45 min"), (3 * 3600 + 5 * 60, "3 h 05 min"), (52 * 3600, "2 d 4 h")],
)
def test_ages_read_well(seconds: float, text: str) -> None:
    assert sync_state.describe_age(seconds) == text


def test_long_errors_are_cut(db: KioskDB, clock: FakeClock) -> None:
    state = _failure(db, clock, "heartbeat", 500, "x" * 5000)
    assert len(state.last_error) == sync_state.ERROR_MAX
    assert timedelta(seconds=state.stuck_online_s) == timedelta(0)


def test_a_sync_writes_its_streams_outcomes_together(db: KioskDB, clock: FakeClock) -> None:
    _failure(db, clock, "catalog", 503, "HQ busy")
    clock.advance(TEN_MIN)
    log = sync_state.StreamLog(db, clock)
    log.success("leads")
    log.failure("catalog", 500, "bind parameter")
    assert log.state("catalog").failures == 2
    assert sync_state.stream_state(db, "catalog").failures == 1  # written at the end
    log.write()
    catalog = sync_state.stream_state(db, "catalog")
    assert (catalog.failures, catalog.stuck_online_s) == (2, TEN_MIN)
    assert sync_state.stream_state(db, "leads").last_progress_at == "2026-02-13T09:10:00Z"
