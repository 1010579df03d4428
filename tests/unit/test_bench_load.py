"""bench_load.py's pure parts: the photos built from one buffer and their hashes, the
pacing of a laptop's link, the figures from the laptops' records, and the store check
(every blob read back and hashed, duplicates, missing, extra). The run itself is
covered by bench-quick (bench/quick.py)."""

from __future__ import annotations

import hashlib
import random
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "bench"))

from load_common import (
    TAIL,
    Pacer,
    Photo,
    base_buffer,
    chunk_of,
    link_rates,
    photo_hashes,
    photo_sizes,
    photo_tail,
    piece_bytes,
)
from load_figures import (
    check_blob_files,
    killed_in_flight,
    latency_figures,
    percentile,
    phase_figures,
    run_figures,
)

# ------------------------------------------------------------------ photos


def test_photo_hashes_match_the_bytes_and_differ():
    base = base_buffer(7, 5000)
    assert base == base_buffer(7, 5000) != base_buffer(8, 5000)  # same seed, same bytes
    rng = random.Random(1)
    sizes = photo_sizes(rng, 30, 4000)
    assert all(3500 <= s <= 4500 for s in sizes) and len(set(sizes)) > 10
    sizes += [sizes[0], TAIL + 1]  # two photos of one size, and the smallest possible
    photos = [Photo(s, photo_tail("n", 3, i)) for i, s in enumerate(sizes)]
    digests = photo_hashes(base, photos)
    for photo, digest in zip(photos, digests, strict=True):
        whole = chunk_of(base, photo, 0, photo.size)
        assert len(whole) == photo.size
        assert hashlib.sha256(whole).hexdigest() == digest == photo.digest(base)
    assert len(set(digests)) == len(digests)  # same size, other tail: other hash


def test_photo_longer_than_the_buffer_is_refused():
    with pytest.raises(ValueError, match="longer than the base buffer"):
        photo_hashes(b"x" * 100, [Photo(200, b"t" * TAIL)])


@pytest.mark.parametrize("chunk", [1, 7, 31, 32, 33, 100, 1000])
def test_chunks_put_together_are_the_photo(chunk):
    base = base_buffer(3, 1000)
    photo = Photo(333, photo_tail("x", 0, 0))
    whole = base[: 333 - TAIL] + photo.tail
    pieces = [chunk_of(base, photo, at, chunk) for at in range(0, photo.size, chunk)]
    assert b"".join(pieces) == whole
    assert chunk_of(base, photo, 300, 1000) == whole[300:]  # clipped at the end


# ------------------------------------------------------------------ pacing


