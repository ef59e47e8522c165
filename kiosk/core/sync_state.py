"""Per-stream sync health, and the jam report `doctor` and the staff console show.

Each sync stream (leads, erasures, catalog, analytics, heartbeat) keeps, in
``kiosk_settings`` under ``sync.stream.NAME``: consecutive failed attempts, the last HTTP
status and error text, the last attempt and the time of the last progress. A sync keeps its
streams' outcomes in a :class:`StreamLog` and writes them together.

A *jam* is HQ answering but a stream not moving. What counts is the time spent online
without progress: the gaps between consecutive failed attempts that HQ answered (an HTTP
status), each gap counted up to ``ONLINE_GAP_MAX_S`` — a laptop closed overnight, or a
network that is down, is not a jam. Thresholds come from the event profile (``[hq]``).
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, replace
from datetime import datetime, timedelta
from typing import Any, Literal

from kiosk.core import settings
from kiosk.core.db import KioskDB
from kiosk.core.lead_tables import WITH_STATE
from sync.contract.clock import SYSTEM_CLOCK, Clock, utc_iso

STREAMS = ("leads", "erasures", "sends", "catalog", "analytics", "heartbeat")
KEY_PREFIX = "sync.stream."
ERROR_MAX = 300
ONLINE_GAP_MAX_S = 1800.0  # above the scheduler's 10-minute backoff cap, well below a night
DEFAULT_WARN_AFTER = timedelta(hours=1)
DEFAULT_FAIL_AFTER = timedelta(hours=6)

JamStatus = Literal["ok", "warn", "fail"]


@dataclass(frozen=True)
class StreamState:
    """What the stand knows about one stream's recent attempts."""

    stream: str
    failures: int = 0
    last_status: int | None = None
    last_error: str = ""
    last_attempt_at: str | None = None
    last_progress_at: str | None = None
    stuck_online_s: float = 0.0

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True)
class JamReport:
    """The stand's sync health: the worst stream and the oldest lead still waiting."""

    status: JamStatus
    streams: tuple[StreamState, ...]
    pending_leads: int
    oldest_pending_at: str | None
    oldest_pending_age_s: float | None
    warn_after_s: float
    fail_after_s: float

    @property
    def worst(self) -> StreamState | None:
        """The stream stuck longest online (then the one with most failures), if any failed."""
        failing = [s for s in self.streams if s.failures]
        if not failing:
            return None
        return max(failing, key=lambda s: (s.stuck_online_s, s.failures))

    @property
    def stuck_online_s(self) -> float:
        worst = self.worst
        return worst.stuck_online_s if worst is not None else 0.0

    def as_dict(self) -> dict[str, Any]:
        worst = self.worst
        return {
            "status": self.status,
            "stuck_online_s": self.stuck_online_s,
            "worst_stream": worst.stream if worst is not None else None,
            "pending_leads": self.pending_leads,
            "oldest_pending_at": self.oldest_pending_at,
            "oldest_pending_age_s": self.oldest_pending_age_s,
            "warn_after_s": self.warn_after_s,
            "fail_after_s": self.fail_after_s,
            "streams": {s.stream: s.as_dict() for s in self.streams},
        }


def _check_stream(stream: str) -> None:
    if stream not in STREAMS:
        raise ValueError(f"unknown sync stream {stream!r} (one of {', '.join(STREAMS)})")


def stream_state(db: KioskDB, stream: str) -> StreamState:
    _check_stream(stream)
    stored = settings.get(db, KEY_PREFIX + stream) or {}
    known = {k: v for k, v in stored.items() if k in StreamState.__dataclass_fields__}
    return StreamState(**{**known, "stream": stream})


def _save(db: KioskDB, state: StreamState) -> None:
    values = state.as_dict()
    del values["stream"]
    settings.put(db, KEY_PREFIX + state.stream, values)


def _failed(before: StreamState, status: int | None, text: str, now: datetime) -> StreamState:
    """``before`` after one more failed attempt at ``now``."""
    stuck = before.stuck_online_s
    answered_before = before.failures > 0 and before.last_status is not None
    if status is not None and answered_before and before.last_attempt_at:
        gap = (now - _parse(before.last_attempt_at)).total_seconds()
        stuck += min(max(gap, 0.0), ONLINE_GAP_MAX_S)
    return replace(
        before,
        failures=before.failures + 1,
        last_status=status,
        last_error=text[:ERROR_MAX],
        last_attempt_at=utc_iso(now),
        stuck_online_s=stuck,
    )


