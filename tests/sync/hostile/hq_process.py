"""A real HQ in its own process (uvicorn), so its memory and its logs are its own."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import requests

from sync.contract.wire import Enrollment
from sync.hq import keyring, kiosk_tokens
from sync.hq.settings import HQSettings, default_db_url
from sync.hq.store import Store
from tests.support.servers import listening_socket

ROOT = Path(__file__).resolve().parents[3]


@dataclass
class HQProcess:
    url: str
    pid: int
    home: Path
    log_file: Path
    enrollment: Enrollment
    public_key_b64: str

    @property
    def token(self) -> str:
        return self.enrollment.token

    def log_text(self) -> str:
        return self.log_file.read_text(encoding="utf-8", errors="replace")


@contextmanager
def hq_process(home: Path, db_url: str | None = None) -> Iterator[HQProcess]:
    """`uvicorn --factory sync.hq.asgi:build` serving a loopback socket bound here and handed
    over (`--fd`), one kiosk enrolled."""
    home.mkdir(parents=True, exist_ok=True)
    url_db = db_url or default_db_url(home)
    settings = HQSettings(home, rate_limit_per_minute=10_000)
    keys = keyring.init_keys(settings)
    store = Store(url_db)
    store.migrate()
    enrollment = kiosk_tokens.enroll_kiosk(store, settings, keys, "stand-1", "paris-2026")
    store.dispose()
    sock = listening_socket()
    port = int(sock.getsockname()[1])
    env = {
        **os.environ,
        "PYTHONPATH": str(ROOT),
        "OMRANE_HQ_HOME": str(home),
        "OMRANE_HQ_DB": url_db,
        "OMRANE_HQ_PUBLIC_URL": f"http://127.0.0.1:{port}",
    }
    log_file = home / "server.log"
    with log_file.open("wb") as out:
        proc = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "uvicorn",
                "--factory",
                "sync.hq.asgi:build",
                "--fd",
                str(sock.fileno()),
                "--no-proxy-headers",
                "--log-level",
                "info",
            ],
            env=env,
            stdout=out,
            stderr=subprocess.STDOUT,
            cwd=ROOT,
            pass_fds=[sock.fileno()],
        )
    url = f"http://127.0.0.1:{port}"
    try:
        _wait_healthy(url, proc)
        yield HQProcess(url, proc.pid, home, log_file, enrollment, keys.public_b64)
    finally:
        sock.close()
        proc.terminate()
        try:
            proc.wait(timeout=15)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(timeout=15)


def _wait_healthy(url: str, proc: subprocess.Popen[bytes]) -> None:
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"HQ exited with {proc.returncode}")
        try:
            if requests.get(f"{url}/health", timeout=5).ok:
                return
        except requests.RequestException:  # the socket queues connections while it starts
            pass
        time.sleep(0.1)
    raise RuntimeError("HQ did not answer /health")