class FakeClock:
    def __init__(self) -> None:
        self.now = 100.0
        self.slept: list[float] = []

    def clock(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.slept.append(seconds)
        self.now += seconds


def test_pacer_holds_the_rate_across_uploads():
    clock = FakeClock()
    pacer = Pacer(1000.0, clock.clock, clock.sleep)  # 1,000 bytes/s
    pieces = list(pacer.pieces(b"a" * 2500, 500))
    assert [len(p) for p in pieces] == [500] * 5
    # the first piece goes at once; each next one when the link finished the one before
    assert clock.slept == pytest.approx([0.5] * 4)
    # a second upload of the same laptop shares the link: it waits for the first's last
    assert pacer.reserve(1000) == pytest.approx(0.5)
    assert pacer.free_at == pytest.approx(clock.now + 1.5)
    assert pacer.waited == pytest.approx(2.0)


def test_pacer_idle_link_does_not_bank_time():
    clock = FakeClock()
    pacer = Pacer(1000.0, clock.clock, clock.sleep)
    assert pacer.reserve(1000) == 0
    clock.now += 10  # idle for 10 s: no credit for a burst afterwards
    assert pacer.reserve(1000) == 0
    assert pacer.reserve(1000) == pytest.approx(1.0)


def test_unpaced_link_never_waits():
    clock = FakeClock()
    pacer = Pacer(0.0, clock.clock, clock.sleep)
    assert b"".join(pacer.pieces(b"z" * 10_000, piece_bytes(0))) == b"z" * 10_000
    assert clock.slept == [] and pacer.reserve(10**9) == 0


def test_link_rates_and_pieces():
    rates = link_rates(random.Random(5), 2000, 2, 20)
    mbit = [r * 8 / 1e6 for r in rates]
    assert min(mbit) >= 2 and max(mbit) <= 20
    slow = sum(1 for m in mbit if m < 2 * 10**0.5)  # log-uniform: half below the geometric mean
    assert 900 < slow < 1100
    assert link_rates(random.Random(5), 3, 0, 0) == [0.0, 0.0, 0.0]
    assert piece_bytes(250_000) == 25_000  # 2 Mbit/s: 0.1 s of it
    assert piece_bytes(1_000) == 16 * 1024 and piece_bytes(10**9) == 256 * 1024


# ------------------------------------------------------------------ figures


def rec(kind, start, end, outcome="ok", server_ms=None, upstream=None, laptop=0):
    r = {
        "type": kind,
        "start": start,
        "end": end,
        "ms": (end - start) * 1000,
        "server_ms": (end - start) * 1000 if server_ms is None else server_ms,
        "status": {"ok": 200, "refused": 409, "failed": 502, "cut": 0}[outcome],
        "outcome": outcome,
        "laptop": laptop,
    }
    if upstream:
        r["upstream"] = upstream
    return r


def test_percentile_nearest_rank():
    values = list(range(1, 101))
    assert percentile(values, 50) == 50
    assert percentile(values, 99) == 99
    assert percentile(values, 100) == 100
    assert percentile([5.0], 99) == 5.0
    assert percentile([], 50) is None
    assert percentile([3, 1, 2], 0) == 1


def test_latency_per_type():
    records = [rec("patch", 0, 0, server_ms=float(i)) for i in range(1, 201)]
    records.append(rec("commit", 0, 0.25))
    out = latency_figures(records)
    assert out["patch"] == {"requests": 200, "p50_ms": 100.0, "p99_ms": 198.0, "max_ms": 200.0}
    assert out["commit"]["p99_ms"] == 250.0
    assert out["head"] == {"requests": 0, "p50_ms": None, "p99_ms": None, "max_ms": None}


def test_kill_caught_requests_are_apart():
    a, b = "127.0.0.1:8001", "127.0.0.1:8002"
    kill = 10.0
    assert killed_in_flight(rec("patch", 9, 12, "failed"), kill, a)
    assert not killed_in_flight(rec("patch", 11, 12, "failed"), kill, a)  # after: not it
    assert not killed_in_flight(rec("patch", 9, 12, upstream=b), kill, a)  # on the other one
    assert killed_in_flight(rec("head", 9, 12, upstream=f"{a}, {b}"), kill, a)  # resent by nginx
    assert not killed_in_flight(rec("patch", 9, 12, "failed"), None, a)  # no kill


def test_run_figures():
    kill = 50.0
    records = [
        rec("other", 0, 0.01, laptop=0),
        rec("manifest", 0.01, 0.05, laptop=0),
        rec("patch", 1, 49, server_ms=20, laptop=0),
        rec("patch", 45, 52, "failed", laptop=1),  # caught by the kill
        rec("commit", 49.9, 51.5, upstream="127.0.0.1:8001, 127.0.0.1:8002", laptop=1),  # too
        rec("patch", 60, 61, "failed", laptop=1),  # a failure later: counted apart
        rec("patch", 20, 21, "cut", laptop=2),
        rec("patch", 22, 23, "refused", server_ms=30, laptop=2),
        rec("commit", 70, 70.4, laptop=1),
        rec("commit", 58, 58.1, laptop=0),
    ]
    laptops = [
        {"laptop": 0, "start": 0.0, "end": 58.1, "ok": True},
        {"laptop": 1, "start": 30.0, "end": 70.4, "ok": True},
        {"laptop": 2, "start": 19.0, "end": 90.0, "ok": False, "error": "patch: 6 fallos"},
    ]
    out = run_figures(records, laptops, planned=4, kill_at=kill, killed="127.0.0.1:8001")
    assert out["laptops_delivered"] == 2
    assert out["laptops_gave_up"] == 1 and out["gave_up_reasons"] == ["patch: 6 fallos"]
    assert out["laptops_unfinished"] == 1  # planned 4, one never reported
    assert out["span_seconds"] == 70.4
    assert out["submissions_per_minute"] == round(2 / 70.4 * 60, 2)
    assert out["caught_by_kill"] == {"patch": 1, "commit": 1}
    assert out["failed_outside_kill"] == {"patch": 1}
    assert out["refused"] == {"patch": 1}
    assert out["cuts"] == 1
    # the slow commit the kill caught (1.6 s) is apart; the one after it counts
    assert out["latency_ms"]["commit"]["p99_ms"] == 400.0
    assert out["latency_ms_with_kill_caught"]["commit"]["p99_ms"] == 1600.0
    assert out["latency_ms"]["patch"] == {
        "requests": 2,
        "p50_ms": 20.0,
        "p99_ms": 30.0,
        "max_ms": 30.0,
    }
    assert out["latency_ms_all_types_p99"] == 400.0


def test_latency_by_phase_around_the_kill():
    kill, restart = 50.0, 55.0  # nginx may keep the instance out 10 s more: back at 65
    answered = [
        rec("head", 10, 10.01),  # both up
        rec("head", 49.9, 50.2),  # across the kill: in no phase
        rec("head", 51, 53),  # one instance alone
        rec("head", 60, 64.5),  # still alone for nginx
        rec("head", 66, 66.05),  # both again
    ]
    out = phase_figures(answered, kill, restart)
    assert out["before_kill"]["head"]["requests"] == 1
    assert out["one_instance"]["head"] == {
        "requests": 2,
        "p50_ms": 2000.0,
        "p99_ms": 4500.0,
        "max_ms": 4500.0,
    }
    assert out["both_again"]["head"]["max_ms"] == 50.0
    assert phase_figures(answered, None, None)["before_kill"]["head"]["requests"] == 5
    # never restarted: alone to the end
    assert phase_figures(answered, kill, None)["one_instance"]["head"]["requests"] == 3


def test_run_figures_without_anything_delivered():
    out = run_figures([], [{"laptop": 0, "start": 1.0}], planned=1)
    assert out["laptops_delivered"] == 0 and out["laptops_unfinished"] == 1
    assert out["submissions_per_minute"] == 0.0 and out["latency_ms_all_types_p99"] is None


# ------------------------------------------------------------------ the store


def store(tmp_path: Path, blobs: dict[str, bytes]) -> list[Path]:
    paths = []
    for i, (name, data) in enumerate(blobs.items()):
        path = tmp_path / f"d{i % 2}" / name
        path.parent.mkdir(exist_ok=True)
        path.write_bytes(data)
        paths.append(path)
    return paths


def sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def test_store_check_clean(tmp_path):
    datas = [b"uno", b"dos", b"tres" * 1000]
    files = store(tmp_path, {sha(d): d for d in datas})
    out = check_blob_files(files, {sha(d): len(d) for d in datas})
    assert out["files"] == out["hash_checked"] == 3
    assert out["bytes"] == sum(len(d) for d in datas)
    for key in ("hash_mismatch", "duplicates", "missing", "wrong_size", "unexpected"):
        assert out[key] == 0, key


def test_store_check_finds_each_fault(tmp_path):
    good, other, extra = b"bueno", b"otro", b"de sobra"
    files = store(tmp_path, {sha(good): good, sha(other): b"alterado", sha(extra): extra})
    copy = tmp_path / "copia" / sha(good)  # the same blob stored a second time
    copy.parent.mkdir()
    copy.write_bytes(good)
    odd = tmp_path / "copia" / "nombre.tmp"
    odd.write_bytes(b"?")
    expected = {sha(good): len(good), sha(other): len(other), sha(b"falta"): 5}
    out = check_blob_files([*files, copy, odd], expected)
    assert out["files"] == 5
    assert out["hash_mismatch"] == 2  # the altered one and the file not named by its hash
    assert out["not_a_hash_name"] == 1
    assert out["duplicates"] == 1
    assert out["missing"] == 1
    assert out["wrong_size"] == 1  # "alterado" is not the size of "otro"
    assert out["unexpected"] == 2  # the extra blob and the odd file
