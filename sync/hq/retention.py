"""HQ retention: leads leave after the period their notice promised; traces of use after 30 days.

Each lead was given a privacy notice (``notice_version``) that states how long it is kept:
36 months today. The months per notice version live in configuration — ``retention.json`` in
the HQ folder, e.g. ``{"default_months": 36, "notice_months": {"2026-01": 36}}`` — so a
future notice with another period is honoured lead by lead. The purge also drops free-text
search terms from the audit log and sign-in throttle entries after ``search_term_days`` /
``throttle_days`` (30), and erasure tombstones once no lead they guard can still exist
anywhere (the longest period plus a month).

``DailyPurge`` runs the purge once a day inside the running service (clock injected).
"""

from __future__ import annotations

import asyncio
import json
import logging
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from datetime import timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, select

from sync.contract.clock import Clock, utc_iso
from sync.contract.errors import ConfigError
from sync.hq import erasure
from sync.hq.console import audit, state, throttle
from sync.hq.leads import hq_leads
from sync.hq.takeaway import sending

log = logging.getLogger(__name__)

DAYS_PER_MONTH = 30.44  # as on the stands
LAST_RUN_KEY = "retention.last_purge"
CLAIMED_DAY_KEY = "retention.claimed_day"  # the UTC day a worker took the daily purge
CHECK_EVERY_S = 3600.0


