"""The sync engine against a protocol server in memory: what is sent, what is sent again,
several blobs at once, chunks sized to the line. No network, no real time."""

from __future__ import annotations

import hashlib
import threading

import pytest

from observer_desktop.sync.client import BlobState
from observer_desktop.sync.engine import BlobSource, Outgoing, ProgressTracker, send_submission
from observer_desktop.sync.errors import Cancelled, SyncError
from observer_desktop.sync.pacing import MIN_CHUNK, ChunkPacer
from observer_desktop.sync.policy import Retrier, RetryPolicy, SyncControl


class FakeServer:
    """Protocol v1 in memory, with hooks to misbehave."""

    def __init__(self, chunk=10):
        self.held: dict[str, bytearray] = {}
        self.sizes: dict[str, int] = {}
        self.complete: set[str] = set()
        self.committed = False
        self.chunk = chunk
        self.patches: list[tuple[str, int, int]] = []
        self.corrupt_once: set[str] = set()
        self.fail_next_patch_after_store = 0
        self.heads: list[str] = []
        self.lock = threading.Lock()
        self.stats = type("S", (), {"chunk_bytes_sent": 0})()

    def put_submission(self, sid, manifest):
        missing = []
        for b in manifest["blobs"]:
            self.sizes[b["sha256"]] = b["size"]
            if b["sha256"] not in self.complete:
                held = len(self.held.setdefault(b["sha256"], bytearray()))
                missing.append({"sha256": b["sha256"], "size": b["size"], "offset": held})
        return {"state": "committed" if self.committed else "open", "missing": missing}

    def head_blob(self, sha):
        self.heads.append(sha)
        held = self.sizes[sha] if sha in self.complete else len(self.held.get(sha, b""))
        return BlobState(held, self.sizes[sha], sha in self.complete)

    def patch_blob(self, sha, offset, data):
        self.patches.append((sha, offset, len(data)))
        buf = self.held.setdefault(sha, bytearray())
        if offset != len(buf):
            raise SyncError(
                "x", code="offset_mismatch", scope="submission", detail={"offset": len(buf)}
            )
        buf += data
        if self.fail_next_patch_after_store:
            self.fail_next_patch_after_store -= 1
            raise SyncError("red", code="network", retryable=True)  # stored, answer lost
        if len(buf) == self.sizes[sha]:
            stored = bytes(buf)
            if sha in self.corrupt_once:
                self.corrupt_once.discard(sha)
                stored = b"x" + stored[1:]
            if hashlib.sha256(stored).hexdigest() != sha:
                buf.clear()
                raise SyncError("x", code="hash_mismatch", scope="submission", detail={"offset": 0})
            self.complete.add(sha)
            return len(buf), True
        return len(buf), False

    def commit(self, sid):
        missing = [s for s in self.sizes if s not in self.complete]
        if missing:
            raise SyncError(
                "x",
                code="incomplete",
                scope="submission",
                detail={
                    "missing": [{"sha256": s, "size": self.sizes[s], "offset": 0} for s in missing]
                },
            )
        self.committed = True
        return {"receipt": {}, "signature": ""}


def _outgoing(*contents: bytes) -> Outgoing:
    sources = {}
    blobs = []
    for i, data in enumerate(contents):
        sha = hashlib.sha256(data).hexdigest()
        sources[sha] = BlobSource(sha, len(data), "evidence", f"f{i}", data=data)
        blobs.append({"sha256": sha, "size": len(data), "role": "evidence"})
    return Outgoing("sid", {"blobs": blobs}, sources)


def _send(server, outgoing, chunk=10, max_failures=5, **options):
    retrier = Retrier(RetryPolicy(base=0.0001, max_failures=max_failures), SyncControl())
    options.setdefault("control", SyncControl())
    options.setdefault("tracker", ProgressTracker())
    return send_submission(server, outgoing, chunk_bytes=chunk, retrier=retrier, **options)


