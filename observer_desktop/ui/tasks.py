"""The one background-task helper: run a function off the UI thread, call back on it.

Two queues, both off the UI thread:

- ``run`` — short database work (load a list, save an answer). One worker
  thread, so these run in the order they were asked for and writes never race.
- ``run_long`` — long work with progress and cancel (import evidence, make a
  report, verify a PDF). One more worker thread, so a long import never delays
  an answer being saved. Each thread keeps its own database connection
  (:class:`~observer_desktop.ui.backend.Backend`); SQLite's write lock and the
  services' short transactions keep writes serialized between the two.

Callbacks always run on the UI thread (queued signals). Progress is
coalesced: the UI gets the latest value at most every 50 ms, however often
the worker reports, so a fast worker never floods the event loop.

An exception in a worker reaches ``on_failure(exc, traceback_text)`` and the
log file; widgets pass :func:`show_error` or their own handler.

Python objects that may hold Qt objects die on the UI thread only (a Qt object
destroyed on a worker is torn down while the UI thread is still delivering its
events: a segfault). So a task's function, result and exception belong to the
runner and are dropped when the callback has run, never by the worker; and while
tasks are pending the cyclic garbage collector runs on the UI thread only
(:class:`_UiThreadCollector`), never on a worker that happens to allocate.
"""

from __future__ import annotations

import gc
import itertools
import logging
import threading
import time
import traceback
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, QRunnable, QThreadPool, QTimer, Signal, Slot

from observer_desktop.ui.changes import AuditChange, ChangeHub, Op

log = logging.getLogger(__name__)

PROGRESS_INTERVAL_S = 0.05


class _Relay(QObject):
    """One long-lived sender per runner, living on the UI thread.

    Workers emit the task id (and progress values); queued delivery runs the
    callbacks on the UI thread. A sender per task would die with its task on the worker
    thread while its queued signals are still in flight — PySide then frees
    their Python arguments twice and the interpreter aborts.
    """

    finished = Signal(int)  # the outcome stays in the runner's _Job: no object crosses threads
    progressed = Signal(int, object)


class TaskHandle:
    """What a long task receives and what its caller keeps: progress and cancel."""

    def __init__(self, relay: _Relay, task_id: int):
        self._relay = relay
        self._id = task_id
        self._cancel = threading.Event()
        self._last_emit = 0.0
        self._pending: Any = None
        self._lock = threading.Lock()
        self.finished = False

    # -- caller side (UI thread)
    def cancel(self) -> None:
        self._cancel.set()

    # -- worker side
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def progress(self, value: Any, *, force: bool = False) -> None:
        """Report progress; only the latest value every 50 ms reaches the UI."""
        now = time.monotonic()
        with self._lock:
            if not force and now - self._last_emit < PROGRESS_INTERVAL_S:
                self._pending = value
                return
            self._last_emit = now
            self._pending = None
        self._relay.progressed.emit(self._id, value)

    def _flush(self) -> None:
        with self._lock:
            value, self._pending = self._pending, None
        if value is not None:
            self._relay.progressed.emit(self._id, value)


class _Job:
    """One task: its function, callbacks and outcome. Owned by the runner (UI thread).

    The worker reads and fills it through the runner's table but never holds the
    last reference: a closure over a dialog, a result or an exception whose
    traceback reaches a widget is dropped on the UI thread when the callback has
    run. Dropped on the worker, it could be the last reference to a parentless
    widget, and PySide would destroy that widget there.
    """

    __slots__ = ("error", "fn", "handle", "on_failure", "on_progress", "on_success", "result")

    def __init__(self, fn, on_success, on_failure, on_progress, handle):
        self.fn = fn
        self.on_success = on_success
        self.on_failure = on_failure
        self.on_progress = on_progress
        self.handle = handle
        self.result: Any = None
        self.error: tuple[BaseException, str] | None = None


class _Task(QRunnable):
    def __init__(self, jobs: dict[int, _Job], relay: _Relay, task_id: int):
        super().__init__()
        # The runner's table, not the job: the runner drops the job on the UI thread. (If the
        # runner is destroyed with tasks queued, they still run, as before, and die here.)
        self.jobs = jobs
        self.relay = relay
        self.task_id = task_id

    @Slot()
    def run(self) -> None:
        job = self.jobs[self.task_id]
        try:
            job.result = job.fn()
        except Exception as exc:
            log.exception("background task failed")
            job.error = (exc, traceback.format_exc())
        if job.handle is not None:
            job.handle._flush()
        del job  # before the signal: from then on the UI thread may drop the job at any moment
        self.relay.finished.emit(self.task_id)


