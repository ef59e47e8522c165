"""Console test harness: a migrated HQ database, a real uvicorn with the console, sign-in."""

from __future__ import annotations

import re
import shutil
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import requests
from fastapi import FastAPI
from sqlalchemy import Engine

from sync.contract.clock import Clock, FakeClock
from sync.hq import keyring
from sync.hq.app import create_app
from sync.hq.console import auth, passwords
from sync.hq.settings import HQSettings
from sync.hq.store import Store
from tests.support.servers import uvicorn_thread

PASSWORD = "correct horse battery"
CSRF_RE = re.compile(r'name="csrf_token" value="([^"]+)"')


def store_engine(url: str) -> Engine:
    """A database migrated by the HQ store (its tables and the console's)."""
    store = Store(url)
    store.migrate()
    return store.engine


def hq_engine(tmp_path: Path) -> Engine:
    return store_engine(f"sqlite:///{tmp_path / 'hq.db'}")


# the real console at the cheapest password hash: the cost is a parameter, like the clock
CHEAP = passwords.HashCost.lowest()
CONSOLE = auth.ConsoleSettings(password_cost=CHEAP)


def hq_app(engine: Engine, clock: Clock, home: Path, **overrides: Any) -> FastAPI:
    """The real HQ app (kiosk API + console) on the same database, with its own key pair;
    ``overrides`` are HQSettings fields (the digest's hour, say)."""
    url = engine.url.render_as_string(hide_password=False)
    settings = HQSettings(home, **overrides)
    keyring.init_keys(settings)
    return create_app(Store(url), settings, clock=clock, console=CONSOLE)


@dataclass
class Server:
    url: str
    engine: Engine
    clock: FakeClock
    app: FastAPI


@contextmanager
def serve(engine: Engine, clock: Any) -> Iterator[Server]:
    """A real uvicorn on a pre-bound loopback socket serving the HQ app with its console."""
    home = Path(tempfile.mkdtemp(prefix="hq-home-"))
    app = hq_app(engine, clock, home)
    try:
        with uvicorn_thread(app, lifespan="auto") as url:
            yield Server(url, engine, clock, app)
    finally:
        app.state.store.dispose()
        shutil.rmtree(home, ignore_errors=True)


def add_person(
    engine: Engine, clock: FakeClock, email: str, role: str, region: str | None = None
) -> auth.Agent:
    return auth.add_agent(engine, email, role, PASSWORD, clock, region=region, cost=CHEAP)


def csrf_of(html: str) -> str:
    found = CSRF_RE.search(html)
    assert found, "the page has a form with a CSRF token"
    return found.group(1)


def sign_in(server: Server, email: str, password: str = PASSWORD) -> requests.Session:
    browser = requests.Session()
    form = browser.get(f"{server.url}/console/signin", timeout=10)
    reply = browser.post(
        f"{server.url}/console/signin",
        data={"email": email, "password": password, "csrf_token": csrf_of(form.text)},
        timeout=10,
    )
    browser.last_reply = reply  # type: ignore[attr-defined]
    return browser