def test_engine_sends_only_what_the_server_lacks():
    data = bytes(range(95))
    server = FakeServer()
    server.held[hashlib.sha256(data).hexdigest()] = bytearray(data[:40])
    _send(server, _outgoing(data))
    assert server.committed
    assert [p[1] for p in server.patches] == [40, 50, 60, 70, 80, 90]


def test_engine_asks_the_offset_after_a_lost_answer_instead_of_resending():
    data = bytes(range(100))
    server = FakeServer()
    server.fail_next_patch_after_store = 1  # the first chunk is stored, its answer lost
    _send(server, _outgoing(data))
    assert server.committed
    offsets = [p[1] for p in server.patches]
    assert offsets == list(range(0, 100, 10))  # nothing sent twice: HEAD said 10


def _named(data: bytes, sha: str) -> Outgoing:
    """One evidence blob of ``data`` named ``sha`` (a local file changed since it was stored)."""
    source = BlobSource(sha, len(data), "evidence", "acta.jpg", data=data)
    return Outgoing("sid", {"blobs": [{"sha256": sha, "size": len(data)}]}, {sha: source})


def test_a_blob_damaged_here_is_never_completed_on_the_server():
    good = bytes(range(95))
    sha = hashlib.sha256(good).hexdigest()
    damaged = good[:60] + b"X" + good[61:]
    server = FakeServer()
    with pytest.raises(SyncError) as info:
        _send(server, _named(damaged, sha))
    assert info.value.code == "hash_mismatch" and info.value.scope == "submission"
    assert "acta.jpg" in str(info.value) and "alterado en esta computadora" in str(info.value)
    assert "observer evidence verify" in str(info.value)
    # every chunk but the one that would complete it went; the server holds no blob
    assert [p[1] for p in server.patches] == list(range(0, 90, 10))
    assert sha not in server.complete and not server.committed


def test_a_resumed_blob_has_what_the_server_holds_read_back_and_hashed():
    good = bytes(range(95))
    sha = hashlib.sha256(good).hexdigest()
    server = FakeServer()
    server.held[sha] = bytearray(good[:40])  # sent by an earlier run, before the damage
    damaged = b"X" + good[1:]
    with pytest.raises(SyncError, match="alterado"):
        _send(server, _named(damaged, sha))
    assert [p[1] for p in server.patches] == [40, 50, 60, 70, 80]
    assert sha not in server.complete
    server = FakeServer()
    server.held[sha] = bytearray(good[:40])
    _send(server, _named(good, sha))
    assert server.committed and bytes(server.held[sha]) == good


def test_a_file_is_sent_whole_with_its_next_chunk_read_ahead(tmp_path):
    data = bytes(range(256)) * 3 + b"fin"
    sha = hashlib.sha256(data).hexdigest()
    path = tmp_path / "video.mp4"
    path.write_bytes(data)
    source = BlobSource(sha, len(data), "evidence", "video.mp4", path=path)
    server = FakeServer(chunk=100)
    server.fail_next_patch_after_store = 1  # the chunk read ahead is not the one sent next
    _send(
        server,
        Outgoing("sid", {"blobs": [{"sha256": sha, "size": len(data)}]}, {sha: source}),
        chunk=100,
    )
    assert server.committed and bytes(server.held[sha]) == data
    path.write_bytes(data[:-1] + b"N")  # damaged here since: refused, never completed
    server = FakeServer(chunk=100)
    with pytest.raises(SyncError, match=r"video\.mp4"):
        _send(
            server,
            Outgoing("sid", {"blobs": [{"sha256": sha, "size": len(data)}]}, {sha: source}),
            chunk=100,
        )
    assert sha not in server.complete