class StreamLog:
    """The stream outcomes of one sync, kept here until :meth:`write` puts them all in the
    database in one commit (rather than one commit, and one wait for the disk, per stream).

    A crash before the write loses only these outcomes: the jam report then shows the
    streams as the last written sync left them, and the next sync records them anew."""

    def __init__(self, db: KioskDB, clock: Clock = SYSTEM_CLOCK) -> None:
        self.db = db
        self.clock = clock
        self._pending: dict[str, StreamState] = {}

    def state(self, stream: str) -> StreamState:
        """The stream as recorded so far, this sync's outcome included."""
        return self._pending.get(stream) or stream_state(self.db, stream)

    def failure(self, stream: str, status: int | None, text: str) -> StreamState:
        """One failed attempt; ``status`` is HQ's HTTP status, None when HQ did not answer."""
        after = _failed(self.state(stream), status, text, self.clock.now())
        self._pending[stream] = after
        return after

    def success(self, stream: str) -> StreamState:
        """The stream did its work (or had none to do): the jam, if any, is over."""
        _check_stream(stream)
        now = utc_iso(self.clock.now())
        after = StreamState(stream, last_attempt_at=now, last_progress_at=now)
        self._pending[stream] = after
        return after

    def write(self) -> None:
        """Every outcome kept so far, in one transaction (the caller's, if it has one)."""
        if not self._pending:
            return
        with self.db.transaction():
            for state in self._pending.values():
                _save(self.db, state)
        self._pending.clear()


def jam_report(
    db: KioskDB,
    clock: Clock = SYSTEM_CLOCK,
    *,
    warn_after: timedelta = DEFAULT_WARN_AFTER,
    fail_after: timedelta = DEFAULT_FAIL_AFTER,
) -> JamReport:
    """Every stream's state, the oldest pending lead, and ok / warn / fail."""
    streams = tuple(stream_state(db, name) for name in STREAMS)
    row = db.query(
        f"SELECT count(*) AS n, min(created_at) AS oldest FROM {WITH_STATE} "  # noqa: S608
        "WHERE status IN ('pending', 'sending')"
    )[0]
    oldest = row["oldest"]
    age = (clock.now() - _parse(oldest)).total_seconds() if oldest else None
    stuck = max((s.stuck_online_s for s in streams if s.failures), default=0.0)
    status: JamStatus = "ok"
    if stuck >= fail_after.total_seconds():
        status = "fail"
    elif stuck >= warn_after.total_seconds():
        status = "warn"
    return JamReport(
        status=status,
        streams=streams,
        pending_leads=int(row["n"] or 0),
        oldest_pending_at=oldest,
        oldest_pending_age_s=age,
        warn_after_s=warn_after.total_seconds(),
        fail_after_s=fail_after.total_seconds(),
    )


def jam_line(report: JamReport) -> str:
    """One English line for the terminal and HQ's fleet page; "" when no stream is failing."""
    worst = report.worst
    if worst is None:
        return ""
    answer = f"HTTP {worst.last_status}" if worst.last_status is not None else "no answer"
    line = (
        f"jam {report.status}: {worst.stream} failed {worst.failures} time(s) in a row "
        f"({answer}: {worst.last_error or '-'}), "
        f"{describe_age(report.stuck_online_s)} online without progress"
    )
    if report.pending_leads:
        line += f"; oldest pending lead {describe_age(report.oldest_pending_age_s)} old"
    return line


def _parse(stamp: str) -> datetime:
    return datetime.fromisoformat(stamp.replace("Z", "+00:00"))


def age_parts(seconds: float) -> tuple[int, int, int]:
    """Whole days, hours and minutes in ``seconds`` (for screens that word them)."""
    minutes = max(0, int(seconds // 60))
    hours, minutes = divmod(minutes, 60)
    days, hours = divmod(hours, 24)
    return days, hours, minutes


def describe_age(seconds: float | None) -> str:
    """A short duration for the terminal: '45 min', '3 h 05 min', '2 d 4 h'."""
    if seconds is None:
        return "-"
    days, hours, minutes = age_parts(seconds)
    if days:
        return f"{days} d {hours} h"
    if hours:
        return f"{hours} h {minutes:02d} min"
    return f"{minutes} min"
