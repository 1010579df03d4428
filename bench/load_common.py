"""What bench_load.py's setup and its locust process share: the laptops' photos (built
from one seeded buffer, so 16 GB of distinct payload costs no generation and no hashing
pass) and the pacing of each laptop's link. No locust import here: the bench's own
process and the unit tests use it too.

A photo is ``base[: size - TAIL] + tail``: every photo shares the seeded random buffer
``base`` and ends in 32 bytes of its own (a SHA-256 of the run's nonce, the laptop and
the photo), so every photo has its own hash and the server stores every one. The bytes
are random, not a JPEG: the server does not decode a photo at upload or commit (the
console's thumbnails, made later in the background, fail at once on them; their cost is
not part of the load). Hashes are computed by walking ``base`` once in order of length
and copying the running SHA-256 state at each photo's prefix length.
"""

from __future__ import annotations

import hashlib
import math
import random
from collections.abc import Callable, Iterator
from dataclasses import dataclass

__all__ = [
    "TAIL",
    "Pacer",
    "Photo",
    "base_buffer",
    "chunk_of",
    "link_rates",
    "photo_hashes",
    "photo_sizes",
    "photo_tail",
    "piece_bytes",
]

TAIL = 32


@dataclass(frozen=True)
class Photo:
    size: int
    tail: bytes  # the last TAIL bytes, the photo's own

    def digest(self, base: bytes) -> str:
        """The photo's SHA-256, the slow way (for checks: photo_hashes does it for all)."""
        return hashlib.sha256(base[: self.size - TAIL] + self.tail).hexdigest()


def base_buffer(seed: int, size: int) -> bytes:
    """The shared random bytes every photo starts with (the same in every process)."""
    return random.Random(seed).randbytes(size)


def photo_sizes(rng: random.Random, count: int, mean: int, spread: float = 0.125) -> list[int]:
    """``count`` sizes uniformly within ``mean`` ± ``spread`` (at least TAIL + 1 bytes)."""
    low, high = int(mean * (1 - spread)), int(mean * (1 + spread))
    return [max(TAIL + 1, rng.randint(low, high)) for _ in range(count)]


def photo_tail(nonce: str, laptop: int, index: int) -> bytes:
    return hashlib.sha256(f"{nonce}:{laptop}:{index}".encode()).digest()


def photo_hashes(base: bytes, photos: list[Photo]) -> list[str]:
    """The SHA-256 of each photo, in the order given: one pass over ``base``."""
    order = sorted(range(len(photos)), key=lambda i: photos[i].size)
    out: list[str] = [""] * len(photos)
    running = hashlib.sha256()
    position = 0
    for i in order:
        prefix = photos[i].size - TAIL
        if prefix > len(base):
            raise ValueError(f"photo of {photos[i].size} bytes is longer than the base buffer")
        running.update(base[position:prefix])
        position = prefix
        finished = running.copy()
        finished.update(photos[i].tail)
        out[i] = finished.hexdigest()
    return out


def chunk_of(base: bytes, photo: Photo, offset: int, length: int) -> bytes:
    """Bytes ``offset`` to ``offset + length`` of ``photo`` (clipped at its end)."""
    end = min(photo.size, offset + length)
    cut = photo.size - TAIL
    if end <= cut:
        return base[offset:end]
    if offset >= cut:
        return photo.tail[offset - cut : end - cut]
    return base[offset:cut] + photo.tail[: end - cut]


def link_rates(rng: random.Random, count: int, low_mbit: float, high_mbit: float) -> list[float]:
    """Each laptop's link in bytes per second, log-uniform in [low, high] Mbit/s (as many
    slow links as fast ones, in ratio); 0 for both: unpaced."""
    if high_mbit <= 0:
        return [0.0] * count
    lo, hi = math.log(low_mbit), math.log(high_mbit)
    return [math.exp(rng.uniform(lo, hi)) * 1e6 / 8 for _ in range(count)]


def piece_bytes(rate: float, *, tick: float = 0.1, low: int = 16 * 1024, high: int = 256 * 1024):
    """How much of a body to write at once on a link of ``rate`` bytes/s: about ``tick``
    seconds of it, between ``low`` and ``high``."""
    if rate <= 0:
        return high
    return int(min(high, max(low, rate * tick)))


class Pacer:
    """One laptop's link, shared by its uploads in flight: a piece of ``n`` bytes may go
    once the link has finished the pieces before it, and then holds the link for
    ``n / rate`` seconds. ``rate`` 0: no pacing."""

    def __init__(self, rate: float, clock: Callable[[], float], sleep: Callable[[float], None]):
        self.rate = rate
        self.clock = clock
        self.sleep = sleep
        self.free_at = 0.0
        self.waited = 0.0

    def reserve(self, n: int) -> float:
        """Seconds to wait before sending ``n`` bytes (the link is booked from then on)."""
        if self.rate <= 0:
            return 0.0
        now = self.clock()
        start = max(now, self.free_at)
        self.free_at = start + n / self.rate
        return start - now

    def pieces(self, data: bytes, size: int) -> Iterator[bytes]:
        """``data`` in pieces of ``size`` bytes, each released when the link takes it."""
        view = memoryview(data)
        for at in range(0, len(data), size):
            piece = view[at : at + size]
            wait = self.reserve(len(piece))
            if wait > 0:
                self.waited += wait
                self.sleep(wait)
            yield piece
