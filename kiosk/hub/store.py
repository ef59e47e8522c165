"""The stand hub's own SQLite file: paired kiosks, the pairing code, the stand's desk counters
and queue. Nothing personal is kept in clear here (tickets hold a desk, a number, times and at
most a lead id); sealed envelopes passing through and the visitors' desk cards
(``kiosk.hub.cards``) are stored as the sealed bytes they are.

One connection guarded by a lock: the hub's request handlers run on a thread pool and every
write is one short ``BEGIN IMMEDIATE`` transaction.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
import sqlite3
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime, timedelta
from pathlib import Path

from kiosk.core.desk_numbers import LEASE_BASE, LEASE_LOW, LEASE_SIZE
from kiosk.core.migrations import run_script
from sync.contract.clock import SYSTEM_CLOCK, Clock, utc_iso
from sync.contract.hub_wire import CODE_LENGTH

SCHEMA = """
CREATE TABLE IF NOT EXISTS hub_state (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS hub_kiosks (
    kiosk_id TEXT PRIMARY KEY,
    name TEXT NOT NULL DEFAULT '',
    token_hash TEXT NOT NULL UNIQUE,
    paired_at TEXT NOT NULL,
    last_seen TEXT,
    status TEXT NOT NULL DEFAULT '{}'      -- last heartbeat: counts and versions, nothing personal
);
CREATE TABLE IF NOT EXISTS hub_counters (
    event_id TEXT NOT NULL, day TEXT NOT NULL, desk TEXT NOT NULL,
    next_online INTEGER NOT NULL, next_lease INTEGER NOT NULL,
    PRIMARY KEY (event_id, day, desk)
);
CREATE TABLE IF NOT EXISTS hub_tickets (
    id INTEGER PRIMARY KEY,
    event_id TEXT NOT NULL, day TEXT NOT NULL, desk TEXT NOT NULL,
    number INTEGER NOT NULL, label TEXT NOT NULL,
    lead_id TEXT, language TEXT NOT NULL DEFAULT '',
    issued_at TEXT NOT NULL,
    source TEXT NOT NULL,                  -- hub: numbered here; lease: reported by a kiosk
    kiosk_id TEXT NOT NULL,
    state TEXT NOT NULL DEFAULT 'waiting',
    called_at TEXT, done_at TEXT,
    UNIQUE (event_id, day, desk, number)
);
CREATE TABLE IF NOT EXISTS hub_calls (
    id INTEGER PRIMARY KEY,
    event_id TEXT NOT NULL, day TEXT NOT NULL, desk TEXT NOT NULL,
    label TEXT NOT NULL, at TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS hub_cards (   -- desk cards, sealed to the hub's card key
    lead_id TEXT PRIMARY KEY,
    event_id TEXT NOT NULL, day TEXT NOT NULL,
    sealed TEXT NOT NULL,
    kiosk_id TEXT NOT NULL,
    received_at TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS hub_tickets_queue ON hub_tickets (event_id, day, desk, state, issued_at);
"""
CODE_TTL = timedelta(minutes=10)
CODE_TRIES = 5  # wrong codes before the code changes: a six-digit code is not guessed this way


def token_hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def pairing_proof(code: str, fingerprint: str) -> str:
    """Binds the certificate a kiosk saw to the code the staff typed: a device in the middle
    that does not know the code cannot make it."""
    return hmac.new(code.encode(), fingerprint.encode(), hashlib.sha256).hexdigest()


class HubStore:
    def __init__(self, path: Path, clock: Clock = SYSTEM_CLOCK) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        self.path = path
        self.clock = clock
        self._lock = threading.Lock()
        self.conn = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
        self.conn.row_factory = sqlite3.Row
        self.conn.execute("PRAGMA journal_mode=WAL")
        self.conn.execute("PRAGMA synchronous=FULL")
        self.conn.execute("PRAGMA busy_timeout=5000")
        with self.transaction() as conn:
            run_script(conn, SCHEMA)
            if self._state(conn, "hub.id") is None:
                self._set_state(conn, "hub.id", secrets.token_hex(8))

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        with self._lock:
            self.conn.execute("BEGIN IMMEDIATE")
            try:
                yield self.conn
            except BaseException:
                self.conn.execute("ROLLBACK")
                raise
            self.conn.execute("COMMIT")

    def query(self, sql: str, params: tuple[object, ...] = ()) -> list[sqlite3.Row]:
        with self._lock:
            return self.conn.execute(sql, params).fetchall()

    def close(self) -> None:
        with self._lock:
            self.conn.close()

    @staticmethod
    def _state(conn: sqlite3.Connection, key: str) -> str | None:
        row = conn.execute("SELECT value FROM hub_state WHERE key = ?", (key,)).fetchone()
        return None if row is None else str(row[0])

    @staticmethod
    def _set_state(conn: sqlite3.Connection, key: str, value: str) -> None:
        conn.execute(
            "INSERT INTO hub_state (key, value) VALUES (?, ?) "
            "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            (key, value),
        )

    def state(self, key: str) -> str | None:
        with self.transaction() as conn:
            return self._state(conn, key)

    def set_state(self, key: str, value: str) -> None:
        with self.transaction() as conn:
            self._set_state(conn, key, value)

    @property
    def hub_id(self) -> str:
        return self.state("hub.id") or ""

    # --- pairing ---------------------------------------------------------------------------

    def pairing_code(self) -> str:
        """The code staff type on a kiosk to join; a new one after 10 minutes or a pairing."""
        now = self.clock.now()
        with self.transaction() as conn:
            code, expires = self._state(conn, "pair.code"), self._state(conn, "pair.expires")
            if code and expires and datetime.fromisoformat(expires) > now:
                return code
            return self._new_code(conn, now)

    def _new_code(self, conn: sqlite3.Connection, now: datetime) -> str:
        code = "".join(secrets.choice("0123456789") for _ in range(CODE_LENGTH))
        self._set_state(conn, "pair.code", code)
        self._set_state(conn, "pair.expires", (now + CODE_TTL).isoformat())
        self._set_state(conn, "pair.tries", "0")
        return code

    def pair(self, code: str, kiosk_id: str, name: str) -> str | None:
        """A token for the kiosk when ``code`` is the current code, else None."""
        current = self.pairing_code()
        now = self.clock.now()
        with self.transaction() as conn:
            if not hmac.compare_digest(code, current):
                tries = int(self._state(conn, "pair.tries") or 0) + 1
                self._set_state(conn, "pair.tries", str(tries))
                if tries >= CODE_TRIES:
                    self._new_code(conn, now)
                return None
            token = secrets.token_urlsafe(32)
            conn.execute(
                "INSERT INTO hub_kiosks (kiosk_id, name, token_hash, paired_at) VALUES (?, ?, ?, ?)"
                " ON CONFLICT (kiosk_id) DO UPDATE SET name = excluded.name, "
                "token_hash = excluded.token_hash, paired_at = excluded.paired_at",
                (kiosk_id, name, token_hash(token), utc_iso(now)),
            )
            self._new_code(conn, now)
        return token

    def kiosk_for(self, token: str) -> str | None:
        """The paired kiosk holding ``token`` (its last contact noted), or None."""
        with self.transaction() as conn:
            row = conn.execute(
                "UPDATE hub_kiosks SET last_seen = ? WHERE token_hash = ? RETURNING kiosk_id",
                (utc_iso(self.clock.now()), token_hash(token)),
            ).fetchone()
        return None if row is None else str(row[0])

    # --- numbering -------------------------------------------------------------------------

    @staticmethod
    def allocate(
        conn: sqlite3.Connection, event_id: str, day: str, desk: str, *, count: int = 1,
        lease: bool = False,
    ) -> int:  # fmt: skip
        """First of ``count`` new numbers at the desk. The hub's own run counts up from 1,
        leased blocks from ``LEASE_BASE``; once the run reaches the leased range both move
        together, so no number is ever handed out twice."""
        row = conn.execute(
            "SELECT next_online, next_lease FROM hub_counters WHERE event_id = ? AND day = ? "
            "AND desk = ?",
            (event_id, day, desk),
        ).fetchone()
        online, leased = (1, LEASE_BASE) if row is None else (int(row[0]), int(row[1]))
        if lease:
            start = max(leased, online) if online >= LEASE_BASE else leased
            leased = start + count
            online = leased if online >= LEASE_BASE else online
        else:
            start = max(online, leased) if online >= LEASE_BASE else online
            online = start + count
            leased = online if start >= LEASE_BASE else leased
        conn.execute(
            "INSERT INTO hub_counters (event_id, day, desk, next_online, next_lease) "
            "VALUES (?, ?, ?, ?, ?) ON CONFLICT (event_id, day, desk) DO UPDATE SET "
            "next_online = excluded.next_online, next_lease = excluded.next_lease",
            (event_id, day, desk, online, leased),
        )
        return start

    @staticmethod
    def skip_past(
        conn: sqlite3.Connection, event_id: str, day: str, desk: str, number: int
    ) -> None:
        """A kiosk numbered ``number`` alone before it joined: the hub's run goes on after it."""
        if number >= LEASE_BASE:
            return
        conn.execute(
            "INSERT INTO hub_counters (event_id, day, desk, next_online, next_lease) "
            "VALUES (?, ?, ?, ?, ?) ON CONFLICT (event_id, day, desk) DO UPDATE SET "
            "next_online = max(next_online, excluded.next_online)",
            (event_id, day, desk, number + 1, LEASE_BASE),
        )

    def lease(self, event_id: str, day: str, desk: str) -> tuple[int, int]:
        with self.transaction() as conn:
            start = self.allocate(conn, event_id, day, desk, count=LEASE_SIZE, lease=True)
        return start, start + LEASE_SIZE

    @staticmethod
    def lease_due(lease_left: int) -> bool:
        return lease_left < LEASE_LOW
