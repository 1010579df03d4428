"""One sync run: started on the controller's own :class:`~observer_desktop.ui.tasks.TaskRunner`
(``run_long``), so a long or paused upload never delays an evidence import or a report on
the window's runner; its progress, pause/resume and cancel; its end, which feeds the
background schedule (:class:`~observer_desktop.sync.schedule.SyncSchedule`).

A background run looks first (on the worker) and is skipped when there is nothing to send
and no reviews are due. Background runs never ask for anything: when a report must be
signed again with the OIC certificate and the passphrase is not in the keyring, that audit
stops with the service's Spanish message; the next *manual* sync asks for it
(:mod:`.passphrase`).
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any

from observer_desktop.core.errors import InputError, ObserverError
from observer_desktop.services import sync as sync_service
from observer_desktop.services.sync import (
    SyncControl,
    SyncOptions,
    SyncProgress,
    SyncResult,
    SyncStatus,
)
from observer_desktop.sync.schedule import has_work
from observer_desktop.ui.errors import show_error
from observer_desktop.ui.sync.common import SyncPart
from observer_desktop.ui.tasks import TaskHandle

if TYPE_CHECKING:
    from observer_desktop.services.keys import PassphraseProvider
    from observer_desktop.ui.sync.controller import SyncController

log = logging.getLogger(__name__)


@dataclass
class SyncOutcome:
    """What one run did, for the UI thread."""

    manual: bool
    skipped: bool = False  # background run with nothing to do
    result: SyncResult | None = None
    status: SyncStatus | None = None
    unsigned: int = 0  # finalized audits that still need their signed report
    error: str | None = None  # a problem before any request (not logged in…)
    needs_login: bool = False

    @property
    def audits(self) -> list[str]:
        """Audits whose status changed (delivered or reviewed)."""
        if self.result is None:
            return []
        ids = [d["audit"] for d in self.result.delivered] + [
            r["audit"] for r in self.result.reviews
        ]
        return list(dict.fromkeys(ids))


# ------------------------------------------------------------ on the worker


def _unsigned_count(app: Any) -> int:
    return len(app.list_audits(status="finalized", include_superseded=False, brief=True))


def _background_skip(app: Any, reviews_due: bool) -> SyncOutcome | None:
    """A background run looks before it connects: the outcome of a skipped run, or None
    when there is something to send or reviews are due."""
    try:
        status = sync_service.sync_status(app)
        if not (status.configured and status.auto and status.logged_in):
            return SyncOutcome(False, skipped=True, status=status)
        if sync_service.queue_signed(app):  # reports signed since the last look
            status = sync_service.sync_status(app)
    except ObserverError:  # the database is busy: the next check tries again
        return SyncOutcome(False, skipped=True)
    if not has_work(unsent=status.unsent, failed=status.failed, reviews_due=reviews_due):
        return SyncOutcome(False, skipped=True, status=status)
    return None


def _send(
    app: Any,
    handle: TaskHandle,
    *,
    manual: bool,
    token: str | None,
    control: SyncControl,
    ask: PassphraseProvider,
    options: SyncOptions,
) -> SyncOutcome:
    """The run itself: :func:`services.sync.sync_now`, its progress to the UI thread."""

    def progress(p: SyncProgress) -> None:
        handle.progress(p, force=p.stage in ("waiting", "done"))

    try:
        result = sync_service.sync_now(
            app, token=token, progress=progress, control=control, ask=ask, options=options
        )
    except ObserverError as exc:
        status = sync_service.sync_status(app)
        needs_login = isinstance(exc, InputError) and (
            not status.configured
            or not status.logged_in
            or (token is None and sync_service.needs_password(app))
        )
        return SyncOutcome(
            manual,
            status=status,
            error=str(exc),
            needs_login=needs_login,
            unsigned=_unsigned_count(app),
        )
    return SyncOutcome(
        manual,
        result=result,
        status=sync_service.sync_status(app),
        unsigned=_unsigned_count(app),
    )


# ------------------------------------------------------------ on the UI thread


class SyncRuns(SyncPart):
    """The run going (at most one): start, progress, pause/resume, cancel, its end."""

    def __init__(self, controller: SyncController):
        super().__init__(controller)
        self.progress: SyncProgress | None = None
        self._handle: TaskHandle | None = None
        self._control: SyncControl | None = None
        self._manual = False
        self.paused = False

    @property
    def running(self) -> bool:
        return self._handle is not None

    @property
    def manual(self) -> bool:
        return self._manual

    def sync_now(self) -> None:
        """The observer asked: send now (resumes a paused run; asks to log in if needed)."""
        c = self.controller
        if c.closing:
            return
        if self.running:
            if self.paused:
                self.resume()
            else:
                c.message.emit(self.tr("Already sending to the OIC…"))
            return
        if c.busy:
            return
        self.start(manual=True)

    def start(self, *, manual: bool) -> None:
        c = self.controller
        control = SyncControl()
        token = c.token
        options = replace(c.options, retry_failed=manual)
        reviews_due = c.schedule.reviews_due(c.clock())
        backend, bridge = c.backend, c.bridge

        def stop() -> bool:
            return control.cancelled or c.closing

        def work(handle: TaskHandle) -> SyncOutcome:
            app = backend.app()
            if not manual:
                skipped = _background_skip(app, reviews_due)
                if skipped is not None:
                    return skipped
            ask = bridge.provider(app, stop, background=not manual)
            return _send(
                app, handle, manual=manual, token=token, control=control, ask=ask, options=options
            )

        self._control = control
        self._manual = manual
        self.paused = False
        self.progress = SyncProgress("connect") if manual else None
        self._handle = c.runner.run_long(
            work,
            on_progress=self._progressed,
            on_success=self.finished,
            on_failure=self.crashed,
        )
        c.update_actions()
        c.running_changed.emit(True)
        if manual:
            c.progress_changed.emit(self.progress)

    def _progressed(self, progress: SyncProgress) -> None:
        if not self.running:
            return
        self.progress = progress if progress.stage != "done" else self.progress
        self.controller.progress_changed.emit(self.progress)

    def pause(self) -> None:
        if self._control is not None and not self.paused:
            self._control.pause()
            self.paused = True
            self.controller.update_actions()
            self.controller.paused_changed.emit(True)

    def resume(self) -> None:
        if self._control is not None and self.paused:
            self._control.resume()
            self.paused = False
            self.controller.update_actions()
            self.controller.paused_changed.emit(False)

    def toggle_pause(self) -> None:
        self.resume() if self.paused else self.pause()

    def cancel(self) -> None:
        """Stop this run; what was sent stays on the server and the next run continues it."""
        if self._control is not None:
            self._control.cancel()
            self.paused = False
            self.controller.message.emit(self.tr("Stopping… what was already sent is kept."))

    def stop(self) -> None:
        """The window closes: the run stops at its next checkpoint."""
        if self._control is not None:
            self._control.cancel()

    def _end_run(self) -> None:
        c = self.controller
        self._handle = None
        self._control = None
        self.paused = False
        self.progress = None
        c.update_actions()
        c.running_changed.emit(False)
        c.progress_changed.emit(None)

    def crashed(self, exc: BaseException, tb: str) -> None:
        c = self.controller
        manual = self._manual
        self._end_run()
        c.schedule.failed(c.clock())
        if manual and not c.closing:
            show_error(self.window, exc, tb)
        else:
            log.error("background sync failed:\n%s", tb)

    def finished(self, outcome: SyncOutcome) -> None:
        c = self.controller
        self._end_run()
        if outcome.status is not None:
            c.set_status(outcome.status)
        if outcome.skipped:
            return
        c.last_outcome = outcome
        self._feed_schedule(outcome.result)
        c.synced(outcome)

    def _feed_schedule(self, result: SyncResult | None) -> None:
        """When the next background run may start: soon after a success, after the backoff
        after a failure, in 15 minutes after a cancel (sync/schedule.py)."""
        c = self.controller
        now = c.clock()
        if result is not None and (result.ok or (not result.error and not result.cancelled)):
            c.schedule.succeeded(now)
            c.report.noticed.clear()
        elif result is not None and result.cancelled:
            c.schedule.cancelled(now)
        else:
            c.schedule.failed(now)
        if result is not None and result.error_code == "unauthenticated":
            c.sessions.drop_token()  # revoked on the server
