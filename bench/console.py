"""Leads page of the HQ console with 1,000,000 generated leads: p95 server time per request.

Runs a real uvicorn on 127.0.0.1, signs in as a manager and as a regional agent, and requests
the leads page with a mix of filters, searches, sorts and next pages. Baseline, same run: a bare
indexed SELECT of one page (50 rows) on the same database.

    python bench/console.py [--leads 1000000] [--requests 300] [--postgres]
        [--visitor-leads 1000000 --visitors 600000] [--only-visitors]

Then visitor timelines on PostgreSQL (bench/console_visitors.py): an agent's today page and a
visitor's page, beside the bare indexed reads of a visitor and their leads.

Lines: leads_page_p95_ms=<x> baseline_p95_ms=<y> ratio=<x/y>, and last
today_p95_ms=<x> visitor_p95_ms=<y> bare_p95_ms=<z>
"""

from __future__ import annotations

import argparse
import random
import re
import statistics
import sys
import tempfile
import time
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import requests  # noqa: E402
from sqlalchemy import Engine, select, text  # noqa: E402

from bench import console_visitors  # noqa: E402
from sync.contract.clock import SystemClock  # noqa: E402
from sync.hq.console import auth  # noqa: E402
from sync.hq.leads import hq_leads  # noqa: E402
from tests.support.servers import postgres_server  # noqa: E402
from tests.sync.console.harness import PASSWORD, csrf_of, serve, store_engine  # noqa: E402
from tests.sync.console.leadgen import insert_leads, lead_row  # noqa: E402

BATCH = 20_000
STATUSES = ("new", "contacted", "visit", "reservation", "sale", "lost")
STATUS_WEIGHTS = (45, 25, 10, 5, 3, 12)
NEXT_LINK = re.compile(r'rel="next" href="([^"]+)"')


def fill(engine: Engine, count: int) -> None:
    rng = random.Random(7)
    start = datetime(2025, 6, 1, 9, tzinfo=UTC)
    done = 0
    began = time.monotonic()
    while done < count:
        n = min(BATCH, count - done)
        # ~26 s apart: a million leads span about ten months of events
        rows = [lead_row(rng, done + i, start, spacing_s=26) for i in range(n)]
        for row in rows:  # a pipeline that has been worked on for months
            row["status"] = rng.choices(STATUSES, weights=STATUS_WEIGHTS)[0]
            if row["status"] != "new" or rng.random() < 0.2:
                row["assigned_to"] = rng.randint(3, 60)
        insert_leads(engine, rows)
        done += n
        if done % 200_000 == 0:
            print(f"  {done:,} leads ({time.monotonic() - began:.0f} s)", file=sys.stderr)


def queries(rng: random.Random) -> Iterator[dict[str, str]]:
    """What people do all day: open the list, filter, search, sort."""
    regions = ["casablanca-settat", "rabat-sale-kenitra", "oriental", "marrakech-safi"]
    while True:
        yield rng.choice(
            [
                {},
                {"event": "paris-2026"},
                {"event": "turin-2025", "desk": "bank", "consent_share": "yes"},
                {"region": rng.choice(regions), "status": "new"},
                {"city": "oujda"},
                {"date_from": "2025-09-01", "date_to": "2025-09-07"},
                {"q": f"+2126{rng.randint(1000, 9999)}"},
                {"q": "Bennani", "event": "paris-2026"},
                {"q": rng.choice(["sal", "karim ta", "Lahlou", "Benja"])},
                {"unit_type": "villa", "sort": "oldest"},
                {"sort": "name"},
                {"assigned": "none", "consent_marketing": "yes"},
            ]
        )


def timed_get(session: requests.Session, url: str, **params: Any) -> tuple[float, str]:
    began = time.perf_counter()
    reply = session.get(url, params=params, timeout=60)
    elapsed = (time.perf_counter() - began) * 1000
    assert reply.status_code == 200, reply.status_code
    return elapsed, reply.text


def signed_in(base: str, email: str) -> requests.Session:
    session = requests.Session()
    form = session.get(f"{base}/console/signin", timeout=10)
    data = {"email": email, "password": PASSWORD, "csrf_token": csrf_of(form.text)}
    assert session.post(f"{base}/console/signin", data=data, timeout=10).ok
    return session


def p95(samples: list[float]) -> float:
    return statistics.quantiles(samples, n=20)[-1]


def baseline(engine: Engine, rounds: int) -> list[float]:
    t = hq_leads
    stmt = select(*t.c).order_by(t.c.created_at.desc(), t.c.id.desc()).limit(50)
    out = []
    with engine.connect() as conn:
        for _ in range(rounds):
            began = time.perf_counter()
            conn.execute(stmt).all()
            out.append((time.perf_counter() - began) * 1000)
    return out


