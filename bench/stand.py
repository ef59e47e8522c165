"""Benchmark: the stand network on loopback. A real hub process (TLS, `hub serve`) and a kiosk
joined to it; desk tickets issued through the hub against tickets issued by a kiosk alone
(same code path, no hub) in the same run; then the call-to-display latency: from an
advisor's "call next" on the desk API to the new number arriving on the display's
server-sent event stream.

Targets: ticket through the hub ≤ 50 ms p95, display ≤ 1000 ms p95.
Last line: ``ticket_hub_p95_ms=<x> ticket_local_p95_ms=<y> display_p95_ms=<z>``.
"""

from __future__ import annotations

import json
import queue
import statistics
import sys
import tempfile
import threading
import time
from pathlib import Path

import requests

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from kiosk.core.config import Paths, active_event_profile
from kiosk.core.db import KioskDB
from kiosk.core.tickets import issue_anonymous_tickets
from kiosk.hub.store import HubStore
from kiosk.uplink import hub_link
from tests.support.stand_hub import HubProcess, kiosk_home, paired_kiosk

TICKETS = 300
CALLS = 40
DESKS = ["alomrane", "notary", "bank"]


def p95(samples: list[float]) -> float:
    return statistics.quantiles(samples, n=20)[-1] * 1000


def issue_times(home: Path, count: int) -> list[float]:
    db = KioskDB(home / "kiosk.db")
    event = active_event_profile(Paths(home))
    link = hub_link.HubLink.from_settings(db)
    numbers = hub_link.HubNumbers(link) if link else None
    times = []
    for n in range(count):
        desk = DESKS[n % len(DESKS)]
        started = time.perf_counter()
        issue_anonymous_tickets(db, [desk], event=event, numbers=numbers)
        times.append(time.perf_counter() - started)
    if link is not None:
        link.close()
    db.close()
    return times


def _listen(session: requests.Session, url: str, seen: queue.Queue[tuple[float, dict]]) -> None:
    try:
        with session.get(url, stream=True, timeout=(5, 60)) as stream:
            for line in stream.iter_lines(decode_unicode=True):
                if line and line.startswith("data: "):
                    seen.put((time.perf_counter(), json.loads(line[6:])))
    except requests.RequestException:
        return  # the hub stopped at the end of the run


def display_times(hub: HubProcess, calls: int) -> list[float]:
    store = HubStore(hub.home / "hub" / "hub.db")
    pin, key = store.state("desk.pin"), store.state("display.key")
    store.close()
    fingerprint = hub_link.server_fingerprint(hub.url)
    desk = hub_link.pinned_session(hub.url, fingerprint)
    desk.post(f"{hub.url}/desk/signin", data={"pin": pin, "desk": "bank"}, timeout=10)
    display = hub_link.pinned_session(hub.url, fingerprint)
    seen: queue.Queue[tuple[float, dict]] = queue.Queue()
    threading.Thread(
        target=_listen, args=(display, f"{hub.url}/display/events?key={key}", seen), daemon=True
    ).start()
    seen.get(timeout=30)  # the board as it stands
    times = []
    for _ in range(calls):
        started = time.perf_counter()
        called = desk.post(
            f"{hub.url}/desk/api/next", headers={"X-Omrane-Desk": "1"}, timeout=10
        ).json()["called"]
        while True:
            at, board = seen.get(timeout=10)
            if board["serving"]["bank"] == called:
                times.append(at - started)
                break
    desk.close()
    return times


def main() -> None:
    with tempfile.TemporaryDirectory(prefix="omrane-stand-bench-") as tmp:
        root = Path(tmp)
        hub = HubProcess(root / "hub")
        hub.start()
        try:
            joined = paired_kiosk(root / "joined", hub, "bench")
            alone = kiosk_home(root / "alone")
            issue_times(joined.home, 10)  # warm both paths (connections, first queries)
            issue_times(alone.home, 10)
            through_hub = issue_times(joined.home, TICKETS)
            local = issue_times(alone.home, TICKETS)
            shown = display_times(hub, CALLS)
        finally:
            hub.kill()
    print(f"{TICKETS} tickets each way, {CALLS} calls to the display")
    print(
        f"ticket_hub_p95_ms={p95(through_hub):.1f} ticket_local_p95_ms={p95(local):.1f} "
        f"display_p95_ms={p95(shown):.1f}"
    )


if __name__ == "__main__":
    main()
