"""The participation page: the sessions of a period in a table, and the actions on them.

The record behind stipends and academic credit: a table of sessions for a period
(this month by default) with its totals, sessions added by hand or from an audit,
corrected, removed with confirmation, and the period exported as CSV. Each session
shows its state at the OIC (to send, sent, validated, disputed; the reason in the
tooltip and under the table); a validated one cannot be edited or removed, and the
page says why. The page reads the period and removes sessions; the dialogs, the
period row and the export are their own modules.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QSortFilterProxyModel, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from observer_desktop.services import reads
from observer_desktop.services import sessions as session_service
from observer_desktop.ui.backend import Backend
from observer_desktop.ui.changes import AuditChange
from observer_desktop.ui.errors import show_error
from observer_desktop.ui.participation.audit_picker import AuditPickerDialog
from observer_desktop.ui.participation.export import CsvExport
from observer_desktop.ui.participation.model import (
    SESSION_ID_ROLE,
    SORT_ROLE,
    SessionTableModel,
    hours_text,
)
from observer_desktop.ui.participation.period import PeriodBar
from observer_desktop.ui.participation.session_dialog import SessionDialog, prefill_from_audit
from observer_desktop.ui.tasks import TaskRunner


def _load_period(app: Any, date_from: str, date_to: str) -> dict[str, Any]:
    """The period's sessions and totals, with the titles of the audits they link to."""
    listing = session_service.list_sessions(app, date_from=date_from, date_to=date_to)
    titles: dict[str, str] = {}
    for row in listing["sessions"]:
        audit_id = row.get("audit_id")
        if audit_id and audit_id not in titles:
            audit = reads.audit_or_none(app, audit_id)
            titles[audit_id] = (audit or {}).get("title") or audit_id[:8]
    listing["audit_titles"] = titles
    return listing


