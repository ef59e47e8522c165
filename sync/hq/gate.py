"""The HQ's outer ASGI layer, in front of every route.

- a request id on every request and response, and one access-log line without personal data;
- the body limit counted as bytes arrive (chunked uploads included), before anything parses,
  and again on a zstd or gzip body as it opens (a compressed bomb is refused, never held whole);
- on the stand API, the kiosk token (and its rate limit) checked before any body is read;
- an error escaping a handler is logged as its class and the request id only: database
  errors print their parameters (names, phone numbers), tracebacks print local values.
"""

from __future__ import annotations

import json
import logging
import re
import time
import uuid
from collections.abc import Awaitable, Callable, MutableMapping
from typing import Any

from starlette.concurrency import run_in_threadpool

from sync.contract import bodies
from sync.contract.errors import AuthError
from sync.contract.wire import API_PREFIX

log = logging.getLogger("sync.hq.api")

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]
_REQUEST_ID = re.compile(r"[A-Za-z0-9._-]{1,64}")


class _Refusal(Exception):
    def __init__(self, status: int, detail: str, headers: dict[str, str] | None = None) -> None:
        super().__init__(detail)
        self.status = status
        self.detail = detail
        self.headers = headers or {}


class Gate:
    """ASGI middleware; ``admit(token)`` is the blocking check of a stand request (run in a
    thread, once): the kiosk behind the token and the seconds it must wait (0 = go), or
    AuthError."""

    def __init__(
        self,
        app: ASGIApp,
        *,
        max_body_bytes: int,
        admit: Callable[[str | None], tuple[Any, int]],
    ) -> None:
        self.app = app
        self.max_body_bytes = max_body_bytes
        self.admit = admit

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        headers = {k.decode("latin-1").lower(): v.decode("latin-1") for k, v in scope["headers"]}
        given = headers.get("x-request-id", "")
        request_id = given if _REQUEST_ID.fullmatch(given) else uuid.uuid4().hex
        state = scope.setdefault("state", {})
        state["request_id"] = request_id
        started = time.perf_counter()
        sent: dict[str, Any] = {"status": None}

        async def tagged_send(message: Message) -> None:
            if message["type"] == "http.response.start":
                sent["status"] = message["status"]
                message["headers"] = [
                    *message.get("headers", []),
                    (b"x-request-id", request_id.encode()),
                ]
            await send(message)

        try:
            self._check_length(headers)
            if scope["path"].startswith(API_PREFIX):
                state["kiosk"] = await self._kiosk(headers)
            body = await self._read_body(receive)
            if headers.get("content-encoding"):
                state["sent_body"] = (headers["content-encoding"].strip().lower(), body)
                body = self._opened(headers["content-encoding"], body)
                scope["headers"] = [
                    (k, v)
                    for k, v in scope["headers"]
                    if k.lower() not in (b"content-encoding", b"content-length")
                ]
            await self.app(scope, _replay(body, receive), tagged_send)
        except _Refusal as refusal:
            if sent["status"] is None:
                await _respond(tagged_send, refusal.status, refusal.detail, refusal.headers)
        except Exception as exc:
            log.error("request %s failed: %s", request_id, type(exc).__name__)
            if sent["status"] is None:
                await _respond(tagged_send, 500, "internal error", {"connection": "close"})
        kiosk = state.get("kiosk")
        log.info(
            json.dumps(
                {
                    "request_id": request_id,
                    "method": scope["method"],
                    "path": scope["path"],
                    "status": sent["status"],
                    "kiosk": getattr(kiosk, "id", None),
                    "ms": round((time.perf_counter() - started) * 1000, 1),
                }
            )
        )

    def _check_length(self, headers: dict[str, str]) -> None:
        length = headers.get("content-length")
        if length is not None and (not length.isdigit() or int(length) > self.max_body_bytes):
            raise _Refusal(413, "request body too large", {"connection": "close"})

    async def _kiosk(self, headers: dict[str, str]) -> Any:
        auth = headers.get("authorization", "")
        token = auth[7:].strip() if auth.lower().startswith("bearer ") else None
        try:
            identity, wait = await run_in_threadpool(self.admit, token)  # a database write
        except AuthError as exc:
            refused = {"www-authenticate": "Bearer", "connection": "close"}
            raise _Refusal(401, exc.message, refused) from exc
        if wait:
            raise _Refusal(
                429, "too many requests", {"retry-after": str(wait), "connection": "close"}
            )
        return identity

    async def _read_body(self, receive: Receive) -> bytes:
        """The whole body, refused as soon as it passes the limit (never held beyond it)."""
        parts: list[bytes] = []
        size = 0
        while True:
            message = await receive()
            if message["type"] == "http.disconnect":
                raise _Refusal(400, "client went away")
            chunk = message.get("body", b"")
            size += len(chunk)
            if size > self.max_body_bytes:
                raise _Refusal(413, "request body too large", {"connection": "close"})
            parts.append(chunk)
            if not message.get("more_body", False):
                return b"".join(parts)

    def _opened(self, encoding: str, body: bytes) -> bytes:
        """A compressed body opened (zstd or gzip), refused once it opens past the body limit
        (a compressed bomb never grows beyond it in memory)."""
        try:
            return bodies.unpack(encoding, body, self.max_body_bytes)
        except bodies.BodyRefused as exc:
            closing = {"connection": "close"} if exc.status == 413 else None
            raise _Refusal(exc.status, exc.message, closing) from exc


def _replay(body: bytes, receive: Receive) -> Receive:
    """The body already read, then the real channel (for the client's disconnect)."""
    pending = [{"type": "http.request", "body": body, "more_body": False}]

    async def replayed() -> Message:
        if pending:
            return pending.pop()
        return await receive()

    return replayed


async def _respond(send: Send, status: int, detail: str, headers: dict[str, str]) -> None:
    payload = json.dumps({"detail": detail}).encode()
    raw = [(b"content-type", b"application/json"), (b"content-length", str(len(payload)).encode())]
    raw += [(k.encode(), v.encode()) for k, v in headers.items()]
    await send({"type": "http.response.start", "status": status, "headers": raw})
    await send({"type": "http.response.body", "body": payload})


class QuerylessAccessLog(logging.Filter):
    """uvicorn's access log without query strings (a console search can hold a phone number)."""

    def filter(self, record: logging.LogRecord) -> bool:
        args = record.args
        if isinstance(args, tuple) and len(args) >= 3 and isinstance(args[2], str):
            record.args = (*args[:2], args[2].split("?", 1)[0], *args[3:])
        return True


def quiet_access_log() -> None:
    access = logging.getLogger("uvicorn.access")
    if not any(isinstance(f, QuerylessAccessLog) for f in access.filters):
        access.addFilter(QuerylessAccessLog())
