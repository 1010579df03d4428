"""A fault-injecting TCP proxy for the sync tests: the bad village link, on loopback.

It sits between the client and a real ``oic-server`` and, per connection or
at a point of the whole transfer, does what real links do: drops the
connection after N bytes (either direction), stalls (holds the bytes and
sends nothing), truncates a response, or resets (RST). Randomness comes from
a seed, so a failing run can be replayed. It also counts every byte it moves,
which is how the tests and the bench measure bytes on the wire.

Runs an asyncio loop on its own thread; nothing here is timed by assertions.
"""

from __future__ import annotations

import asyncio
import contextlib
import random
import socket
import struct
import threading
from dataclasses import dataclass, field

__all__ = ["Fault", "FaultProxy", "GlobalCut", "RandomFaults"]

UP, DOWN = "up", "down"  # client → server, server → client
KINDS = ("drop", "stall", "truncate", "reset")


@dataclass(frozen=True)
class Fault:
    kind: str  # drop | stall | truncate | reset
    direction: str  # up | down ("truncate" is a drop of the response: always down)
    after: int  # bytes of this connection, in that direction, that still go through
    stall_seconds: float = 3.0


@dataclass
class RandomFaults:
    """Each new connection gets a fault with probability ``rate`` (seeded); the first
    ``guaranteed`` connections always get one."""

    seed: int
    rate: float = 0.35
    guaranteed: int = 0
    max_after_up: int = 300_000
    max_after_down: int = 600
    kinds: tuple[str, ...] = KINDS
    stall_seconds: float = 3.0
    rng: random.Random = field(init=False)

    def __post_init__(self) -> None:
        self.rng = random.Random(self.seed)
        self.seen = 0

    def fault_for(self, conn_id: int) -> Fault | None:
        self.seen += 1
        if self.rng.random() >= self.rate and self.seen > self.guaranteed:
            return None
        kind = self.rng.choice(self.kinds)
        direction = DOWN if kind == "truncate" else self.rng.choice((UP, DOWN))
        limit = self.max_after_up if direction == UP else self.max_after_down
        return Fault(kind, direction, self.rng.randint(0, limit), self.stall_seconds)


@dataclass
class GlobalCut:
    """One fault when the proxy's total in ``direction`` crosses ``at`` bytes."""

    at: int
    kind: str = "reset"
    direction: str = UP
    fired: bool = False


class _Abort(Exception):
    pass


class FaultProxy:
    def __init__(self, target_port: int, *, target_host: str = "127.0.0.1"):
        self.target = (target_host, target_port)
        self.plan: RandomFaults | None = None
        self.cut: GlobalCut | None = None
        self.bytes_up = 0
        self.bytes_down = 0
        self.connections = 0
        self.faults: list[tuple[int, Fault]] = []
        self.port = 0
        self._loop = asyncio.new_event_loop()
        self._thread = threading.Thread(target=self._loop.run_forever, daemon=True)
        self._server: asyncio.base_events.Server | None = None
        self._tasks: set[asyncio.Task] = set()
        self._lock = threading.Lock()

    # ------------------------------------------------------------ control

    def start(self) -> FaultProxy:
        self._thread.start()
        self._server = asyncio.run_coroutine_threadsafe(
            asyncio.start_server(self._handle, "127.0.0.1", 0), self._loop
        ).result(10)
        self.port = self._server.sockets[0].getsockname()[1]
        return self

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def stop(self) -> None:
        async def shutdown() -> None:
            if self._server is not None:
                self._server.close()
            for task in list(self._tasks):
                task.cancel()
            await asyncio.sleep(0)

        with contextlib.suppress(Exception):
            asyncio.run_coroutine_threadsafe(shutdown(), self._loop).result(10)
        self._loop.call_soon_threadsafe(self._loop.stop)
        self._thread.join(10)

    def __enter__(self) -> FaultProxy:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    def reset_counters(self) -> None:
        with self._lock:
            self.bytes_up = self.bytes_down = 0

    # ------------------------------------------------------------ plumbing

    async def _handle(self, client_r: asyncio.StreamReader, client_w: asyncio.StreamWriter):
        task = asyncio.current_task()
        assert task is not None
        self._tasks.add(task)
        with self._lock:
            self.connections += 1
            conn_id = self.connections
        fault = self.plan.fault_for(conn_id) if self.plan is not None else None
        if fault is not None:
            self.faults.append((conn_id, fault))
        try:
            server_r, server_w = await asyncio.open_connection(*self.target)
        except OSError:
            _reset(client_w)
            self._tasks.discard(task)
            return
        seen = {UP: 0, DOWN: 0}
        pipes = [
            asyncio.create_task(
                self._pipe(client_r, server_w, UP, fault, seen, (client_w, server_w))
            ),
            asyncio.create_task(
                self._pipe(server_r, client_w, DOWN, fault, seen, (client_w, server_w))
            ),
        ]
        try:
            done, pending = await asyncio.wait(pipes, return_when=asyncio.FIRST_EXCEPTION)
            for p in pending:
                if any(t.exception() for t in done if not t.cancelled()):
                    p.cancel()
            await asyncio.gather(*pipes, return_exceptions=True)
        finally:
            for w in (client_w, server_w):
                with contextlib.suppress(Exception):
                    w.close()
            self._tasks.discard(task)

    async def _pipe(self, reader, writer, direction, fault, seen, both) -> None:
        try:
            while True:
                data = await reader.read(65536)
                if not data:
                    with contextlib.suppress(Exception):
                        writer.write_eof()
                    return
                allowed = len(data)
                action = None
                if fault is not None and fault.direction == direction:
                    left = fault.after - seen[direction]
                    if left < len(data):
                        allowed, action = max(0, left), fault.kind
                cut = self.cut
                if (
                    action is None
                    and cut is not None
                    and not cut.fired
                    and cut.direction == direction
                ):
                    with self._lock:
                        total = self.bytes_up if direction == UP else self.bytes_down
                        if total + len(data) > cut.at:
                            cut.fired = True
                            allowed, action = max(0, cut.at - total), cut.kind
                if allowed:
                    writer.write(data[:allowed])
                    await writer.drain()
                    seen[direction] += allowed
                    with self._lock:
                        if direction == UP:
                            self.bytes_up += allowed
                        else:
                            self.bytes_down += allowed
                if action is not None:
                    await self._apply(action, fault, both)
                    raise _Abort
        except (ConnectionError, OSError, asyncio.IncompleteReadError):
            for w in both:
                _reset(w)
            raise _Abort from None

    async def _apply(self, action: str, fault: Fault | None, both) -> None:
        if action == "stall":
            await asyncio.sleep(fault.stall_seconds if fault is not None else 3.0)
            for w in both:
                _reset(w)
        elif action == "reset":
            for w in both:
                _reset(w)
        else:  # drop, truncate: an orderly close in the middle of the exchange
            for w in both:
                with contextlib.suppress(Exception):
                    w.close()


def _reset(writer: asyncio.StreamWriter) -> None:
    """Close with RST (SO_LINGER 0) instead of FIN."""
    sock = writer.get_extra_info("socket")
    with contextlib.suppress(Exception):
        if sock is not None:
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
    with contextlib.suppress(Exception):
        writer.transport.abort()
