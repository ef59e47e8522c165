"""Benchmark: a caravan's weak link — a day's 2,000 leads pushed and the 27,000-unit catalog
pulled (first pull, then a 1 % delta) through the shaping proxy (tests/support/shaping_proxy.py)
at 300 ms round trip and 1 Mbit/s each way, against a real HQ in its own process.

The floor is what no protocol can beat on that link: the bytes that crossed it over the
bandwidth, plus one round trip for the connection and one per request the work needs at the
least (one per lead batch of 500, one per catalog pull — paging is counted as overhead).
Each phase is printed against its own floor, with the seconds the stand spent applying
catalog changes (no link in them). Also printed: bytes per lead on the wire and catalog bytes
(wire and uncompressed JSON).

Target: ratio ≤ 1.3. Last line: ``link_s=<x> floor_s=<y> ratio=<x/y>``.
"""

from __future__ import annotations

import json
import math
import os
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.sync import BenchHQ, enroll_copy, make_stand
from kiosk.core.catalog import Catalog
from kiosk.uplink.client import KioskSync, SyncReport
from sync.contract.wire import MAX_BATCH
from sync.hq import catalog, catalog_source
from tests.support.shaping_proxy import ShapingProxy

LEADS = int(os.environ.get("BENCH_LINK_LEADS", "2000"))
UNITS = int(os.environ.get("BENCH_LINK_UNITS", "27000"))
RTT_S = 0.3
BANDWIDTH_BPS = 1_000_000


class ApplyClock:
    """Seconds the stand spends applying catalog changes (its own CPU and disk, no link)."""

    seconds = 0.0

    @classmethod
    def install(cls) -> None:
        apply = Catalog.apply_changes

        def timed(catalog: Catalog, *args: Any, **kwargs: Any) -> None:
            started = time.perf_counter()
            try:
                apply(catalog, *args, **kwargs)
            finally:
                cls.seconds += time.perf_counter() - started

        Catalog.apply_changes = timed  # type: ignore[method-assign]


class Phase:
    """Seconds and bytes of one step through the proxy."""

    def __init__(self, proxy: ShapingProxy, name: str, requests: int) -> None:
        self.proxy, self.name, self.requests = proxy, name, requests

    def __enter__(self) -> Phase:
        self.up0, self.down0 = self.proxy.bytes_up, self.proxy.bytes_down
        self.connections0 = self.proxy.connections
        self.applying0 = ApplyClock.seconds
        self.started = time.perf_counter()
        return self

    def __exit__(self, *_exc: object) -> None:
        self.seconds = time.perf_counter() - self.started
        self.up = self.proxy.bytes_up - self.up0
        self.down = self.proxy.bytes_down - self.down0
        self.connections = self.proxy.connections - self.connections0
        self.applying = ApplyClock.seconds - self.applying0

    @property
    def floor(self) -> float:
        # each direction has its own 1 Mbit/s: the busier one bounds the transfer; one new
        # connection at the most is needed (more, opened side by side, are overhead)
        wire = max(self.up, self.down) * 8 / BANDWIDTH_BPS
        return wire + (min(self.connections, 1) + self.requests) * RTT_S

    def line(self) -> str:
        return (
            f"{self.name}: {self.seconds:.2f} s (floor {self.floor:.2f} s), "
            f"{self.up / 1e3:.0f} kB up, {self.down / 1e3:.0f} kB down, "
            f"{self.connections} connection(s)"
            + (f"; {self.applying:.2f} s of it applying on the stand" if self.applying else "")
        )


def main() -> None:
    ApplyClock.install()
    with tempfile.TemporaryDirectory(prefix="bench-link-") as tmp:
        work = Path(tmp)
        hq = BenchHQ(work / "hq", f"sqlite:///{work / 'hq.db'}")
        print(f"publishing {UNITS} units and sealing {LEADS} leads…", flush=True)
        records = catalog_source.catalog_records_from(None, demo_units=UNITS, seed=11)
        catalog.publish_catalog(hq.store, records, "bench")
        full_json = len(json.dumps(records, ensure_ascii=False).encode())
        source = make_stand(work / "stand", bytes(hq.keys.private.public_key), LEADS)
        with (
            hq.serve() as base,
            ShapingProxy(
                int(base.rsplit(":", 1)[1]), latency_s=RTT_S / 2, bandwidth_bps=BANDWIDTH_BPS
            ) as proxy,
        ):
            db = enroll_copy(source, work / "caravan", proxy.url, hq.enroll("caravan", base))
            syncer = KioskSync(db)
            client = syncer.client()
            report = SyncReport()
            with Phase(proxy, "leads", math.ceil(LEADS / MAX_BATCH)) as leads:
                syncer.push_leads(client, report)
            if report.acked != LEADS:
                raise SystemExit(f"only {report.acked} of {LEADS} leads acked")
            with Phase(proxy, "catalog first pull", 1) as first:
                syncer.pull_catalog(client, report)
            changed = [dict(r, price_mad=int(r["price_mad"]) + 1000) for r in records[::100]]
            kept = {r["ref"]: r for r in records}
            kept.update({r["ref"]: r for r in changed})
            catalog.publish_catalog(hq.store, list(kept.values()), "bench delta")
            with Phase(proxy, f"catalog delta ({len(changed)} units)", 1) as delta:
                syncer.pull_catalog(client, report)
            units = sum(1 for _ in Catalog(db).iter_unit_records())
            db.close()
        hq.store.dispose()
        phases = (leads, first, delta)
        for phase in phases:
            print(phase.line())
        per_lead = f"{leads.up / LEADS:.0f} up, {leads.down / LEADS:.0f} down"
        print(f"bytes per lead on the wire: {per_lead}")
        print(
            f"catalog bytes: first pull {first.down / 1e6:.2f} MB on the wire "
            f"({full_json / 1e6:.1f} MB of JSON), delta {delta.down / 1e3:.0f} kB"
            + f"; {units} units on the stand"
        )
        total = sum(p.seconds for p in phases)
        floor = sum(p.floor for p in phases)
        print(f"link_s={total:.2f} floor_s={floor:.2f} ratio={total / floor:.2f}")


if __name__ == "__main__":
    main()