class ParticipationPage(QWidget):
    """Participation sessions for a period, with totals, add/remove and CSV export.

    Signal: ``status_message(text)`` for the main window's status bar. What it changes
    reaches other views by the change signal (ui/changes.py); it reads the period again
    when another view changed the sessions.
    """

    status_message = Signal(str)

    def __init__(self, backend: Backend, tasks: TaskRunner, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("participationPage")
        self.backend = backend
        self.tasks = tasks
        self.listing: dict[str, Any] | None = None
        self._generation = 0
        self._select_after_reload: str | None = None
        self.session_dialog: SessionDialog | None = None
        tasks.changes.changed.connect(self._changed)

        layout = QVBoxLayout(self)
        title = QLabel(self.tr("Participation sessions"), self)
        font = title.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.2)
        title.setFont(font)
        layout.addWidget(title)
        self.period_bar = PeriodBar(self)
        layout.addWidget(self.period_bar)
        layout.addWidget(self._build_table(), 1)
        self.state_label = QLabel(self)
        self.state_label.setObjectName("sessionStateDetail")
        self.state_label.setWordWrap(True)
        self.state_label.setTextFormat(Qt.TextFormat.PlainText)  # the OIC's reason as text
        self.state_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.state_label.hide()
        layout.addWidget(self.state_label)
        self.empty_label = QLabel(self)
        self.empty_label.setObjectName("emptyLabel")
        self.empty_label.setWordWrap(True)
        self.empty_label.hide()
        layout.addWidget(self.empty_label)
        layout.addLayout(self._build_buttons())
        self.status_label = QLabel(self)
        self.status_label.setObjectName("participationStatus")
        self.status_label.setWordWrap(True)
        layout.addWidget(self.status_label)
        self.csv_export = CsvExport(backend, tasks, self)
        self.csv_export.message.connect(self._say)
        self._build_actions()
        self._set_tab_order()

        self.period_bar.changed.connect(self.reload)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_actions())
        self._update_actions()
        self.reload()

    def _build_table(self) -> QTableView:
        self.model = SessionTableModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.table = QTableView(self)
        self.table.setObjectName("sessionsTable")
        self.table.setAccessibleName(self.tr("Participation sessions"))
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(SessionTableModel.COL_DATE, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(SessionTableModel.COL_EVENT, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(SessionTableModel.COL_AUDIT, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(SessionTableModel.COL_NOTES, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(SessionTableModel.COL_STATE, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(SessionTableModel.COL_STATE, 110)
        header.resizeSection(SessionTableModel.COL_AUDIT, 220)
        header.resizeSection(SessionTableModel.COL_NOTES, 200)
        return self.table

    def _build_buttons(self) -> QHBoxLayout:
        buttons = QHBoxLayout()
        self.add_button = QPushButton(self.tr("&Add session…"), self)
        self.add_button.setObjectName("addSessionButton")
        self.from_audit_button = QPushButton(self.tr("Add from an a&udit…"), self)
        self.from_audit_button.setObjectName("addFromAuditButton")
        self.edit_button = QPushButton(self.tr("&Edit…"), self)
        self.edit_button.setObjectName("editSessionButton")
        self.remove_button = QPushButton(self.tr("&Remove"), self)
        self.remove_button.setObjectName("removeSessionButton")
        self.export_button = QPushButton(self.tr("E&xport CSV…"), self)
        self.export_button.setObjectName("exportButton")
        for b in (self.add_button, self.from_audit_button, self.edit_button, self.remove_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        buttons.addWidget(self.export_button)
        return buttons

    def _build_actions(self) -> None:
        """The page's actions (the main window can put them in its menus) and their buttons."""
        self.add_action = self._action(
            self.tr("Add session…"), [QKeySequence(Qt.Key.Key_Insert)], self.add_session
        )
        self.add_from_audit_action = self._action(
            self.tr("Add session from an audit…"), [], self.add_from_audit
        )
        self.edit_action = QAction(self.tr("Edit session…"), self)
        self.edit_action.setShortcuts([QKeySequence(Qt.Key.Key_F2)])
        self.edit_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.edit_action.triggered.connect(self.edit_selected)
        self.table.addAction(self.edit_action)
        self.table.activated.connect(lambda _index: self.edit_selected())  # Enter, double-click
        self.remove_action = QAction(self.tr("Remove session"), self)
        self.remove_action.setShortcut(QKeySequence.StandardKey.Delete)
        self.remove_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.remove_action.triggered.connect(self.remove_selected)
        self.table.addAction(self.remove_action)
        self.export_action = self._action(
            self.tr("Export period to CSV…"),
            [QKeySequence(Qt.Modifier.CTRL | Qt.Modifier.SHIFT | Qt.Key.Key_E)],
            self.export_csv,
        )
        self.add_button.clicked.connect(self.add_action.trigger)
        self.from_audit_button.clicked.connect(self.add_from_audit_action.trigger)
        self.edit_button.clicked.connect(self.edit_action.trigger)
        self.remove_button.clicked.connect(self.remove_action.trigger)
        self.export_button.clicked.connect(self.export_action.trigger)
        self.add_button.setToolTip(self.tr("Record a session by hand (Insert)"))
        self.export_button.setToolTip(
            self.tr("Save the sessions of this period as a spreadsheet file (Ctrl+Shift+E)")
        )

    def _set_tab_order(self) -> None:
        self.setTabOrder(self.period_bar.to_edit, self.table)
        self.setTabOrder(self.table, self.add_button)
        self.setTabOrder(self.add_button, self.from_audit_button)
        self.setTabOrder(self.from_audit_button, self.edit_button)
        self.setTabOrder(self.edit_button, self.remove_button)
        self.setTabOrder(self.remove_button, self.export_button)

    # ------------------------------------------------------------- public

    def period(self) -> tuple[str, str]:
        """The period shown, as ISO dates (inclusive)."""
        return self.period_bar.period()

    def set_period(self, date_from: str, date_to: str) -> None:
        """Show another period (ISO dates); the preset list says "other dates"."""
        self.period_bar.set_period(date_from, date_to)

    def reload(self) -> None:
        """Read the period's sessions again (off the UI thread)."""
        self.period_bar.stop_waiting()
        date_from, date_to = self.period()
        if date_to < date_from:
            self.model.set_rows([], {})
            self.listing = None
            self.period_bar.show_reversed()
            self._update_actions()
            return
        self._generation += 1
        generation = self._generation
        self.period_bar.show_loading()

        def loaded(listing: dict[str, Any]) -> None:
            if generation != self._generation:
                return  # an older period answered after a newer one was asked for
            self.listing = listing
            selected = self.selected_session()
            self.model.set_rows(listing["sessions"], listing["audit_titles"])
            self._show_totals(listing)
            if selected:
                self.select_session(selected)
            self._update_actions()

        def failed(exc: BaseException, tb: str) -> None:
            if generation == self._generation:
                self.period_bar.clear_totals()
            show_error(self, exc, tb)

        self.tasks.run(
            lambda: _load_period(self.backend.app(), date_from, date_to),
            on_success=loaded,
            on_failure=failed,
        )

    def selected_session(self) -> str | None:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].data(SESSION_ID_ROLE) if rows else None

    def select_session(self, session_id: str) -> bool:
        for r in range(self.proxy.rowCount()):
            index = self.proxy.index(r, 0)
            if index.data(SESSION_ID_ROLE) == session_id:
                self.table.selectRow(r)
                self.table.scrollTo(index)
                return True
        return False

    def add_session(self) -> None:
        self._open_session_dialog({})

    def add_from_audit(self) -> None:
        audit_id = self._pick_audit()
        if not audit_id:
            return
        self._say(self.tr("Reading the audit…"))
        self.tasks.run(
            lambda: prefill_from_audit(self.backend.app(), audit_id),
            on_success=self._open_session_dialog,
            on_failure=lambda exc, tb: show_error(self, exc, tb),
        )

    def edit_selected(self) -> None:
        session_id = self.selected_session()
        row = self.model.find(session_id) if session_id else None
        if row is None:
            return
        if row.get("state") == "validated":  # Enter or a double-click on a locked one
            self._say(self.model.state_detail(row))
            return
        self._open(SessionDialog(self.backend, self.tasks, None, self, session=row))

    def remove_selected(self) -> None:
        session_id = self.selected_session()
        if not session_id:
            return
        row = self.model.find(session_id)
        if row is not None and row.get("state") == "validated":
            self._say(self.model.state_detail(row))
            return
        if row is None or not self._confirm_remove(row):
            return

        def removed(_row: dict) -> None:
            self._say(
                self.tr("Session removed: %1 (%2).")
                .replace("%1", row["event"])
                .replace("%2", row["date"])
            )
            self.reload()

        self.tasks.run_op(
            lambda: session_service.remove_session(self.backend.app(), session_id),
            initiator=self,
            change=AuditChange(None, sessions=True),
        ).success(removed).failure(lambda exc, tb: show_error(self, exc, tb))

    def _changed(self, change: AuditChange, initiator: object) -> None:
        """Sessions changed elsewhere (its own saves and removals read the period already)."""
        if change.sessions and initiator is not self and initiator is not self.session_dialog:
            self.reload()

    def export_csv(self) -> None:
        date_from, date_to = self.period()
        if date_to < date_from:
            return
        self.csv_export.run(date_from, date_to)

    # ----------------------------------------------- overridable for tests

    def _pick_audit(self) -> str | None:
        dialog = AuditPickerDialog(self.backend, self.tasks, self)
        try:
            if dialog.exec() == QDialog.DialogCode.Accepted:
                return dialog.selected_audit()
            return None
        finally:
            dialog.deleteLater()

    def _confirm_remove(self, row: dict[str, Any]) -> bool:
        answer = QMessageBox.question(
            self,
            self.tr("Remove session"),
            self.tr("Remove the session «%1» of %2 (%3 hours)? This cannot be undone.")
            .replace("%1", row["event"])
            .replace("%2", row["date"])
            .replace("%3", hours_text(row["hours"])),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def _show_session_dialog(self, dialog: SessionDialog) -> None:
        dialog.open()

    # ----------------------------------------------------------- internals

    def _open_session_dialog(self, prefill: dict[str, Any]) -> None:
        if prefill:
            self._say("")
        self._open(SessionDialog(self.backend, self.tasks, prefill, self))

    def _open(self, dialog: SessionDialog) -> None:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.saved.connect(self._session_saved)
        dialog.finished.connect(lambda _code: self._forget_dialog(dialog))
        self.session_dialog = dialog
        self._show_session_dialog(dialog)

    def _forget_dialog(self, dialog: SessionDialog) -> None:
        if self.session_dialog is dialog:
            self.session_dialog = None

    def _session_saved(self, row: dict[str, Any]) -> None:
        date_from, date_to = self.period()
        if date_from <= row["date"] <= date_to:
            self._say(
                self.tr("Session saved: %1 (%2 hours).")
                .replace("%1", row["event"])
                .replace("%2", hours_text(row["hours"]))
            )
        else:
            self._say(
                self.tr("Session saved on %1, outside the period shown.").replace("%1", row["date"])
            )
        self.reload()
        self._select_after_reload = row["id"]

    def _show_totals(self, listing: dict[str, Any]) -> None:
        count = listing["total_sessions"]
        self.period_bar.show_totals(count, listing["total_hours"])
        if count == 0:
            self.empty_label.setText(
                self.tr(
                    "No sessions in this period. Use “Add session…” after each event you "
                    "attend, or choose another period."
                )
            )
            self.empty_label.show()
        else:
            self.empty_label.hide()
        pending = self._select_after_reload
        if pending:
            self._select_after_reload = None
            self.select_session(pending)

    def _update_actions(self) -> None:
        selected = self.selected_session()
        row = self.model.find(selected) if selected else None
        locked = row is not None and row.get("state") == "validated"
        for widget in (self.edit_action, self.edit_button, self.remove_action, self.remove_button):
            widget.setEnabled(row is not None and not locked)
        if locked:
            why = self.model.state_detail(row)
            self.edit_button.setToolTip(why)
            self.remove_button.setToolTip(why)
        else:
            self.edit_button.setToolTip(self.tr("Correct the selected session (F2 or Enter)"))
            self.remove_button.setToolTip(self.tr("Remove the selected session (Delete)"))
        if row is not None:
            self.state_label.setText(self.model.state_detail(row))
            self.state_label.show()
        else:
            self.state_label.clear()
            self.state_label.hide()
        valid = self.period_bar.is_valid()
        self.export_action.setEnabled(valid)
        self.export_button.setEnabled(valid)

    def _action(self, text: str, shortcuts: list[QKeySequence], slot: Any) -> QAction:
        act = QAction(text, self)
        act.setShortcuts(shortcuts)
        act.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        act.triggered.connect(slot)
        self.addAction(act)
        return act

    def _say(self, text: str) -> None:
        self.status_label.setText(text)
        if text:
            self.status_message.emit(text)
