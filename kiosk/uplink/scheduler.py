"""When to sync: in the background, right after each new lead, and with patience when offline.

- Online: a sync every ``interval_s`` and at once after ``nudge()`` (called when a lead is
  saved).
- A failure: exponential backoff with equal jitter (``base_s`` doubling, capped at
  ``cap_s`` = 10 minutes), never shorter than HQ's Retry-After; reset on success.
- Offline (network errors): each attempt first probes ``/health``; a full sync only runs
  once HQ answers.
- HQ refused the token (revoked / not enrolled): no more attempts until ``nudge()`` after a
  new enrollment.

The background thread opens its own database connection (``make_target`` runs in it) and
never touches the UI; ``step()`` is one attempt, testable without threads or sleeping.
"""

from __future__ import annotations

import logging
import random
import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from kiosk.uplink.transport import HQRefused, HQUnavailable
from sync.contract.clock import SYSTEM_CLOCK, Clock
from sync.contract.errors import OmraneError

log = logging.getLogger(__name__)

BASE_DELAY_S = 5.0
MAX_DELAY_S = 600.0
ONLINE_INTERVAL_S = 60.0


class SyncTarget(Protocol):
    def sync_once(self) -> object: ...

    def healthy(self) -> bool: ...


@dataclass
class SchedulerState:
    failures: int = 0
    offline: bool = False
    stopped_by_hq: bool = False
    last_delay_s: float = 0.0


class SyncScheduler:
    def __init__(
        self,
        make_target: Callable[[], SyncTarget],
        *,
        clock: Clock = SYSTEM_CLOCK,
        rng: random.Random | None = None,
        base_s: float = BASE_DELAY_S,
        cap_s: float = MAX_DELAY_S,
        interval_s: float = ONLINE_INTERVAL_S,
        wait: Callable[[threading.Event, float], bool] | None = None,
        on_done: Callable[[], None] | None = None,
    ) -> None:
        self._make_target = make_target
        self._target: SyncTarget | None = None
        self.clock = clock
        self.rng = rng or random.Random()
        self.base_s = base_s
        self.cap_s = cap_s
        self.interval_s = interval_s
        self.state = SchedulerState()
        self._wait = wait or (lambda event, seconds: event.wait(seconds))
        self._on_done = on_done
        self._wake = threading.Event()
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None

    # ---- one attempt ------------------------------------------------------------------

    @property
    def target(self) -> SyncTarget:
        if self._target is None:
            self._target = self._make_target()
        return self._target

    def backoff_delay(self, retry_after: float | None = None) -> float:
        """Equal jitter: uniform in [ceiling/2, ceiling], ceiling doubling up to the cap (never
        less than half the ceiling, unlike full jitter's [0, ceiling])."""
        ceiling = min(self.cap_s, self.base_s * 2 ** max(0, self.state.failures - 1))
        delay = self.rng.uniform(ceiling / 2, ceiling)
        if retry_after is not None:
            delay = max(delay, retry_after)
        return delay

    def step(self) -> float:
        """Try once (a /health probe first when offline); return seconds until the next try."""
        if self.state.offline and not self.target.healthy():
            return self._failed(None)
        try:
            self.target.sync_once()
        except HQRefused as exc:
            log.warning("sync stopped: %s", exc.message)
            self.state.stopped_by_hq = True
            return self._remember(self.cap_s)
        except HQUnavailable as exc:
            self.state.offline = True
            log.info("HQ not reachable: %s", exc.message)
            return self._failed(exc.retry_after)
        except OmraneError as exc:
            log.warning("sync failed: %s", exc.message)
            return self._failed(None)
        self.state = SchedulerState()
        return self._remember(self.interval_s)

    def _failed(self, retry_after: float | None) -> float:
        self.state.failures += 1
        return self._remember(self.backoff_delay(retry_after))

    def _remember(self, delay: float) -> float:
        self.state.last_delay_s = delay
        return delay

    # ---- background thread ------------------------------------------------------------

    def nudge(self) -> None:
        """Sync now (a lead was just saved, or the stand was enrolled again)."""
        self.state.stopped_by_hq = False
        self._wake.set()

    def start(self) -> threading.Thread:
        if self._thread is not None and self._thread.is_alive():
            return self._thread
        self._stop.clear()
        self._thread = threading.Thread(target=self._run, name="omrane-sync", daemon=True)
        self._thread.start()
        return self._thread

    def stop(self, timeout: float = 10.0) -> None:
        self._stop.set()
        self._wake.set()
        if self._thread is not None:
            self._thread.join(timeout)

    def _run(self) -> None:
        delay = 0.0
        try:
            while not self._stop.is_set():
                if delay > 0:
                    self._wait(self._wake, delay)
                self._wake.clear()
                if self._stop.is_set():
                    break
                if self.state.stopped_by_hq:
                    delay = self.cap_s
                    continue
                delay = self.step()
        finally:
            if self._on_done is not None:
                self._on_done()


def background_sync(
    database: Path, clock: Clock = SYSTEM_CLOCK, *, interval_s: float = ONLINE_INTERVAL_S
) -> SyncScheduler:
    """A started scheduler syncing the kiosk database at ``database`` in its own thread.

    Call ``.nudge()`` after saving a lead and ``.stop()`` when the app quits.
    """
    from kiosk.core.db import KioskDB
    from kiosk.uplink.client import KioskSync

    opened: list[KioskDB] = []

    def make_target() -> KioskSync:
        db = KioskDB(database)
        opened.append(db)
        return KioskSync(db, clock)

    def close() -> None:
        for db in opened:
            db.close()

    scheduler = SyncScheduler(make_target, clock=clock, interval_s=interval_s, on_done=close)
    scheduler.start()
    return scheduler
