"""The worker threads the routes hand blocking work to, in two pools.

Starlette's ``run_in_threadpool`` (and FastAPI for every ``def`` route and
dependency) borrows from anyio's *default* limiter: 40 threads per process. An
upload chunk borrows one several times — to start, per batch written, to finish
(the ``fdatasync`` and, at a blob's end, the hash) and to close — and with hundreds
of chunks arriving at once they take all of them (issue 20's load test kept 37–40
chunk threads busy at its peaks): a ``GET /meta``, a manifest or a commit would then
wait for a thread behind disk writes.

Chunk I/O therefore has a limiter of its own, :data:`CHUNK_THREADS` threads: a
chunk waits only for other chunks, and everything else keeps the default pool (whose
peak in that test was 11–22 busy, none waiting). :func:`pool_statistics` tells both
pools' use for ``/metrics``.
"""

from __future__ import annotations

import asyncio
import time
import weakref
from collections.abc import Callable
from typing import ParamSpec, TypeVar

import anyio
import anyio.to_thread

from oic_server.observability import metrics

__all__ = ["CHUNK_THREADS", "chunk_io", "pool_statistics"]

P = ParamSpec("P")
T = TypeVar("T")

# as many as all requests shared before; 24 and 64 were measured under the load test
# and gave no better tail (bench/README.md, bench_load). Each thread holds at most one
# batch (WRITE_BATCH) of a chunk, so memory stays bounded.
CHUNK_THREADS = 40
# one limiter per event loop (a limiter's waiters belong to one loop): ``serve`` runs
# one loop; tests start apps on loops of their own
_limiters: weakref.WeakKeyDictionary[asyncio.AbstractEventLoop, anyio.CapacityLimiter] = (
    weakref.WeakKeyDictionary()
)


def _chunks(*, make: bool = True) -> anyio.CapacityLimiter | None:
    loop = asyncio.get_running_loop()
    found = _limiters.get(loop)
    if found is None and make:
        found = _limiters[loop] = anyio.CapacityLimiter(CHUNK_THREADS)
    return found


async def chunk_io(func: Callable[P, T], *args: P.args, **kwargs: P.kwargs) -> T:
    """``func(*args, **kwargs)`` on a thread of the chunk pool."""
    asked = time.monotonic()

    def timed() -> T:
        metrics.WORKER_WAIT.observe(time.monotonic() - asked)
        return func(*args, **kwargs)

    return await anyio.to_thread.run_sync(timed, limiter=_chunks())


def pool_statistics() -> dict[str, tuple[int, int, int]]:
    """Per pool (``default``, ``chunks``): threads allowed, busy, tasks waiting.
    Called from the event loop's thread."""
    pools = {"default": anyio.to_thread.current_default_thread_limiter()}
    chunks = _chunks(make=False)
    if chunks is not None:
        pools["chunks"] = chunks
    found = {}
    for name, limiter in pools.items():
        stats = limiter.statistics()
        found[name] = (int(limiter.total_tokens), stats.borrowed_tokens, stats.tasks_waiting)
    if "chunks" not in found:
        found["chunks"] = (CHUNK_THREADS, 0, 0)
    return found
