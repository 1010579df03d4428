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
- **How slowly**: a body that stops arriving for ``body_timeout`` seconds is
  answered 408 and the connection closed.
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


_ROUTES = (
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


def _too_slow(seconds: float) -> ApiError:
    return ApiError(
        "request_timeout",
        f"El cuerpo de la solicitud dejó de llegar durante {seconds:g} segundos; se cerró la "
        "conexión. Envíelo de nuevo.",
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
        # one per event loop (a semaphore belongs to the loop it first waits in)
        self._parsers: weakref.WeakKeyDictionary[asyncio.AbstractEventLoop, asyncio.Semaphore]
        self._parsers = weakref.WeakKeyDictionary()

    def _parser_slots(self, limits: Limits) -> asyncio.Semaphore:
        loop = asyncio.get_running_loop()
        slots = self._parsers.get(loop)
        if slots is None:
            slots = self._parsers[loop] = asyncio.Semaphore(limits.json_parsers)
        return slots

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
            # read (and drop) a moderate excess so the client sees the answer, not a reset
            if declared <= limit + _DRAIN_BYTES:
                await _drain(receive, _DRAIN_BYTES + limit)
            await _send_error(send, too_large(declared, limit))
            return
        body_receive = _limited(receive, limit, limits.body_timeout)
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
        async with self._parser_slots(limits):
            await self.app(scope, _replay(body, receive), send)


def _limited(receive: Receive, limit: int, timeout: float) -> Receive:
    """``receive`` that refuses a body past ``limit`` bytes or silent for ``timeout`` s."""
    received = 0
    done = False

    async def limited_receive() -> Message:
        nonlocal received, done
        if done:  # the body is in: what comes next is the disconnect, whenever it comes
            return await receive()
        try:
            message = await asyncio.wait_for(receive(), timeout)
        except TimeoutError:
            raise BodyRefused(_too_slow(timeout)) from None
        if message["type"] != "http.request":
            done = True
            return message
        received += len(message.get("body", b""))
        if received > limit:
            if message.get("more_body", False):
                await _drain(receive, _DRAIN_BYTES)
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


async def _drain(receive: Receive, cap: int) -> None:
    """Consume up to ``cap`` bytes of the request body, or until it ends."""
    seen = 0
    while seen <= cap:
        message = await receive()
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