class _UiThreadCollector:
    """Python's cyclic garbage collector, on the UI thread only while tasks are pending.

    Automatic collection runs on whichever thread happens to allocate, often a
    worker in the middle of a task. It then frees whatever cyclic garbage holds
    the last reference to a Qt object: a closed window that only a reference cycle
    still holds, a ``TaskRunner`` whose owner went away. PySide destroys such an
    object on that worker, with the GIL released, while the UI thread is still
    delivering events to it (``Fatal Python error: Segmentation fault`` in
    ``processEvents``). So while any task is pending automatic collection is off
    and a timer on the UI thread collects instead, as often as Python would.
    """

    INTERVAL_MS = 1000  # at most one collection a second on the UI thread, full ones included

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._held: dict[int, int] = {}  # pending tasks per runner
        self._paused = False  # automatic collection turned off by us (not by someone else)
        self._timer: QTimer | None = None

    def hold(self, runner: int) -> None:
        """A task was asked for (UI thread)."""
        with self._lock:
            self._held[runner] = self._held.get(runner, 0) + 1
            if not self._paused and gc.isenabled():
                gc.disable()
                self._paused = True
        if threading.current_thread() is not threading.main_thread():
            return
        if self._timer is None or not shiboken6.isValid(self._timer):
            self._timer = QTimer(QCoreApplication.instance())
            self._timer.setInterval(self.INTERVAL_MS)
            self._timer.timeout.connect(lambda: self.collect())
        if not self._timer.isActive():
            self._timer.start()

    def release(self, runner: int, count: int = 1) -> None:
        """A task's callback ran (UI thread), or its runner was destroyed (``count=-1``: all)."""
        with self._lock:
            left = 0 if count < 0 else self._held.get(runner, 0) - count
            if left > 0:
                self._held[runner] = left
            else:
                self._held.pop(runner, None)
            resume = self._paused and not self._held
            if resume:
                self._paused = False
        if resume:
            self.collect()  # what piled up meanwhile; then Python collects by itself again
            gc.enable()

    def collect(self) -> None:
        """On the UI thread: what automatic collection would have done by now."""
        if threading.current_thread() is not threading.main_thread() or gc.isenabled():
            return
        threshold, count = gc.get_threshold(), gc.get_count()
        if count[0] > threshold[0]:
            generation = 2 if count[2] > threshold[2] else 1 if count[1] > threshold[1] else 0
            gc.collect(generation)


_collector = _UiThreadCollector()
_runner_keys = itertools.count(1)


def _noop(*_args: Any) -> None:
    return None


def _deliver(callback: Callable[..., Any], *args: Any) -> None:
    """Run a callback whose widget may have closed meanwhile (the window rebuilt for a
    new language, a dialog closed during its task): that result has nobody to show it."""
    try:
        callback(*args)
    except RuntimeError as exc:
        if "already deleted" not in str(exc):
            raise
        log.debug("result for a closed widget dropped: %s", exc)


def alive(obj: Any) -> bool:
    """False once the Qt object behind ``obj`` was deleted (a dialog closed by the observer)."""
    return obj is not None and shiboken6.isValid(obj)


def close_if_alive(widget: Any) -> None:
    """Close a progress dialog when its task ends, unless the observer already closed it
    (Escape; it deletes itself): the result must still be shown."""
    if alive(widget):
        widget.close()


def cancel_on_close(dialog: Any, cancel: Callable[[], None]) -> None:
    """Cancel a task when its progress dialog is cancelled, escaped or closed.

    Connected through a lambda on purpose. PySide holds a *bound method* of a
    plain Python object (``handle.cancel``, ``control.cancel``) only weakly, and
    disconnects it from the dialog when that object dies. The object's last
    reference is usually the task's closure, which dies on the worker thread:
    the disconnect then takes the dialog's signal lock on the worker and waits
    for the GIL, while the UI thread, holding the GIL, closes the dialog and
    waits for that lock. Both wait forever (a CI run hung exactly so). A lambda
    is held strongly, so the object dies with the dialog, on the UI thread.
    """
    dialog.canceled.connect(lambda: cancel())
    dialog.rejected.connect(lambda: cancel())  # Escape without the shortcut, or closed


