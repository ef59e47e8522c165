"""Real servers for tests, on loopback only: uvicorn in a thread, a throw-away PostgreSQL."""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import tempfile
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import uvicorn

PG_BIN_GLOB = "/usr/lib/postgresql/*/bin"


def bound_socket() -> socket.socket:
    """A loopback socket already bound to a port of its own: no other process can take it
    between choosing the port and serving on it.

    Made with IPPROTO_TCP, not 0: asyncio sets TCP_NODELAY only on accepted sockets whose
    protocol says TCP, and without it a reused connection waits ~40 ms per response (Nagle
    against the client's delayed ACK), as a server binding its own port never does."""
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM, socket.IPPROTO_TCP)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind(("127.0.0.1", 0))
    return sock


def listening_socket() -> socket.socket:
    """A bound, listening loopback socket to hand to a server process (`uvicorn --fd N` with
    ``pass_fds``): connections queue from the start and the port can never be taken."""
    sock = bound_socket()
    sock.listen(256)
    return sock


@contextmanager
def uvicorn_thread(app: Any, *, lifespan: str = "off") -> Iterator[str]:
    """Serve ``app`` with a real uvicorn on a pre-bound loopback socket; yields the base URL."""
    sock = bound_socket()
    port = int(sock.getsockname()[1])
    server = uvicorn.Server(
        uvicorn.Config(
            app,
            host="127.0.0.1",
            port=port,
            log_level="warning",
            lifespan=lifespan,
            proxy_headers=False,  # as `omrane-hq serve`: the app decides which proxy to believe
        )
    )
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    deadline = time.monotonic() + 15
    try:
        while not server.started:
            if time.monotonic() > deadline or not thread.is_alive():
                raise RuntimeError("uvicorn did not start")
            time.sleep(0.02)
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(timeout=10)
        sock.close()


def postgres_bindir() -> Path | None:
    found = sorted(Path("/").glob(PG_BIN_GLOB.lstrip("/")))
    return found[-1] if found else None


@contextmanager
def postgres_server() -> Iterator[str]:
    """A PostgreSQL started for the test run in a temporary folder; yields a SQLAlchemy URL.

    It listens on a Unix socket in that folder only (no TCP port, so nothing to race for or
    collide with). As root, initdb refuses to run, so the server runs as the ``postgres`` user.
    """
    bindir = postgres_bindir()
    if bindir is None:
        raise FileNotFoundError("PostgreSQL binaries not found (Debian package postgresql)")
    folder = Path(tempfile.mkdtemp(prefix="omrane-pg-"))
    as_user: list[str] = []
    if os.geteuid() == 0:
        shutil.chown(folder, "postgres")
        as_user = ["runuser", "-u", "postgres", "--"]
    data = folder / "data"

    def run(*args: str) -> None:
        done = subprocess.run([*as_user, *args], capture_output=True, text=True, timeout=120)
        if done.returncode != 0:
            log = (folder / "log").read_text() if (folder / "log").exists() else ""
            raise RuntimeError(f"{args[0]} failed: {done.stderr}{done.stdout}\n{log}")

    run(str(bindir / "initdb"), "-D", str(data), "-A", "trust", "-U", "omrane", "--no-sync")
    run(
        str(bindir / "pg_ctl"),
        "-D",
        str(data),
        "-l",
        str(folder / "log"),
        "-w",
        "-o",
        f"-k {folder} -c listen_addresses='' -c fsync=off",
        "start",
    )
    try:
        run(str(bindir / "createdb"), "-h", str(folder), "-U", "omrane", "hq")
        yield f"postgresql+psycopg://omrane@/hq?host={folder}"
    finally:
        subprocess.run(
            [*as_user, str(bindir / "pg_ctl"), "-D", str(data), "-m", "fast", "-w", "stop"],
            capture_output=True,
            timeout=60,
            check=False,
        )
        shutil.rmtree(folder, ignore_errors=True)
