"""Every request's id, route template, timing, metrics and access line (pure ASGI).

Outermost of the app's middleware, so it also sees what the guard refuses
(401, 413, 408) before any route runs:

- **Request id**: ``X-Request-ID`` from the load balancer when it is short and
  safe (letters, digits, ``._:-``, at most 64), else a new random one; set in
  :data:`.logs.request_id` for the request's log lines and returned in the
  answer's ``X-Request-ID``.
- **Route template**: the route Starlette matched (``/api/v1/blobs/{sha256}``),
  or the one that would have matched a refused request, or ``other``; the raw
  path never becomes a label.
- **Access line**: one per request on ``oic_server.access`` (method, route,
  path without the query, status, duration in ms, bytes received and sent, the
  client address, the request id) — never a header, so never a token, cookie or
  password. Probes (``/healthz``, ``/readyz``, ``/metrics``) answered 200 are
  logged at DEBUG, so a load balancer's polling does not fill the log.
"""

from __future__ import annotations

import logging
import re
import secrets
import time
from collections.abc import Awaitable, Callable, Iterator, MutableMapping
from typing import Any

from starlette.routing import compile_path

from oic_server.observability import metrics
from oic_server.observability.logs import ACCESS_LOGGER, request_id

__all__ = ["PROBES", "REQUEST_ID_HEADER", "RequestObserver", "RouteTemplates", "valid_request_id"]

REQUEST_ID_HEADER = b"x-request-id"
PROBES = frozenset({"/healthz", "/readyz", "/metrics"})
_SAFE_ID = re.compile(r"[A-Za-z0-9._:-]{1,64}")
_CHUNK = re.compile(r"/api/v1/blobs/[^/]+")
_COMMIT = "/api/v1/submissions/{submission_id}/commit"
_UNPRINTABLE = re.compile(r"[\x00-\x1f\x7f]")
_PATH_LOGGED = 512  # characters of the path in an access line
Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]

access_log = logging.getLogger(ACCESS_LOGGER)


def valid_request_id(value: bytes | None) -> str | None:
    """The header's value when it may be used as an id (and logged), else None."""
    if value is None:
        return None
    try:
        text = value.decode("ascii")
    except UnicodeDecodeError:
        return None
    return text if _SAFE_ID.fullmatch(text) else None


def _header(scope: Scope, wanted: bytes) -> bytes | None:
    for name, value in scope.get("headers", ()):
        if name == wanted:
            return value
    return None


class RouteTemplates:
    """Path → route template, from the app's routes (walked once, on first use).

    A routed request names its route in ``scope["route"]``; FastAPI may keep there
    the route as its router declared it (``/meta``, without the ``/api/v1`` it was
    included under), so the full template is looked up by the route object. A
    request refused before routing is matched against the templates' patterns.
    """

    def __init__(self, routes: Callable[[], list[Any]]):
        self._routes = routes
        self._by_route: dict[int, str] | None = None
        self._patterns: list[tuple[re.Pattern[str], frozenset[str] | None, str]] = []

    def _build(self) -> dict[int, str]:
        by_route: dict[int, str] = {}
        patterns = []
        for template, route in _walk(self._routes(), ""):
            by_route[id(route)] = template
            regex, _format, _convertors = compile_path(template)
            methods = getattr(route, "methods", None)
            if getattr(route, "routes", None) is not None:  # a mount: anything under it
                regex = re.compile(rf"^{re.escape(template)}(/.*)?$")
            patterns.append((regex, frozenset(methods) if methods else None, template))
        self._patterns = patterns
        self._by_route = by_route
        return by_route

    def __call__(self, scope: Scope) -> str:
        by_route = self._by_route if self._by_route is not None else self._build()
        route = scope.get("route")
        if route is not None and id(route) in by_route:
            return by_route[id(route)]
        path, method = scope["path"], scope["method"]
        partial = None
        for regex, methods, template in self._patterns:
            if regex.match(path):
                if methods is None or method in methods:
                    return template
                partial = partial or template  # 405: the path's template all the same
        return partial or "other"


def _walk(routes: list[Any], prefix: str) -> Iterator[tuple[str, Any]]:
    """(full template, route) for every route, through included routers (FastAPI keeps
    them as included-router entries holding the original router and the prefix)."""
    for route in routes:
        original = getattr(route, "original_router", None)
        if original is not None:
            context = getattr(route, "include_context", None)
            yield from _walk(original.routes, prefix + getattr(context, "prefix", ""))
        elif isinstance(getattr(route, "path", None), str):
            yield prefix + route.path, route


class RequestObserver:
    """See the module docstring. ``routes`` gives the app's routes (read on the first
    request, when every router is included)."""

    def __init__(self, app: Any, routes: Callable[[], list[Any]]):
        self.app = app
        self.templates = RouteTemplates(routes)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started = time.perf_counter()
        rid = valid_request_id(_header(scope, REQUEST_ID_HEADER)) or secrets.token_hex(16)
        token = request_id.set(rid)
        method = scope["method"]
        chunk = method == "PATCH" and _CHUNK.fullmatch(scope["path"]) is not None
        state = {"status": 500, "sent": 0, "received": 0, "done": 0}

        async def counting_receive() -> Message:
            message = await receive()
            if message["type"] == "http.request":
                size = len(message.get("body", b""))
                state["received"] += size
                if chunk and size:
                    metrics.UPLOAD_BYTES.inc(size)
            return message

        def finish() -> None:
            """Count and log the request once: before its answer's last bytes go out, so
            whoever reads the answer can already see it in the metrics and the log."""
            if state["done"]:
                return
            state["done"] = 1
            metrics.IN_FLIGHT.dec()
            if chunk:
                metrics.UPLOADS_IN_PROGRESS.dec()
            self._record(scope, method, state, time.perf_counter() - started)

        async def observed_send(message: Message) -> None:
            if message["type"] == "http.response.start":
                state["status"] = message["status"]
                headers = list(message.get("headers", []))
                headers.append((b"x-request-id", rid.encode("ascii")))
                message["headers"] = headers
            elif message["type"] == "http.response.body":
                state["sent"] += len(message.get("body", b""))
                if not message.get("more_body", False):
                    finish()
            await send(message)

        metrics.IN_FLIGHT.inc()
        if chunk:
            metrics.UPLOADS_IN_PROGRESS.inc()
        try:
            await self.app(scope, counting_receive, observed_send)
        finally:
            finish()  # when the answer never ended (an error, a lost client)
            request_id.reset(token)

    def _record(self, scope: Scope, method: str, state: dict[str, int], elapsed: float) -> None:
        route = self.templates(scope)
        status = state["status"]
        metrics.REQUESTS.labels(method, route, f"{status // 100}xx").inc()
        metrics.LATENCY.labels(method, route).observe(elapsed)
        if method == "POST" and route == _COMMIT and 200 <= status < 300:
            metrics.COMMITS.inc()
        level = logging.DEBUG if route in PROBES and status == 200 else logging.INFO
        if not access_log.isEnabledFor(level):
            return
        client = scope.get("client")
        path = _UNPRINTABLE.sub("?", scope["path"][:_PATH_LOGGED])  # no forged log lines
        access_log.log(
            level,
            "%s %s %d %.1f ms",
            method,
            path,
            status,
            elapsed * 1000,
            extra={
                "method": method,
                "route": route,
                "path": path,
                "status": status,
                "duration_ms": round(elapsed * 1000, 2),
                "bytes_in": state["received"],
                "bytes_out": state["sent"],
                "client": client[0] if client else None,
                "request_id": request_id.get(),
            },
        )
