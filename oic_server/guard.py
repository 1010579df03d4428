"""The API's front door: what a request may send, and who may send a body at all.

A pure ASGI middleware in front of the FastAPI app (docs/server.md, "Limits"):

- **Who**: a route that takes a body and needs a session (``PUT
  /submissions/…``, ``POST /enroll``, ``PATCH /blobs/…``) has its token checked
  *before* one byte of the body is read. An anonymous or revoked caller is
  answered 401 at once; uvicorn discards the unread body as it arrives, never
  holding it. The caller found here is handed to the route (no second lookup).
- **How much**: each route has its own body limit (a login is a few hundred
  bytes, a manifest up to ``max_manifest_bytes``, a chunk ``chunk_bytes``); a
  declared length over it is refused 413 before reading, a body that grows
  past it is cut there.
- **What it expands to**: a JSON body is read whole (within its limit), refused
  when it holds more than ``max_json_values`` objects, arrays and values (a
  1 MiB ``[{},{},…]`` becomes ~30 MB of Python objects), and only
  ``json_parsers`` JSON requests are parsed and handled at once.
- **How slowly**: a body that stops arriving for ``body_timeout`` seconds, or
  arrives slower than ``min_body_rate`` bytes a second on the whole, is
  answered 408 and the connection closed. A refused body is drained (so the
  client reads the answer, not a reset) for 10 s at most, and never when the
  client waits for ``100 Continue``.
- Every answer carries ``Cache-Control: no-store``.
"""

from __future__ import annotations

import asyncio
import re
import weakref
from collections.abc import Awaitable, Callable, MutableMapping
from dataclasses import dataclass
from typing import Any

from fastapi.responses import JSONResponse
from starlette.concurrency import run_in_threadpool
from starlette.exceptions import HTTPException as StarletteHTTPException

from oic_server.config import Limits
from oic_server.errors import ApiError

__all__ = ["API_PREFIX", "CALLER_KEY", "BodyRefused", "RequestGuard", "json_error"]

API_PREFIX = "/api/v1"
CALLER_KEY = "oic_caller"  # scope["state"][CALLER_KEY]: the Caller found before the body
DIGITS = re.compile(r"[0-9]{1,20}")
_DRAIN_BYTES = 8 * 1024 * 1024
_DRAIN_SECONDS = 10.0
_DRAINS = 16  # refused bodies drained at once (per process)
Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]


@dataclass(frozen=True)
class _Route:
    method: str
    path: re.Pattern[str]
    limit: Callable[[Limits], int]
    authenticated: bool
    is_json: bool
    # handled within the JSON parse slots; a login is small (its limit bounds what it
    # expands to) and may wait out a throttle delay, which must hold no slot
    slots: bool = True


# the public check of a constancia: one PDF (oic_server/constancias/cases.py's
# MAX_UPLOAD_BYTES, 5 MiB) and the multipart form around it
PUBLIC_UPLOAD_BYTES = 5 * 1024 * 1024 + 64 * 1024

_ROUTES = (
    _Route(  # anyone (no session): bounded, and never parsed as JSON
        "POST",
        re.compile(r"/verificar/[^/]+"),
        lambda limits: PUBLIC_UPLOAD_BYTES,
        authenticated=False,
        is_json=False,
        slots=False,
    ),
    _Route(  # the console's decision form: a reason and up to 200 per-question comments
        "POST",
        re.compile(r"/envios/[0-9a-fA-F-]{8,64}/decision"),
        lambda limits: limits.max_decision_form_bytes,
        authenticated=False,
        is_json=False,
        slots=False,
    ),
    _Route(
        "POST",
        re.compile(rf"{API_PREFIX}/auth/(login|password)"),
        lambda limits: limits.max_login_bytes,
        authenticated=False,
        is_json=True,
        slots=False,
    ),
    _Route(
        "POST",
        re.compile(rf"{API_PREFIX}/enroll"),
        lambda limits: limits.max_enroll_bytes,
        authenticated=True,
        is_json=True,
    ),
    _Route(
        "PUT",
        re.compile(rf"{API_PREFIX}/submissions/[^/]+"),
        lambda limits: limits.max_manifest_bytes,
        authenticated=True,
        is_json=True,
    ),
    _Route(  # a participation session: a few short fields and a note
        "PUT",
        re.compile(rf"{API_PREFIX}/sessions/[^/]+"),
        lambda limits: limits.max_session_bytes,
        authenticated=True,
        is_json=True,
    ),
    _Route(  # a sign-up: the conflict-of-interest text (5,000 characters) and three fields
        "PUT",
        re.compile(rf"{API_PREFIX}/signups/[^/]+"),
        lambda limits: limits.max_session_bytes,
        authenticated=True,
        is_json=True,
    ),
    _Route(  # the console's conflict-of-interest text (5,000 characters, percent-encoded)
        "POST",
        re.compile(r"/agenda/declaracion"),
        lambda limits: limits.max_session_bytes,
        authenticated=False,
        is_json=False,
        slots=False,
    ),
    _Route(
        "PATCH",
        re.compile(rf"{API_PREFIX}/blobs/[^/]+"),
        lambda limits: limits.chunk_bytes,
        authenticated=True,
        is_json=False,
    ),
)


