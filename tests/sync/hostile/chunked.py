"""A raw HTTP/1.1 client that uploads a chunked body and stops at the first byte of answer."""

from __future__ import annotations

import contextlib
import select
import socket
import time
from collections.abc import Callable
from dataclasses import dataclass
from urllib.parse import urlsplit

CHUNK = 64 * 1024


@dataclass
class Upload:
    status: int | None
    sent: int
    seconds: float


def chunked_upload(
    url: str,
    path: str,
    total: int,
    headers: dict[str, str] | None = None,
    every_mb: Callable[[], None] = lambda: None,
    limit_s: float = 60.0,
) -> Upload:
    """POST ``total`` bytes in 64 KiB chunks without Content-Length; ``every_mb`` runs after
    each mebibyte sent (to sample the server's memory)."""
    parts = urlsplit(url)
    lines = [f"POST {path} HTTP/1.1", f"Host: {parts.netloc}", "Transfer-Encoding: chunked"]
    lines += [f"{k}: {v}" for k, v in (headers or {}).items()]
    head = ("\r\n".join(lines) + "\r\n\r\n").encode()
    frame = f"{CHUNK:x}\r\n".encode() + b"x" * CHUNK + b"\r\n"
    started = time.monotonic()
    sent = 0
    with socket.create_connection((parts.hostname, parts.port), timeout=10) as sock:
        sock.sendall(head)
        while sent < total and time.monotonic() - started < limit_s:
            readable, writable, _ = select.select([sock], [sock], [], 1.0)
            if readable:
                break
            if not writable:
                continue
            try:
                sock.sendall(frame)
            except (BrokenPipeError, ConnectionResetError):
                break
            sent += CHUNK
            if sent % (1024 * 1024) == 0:
                every_mb()
        else:
            with contextlib.suppress(BrokenPipeError, ConnectionResetError):
                sock.sendall(b"0\r\n\r\n")
        status = _status_line(sock)
    return Upload(status, sent, time.monotonic() - started)


def _status_line(sock: socket.socket) -> int | None:
    sock.settimeout(10)
    data = b""
    try:
        while b"\r\n" not in data:
            more = sock.recv(4096)
            if not more:
                break
            data += more
    except (ConnectionResetError, TimeoutError):
        pass
    if not data.startswith(b"HTTP/1.1 "):
        return None
    return int(data.split(b" ", 2)[1])
