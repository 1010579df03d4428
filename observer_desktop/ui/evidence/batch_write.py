"""Evidence writes made one by one (links, removals) as one operation.

Some may be written before one fails, so the change signal goes out either way
(``partial=``), the part says it is done either way (the panel reads its list
again), and a failure is shown.
"""

from __future__ import annotations

from collections.abc import Callable

import shiboken6
from PySide6.QtCore import QObject, SignalInstance

from observer_desktop.ui.changes import AuditChange
from observer_desktop.ui.errors import show_error
from observer_desktop.ui.tasks import TaskRunner

__all__ = ["run_evidence_writes"]


def run_evidence_writes(
    part: QObject,
    tasks: TaskRunner,
    audit_id: str,
    work: Callable[[], None],
    finished: SignalInstance,
) -> None:
    """Run ``work`` on the database thread; ``finished(audit_id)`` when it ends."""

    def done(_result: object = None) -> None:
        if shiboken6.isValid(part):
            finished.emit(audit_id)

    def failed(exc: BaseException, tb: str) -> None:
        if not shiboken6.isValid(part):
            return
        done()
        show_error(part.parent(), exc, tb)

    change = AuditChange(audit_id, evidence=True)
    tasks.run_op(work, initiator=part, change=change, partial=change).success(done).failure(failed)
