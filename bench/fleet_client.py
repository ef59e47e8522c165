"""The fleet bench's HTTP/1.1 client: asyncio streams with keep-alive connections in a pool.

A simulated stand costs the load generator one small coroutine per request, not a thread and
a ``requests`` session, so that on a 2-core machine the generator is not what is measured.
Request bodies are encoded before the run; answers are read whole (Content-Length or chunked).
"""

from __future__ import annotations

import asyncio
from dataclasses import dataclass, field

HEAD_MAX = 64 * 1024


class HTTPFailure(Exception):
    """The connection broke or the answer was not HTTP."""


@dataclass
class Answer:
    status: int
    body: bytes


@dataclass
class _Conn:
    reader: asyncio.StreamReader
    writer: asyncio.StreamWriter


@dataclass
class Pool:
    """Keep-alive connections to one host; a request takes an idle one or opens another."""

    host: str
    port: int
    idle: list[_Conn] = field(default_factory=list)
    opened: int = 0

    async def request(
        self, method: str, path: str, token: str, body: bytes = b"", timeout: float = 60.0
    ) -> Answer:
        conn = self.idle.pop() if self.idle else await self._open()
        head = (
            f"{method} {path} HTTP/1.1\r\nHost: {self.host}:{self.port}\r\n"
            f"Authorization: Bearer {token}\r\nContent-Length: {len(body)}\r\n"
        )
        if body:
            head += "Content-Type: application/json\r\n"
        try:
            conn.writer.write(head.encode("ascii") + b"\r\n" + body)
            answer, keep = await asyncio.wait_for(_read_answer(conn.reader), timeout)
        except (OSError, asyncio.IncompleteReadError, asyncio.LimitOverrunError) as exc:
            conn.writer.close()
            raise HTTPFailure(type(exc).__name__) from exc
        except TimeoutError as exc:
            conn.writer.close()
            raise HTTPFailure("timeout") from exc
        if keep:
            self.idle.append(conn)
        else:
            conn.writer.close()
        return answer

    async def _open(self) -> _Conn:
        reader, writer = await asyncio.open_connection(self.host, self.port, limit=HEAD_MAX)
        self.opened += 1
        return _Conn(reader, writer)

    def close(self) -> None:
        for conn in self.idle:
            conn.writer.close()
        self.idle.clear()


async def _read_answer(reader: asyncio.StreamReader) -> tuple[Answer, bool]:
    head = await reader.readuntil(b"\r\n\r\n")
    lines = head.decode("latin-1").split("\r\n")
    parts = lines[0].split(" ", 2)
    if len(parts) < 2 or not parts[0].startswith("HTTP/1.") or not parts[1].isdigit():
        raise HTTPFailure("not an HTTP answer")
    headers = {}
    for line in lines[1:]:
        name, _, value = line.partition(":")
        headers[name.strip().lower()] = value.strip()
    if headers.get("transfer-encoding", "").lower() == "chunked":
        body = await _chunked(reader)
    else:
        body = await reader.readexactly(int(headers.get("content-length", "0")))
    keep = headers.get("connection", "").lower() != "close"
    return Answer(int(parts[1]), body), keep


async def _chunked(reader: asyncio.StreamReader) -> bytes:
    parts: list[bytes] = []
    while True:
        size = int((await reader.readuntil(b"\r\n")).split(b";")[0].strip(), 16)
        if size == 0:
            await reader.readuntil(b"\r\n")
            return b"".join(parts)
        parts.append(await reader.readexactly(size))
        await reader.readexactly(2)
