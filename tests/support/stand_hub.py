"""A real stand hub in its own process on loopback, and kiosk homes paired with it."""

from __future__ import annotations

import os
import signal
import socket
import ssl
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from pathlib import Path

from kiosk.core import staff
from kiosk.core.catalog import Catalog
from kiosk.core.config import Paths, active_event_profile
from kiosk.core.db import KioskDB
from kiosk.core.demo_catalog import generate
from kiosk.core.leads import SavedLead, save_lead
from kiosk.hub.serve import open_store
from kiosk.uplink import hub_link
from tests.support.kiosk_leads import visitor

ROOT = Path(__file__).resolve().parents[2]
STAFF_PIN = "482916"
START_TIMEOUT_S = 30


def _env() -> dict[str, str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = str(ROOT)
    return env


def _bind(port: int = 0) -> socket.socket:
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind(("127.0.0.1", port))
    sock.listen(256)
    return sock


@dataclass
class HubProcess:
    """``omrane-kiosk hub serve`` on a loopback socket this test bound; kill and restart it
    on the same port."""

    home: Path
    port: int = 0
    hq: str | None = None  # HQ's address for store and forward
    process: subprocess.Popen[bytes] | None = None
    sock: socket.socket | None = field(default=None, repr=False)

    @property
    def address(self) -> str:
        return f"127.0.0.1:{self.port}"

    @property
    def url(self) -> str:
        return f"https://{self.address}"

    def start(self) -> None:
        self.sock = _bind(self.port)
        self.port = int(self.sock.getsockname()[1])
        fd = self.sock.fileno()
        self.process = subprocess.Popen(
            [sys.executable, "-m", "kiosk.cli", "hub", "serve", "--home", str(self.home),
             "--port", str(self.port), "--fd", str(fd), "--announce-on", "127.0.0.1",
             *(["--hq", self.hq] if self.hq else [])],
            pass_fds=[fd], env=_env(), stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
        )  # fmt: skip
        deadline = time.monotonic() + START_TIMEOUT_S
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(
                    f"hub exited: {self.process.stdout.read() if self.process.stdout else ''!r}"
                )
            try:
                ssl.get_server_certificate(("127.0.0.1", self.port), timeout=2)
                return
            except OSError:
                time.sleep(0.1)
        raise RuntimeError("hub did not start")

    def kill(self) -> None:
        """As a power cut: no clean shutdown; the port is closed for good until restart."""
        if self.process is not None:
            self.process.send_signal(signal.SIGKILL)
            self.process.wait(10)
            if self.process.stdout:
                self.process.stdout.close()
            self.process = None
        if self.sock is not None:
            self.sock.close()
            self.sock = None

    def code(self) -> str:
        store = open_store(Paths(self.home))
        try:
            return store.pairing_code()
        finally:
            store.close()


@contextmanager
def hub_process(home: Path) -> Iterator[HubProcess]:
    hub = HubProcess(home)
    hub.start()
    try:
        yield hub
    finally:
        hub.kill()


def kiosk_home(home: Path) -> Paths:
    paths = Paths(home).ensure()
    db = KioskDB(paths.database)
    try:
        if not staff.is_set_up(db):
            staff.set_pin(db, STAFF_PIN, cost=staff.PinCost.lowest())
    finally:
        db.close()
    return paths


def paired_kiosk(home: Path, hub: HubProcess, name: str) -> Paths:
    """A set-up kiosk home joined to ``hub`` with a fresh pairing code."""
    paths = kiosk_home(home)
    db = KioskDB(paths.database)
    try:
        hub_link.join(db, hub.address, hub.code(), kiosk_name=name).close()
    finally:
        db.close()
    return paths


SIMULATION = {
    "ref": None, "price_mad": 450_000, "own_contribution_mad": 45_000, "aid_mad": 50_000,
    "rate_pct": 4.5, "years": 20, "monthly_income_mad": None, "monthly_payment_mad": 2244,
}  # fmt: skip


def save_visitor(
    kiosk: Paths, n: int, *, hand_over: bool = True, **changes: object
) -> tuple[SavedLead, list[str]]:
    """A lead saved as the lead form does (with the simulator's figures), then handed to the
    hub (``hand_over``) as the kiosk's upkeep does."""
    db = KioskDB(kiosk.database)
    event = active_event_profile(kiosk)
    link = hub_link.HubLink.from_settings(db)
    assert link is not None
    try:
        if db.scalar("SELECT count(*) FROM units") == 0:
            Catalog(db).replace_all(generate(units=40, seed=5))
        refs = [str(r["ref"]) for r in db.query("SELECT ref FROM units ORDER BY ref LIMIT 2")]
        form = replace(visitor(n), interests=refs, **changes)  # type: ignore[arg-type]
        saved = save_lead(
            db, form, event=event, numbers=hub_link.HubNumbers(link), simulation=SIMULATION
        )
        if hand_over:
            hub_link.reconcile(db, link, event)
        return saved, refs
    finally:
        link.close()
        db.close()
