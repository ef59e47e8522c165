"""When the stand syncs: backoff with jitter, Retry-After, /health probes, nudges, revocation;
and the background thread against a real HQ."""

from __future__ import annotations

import random
import threading
from pathlib import Path

from kiosk.core.db import KioskDB
from kiosk.core.leads import save_lead
from kiosk.uplink.scheduler import MAX_DELAY_S, SyncScheduler, background_sync
from kiosk.uplink.transport import HQRefused, HQUnavailable
from sync.contract.errors import DatabaseLocked
from tests.support.kiosk_leads import visitor
from tests.sync.conftest import HQ
from tests.sync.stands import enrolled_stand


class ScriptedHQ:
    """A sync target whose outcomes are scripted: None = success, else the error raised."""

    def __init__(self, outcomes: list[Exception | None], healthy: bool = True) -> None:
        self.outcomes = outcomes
        self.is_healthy = healthy
        self.syncs = 0
        self.probes = 0

    def sync_once(self) -> None:
        self.syncs += 1
        outcome = self.outcomes.pop(0) if self.outcomes else None
        if outcome is not None:
            raise outcome

    def healthy(self) -> bool:
        self.probes += 1
        return self.is_healthy


def _scheduler(target: ScriptedHQ) -> SyncScheduler:
    return SyncScheduler(lambda: target, rng=random.Random(7), base_s=5, interval_s=60)


def test_failures_back_off_with_jitter_up_to_ten_minutes_and_reset_on_success() -> None:
    target = ScriptedHQ([HQUnavailable("down")] * 12)
    scheduler = _scheduler(target)
    delays = [scheduler.step() for _ in range(12)]
    ceilings = [min(MAX_DELAY_S, 5 * 2**n) for n in range(12)]
    assert all(c / 2 <= d <= c for d, c in zip(delays, ceilings, strict=True))
    assert max(delays) <= MAX_DELAY_S and delays[-1] >= MAX_DELAY_S / 2
    assert scheduler.step() == 60  # back online: the regular interval
    assert scheduler.state.failures == 0
    again = scheduler.backoff_delay()
    assert again <= 5


def test_retry_after_from_hq_is_honoured() -> None:
    scheduler = _scheduler(ScriptedHQ([HQUnavailable("busy", retry_after=120)]))
    assert scheduler.step() >= 120


def test_while_offline_only_health_is_probed_until_hq_answers() -> None:
    target = ScriptedHQ([HQUnavailable("no network")], healthy=False)
    scheduler = _scheduler(target)
    scheduler.step()
    scheduler.step()
    scheduler.step()
    assert target.syncs == 1 and target.probes == 2
    target.is_healthy = True
    assert scheduler.step() == 60
    assert target.syncs == 2 and not scheduler.state.offline


def test_a_local_error_backs_off_without_probing() -> None:
    target = ScriptedHQ([DatabaseLocked("busy"), None])
    scheduler = _scheduler(target)
    assert scheduler.step() <= 5
    assert target.probes == 0
    assert scheduler.step() == 60


def test_a_revoked_kiosk_stops_until_nudged() -> None:
    target = ScriptedHQ([HQRefused("revoked")])
    scheduler = _scheduler(target)
    scheduler.step()
    assert scheduler.state.stopped_by_hq
    scheduler.nudge()
    assert not scheduler.state.stopped_by_hq


def test_nudge_wakes_the_background_thread_at_once() -> None:
    waits: list[float] = []
    first, second = threading.Event(), threading.Event()

    def wait(event: threading.Event, seconds: float) -> bool:
        waits.append(seconds)
        return event.wait(30)  # only a nudge (or stop) ends this wait

    class Counting(ScriptedHQ):
        def sync_once(self) -> None:
            super().sync_once()
            (first if self.syncs == 1 else second).set()

    target = Counting([])
    scheduler = SyncScheduler(lambda: target, wait=wait, interval_s=3600)
    scheduler.start()
    try:
        assert first.wait(30)  # a sync at start
        scheduler.nudge()  # a lead was saved
        assert second.wait(30)
        assert waits[0] == 3600
    finally:
        scheduler.stop()


def test_a_lead_saved_on_the_stand_reaches_hq_in_the_background(
    hq_server: HQ, tmp_path: Path
) -> None:
    db, ids = enrolled_stand(tmp_path / "stand", hq_server, 2)
    scheduler = background_sync(db.path, interval_s=3600)
    try:
        from kiosk.core.config import Paths, active_event_profile

        event = active_event_profile(Paths(tmp_path / "stand"))
        new_id = save_lead(db, visitor(77), event=event).id
        scheduler.nudge()
        done = threading.Event()
        for _ in range(300):
            if hq_server.store.count_leads() == 3:
                break
            done.wait(0.1)
        held = {row["id"] for row in hq_server.store.iter_leads()}
        assert held == {*ids, new_id}
    finally:
        scheduler.stop()
    check = KioskDB(db.path)
    try:
        assert check.scalar("SELECT count(*) FROM lead_sync WHERE status = 'acked'") == 3
    finally:
        check.close()
