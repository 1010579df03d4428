"""The window's status bar: the list's counts, passing messages, how many finished audits
wait to be sent, the sync's progress, and whether the OIC server answers."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QLabel, QStatusBar, QWidget

from observer_desktop.ui.models import STATUS_LABELS, status_label
from observer_desktop.ui.sync.controller import SyncController
from observer_desktop.ui.sync.status_widget import SyncStatusWidget


class WindowStatusBar(QStatusBar):
    """Counts and passing messages on the left; unsent, sync and server on the right."""

    def __init__(self, sync: SyncController, parent: QWidget | None = None):
        super().__init__(parent)
        self.counts_label = QLabel(self)
        self.counts_label.setObjectName("countsLabel")
        self.unsent_label = QLabel(self)
        self.unsent_label.setObjectName("unsentLabel")
        self.server_label = QLabel(self)
        self.server_label.setObjectName("serverLabel")
        # passing messages get a label of their own: QStatusBar.showMessage() hides the
        # counters while it shows one
        self.flash_label = QLabel(self)
        self.flash_label.setObjectName("flashLabel")
        self.flash_label.setStyleSheet("font-style: italic;")
        self.flash_label.setContentsMargins(18, 0, 0, 0)  # apart from the counters
        self._flash_timer = QTimer(self)
        self._flash_timer.setSingleShot(True)
        self._flash_timer.timeout.connect(self.flash_label.clear)
        self.addWidget(self.counts_label)
        self.addWidget(self.flash_label, 1)
        self.sync_status = SyncStatusWidget(sync, self)  # last result, or progress
        self.addPermanentWidget(self.unsent_label)
        self.addPermanentWidget(self.sync_status)
        self.addPermanentWidget(self.server_label)
        self.show_server_state("unknown", None)

    def flash(self, text: str, msecs: int = 10000) -> None:
        """A passing message beside the counters, gone after ``msecs``."""
        self.flash_label.setText(text)
        self.flash_label.setToolTip(text)
        self._flash_timer.start(msecs)

    def show_loading(self) -> None:
        self.counts_label.setText(self.tr("Loading…"))

    def clear_counts(self) -> None:
        self.counts_label.setText("")

    def show_counts(self, shown: int, counts: dict[str, int]) -> None:
        """How many audits the list shows of how many, and how many there are by status."""
        total = sum(counts.values())
        parts = [f"{status_label(k)}: {counts[k]}" for k in STATUS_LABELS if counts.get(k)]
        text = (
            self.tr("Showing %1 of %2 audits").replace("%1", str(shown)).replace("%2", str(total))
        )
        self.counts_label.setText(text + ("  ·  " + "  ·  ".join(parts) if parts else ""))

    def show_unsent(self, unsent: int) -> None:
        if unsent:
            self.unsent_label.setText(self.tr("⬆ %n finished audit(s) not sent yet", "", unsent))
            self.unsent_label.setStyleSheet("color: #8a5300; font-weight: bold;")
        else:
            self.unsent_label.setText(self.tr("✓ Nothing waiting to be sent"))
            self.unsent_label.setStyleSheet("color: #2e6b2e;")

    def show_server_state(self, state: str, url: str | None) -> None:
        """``state`` as ``ServerCheck`` keeps it; the server's address as the tooltip."""
        texts = {
            "unset": (self.tr("Server: not configured"), "color: #666;"),
            "unknown": (self.tr("Server: checking…"), "color: #666;"),
            "online": (self.tr("● Server reachable"), "color: #2e6b2e;"),
            "offline": (self.tr("○ Server not reachable (working offline)"), "color: #8a5300;"),
        }
        text, style = texts[state]
        self.server_label.setText(text)
        self.server_label.setStyleSheet(style)
        if url:
            self.server_label.setToolTip(url)
