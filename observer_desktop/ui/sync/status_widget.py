"""The status bar part of the sync: last result, or progress in files and bytes with
pause and cancel while a run is going."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    Qt,
)
from PySide6.QtWidgets import (
    QHBoxLayout,
    QProgressBar,
    QToolButton,
    QWidget,
)

from observer_desktop.services.sync import (
    SyncProgress,
)
from observer_desktop.ui.i18n import human_size
from observer_desktop.ui.palette import BAD, GOOD, MUTED, WARN
from observer_desktop.ui.sync.common import local_time

if TYPE_CHECKING:
    from observer_desktop.ui.sync.controller import SyncController


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
