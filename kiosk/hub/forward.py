"""Store and forward: a paired kiosk that cannot reach HQ sends its HQ requests (sealed leads,
erasures, heartbeats, analytics, catalog pulls) through the hub, which passes them to its own
HQ address as they are — the kiosk's HQ token still speaks for the kiosk, and HQ's per-lead
idempotency still holds. When HQ cannot be reached from the hub either, a lead batch is held
(the sealed records as sent: nothing personal in clear) and forwarded by ``Forwarder`` once
HQ answers; the kiosk keeps its leads pending meanwhile and gets ``duplicate`` later.

Catalog answers are kept a few minutes, so the stand's kiosks fetch one version from HQ
once; each kiosk still checks the catalog's checksum as it would from HQ.
"""

from __future__ import annotations

import json
import logging
import threading
import time
from dataclasses import dataclass, field

import requests

from kiosk.hub.store import HubStore
from sync.contract import bodies
from sync.contract.clock import utc_iso

log = logging.getLogger(__name__)

HELD_SCHEMA = """
CREATE TABLE IF NOT EXISTS hub_held (
    id INTEGER PRIMARY KEY,
    path TEXT NOT NULL,
    body BLOB NOT NULL,                    -- the sealed lead batch as the kiosk sent it
    auth TEXT NOT NULL,                    -- the kiosk's own HQ credential, to speak for it
    held_at TEXT NOT NULL,
    attempts INTEGER NOT NULL DEFAULT 0
);
"""
HOLDABLE = ("/api/v1/leads:batch", "/api/v1/erasures", "/api/v1/analytics", "/api/v1/heartbeat")
PASSED_HEADERS = ("authorization", "content-type", "x-request-id", "range", "user-agent")
RETURNED_HEADERS = ("content-type", "retry-after", "content-range", "accept-ranges", "etag")
TIMEOUT_S = (5.0, 30.0)
MAX_INFLATED = 8_000_000  # HQ's own body limit: a compressed body never opens beyond it here either
MAX_HELD_BYTES = 256_000_000  # the hub's disk is a laptop's: past this, kiosks keep their own
JSON_HEADERS = {"content-type": "application/json"}
CACHE_S = 300.0
RETRY_AFTER_S = 30


@dataclass
class Answer:
    status: int
    body: bytes
    headers: dict[str, str]


@dataclass
class Relay:
    store: HubStore
    hq_url: str
    session: requests.Session = field(default_factory=requests.Session)
    max_held_bytes: int = MAX_HELD_BYTES
    _cache: dict[str, tuple[float, Answer]] = field(default_factory=dict)
    _lock: threading.Lock = field(default_factory=threading.Lock)

    def __post_init__(self) -> None:
        self.session.trust_env = False
        with self.store.transaction() as conn:
            conn.execute(HELD_SCHEMA)

    def _cache_key(self, method: str, path: str, query: str) -> str | None:
        cacheable = method == "GET" and "/catalog" in path and "media" not in path
        return f"{path}?{query}" if cacheable else None

    def pass_on(
        self, method: str, path: str, query: str, body: bytes, headers: dict[str, str]
    ) -> Answer:
        """HQ's answer to the kiosk's request; a held lead batch or 503 when HQ is away."""
        encoding = next((v for k, v in headers.items() if k.lower() == "content-encoding"), "")
        if encoding:  # held and forwarded as plain JSON, like any batch
            try:
                body = bodies.unpack(encoding, body, MAX_INFLATED)
            except bodies.BodyRefused as exc:
                detail = json.dumps({"detail": exc.message}).encode()
                return Answer(exc.status, detail, JSON_HEADERS)
        key = self._cache_key(method, path, query)
        with self._lock:
            cached = self._cache.get(key) if key else None
        if cached is not None and time.monotonic() - cached[0] < CACHE_S:
            return cached[1]
        sent = {k: v for k, v in headers.items() if k.lower() in PASSED_HEADERS}
        url = f"{self.hq_url.rstrip('/')}{path}" + (f"?{query}" if query else "")
        try:
            reply = self.session.request(method, url, data=body, headers=sent, timeout=TIMEOUT_S)
        except requests.RequestException as exc:
            log.info("HQ unreachable from the hub: %s", type(exc).__name__)
            held = (
                method == "POST"
                and path in HOLDABLE
                and self.hold(
                    path, body, sent.get("Authorization") or sent.get("authorization", "")
                )
            )
            detail = b"held" if held else b"not held"
            return Answer(
                503,
                b'{"detail": "HQ unreachable from the stand hub; '
                + detail
                + b', try again later"}',
                {"content-type": "application/json", "retry-after": str(RETRY_AFTER_S)},
            )
        kept = {k: v for k, v in reply.headers.items() if k.lower() in RETURNED_HEADERS}
        answer = Answer(reply.status_code, reply.content, kept)
        if key and reply.status_code == 200:
            with self._lock:
                self._cache[key] = (time.monotonic(), answer)
        return answer

    def hold(self, path: str, body: bytes, auth: str) -> bool:
        """Keep the request for HQ unless that would pass ``max_held_bytes`` (the kiosk keeps
        its records pending either way); a kiosk's newer heartbeat replaces its older one."""
        with self.store.transaction() as conn:
            if path.endswith("/heartbeat"):
                conn.execute("DELETE FROM hub_held WHERE path = ? AND auth = ?", (path, auth))
            total = conn.execute("SELECT coalesce(sum(length(body)), 0) FROM hub_held").fetchone()
            if int(total[0]) + len(body) > self.max_held_bytes:
                log.warning("held requests at their limit: a %d-byte request not held", len(body))
                return False
            conn.execute(
                "INSERT INTO hub_held (path, body, auth, held_at) VALUES (?, ?, ?, ?)",
                (path, body, auth, utc_iso(self.store.clock.now())),
            )
        return True

    def held(self) -> int:
        return int(self.store.query("SELECT count(*) FROM hub_held")[0][0])

    def forward_held(self, limit: int = 20) -> int:
        """Send held requests to HQ, oldest first; how many HQ took (or refused for good)."""
        rows = self.store.query("SELECT * FROM hub_held ORDER BY id LIMIT ?", (limit,))
        done = 0
        for row in rows:
            try:
                reply = self.session.post(
                    f"{self.hq_url.rstrip('/')}{row['path']}",
                    data=row["body"],
                    headers={"Authorization": row["auth"], "Content-Type": "application/json"},
                    timeout=TIMEOUT_S,
                )
            except requests.RequestException:
                break  # still away: keep the order, try later
            if reply.status_code == 429 or reply.status_code >= 500:
                with self.store.transaction() as conn:
                    conn.execute(
                        "UPDATE hub_held SET attempts = attempts + 1 WHERE id = ?", (row["id"],)
                    )
                break
            if reply.status_code >= 400:
                log.warning("HQ refused a held request (%d); dropped", reply.status_code)
            with self.store.transaction() as conn:
                conn.execute("DELETE FROM hub_held WHERE id = ?", (row["id"],))
            done += 1
        return done


class Forwarder:
    """The hub's thread that empties the held requests whenever HQ answers."""

    def __init__(self, relay: Relay, interval_s: float = 10.0) -> None:
        self.relay, self.interval_s = relay, interval_s
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="hub-forwarder", daemon=True)

    def start(self) -> None:
        self._thread.start()

    def stop(self) -> None:
        self._stop.set()
        self._thread.join(5)

    def _run(self) -> None:
        while not self._stop.is_set():
            try:
                self.relay.forward_held()
            except Exception:  # the forwarder must outlive any one bad answer
                log.exception("forwarding held requests failed")
            self._stop.wait(self.interval_s)
