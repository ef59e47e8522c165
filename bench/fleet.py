"""Benchmark: a fleet of simulated stands against one HQ on PostgreSQL with 4 uvicorn workers,
loopback only, bounded in count and time.

Each stand, on a compressed clock (HQ's 60-second heartbeat every ``PERIOD_S``): a heartbeat,
a catalog check and an erasure pull each period, and its share of a day's sealed leads in
batches. The stands are driven by a pool of threads (one HTTP session each). Ingest latency is
the lead batch POST's, from request to parsed answer; an error is any answer but 200 or any
request that fails. Printed first: the same lead batches one at a time with the fleet idle
(the baseline from the same run).

Last line: ``fleet_p95_ms=<x> errors=<n> stands=<k>`` (target: p95 ≤ 200 ms, no error).
"""

from __future__ import annotations

import os
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import requests

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.sync import BenchHQ, enroll_copy, make_stand
from kiosk.core.outbox import Outbox
from sync.hq import kiosk_tokens
from sync.hq.settings import HQSettings
from tests.support.servers import listening_socket, postgres_server

STANDS = int(os.environ.get("BENCH_FLEET_STANDS", "500"))
LEADS = int(os.environ.get("BENCH_FLEET_LEADS", "2000"))
DURATION_S = float(os.environ.get("BENCH_FLEET_SECONDS", "40"))
PERIOD_S = float(os.environ.get("BENCH_FLEET_PERIOD", "10"))  # 60 s of a stand's life
THREADS = 48
WORKERS = 4
BATCH = 4  # leads per batch: a stand sends as visitors come, not a day at once
ROOT = Path(__file__).resolve().parents[1]


@contextmanager
def workers(home: Path, db_url: str) -> Iterator[str]:
    sock = listening_socket()
    env = {
        **os.environ,
        "PYTHONPATH": str(ROOT),
        "OMRANE_HQ_HOME": str(home),
        "OMRANE_HQ_DB": db_url,
        "OMRANE_HQ_RATE_LIMIT": "600",
    }
    command = [sys.executable, "-m", "uvicorn", "--factory", "sync.hq.asgi:build"]
    proc = subprocess.Popen(
        [*command, "--fd", str(sock.fileno()), "--workers", str(WORKERS), "--log-level", "error"],
        env=env,
        cwd=ROOT,
        pass_fds=[sock.fileno()],
    )
    url = f"http://127.0.0.1:{sock.getsockname()[1]}"
    try:
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline:
            try:
                if requests.get(f"{url}/health", timeout=2).ok:
                    break
            except requests.RequestException:
                time.sleep(0.2)
        yield url
    finally:
        sock.close()
        proc.terminate()
        proc.wait(timeout=60)


def sealed_batches(work: Path, hq: BenchHQ) -> list[list[dict[str, Any]]]:
    source = make_stand(work / "stand", bytes(hq.keys.private.public_key), LEADS)
    db = enroll_copy(source, work / "pool", "http://bench", hq.enroll("pool", "x"))
    leads = Outbox(db).claim_batch(LEADS)
    db.close()
    return [leads[i : i + BATCH] for i in range(0, len(leads), BATCH)]