def test_the_chunk_read_ahead_is_used_when_the_pacer_changes_its_size(tmp_path):
    from observer_desktop.sync.uploads import _ReadAhead

    data = bytes(range(256)) * 4
    path = tmp_path / "video.mp4"
    path.write_bytes(data)
    reads: list[tuple[int, int]] = []

    class Counted(BlobSource):
        def read(self, offset, length):
            reads.append((offset, length))
            return super().read(offset, length)

    source = Counted("0" * 64, len(data), "evidence", "video.mp4", path=path)
    with _ReadAhead(source) as reader:
        reader.ahead(100, 50)
        assert reader.read(100, 80) == data[100:180]  # grew: only the rest read now
        reader.ahead(180, 100)
        assert reader.read(180, 40) == data[180:220]  # shrank: cut, nothing read again
        reader.ahead(220, 10)
        assert reader.read(500, 10) == data[500:510]  # another offset: read then
    # (the read ahead at 220, never used, may have been cancelled before it ran)
    assert sorted(r for r in reads if r != (220, 10)) == [
        (100, 50),
        (150, 30),
        (180, 100),
        (500, 10),
    ]


def test_a_chunk_sent_again_is_hashed_once():
    """A chunk whose request failed before the server stored it goes again from the same
    offset: the running hash goes back to where that chunk began (else a sound blob would
    be taken for damaged)."""
    data = bytes(range(100))

    class DropsFirstChunk(FakeServer):
        dropped = False

        def patch_blob(self, sha, offset, data):
            if offset == 30 and not self.dropped:
                self.dropped = True
                raise SyncError("red", code="network", retryable=True)  # nothing stored
            return super().patch_blob(sha, offset, data)

    server = DropsFirstChunk()
    _send(server, _outgoing(data))
    assert server.committed and server.heads == [hashlib.sha256(data).hexdigest()]
    assert [p[1] for p in server.patches] == list(range(0, 100, 10))


def test_engine_resends_a_damaged_blob_once_then_gives_up():
    data = b"evidencia" * 20
    sha = hashlib.sha256(data).hexdigest()
    server = FakeServer(chunk=50)
    server.corrupt_once.add(sha)
    _send(server, _outgoing(data), chunk=50)
    assert server.committed
    assert [p[1] for p in server.patches] == [0, 50, 100, 150, 0, 50, 100, 150]

    class AlwaysCorrupt(FakeServer):
        def patch_blob(self, sha, offset, data):
            self.corrupt_once.add(sha)
            return super().patch_blob(sha, offset, data)

    with pytest.raises(SyncError) as info:
        _send(AlwaysCorrupt(chunk=50), _outgoing(data), chunk=50)
    assert info.value.code == "hash_mismatch" and "observer evidence verify" in str(info.value)


def test_engine_follows_the_server_offset_and_an_incomplete_commit():
    a, b = b"a" * 30, b"b" * 25
    server = FakeServer()
    original_commit = server.commit
    calls = {"n": 0}

    def forgetful_commit(sid):
        calls["n"] += 1
        if calls["n"] == 1:  # as if the server lost b's bytes
            server.complete.discard(hashlib.sha256(b).hexdigest())
            server.held[hashlib.sha256(b).hexdigest()] = bytearray()
        return original_commit(sid)

    server.commit = forgetful_commit
    _send(server, _outgoing(a, b))
    assert server.committed and calls["n"] == 2


def test_engine_gives_up_on_a_dead_link_and_reports_network():
    class Dead(FakeServer):
        def put_submission(self, sid, manifest):
            raise SyncError("red", code="network", retryable=True)

    with pytest.raises(SyncError) as info:
        _send(Dead(), _outgoing(b"x"), max_failures=3)
    assert info.value.code == "network"


# ------------------------------------------------------------------ several blobs at once


def _blobs(n: int, size: int) -> list[bytes]:
    return [bytes([i]) * size for i in range(1, n + 1)]


