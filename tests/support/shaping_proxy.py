"""A TCP proxy on 127.0.0.1 that shapes a link like a caravan's weak 4G: added latency each way,
a bandwidth cap each way, and dropped connections — in user space, no root, no tc/netem.

    with ShapingProxy(target_port, latency_s=0.15, bandwidth_bps=1_000_000) as proxy:
        ...  # talk to http://127.0.0.1:{proxy.port}

Every byte is counted (``bytes_up``, ``bytes_down``), so a benchmark can compute the floor of
a transfer: bytes over bandwidth plus the round trips. ``drop_after_down`` cuts the next
connection(s) after that many bytes towards the client (an interrupted download).
"""

from __future__ import annotations

import asyncio
import contextlib
import threading
import time
from dataclasses import dataclass, field
from types import TracebackType

CHUNK = 16 * 1024


@dataclass
class _Pipe:
    """One direction's shaping: a serialising clock for the bandwidth, a fixed delay."""

    latency_s: float
    bandwidth_bps: float | None
    free_at: float = 0.0  # when the link is free to put the next byte on the wire
    sent: int = 0

    def departure(self, size: int, now: float) -> float:
        """When a chunk of ``size`` bytes handed over ``now`` has left the sender."""
        start = max(now, self.free_at)
        if self.bandwidth_bps:
            self.free_at = start + size * 8 / self.bandwidth_bps
        else:
            self.free_at = start
        self.sent += size
        return self.free_at


@dataclass
class ShapingProxy:
    target_port: int
    latency_s: float = 0.0  # one way: a 300 ms round trip is latency_s=0.15
    bandwidth_bps: float | None = None  # each way
    drop_after_down: int | None = None  # cut a connection after this many bytes down
    drops: int = 1  # how many connections are cut that way
    target_host: str = "127.0.0.1"
    port: int = 0
    connections: int = 0
    dropped: int = 0
    _up: _Pipe = field(init=False)
    _down: _Pipe = field(init=False)
    _loop: asyncio.AbstractEventLoop | None = field(init=False, default=None)
    _thread: threading.Thread | None = field(init=False, default=None)
    _server: asyncio.Server | None = field(init=False, default=None)

    def __post_init__(self) -> None:
        # one shared pipe per direction: several connections share the link, as on 4G
        self._up = _Pipe(self.latency_s, self.bandwidth_bps)
        self._down = _Pipe(self.latency_s, self.bandwidth_bps)

    @property
    def bytes_up(self) -> int:
        return self._up.sent

    @property
    def bytes_down(self) -> int:
        return self._down.sent

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def __enter__(self) -> ShapingProxy:
        ready = threading.Event()
        self._loop = asyncio.new_event_loop()

        def serve() -> None:
            assert self._loop is not None
            asyncio.set_event_loop(self._loop)
            self._server = self._loop.run_until_complete(
                asyncio.start_server(self._handle, "127.0.0.1", 0)
            )
            self.port = int(self._server.sockets[0].getsockname()[1])
            ready.set()
            self._loop.run_forever()

        self._thread = threading.Thread(target=serve, name="shaping-proxy", daemon=True)
        self._thread.start()
        if not ready.wait(10):
            raise RuntimeError("the shaping proxy did not start")
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        loop = self._loop
        if loop is None or self._thread is None:
            return

        async def stop() -> None:
            if self._server is not None:
                self._server.close()
            for task in asyncio.all_tasks():
                if task is not asyncio.current_task():
                    task.cancel()

        asyncio.run_coroutine_threadsafe(stop(), loop).result(10)
        loop.call_soon_threadsafe(loop.stop)
        self._thread.join(10)
        loop.close()

    async def _handle(self, client_r: asyncio.StreamReader, client_w: asyncio.StreamWriter) -> None:
        with contextlib.suppress(asyncio.CancelledError):  # the proxy stops under it
            await self._relay(client_r, client_w)

    async def _relay(self, client_r: asyncio.StreamReader, client_w: asyncio.StreamWriter) -> None:
        self.connections += 1
        cut_at = None
        if self.drop_after_down is not None and self.dropped < self.drops:
            self.dropped += 1
            cut_at = self.drop_after_down
        try:
            target_r, target_w = await asyncio.open_connection(self.target_host, self.target_port)
        except OSError:
            client_w.close()
            return
        up = asyncio.create_task(self._pump(client_r, target_w, self._up, None))
        down = asyncio.create_task(self._pump(target_r, client_w, self._down, cut_at))
        try:
            await asyncio.wait({up, down}, return_when=asyncio.FIRST_COMPLETED)
            if down.done():  # the server closed or the link was cut: nothing more goes up
                up.cancel()
            else:
                await down
        finally:
            for writer in (client_w, target_w):
                writer.close()
            for task in (up, down):
                task.cancel()
                with contextlib.suppress(asyncio.CancelledError, OSError):
                    await task

    async def _pump(
        self,
        reader: asyncio.StreamReader,
        writer: asyncio.StreamWriter,
        pipe: _Pipe,
        cut_at: int | None,
    ) -> None:
        """Chunks read now arrive after their serialisation time plus the latency; reading
        goes on meanwhile (a pipe, not one chunk at a time)."""
        queue: asyncio.Queue[tuple[float, bytes]] = asyncio.Queue()
        deliver = asyncio.create_task(self._deliver(queue, writer))
        passed = 0
        try:
            with contextlib.suppress(OSError, asyncio.IncompleteReadError):
                while data := await reader.read(CHUNK):
                    if cut_at is not None and passed + len(data) > cut_at:
                        data = data[: cut_at - passed]
                    gone = pipe.departure(len(data), time.monotonic())
                    queue.put_nowait((gone + pipe.latency_s, data))
                    passed += len(data)
                    if cut_at is not None and passed >= cut_at:
                        break  # the link dies mid-transfer
            queue.put_nowait((0.0, b""))
            await deliver
        finally:
            deliver.cancel()

    @staticmethod
    async def _deliver(
        queue: asyncio.Queue[tuple[float, bytes]], writer: asyncio.StreamWriter
    ) -> None:
        with contextlib.suppress(OSError):
            while True:
                at, data = await queue.get()
                if not data:
                    if writer.can_write_eof():
                        writer.write_eof()
                    return
                await asyncio.sleep(max(0.0, at - time.monotonic()))
                writer.write(data)
                await writer.drain()
