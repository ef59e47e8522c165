"""The per-kiosk rate limit holds across HQ workers: two uvicorn processes on one PostgreSQL
spend the same bucket (a limit kept in each process's memory would let twice as much in)."""

from __future__ import annotations

import os
import subprocess
import sys
import time
import uuid
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager
from pathlib import Path

import pytest
import requests

from sync.hq import keyring, kiosk_tokens
from sync.hq.settings import HQSettings
from sync.hq.store import Store
from tests.support.servers import listening_socket

ROOT = Path(__file__).resolve().parents[2]
PER_MINUTE = 6


@contextmanager
def worker(home: Path, db_url: str) -> Iterator[str]:
    """One HQ worker process (`uvicorn --factory sync.hq.asgi:build`) on its own socket."""
    sock = listening_socket()
    env = {
        **os.environ,
        "PYTHONPATH": str(ROOT),
        "OMRANE_HQ_HOME": str(home),
        "OMRANE_HQ_DB": db_url,
        "OMRANE_HQ_RATE_LIMIT": str(PER_MINUTE),
    }
    command = [sys.executable, "-m", "uvicorn", "--factory", "sync.hq.asgi:build"]
    proc = subprocess.Popen(
        [*command, "--fd", str(sock.fileno()), "--log-level", "warning"],
        env=env,
        cwd=ROOT,
        pass_fds=[sock.fileno()],
    )
    url = f"http://127.0.0.1:{sock.getsockname()[1]}"
    try:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            try:
                if requests.get(f"{url}/health", timeout=2).ok:
                    break
            except requests.RequestException:  # still starting on a busy machine
                time.sleep(0.1)
        yield url
    finally:
        sock.close()
        proc.terminate()
        proc.wait(timeout=30)


@pytest.mark.postgres
def test_two_workers_share_one_kiosks_rate_limit(tmp_path: Path, postgres_url: str) -> None:
    home = tmp_path / "hq"
    db_url = postgres_url
    settings = HQSettings(home)
    keys = keyring.init_keys(settings)
    store = Store(db_url)
    store.migrate()
    name = f"busy-{uuid.uuid4().hex[:8]}"
    token = kiosk_tokens.enroll_kiosk(store, settings, keys, name, "paris-2026").token
    store.dispose()
    headers = {"Authorization": f"Bearer {token}"}
    with ExitStack() as stack:
        urls = [stack.enter_context(worker(home, db_url)) for _ in range(2)]
        codes = [
            requests.get(f"{url}/api/v1/catalog/changes", headers=headers, timeout=30).status_code
            for _ in range(PER_MINUTE // 2 + 1)
            for url in urls
        ]
    assert codes.count(200) == PER_MINUTE  # not 2 x the burst
    assert codes.count(429) == 2
