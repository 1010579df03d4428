"""The background sync's schedule (sync/schedule.py): when the app tries next, with plain
clock values instead of threads, a server or Qt.

What the removed ``AutoSync`` tests checked, and where it is checked now:
- "nothing attempted while the server does not answer" and "delivers as soon as it
  answers": the controller starts a run only after a check that found the server
  (tests/gui/test_sync_ui.py: ``test_the_controller_asks_the_schedule_…`` and
  ``test_background_sync_delivers_with_progress_when_the_server_answers``); after a
  failed run the next chance is the policy's backoff (here);
- "the signed audit is queued for the next chance": the background run queues it
  (``test_background_sync_delivers_…`` starts from a signed audit); here, that a
  queued submission is work for a background run and one that stopped is not;
- "background sync off: nothing runs by itself; sync now still runs (and resumes a
  paused run)": ``test_the_controller_asks_the_schedule_…`` and
  ``test_pause_resume_cancel_and_continue_without_sending_again`` (sync/auto off,
  F9, pause, resume); here, that a manual run ignores any wait.
"""

from __future__ import annotations

import random

import pytest

from observer_desktop.sync.policy import MAX_BACKOFF, RetryPolicy
from observer_desktop.sync.schedule import CANCEL_HOLD, REVIEW_INTERVAL, SyncSchedule, has_work

T0 = 1_000.0  # a monotonic clock value


def test_the_app_waits_what_it_always_waited():
    schedule = SyncSchedule()
    assert REVIEW_INTERVAL == 900.0 and CANCEL_HOLD == 900.0
    assert schedule.review_interval == REVIEW_INTERVAL and schedule.cancel_hold == CANCEL_HOLD
    assert schedule.retry == RetryPolicy()  # the transfers' backoff: from 1 s, doubling
    assert schedule.retry.base == 1.0 and schedule.retry.cap == MAX_BACKOFF == 300.0


def test_a_fresh_schedule_may_start_at_once_and_fetches_the_reviews():
    schedule = SyncSchedule()
    assert schedule.may_start(0.0) and schedule.reviews_due(0.0)
    assert schedule.failures == 0 and schedule.next_start == 0.0


@pytest.mark.parametrize(
    ("unsent", "failed", "reviews_due", "work"),
    [
        (1, 0, False, True),  # a queued audit: send it
        (2, 1, False, True),  # one stopped, one still to send
        (1, 1, False, False),  # only one that stopped on its own error: a manual sync retries it
        (0, 0, True, True),  # nothing to send, but the reviews are due
        (0, 0, False, False),  # nothing at all: no run, no request
    ],
)
def test_a_background_run_needs_something_to_send_or_reviews_due(unsent, failed, reviews_due, work):
    assert has_work(unsent=unsent, failed=failed, reviews_due=reviews_due) is work


def test_failed_runs_back_off_with_jitter_up_to_the_cap_and_never_give_up():
    schedule = SyncSchedule(retry=RetryPolicy(seed=11))
    same = random.Random(11)  # the same jitter, to compare
    now = T0
    for n in range(1, 16):  # well past max_failures (6): background sync never gives up
        delay = schedule.failed(now)
        assert delay == RetryPolicy().delay(n, same)
        ceiling = min(300.0, 2.0 ** (n - 1))
        assert ceiling / 2 <= delay <= ceiling  # equal jitter: half fixed, half random
        assert schedule.failures == n
        assert schedule.next_start == now + delay
        assert not schedule.may_start(now + delay - 0.001)
        assert schedule.may_start(now + delay)
        now += delay
    assert delay >= 150.0  # at the cap: between 2.5 and 5 minutes


def test_a_run_that_went_through_ends_the_backoff_and_schedules_the_reviews():
    schedule = SyncSchedule(retry=RetryPolicy(seed=3))
    for _ in range(5):
        schedule.failed(T0)
    assert not schedule.may_start(T0 + 1)
    schedule.succeeded(T0 + 1)
    assert schedule.failures == 0 and schedule.may_start(T0 + 1)
    assert not schedule.reviews_due(T0 + 1)
    assert not schedule.reviews_due(T0 + 1 + REVIEW_INTERVAL - 0.001)
    assert schedule.reviews_due(T0 + 1 + REVIEW_INTERVAL)
    assert schedule.failed(T0 + 2) <= 1.0  # the backoff starts over from its first step


def test_a_cancel_holds_background_runs_for_15_minutes_and_new_work_does_not_end_it():
    schedule = SyncSchedule()
    schedule.cancelled(T0)
    assert schedule.failures == 0  # a cancel is not a failure
    schedule.more_to_send(T0 + 10)  # the observer finalizes another audit
    assert not schedule.may_start(T0 + CANCEL_HOLD - 0.001)
    assert schedule.may_start(T0 + CANCEL_HOLD)
    assert schedule.may_start(T0 + 10, manual=True)  # "sync now" still runs


def test_something_new_to_send_ends_a_backoff_at_once():
    schedule = SyncSchedule(retry=RetryPolicy(seed=5))
    for _ in range(8):
        delay = schedule.failed(T0)
    assert delay > 60 and not schedule.may_start(T0 + 1)
    schedule.more_to_send(T0 + 1)  # a report was signed
    assert schedule.may_start(T0 + 1)
    assert schedule.failures == 8  # the next failure still backs off from where it was
    schedule.more_to_send(T0 + 2)  # a later poke never pushes the start back
    assert schedule.next_start == T0 + 1


def test_a_manual_sync_runs_whatever_the_schedule_says_and_counts_like_any_run():
    schedule = SyncSchedule(retry=RetryPolicy(seed=7))
    schedule.failed(T0)
    schedule.cancelled(T0)
    assert not schedule.may_start(T0 + 1)
    assert schedule.may_start(T0 + 1, manual=True)
    schedule.succeeded(T0 + 2)  # the manual run went through: background sync resumes too
    assert schedule.may_start(T0 + 2) and schedule.failures == 0


def test_a_login_starts_afresh():
    schedule = SyncSchedule()
    for _ in range(6):
        schedule.failed(T0)
    schedule.cancelled(T0)
    schedule.restart()
    assert schedule.failures == 0 and schedule.may_start(0.0)


def test_a_very_long_outage_keeps_the_capped_backoff():
    """The background schedule never gives up: the 2,000th failure in a row still waits
    the cap (the exponent once overflowed a float near the 1,025th)."""
    import random

    policy = RetryPolicy()
    delay = policy.delay(2000, random.Random(1))
    assert policy.cap / 2 <= delay <= policy.cap
