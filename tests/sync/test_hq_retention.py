"""HQ retention: leads go after their notice's period, traces after 30 days, daily in the
running service; on SQLite and on a real PostgreSQL."""

from __future__ import annotations

import json
import random
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import Engine, func, insert, select

from sync.contract.clock import FakeClock
from sync.contract.errors import ConfigError
from sync.hq import erasure, retention
from sync.hq.app import create_app
from sync.hq.console.audit import audit_log
from sync.hq.console.history import lead_history
from sync.hq.console.throttle import signin_throttle
from sync.hq.leads import hq_leads
from sync.hq.store import Store
from tests.support.servers import uvicorn_thread
from tests.sync.conftest import make_hq
from tests.sync.console.leadgen import insert_leads, lead_row

NOW = datetime(2029, 6, 1, 12, tzinfo=UTC)
POLICY = retention.RetentionPolicy(notice_months={"2025-short": 12})


def _lead(n: int, created: datetime, notice: str) -> dict[str, object]:
    stamp = created.strftime("%Y-%m-%dT%H:%M:%SZ")
    return lead_row(
        random.Random(n), n, created, created_at=stamp, consent_at=stamp, notice_version=notice
    )


def _old_and_new(engine: Engine) -> dict[str, str]:
    rows = {
        "old_36": _lead(1, datetime(2026, 5, 1, tzinfo=UTC), "2026-01"),  # 37 months: goes
        "kept_36": _lead(2, datetime(2026, 7, 1, tzinfo=UTC), "2026-01"),  # 35 months: stays
        "old_12": _lead(3, datetime(2028, 5, 1, tzinfo=UTC), "2025-short"),  # 13 months: goes
        "kept_12": _lead(4, datetime(2028, 7, 1, tzinfo=UTC), "2025-short"),
    }
    insert_leads(engine, list(rows.values()))
    return {name: str(row["id"]) for name, row in rows.items()}


def _traces(engine: Engine) -> None:
    with engine.begin() as conn:
        for at in ("2029-04-01T10:00:00Z", "2029-05-25T10:00:00Z"):
            detail = json.dumps({"filter": {"q": "Bennani", "event": "paris"}, "leads": 3})
            conn.execute(insert(audit_log).values(at=at, action="exported", detail=detail))
            conn.execute(
                insert(signin_throttle).values(key=f"ip:{at}", failures=3, window_start=at)
            )


def _ids(engine: Engine) -> set[str]:
    with engine.connect() as conn:
        return {str(i) for i in conn.execute(select(hq_leads.c.id)).scalars()}


def test_purge_follows_each_notice_and_forgets_old_traces(store_url: str, tmp_path: Path) -> None:
    store, _settings, keys = make_hq(tmp_path, store_url)
    engine = store.engine
    ids = _old_and_new(engine)
    with engine.begin() as conn:
        conn.execute(insert(lead_history).values(lead_id=ids["old_36"], at="x", kind="note"))
    _traces(engine)
    clock = FakeClock(NOW)
    erasure.erase(engine, keys.phone_key, lead_ids=["gone-1"], by="t", source="cli", clock=clock)
    preview = retention.purge(engine, POLICY, clock, dry_run=True)
    assert (preview.leads, preview.by_notice) == (2, {"2026-01": 1, "2025-short": 1})
    assert preview.search_terms == 1 and len(_ids(engine)) == 4
    report = retention.purge(engine, POLICY, clock, by="dpo")
    assert report.leads == 2 and report.rows == 3 and report.throttle_entries == 1
    assert _ids(engine) == {ids["kept_36"], ids["kept_12"]}
    with engine.connect() as conn:
        details = [str(d) for d in conn.execute(select(audit_log.c.detail)).scalars()]
        throttled = conn.execute(select(func.count()).select_from(signin_throttle)).scalar()
        history = conn.execute(select(func.count()).select_from(lead_history)).scalar()
    assert sum("Bennani" in d for d in details) == 1  # the 7-day-old search term stays
    assert throttled == 1 and history == 0
    # a purged lead cannot come back from a stand; tombstones expire after the longest period
    with engine.connect() as conn:
        stones = erasure.erased_leads(conn, [(ids["old_36"], "", "2026-05-01T00:00:00Z")])
    assert stones == {ids["old_36"]}
    clock.advance(37 * 31 * 86400)
    assert retention.purge(engine, POLICY, clock).tombstones >= 1
    store.dispose()


def test_the_daily_purge_runs_once_a_day(tmp_path: Path) -> None:
    store, _settings, _keys = make_hq(tmp_path, f"sqlite:///{tmp_path / 'hq.db'}")
    ids = _old_and_new(store.engine)
    clock = FakeClock(NOW)
    daily = retention.DailyPurge(store.engine, POLICY, clock)
    first = daily.run_if_due()
    assert first is not None and first.leads == 2
    clock.advance(3600)
    assert daily.run_if_due() is None
    clock.advance(86400)
    assert daily.run_if_due() is not None
    assert ids["kept_36"] in _ids(store.engine)
    store.dispose()


def test_workers_checking_at_once_purge_once(store_url: str, tmp_path: Path) -> None:
    """Four HQ workers find the purge due at the same moment: one runs it, one audit line."""
    store, _settings, _keys = make_hq(tmp_path, store_url)
    _old_and_new(store.engine)
    clock = FakeClock(NOW)
    workers = [retention.DailyPurge(store.engine, POLICY, clock) for _ in range(4)]
    start = threading.Barrier(len(workers))

    def check(daily: retention.DailyPurge) -> retention.PurgeReport | None:
        start.wait(10)
        return daily.run_if_due()

    with ThreadPoolExecutor(len(workers)) as pool:
        reports = list(pool.map(check, workers))
    ran = [r for r in reports if r is not None]
    assert len(ran) == 1 and ran[0].leads == 2
    with store.engine.connect() as conn:
        purges = conn.execute(
            select(func.count())
            .select_from(audit_log)
            .where(audit_log.c.action == "retention_purge")
        ).scalar()
    assert purges == 1
    clock.advance(86400)  # the next day, one of them runs it again
    assert sum(w.run_if_due() is not None for w in workers) == 1
    store.dispose()


def test_the_running_service_purges_on_its_own(tmp_path: Path) -> None:
    store, settings, _keys = make_hq(tmp_path, f"sqlite:///{tmp_path / 'hq.db'}")
    settings.retention_file.write_text(json.dumps({"notice_months": {"2025-short": 12}}))
    ids = _old_and_new(store.engine)
    app = create_app(Store(store.url), settings, clock=FakeClock(NOW))
    with uvicorn_thread(app, lifespan="on"):
        deadline = time.monotonic() + 15
        while len(_ids(store.engine)) > 2 and time.monotonic() < deadline:
            time.sleep(0.05)
    assert _ids(store.engine) == {ids["kept_36"], ids["kept_12"]}
    store.dispose()


def test_a_policy_keeping_traces_longer_than_30_days_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "retention.json"
    path.write_text(json.dumps({"search_term_days": 90}))
    with pytest.raises(ConfigError, match="30 days"):
        retention.RetentionPolicy.load(path)
    path.write_text(json.dumps({"default_months": 24, "notice_months": {"2027-01": 18}}))
    loaded = retention.RetentionPolicy.load(path)
    assert loaded.months_for("2027-01") == 18 and loaded.months_for("2026-01") == 24
