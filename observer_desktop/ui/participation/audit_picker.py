"""Choosing the audit a session is taken from: a filterable list, newest event first."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QSortFilterProxyModel, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QListView,
    QVBoxLayout,
    QWidget,
)

from observer_desktop.ui.backend import Backend
from observer_desktop.ui.errors import show_error
from observer_desktop.ui.i18n import date_text
from observer_desktop.ui.participation.model import AUDIT_ROLE
from observer_desktop.ui.tasks import TaskRunner


def recent_audits(app: Any, limit: int = 1000) -> list[dict[str, Any]]:
    """The current audits, by event date (worker thread)."""
    return app.list_audits(sort="event_date", limit=limit, include_superseded=False)


def audit_label(row: dict[str, Any]) -> str:
    """An audit as the lists show it: ``05/03/2026 · title``."""
    title = row.get("title") or row["id"][:8]
    date = row.get("event_date")
    return f"{date_text(date)} · {title}" if date else title


class AuditPickerDialog(QDialog):
    """Choose one audit (filterable list, newest event first)."""

    def __init__(self, backend: Backend, tasks: TaskRunner, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("auditPickerDialog")
        self.backend = backend
        self.tasks = tasks
        self.setWindowTitle(self.tr("Choose an audit"))
        layout = QVBoxLayout(self)
        label = QLabel(
            self.tr("The session's event, date and place are taken from the audit you choose."),
            self,
        )
        label.setWordWrap(True)
        layout.addWidget(label)
        self.filter_edit = QLineEdit(self)
        self.filter_edit.setObjectName("auditFilter")
        self.filter_edit.setAccessibleName(self.tr("Filter audits"))
        self.filter_edit.setPlaceholderText(self.tr("Type to filter by number, name or date"))
        self.filter_edit.setClearButtonEnabled(True)
        layout.addWidget(self.filter_edit)
        self.model = QStandardItemModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.list = QListView(self)
        self.list.setObjectName("auditList")
        self.list.setAccessibleName(self.tr("Audits"))
        self.list.setModel(self.proxy)
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.list.setUniformItemSizes(True)
        layout.addWidget(self.list, 1)
        self.status = QLabel(self.tr("Loading…"), self)
        self.status.setObjectName("pickerStatus")
        layout.addWidget(self.status)
        buttons = QDialogButtonBox(self)
        self.choose_button = buttons.addButton(
            self.tr("&Choose"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._choose)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.filter_edit.textChanged.connect(self._filter)
        self.list.activated.connect(lambda _index: self._choose())
        self.list.selectionModel().currentChanged.connect(lambda *_: self._update())
        self.filter_edit.installEventFilter(self)
        self._update()
        self.resize(620, 480)
        self.tasks.run(
            lambda: recent_audits(self.backend.app(), limit=5000),
            on_success=self._loaded,
            on_failure=lambda exc, tb: show_error(self, exc, tb),
        )

    def selected_audit(self) -> str | None:
        index = self.list.currentIndex()
        return index.data(AUDIT_ROLE) if index.isValid() else None

    def select_audit(self, audit_id: str) -> bool:
        for r in range(self.proxy.rowCount()):
            index = self.proxy.index(r, 0)
            if index.data(AUDIT_ROLE) == audit_id:
                self.list.setCurrentIndex(index)
                return True
        return False

    def eventFilter(self, watched: Any, event: Any) -> bool:
        # arrow keys in the filter box move through the list, as in a search field
        if watched is self.filter_edit and event.type() == event.Type.KeyPress:
            if event.key() in (Qt.Key.Key_Down, Qt.Key.Key_Up, Qt.Key.Key_PageDown):
                self.list.setFocus()
                if not self.list.currentIndex().isValid() and self.proxy.rowCount():
                    self.list.setCurrentIndex(self.proxy.index(0, 0))
                return True
        return super().eventFilter(watched, event)

    def _loaded(self, rows: list[dict[str, Any]]) -> None:
        self.model.clear()
        for row in rows:
            item = QStandardItem(audit_label(row))
            item.setData(row["id"], AUDIT_ROLE)
            item.setToolTip(row["id"])
            self.model.appendRow(item)
        if rows:
            self.list.setCurrentIndex(self.proxy.index(0, 0))
            self.status.setText(self.tr("%n audit(s)", "", len(rows)))
        else:
            self.status.setText(self.tr("There are no audits yet."))
        self._update()

    def _filter(self, text: str) -> None:
        self.proxy.setFilterFixedString(text.strip())
        if self.proxy.rowCount() and not self.list.currentIndex().isValid():
            self.list.setCurrentIndex(self.proxy.index(0, 0))
        self._update()

    def _update(self) -> None:
        self.choose_button.setEnabled(self.list.currentIndex().isValid())

    def _choose(self) -> None:
        if self.selected_audit():
            self.accept()