def _route(method: str, path: str) -> _Route | None:
    for route in _ROUTES:
        if route.method == method and route.path.fullmatch(path):
            return route
    return None


class BodyRefused(StarletteHTTPException):
    """Raised while a body is read (too large, too slow); an HTTPException so FastAPI's
    body parsing lets it through to the API's handler."""

    def __init__(self, error: ApiError):
        super().__init__(status_code=error.status)
        self.error = error


def json_error(error: ApiError) -> JSONResponse:
    return JSONResponse(error.body(), status_code=error.status, headers=error.headers)


def too_large(size: int, limit: int) -> ApiError:
    return ApiError(
        "too_large",
        f"La solicitud mide al menos {size} bytes; el máximo aquí es {limit} bytes.",
        limit=limit,
    )


def _too_slow(seconds: float, *, whole: bool = False) -> ApiError:
    what = (
        f"no terminó de llegar en {seconds:.0f} segundos"
        if whole
        else f"dejó de llegar durante {seconds:g} segundos"
    )
    return ApiError(
        "request_timeout",
        f"El cuerpo de la solicitud {what}; se cerró la conexión. Envíelo de nuevo.",
        headers={"Connection": "close"},
    )


def _too_many_values(limit: int) -> ApiError:
    return ApiError(
        "too_large",
        f"El JSON de la solicitud tiene más de {limit} objetos, listas o valores; el máximo "
        f"aquí es {limit}.",
        limit=limit,
    )


def json_values(body: bytes) -> int:
    """An upper bound of the objects, arrays and values a JSON text expands to (counts
    the structural characters, including any inside strings)."""
    return body.count(b"{") + body.count(b"[") + body.count(b",")


class RequestGuard:
    """Pure ASGI middleware; see the module docstring."""

    def __init__(
        self,
        app: Any,
        limits: Callable[[], Limits],
        authenticate: Callable[[str | None], Any] | None = None,
    ):
        self.app = app
        self.limits = limits
        self.authenticate = authenticate
        # per event loop (a semaphore belongs to the loop it first waits in)
        self._slots: weakref.WeakKeyDictionary[
            asyncio.AbstractEventLoop, dict[str, asyncio.Semaphore]
        ] = weakref.WeakKeyDictionary()

    def _semaphore(self, name: str, size: int) -> asyncio.Semaphore:
        mine = self._slots.setdefault(asyncio.get_running_loop(), {})
        if name not in mine:
            mine[name] = asyncio.Semaphore(size)
        return mine[name]

    async def _drain(self, receive: Receive, cap: int) -> None:
        """Drain a refused body (see :func:`_drain`), a few at a time: uvicorn buffers a
        quarter MiB per connection while it reads, so hundreds at once would cost
        hundreds of MiB. Past that, the client gets a reset instead of the answer."""
        slots = self._semaphore("drain", _DRAINS)
        if slots.locked():
            return
        async with slots:
            await _drain(receive, cap, _DRAIN_SECONDS)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        limits = self.limits()
        route = _route(scope["method"], scope["path"])
        limit = route.limit(limits) if route else limits.max_small_body_bytes
        send = _no_store(send)
        declared = None
        for name, value in scope.get("headers", []):
            if name == b"content-length":
                if not DIGITS.fullmatch(value.decode("latin-1")):
                    await _send_error(send, ApiError("bad_request", "Content-Length no es válido."))
                    return
                declared = int(value)
        if route is not None and route.authenticated and self.authenticate is not None:
            header = None
            for name, value in scope.get("headers", []):
                if name == b"authorization":
                    header = value.decode("latin-1")
            try:  # before any byte of the body: uvicorn discards what is never read
                caller = await run_in_threadpool(self.authenticate, header)
            except ApiError as exc:
                await _send_error(send, exc, close=False)
                return
            scope.setdefault("state", {})[CALLER_KEY] = caller
        if declared is not None and declared > limit:
            # read (and drop) a moderate excess, for a while, so the client sees the answer
            # rather than a reset; never when it waits for "100 Continue" before sending
            if declared <= limit + _DRAIN_BYTES and not _expects_continue(scope):
                await self._drain(receive, _DRAIN_BYTES + limit)
            await _send_error(send, too_large(declared, limit))
            return
        body_receive = _limited(
            receive,
            limit,
            limits.body_timeout,
            limits.body_timeout + min(declared or limit, limit) / limits.min_body_rate,
            self._drain,
        )
        if route is None or not route.is_json:
            await self.app(scope, body_receive, send)
            return
        try:
            body = await _read_all(body_receive)
        except BodyRefused as exc:
            await _send_error(send, exc.error)
            return
        if json_values(body) > limits.max_json_values:
            await _send_error(send, _too_many_values(limits.max_json_values))
            return
        if not route.slots:
            await self.app(scope, _replay(body, receive), send)
            return
        async with self._semaphore("parse", limits.json_parsers):
            await self.app(scope, _replay(body, receive), send)


