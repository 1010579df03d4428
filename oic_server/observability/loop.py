"""A watch on the event loop: how late it runs a task that only sleeps.

One ``serve`` process answers every request from one asyncio loop. When something
blocks that loop (CPU work or I/O on the loop's own thread, or the GIL held by a
worker thread for long), every request of the process waits at once, whatever its
route. :func:`watch_loop` sleeps :data:`INTERVAL` again and again and records how late
it woke in ``oic_event_loop_lag_seconds``; the app runs it for its whole life.
"""

from __future__ import annotations

import asyncio

from oic_server.observability import metrics

__all__ = ["INTERVAL", "watch_loop"]

INTERVAL = 0.25


async def watch_loop(interval: float = INTERVAL) -> None:
    """Until cancelled: each lateness of the loop into the histogram."""
    loop = asyncio.get_running_loop()
    while True:
        start = loop.time()
        await asyncio.sleep(interval)
        metrics.LOOP_LAG.observe(max(0.0, loop.time() - start - interval))
