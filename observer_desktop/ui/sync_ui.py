"""Sending audits to the OIC, on screen: login, background and manual sync, progress, outbox.

- :class:`SyncController` owns everything about the sync for one window: the
  menu actions (log in, sync now, pause/resume, cancel, sending status, USB
  batch, log out), the state shown in the status bar, and the runs. A run is
  :func:`services.sync.sync_now` on a worker of the controller's own
  :class:`~observer_desktop.ui.tasks.TaskRunner` (``run_long``), so a long or
  paused upload never delays an evidence import or a report on the window's
  runner. The window tells it when its ``/meta`` check found the server
  (:meth:`SyncController.server_checked`); with background sync on (setting
  ``sync.auto``) and something to send — or reviews not fetched for 15 minutes
  — a run starts without being asked. Failed background runs back off
  exponentially; a cancelled one waits 15 minutes (the policy:
  :class:`~observer_desktop.sync.schedule.SyncSchedule`).
- :class:`LoginDialog`: server address, observer code and password; the OIC CA
  fingerprint is shown the first time (it is pinned by then, and "does not
  match" logs out and forgets the server). Without an OS keyring the token is
  kept in this process's memory only and revoked when the app closes.
- :class:`SyncStatusWidget`: the status bar part (last result, or progress in
  files and bytes with pause and cancel while a run is going).
- :class:`OutboxDialog`: every submission with its state, the OIC's review and
  what stopped it.
- :class:`ReviewBanner`: what the OIC said about the audit open in the editor.

Background runs never ask for anything: when a report must be signed again
with the OIC certificate and the passphrase is not in the keyring, that audit
stops with the service's Spanish message; the next *manual* sync asks for the
passphrase on the UI thread (:class:`PassphraseBridge`) while its worker waits.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, ClassVar

from PySide6.QtCore import (
    QCoreApplication,
    QDate,
    QObject,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QAction, QFont, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QProgressBar,
    QProgressDialog,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QStyle,
    QTableWidget,
    QTableWidgetItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from observer_desktop.core.errors import InputError, ObserverError
from observer_desktop.services import keys, tokens
from observer_desktop.services import settings as settings_service
from observer_desktop.services import sync as sync_service
from observer_desktop.services.sync import (
    LoginResult,
    PasswordChangeRequired,
    SyncControl,
    SyncOptions,
    SyncProgress,
    SyncResult,
    SyncStatus,
    UnknownAuthority,
)
from observer_desktop.sync.schedule import SyncSchedule, has_work
from observer_desktop.ui.backend import documents_folder
from observer_desktop.ui.errors import error_text, show_error
from observer_desktop.ui.i18n import human_size, local_moment
from observer_desktop.ui.i18n import local_time as i18n_local_time
from observer_desktop.ui.palette import BAD, GOOD, MUTED, WARN
from observer_desktop.ui.question_widgets import oic_comment_pixmap
from observer_desktop.ui.settings_dialog import check_server_url
from observer_desktop.ui.tasks import TaskHandle, TaskRunner, alive, cancel_on_close, close_if_alive

__all__ = [
    "LoginDialog",
    "OutboxDialog",
    "PassphraseBridge",
    "ReviewBanner",
    "SyncController",
    "SyncOutcome",
    "SyncStatusWidget",
    "local_time",
]

log = logging.getLogger(__name__)

# background failures that fix themselves (the link, a busy server): the status bar says
# so, no dialog pops up every minute
QUIET_CODES = {"network", "stalled", "unavailable", "rate_limited", "busy", "redirect"}

# Tokens held only in this process's memory (no OS keyring), by data folder. Module-level
# so a window rebuilt for another language keeps the session.
_MEMORY_TOKENS: dict[str, str] = {}


def local_time(iso: str | None) -> str:
    """As :func:`i18n.local_time`, with "today at 10:20" for today (the status bar)."""
    moment = local_moment(iso)
    if moment is not None and moment.date() == QDate.currentDate():
        return QCoreApplication.translate("SyncUi", "today at %1").replace(
            "%1", moment.toString("HH:mm")
        )
    return i18n_local_time(iso)


def _message_box(
    parent: QWidget | None,
    icon: QMessageBox.Icon,
    title: str,
    text: str,
    name: str,
    details: str = "",
) -> QMessageBox:
    """A non-blocking message (``open()``); returned so callers and tests can add buttons."""
    box = QMessageBox(icon, title, text, QMessageBox.StandardButton.Ok, parent)
    box.setObjectName(name)
    box.setTextFormat(Qt.TextFormat.PlainText)
    if details:
        box.setDetailedText(details)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    return box


# ------------------------------------------------------------------ passphrase


@dataclass
class _PassphraseRequest:
    mode: str  # "ask" (the key exists) or "create" (no key yet, no keyring to keep one)
    error: str
    answer: str | None = None
    done: threading.Event = field(default_factory=threading.Event)
    abandoned: bool = False


class PassphraseBridge(QObject):
    """Lets a worker ask for the signing key's passphrase: the dialog opens on the UI
    thread while the worker waits (stopping early if the run is cancelled).

    :meth:`provider` returns a ``keys.PassphraseProvider`` for the services. The typed
    passphrase is checked on the worker and asked again when wrong. Once it opened the
    key it is remembered in memory for the rest of the app's run (never in a file or a
    log), so the automatic sync right after a login does not stop for the passphrase
    typed seconds before, and a background run asks at most once: if the observer says
    no, background runs stop asking until a run of their own (F9).
    """

    requested = Signal(object)
    abandoned = Signal(object)

    def __init__(self, parent: QWidget):
        super().__init__(parent)
        self.requested.connect(self._show)
        self.abandoned.connect(self._close)
        self._dialogs: dict[int, QDialog] = {}
        self.dialog: QDialog | None = None  # the one on screen (tests answer it)
        self._remembered: str | None = None  # opened the key during this run of the app
        self._declined = False  # the observer said no to a background run's question

    def provider(
        self, app: Any, should_stop: Callable[[], bool], *, background: bool = False
    ) -> keys.PassphraseProvider:
        cache: dict[str, str] = {}
        if not background:
            self._declined = False  # the observer's own run may ask again

        def opens(value: str) -> bool:
            ident = keys.identity(app)
            if ident is None:
                return False
            try:
                keys.passphrase_for(app, ident, ask=lambda _p: value)
            except InputError:
                return False
            return True

        def ask(_prompt: str) -> str | None:
            if "value" in cache:  # a second prompt of the same run (or "type it again")
                return cache["value"]
            remembered = self._remembered
            if remembered and opens(remembered):
                cache["value"] = remembered
                return remembered
            if background and self._declined:
                return None
            creating = keys.identity(app) is None
            error = ""
            while True:
                typed = self._request("create" if creating else "ask", error, should_stop)
                if not typed:
                    if background:
                        self._declined = True
                    return None
                if creating:
                    cache["value"] = self._remembered = typed
                    return typed
                ident = keys.identity(app)
                try:
                    keys.passphrase_for(app, ident, ask=lambda _p, t=typed: t)
                except InputError as exc:
                    error = str(exc)
                    continue
                cache["value"] = self._remembered = typed
                return typed

        return ask

    def forget(self) -> None:
        """Drop the remembered passphrase (logout, window closing)."""
        self._remembered = None

    def _request(self, mode: str, error: str, should_stop: Callable[[], bool]) -> str | None:
        request = _PassphraseRequest(mode, error)
        self.requested.emit(request)
        while not request.done.wait(0.2):
            if should_stop():
                request.abandoned = True
                self.abandoned.emit(request)
                return None
        return request.answer

    # -- UI thread

    def _show(self, request: _PassphraseRequest) -> None:
        if request.abandoned:
            return
        from observer_desktop.ui.report_view import PassphraseDialog

        parent = QApplication.activeModalWidget() or self.parent()
        dialog = PassphraseDialog(request.mode, request.error, parent)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self._dialogs[id(request)] = dialog
        self.dialog = dialog

        def finished(code: int) -> None:
            accepted = code == QDialog.DialogCode.Accepted
            request.answer = dialog.passphrase() if accepted else None
            dialog.clear()
            self._dialogs.pop(id(request), None)
            if self.dialog is dialog:
                self.dialog = None
            request.done.set()

        dialog.finished.connect(finished)
        dialog.destroyed.connect(lambda *_: request.done.set())
        dialog.open()

    def _close(self, request: _PassphraseRequest) -> None:
        dialog = self._dialogs.pop(id(request), None)
        if dialog is not None:
            dialog.reject()


# ------------------------------------------------------------------ controller


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
        box = _message_box(self.window, icon, title, text, name)
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
            box = _message_box(
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


# ------------------------------------------------------------------ status bar


class SyncStatusWidget(QWidget):
    """Last result, or the progress of the run (files and bytes) with pause and cancel."""

    def __init__(self, controller: SyncController, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("syncStatus")
        self.controller = controller
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        self.label = QToolButton(self)
        self.label.setObjectName("syncStatusButton")
        self.label.setAutoRaise(True)
        self.label.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.label.clicked.connect(controller.show_outbox)
        self.label.setAccessibleName(self.tr("Sending to the OIC"))
        self.bar = QProgressBar(self)
        self.bar.setObjectName("syncProgress")
        self.bar.setFixedWidth(120)
        self.bar.setMaximumHeight(16)
        self.bar.setTextVisible(False)
        self.bar.setRange(0, 1000)
        self.pause_button = QToolButton(self)
        self.pause_button.setObjectName("syncPauseButton")
        self.pause_button.setDefaultAction(controller.act_pause)
        self.cancel_button = QToolButton(self)
        self.cancel_button.setObjectName("syncCancelButton")
        self.cancel_button.setDefaultAction(controller.act_cancel)
        for button in (self.pause_button, self.cancel_button):
            button.setAutoRaise(True)  # icon only: the status bar is narrow (tooltip: text)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
        layout.addWidget(self.label)
        layout.addWidget(self.bar)
        layout.addWidget(self.pause_button)
        layout.addWidget(self.cancel_button)
        controller.status_changed.connect(self.update_view)
        controller.progress_changed.connect(self.update_view)
        controller.running_changed.connect(self.update_view)
        controller.paused_changed.connect(self.update_view)
        controller.sync_finished.connect(self.update_view)
        self.update_view()

    @property
    def text(self) -> str:
        return self.label.text()

    def update_view(self, *_args: Any) -> None:
        c = self.controller
        p = c.progress
        busy = c.running and p is not None
        for w in (self.bar, self.pause_button, self.cancel_button):
            w.setVisible(busy)
        if busy:
            text, fraction = self._progress_text(p, c.paused)
            if fraction is None:
                self.bar.setRange(0, 0)  # busy, amount unknown
            else:
                self.bar.setRange(0, 1000)
                self.bar.setValue(int(1000 * fraction))
            self._set(text, WARN if c.paused else "", p.message if p.stage == "waiting" else "")
            return
        self._set(*self._idle_text())

    def _set(self, text: str, color: str, tip: str = "") -> None:
        shown = text if len(text) <= 70 else text[:67] + "…"
        self.label.setText(shown.replace("&", "&&"))
        self.label.setStyleSheet(f"color: {color};" if color else "")
        self.label.setToolTip((tip or text) + "\n" + self.tr("Click for details."))
        self.setVisible(bool(text))

    def _progress_text(self, p: SyncProgress, paused: bool) -> tuple[str, float | None]:
        if p.stage in ("upload", "commit") or (p.stage == "waiting" and p.bytes_total):
            text = (
                self.tr("%1 of %2 files · %3 of %4")
                .replace("%1", str(p.files_done))
                .replace("%2", str(p.files_total))
                .replace("%3", human_size(p.bytes_done))
                .replace("%4", human_size(p.bytes_total))
            )
            fraction = p.bytes_done / p.bytes_total if p.bytes_total else None
            if paused:
                return self.tr("Paused: %1").replace("%1", text), fraction
            if p.stage == "waiting":
                return self._waiting(p), fraction
            return self.tr("Sending: %1").replace("%1", text), fraction
        if paused:
            return self.tr("Paused"), None
        if p.stage == "waiting":
            return self._waiting(p), None
        return {
            "connect": self.tr("Connecting to the OIC server…"),
            "prepare": self.tr("Preparing what to send…"),
            "forms": self.tr("Looking for new checklists…"),
            "reviews": self.tr("Fetching the OIC's reviews…"),
        }.get(p.stage, self.tr("Sending to the OIC…")), None

    def _waiting(self, p: SyncProgress) -> str:
        seconds = max(1, round(p.retry_in or 0))
        return self.tr("No connection; trying again in %1 s").replace("%1", str(seconds))

    def _idle_text(self) -> tuple[str, str, str]:
        c = self.controller
        s = c.status
        if s is None or not s.server_url:
            return "", "", ""
        if not s.logged_in or not s.configured:  # never, or to another address
            return (
                self.tr("Not logged in to the OIC"),
                MUTED,
                self.tr("Log in (Sending menu) to send your finished audits."),
            )
        if s.needs_password and not c.token:
            return (
                self.tr("Log in again to send (F9)"),
                WARN,
                self.tr(
                    "This computer has no system keyring, so the session ends when the app closes."
                ),
            )
        if s.last_error:
            return "⚠ " + s.last_error, BAD, s.last_error
        if s.failed:
            return self.tr("⚠ %n audit(s) could not be sent", "", s.failed), BAD, ""
        if s.last_success_at:
            return (
                self.tr("✓ Synced with the OIC %1").replace("%1", local_time(s.last_success_at)),
                GOOD,
                "",
            )
        return "", "", ""


# ------------------------------------------------------------------ login


class LoginDialog(QDialog):
    """Server address, observer code and password; then who is logged in, the OIC CA
    fingerprint (first time) and whether the OIC certificate was installed."""

    PAGE_FORM, PAGE_DONE = range(2)

    @property
    def page(self) -> int:
        return self.PAGE_DONE if self.done_page.isVisibleTo(self) else self.PAGE_FORM

    def __init__(
        self,
        controller: SyncController,
        parent: QWidget | None = None,
        *,
        then_sync: bool = False,
        reason: str = "",
    ):
        super().__init__(parent)
        self.setObjectName("loginDialog")
        self.controller = controller
        self.then_sync = then_sync
        self.result_info: LoginResult | None = None
        # the request on its way: a one-time password or an authority to confirm sends it again
        self._submitted: dict[str, Any] = {}
        self._trusted_ca: str | None = None  # the OIC CA the observer confirmed here
        self.setWindowTitle(self.tr("Log in to the OIC"))
        self.setMinimumWidth(520)
        # two pages shown one at a time (not a QStackedWidget: that one does not pass on
        # the height its wrapped labels need)
        self.form_page = self._build_form(reason)
        self.done_page = self._build_done()
        self.done_page.hide()
        layout = QVBoxLayout(self)
        layout.addWidget(self.form_page)
        layout.addWidget(self.done_page)
        self._prefill()

    # -- pages

    def _build_form(self, reason: str) -> QWidget:
        page = QWidget(self)
        intro = QLabel(page)
        intro.setWordWrap(True)
        intro.setText(
            self.tr(
                "Use the observer code and password the OIC gave you; the first time, that "
                "password works once and you then choose your own. The password is not kept: "
                "this computer keeps only a session key, in the system keyring (without one, "
                "sealed with your signing key's passphrase)."
            )
        )
        self.reason_label = QLabel(reason, page)
        self.reason_label.setObjectName("loginReason")
        self.reason_label.setWordWrap(True)
        self.reason_label.setStyleSheet(f"color: {WARN};")
        self.reason_label.setVisible(bool(reason))
        self.server_edit = QLineEdit(page)
        self.server_edit.setObjectName("loginServer")
        self.server_edit.setAccessibleName(self.tr("OIC server address"))
        self.server_edit.setPlaceholderText(self.tr("https://oic.example.mx"))
        self.server_edit.setInputMethodHints(Qt.InputMethodHint.ImhUrlCharactersOnly)
        self.code_edit = QLineEdit(page)
        self.code_edit.setObjectName("loginCode")
        self.code_edit.setAccessibleName(self.tr("Observer code"))
        self.code_edit.setPlaceholderText(self.tr("for example OBS-001"))
        self.password_edit = QLineEdit(page)
        self.password_edit.setObjectName("loginPassword")
        self.password_edit.setAccessibleName(self.tr("Password"))
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        # the observer's own password, asked when the OIC's was one-time
        self.change_note = QLabel(page)
        self.change_note.setObjectName("loginChangeNote")
        self.change_note.setWordWrap(True)
        self.change_note.setStyleSheet(f"color: {WARN};")
        self.new_password_edit = QLineEdit(page)
        self.new_password_edit.setObjectName("loginNewPassword")
        self.new_password_edit.setAccessibleName(self.tr("New password"))
        self.new_password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.again_edit = QLineEdit(page)
        self.again_edit.setObjectName("loginNewPasswordAgain")
        self.again_edit.setAccessibleName(self.tr("New password, again"))
        self.again_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self._min_length = 10
        self.show_password = QCheckBox(self.tr("S&how the password"), page)
        self.show_password.setObjectName("loginShowPassword")
        self.show_password.toggled.connect(self._show_passwords)
        form = QFormLayout()
        for text, widget in (
            (self.tr("Server &address:"), self.server_edit),
            (self.tr("Observer &code:"), self.code_edit),
            (self.tr("&Password:"), self.password_edit),
        ):
            label = QLabel(text, page)
            label.setBuddy(widget)
            form.addRow(label, widget)
        form.addRow(self.change_note)
        for text, widget in (
            (self.tr("&New password:"), self.new_password_edit),
            (self.tr("Type it a&gain:"), self.again_edit),
        ):
            label = QLabel(text, page)
            label.setBuddy(widget)
            form.addRow(label, widget)
        form.addRow("", self.show_password)
        self._form = form
        for widget in (self.change_note, self.new_password_edit, self.again_edit):
            form.setRowVisible(widget, False)
        self.error_label = QLabel(page)
        self.error_label.setObjectName("loginError")
        self.error_label.setWordWrap(True)
        self.error_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.error_label.setStyleSheet(f"color: {BAD};")
        self.error_label.hide()
        self.busy_bar = QProgressBar(page)
        self.busy_bar.setObjectName("loginBusy")
        self.busy_bar.setRange(0, 0)
        self.busy_bar.setMaximumHeight(12)
        self.busy_bar.setTextVisible(False)
        self.busy_bar.hide()
        self.busy_label = QLabel(self.tr("Connecting to the OIC server…"), page)
        self.busy_label.hide()
        self.buttons = QDialogButtonBox(page)
        self.login_button = self.buttons.addButton(
            self.tr("&Log in"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.login_button.setObjectName("loginButton")
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        for edit in (
            self.server_edit,
            self.code_edit,
            self.password_edit,
            self.new_password_edit,
            self.again_edit,
        ):
            edit.textChanged.connect(self._update_button)
            edit.textEdited.connect(lambda _t: self._set_error(""))
        layout = QVBoxLayout(page)
        layout.addWidget(intro)
        layout.addWidget(self.reason_label)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(self.busy_label)
        layout.addWidget(self.busy_bar)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        QWidget.setTabOrder(self.server_edit, self.code_edit)
        QWidget.setTabOrder(self.code_edit, self.password_edit)
        QWidget.setTabOrder(self.password_edit, self.new_password_edit)
        QWidget.setTabOrder(self.new_password_edit, self.again_edit)
        QWidget.setTabOrder(self.again_edit, self.show_password)
        self._update_button()
        return page

    def _build_done(self) -> QWidget:
        page = QWidget(self)
        self.done_title = QLabel(page)
        self.done_title.setObjectName("loginDoneTitle")
        self.done_title.setWordWrap(True)
        font = QFont(self.done_title.font())
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.done_title.setFont(font)
        self.fingerprint_box = QFrame(page)
        self.fingerprint_box.setObjectName("fingerprintBox")
        self.fingerprint_box.setStyleSheet(
            "#fingerprintBox { background: #fff4ce; border: 1px solid #d29a00; border-radius: 3px; }"
        )
        self.fingerprint_intro = QLabel(self.fingerprint_box)
        self.fingerprint_intro.setWordWrap(True)
        self.fingerprint_intro.setText(
            self.tr(
                "This is the first time this computer connects to this server. Compare this "
                "fingerprint of the OIC's certification authority with the one the OIC gave "
                "you (on paper or by phone):"
            )
        )
        self.fingerprint_label = QLabel(self.fingerprint_box)
        self.fingerprint_label.setObjectName("caFingerprint")
        self.fingerprint_label.setWordWrap(True)
        self.fingerprint_label.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.fingerprint_label.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.fingerprint_label.setAccessibleName(self.tr("Fingerprint of the OIC authority"))
        mono = QFont("monospace")
        mono.setStyleHint(QFont.StyleHint.Monospace)
        mono.setPointSizeF(self.font().pointSizeF() * 1.05)
        self.fingerprint_label.setFont(mono)
        self.fingerprint_note = QLabel(self.fingerprint_box)
        self.fingerprint_note.setWordWrap(True)
        self.fingerprint_note.setText(
            self.tr(
                "If it does not match, press “It does not match”: the session is closed, the "
                "server is forgotten and nothing is sent. Then call the OIC."
            )
        )
        box_layout = QVBoxLayout(self.fingerprint_box)
        box_layout.addWidget(self.fingerprint_intro)
        box_layout.addWidget(self.fingerprint_label)
        box_layout.addWidget(self.fingerprint_note)
        self.certificate_label = QLabel(page)
        self.certificate_label.setObjectName("loginCertificate")
        self.certificate_label.setWordWrap(True)
        self.notes_label = QLabel(page)
        self.notes_label.setObjectName("loginNotes")
        self.notes_label.setWordWrap(True)
        self.done_buttons = QDialogButtonBox(page)
        self.mismatch_button = self.done_buttons.addButton(
            self.tr("It does &not match"), QDialogButtonBox.ButtonRole.DestructiveRole
        )
        self.mismatch_button.setObjectName("fingerprintMismatch")
        self.mismatch_button.clicked.connect(self._mismatch)
        self.done_button = self.done_buttons.addButton(
            self.tr("&Done"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.done_button.setObjectName("loginDone")
        self.done_buttons.accepted.connect(self.accept)
        layout = QVBoxLayout(page)
        layout.addWidget(self.done_title)
        layout.addWidget(self.fingerprint_box)
        layout.addWidget(self.certificate_label)
        layout.addWidget(self.notes_label)
        layout.addStretch(1)
        layout.addWidget(self.done_buttons)
        return page

    def _prefill(self) -> None:
        backend = self.controller.backend

        def read() -> dict:
            app = backend.app()
            return {
                "server": settings_service.server_url(app) or "",
                "code": settings_service.login_code(app),
            }

        def filled(values: dict) -> None:
            if not self.server_edit.text():
                self.server_edit.setText(values["server"])
            if not self.code_edit.text():
                self.code_edit.setText(values["code"])
            first_empty = next(
                (e for e in (self.server_edit, self.code_edit) if not e.text()),
                self.password_edit,
            )
            first_empty.setFocus()

        self.controller.tasks.run(
            read, on_success=filled, on_failure=lambda exc, tb: show_error(self, exc, tb)
        )

    # -- flow

    @property
    def changing_password(self) -> bool:
        """The OIC's password was one-time: the observer's own is asked too."""
        return self.new_password_edit.isVisibleTo(self)

    def _show_passwords(self, shown: bool) -> None:
        mode = QLineEdit.EchoMode.Normal if shown else QLineEdit.EchoMode.Password
        for edit in (self.password_edit, self.new_password_edit, self.again_edit):
            edit.setEchoMode(mode)

    def _ask_new_password(self, exc: PasswordChangeRequired, password: str) -> None:
        self._min_length = exc.min_length
        self.change_note.setText(
            self.tr(
                "The password the OIC gave you works only once. Choose your own password "
                "(at least %1 characters) and type it twice: from now on you log in with it."
            ).replace("%1", str(exc.min_length))
        )
        for widget in (self.change_note, self.new_password_edit, self.again_edit):
            self._form.setRowVisible(widget, True)
        self.password_edit.setText(password)  # the OIC's, needed once more to change it
        self.login_button.setText(self.tr("&Save and log in"))
        self.adjustSize()
        self.new_password_edit.setFocus()

    def _confirm_authority(self, exc: UnknownAuthority, request: dict[str, Any]) -> None:
        """First contact with a server holding a certificate of the OIC's own CA: the
        password goes only after the observer says the fingerprint matches."""
        pairs = sync_service.format_fingerprint(exc.ca_fingerprint).split(":")
        half = (len(pairs) + 1) // 2
        box = _message_box(
            self,
            QMessageBox.Icon.Warning,
            self.tr("Confirm the OIC's authority"),
            self.tr(
                "This server uses the OIC's own certification authority, which this computer "
                "does not know yet. Before your password is sent, compare this fingerprint "
                "with the one the OIC gave you (on paper or by phone):"
            ),
            "caConfirm",
        )
        box.setInformativeText(":".join(pairs[:half]) + "\n" + ":".join(pairs[half:]))
        box.setStandardButtons(QMessageBox.StandardButton.NoButton)
        matches = box.addButton(self.tr("It &matches, log in"), QMessageBox.ButtonRole.AcceptRole)
        matches.setObjectName("caMatches")
        box.addButton(self.tr("It does &not match"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(None)

        def answered(button) -> None:
            if button is matches:
                self._trusted_ca = exc.ca_fingerprint
                self._send({**request, "trust_ca": exc.ca_fingerprint})
            else:
                self._set_error(
                    self.tr(
                        "Your password was not sent. Do not log in to this server: tell the OIC."
                    )
                )

        box.buttonClicked.connect(answered)
        self.ca_confirm = box
        box.open()

    def _new_password_problem(self, current: str, new: str, again: str) -> str:
        if len(new) < self._min_length:
            return self.tr("The new password must have at least %1 characters.").replace(
                "%1", str(self._min_length)
            )
        if new == current:
            return self.tr(
                "The new password must differ from the one the OIC gave you (that one works "
                "only once)."
            )
        if new != again:
            return self.tr("The two new passwords are not the same: type them again.")
        return ""

    def _update_button(self) -> None:
        ready = all(e.text().strip() for e in (self.server_edit, self.code_edit)) and bool(
            self.password_edit.text()
        )
        if self.changing_password:
            ready = ready and bool(self.new_password_edit.text() and self.again_edit.text())
        self.login_button.setEnabled(ready and not self.busy_bar.isVisible())

    def _set_error(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.setVisible(bool(text))
        if text:
            self.adjustSize()  # wrapped labels above must keep their lines

    def _set_busy(self, busy: bool) -> None:
        for w in (
            self.server_edit,
            self.code_edit,
            self.password_edit,
            self.new_password_edit,
            self.again_edit,
            self.show_password,
        ):
            w.setEnabled(not busy)
        self.busy_bar.setVisible(busy)
        self.busy_label.setVisible(busy)
        self.cancel_button.setEnabled(not busy)
        self._update_button()

    def submit(self) -> None:
        if not self.login_button.isEnabled():
            return
        url, problem = check_server_url(self.server_edit.text())
        if problem or not url:
            self._set_error(problem or self.tr("Write the address of the OIC server."))
            self.server_edit.setFocus()
            return
        password = self.password_edit.text()
        new_password = None
        if self.changing_password:
            new_password = self.new_password_edit.text()
            problem = self._new_password_problem(password, new_password, self.again_edit.text())
            if problem:
                self._set_error(problem)
                self.again_edit.clear()
                self.new_password_edit.selectAll()
                self.new_password_edit.setFocus()
                return
        self.password_edit.clear()
        self.new_password_edit.clear()
        self.again_edit.clear()
        self._set_error("")
        self._send(
            {
                "server": url,
                "code": self.code_edit.text().strip(),
                "password": password,
                "new_password": new_password,
                # confirmed earlier in this dialog (then the OIC's password was one-time)
                "trust_ca": self._trusted_ca,
            }
        )

    def _send(self, request: dict[str, Any]) -> None:
        self._set_busy(True)
        self._submitted = request
        self.controller.login(**request, on_success=self._logged_in, on_failure=self._failed)

    def _failed(self, exc: BaseException, tb: str) -> None:
        self._set_busy(False)
        submitted, self._submitted = self._submitted, {}
        if isinstance(exc, PasswordChangeRequired):
            self._ask_new_password(exc, submitted.get("password", ""))
        elif isinstance(exc, UnknownAuthority) and submitted:
            self._confirm_authority(exc, submitted)
        elif isinstance(exc, ObserverError):
            self._set_error(error_text(exc))
            self.password_edit.setFocus()
        else:
            show_error(self, exc, tb)

    def _logged_in(self, result: LoginResult) -> None:
        self.result_info = result
        self._set_busy(False)
        self.done_title.setText(
            self.tr("You are logged in as %1 (%2).")
            .replace("%1", result.observer_name or result.observer_code)
            .replace("%2", result.observer_code)
        )
        pairs = result.to_json()["ca_fingerprint_display"].split(":")
        half = (len(pairs) + 1) // 2  # two lines of 16 pairs, easy to read aloud
        self.fingerprint_label.setText(":".join(pairs[:half]) + "\n" + ":".join(pairs[half:]))
        compare = result.ca_pinned_now and not self._trusted_ca  # not twice
        self.fingerprint_box.setVisible(compare)
        self.mismatch_button.setVisible(compare)
        if result.enrolled:
            self.certificate_label.setText(
                self.tr("✓ Your OIC certificate is installed: your reports are now signed with it.")
            )
            self.certificate_label.setStyleSheet(f"color: {GOOD};")
        else:
            self.certificate_label.setText(
                result.enroll_error
                or self.tr("Your OIC certificate is not installed yet; the next sync tries again.")
            )
            self.certificate_label.setStyleSheet(f"color: {WARN};")
        notes = list(result.warnings)
        if self.changing_password:
            notes.insert(0, self.tr("Your new password is saved at the OIC: use it from now on."))
        if result.token_store == tokens.FILE:
            notes.append(
                self.tr(
                    "This computer has no system keyring: the session is kept sealed with your "
                    "signing key's passphrase, which Observador asks for once each time it "
                    "opens, before sending."
                )
            )
        elif not result.token_in_keyring:
            notes.append(
                self.tr(
                    "This computer has no system keyring: the session lasts while Observador "
                    "is open, and is closed when you quit."
                )
            )
        self.notes_label.setText("\n\n".join(notes))
        self.notes_label.setVisible(bool(notes))
        self.done_button.setText(self.tr("It &matches, continue") if compare else self.tr("&Done"))
        self.form_page.hide()
        self.done_page.show()
        self.adjustSize()
        self.done_button.setDefault(True)
        (self.fingerprint_label if compare else self.done_button).setFocus()

    def _mismatch(self) -> None:
        self.then_sync = False
        self.controller.logout(forget_server=True, confirm=False)
        self.reject()

    def accept(self) -> None:
        super().accept()
        if self.then_sync and self.result_info is not None:
            self.controller.sync_now()

    def reject(self) -> None:
        if self.busy_bar.isVisible():
            return  # the answer is on its way; Esc must not lose it
        super().reject()


# ------------------------------------------------------------------ outbox


def _state_text(row: dict) -> str:
    return {
        "queued": QCoreApplication.translate("SyncUi", "Waiting to be sent"),
        "failed": QCoreApplication.translate("SyncUi", "Stopped"),
        "delivered": QCoreApplication.translate("SyncUi", "Delivered"),
    }.get(row["state"], row["state"])


def _review_text(row: dict) -> str:
    return {
        "received": QCoreApplication.translate("SyncUi", "Received, not reviewed yet"),
        "approved": QCoreApplication.translate("SyncUi", "Approved"),
        "returned": QCoreApplication.translate("SyncUi", "Returned for correction"),
    }.get(row.get("review") or "", "")


class OutboxDialog(QDialog):
    """Everything sent or waiting: state, the OIC's review, what stopped it. Double-click
    (or Enter) opens the audit."""

    COLUMNS = 5

    def __init__(self, controller: SyncController, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("outboxDialog")
        self.controller = controller
        self.setWindowTitle(self.tr("Sending to the OIC"))
        self.resize(900, 480)
        self.rows: list[dict] = []
        self.summary = QLabel(self)
        self.summary.setObjectName("outboxSummary")
        self.summary.setWordWrap(True)
        self.progress_widget = SyncStatusWidget(controller, self)
        self.table = QTableWidget(0, self.COLUMNS, self)
        self.table.setObjectName("outboxTable")
        self.table.setAccessibleName(self.tr("Audits sent or waiting to be sent"))
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Audit"),
                self.tr("Version"),
                self.tr("Sending"),
                self.tr("OIC review"),
                self.tr("Details"),
            ]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        self.table.setWordWrap(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        for col, width in ((0, 220), (1, 60), (2, 120), (3, 170)):
            header.resizeSection(col, width)
        self.table.activated.connect(self._open_row)
        self.table.doubleClicked.connect(self._open_row)
        self.empty_label = QLabel(self.tr("Nothing has been sent or queued yet."), self)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setStyleSheet(f"color: {MUTED}; padding: 24px;")
        self.body = QStackedWidget(self)
        self.body.addWidget(self.table)
        self.body.addWidget(self.empty_label)
        buttons = QHBoxLayout()
        for action, name in (
            (controller.act_sync, "outboxSync"),
            (controller.act_pause, "outboxPause"),
            (controller.act_cancel, "outboxCancel"),
            (controller.act_export, "outboxExport"),
            (controller.act_login, "outboxLogin"),
            (controller.act_logout, "outboxLogout"),
        ):
            button = QToolButton(self)
            button.setObjectName(name)
            button.setDefaultAction(action)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
            buttons.addWidget(button)
        buttons.addStretch(1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.close)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.progress_widget)
        layout.addWidget(self.body, 1)
        layout.addLayout(buttons)
        self.progress_widget.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        # bound methods, not lambdas: Qt drops these connections when the dialog closes
        controller.status_changed.connect(self._status_changed)
        controller.sync_finished.connect(self._reload_after)
        controller.logged_in.connect(self._reload_after)
        controller.logged_out.connect(self._reload_after)
        self._status_changed(controller.status)

    def _reload_after(self, *_args: Any) -> None:
        self.reload()

    def reload(self) -> None:
        backend = self.controller.backend
        self.controller.tasks.run(
            lambda: sync_service.outbox(backend.app(), include_delivered=True),
            on_success=self._loaded,
            on_failure=lambda exc, tb: show_error(self, exc, tb),
        )

    def _loaded(self, rows: list[dict]) -> None:
        self.rows = list(reversed(rows))  # newest first
        self.table.setRowCount(len(self.rows))
        for i, row in enumerate(self.rows):
            details = row["error"] or ""
            if row.get("review") == "returned" and row.get("review_comment"):
                details = self.tr("OIC comment: %1").replace("%1", row["review_comment"])
            elif row["state"] == "delivered":
                details = self.tr("Delivered %1").replace(
                    "%1", local_time(row["received_at"] or row["delivered_at"])
                )
            elif row.get("exported_at") and not details:
                details = self.tr("Saved in a USB batch %1").replace(
                    "%1", local_time(row["exported_at"])
                )
            values = [
                row["title"] or row["audit"][:8],
                str(row["audit_version"]),
                _state_text(row),
                _review_text(row),
                details,
            ]
            for col, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setToolTip(value)
                if col == 2 and row["state"] == "failed":
                    item.setForeground(Qt.GlobalColor.darkRed)
                if col == 3 and row.get("review") == "returned":
                    item.setForeground(Qt.GlobalColor.darkRed)
                self.table.setItem(i, col, item)
        self.table.resizeRowsToContents()
        self.body.setCurrentIndex(0 if self.rows else 1)

    def _status_changed(self, status: SyncStatus | None) -> None:
        if status is None:
            self.summary.setText("")
            return
        if not status.server_url:
            text = self.tr(
                "No OIC server is set. Log in (the OIC gives you the address), or hand in "
                "your audits on a USB stick."
            )
        elif not status.logged_in:
            text = self.tr("Server %1 · not logged in.").replace("%1", status.server_url)
        else:
            text = self.tr("Server %1 · logged in.").replace("%1", status.server_url)
        if status.unsent:
            text += " " + self.tr("%n audit(s) waiting to be sent.", "", status.unsent)
        else:
            text += " " + self.tr("Nothing waiting to be sent.")
        if not status.auto:
            text += " " + self.tr("Background sending is off (Settings).")
        self.summary.setText(text)

    def _open_row(self, index: Any) -> None:
        if 0 <= index.row() < len(self.rows):
            self.controller.open_audit_requested.emit(self.rows[index.row()]["audit"])


# ------------------------------------------------------------------ editor banner


class ReviewBanner(QFrame):
    """What the OIC said about the audit shown in the editor (hidden when nothing).

    ``set_audit(audit, reviews)`` with the rows of ``services.sync.audit_reviews``;
    ``new_version_requested`` when the observer chooses to correct a returned audit.
    A return's per-question comments are shown by the editor beside their questions;
    the banner says how many there are, and shows those it could not place there.
    """

    new_version_requested = Signal()

    STYLES: ClassVar[dict[str, str]] = {
        "returned": "#reviewBanner { background: #fde7e9; border: 1px solid #b3261e;"
        " border-radius: 3px; }",
        "approved": "#reviewBanner { background: #e6f4ea; border: 1px solid #2e6b2e;"
        " border-radius: 3px; }",
        "info": "#reviewBanner { background: #e8f0fe; border: 1px solid #5f6368;"
        " border-radius: 3px; }",
    }

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("reviewBanner")
        self.kind = ""
        self._returned = False  # the banner says why the OIC returned this audit or the older
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        # the same bubble as the comments beside the questions (question_widgets.py)
        self.icon = QLabel(self)
        self.icon.setObjectName("reviewIcon")
        self.icon.setPixmap(oic_comment_pixmap(20, self.devicePixelRatioF()))
        self.icon.setVisible(False)
        layout.addWidget(self.icon, 0, Qt.AlignmentFlag.AlignTop)
        self.label = QLabel(self)
        self.label.setObjectName("reviewText")
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.label, 1)
        self.new_version_button = QPushButton(self.tr("Create a new version to &correct it"), self)
        self.new_version_button.setObjectName("reviewNewVersionButton")
        self.new_version_button.clicked.connect(self.new_version_requested)
        layout.addWidget(self.new_version_button)
        self.setVisible(False)

    @property
    def offers_new_version(self) -> bool:
        return self.kind == "returned" and not self.new_version_button.isHidden()

    def set_audit(
        self,
        audit: dict | None,
        reviews: list[dict],
        *,
        on_questions: int = 0,
        elsewhere: Sequence[tuple[str, str]] = (),
    ) -> None:
        """``on_questions``: how many of the return's comments the editor shows beside
        their questions; ``elsewhere``: (question, comment) of those it could not place
        (a question or repeat item this audit does not have), shown here instead."""
        self.kind = ""
        self._returned = False
        text, style, button = "", "info", False
        if audit is not None:
            text, style, button = self._describe(audit, reviews)
        if self._returned and on_questions:
            text += "\n" + self.tr(
                "Comments of the OIC on answers: %1. Each one is framed beside its question; "
                "the list of sections says where they are."
            ).replace("%1", str(on_questions))
        if self._returned:
            for where, comment in elsewhere:
                text += "\n" + (
                    self.tr("OIC comment on «%1»: %2").replace("%1", where).replace("%2", comment)
                )
        self.label.setText(text)
        self.icon.setVisible(self._returned)
        self.setStyleSheet(self.STYLES[style])
        self.new_version_button.setVisible(button)
        self.setVisible(bool(text))

    def _describe(self, audit: dict, reviews: list[dict]) -> tuple[str, str, bool]:
        own = [r for r in reviews if r["audit"] == audit["id"]]
        current = own[-1] if own else None
        superseded = bool(audit.get("superseded_by"))
        review = (current or {}).get("review") or ""
        if audit["status"] == "returned" or review == "returned":
            self.kind = "returned"
            self._returned = True
            comment = (current or {}).get("review_comment") or self.tr("(no comment)")
            text = self.tr("Returned by the OIC: %1").replace("%1", comment)
            if current and current.get("review_at"):
                text += "\n" + self.tr("Reviewed %1.").replace(
                    "%1", local_time(current["review_at"])
                )
            if superseded:
                text += " " + self.tr("A newer version already replaces it.")
            else:
                text += " " + self.tr(
                    "Correct it in a new version: once you finalize and sign it, it is sent again."
                )
            return text, "returned", not superseded
        if audit["status"] == "approved" or review == "approved":
            text = self.tr("Approved by the OIC %1.").replace(
                "%1", local_time((current or {}).get("review_at"))
            )
            if current and current.get("review_comment"):
                text += "\n" + self.tr("OIC comment: %1").replace("%1", current["review_comment"])
            return text, "approved", False
        if current is not None and current["state"] == "delivered":
            return (
                self.tr("Delivered to the OIC %1; not reviewed yet.").replace(
                    "%1", local_time(current["received_at"] or current["delivered_at"])
                ),
                "info",
                False,
            )
        if current is not None and current["state"] == "failed":
            return (
                self.tr("Could not be sent to the OIC: %1").replace("%1", current["error"] or ""),
                "returned",
                False,
            )
        if current is not None and current["state"] == "queued":
            text = self.tr("Waiting to be sent to the OIC.")
            if current.get("error"):
                text += " " + self.tr("Last attempt: %1").replace("%1", current["error"])
            return text, "info", False
        if audit["status"] == "draft":
            earlier = [r for r in reviews if r["audit"] != audit["id"] and r.get("review")]
            if earlier and earlier[0].get("review") == "returned":
                r = earlier[0]
                text = (
                    self.tr("The OIC returned version %1: %2")
                    .replace("%1", str(r["audit_version"]))
                    .replace("%2", r.get("review_comment") or self.tr("(no comment)"))
                )
                text += "\n" + self.tr(
                    "Correct it here; when you finalize and sign this version it is sent again."
                )
                self._returned = True
                return text, "returned", False
        return "", "info", False
