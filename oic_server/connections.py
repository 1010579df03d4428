"""What keeps anonymous sockets from exhausting the server: connection limits for uvicorn.

uvicorn closes a keep-alive connection a few seconds after its last response,
but a connection that never sends a request, or sends half a header and then
a line every few seconds (slowloris), stays open for ever; past the process's
file-descriptor limit every ``accept()`` fails, the event loop spins and
asyncio logs each failure with a traceback (an adversarial pass saw 68 MB of
log per 10 s and every request time out). Here:

- **Header timeout**: a connection must deliver a request's complete headers
  within ``header_timeout`` seconds of opening (or of its previous response),
  else it is closed. Over TLS the handshake is part of that time: the
  listener accepts plain TCP, the guard admits the connection (so a socket
  that never finishes its handshake is counted, and can be evicted, like any
  other) and only then starts TLS on it (``loop.start_tls``).
- **Connection cap**: at most ``max_connections`` are open. A new one over the
  cap closes the connection that has waited longest without a request in
  flight (idle or half a header); failing that, the one whose request has
  waited longest on its client (a body that stopped arriving, an answer it
  does not read); only when every connection is busy making progress is the
  newcomer answered ``503`` and closed. So a flood of silent or stalled
  sockets cannot keep a real client out: the newest connection is the last to go.
- **Write timeout**: an answer the client stops reading for ``write_timeout``
  seconds (pipelined requests whose answers are never read) ends the
  connection, so its buffers are freed.
- **Descriptors in reserve**: the cap never exceeds the soft ``RLIMIT_NOFILE``
  minus :data:`FD_RESERVE`, so the connections asyncio accepts in a burst
  before the guard sees them (bounded by the listen backlog), the database
  pool, blob files and logs still fit when connections are at the cap;
  ``serve`` first raises the soft limit to the hard one. (Without the reserve
  an accept fails, and asyncio stops accepting for a whole second.)
- **One log line per interval** for a failed ``accept()`` (should one still
  happen), with the number of failures it stands for.

A request's body is timed separately, in the API's guard (a stalled upload).
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import resource
import ssl
import time
from collections import OrderedDict
from dataclasses import dataclass
from typing import Any

from uvicorn.protocols.http.h11_impl import H11Protocol

__all__ = [
    "FD_RESERVE",
    "AcceptErrorFilter",
    "ConnectionGuard",
    "ConnectionLimits",
    "guarded_protocol",
    "raise_fd_limit",
    "uvicorn_config",
]

log = logging.getLogger("oic_server.connections")

# asyncio accepts up to `backlog` connections per turn of the loop, before any of them
# reaches the guard; two such bursts can be in flight (accepted, not yet admitted)
ACCEPT_BACKLOG = 128
# descriptors kept free: those bursts, plus the database pool, blob files, logs, listeners
FD_RESERVE = 2 * ACCEPT_BACKLOG + 128
ACCEPT_LOG_INTERVAL = 60.0
_BUSY_BODY = json.dumps(
    {
        "error": {
            "code": "unavailable",
            "message": "El servidor atiende demasiadas conexiones; intente en unos segundos.",
        }
    },
    ensure_ascii=False,
).encode("utf-8")
_BUSY = (
    b"HTTP/1.1 503 Service Unavailable\r\n"
    b"content-type: application/json\r\n"
    b"retry-after: 5\r\n"
    b"connection: close\r\n"
    b"content-length: " + str(len(_BUSY_BODY)).encode() + b"\r\n\r\n" + _BUSY_BODY
)


@dataclass(frozen=True)
class ConnectionLimits:
    """Limits of ``oic-server serve`` (docs/server.md, "Limits")."""

    max_connections: int = 4096  # further capped by the descriptor limit
    header_timeout: float = 15.0  # open (or last response) → complete request headers
    write_timeout: float = 60.0  # an answer the client does not read for this long
    stalled_after: float = 2.0  # a request silent on its client's side this long may go
    shutdown_timeout: int = 10  # on stop, requests in flight get this long to finish
    keepalive_timeout: float = 5.0  # idle after a response (uvicorn's own timer)

    def effective_max_connections(self) -> int:
        """``max_connections``, lowered to leave :data:`FD_RESERVE` descriptors free."""
        soft, _hard = resource.getrlimit(resource.RLIMIT_NOFILE)
        if soft == resource.RLIM_INFINITY:
            return self.max_connections
        return max(16, min(self.max_connections, soft - FD_RESERVE))


def raise_fd_limit() -> tuple[int, int]:
    """Raise the soft descriptor limit to the hard one (systemd's soft default is 1024).
    Returns the (soft, hard) limits in force afterwards."""
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    if soft != hard:
        # some platforms cap it lower than the hard limit: then the soft one stays
        with contextlib.suppress(ValueError, OSError):
            resource.setrlimit(resource.RLIMIT_NOFILE, (hard, hard))
            soft = hard
    return soft, hard


class ConnectionGuard:
    """The open connections of one server and which of them wait for a request."""

    def __init__(self, limits: ConnectionLimits):
        self.limits = limits
        self.max_connections = limits.effective_max_connections()
        self.open: set[Any] = set()
        # waiting for a request's headers (new, idle or slow), oldest first
        self.waiting: OrderedDict[Any, asyncio.TimerHandle] = OrderedDict()
        self.evicted = 0
        self.refused = 0
        self.timed_out = 0

    def opened(self, proto: Any) -> bool:
        """Admit ``proto``; False when it was refused (answered 503 and closed)."""
        while len(self.open) >= self.max_connections and self.waiting:
            oldest = next(iter(self.waiting))
            self.evicted += 1
            self._close(oldest)
        if len(self.open) >= self.max_connections:
            stalled = self._most_stalled()
            if stalled is not None:
                self.evicted += 1
                self._close(stalled)
        if len(self.open) >= self.max_connections:
            self.refused += 1
            if not getattr(proto, "_handshaking", False):  # no HTTP before TLS
                proto.transport.write(_BUSY)
            proto.transport.close()
            return False
        self.open.add(proto)
        self.wait(proto)
        return True

    def wait(self, proto: Any) -> None:
        """``proto`` has no request in flight: its next headers are due in time."""
        if proto in self.waiting or proto not in self.open:
            return
        loop = asyncio.get_running_loop()
        self.waiting[proto] = loop.call_later(self.limits.header_timeout, self._expire, proto)

    def busy(self, proto: Any) -> None:
        """``proto`` delivered a request's headers: no longer a candidate for eviction."""
        timer = self.waiting.pop(proto, None)
        if timer is not None:
            timer.cancel()

    def closed(self, proto: Any) -> None:
        self.busy(proto)
        self.open.discard(proto)

    def _most_stalled(self) -> Any:
        """The busy connection waiting longest on its client, if any waits long enough."""
        now = time.monotonic()
        worst, since = None, now - self.limits.stalled_after
        for proto in self.open:
            stalled = proto.stalled_since()
            if stalled is not None and stalled <= since:
                worst, since = proto, stalled
        return worst

    def _expire(self, proto: Any) -> None:
        if proto in self.waiting:
            self.timed_out += 1
            self._close(proto)

    def _close(self, proto: Any) -> None:
        self.closed(proto)
        transport = getattr(proto, "transport", None)
        if transport is not None:
            transport.abort()  # close() would wait to flush what the client does not read


def guarded_protocol(
    guard: ConnectionGuard, tls: ssl.SSLContext | None = None
) -> type[H11Protocol]:
    """uvicorn's h11 protocol, reporting to ``guard`` (a class per server); with ``tls``,
    it accepts plain TCP and starts TLS once the guard admitted the connection."""

    class GuardedH11Protocol(H11Protocol):
        _heard = 0.0  # monotonic time the client last sent or took bytes
        _write_timer: asyncio.TimerHandle | None = None
        _handshaking = False  # TLS not yet started or finished: uvicorn knows nothing yet
        _early = b""  # application data that arrived with the end of the handshake

        def connection_made(self, transport: asyncio.Transport) -> None:  # type: ignore[override]
            self._heard = time.monotonic()
            if tls is not None and not self._handshaking:
                self._handshaking = True
                self.transport = transport  # what the guard closes until TLS is up
                if guard.opened(self):
                    self.loop.create_task(self._start_tls(transport))
                return
            super().connection_made(transport)
            if tls is None and not guard.opened(self):
                return
            self._track()

        async def _start_tls(self, raw: asyncio.Transport) -> None:
            try:
                secure = await self.loop.start_tls(
                    raw,
                    self,
                    tls,
                    server_side=True,
                    ssl_handshake_timeout=guard.limits.header_timeout,
                )
            except (OSError, ssl.SSLError, TimeoutError, ConnectionError, RuntimeError):
                secure = None
            if secure is None or raw.is_closing():
                guard.closed(self)
                raw.abort()
                return
            self.connection_made(secure)  # now uvicorn's own, on the TLS transport
            self._handshaking = False
            early, self._early = self._early, b""
            if early:
                self.data_received(early)

        def data_received(self, data: bytes) -> None:
            self._heard = time.monotonic()
            if self._handshaking:
                if len(self._early) + len(data) > 64 * 1024:  # no request head is this big
                    self.transport.abort()
                    return
                self._early += data
                return
            super().data_received(data)
            self._track()

        def eof_received(self) -> bool | None:  # type: ignore[override]
            return None if self._handshaking else super().eof_received()

        def pause_writing(self) -> None:
            if self._handshaking:
                return
            super().pause_writing()
            if self._write_timer is None:
                self._write_timer = self.loop.call_later(
                    guard.limits.write_timeout, self.transport.abort
                )

        def resume_writing(self) -> None:
            self._heard = time.monotonic()
            if self._handshaking:
                return
            super().resume_writing()
            if self._write_timer is not None:
                self._write_timer.cancel()
                self._write_timer = None

        def stalled_since(self) -> float | None:
            """When a request in flight began waiting on its client (its body stopped
            arriving, or it does not read the answer); None when it is not waiting on it."""
            cycle = self.cycle
            if cycle is None or cycle.response_complete:
                return None
            if self.flow is not None and self.flow.write_paused:
                return self._heard
            if cycle.more_body and not cycle.body:
                return self._heard
            return None

        def on_response_complete(self) -> None:
            super().on_response_complete()  # may start a pipelined request
            if not self.transport.is_closing():
                self._track()

        def connection_lost(self, exc: Exception | None) -> None:
            guard.closed(self)
            if self._write_timer is not None:
                self._write_timer.cancel()
                self._write_timer = None
            if self._handshaking and self.flow is None:
                return  # uvicorn never saw this connection
            super().connection_lost(exc)

        def _track(self) -> None:
            if self.cycle is not None and not self.cycle.response_complete:
                guard.busy(self)
            else:
                guard.wait(self)

    return GuardedH11Protocol


class OncePerInterval(logging.Filter):
    """Lets a message that anyone can cause at will (a failed accept, a malformed request)
    through once per ``interval`` seconds, saying how many the line stands for."""

    def __init__(self, prefix: str, explanation: str, interval: float = ACCEPT_LOG_INTERVAL):
        super().__init__()
        self.prefix = prefix
        self.explanation = explanation
        self.interval = interval
        self.last = float("-inf")
        self.suppressed = 0

    def filter(self, record: logging.LogRecord) -> bool:
        if not str(record.msg).startswith(self.prefix):
            return True
        now = time.monotonic()
        if now - self.last < self.interval:
            self.suppressed += 1
            return False
        self.last = now
        record.msg = (
            f"{self.prefix} {self.explanation} ({self.suppressed} más desde el aviso anterior)"
        )
        record.args = ()
        record.exc_info = None  # the same traceback each time says nothing new
        record.exc_text = None
        self.suppressed = 0
        return True


class AcceptErrorFilter(OncePerInterval):
    """asyncio's "socket.accept() out of system resource", once per interval."""

    def __init__(self, interval: float = ACCEPT_LOG_INTERVAL):
        super().__init__(
            "socket.accept() out of system resource",
            "— no quedan descriptores de archivo; las conexiones nuevas esperan. Suba "
            "«ulimit -n» o baje --max-connections.",
            interval,
        )


_log_filters = (
    ("asyncio", AcceptErrorFilter()),
    (
        "uvicorn.error",
        OncePerInterval(
            "Invalid HTTP request received.", "— un cliente envió algo que no es HTTP."
        ),
    ),
    (
        "uvicorn.error",
        OncePerInterval("Unsupported upgrade request.", "— este servidor no usa WebSocket."),
    ),
    ("uvicorn.error", OncePerInterval("No supported WebSocket library detected.", "")),
)


def install_accept_log_filter() -> None:
    """Once per process: the filters on asyncio's and uvicorn's loggers (idempotent)."""
    for name, log_filter in _log_filters:
        logger = logging.getLogger(name)
        if log_filter not in logger.filters:
            logger.addFilter(log_filter)


def uvicorn_config(app: Any, *, limits: ConnectionLimits | None = None, **options: Any) -> Any:
    """A ``uvicorn.Config`` for ``app`` with the connection guard; ``options`` go to
    uvicorn as they are (host, port, TLS files, log level…)."""
    import uvicorn

    limits = limits or ConnectionLimits()
    install_accept_log_filter()
    # TLS is the guard's (after admission), not uvicorn's (before anything is counted)
    certfile = options.pop("ssl_certfile", None)
    keyfile = options.pop("ssl_keyfile", None)
    password = options.pop("ssl_keyfile_password", None)
    tls = None
    if certfile:
        tls = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        tls.load_cert_chain(certfile, keyfile, (lambda: password) if password else None)
    guard = ConnectionGuard(limits)
    config = uvicorn.Config(
        app,
        http=guarded_protocol(guard, tls),
        ws="none",  # no websockets here: an Upgrade request is plain HTTP, logged as nothing
        backlog=ACCEPT_BACKLOG,
        timeout_keep_alive=max(1, round(limits.keepalive_timeout)),
        # a stalled client must not hold a restart (laptops resume their uploads)
        timeout_graceful_shutdown=limits.shutdown_timeout,
        **options,
    )
    config.connection_guard = guard  # type: ignore[attr-defined] # for tests and logs
    return config
