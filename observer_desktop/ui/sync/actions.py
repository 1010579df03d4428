"""The sync's menu actions ("Envíos": log in, sync now, pause/resume, cancel, sending status,
USB batch, log out), their shortcuts and when each may be used."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QStyle

from observer_desktop.ui.sync.common import SyncPart

if TYPE_CHECKING:
    from observer_desktop.ui.sync.controller import SyncController


class SyncActions(SyncPart):
    """The actions, added to the window (their shortcuts work wherever the focus is); the
    controller keeps them as ``act_*`` for the window, the dialogs and the status bar."""

    def __init__(self, controller: SyncController):
        super().__init__(controller)
        c = controller
        runs = c.runs
        self.act_login = self._make(
            self.tr("&Log in to the OIC…"), c.open_login, None, "actSyncLogin"
        )
        self.act_sync = self._make(self.tr("&Sync now"), c.sync_now, "F9", "actSyncNow")
        self.act_sync.setStatusTip(
            self.tr("Send the finished audits to the OIC and fetch its reviews (F9)")
        )
        self.act_pause = self._make(
            self.tr("&Pause sending"), runs.toggle_pause, "Shift+F9", "actSyncPause"
        )
        self.act_cancel = self._make(self.tr("Ca&ncel sending"), runs.cancel, None, "actSyncCancel")
        self.act_outbox = self._make(
            self.tr("&View what was sent…"), c.show_outbox, None, "actSyncOutbox"
        )
        self.act_export = self._make(
            self.tr("&Export batch for USB…"), c.batch.choose_file, None, "actExportBatch"
        )
        self.act_export.setStatusTip(
            self.tr("Save the audits waiting to be sent in a signed file to take to the OIC")
        )
        self.act_logout = self._make(self.tr("Log &out"), c.logout, None, "actSyncLogout")
        style = self.window.style()
        self._icons = {
            "pause": style.standardIcon(QStyle.StandardPixmap.SP_MediaPause),
            "play": style.standardIcon(QStyle.StandardPixmap.SP_MediaPlay),
        }
        self.act_cancel.setIcon(style.standardIcon(QStyle.StandardPixmap.SP_MediaStop))

    def _make(
        self, text: str, slot: Callable[[], object], shortcut: str | None, name: str
    ) -> QAction:
        window = self.window
        action = QAction(text, window)
        action.setObjectName(name)
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        action.triggered.connect(lambda _checked=False: slot())
        window.addAction(action)
        return action

    def all(self) -> list[QAction]:
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

    def update(self) -> None:
        """Enable what may be used now: a run going, paused, a login or an export busy."""
        c = self.controller
        running, paused, s = c.running, c.paused, c.status
        self.act_sync.setEnabled(not c.closing and (not running or paused))
        self.act_pause.setEnabled(running)
        self.act_pause.setText(self.tr("&Resume sending") if paused else self.tr("&Pause sending"))
        self.act_pause.setIcon(self._icons["play" if paused else "pause"])
        self.act_cancel.setEnabled(running)
        self.act_export.setEnabled(not running and not c.busy and bool(s and s.configured))
        self.act_login.setEnabled(not c.busy)
        logged = bool(s and s.logged_in) or bool(c.token)
        self.act_logout.setEnabled(not running and not c.busy and logged)
