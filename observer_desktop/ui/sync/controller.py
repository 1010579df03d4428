"""The sync of one window: :class:`SyncController` holds its state (the status shown in
the status bar, the last run, whether the server answered, a login or export busy) and
composes the parts that do the work, each a child of it (:class:`~.common.SyncPart`):

- :class:`~.actions.SyncActions` — the menu actions and when each may be used;
- :class:`~.run.SyncRuns` — a run on the controller's own worker, progress, pause/resume,
  cancel, and the background schedule it feeds;
- :class:`~.report.RunReport` — what the observer reads after a run;
- :class:`~.session_flows.SessionFlows` — login and logout, the token held in memory;
- :class:`~.batch_export.BatchExport` — the batch for a USB stick.

The window tells it when its ``/meta`` check found the server
(:meth:`SyncController.server_checked`); with background sync on (setting ``sync.auto``)
and something to send — or reviews not fetched for 15 minutes — a run starts without being
asked. When to run is :class:`~observer_desktop.sync.schedule.SyncSchedule`'s policy.
The controller follows the change signal (a report signed elsewhere may be sent now) and,
after a run that delivered or saw reviews, emits the status of those audits on it.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QObject,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QMenu,
    QMessageBox,
    QProgressDialog,
    QWidget,
)

from observer_desktop.services import sync as sync_service
from observer_desktop.services.sync import (
    SyncOptions,
    SyncProgress,
    SyncStatus,
)
from observer_desktop.sync.schedule import SyncSchedule
from observer_desktop.ui.changes import AuditChange
from observer_desktop.ui.sync.actions import SyncActions
from observer_desktop.ui.sync.batch_export import BatchExport
from observer_desktop.ui.sync.common import message_box
from observer_desktop.ui.sync.login_dialog import LoginDialog
from observer_desktop.ui.sync.network_watch import watch_network
from observer_desktop.ui.sync.outbox_dialog import OutboxDialog
from observer_desktop.ui.sync.passphrase import PassphraseBridge
from observer_desktop.ui.sync.report import RunReport
from observer_desktop.ui.sync.run import SyncOutcome, SyncRuns
from observer_desktop.ui.sync.session_flows import SessionFlows
from observer_desktop.ui.tasks import TaskRunner

log = logging.getLogger(__name__)


class SyncController(QObject):
    """The sync of one window. Create it in the window, put :meth:`fill_menu` in a menu and a
    :class:`SyncStatusWidget` in the status bar; call :meth:`server_checked` after each
    server check, :meth:`unsent_changed` when the audit counts change and
    :meth:`shutdown` when the window closes."""

    status_changed = Signal(object)  # SyncStatus
    progress_changed = Signal(object)  # SyncProgress | None
    running_changed = Signal(bool)
    paused_changed = Signal(bool)
    sync_finished = Signal(object)  # SyncOutcome (not for skipped background runs)
    logged_in = Signal(object)  # LoginResult
    logged_out = Signal(object)  # dict from services.sync.logout
    open_audit_requested = Signal(str)
    check_requested = Signal()  # the OS says the network changed: check the server now
    message = Signal(str)  # a short line for the status bar

    def __init__(
        self,
        backend: Any,
        tasks: TaskRunner,
        window: QWidget,
        *,
        options: SyncOptions | None = None,
        schedule: SyncSchedule | None = None,
        clock: Callable[[], float] = time.monotonic,
    ):
        super().__init__(window)
        self.backend = backend
        self.tasks = tasks
        self.options = options or SyncOptions()
        self.runner = TaskRunner(self)  # its own threads: a paused upload blocks nothing else
        self.bridge = PassphraseBridge(window)
        self.status: SyncStatus | None = None
        self.last_outcome: SyncOutcome | None = None
        self.server_online: bool | None = None
        self.unsent = 0
        self.busy = False  # a login, logout or export is running
        self.closing = False
        # when background runs may start: the policy in sync/schedule.py, fed this clock
        self.schedule = schedule or SyncSchedule()
        self.clock = clock
        self._dialogs: list[QWidget] = []
        self.outbox_dialog: OutboxDialog | None = None
        self.runs = SyncRuns(self)
        self.report = RunReport(self)
        self.sessions = SessionFlows(self)
        self.batch = BatchExport(self)
        self.menu_actions = SyncActions(self)
        (
            self.act_login,
            self.act_sync,
            self.act_pause,
            self.act_cancel,
            self.act_outbox,
            self.act_export,
            self.act_logout,
        ) = self.menu_actions.all()
        self.update_actions()
        # a report signed or an audit finalized elsewhere in the window: maybe something
        # to send now; a sync's own change (status of delivered/reviewed audits) is not
        tasks.changes.changed.connect(self._changed)
        # after the event loop starts: the window's first list query goes first on the
        # database thread (the list is what the observer waits for at start)
        QTimer.singleShot(0, self, self.refresh_status)
        watch_network(self)

    # ------------------------------------------------------------ state

    @property
    def window(self) -> QWidget:
        # the parent, not an attribute: window.sync -> controller -> window would be a
        # Python cycle keeping a closed window's wrapper alive
        return self.parent()

    @property
    def token(self) -> str | None:
        """The session token held in memory (no keyring), if any."""
        return self.sessions.token

    @property
    def running(self) -> bool:
        return self.runs.running

    @property
    def paused(self) -> bool:
        return self.runs.paused

    @property
    def manual_run(self) -> bool:
        return self.running and self.runs.manual

    @property
    def progress(self) -> SyncProgress | None:
        return self.runs.progress

    @property
    def login_dialog(self) -> LoginDialog | None:
        return self.sessions.login_dialog

    def refresh_status(self) -> None:
        backend = self.backend
        self.tasks.run(
            lambda: sync_service.sync_status(backend.app()),
            on_success=self.set_status,
            on_failure=lambda exc, tb: log.warning("sync status not read: %s", exc),
        )

    def set_status(self, status: SyncStatus) -> None:
        self.status = status
        self.update_actions()
        self.status_changed.emit(status)

    def can_sync_in_background(self) -> bool:
        s = self.status
        return bool(
            s is not None
            and s.configured
            and s.auto
            and s.logged_in
            and (not s.needs_password or self.token)
        )

    # ------------------------------------------------------------ actions

    def actions(self) -> list[QAction]:
        return self.menu_actions.all()

    def fill_menu(self, menu: QMenu) -> None:
        self.menu_actions.fill_menu(menu)

    def update_actions(self) -> None:
        self.menu_actions.update()

    # ------------------------------------------------------------ triggers

    def server_checked(self, online: bool) -> None:
        """The window's check of ``/meta`` answered (``online``) or not."""
        self.server_online = online
        if online:
            self.maybe_background()

    def unsent_changed(self, unsent: int) -> None:
        """The audit counts changed: more to send may mean a run now."""
        grew = unsent > self.unsent
        self.unsent = unsent
        self.refresh_status()
        if grew and self.server_online:
            self.schedule.more_to_send(self.clock())
            self.maybe_background()

    def _changed(self, change: AuditChange, initiator: Any) -> None:
        if initiator is self:  # a run's own news (e.g. sessions it sent): nothing new to send
            return
        if change.status or change.reports or change.outbox:
            self.refresh_status()
            self.poke()
        elif change.sessions or change.agenda:
            # a session added, corrected or removed, or a sign-up to an event or its
            # withdrawal, waits to go to the OIC (the status bar counts audits only)
            self.poke()

    def poke(self) -> None:
        """Something may have become ready to send (a report was signed, a participation
        session changed): go now if the server answered at the last check."""
        if self.server_online:
            self.schedule.more_to_send(self.clock())
            self.maybe_background()

    def maybe_background(self) -> None:
        if self.closing or self.running or self.busy:
            return
        if not self.can_sync_in_background():
            return
        if not self.schedule.may_start(self.clock()):
            return
        self.runs.start(manual=False)

    def synced(self, outcome: SyncOutcome) -> None:
        """A run ended (not a skipped background one): the window, every view, then the
        observer hear of it."""
        self.sync_finished.emit(outcome)
        if outcome.audits:  # delivered or reviewed: their status changed, for every view
            self.tasks.changes.emit(
                AuditChange(None, status=True, outbox=True, audits=set(outcome.audits)), self
            )
        if outcome.result is not None and outcome.result.sessions.changed:
            # sent, removed or decided by the OIC: the participation page shows their state
            self.tasks.changes.emit(AuditChange(None, sessions=True), self)
        if outcome.result is not None and outcome.result.agenda.changed:
            # events received, sign-ups sent or decided: the agenda page reads them again
            self.tasks.changes.emit(AuditChange(None, agenda=True), self)
        if not self.closing:
            self.report.tell(outcome)

    # ------------------------------------------------------------ what the parts do

    def sync_now(self) -> None:
        """The observer asked: send now (resumes a paused run; asks to log in if needed)."""
        self.runs.sync_now()

    def open_login(self, *, then_sync: bool = False, reason: str = "") -> LoginDialog:
        return self.sessions.open_login(then_sync=then_sync, reason=reason)

    def logout(self, *, forget_server: bool = False, confirm: bool = True) -> None:
        self.sessions.logout(forget_server=forget_server, confirm=confirm)

    def export_batch(self, path: Path) -> QProgressDialog:
        """Write the queued submissions to ``path`` with a cancellable progress dialog."""
        return self.batch.export(path)

    def show_outbox(self) -> OutboxDialog:
        if self.outbox_dialog is None:
            dialog = OutboxDialog(self, self.window)
            dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            dialog.destroyed.connect(lambda *_: setattr(self, "outbox_dialog", None))
            self.outbox_dialog = dialog
        self.outbox_dialog.show()
        self.outbox_dialog.raise_()
        self.outbox_dialog.activateWindow()
        self.outbox_dialog.reload()
        return self.outbox_dialog

    # ------------------------------------------------------------ messages

    def show_message(self, icon: QMessageBox.Icon, title: str, text: str, name: str) -> QMessageBox:
        """A non-blocking message on the window, kept until it closes."""
        box = message_box(self.window, icon, title, text, name)
        self.keep(box)
        box.open()
        return box

    def keep(self, widget: QWidget) -> None:
        self._dialogs.append(widget)
        widget.destroyed.connect(
            lambda *_: self._dialogs.remove(widget) if widget in self._dialogs else None
        )

    # ------------------------------------------------------------ closing

    def shutdown(self, *, revoke: bool = True) -> None:
        """The window closes: stop the run, and revoke a token only this process held."""
        self.closing = True
        self.runs.stop()
        self.update_actions()
        self.sessions.window_closing(revoke=revoke)

    def wait(self, msecs: int = 30000) -> bool:
        """Wait for the controller's own workers (tests, shutdown)."""
        return self.runner.wait(msecs)
