"""When to try again, and how a running sync is paused or cancelled.

Backoff is exponential with "equal jitter" (half the delay fixed, half random)
and capped at 5 minutes, so many laptops coming back online at once do not
hit the server in step. The failure counter counts *consecutive failures
without progress*: a link that drops every few minutes but moves a chunk in
between never gives up, a dead one does after ``max_failures``. Several uploads
in flight share one :class:`Retrier`: those that fail while another already
waits join that wait, so one outage is one step of the backoff, not one per upload.
"""

from __future__ import annotations

import random
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field

from observer_desktop.sync.errors import Cancelled, SyncError

__all__ = ["Retrier", "RetryPolicy", "SyncControl"]

MAX_BACKOFF = 300.0  # seconds: the protocol's cap


@dataclass(frozen=True)
class RetryPolicy:
    base: float = 1.0
    factor: float = 2.0
    cap: float = MAX_BACKOFF
    max_failures: int | None = 6  # consecutive failures without progress; None: never give up
    seed: int | None = None

    def delay(self, failures: int, rng: random.Random) -> float:
        """Seconds to wait after the ``failures``-th consecutive failure (1-based)."""
        # the exponent stops growing once the cap is reached: a schedule that never gives
        # up would otherwise overflow a float after about 1,024 failures in a row
        exponent = min(max(0, failures - 1), 64)
        ceiling = min(self.cap, self.base * self.factor**exponent)
        return ceiling / 2 + rng.uniform(0, ceiling / 2)


class SyncControl:
    """Pause, resume and cancel a sync from another thread (the UI's buttons).

    The engine calls :meth:`checkpoint` between chunks and :meth:`sleep` while
    it backs off; both return at once when nothing is asked. Pausing holds the
    worker between two chunks, with no database transaction open.
    """

    def __init__(self, should_cancel: Callable[[], bool] | None = None):
        self._cancel = threading.Event()
        self._running = threading.Event()
        self._running.set()
        self._should_cancel = should_cancel

    def cancel(self) -> None:
        self._cancel.set()
        self._running.set()  # a paused worker wakes up to notice

    def pause(self) -> None:
        self._running.clear()

    def resume(self) -> None:
        self._running.set()

    @property
    def paused(self) -> bool:
        return not self._running.is_set()

    @property
    def cancelled(self) -> bool:
        if self._cancel.is_set():
            return True
        if self._should_cancel is not None and self._should_cancel():
            self._cancel.set()
            return True
        return False

    def checkpoint(self) -> None:
        """Raise :class:`Cancelled` if asked; block while paused."""
        while True:
            if self.cancelled:
                raise Cancelled
            if self._running.wait(0.2):
                if self.cancelled:
                    raise Cancelled
                return

    def sleep(self, seconds: float, *, wake: threading.Event | None = None) -> None:
        """Wait, waking early (with :class:`Cancelled`) if cancelled, or (returning) when
        ``wake`` is set."""
        end = time.monotonic() + max(0.0, seconds)
        while True:
            self.checkpoint()
            left = end - time.monotonic()
            if left <= 0 or (wake is not None and wake.is_set()):
                return
            self._cancel.wait(min(left, 0.05 if wake is not None else 0.2))


@dataclass
class Retrier:
    """Counts consecutive failures and waits between attempts. Thread-safe: a failure
    while another upload already waits joins that wait (:meth:`failed`)."""

    policy: RetryPolicy
    control: SyncControl
    on_wait: Callable[[float, SyncError], None] | None = None
    failures: int = 0
    rng: random.Random = field(default_factory=random.Random)
    clock: Callable[[], float] = time.monotonic
    _resume_at: float = field(default=float("-inf"), repr=False)
    _lock: threading.Lock = field(default_factory=threading.Lock, repr=False)

    def __post_init__(self) -> None:
        if self.policy.seed is not None:
            self.rng = random.Random(self.policy.seed)  # noqa: S311 (jitter, not secrets)

    def progressed(self) -> None:
        with self._lock:
            self.failures = 0

    def failed(self, error: SyncError, *, wake: threading.Event | None = None) -> None:
        """Wait before the next attempt, or re-raise ``error`` when it must not be retried.
        ``wake`` ends the wait early (another upload of the same submission failed for good)."""
        if not error.retryable:
            raise error
        with self._lock:
            now = self.clock()
            joined = now < self._resume_at  # the same outage another upload waits out
            if joined:
                delay = self._resume_at - now
            else:
                self.failures += 1
                limit = self.policy.max_failures
                if limit is not None and self.failures > limit:
                    raise error
                delay = self.policy.delay(self.failures, self.rng)
                if error.retry_after:
                    delay = max(delay, min(error.retry_after, self.policy.cap))
                self._resume_at = now + delay
        if self.on_wait is not None and not joined:
            self.on_wait(delay, error)
        if wake is None:
            self.control.sleep(delay)
        else:
            self.control.sleep(delay, wake=wake)
