"""The sync of one window: :class:`SyncController` owns the menu actions (log in, sync
now, pause/resume, cancel, sending status, USB batch, log out), the state shown in the
status bar, and the runs.

A run is :func:`services.sync.sync_now` on a worker of the controller's own
:class:`~observer_desktop.ui.tasks.TaskRunner` (``run_long``), so a long or paused upload
never delays an evidence import or a report on the window's runner. The window tells it
when its ``/meta`` check found the server (:meth:`SyncController.server_checked`); with
background sync on (setting ``sync.auto``) and something to send — or reviews not fetched
for 15 minutes — a run starts without being asked. Failed background runs back off
exponentially; a cancelled one waits 15 minutes (the policy:
:class:`~observer_desktop.sync.schedule.SyncSchedule`).

Background runs never ask for anything: when a report must be signed again with the OIC
certificate and the passphrase is not in the keyring, that audit stops with the service's
Spanish message; the next *manual* sync asks for it (:mod:`.passphrase`).
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QDate,
    QObject,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QFileDialog,
    QMenu,
    QMessageBox,
    QProgressDialog,
    QStyle,
    QWidget,
)

from observer_desktop.core.errors import InputError, ObserverError
from observer_desktop.services import sync as sync_service
from observer_desktop.services.sync import (
    LoginResult,
    SyncControl,
    SyncOptions,
    SyncProgress,
    SyncResult,
    SyncStatus,
)
from observer_desktop.sync.schedule import SyncSchedule, has_work
from observer_desktop.ui.backend import documents_folder
from observer_desktop.ui.changes import AuditChange
from observer_desktop.ui.errors import show_error
from observer_desktop.ui.i18n import human_size
from observer_desktop.ui.sync.common import message_box
from observer_desktop.ui.sync.login_dialog import LoginDialog
from observer_desktop.ui.sync.outbox_dialog import OutboxDialog
from observer_desktop.ui.sync.passphrase import PassphraseBridge
from observer_desktop.ui.tasks import TaskHandle, TaskRunner, alive, cancel_on_close, close_if_alive

log = logging.getLogger(__name__)

# background failures that fix themselves (the link, a busy server): the status bar says
# so, no dialog pops up every minute
QUIET_CODES = {"network", "stalled", "unavailable", "rate_limited", "busy", "redirect"}

# Tokens held only in this process's memory (no OS keyring), by data folder. Module-level
# so a window rebuilt for another language keeps the session.
_MEMORY_TOKENS: dict[str, str] = {}


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


def _unsigned_count(app: Any) -> int:
    return len(app.list_audits(status="finalized", include_superseded=False, brief=True))


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
        self.progress: SyncProgress | None = None
        self.last_outcome: SyncOutcome | None = None
        self.server_online: bool | None = None
        self.unsent = 0
        self._key = str(backend.data_dir)
        self._handle: TaskHandle | None = None
        self._control: SyncControl | None = None
        self._manual = False
        self._busy = False  # a login, logout or export is running
        self._paused = False
        self._closing = False
        # when background runs may start: the policy in sync/schedule.py, fed this clock
        self.schedule = schedule or SyncSchedule()
        self.clock = clock
        self._noticed: set[str] = set()  # background errors already shown in a dialog
        self._dialogs: list[QWidget] = []
        self.login_dialog: LoginDialog | None = None
        self.outbox_dialog: OutboxDialog | None = None
        self._build_actions()
        self._update_actions()
        # a report signed or an audit finalized elsewhere in the window: maybe something
        # to send now; a sync's own change (status of delivered/reviewed audits) is not
        tasks.changes.changed.connect(self._changed)
        # after the event loop starts: the window's first list query goes first on the
        # database thread (the list is what the observer waits for at start)
        QTimer.singleShot(0, self, self.refresh_status)
        self._watch_network()

    # ------------------------------------------------------------ state

    @property
    def window(self) -> QWidget:
        # the parent, not an attribute: window.sync -> controller -> window would be a
        # Python cycle keeping a closed window's wrapper alive
        return self.parent()

    @property
    def token(self) -> str | None:
        """The session token held in memory (no keyring), if any."""
        return _MEMORY_TOKENS.get(self._key)

    @property
    def running(self) -> bool:
        return self._handle is not None

    @property
    def paused(self) -> bool:
        return self._paused

    @property
    def manual_run(self) -> bool:
        return self.running and self._manual

    def refresh_status(self) -> None:
        backend = self.backend
        self.tasks.run(
            lambda: sync_service.sync_status(backend.app()),
            on_success=self._set_status,
            on_failure=lambda exc, tb: log.warning("sync status not read: %s", exc),
        )

    def _set_status(self, status: SyncStatus) -> None:
        self.status = status
        self._update_actions()
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

    def _build_actions(self) -> None:
        def make(text: str, slot: Callable[[], None], shortcut: str | None, name: str) -> QAction:
            action = QAction(text, self.window)
            action.setObjectName(name)
            if shortcut:
                action.setShortcut(QKeySequence(shortcut))
                action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            action.triggered.connect(lambda _checked=False: slot())
            self.window.addAction(action)
            return action

        self.act_login = make(self.tr("&Log in to the OIC…"), self.open_login, None, "actSyncLogin")
        self.act_sync = make(self.tr("&Sync now"), self.sync_now, "F9", "actSyncNow")
        self.act_sync.setStatusTip(
            self.tr("Send the finished audits to the OIC and fetch its reviews (F9)")
        )
        self.act_pause = make(
            self.tr("&Pause sending"), self.toggle_pause, "Shift+F9", "actSyncPause"
        )
        self.act_cancel = make(self.tr("Ca&ncel sending"), self.cancel, None, "actSyncCancel")
        self.act_outbox = make(
            self.tr("&View what was sent…"), self.show_outbox, None, "actSyncOutbox"
        )
        self.act_export = make(
            self.tr("&Export batch for USB…"), self.export_batch_dialog, None, "actExportBatch"
        )
        self.act_export.setStatusTip(
            self.tr("Save the audits waiting to be sent in a signed file to take to the OIC")
        )
        self.act_logout = make(self.tr("Log &out"), self.logout, None, "actSyncLogout")
        style = self.window.style()
        self._icons = {
            "pause": style.standardIcon(QStyle.StandardPixmap.SP_MediaPause),
            "play": style.standardIcon(QStyle.StandardPixmap.SP_MediaPlay),
        }
        self.act_cancel.setIcon(style.standardIcon(QStyle.StandardPixmap.SP_MediaStop))

    def actions(self) -> list[QAction]:
        return [
            self.act_login,
            self.act_sync,
            self.act_pause,
            self.act_cancel,
            self.act_outbox,
            self.act_export,
            self.act_logout,
        ]

    def fill_menu(self, menu: QMenu) -> None:
        for action in (
            self.act_sync,
            self.act_pause,
            self.act_cancel,
            self.act_outbox,
            None,
            self.act_export,
            None,
            self.act_login,
            self.act_logout,
        ):
            menu.addSeparator() if action is None else menu.addAction(action)

    def _update_actions(self) -> None:
        running = self.running
        s = self.status
        self.act_sync.setEnabled(not self._closing and (not running or self._paused))
        self.act_pause.setEnabled(running)
        self.act_pause.setText(
            self.tr("&Resume sending") if self._paused else self.tr("&Pause sending")
        )
        self.act_pause.setIcon(self._icons["play" if self._paused else "pause"])
        self.act_cancel.setEnabled(running)
        self.act_export.setEnabled(not running and not self._busy and bool(s and s.configured))
        self.act_login.setEnabled(not self._busy)
        logged = bool(s and s.logged_in) or bool(self.token)
        self.act_logout.setEnabled(not running and not self._busy and logged)

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
        if initiator is self or not (change.status or change.reports or change.outbox):
            return
        self.refresh_status()
        self.poke()

    def poke(self) -> None:
        """Something may have become ready to send (a report was signed): go now if the
        server answered at the last check."""
        if self.server_online:
            self.schedule.more_to_send(self.clock())
            self.maybe_background()

    def maybe_background(self) -> None:
        if self._closing or self.running or self._busy:
            return
        if not self.can_sync_in_background():
            return
        if not self.schedule.may_start(self.clock()):
            return
        self._start(manual=False)

    def _watch_network(self) -> None:
        """Check the server at once when the OS reports a network change."""
        try:
            from PySide6.QtNetwork import QNetworkInformation

            if QNetworkInformation.instance() is None:
                QNetworkInformation.loadBackendByFeatures(QNetworkInformation.Feature.Reachability)
            info = QNetworkInformation.instance()
        except Exception:  # no backend on this system: the periodic check still runs
            return
        if info is not None:
            # signal to signal: gone with this controller when its window closes
            info.reachabilityChanged.connect(self.check_requested)

    # ------------------------------------------------------------ runs

    def sync_now(self) -> None:
        """The observer asked: send now (resumes a paused run; asks to log in if needed)."""
        if self._closing:
            return
        if self.running:
            if self._paused:
                self.resume()
            else:
                self.message.emit(self.tr("Already sending to the OIC…"))
            return
        if self._busy:
            return
        self._start(manual=True)

    def _start(self, *, manual: bool) -> None:
        control = SyncControl()
        token = self.token
        options = replace(self.options, retry_failed=manual)
        reviews_due = self.schedule.reviews_due(self.clock())
        backend, bridge = self.backend, self.bridge

        def stop() -> bool:
            return control.cancelled or self._closing

        def work(handle: TaskHandle) -> SyncOutcome:
            app = backend.app()
            if not manual:
                try:
                    status = sync_service.sync_status(app)
                    if not (status.configured and status.auto and status.logged_in):
                        return SyncOutcome(manual, skipped=True, status=status)
                    if sync_service.queue_signed(app):  # reports signed since the last look
                        status = sync_service.sync_status(app)
                except ObserverError:  # the database is busy: the next check tries again
                    return SyncOutcome(manual, skipped=True)
                if not has_work(
                    unsent=status.unsent, failed=status.failed, reviews_due=reviews_due
                ):
                    return SyncOutcome(manual, skipped=True, status=status)

            def progress(p: SyncProgress) -> None:
                handle.progress(p, force=p.stage in ("waiting", "done"))

            try:
                result = sync_service.sync_now(
                    app,
                    token=token,
                    progress=progress,
                    control=control,
                    ask=bridge.provider(app, stop, background=not manual),
                    options=options,
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

        self._control = control
        self._manual = manual
        self._paused = False
        self.progress = SyncProgress("connect") if manual else None
        self._handle = self.runner.run_long(
            work,
            on_progress=self._progressed,
            on_success=self._finished,
            on_failure=self._crashed,
        )
        self._update_actions()
        self.running_changed.emit(True)
        if manual:
            self.progress_changed.emit(self.progress)

    def _progressed(self, progress: SyncProgress) -> None:
        if not self.running:
            return
        self.progress = progress if progress.stage != "done" else self.progress
        self.progress_changed.emit(self.progress)

    def pause(self) -> None:
        if self._control is not None and not self._paused:
            self._control.pause()
            self._paused = True
            self._update_actions()
            self.paused_changed.emit(True)

    def resume(self) -> None:
        if self._control is not None and self._paused:
            self._control.resume()
            self._paused = False
            self._update_actions()
            self.paused_changed.emit(False)

    def toggle_pause(self) -> None:
        self.resume() if self._paused else self.pause()

    def cancel(self) -> None:
        """Stop this run; what was sent stays on the server and the next run continues it."""
        if self._control is not None:
            self._control.cancel()
            self._paused = False
            self.message.emit(self.tr("Stopping… what was already sent is kept."))

    def _end_run(self) -> None:
        self._handle = None
        self._control = None
        self._paused = False
        self.progress = None
        self._update_actions()
        self.running_changed.emit(False)
        self.progress_changed.emit(None)

    def _crashed(self, exc: BaseException, tb: str) -> None:
        manual = self._manual
        self._end_run()
        self.schedule.failed(self.clock())
        if manual and not self._closing:
            show_error(self.window, exc, tb)
        else:
            log.error("background sync failed:\n%s", tb)

    def _finished(self, outcome: SyncOutcome) -> None:
        self._end_run()
        if outcome.status is not None:
            self._set_status(outcome.status)
        if outcome.skipped:
            return
        self.last_outcome = outcome
        result = outcome.result
        now = self.clock()
        if result is not None and (result.ok or (not result.error and not result.cancelled)):
            self.schedule.succeeded(now)
            self._noticed.clear()
        elif result is not None and result.cancelled:
            self.schedule.cancelled(now)
        else:
            self.schedule.failed(now)
        if result is not None and result.error_code == "unauthenticated":
            _MEMORY_TOKENS.pop(self._key, None)  # revoked on the server
        self.sync_finished.emit(outcome)
        if outcome.audits:  # delivered or reviewed: their status changed, for every view
            self.tasks.changes.emit(
                AuditChange(None, status=True, outbox=True, audits=set(outcome.audits)), self
            )
        if not self._closing:
            self._report(outcome)

    # ------------------------------------------------------------ telling the observer

    def _report(self, outcome: SyncOutcome) -> None:
        result = outcome.result
        if outcome.error is not None:
            if outcome.manual and outcome.needs_login:
                self.open_login(then_sync=True, reason=self._login_reason(outcome.status))
            elif outcome.manual:
                self._show(
                    QMessageBox.Icon.Warning,
                    self.tr("Nothing was sent"),
                    outcome.error,
                    "syncErrorDialog",
                )
            return
        if result is None:
            return
        if result.reviews:
            self._show_reviews(result.reviews)
        if result.delivered:
            self.message.emit(
                self.tr("%n audit(s) delivered to the OIC.", "", len(result.delivered))
            )
        if result.cancelled:
            self.message.emit(
                self.tr(
                    "Sending cancelled. What was already sent is kept; the rest continues "
                    "next time."
                )
            )
            return
        if result.error:
            quiet = result.error_code in QUIET_CODES
            if outcome.manual or (not quiet and result.error_code not in self._noticed):
                self._noticed.add(result.error_code or "")
                text = result.error
                if result.error_code == "unauthenticated":
                    reason = self.tr(
                        "Your session on the OIC server is no longer valid (it was closed or "
                        "the OIC revoked it). Log in again to send."
                    )
                    self.open_login(then_sync=outcome.manual, reason=reason)
                    return
                self._show(
                    QMessageBox.Icon.Warning,
                    self.tr("Sending to the OIC stopped"),
                    text,
                    "syncErrorDialog",
                )
            return
        if not outcome.manual:
            return
        lines: list[str] = []
        stopped = [p for p in result.pending if p["state"] == "failed" and p["error"]]
        if stopped:
            lines.append(self.tr("These audits could not be sent:"))
            lines.extend("• " + p["error"] for p in stopped)
        if outcome.unsigned:
            lines.append(
                self.tr(
                    "%n finalized audit(s) are not sent yet because they have no signed "
                    "report: open each one and make its report (Ctrl+P).",
                    "",
                    outcome.unsigned,
                )
            )
        lines.extend(result.warnings)
        if lines:
            self._show(
                QMessageBox.Icon.Warning if stopped else QMessageBox.Icon.Information,
                self.tr("Sending to the OIC"),
                "\n\n".join(lines),
                "syncResultDialog",
            )
        elif not result.delivered and not result.reviews:
            self.message.emit(self.tr("Everything is up to date with the OIC."))

    def _login_reason(self, status: SyncStatus | None) -> str:
        """Why the login dialog opened by itself (the services' wording is for the CLI)."""
        if status is not None and status.logged_in and status.configured:
            return self.tr(
                "This computer has no system keyring, so your session on the OIC server ended "
                "when Observador was closed. Log in again to send."
            )
        return self.tr("To send your audits, log in to the OIC server first.")

    def _show(self, icon: QMessageBox.Icon, title: str, text: str, name: str) -> QMessageBox:
        box = message_box(self.window, icon, title, text, name)
        self._keep(box)
        box.open()
        return box

    def _show_reviews(self, reviews: list[dict]) -> None:
        returned = [r for r in reviews if r["state"] == "returned"]
        approved = [r for r in reviews if r["state"] == "approved"]
        if approved:
            self.message.emit(self.tr("The OIC approved %n audit(s).", "", len(approved)))
        if not returned:
            return
        lines = [
            self.tr(
                "The OIC returned %n audit(s) for correction. Open each one and create a new "
                "version to correct it; it is sent again once you finalize and sign it.",
                "",
                len(returned),
            )
        ]
        for r in returned:
            line = "• " + (
                self.tr("%1 (version %2)")
                .replace("%1", r["title"] or r["audit"][:8])
                .replace("%2", str(r["audit_version"]))
            )
            if r.get("comment"):
                line += "\n   " + self.tr("OIC comment: %1").replace("%1", r["comment"])
            lines.append(line)
        box = self._show(
            QMessageBox.Icon.Information,
            self.tr("Audits returned by the OIC"),
            "\n\n".join(lines),
            "reviewsDialog",
        )
        first = returned[0]["audit"]
        open_button = box.addButton(self.tr("&Open the audit"), QMessageBox.ButtonRole.AcceptRole)
        open_button.setObjectName("openReturnedButton")
        open_button.clicked.connect(lambda: self.open_audit_requested.emit(first))

    def _keep(self, widget: QWidget) -> None:
        self._dialogs.append(widget)
        widget.destroyed.connect(
            lambda *_: self._dialogs.remove(widget) if widget in self._dialogs else None
        )

    # ------------------------------------------------------------ login / logout

    def open_login(self, *, then_sync: bool = False, reason: str = "") -> LoginDialog:
        if self.login_dialog is not None:
            self.login_dialog.raise_()
            self.login_dialog.activateWindow()
            return self.login_dialog
        dialog = LoginDialog(self, self.window, then_sync=then_sync, reason=reason)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.login_dialog = dialog
        dialog.destroyed.connect(lambda *_: setattr(self, "login_dialog", None))
        dialog.open()
        return dialog

    def login(
        self,
        *,
        server: str,
        code: str,
        password: str,
        new_password: str | None = None,
        trust_ca: str | None = None,
        on_success: Callable[[LoginResult], None],
        on_failure: Callable[[BaseException, str], None],
    ) -> None:
        """Log in on a worker (the OIC certificate is enrolled too; the passphrase may be
        asked). ``new_password`` replaces the OIC's one-time password. The token goes to
        the keyring, else to a file sealed with the key's passphrase, else to this
        process's memory."""
        backend, bridge, options = self.backend, self.bridge, self.options
        self._busy = True
        self._update_actions()

        def work(_handle: TaskHandle) -> LoginResult:
            app = backend.app()
            return sync_service.login(
                app,
                server=server,
                code=code,
                password=password,
                new_password=new_password,
                trust_ca=trust_ca,
                ask=bridge.provider(app, lambda: self._closing),
                options=options,
            )

        def done(result: LoginResult) -> None:
            self._busy = False
            if result.token_in_keyring or not result.token:
                _MEMORY_TOKENS.pop(self._key, None)
            else:
                _MEMORY_TOKENS[self._key] = result.token
            result.token = None  # the dialog has no use for it
            self.schedule.restart()
            self._noticed.clear()
            self.refresh_status()
            self.logged_in.emit(result)
            self.check_requested.emit()  # reachable? then the background run starts
            on_success(result)

        def failed(exc: BaseException, tb: str) -> None:
            self._busy = False
            self._update_actions()
            on_failure(exc, tb)

        self.runner.run_long(work, on_success=done, on_failure=failed)

    def logout(self, *, forget_server: bool = False, confirm: bool = True) -> None:
        if self.running or self._busy:
            return
        if confirm and not forget_server:
            box = message_box(
                self.window,
                QMessageBox.Icon.Question,
                self.tr("Log out"),
                self.tr(
                    "Log out of the OIC server on this computer? Finished audits keep waiting "
                    "here and are sent after you log in again."
                ),
                "logoutConfirm",
            )
            box.setStandardButtons(
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel
            )
            box.setDefaultButton(QMessageBox.StandardButton.Yes)
            box.buttonClicked.connect(
                lambda button: (
                    box.buttonRole(button) == QMessageBox.ButtonRole.YesRole
                    and self.logout(confirm=False)
                )
            )
            self._keep(box)
            box.open()
            return
        backend, options, bridge = self.backend, self.options, self.bridge
        token = _MEMORY_TOKENS.pop(self._key, None)
        self._busy = True
        self._update_actions()

        def work(_handle: TaskHandle) -> dict:
            app = backend.app()
            # a token kept in the sealed file is opened to revoke it (asked if not typed
            # in this run yet)
            ask = bridge.provider(app, lambda: self._closing)
            return sync_service.logout(
                app, forget_server=forget_server, token=token, ask=ask, options=options
            )

        def done(result: dict) -> None:
            self._busy = False
            self.bridge.forget()
            self.refresh_status()
            self.logged_out.emit(result)
            if result.get("warning"):
                self._show(
                    QMessageBox.Icon.Warning, self.tr("Log out"), result["warning"], "logoutWarning"
                )
            else:
                self.message.emit(self.tr("Logged out of the OIC server."))

        def failed(exc: BaseException, tb: str) -> None:
            self._busy = False
            self.bridge.forget()
            self._update_actions()
            show_error(self.window, exc, tb)

        self.runner.run_long(work, on_success=done, on_failure=failed)

    # ------------------------------------------------------------ USB batch

    def export_batch_dialog(self) -> None:
        if self.running or self._busy:
            return
        folder = documents_folder()
        name = "observador-" + QDate.currentDate().toString("yyyy-MM-dd") + ".obsbatch"
        path, _ = QFileDialog.getSaveFileName(
            self.window,
            self.tr("Save batch for USB"),
            str(Path(folder) / name),
            self.tr("Observador batch (*.obsbatch)"),
        )
        if path:
            if not path.lower().endswith(".obsbatch"):
                path += ".obsbatch"
            self.export_batch(Path(path))

    def export_batch(self, path: Path) -> QProgressDialog:
        """Write the queued submissions to ``path`` with a cancellable progress dialog."""
        control = SyncControl()
        backend, bridge = self.backend, self.bridge
        progress = QProgressDialog(self.window)
        progress.setObjectName("exportProgress")
        progress.setWindowTitle(self.tr("Export batch for USB"))
        progress.setLabelText(self.tr("Preparing the batch…"))
        progress.setRange(0, 0)
        progress.setMinimumDuration(0)
        progress.setAutoClose(False)
        progress.setAutoReset(False)
        cancel_on_close(progress, control.cancel)
        progress.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        progress.open()
        self._busy = True
        self._update_actions()
        written = [0]

        def work(handle: TaskHandle) -> dict:
            app = backend.app()

            def on_bytes(n: int) -> None:
                written[0] += n
                handle.progress(written[0])

            return sync_service.export_batch(
                app,
                path,
                ask=bridge.provider(app, lambda: control.cancelled or self._closing),
                control=control,
                on_bytes=on_bytes,
            )

        def progressed(n: int) -> None:
            if alive(progress) and progress.isVisible():
                progress.setLabelText(
                    self.tr("Writing the batch: %1 written…").replace("%1", human_size(n))
                )

        def done(summary: dict) -> None:
            self._busy = False
            self._update_actions()
            close_if_alive(progress)
            self.refresh_status()
            lines = [
                self.tr(
                    "The batch with %n audit(s) was saved in %1 (%2). Take it to the OIC; the "
                    "audits are marked delivered at your next sync with the server.",
                    "",
                    len(summary.get("audits") or []),
                )
                .replace("%1", str(summary.get("file", path)))
                .replace("%2", human_size(int(summary.get("bytes") or 0)))
            ]
            lines.extend(summary.get("problems") or [])
            self._show(
                QMessageBox.Icon.Information,
                self.tr("Export batch for USB"),
                "\n\n".join(lines),
                "exportDoneDialog",
            )

        def failed(exc: BaseException, tb: str) -> None:
            self._busy = False
            self._update_actions()
            close_if_alive(progress)
            if type(exc).__name__ == "Cancelled":
                self.message.emit(self.tr("Export cancelled; no batch was written."))
                return
            show_error(self.window, exc, tb)

        self.runner.run_long(work, on_progress=progressed, on_success=done, on_failure=failed)
        return progress

    # ------------------------------------------------------------ outbox

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

    # ------------------------------------------------------------ closing

    def shutdown(self, *, revoke: bool = True) -> None:
        """The window closes: stop the run, and revoke a token only this process held."""
        self._closing = True
        if self._control is not None:
            self._control.cancel()
        self._update_actions()
        if revoke:  # the window really closes (not rebuilt for another language)
            self.bridge.forget()
        token = _MEMORY_TOKENS.pop(self._key, None) if revoke else None
        if token:
            backend = self.backend
            quick = replace(self.options, connect_timeout=5.0, stall_timeout=5.0)
            # on the window's runner: main() waits for it before the process ends
            self.tasks.run(
                lambda: sync_service.logout(backend.app(), token=token, options=quick),
                on_failure=lambda exc, tb: log.warning("session token not revoked: %s", exc),
            )

    def wait(self, msecs: int = 30000) -> bool:
        """Wait for the controller's own workers (tests, shutdown)."""
        return self.runner.wait(msecs)