class Gate(FakeServer):
    """Counts the PATCHes in flight; the first ``together`` wait for each other, so a
    sequential engine would never get past them."""

    def __init__(self, together: int, **kw):
        super().__init__(**kw)
        self.barrier = threading.Barrier(together, timeout=30)
        self.together = together
        self.gated = 0
        self.in_flight = 0
        self.most = 0

    def patch_blob(self, sha, offset, data):
        with self.lock:
            self.in_flight += 1
            self.most = max(self.most, self.in_flight)
            wait = self.gated < self.together
            self.gated += wait
        try:
            if wait:
                self.barrier.wait()
            return super().patch_blob(sha, offset, data)
        finally:
            with self.lock:
                self.in_flight -= 1


def test_several_blobs_are_in_flight_at_once_and_never_more_than_asked():
    server = Gate(together=3)
    _send(server, _outgoing(*_blobs(5, 95)), parallel=3)
    assert server.committed and server.most == 3
    per_blob = {}
    for sha, offset, _ in server.patches:
        per_blob.setdefault(sha, []).append(offset)
    assert all(offsets == list(range(0, 95, 10)) for offsets in per_blob.values())


def test_a_failed_blob_is_asked_for_and_retried_alone():
    class DropsOnce(FakeServer):
        victim = None

        def patch_blob(self, sha, offset, data):
            if sha == self.victim and offset == 30 and not self.heads:
                self.patches.append((sha, offset, len(data)))
                raise SyncError("red", code="network", retryable=True)  # never arrived
            return super().patch_blob(sha, offset, data)

    contents = _blobs(3, 95)
    server = DropsOnce()
    server.victim = hashlib.sha256(contents[1]).hexdigest()
    _send(server, _outgoing(*contents), parallel=3)
    assert server.committed
    assert server.heads == [server.victim]  # the others' offsets were never in doubt
    for sha in {p[0] for p in server.patches}:
        offsets = [p[1] for p in server.patches if p[0] == sha]
        resent = [30] if sha == server.victim else []
        assert sorted(offsets) == sorted(list(range(0, 95, 10)) + resent)


def test_a_failure_that_ends_the_run_stops_the_other_uploads_after_their_chunk():
    class Revoked(FakeServer):
        victim = None
        failed_at = None

        def patch_blob(self, sha, offset, data):
            with self.lock:
                self.patches.append((sha, offset, len(data)))
                if sha == self.victim and offset == 50:
                    self.failed_at = len(self.patches)
                    raise SyncError("sesión", code="unauthenticated", status=401)
            self.patches.pop()  # counted again by the fake's own PATCH
            return super().patch_blob(sha, offset, data)

    contents = _blobs(3, 400)
    server = Revoked()
    server.victim = hashlib.sha256(contents[0]).hexdigest()
    with pytest.raises(SyncError) as info:
        _send(server, _outgoing(*contents), parallel=3)
    assert info.value.code == "unauthenticated" and not server.committed
    later = server.patches[server.failed_at :]
    for sha in {p[0] for p in later}:
        assert sum(1 for p in later if p[0] == sha) <= 1  # at most the chunk in flight


def test_cancel_with_uploads_in_flight_keeps_only_what_the_server_acknowledged():
    contents = _blobs(3, 400)
    server = FakeServer()
    control = SyncControl()
    total = sum(len(c) for c in contents)

    def cancel_at_half(p):
        if p.bytes_done >= total // 2:
            control.cancel()

    with pytest.raises(Cancelled):
        _send(server, _outgoing(*contents), parallel=3, control=control,
              tracker=ProgressTracker(cancel_at_half))  # fmt: skip
    held = sum(len(b) for b in server.held.values())
    assert 0 < held < total and held == sum(p[2] for p in server.patches)
    first = list(server.patches)
    _send(server, _outgoing(*contents), parallel=3)  # the next run goes on from there
    assert server.committed
    sent = [(p[0], p[1]) for p in server.patches]
    assert len(sent) == len(set(sent)) and len(server.patches) > len(first)  # none twice


def test_progress_stays_exact_with_uploads_in_flight():
    contents = _blobs(4, 333)
    states = []
    tracker = ProgressTracker(states.append)
    total = sum(len(c) for c in contents)
    tracker.set_totals(files=4, nbytes=total, submissions=1)
    _send(FakeServer(), _outgoing(*contents), parallel=3, tracker=tracker)
    done = [s.bytes_done for s in states if s.stage == "upload"]
    assert done == sorted(done) and done[-1] == total and max(done) <= total
    assert tracker.state.files_done == 4