class TaskRunner(QObject):
    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(1)
        self.long_pool = QThreadPool(self)
        self.long_pool.setMaxThreadCount(1)
        for pool in (self.pool, self.long_pool):
            pool.setExpiryTimeout(-1)  # keep the thread: its database connection lives in it
        self.changes = ChangeHub(self)  # the one change signal (ui/changes.py)
        self._relay = _Relay(self)
        self._relay.finished.connect(self._finished)
        self._relay.progressed.connect(self._progressed)
        self._jobs: dict[int, _Job] = {}
        self._ids = itertools.count(1)
        key = self._key = next(_runner_keys)
        # destroyed with tasks pending (its window closed during a sync): they never report
        self.destroyed.connect(lambda *_: _collector.release(key, -1))

    def _finished(self, task_id: int) -> None:
        job = self._jobs.pop(task_id)
        try:
            if job.handle is not None:
                job.handle.finished = True
            if job.error is None:
                _deliver(job.on_success, job.result)
            else:
                _deliver(job.on_failure, *job.error)
        finally:
            del job  # the function, result and exception die here, on the UI thread
            _collector.release(self._key)

    def _progressed(self, task_id: int, value: Any) -> None:
        job = self._jobs.get(task_id)
        if job is not None:
            _deliver(job.on_progress, value)

    def _start(self, pool: QThreadPool, task_id: int, job: _Job) -> None:
        self._jobs[task_id] = job
        _collector.hold(self._key)
        pool.start(_Task(self._jobs, self._relay, task_id))

    def run(
        self,
        fn: Callable[[], Any],
        *,
        on_success: Callable[[Any], None] = _noop,
        on_failure: Callable[[BaseException, str], None],
    ) -> None:
        """Short database work, in order, on the database thread."""
        self._start(self.pool, next(self._ids), _Job(fn, on_success, on_failure, _noop, None))

    def run_long(
        self,
        fn: Callable[[TaskHandle], Any],
        *,
        on_progress: Callable[[Any], None] = _noop,
        on_success: Callable[[Any], None] = _noop,
        on_failure: Callable[[BaseException, str], None],
    ) -> TaskHandle:
        """Long work: ``fn(handle)`` calls ``handle.progress(x)`` and checks ``handle.cancelled()``."""
        task_id = next(self._ids)
        handle = TaskHandle(self._relay, task_id)
        job = _Job(lambda: fn(handle), on_success, on_failure, on_progress, handle)
        self._start(self.long_pool, task_id, job)
        return handle

    def run_op(
        self,
        fn: Callable[[], Any],
        *,
        initiator: Any = None,
        change: AuditChange | Callable[[Any], AuditChange] | None = None,
        partial: AuditChange | None = None,
    ) -> Op:
        """An operation that changes data, on the database thread: when it succeeds,
        ``changes.changed`` is emitted once with what changed and ``initiator``, then the
        op's ``success`` callback runs (see ui/changes.py). ``partial``: what a failure
        part-way may have changed, emitted on failure too."""
        op = Op(self.changes, initiator, change, partial)
        self.run(fn, on_success=op._succeeded, on_failure=op._failed)
        return op

    def run_long_op(
        self,
        fn: Callable[[TaskHandle], Any],
        *,
        initiator: Any = None,
        change: AuditChange | Callable[[Any], AuditChange] | None = None,
        partial: AuditChange | None = None,
        on_progress: Callable[[Any], None] = _noop,
    ) -> tuple[Op, TaskHandle]:
        """:meth:`run_op` for long work with progress and cancel (import, report)."""
        op = Op(self.changes, initiator, change, partial)
        handle = self.run_long(
            fn, on_progress=on_progress, on_success=op._succeeded, on_failure=op._failed
        )
        return op, handle

    def pending(self) -> int:
        """Tasks asked for whose callbacks have not run yet."""
        return len(self._jobs)

    def wait(self, msecs: int = 30000) -> bool:
        """Wait for both queues (tests, shutdown)."""
        deadline = time.monotonic() + msecs / 1000
        ok = True
        for pool in (self.long_pool, self.pool):
            left = max(0, int((deadline - time.monotonic()) * 1000))
            ok = pool.waitForDone(left) and ok
        return ok


def later(msecs: int, fn: Callable[[], None]) -> None:
    """Run ``fn`` on the UI thread after ``msecs`` (a small readability helper)."""
    QTimer.singleShot(msecs, fn)
