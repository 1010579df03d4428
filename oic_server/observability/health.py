"""Readiness: can this instance serve? Its database answers a trivial query and its blob
store takes writes (:meth:`~oic_server.blobstore.BlobStore.ready`).

The checks run on threads of their own (never the request thread pool, which
busy uploads may fill), at most one of each at a time, their answer reused for
:data:`CACHE_SECONDS`; a check that takes longer than :data:`TIMEOUT_SECONDS` (a
database host that does not answer, a full connection pool) counts as failed
while it finishes in the background. What fails is told in the answer by name
and a short reason (the exception's class, never its text, which may name hosts
or users: ``/readyz`` needs no login); the detail goes to the log, once per change
of state.
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import logging
import threading
import time
from typing import Any

from sqlalchemy import text

__all__ = ["CACHE_SECONDS", "TIMEOUT_SECONDS", "Readiness"]

log = logging.getLogger("oic_server.health")
CACHE_SECONDS = 1.0
TIMEOUT_SECONDS = 2.0


class Readiness:
    """The readiness checks of one server (``OICServer``: its ``db`` and ``store``)."""

    def __init__(
        self, server: Any, *, timeout: float = TIMEOUT_SECONDS, cache: float = CACHE_SECONDS
    ):
        self.server = server
        self.timeout = timeout
        self.cache = cache
        self.checks = {"database": self._database, "blob_store": self._store}
        self._mutex = threading.Lock()
        self._running: dict[str, concurrent.futures.Future[dict[str, Any]]] = {}
        self._last: tuple[float, dict[str, dict[str, Any]]] | None = None
        self._failing: frozenset[str] = frozenset()

    async def check(self) -> tuple[bool, dict[str, dict[str, Any]]]:
        """(ready, {check: {"ok": bool, "ms": float, "error": str}})."""
        with self._mutex:
            now = time.monotonic()
            if self._last is not None and now - self._last[0] < self.cache:
                checks = self._last[1]
                return all(c["ok"] for c in checks.values()), checks
            for name, fn in self.checks.items():
                if name not in self._running or self._running[name].done():
                    self._running[name] = _start(fn)
            running = dict(self._running)
        waiting = {asyncio.wrap_future(f): name for name, f in running.items()}
        done, _late = await asyncio.wait(waiting, timeout=self.timeout)
        results: dict[str, dict[str, Any]] = {}
        for future, name in waiting.items():
            if future in done:
                results[name] = future.result()
            else:
                results[name] = {"ok": False, "error": f"sin respuesta en {self.timeout:g} s"}
        with self._mutex:
            self._note(results)
            checks = {
                name: {k: v for k, v in r.items() if k != "detail"} for name, r in results.items()
            }
            self._last = (time.monotonic(), checks)
        return all(c["ok"] for c in checks.values()), checks

    def _note(self, results: dict[str, dict[str, Any]]) -> None:
        """Log a change of state (not every probe), with what the answer leaves out."""
        failing = frozenset(name for name, r in results.items() if not r["ok"])
        if failing != self._failing:
            if failing:
                details = "; ".join(
                    f"{name}: {results[name].get('detail') or results[name]['error']}"
                    for name in sorted(failing)
                )
                log.warning("not ready: %s", details)
            else:
                log.warning("ready again (%s answer)", ", ".join(sorted(self._failing)))
            self._failing = failing

    def _database(self) -> str | None:
        with self.server.db.engine.connect() as conn:
            conn.execute(text("SELECT 1")).scalar_one()
        return None

    def _store(self) -> str | None:
        ready = getattr(self.server.store, "ready", None)  # a store without the check passes
        return ready() if ready is not None else None


def _start(check: Any) -> concurrent.futures.Future[dict[str, Any]]:
    """``check`` on a daemon thread of its own: one per check at most (a hung store does
    not hide the database's answer), and none holds the process at exit."""
    future: concurrent.futures.Future[dict[str, Any]] = concurrent.futures.Future()

    def run() -> None:
        future.set_result(_timed(check))

    threading.Thread(target=run, name="oic-readyz", daemon=True).start()
    return future


def _timed(check: Any) -> dict[str, Any]:
    started = time.perf_counter()
    detail = None
    try:
        problem = check()
    except Exception as exc:  # what any check raises is its failure, never a 500
        problem, detail = type(exc).__name__, f"{type(exc).__name__}: {exc}"
    result: dict[str, Any] = {
        "ok": problem is None,
        "ms": round(1000 * (time.perf_counter() - started), 2),
    }
    if problem is not None:
        result["error"] = problem
        result["detail"] = detail or problem
    return result