def test_failures_during_one_wait_are_one_step_of_the_backoff():
    now = [0.0]
    waits = []
    control = SyncControl()
    control.sleep = lambda s: None  # type: ignore[method-assign]  # time passes only below
    retrier = Retrier(
        RetryPolicy(base=1.0, seed=3), control, on_wait=lambda d, e: waits.append(d),
        clock=lambda: now[0],
    )  # fmt: skip
    error = SyncError("red", code="network", retryable=True)
    retrier.failed(error)
    retrier.failed(error)  # another upload, same outage: it joins the wait
    assert retrier.failures == 1 and len(waits) == 1 and 0.5 <= waits[0] <= 1.0
    now[0] += 10
    retrier.failed(error)  # after the wait: the next step
    assert retrier.failures == 2 and len(waits) == 2 and 1.0 <= waits[1] <= 2.0
    retrier.progressed()
    assert retrier.failures == 0


# ------------------------------------------------------------------ chunks sized to the line


class Line(FakeServer):
    """A line of ``rate`` bytes a second and ``rtt`` seconds of round trip, on a clock of
    its own: each PATCH moves the clock by what it would take."""

    def __init__(self, rate: float, rtt: float, **kw):
        super().__init__(**kw)
        self.rate, self.rtt, self.now = rate, rtt, 0.0
        self.took: list[float] = []

    def patch_blob(self, sha, offset, data):
        seconds = self.rtt + len(data) / self.rate
        self.now += seconds
        self.took.append(seconds)
        return super().patch_blob(sha, offset, data)


def test_chunks_on_a_rural_line_take_about_the_target_time():
    line = Line(rate=250_000 / 3, rtt=0.3)  # 2 Mbit/s shared by three uploads
    pacer = ChunkPacer(4 * 1024 * 1024, clock=lambda: line.now)
    data = bytes(range(256)) * 12_000  # ~3 MB
    _send(line, _outgoing(data), chunk=4 * 1024 * 1024, pacer=pacer)
    sizes = [p[2] for p in line.patches]
    assert sizes[0] == MIN_CHUNK  # nothing known of the line yet
    assert all(4.0 <= t <= 10.0 for t in line.took[1:-1])  # ~8 s, never ~50 s
    assert line.committed and sum(sizes) == len(data)


def test_chunks_on_a_fast_line_are_the_servers_largest():
    line = Line(rate=500e6, rtt=0.0002)
    pacer = ChunkPacer(1024 * 1024, clock=lambda: line.now)
    data = bytes(range(256)) * 20_000  # ~5 MB
    _send(line, _outgoing(data), chunk=1024 * 1024, pacer=pacer)
    sizes = [p[2] for p in line.patches]
    assert sizes[0] == MIN_CHUNK and set(sizes[1:-1]) == {1024 * 1024}


def test_the_pacer_halves_after_a_failure_within_its_bounds():
    now = [0.0]
    pacer = ChunkPacer(4 * 1024 * 1024, clock=lambda: now[0])
    pacer.went_through(MIN_CHUNK, 0.001)
    assert pacer.next_size() == 4 * 1024 * 1024
    pacer.failed()
    assert pacer.next_size() == 2 * 1024 * 1024
    for _ in range(10):
        pacer.failed()
    assert pacer.next_size() == MIN_CHUNK  # never under the floor
    pacer.went_through(1000, 5.0)  # a blob's small end says little: ignored
    assert pacer.next_size() == MIN_CHUNK and pacer.rate == MIN_CHUNK / 0.001
    small = ChunkPacer(64 * 1024)  # a server whose chunks are smaller than the floor
    small.went_through(64 * 1024, 100.0)
    assert small.next_size() == 64 * 1024
