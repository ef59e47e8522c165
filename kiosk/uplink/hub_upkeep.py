"""A joined kiosk's upkeep with its stand hub, in a background thread (its own database
connection): tickets issued while the hub was away reach it, leases stay topped up, and the
kiosk's state (outbox, catalog version, printer, last sync) feeds the hub's stand view."""

from __future__ import annotations

import logging
import threading
from pathlib import Path

from kiosk.core import enrollment
from kiosk.core.config import EventProfile, Paths
from kiosk.core.db import KioskDB
from kiosk.core.printing import PrintQueue
from kiosk.uplink.client import heartbeat_of
from kiosk.uplink.hub_link import HubLink, reconcile
from sync.contract.clock import SYSTEM_CLOCK, Clock
from sync.contract.errors import AuthError, NetworkError

log = logging.getLogger(__name__)


def beat(db: KioskDB, link: HubLink, clock: Clock = SYSTEM_CLOCK) -> None:
    """Tell the hub how this kiosk is (nothing personal: counts, versions, times)."""
    status = enrollment.sync_status(db)
    body = {
        "heartbeat": heartbeat_of(db, clock).model_dump(),
        "last_sync": status["last_success"],
        "enrolled": bool(status["enrolled"]),
        "print_jobs": PrintQueue(db, Paths(db.path.parent), clock).open_counts(),
    }
    link.call("POST", "/heartbeat", json=body)


class HubUpkeep:
    """A background thread (its own database connection) that reconciles with the hub every
    ``interval_s``: tickets issued while it was away reach it, leases stay topped up."""

    def __init__(
        self,
        database: Path,
        event: EventProfile,
        clock: Clock = SYSTEM_CLOCK,
        interval_s: float = 30.0,
    ) -> None:
        self.database, self.event, self.clock, self.interval_s = database, event, clock, interval_s
        self._stop = threading.Event()
        self._wake = threading.Event()
        self._thread = threading.Thread(target=self._run, name="hub-upkeep", daemon=True)

    def start(self) -> None:
        self._thread.start()

    def nudge(self) -> None:
        """Now rather than at the next round (a lead was just saved: its card goes)."""
        self._wake.set()

    def stop(self, timeout: float = 5.0) -> None:
        self._stop.set()
        self._wake.set()
        if self._thread.is_alive():
            self._thread.join(timeout)

    def _run(self) -> None:
        db = KioskDB(self.database)
        try:
            while not self._stop.is_set():
                link = HubLink.from_settings(db)
                if link is not None:
                    try:
                        reconcile(db, link, self.event, self.clock)
                        beat(db, link, self.clock)
                    except (NetworkError, AuthError) as exc:
                        log.info("stand hub upkeep: %s", exc.message)
                    finally:
                        link.close()
                self._wake.wait(self.interval_s)
                self._wake.clear()
        finally:
            db.close()
