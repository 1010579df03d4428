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
"""

from __future__ import annotations

import itertools
import logging
import threading
import time
import traceback
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, QRunnable, QThreadPool, QTimer, Signal, Slot

log = logging.getLogger(__name__)

PROGRESS_INTERVAL_S = 0.05


class _Relay(QObject):
    """One long-lived sender per runner, living on the UI thread.

    Workers emit ``(task id, payload)``; queued delivery runs the callbacks on
    the UI thread. A sender per task would die with its task on the worker
    thread while its queued signals are still in flight — PySide then frees
    their Python arguments twice and the interpreter aborts.
    """

    succeeded = Signal(int, object)
    failed = Signal(int, object, str)
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


class _Task(QRunnable):
    def __init__(self, fn: Callable[[], Any], relay: _Relay, task_id: int, handle=None):
        super().__init__()
        self.fn = fn
        self.relay = relay
        self.task_id = task_id
        self.handle = handle

    @Slot()
    def run(self) -> None:
        try:
            result = self.fn()
        except Exception as exc:
            log.exception("background task failed")
            if self.handle is not None:
                self.handle._flush()
            self.relay.failed.emit(self.task_id, exc, traceback.format_exc())
            return
        if self.handle is not None:
            self.handle._flush()
        self.relay.succeeded.emit(self.task_id, result)


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
        self._relay = _Relay(self)
        self._relay.succeeded.connect(self._succeeded)
        self._relay.failed.connect(self._failed)
        self._relay.progressed.connect(self._progressed)
        self._callbacks: dict[int, tuple] = {}
        self._handles: dict[int, TaskHandle] = {}
        self._ids = itertools.count(1)

    def _succeeded(self, task_id: int, result: Any) -> None:
        on_success, _failure, _progress = self._callbacks.pop(task_id)
        handle = self._handles.pop(task_id, None)
        if handle is not None:
            handle.finished = True
        _deliver(on_success, result)

    def _failed(self, task_id: int, exc: BaseException, tb: str) -> None:
        _success, on_failure, _progress = self._callbacks.pop(task_id)
        handle = self._handles.pop(task_id, None)
        if handle is not None:
            handle.finished = True
        _deliver(on_failure, exc, tb)

    def _progressed(self, task_id: int, value: Any) -> None:
        callbacks = self._callbacks.get(task_id)
        if callbacks is not None:
            _deliver(callbacks[2], value)

    def run(
        self,
        fn: Callable[[], Any],
        *,
        on_success: Callable[[Any], None] = _noop,
        on_failure: Callable[[BaseException, str], None],
    ) -> None:
        """Short database work, in order, on the database thread."""
        task_id = next(self._ids)
        self._callbacks[task_id] = (on_success, on_failure, _noop)
        self.pool.start(_Task(fn, self._relay, task_id))

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
        self._callbacks[task_id] = (on_success, on_failure, on_progress)
        self._handles[task_id] = handle
        self.long_pool.start(_Task(lambda: fn(handle), self._relay, task_id, handle))
        return handle

    def pending(self) -> int:
        """Tasks asked for whose callbacks have not run yet."""
        return len(self._callbacks)

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