def measure(engine: Engine, requests_n: int, label: str) -> tuple[float, float]:
    clock = SystemClock()
    if auth.active_agent_count(engine) == 0:
        for email, role, region in (
            ("manager@bench.test", "manager", None),
            ("agent@bench.test", "agent", "oriental"),
        ):
            auth.add_agent(engine, email, role, PASSWORD, clock, region=region)
    with engine.connect() as conn:  # warm the page cache like a server that has been running
        conn.execute(text("SELECT count(*) FROM hq_leads")).scalar_one()
    with serve(engine, clock) as server:  # type: ignore[arg-type]
        base = f"{server.url}/console/leads"
        people = [
            signed_in(server.url, "manager@bench.test"),
            signed_in(server.url, "agent@bench.test"),
        ]
        for person in people:  # first view fills the drop-down cache
            timed_get(person, base)
        rng = random.Random(3)
        samples: list[float] = []
        per_kind: dict[str, list[float]] = {}
        for params in queries(rng):
            if len(samples) >= requests_n:
                break
            person = rng.choice(people)
            ms, html = timed_get(person, base, **params)
            samples.append(ms)
            per_kind.setdefault(",".join(sorted(params)) or "(none)", []).append(ms)
            link = NEXT_LINK.search(html)
            if link and rng.random() < 0.5:  # the next page, as people click "Next"
                ms, _ = timed_get(person, base + link.group(1).replace("&amp;", "&"))
                samples.append(ms)
                per_kind.setdefault("next page", []).append(ms)
    for kind, values in sorted(per_kind.items()):
        print(
            f"  {label} {kind:40} n={len(values):3} median={statistics.median(values):7.1f} ms "
            f"max={max(values):7.1f} ms",
            file=sys.stderr,
        )
    base_samples = baseline(engine, 200)
    return p95(samples), p95(base_samples)


def run_on(url: str, leads: int, requests_n: int, label: str) -> tuple[float, float]:
    engine = store_engine(url)
    began = time.monotonic()
    with engine.connect() as conn:
        present = int(conn.execute(text("SELECT count(*) FROM hq_leads")).scalar_one())
    fill(engine, leads - present)
    if engine.dialect.name == "postgresql":
        with engine.begin() as conn:
            conn.execute(text("ANALYZE hq_leads"))
    else:
        with engine.begin() as conn:
            conn.execute(text("ANALYZE"))
    print(
        f"  {label}: {leads:,} leads generated in {time.monotonic() - began:.0f} s", file=sys.stderr
    )
    try:
        return measure(engine, requests_n, label)
    finally:
        engine.dispose()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--leads", type=int, default=1_000_000)
    parser.add_argument("--requests", type=int, default=300)
    parser.add_argument("--postgres", action="store_true", help="also measure on PostgreSQL")
    parser.add_argument("--keep", metavar="FILE", help="SQLite file kept between runs (reused)")
    parser.add_argument("--visitor-leads", type=int, default=1_000_000)
    parser.add_argument("--visitors", type=int, default=600_000)
    parser.add_argument("--only-visitors", action="store_true", help="skip the leads page")
    args = parser.parse_args()
    if not args.only_visitors:
        leads_page(args)
    with postgres_server() as url:
        engine = store_engine(url)
        try:
            found = console_visitors.run(
                engine, args.visitor_leads, args.visitors, max(20, args.requests // 3)
            )
        finally:
            engine.dispose()
    print(
        f"today_p95_ms={found['today']:.1f} visitor_p95_ms={found['visitor']:.1f} "
        f"bare_p95_ms={found['bare']:.2f}"
    )
    return 0


def leads_page(args: argparse.Namespace) -> None:
    if args.keep:
        page, base = run_on(f"sqlite:///{args.keep}", args.leads, args.requests, "sqlite")
    else:
        with tempfile.TemporaryDirectory(prefix="bench-console-") as folder:
            page, base = run_on(f"sqlite:///{folder}/hq.db", args.leads, args.requests, "sqlite")
    print(f"sqlite: leads_page_p95_ms={page:.1f} baseline_p95_ms={base:.2f}")
    if args.postgres:
        with postgres_server() as url:
            pg_page, pg_base = run_on(url, args.leads, args.requests, "postgresql")
        print(f"postgresql: leads_page_p95_ms={pg_page:.1f} baseline_p95_ms={pg_base:.2f}")
    print(f"leads_page_p95_ms={page:.1f} baseline_p95_ms={base:.2f} ratio={page / base:.1f}")


if __name__ == "__main__":
    sys.exit(main())
