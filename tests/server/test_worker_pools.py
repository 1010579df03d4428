"""Upload chunks have worker threads of their own (oic_server/api/workers.py), and the
routes that block on nothing run on the event loop: chunks arriving by the hundred
cannot make ``GET /meta``, a manifest or a HEAD queue behind their disk writes."""

from __future__ import annotations

import asyncio
import threading
import time

import anyio.to_thread
import httpx
import pytest
from oic_testing import send_all

from oic_server.api import create_app, workers
from oic_server.observability import metrics
from oic_server.observability.loop import watch_loop

CHUNK = 64 * 1024


def _async_client(app, token: str) -> httpx.AsyncClient:
    return httpx.AsyncClient(
        transport=httpx.ASGITransport(app=app, client=("127.0.0.1", 40000)),
        base_url="http://127.0.0.1/api/v1",
        headers={"Authorization": token},
        timeout=30,
    )


async def _hold(limiter_of, release: threading.Event) -> asyncio.Future:
    """A worker thread of ``limiter_of()``'s pool taken until ``release`` is set."""
    held = asyncio.ensure_future(anyio.to_thread.run_sync(release.wait, limiter=limiter_of()))
    for _ in range(100):
        if limiter_of().borrowed_tokens:
            return held
        await asyncio.sleep(0.01)
    raise AssertionError("the worker thread was not taken")


def test_a_full_chunk_pool_holds_only_chunks(server, enrolled, monkeypatch):
    laptop, client = enrolled
    sub = laptop.submission()
    assert sub.put(client).status_code == 201
    big = max(sub.blobs, key=lambda d: len(sub.blobs[d]))
    token = client.headers["authorization"]
    monkeypatch.setattr(workers, "CHUNK_THREADS", 1)
    app = create_app(server.oic, background=False)

    async def scenario() -> None:
        release = threading.Event()
        async with _async_client(app, token) as ac:
            held = await _hold(lambda: workers._chunks(), release)
            try:
                # every other kind of request is answered while the chunk pool is full
                meta = await asyncio.wait_for(ac.get("/meta"), 10)
                assert meta.status_code == 200, meta.text
                forms = await asyncio.wait_for(ac.get("/forms"), 10)
                assert forms.status_code == 200, forms.text
                head = await asyncio.wait_for(ac.head(f"/blobs/{big}"), 10)
                assert head.status_code == 200 and head.headers["Upload-Offset"] == "0"
                again = await asyncio.wait_for(
                    ac.put(f"/submissions/{sub.submission_id}", json=sub.manifest), 10
                )
                assert again.status_code == 200, again.text
                # a chunk waits for the chunk pool's one thread...
                chunk = asyncio.ensure_future(
                    ac.patch(
                        f"/blobs/{big}",
                        content=sub.blobs[big][:CHUNK],
                        headers={
                            "Upload-Offset": "0",
                            "Content-Type": "application/offset+octet-stream",
                        },
                    )
                )
                await asyncio.sleep(0.5)
                assert not chunk.done(), "the chunk did not wait for the chunk pool"
                pools = workers.pool_statistics()
                assert pools["chunks"] == (1, 1, 1), pools
            finally:
                release.set()
                await held
            # ...and is stored once the thread is free
            answer = await asyncio.wait_for(chunk, 10)
            assert answer.status_code == 204, answer.text
            assert answer.headers["Upload-Offset"] == str(CHUNK)

    asyncio.run(scenario())
    # the rest through the real server, as a laptop resumes it, and the commit
    assert send_all(client, sub, chunk=CHUNK)["receipt"]["submission_id"] == sub.submission_id


def test_meta_needs_no_worker_thread(server):
    """``GET /meta`` and its dependency run on the loop: with the default pool's only
    thread taken, it is still answered."""
    app = create_app(server.oic, background=False)

    async def scenario() -> None:
        limiter = anyio.to_thread.current_default_thread_limiter()
        limiter.total_tokens = 1
        release = threading.Event()
        async with _async_client(app, "") as ac:
            held = await _hold(anyio.to_thread.current_default_thread_limiter, release)
            try:
                meta = await asyncio.wait_for(ac.get("/meta"), 10)
                assert meta.status_code == 200, meta.text
                assert meta.json()["protocol"]
            finally:
                release.set()
                await held

    asyncio.run(scenario())


def test_the_loop_watch_records_a_blocked_loop():
    """A loop blocked for 0.6 s is seen as one check late by more than 0.5 s."""

    def late_over(edge: float) -> float:
        values = {
            s.labels.get("le"): s.value
            for s in metrics.LOOP_LAG.collect()[0].samples
            if s.name.endswith("_bucket")
        }
        return values["+Inf"] - values[str(edge)]

    async def scenario() -> None:
        watch = asyncio.create_task(watch_loop(interval=0.05))
        await asyncio.sleep(0.2)
        time.sleep(0.6)  # the loop's own thread blocked, as a blocking call would
        await asyncio.sleep(0.2)
        watch.cancel()
        await asyncio.gather(watch, return_exceptions=True)

    before = late_over(0.5)
    asyncio.run(scenario())
    assert late_over(0.5) - before == 1


@pytest.mark.parametrize("pool", ["default", "chunks"])
def test_metrics_tell_the_worker_pools(server, pool):
    with httpx.Client(base_url=server.base_url, timeout=30) as c:
        text = c.get("/metrics").text
    assert f'oic_worker_threads_limit{{pool="{pool}"}}' in text
    assert f'oic_worker_tasks_waiting{{pool="{pool}"}}' in text
    assert "oic_event_loop_lag_seconds_bucket" in text
