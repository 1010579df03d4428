"""Every submission with its state, the OIC's review and what stopped it."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QCoreApplication,
    Qt,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSizePolicy,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from observer_desktop.services import sync as sync_service
from observer_desktop.services.sync import (
    SyncStatus,
)
from observer_desktop.ui.errors import show_error
from observer_desktop.ui.palette import MUTED
from observer_desktop.ui.sync.common import local_time
from observer_desktop.ui.sync.status_widget import SyncStatusWidget

if TYPE_CHECKING:
    from observer_desktop.ui.sync.controller import SyncController


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
        self.table = self._build_table()
        self.empty_label = QLabel(self.tr("Nothing has been sent or queued yet."), self)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setStyleSheet(f"color: {MUTED}; padding: 24px;")
        self.body = QStackedWidget(self)
        self.body.addWidget(self.table)
        self.body.addWidget(self.empty_label)
        buttons = self._build_buttons(controller)
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

    def _build_table(self) -> QTableWidget:
        table = QTableWidget(0, self.COLUMNS, self)
        table.setObjectName("outboxTable")
        table.setAccessibleName(self.tr("Audits sent or waiting to be sent"))
        table.setHorizontalHeaderLabels(
            [
                self.tr("Audit"),
                self.tr("Version"),
                self.tr("Sending"),
                self.tr("OIC review"),
                self.tr("Details"),
            ]
        )
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.verticalHeader().setVisible(False)
        table.setWordWrap(True)
        header = table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        for col, width in ((0, 220), (1, 60), (2, 120), (3, 170)):
            header.resizeSection(col, width)
        table.activated.connect(self._open_row)
        table.doubleClicked.connect(self._open_row)
        return table

    def _build_buttons(self, controller: SyncController) -> QHBoxLayout:
        """The controller's actions as buttons (sync, pause, cancel, USB, log in/out), Close."""
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
        return buttons

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
                if row.get("record_path"):  # the OIC's timestamped copy, next to the report
                    details += " · " + self.tr("OIC-timestamped copy saved: %1").replace(
                        "%1", row["record_path"]
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
