"""The one change signal: every operation's :class:`AuditChange`, once, to every view.

As Anki does with ``OpChanges`` and ``operation_did_execute``: a widget that
changes data runs the work as an *op* —

    tasks.run_op(lambda: backend.app().set_answer(...), initiator=self).success(saved)

— and when the work has succeeded, on the UI thread, the runner's hub emits
``changed(change, initiator)`` once, then calls the op's own ``success``
callback. Views subscribe once (``tasks.changes.changed.connect(...)``) and
refresh only what the change touches (answers, findings, evidence, status,
outbox, sessions…); nobody wires one widget's signal to another's slot, and no
widget calls the window.

The change is what the work returned when it is an :class:`AuditChange`
(services that change an audit return one), or what the caller declared with
``change=`` (a function of the work's result, or a fixed change) for services
that return something else. A failed op emits nothing, unless the caller says
what a failure part-way may have changed (``partial=``: several files, links
or removals written one by one, some before the error).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal

from observer_desktop.services.changes import AuditChange

__all__ = ["AuditChange", "ChangeHub", "Op"]

log = logging.getLogger(__name__)


class ChangeHub(QObject):
    """Emits what each successful operation changed (one per task runner, so per window)."""

    changed = Signal(object, object)  # AuditChange, the initiator (a widget, or None)

    def emit(self, change: AuditChange, initiator: Any = None) -> None:
        self.changed.emit(change, initiator)


def _log_failure(exc: BaseException, tb: str) -> None:
    log.error("operation failed: %s\n%s", exc, tb)


class Op:
    """An operation running on the database thread; say what to do when it ends.

    ``success(fn)`` and ``failure(fn)`` may be called right after ``run_op``:
    the outcome is delivered by a queued signal, never before the caller returns
    to the event loop. Without ``failure`` a failure is logged (widgets pass their
    ``show_error`` or own handler).
    """

    def __init__(
        self,
        hub: ChangeHub,
        initiator: Any,
        declared: AuditChange | Callable[[Any], AuditChange] | None,
        partial: AuditChange | None = None,
    ):
        self._hub = hub
        self._initiator = initiator
        self._declared = declared
        self._partial = partial
        self._on_success: Callable[[Any], None] | None = None
        self._on_failure: Callable[[BaseException, str], Any] = _log_failure

    def success(self, fn: Callable[[Any], None]) -> Op:
        self._on_success = fn
        return self

    def failure(self, fn: Callable[[BaseException, str], Any]) -> Op:
        self._on_failure = fn
        return self

    def change_of(self, result: Any) -> AuditChange:
        if isinstance(result, AuditChange):
            return result
        declared = self._declared
        if callable(declared):
            return declared(result)
        if declared is None:
            raise TypeError(
                "run_op: the work returned no AuditChange and the caller declared none (change=)"
            )
        return declared

    def _succeeded(self, result: Any) -> None:
        self._hub.emit(self.change_of(result), self._initiator)
        if self._on_success is not None:
            self._on_success(result)

    def _failed(self, exc: BaseException, tb: str) -> None:
        if self._partial is not None:  # some of the work may be written: views catch up
            self._hub.emit(self._partial, self._initiator)
        self._on_failure(exc, tb)
