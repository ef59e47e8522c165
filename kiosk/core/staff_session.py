"""A staff console session: the staff private key kept in memory after the PIN, forgotten
after a short idle time (2 minutes by default) or on lock. Measured with the injected clock."""

from __future__ import annotations

import nacl.public

from kiosk.core import staff
from kiosk.core.db import KioskDB
from sync.contract.clock import SYSTEM_CLOCK, Clock
from sync.contract.errors import AuthError

IDLE_LOCK_S = 120.0


class StaffSession:
    def __init__(
        self, db: KioskDB, clock: Clock = SYSTEM_CLOCK, idle_lock_s: float = IDLE_LOCK_S
    ) -> None:
        self.db = db
        self.clock = clock
        self.idle_lock_s = idle_lock_s
        self._key: nacl.public.PrivateKey | None = None
        self._last_activity = 0.0

    def unlock(self, pin: str) -> None:
        """Open the session; ``AuthError`` for a wrong PIN or while the wrong-PIN wait runs."""
        self._key = staff.unlock_staff_key(self.db, pin, self.clock)
        self._last_activity = self.clock.monotonic()

    @property
    def is_unlocked(self) -> bool:
        if self._key is not None and self.idle_seconds() >= self.idle_lock_s:
            self.lock()
        return self._key is not None

    def idle_seconds(self) -> float:
        return self.clock.monotonic() - self._last_activity

    def touch(self) -> None:
        """Staff did something: restart the idle countdown (no effect once locked)."""
        if self.is_unlocked:
            self._last_activity = self.clock.monotonic()

    def key(self) -> nacl.public.PrivateKey:
        """The staff private key for this action; ``AuthError`` once the session locked."""
        if not self.is_unlocked or self._key is None:
            raise AuthError("the staff console is locked: enter the PIN", key="error.auth.locked")
        self._last_activity = self.clock.monotonic()
        return self._key

    def lock(self) -> None:
        self._key = None