class Fleet:
    def __init__(self, url: str, tokens: list[str], batches: list[list[dict[str, Any]]]) -> None:
        self.url = url
        self.tokens = tokens
        self.batches = batches
        self.ingest_ms: list[float] = []
        self.other_ms: list[float] = []
        self.errors: list[str] = []
        self.lock = threading.Lock()

    def plan(self, seed: int) -> list[tuple[float, int, str, Any]]:
        """(when, stand, what, payload) for the whole run, in time order."""
        rng = random.Random(seed)
        events: list[tuple[float, int, str, Any]] = []
        for stand in range(len(self.tokens)):
            offset = rng.uniform(0, PERIOD_S)
            t = offset
            while t < DURATION_S:
                events += [(t, stand, "heartbeat", None), (t + 0.3, stand, "catalog", None)]
                events.append((t + 0.6, stand, "erasures", None))
                t += PERIOD_S
        for n, batch in enumerate(self.batches):
            events.append((rng.uniform(0, DURATION_S), n % len(self.tokens), "leads", batch))
        return sorted(events, key=lambda e: e[0])

    def run(self) -> float:
        events = self.plan(5)
        shares: list[list[tuple[float, int, str, Any]]] = [[] for _ in range(THREADS)]
        for event in events:
            shares[event[1] % THREADS].append(event)
        started = time.monotonic()
        threads = [threading.Thread(target=self.drive, args=(s, started)) for s in shares]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        return time.monotonic() - started

    def drive(self, events: list[tuple[float, int, str, Any]], started: float) -> None:
        session = requests.Session()
        for when, stand, what, payload in events:
            time.sleep(max(0.0, started + when - time.monotonic()))
            self.call(session, stand, what, payload)
        session.close()

    def call(self, session: requests.Session, stand: int, what: str, payload: Any) -> None:
        headers = {"Authorization": f"Bearer {self.tokens[stand]}"}
        api = f"{self.url}/api/v1"
        begun = time.perf_counter()
        try:
            if what == "leads":
                reply = session.post(
                    f"{api}/leads:batch",
                    json={"protocol": 1, "leads": payload},
                    headers=headers,
                    timeout=60,
                )
            elif what == "heartbeat":
                beat = {"app_version": "0.1.0", "pending": 0}
                reply = session.post(f"{api}/heartbeat", json=beat, headers=headers, timeout=60)
            elif what == "catalog":
                reply = session.get(f"{api}/catalog/changes?since=1", headers=headers, timeout=60)
            else:
                reply = session.get(f"{api}/erasures?since=0", headers=headers, timeout=60)
            reply.json()
            failed = "" if reply.status_code == 200 else f"{what}: HTTP {reply.status_code}"
        except (requests.RequestException, ValueError) as exc:
            failed = f"{what}: {type(exc).__name__}"
        took = (time.perf_counter() - begun) * 1000
        with self.lock:
            (self.ingest_ms if what == "leads" else self.other_ms).append(took)
            if failed:
                self.errors.append(failed)


def p95(values: list[float]) -> float:
    return statistics.quantiles(values, n=20)[-1] if len(values) >= 2 else float("nan")


def main() -> None:
    with tempfile.TemporaryDirectory(prefix="bench-fleet-") as tmp, postgres_server() as pg:
        work = Path(tmp)
        hq = BenchHQ(work / "hq", pg)
        print(f"sealing {LEADS} leads, enrolling {STANDS} stands…", flush=True)
        batches = sealed_batches(work, hq)
        settings = HQSettings(hq.settings.home)
        tokens = [
            kiosk_tokens.enroll_kiosk(hq.store, settings, hq.keys, f"fleet-{n:04d}", "bench").token
            for n in range(STANDS)
        ]
        with workers(hq.settings.home, pg) as url:
            idle = Fleet(url, tokens, [])
            session = requests.Session()
            for n, batch in enumerate(batches[:20]):
                idle.call(session, n, "leads", batch)
            base = statistics.median(idle.ingest_ms)
            print(f"baseline: one lead batch with the fleet idle, median {base:.0f} ms")
            fleet = Fleet(url, tokens, batches[20:])
            took = fleet.run()
        hq.store.dispose()
        shutil.rmtree(work / "stand", ignore_errors=True)
    calls = len(fleet.ingest_ms) + len(fleet.other_ms)
    print(
        f"{STANDS} stands, {took:.0f} s, {calls} requests ({calls / took:.0f}/s): "
        f"{len(fleet.ingest_ms)} lead batches of {BATCH}, p50 "
        f"{statistics.median(fleet.ingest_ms):.0f} ms; other requests p95 "
        f"{p95(fleet.other_ms):.0f} ms"
    )
    for kind in sorted(set(fleet.errors))[:5]:
        print(f"  error: {kind} x{fleet.errors.count(kind)}")
    print(f"fleet_p95_ms={p95(fleet.ingest_ms):.0f} errors={len(fleet.errors)} stands={STANDS}")


if __name__ == "__main__":
    main()