@dataclass(frozen=True)
class RetentionPolicy:
    default_months: int = 36
    notice_months: Mapping[str, int] = field(default_factory=dict)
    search_term_days: int = 30
    throttle_days: int = 30
    settled_send_days: int = 30  # "send me my selection": kept this long once sent or failed

    def months_for(self, notice_version: str) -> int:
        return int(self.notice_months.get(notice_version, self.default_months))

    @property
    def longest_months(self) -> int:
        return max([self.default_months, *self.notice_months.values()])

    @classmethod
    def load(cls, path: Path) -> RetentionPolicy:
        """The policy in ``path`` (JSON), or the defaults when there is no such file."""
        try:
            raw = json.loads(path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return cls()
        except ValueError as exc:
            raise ConfigError(f"{path} is not valid JSON: {exc}") from exc
        try:
            policy = cls(
                default_months=int(raw.get("default_months", 36)),
                notice_months={str(k): int(v) for k, v in raw.get("notice_months", {}).items()},
                search_term_days=int(raw.get("search_term_days", 30)),
                throttle_days=int(raw.get("throttle_days", 30)),
                settled_send_days=int(raw.get("settled_send_days", 30)),
            )
        except (AttributeError, TypeError, ValueError) as exc:
            raise ConfigError(f"{path}: months and days must be whole numbers") from exc
        months = [policy.default_months, *policy.notice_months.values()]
        days = [policy.search_term_days, policy.throttle_days, policy.settled_send_days]
        if min(months) < 1 or min(days) < 1 or max(days) > 30:
            raise ConfigError(f"{path}: months at least 1; traces kept 1 to 30 days")
        return policy


@dataclass(frozen=True)
class PurgeReport:
    """What a purge removes (or, with ``dry_run``, would remove). No personal data."""

    leads: int = 0
    by_notice: dict[str, int] = field(default_factory=dict)
    oldest: str | None = None
    newest: str | None = None
    rows: int = 0
    search_terms: int = 0
    throttle_entries: int = 0
    tombstones: int = 0
    dry_run: bool = True


def _ago(clock: Clock, days: float) -> str:
    return utc_iso(clock.now() - timedelta(days=days))


def _due_leads(conn: Connection, policy: RetentionPolicy, clock: Clock) -> list[Any]:
    c = hq_leads.c
    versions = [str(v) for v in conn.execute(select(c.notice_version).distinct()).scalars()]
    due: list[Any] = []
    for version in versions:
        cutoff = _ago(clock, policy.months_for(version) * DAYS_PER_MONTH)
        due += conn.execute(
            select(c.id, c.notice_version, c.created_at).where(
                c.notice_version == version, c.created_at < cutoff
            )
        ).all()
    return due


def purge(
    engine: Engine, policy: RetentionPolicy, clock: Clock, *, dry_run: bool = False, by: str = ""
) -> PurgeReport:
    """Delete what is past its period (leads with their history, traces, old tombstones)."""
    with engine.begin() as conn:
        due = _due_leads(conn, policy, clock)
        terms = audit.search_terms_before(conn, _ago(clock, policy.search_term_days))
        report = PurgeReport(
            leads=len(due),
            by_notice=dict(Counter(str(r.notice_version) for r in due)),
            oldest=min((str(r.created_at) for r in due), default=None),
            newest=max((str(r.created_at) for r in due), default=None),
            search_terms=len(terms),
            dry_run=dry_run,
        )
        if dry_run:
            return report
        report = _delete(conn, report, [str(r.id) for r in due], terms, policy, clock)
        _audit(conn, report, by, utc_iso(clock.now()))
    if report.leads or report.search_terms:
        erasure.compact(engine)
    log.info("retention purge leads=%d rows=%d", report.leads, report.rows)
    return report


def _delete(
    conn: Connection,
    report: PurgeReport,
    ids: list[str],
    terms: list[Any],
    policy: RetentionPolicy,
    clock: Clock,
) -> PurgeReport:
    rows = erasure.delete_leads(conn, ids)
    rows += sending.purge_settled(conn, _ago(clock, policy.settled_send_days))
    # a purged lead must not come back from a stand's old backup either
    erasure.add_tombstones(conn, ids, utc_iso(clock.now()), "retention", "retention")
    audit.forget_search_terms(conn, terms)
    dropped = throttle.forget_throttle_before(conn, _ago(clock, policy.throttle_days))
    stone_cutoff = _ago(clock, (policy.longest_months + 1) * DAYS_PER_MONTH)
    expired = erasure.expire_tombstones(conn, stone_cutoff)
    return replace(report, rows=rows, throttle_entries=dropped, tombstones=expired)


def _audit(conn: Connection, report: PurgeReport, by: str, now: str) -> None:
    counts = {
        "leads": report.leads,
        "rows": report.rows,
        "search_terms": report.search_terms,
        "throttle_entries": report.throttle_entries,
        "tombstones": report.tombstones,
    }
    audit.record_by(conn, now, by, "retention_purge", counts)
    _set_last_run(conn, now)


def _last_run(conn: Connection) -> str | None:
    return state.get(conn, LAST_RUN_KEY)


def _set_last_run(conn: Connection, at: str) -> None:
    state.put(conn, LAST_RUN_KEY, at)


class DailyPurge:
    """The purge once a UTC day in the running service (several workers: the first one due)."""

    def __init__(self, engine: Engine, policy: RetentionPolicy, clock: Clock) -> None:
        self.engine = engine
        self.policy = policy
        self.clock = clock

    def run_if_due(self) -> PurgeReport | None:
        """The purge, when no worker has run it today yet (the day is claimed first)."""
        today = utc_iso(self.clock.now())[:10]
        with self.engine.begin() as conn:
            last = _last_run(conn)
            if last is not None and last[:10] >= today:
                return None
            if not state.advance(conn, CLAIMED_DAY_KEY, today):
                return None
        try:
            return purge(self.engine, self.policy, self.clock, by="daily purge")
        except Exception:
            with self.engine.begin() as conn:  # let the next check (or worker) try again
                state.put(conn, CLAIMED_DAY_KEY, (last or "")[:10])
            raise

    async def run_forever(self, every_s: float = CHECK_EVERY_S) -> None:
        while True:
            try:
                await asyncio.to_thread(self.run_if_due)
            except Exception:
                log.exception("daily retention purge failed")
            await asyncio.sleep(every_s)
