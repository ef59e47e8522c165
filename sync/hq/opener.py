"""The background opener of the leads HQ holds sealed (after the stands' acks)."""

from __future__ import annotations

import contextlib
import logging
import threading
import time
from collections.abc import Iterator

from sync.contract.clock import Clock
from sync.hq import service
from sync.hq.keyring import HQKeys
from sync.hq.store import Store

log = logging.getLogger("sync.hq.api")
OPEN_WHEN_QUIET_S = 0.3  # the opener waits this long after the latest lead batch
OPEN_BATCH = 100  # leads the background opener opens per transaction


class InboxOpener:
    """Opens the leads held sealed, in the background once lead batches stop arriving (the
    stands' acks go first: opening shares the process and the database with them); one run
    per process at a time (a nudge during a run makes it go round once more). It opens in
    small batches, so a stand that starts pushing again waits for little."""

    def __init__(self, store: Store, keys: HQKeys, clock: Clock) -> None:
        self.store = store
        self.keys = keys
        self.clock = clock
        self._running = threading.Lock()
        self._again = threading.Event()
        self._state = threading.Lock()
        self._in_flight = 0  # lead batches being received or held right now
        self._busy_until = 0.0

    @contextlib.contextmanager
    def busy(self) -> Iterator[None]:
        """A lead batch is being held: the opener waits until a moment after the last one."""
        with self._state:
            self._in_flight += 1
        try:
            yield
        finally:
            with self._state:
                self._in_flight -= 1
                self._busy_until = time.monotonic() + OPEN_WHEN_QUIET_S

    def _quiet(self) -> bool:
        while True:
            with self._state:
                wait = max(self._busy_until - time.monotonic(), 0.0)
                if self._in_flight:
                    wait = max(wait, OPEN_WHEN_QUIET_S)
            if wait <= 0:
                return True
            time.sleep(wait)

    def run(self) -> None:
        self._again.set()
        while self._again.is_set():
            if not self._running.acquire(blocking=False):
                return  # the run in progress goes round again
            try:
                self._again.clear()
                service.open_inbox(self.store, self.keys, self.clock, OPEN_BATCH, go_on=self._quiet)
            except Exception as exc:  # the leads stay held; the next run tries again
                log.error("opening held leads failed: %s", type(exc).__name__)
                return
            finally:
                self._running.release()
