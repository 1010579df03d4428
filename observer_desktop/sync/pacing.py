"""How big the next chunk is: about :data:`TARGET_SECONDS` of the link as measured.

On loopback or a good line a chunk is the server's maximum (``chunk_bytes`` of
``/meta``): fewer requests, fewer fsyncs. On a rural line (2 Mbit/s shared by
the uploads in flight) a 4 MiB chunk takes half a minute or more, and a link
that drops every minute would lose most of it each time; there a chunk is what
the line moves in about :data:`TARGET_SECONDS`, never under :data:`MIN_CHUNK`.

The pace starts at the floor (like TCP's slow start: nothing is known of the
line yet), follows the rate of each chunk that goes through (bytes over the
seconds from sending it to its answer; one rate per upload in flight, shared by
them) and halves after a failure. The clock is injected, so tests need no real time.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable

__all__ = ["MIN_CHUNK", "TARGET_SECONDS", "ChunkPacer"]

MIN_CHUNK = 256 * 1024  # bytes: below this, a request's round trip costs more than it saves
TARGET_SECONDS = 8.0  # what one chunk should take on the line
GRANULE = 64 * 1024  # chunk sizes are multiples of this (but the end of a blob)
MIN_SAMPLE = 64 * 1024  # smaller chunks measure the round trip more than the line
SMOOTHING = 0.5  # weight of the newest rate in the running estimate


class ChunkPacer:
    """The chunk size for the next PATCH, from the rates of those that went through.
    Thread-safe: the uploads in flight share one."""

    def __init__(
        self,
        ceiling: int,
        *,
        floor: int = MIN_CHUNK,
        target_seconds: float = TARGET_SECONDS,
        clock: Callable[[], float] = time.monotonic,
    ):
        self.ceiling = max(1, int(ceiling))
        self.floor = max(1, min(int(floor), self.ceiling))
        self.target_seconds = target_seconds
        self.clock = clock
        self.rate: float | None = None  # bytes a second, one upload's share of the line
        self._size = self.floor
        self._lock = threading.Lock()

    def next_size(self) -> int:
        """Bytes for the next chunk (the caller cuts it at the end of its blob)."""
        with self._lock:
            return self._size

    def went_through(self, nbytes: int, seconds: float) -> None:
        """A chunk of ``nbytes`` was acknowledged ``seconds`` after it started."""
        if nbytes < MIN_SAMPLE and nbytes < self._size:
            return  # a blob's small end: mostly round trip, it says little of the line
        rate = nbytes / max(seconds, 1e-6)
        with self._lock:
            self.rate = rate if self.rate is None else (
                SMOOTHING * rate + (1 - SMOOTHING) * self.rate
            )  # fmt: skip
            self._size = self._fit(self.rate * self.target_seconds)

    def failed(self) -> None:
        """A chunk did not go through (the link dropped or stalled): halve the next."""
        with self._lock:
            self._size = self._fit(self._size / 2)

    def _fit(self, size: float) -> int:
        """Within [floor, ceiling], a multiple of :data:`GRANULE` (when that fits)."""
        size = int(min(max(size, self.floor), self.ceiling))
        rounded = size - size % GRANULE
        return rounded if rounded >= self.floor else size
