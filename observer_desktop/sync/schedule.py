"""When the app's background sync may run next: the one schedule, without Qt or threads.

The window asks the OIC server's ``/meta`` every minute (and when the OS reports
a network change); when it answers, the sync controller asks
:class:`SyncSchedule` whether a background run may start. Every method takes
``now``, a monotonic clock value in seconds, so the policy is tested with plain
numbers:

- after a run that went through, the next one may start at once (when there
  is something to send); reviews are fetched again after
  :data:`REVIEW_INTERVAL` even with nothing to send;
- after a failed run, the transfers' backoff (:class:`RetryPolicy`: exponential
  with equal jitter, capped at 5 minutes), counting consecutive failures and
  never giving up;
- after the observer cancelled, no background run for :data:`CANCEL_HOLD`;
- something new to send (a report signed, an audit finalized) ends a backoff
  at once, not a cancel hold;
- a manual "sync now" runs whatever the schedule says; its outcome counts like
  any other run's;
- a login starts afresh.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field

from observer_desktop.sync.policy import RetryPolicy

__all__ = ["CANCEL_HOLD", "REVIEW_INTERVAL", "SyncSchedule", "has_work"]

REVIEW_INTERVAL = 900.0  # seconds: fetch the OIC's reviews at least this often while online
CANCEL_HOLD = 900.0  # seconds: after the observer cancels, background sync waits this long


def has_work(*, unsent: int, failed: int, reviews_due: bool) -> bool:
    """Whether a background run has anything to do: a submission that did not stop on an
    error of its own (those wait for a manual sync), or reviews to fetch."""
    return unsent - failed > 0 or reviews_due


@dataclass
class SyncSchedule:
    """The background sync's next chance, moved by what each run did."""

    retry: RetryPolicy = field(default_factory=RetryPolicy)
    review_interval: float = REVIEW_INTERVAL
    cancel_hold: float = CANCEL_HOLD
    rng: random.Random = field(default_factory=random.Random)
    failures: int = 0  # consecutive failed runs
    not_before: float = 0.0  # backoff: no background run before this
    hold_until: float = 0.0  # the observer cancelled: no background run before this
    reviews_due_at: float = 0.0

    def __post_init__(self) -> None:
        if self.retry.seed is not None:
            self.rng = random.Random(self.retry.seed)  # noqa: S311 (jitter, not secrets)

    @property
    def next_start(self) -> float:
        """The earliest moment a background run may start."""
        return max(self.not_before, self.hold_until)

    def may_start(self, now: float, *, manual: bool = False) -> bool:
        """A manual run always may (the observer asked); a background one once its wait is over."""
        return manual or now >= self.next_start

    def reviews_due(self, now: float) -> bool:
        return now >= self.reviews_due_at

    def succeeded(self, now: float) -> None:
        """A run went through (or had nothing to do that could fail)."""
        self.failures = 0
        self.not_before = self.hold_until = now
        self.reviews_due_at = now + self.review_interval

    def failed(self, now: float) -> float:
        """A run failed (or its worker crashed): back off; returns the delay."""
        self.failures += 1
        delay = self.retry.delay(self.failures, self.rng)
        self.not_before = now + delay
        return delay

    def cancelled(self, now: float) -> None:
        """The observer cancelled a run: leave the link alone for a while."""
        self.hold_until = now + self.cancel_hold

    def more_to_send(self, now: float) -> None:
        """Something became ready to send: a backoff ends now (a cancel hold does not)."""
        self.not_before = min(self.not_before, now)

    def restart(self) -> None:
        """A login: whatever failed before was about the old session."""
        self.failures = 0
        self.not_before = self.hold_until = 0.0
