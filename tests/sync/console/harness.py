"""Console test harness: a migrated HQ database, a real uvicorn with the console, sign-in."""

from __future__ import annotations

import re
import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import requests
import uvicorn
from fastapi import FastAPI
from sqlalchemy import Engine, create_engine

from kiosk.core.clock import FakeClock
from sync.hq.console import auth, web
from sync.hq.console.tables import ensure_console_schema, metadata

PASSWORD = "correct horse battery"
CSRF_RE = re.compile(r'name="csrf_token" value="([^"]+)"')


def store_engine(url: str) -> Engine:
    """The HQ store's own migration when it exists, else the agreed table shapes."""
    try:
        from sync.hq.store import Store
    except ImportError:
        from tests.sync.console import contract_tables

        contract_tables.define(metadata)
        engine = create_engine(url)
        metadata.create_all(engine)
        return engine
    store = Store(url)
    store.migrate()
    return store.engine


def hq_engine(tmp_path: Path) -> Engine:
    eng = store_engine(f"sqlite:///{tmp_path / 'hq.db'}")
    ensure_console_schema(eng)
    return eng


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def console_app(engine: Engine, clock: FakeClock, **options: Any) -> FastAPI:
    from sync.hq.console.routes import router

    app = FastAPI()
    app.include_router(router)
    web.install(app, engine, clock=clock, **options)
    return app


@dataclass
class Server:
    url: str
    engine: Engine
    clock: FakeClock
    app: FastAPI


@contextmanager
def serve(engine: Engine, clock: FakeClock) -> Iterator[Server]:
    """A real uvicorn on a free loopback port serving the console."""
    app = console_app(engine, clock)
    port = free_port()
    config = uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning")
    srv = uvicorn.Server(config)
    thread = threading.Thread(target=srv.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 10
    while not srv.started and time.monotonic() < deadline:
        time.sleep(0.02)
    yield Server(f"http://127.0.0.1:{port}", engine, clock, app)
    srv.should_exit = True
    thread.join(timeout=10)


def add_person(
    engine: Engine, clock: FakeClock, email: str, role: str, region: str | None = None
) -> auth.Agent:
    return auth.add_agent(engine, email, role, PASSWORD, clock, region=region)


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