def _expects_continue(scope: Scope) -> bool:
    return any(
        name == b"expect" and value.lower() == b"100-continue"
        for name, value in scope.get("headers", [])
    )


def _limited(
    receive: Receive,
    limit: int,
    timeout: float,
    total: float,
    drain: Callable[[Receive, int], Awaitable[None]],
) -> Receive:
    """``receive`` that refuses a body past ``limit`` bytes, silent for ``timeout`` s, or
    not all in after ``total`` s (a minimum rate: a byte now and then holds nothing)."""
    received = 0
    done = False
    deadline = asyncio.get_running_loop().time() + total

    async def limited_receive() -> Message:
        nonlocal received, done
        if done:  # the body is in: what comes next is the disconnect, whenever it comes
            return await receive()
        left = deadline - asyncio.get_running_loop().time()
        try:
            message = await asyncio.wait_for(receive(), max(0.0, min(timeout, left)))
        except TimeoutError:
            raise BodyRefused(
                _too_slow(timeout) if left > timeout else _too_slow(total, whole=True)
            ) from None
        if message["type"] != "http.request":
            done = True
            return message
        received += len(message.get("body", b""))
        if received > limit:
            if message.get("more_body", False):
                await drain(receive, _DRAIN_BYTES)
            raise BodyRefused(too_large(received, limit))
        if not message.get("more_body", False):
            done = True
        return message

    return limited_receive


async def _read_all(receive: Receive) -> bytes:
    parts = []
    while True:
        message = await receive()
        if message["type"] != "http.request":
            break
        parts.append(message.get("body", b""))
        if not message.get("more_body", False):
            break
    return b"".join(parts)


def _replay(body: bytes, receive: Receive) -> Receive:
    sent = False

    async def replay() -> Message:
        nonlocal sent
        if sent:
            return await receive()
        sent = True
        return {"type": "http.request", "body": body, "more_body": False}

    return replay


def _no_store(send: Send) -> Send:
    async def send_no_store(message: Message) -> None:
        if message["type"] == "http.response.start":
            headers = list(message.get("headers", []))
            headers.append((b"cache-control", b"no-store"))
            message["headers"] = headers
        await send(message)

    return send_no_store


async def _drain(receive: Receive, cap: int, seconds: float) -> None:
    """Consume up to ``cap`` bytes of the request body, for at most ``seconds``, or until
    it ends."""
    seen = 0
    deadline = asyncio.get_running_loop().time() + seconds
    while seen <= cap:
        left = deadline - asyncio.get_running_loop().time()
        if left <= 0:
            return
        try:
            message = await asyncio.wait_for(receive(), left)
        except TimeoutError:
            return
        if message["type"] != "http.request":
            return
        seen += len(message.get("body", b""))
        if not message.get("more_body", False):
            return


async def _send_error(send: Send, error: ApiError, *, close: bool = True) -> None:
    """Answer ``error`` from the guard. ``close`` ends the connection (a body left in an
    unknown state); without it uvicorn drops the unread body and keeps the connection."""
    response = json_error(error)
    if close:
        response.headers["connection"] = "close"

    async def _no_body() -> Message:  # pragma: no cover - JSONResponse never reads
        return {"type": "http.disconnect"}

    await response({"type": "http", "extensions": {}}, _no_body, send)
