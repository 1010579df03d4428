"""The desktop entry point and the main window.

The main window holds three pages in a stack: the list of audits, the audit
(editor beside its evidence) and participation. Menus carry every action with
a shortcut; the status bar always says whether there is unsent work and
whether the OIC server answers. Nothing here touches the database or files on
the UI thread: see ``docs/ui.md``.
"""

from __future__ import annotations

import argparse
import json
import logging
import logging.handlers
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QByteArray,
    QCoreApplication,
    QDate,
    QEvent,
    QObject,
    Qt,
    QTimer,
    QUrl,
    Signal,
)
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtNetwork import QNetworkAccessManager, QNetworkReply, QNetworkRequest
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from observer_desktop import __version__
from observer_desktop.core.files import private_dir
from observer_desktop.logs import setup_logging
from observer_desktop.services import settings as settings_service
from observer_desktop.services.reads import resolve_data_dir
from observer_desktop.ui import i18n
from observer_desktop.ui.backend import Backend
from observer_desktop.ui.changes import AuditChange
from observer_desktop.ui.diagnostics import DiagnosticsDialog, app_icon, install_crash_dialog
from observer_desktop.ui.errors import show_error
from observer_desktop.ui.models import (
    AUDIT_ID_ROLE,
    STATUS_LABELS,
    UNSENT_STATUSES,
    AuditTableModel,
    replaced_suffix,
    status_label,
)
from observer_desktop.ui.open_files import FileOpener
from observer_desktop.ui.single_instance import LOCK_NAME, SingleInstance
from observer_desktop.ui.sync.controller import SyncController
from observer_desktop.ui.sync.status_widget import SyncStatusWidget
from observer_desktop.ui.tasks import TaskRunner

__all__ = ["Backend", "MainWindow", "main"]

log = logging.getLogger(__name__)

PAGE_LIST, PAGE_AUDIT, PAGE_PARTICIPATION = range(3)
SERVER_CHECK_MS = 60_000
MAX_FILES_OPENED_AT_ONCE = 5  # dropped on the list: each opens a dialog


class AuditListPage(QWidget):
    """Search, filters, the sortable table and counts by status."""

    open_requested = Signal(str)
    new_requested = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.model = AuditTableModel(self)

        self.new_button = QPushButton(self.tr("&New audit"), self)
        self.new_button.setObjectName("newAuditButton")
        self.new_button.setDefault(False)
        self.new_button.setMinimumHeight(36)
        self.new_button.setStyleSheet("font-weight: bold; padding: 4px 16px;")
        self.new_button.setToolTip(self.tr("Start auditing a procurement process (Ctrl+N)"))
        self.new_button.clicked.connect(self.new_requested)

        self.search = QLineEdit(self)
        self.search.setObjectName("searchField")
        self.search.setPlaceholderText(
            self.tr("Search by process number, convening unit or text (Ctrl+F)")
        )
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(self.tr("Search audits"))
        self.search.returnPressed.connect(self.focus_table)
        self.search.installEventFilter(self)

        self.status_filter = QComboBox(self)
        self.status_filter.setObjectName("statusFilter")
        self.status_filter.setAccessibleName(self.tr("Filter by status"))
        self.status_filter.addItem(self.tr("All statuses"), None)
        for key in STATUS_LABELS:
            self.status_filter.addItem(status_label(key), key)

        self.form_filter = QComboBox(self)
        self.form_filter.setObjectName("formFilter")
        self.form_filter.setAccessibleName(self.tr("Filter by checklist"))
        self.form_filter.addItem(self.tr("All checklists"), None)

        self.date_check = QCheckBox(self.tr("&Dates"), self)
        self.date_check.setObjectName("dateFilterCheck")
        self.date_check.setToolTip(self.tr("Show only audits whose event is between these dates"))
        today = QDate.currentDate()
        self.date_from = QDateEdit(today.addMonths(-3), self)
        self.date_to = QDateEdit(today, self)
        for edit, name in ((self.date_from, "dateFrom"), (self.date_to, "dateTo")):
            edit.setObjectName(name)
            edit.setCalendarPopup(True)
            edit.setDisplayFormat(i18n.date_pattern())
            edit.setEnabled(False)
        self.date_from.setAccessibleName(self.tr("From date"))
        self.date_to.setAccessibleName(self.tr("To date"))
        self.date_check.toggled.connect(self.date_from.setEnabled)
        self.date_check.toggled.connect(self.date_to.setEnabled)

        self.table = QTableView(self)
        self.table.setObjectName("auditTable")
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(AuditTableModel.COL_UPDATED, Qt.SortOrder.DescendingOrder)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(26)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(AuditTableModel.COL_TITLE, QHeaderView.ResizeMode.Stretch)
        # fixed columns as wide as their widest text in this language and font, no wider:
        # the process column, the one read, takes the rest (it was squeezed to three
        # letters at 800 px, and "Fecha del evento" cut to "echa del event")
        for col, width in self._column_widths().items():
            header.resizeSection(col, width)
        self.table.setAccessibleName(self.tr("List of audits"))
        self.table.activated.connect(self._activated)
        self.table.doubleClicked.connect(self._activated)

        self.empty_label = QLabel(self)
        self.empty_label.setObjectName("emptyLabel")
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)
        self.empty_label.setStyleSheet("font-size: 14px; color: #555; padding: 24px;")

        top = QHBoxLayout()
        top.addWidget(self.new_button)
        top.addSpacing(12)
        search_label = QLabel(self.tr("&Search:"), self)
        search_label.setBuddy(self.search)
        top.addWidget(search_label)
        top.addWidget(self.search, 1)
        filters = QHBoxLayout()
        status_label_w = QLabel(self.tr("S&tatus:"), self)
        status_label_w.setBuddy(self.status_filter)
        form_label = QLabel(self.tr("&Checklist:"), self)
        form_label.setBuddy(self.form_filter)
        filters.addWidget(status_label_w)
        filters.addWidget(self.status_filter)
        filters.addSpacing(8)
        filters.addWidget(form_label)
        filters.addWidget(self.form_filter, 1)
        filters.addSpacing(8)
        filters.addWidget(self.date_check)
        filters.addWidget(self.date_from)
        filters.addWidget(QLabel("–", self))
        filters.addWidget(self.date_to)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(filters)
        self.table_stack = QStackedWidget(self)  # the table, or a centred message
        self.table_stack.addWidget(self.table)
        self.table_stack.addWidget(self.empty_label)
        layout.addWidget(self.table_stack, 1)

        QWidget.setTabOrder(self.new_button, self.search)
        QWidget.setTabOrder(self.search, self.status_filter)
        QWidget.setTabOrder(self.status_filter, self.form_filter)
        QWidget.setTabOrder(self.form_filter, self.date_check)
        QWidget.setTabOrder(self.date_check, self.date_from)
        QWidget.setTabOrder(self.date_from, self.date_to)
        QWidget.setTabOrder(self.date_to, self.table)

    def filters(self) -> dict[str, Any]:
        dates = self.date_check.isChecked()
        return {
            "text": self.search.text(),
            "status": self.status_filter.currentData(),
            "form_id": self.form_filter.currentData(),
            "date_from": self.date_from.date().toString("yyyy-MM-dd") if dates else None,
            "date_to": self.date_to.date().toString("yyyy-MM-dd") if dates else None,
        }

    def set_forms(self, forms: dict[str, str]) -> None:
        current = self.form_filter.currentData()
        known = {self.form_filter.itemData(i) for i in range(1, self.form_filter.count())}
        if known == set(forms):
            return
        self.form_filter.blockSignals(True)
        while self.form_filter.count() > 1:
            self.form_filter.removeItem(1)
        for form_id, title in sorted(forms.items(), key=lambda kv: kv[1]):
            self.form_filter.addItem(title, form_id)
        index = self.form_filter.findData(current)
        self.form_filter.setCurrentIndex(max(0, index))
        self.form_filter.blockSignals(False)

    def selected_audit(self) -> str | None:
        index = self.table.currentIndex()
        return index.data(AUDIT_ID_ROLE) if index.isValid() else None

    def _column_widths(self) -> dict[int, int]:
        m = AuditTableModel
        cells = self.table.fontMetrics()
        heads = self.table.horizontalHeader().fontMetrics()
        titles = self.model.headers()
        samples = {
            m.COL_STATUS: [status_label(k) + replaced_suffix() for k in STATUS_LABELS],
            m.COL_DATE: [i18n.date_text("2026-12-28")],
            m.COL_VERSION: ["99"],
            m.COL_UPDATED: [i18n.local_time("2026-12-28T23:59:00Z")],
        }
        widths = {
            col: max(
                [heads.horizontalAdvance(titles[col]) + 24]  # the sort arrow
                + [cells.horizontalAdvance(t) + 12 for t in texts]
            )
            for col, texts in samples.items()
        }
        widths[m.COL_FORM] = cells.averageCharWidth() * 26  # a checklist title, elided
        return widths

    def select_audit(self, audit_id: str) -> None:
        row = self.model.row_for(audit_id)
        if row is not None:
            index = self.model.index(row, 0)
            self.table.setCurrentIndex(index)
            self.table.scrollTo(index)

    def focus_table(self) -> None:
        """Into the list with a row selected, so Enter opens it straight away."""
        if self.model.rowCount() and not self.table.currentIndex().isValid():
            self.table.setCurrentIndex(self.model.index(0, 0))
        self.table.setFocus()

    def eventFilter(self, watched, event) -> bool:
        if (
            watched is self.search
            and event.type() == QEvent.Type.KeyPress
            and event.key() == Qt.Key.Key_Down
        ):
            self.focus_table()
            return True
        return super().eventFilter(watched, event)

    def _activated(self, index) -> None:
        audit_id = index.data(AUDIT_ID_ROLE)
        if audit_id:
            self.open_requested.emit(audit_id)


class AuditPage(QWidget):
    """One audit: the editor, and its evidence beside it."""

    def __init__(self, backend: Backend, tasks: TaskRunner, parent: QWidget | None = None):
        super().__init__(parent)
        from observer_desktop.ui.audit_editor import AuditEditor
        from observer_desktop.ui.evidence.panel import EvidencePanel

        self.editor = AuditEditor(backend, tasks, self)
        self.evidence = EvidencePanel(backend, tasks, self)
        self.back_button = QPushButton(self.tr("← Back to the &list"), self)
        self.back_button.setObjectName("backButton")
        self.back_button.setToolTip(self.tr("Back to the list of audits (Alt+Left)"))
        self.back_button.setFlat(True)
        top = QHBoxLayout()
        top.addWidget(self.back_button)
        top.addStretch(1)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(self.editor)
        self.splitter.addWidget(self.evidence)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 0)
        layout.addLayout(top)
        layout.addWidget(self.splitter, 1)
        # the editor's keys (F8, Ctrl+Shift+H, Ctrl+Shift+F…) work wherever the focus is in
        # the open audit, the evidence panel included; not on the list or other pages
        for action in self.editor.keyboard_actions:
            self.addAction(action)


class MainWindow(QMainWindow):
    """The observer's window. ``language_changed`` asks ``main`` to rebuild it."""

    language_changed = Signal(str)

    def __init__(self, backend: Backend, tasks: TaskRunner, *, first_run_check: bool = True):
        super().__init__()
        self.backend = backend
        self.tasks = tasks
        self.setObjectName("mainWindow")
        self.setWindowTitle(self.tr("Observador — Citizen audits"))
        self.setAcceptDrops(True)
        self._generation = 0
        self._open_audit: dict | None = None
        self._dialogs: list[QWidget] = []
        self.server_url: str | None = None
        self.server_state = "unknown"
        self.unsent = 0

        self.stack = QStackedWidget(self)
        self.list_page = AuditListPage(self)
        self.model = self.list_page.model  # the tests' and the bench's handle
        self.search = self.list_page.search
        self.status_filter = self.list_page.status_filter
        self.stack.addWidget(self.list_page)
        self.audit_page: AuditPage | None = None
        self.participation = None
        self.stack.addWidget(QWidget(self))  # audit page, built on first use
        self.stack.addWidget(QWidget(self))  # participation page, built on first use
        self.setCentralWidget(self.stack)
        self.stack.currentChanged.connect(self._page_changed)

        # sync with the OIC (ui/sync/): its menu, status bar part and background runs
        self.sync = SyncController(backend, tasks, self)
        self.files = FileOpener(self, backend, tasks)  # dropped files, packages
        self.files.imported.connect(self.open_audit)
        self.files.verify_requested.connect(self.verify_pdf)
        # what any view changed (ui/changes.py): the list, counts and the open audit follow
        tasks.changes.changed.connect(self._changed)
        self._build_actions()
        self._build_menus()
        self._build_status_bar()

        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(150)
        self._debounce.timeout.connect(self.refresh)
        lp = self.list_page
        lp.search.textChanged.connect(self._debounce.start)
        lp.status_filter.currentIndexChanged.connect(self.refresh)
        lp.form_filter.currentIndexChanged.connect(self.refresh)
        lp.date_check.toggled.connect(self.refresh)
        lp.date_from.dateChanged.connect(self._debounce.start)
        lp.date_to.dateChanged.connect(self._debounce.start)
        lp.open_requested.connect(self.open_audit)
        lp.new_requested.connect(self.new_audit)

        self.network = QNetworkAccessManager(self)
        self._server_timer = QTimer(self)
        self._server_timer.setInterval(SERVER_CHECK_MS)
        self._server_timer.timeout.connect(self.check_server)
        self._server_timer.start()
        self.sync.check_requested.connect(self.check_server)
        self.sync.sync_finished.connect(self._synced)
        self.sync.open_audit_requested.connect(self.open_audit)
        self.sync.logged_in.connect(lambda *_: self._load_app_state(False))  # new address
        self.sync.logged_out.connect(lambda *_: self._load_app_state(False))
        self.sync.message.connect(lambda text: self.flash(text, 10000))

        self._restore_geometry()
        self.refresh()
        self._load_app_state(first_run_check)

    # ------------------------------------------------------------- actions

    def _action(self, text: str, slot, shortcut=None, name: str = "") -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        if name:
            action.setObjectName(name)
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def _build_actions(self) -> None:
        self.act_new = self._action(self.tr("&New audit…"), self.new_audit, "Ctrl+N", "actNew")
        self.act_verify = self._action(
            self.tr("&Verify a PDF report…"), self.choose_pdf_to_verify, "Ctrl+O", "actVerify"
        )
        self.act_settings = self._action(
            self.tr("&Settings…"), self.open_settings, "Ctrl+,", "actSettings"
        )
        self.act_quit = self._action(self.tr("&Quit"), self.close, QKeySequence.StandardKey.Quit)
        self.act_list = self._action(self.tr("&Audits"), self.show_list, "Ctrl+1", "actShowList")
        self.act_participation = self._action(
            self.tr("&Participation"), self.show_participation, "Ctrl+2", "actParticipation"
        )
        self.act_search = self._action(
            self.tr("&Search audits"), self.focus_search, QKeySequence.StandardKey.Find, "actSearch"
        )
        self.act_refresh = self._action(
            self.tr("&Refresh"), self.refresh, QKeySequence.StandardKey.Refresh, "actRefresh"
        )
        self.act_back = self._action(self.tr("&Back to the list"), self.show_list, "Alt+Left")
        self.act_open = self._action(self.tr("&Open selected audit"), self._open_selected)
        self.act_add_evidence = self._action(
            self.tr("Add &evidence…"), self.add_evidence, "Ctrl+E", "actAddEvidence"
        )
        self.act_report = self._action(
            self.tr("Signed &report…"), self.open_report, "Ctrl+P", "actReport"
        )
        self.act_import_package = self._action(
            self.tr("&Import audit package…"),
            self.files.choose_package_to_import,
            "Ctrl+Shift+I",
            "actImportPackage",
        )
        self.act_export_package = self._action(
            self.tr("E&xport audit package…"),
            self.export_package,
            "Ctrl+Shift+X",
            "actExportPackage",
        )
        self.act_about = self._action(self.tr("&About Observador"), self.about, "F1")
        for action in (self.act_add_evidence, self.act_report):
            action.setEnabled(False)

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        for action in (
            self.act_new,
            self.act_verify,
            self.act_import_package,
            None,
            self.act_settings,
            None,
            self.act_quit,
        ):
            file_menu.addSeparator() if action is None else file_menu.addAction(action)
        self.audit_menu = bar.addMenu(self.tr("A&udit"))
        self.audit_menu.addAction(self.act_open)
        self.audit_menu.addAction(self.act_add_evidence)
        self.audit_menu.addAction(self.act_report)
        self.audit_menu.addAction(self.act_export_package)
        self.audit_menu.addSeparator()
        self._editor_actions_anchor = self.audit_menu.addSeparator()
        self.audit_menu.addAction(self.act_back)
        view = bar.addMenu(self.tr("&View"))
        for action in (
            self.act_list,
            self.act_participation,
            None,
            self.act_search,
            self.act_refresh,
        ):
            view.addSeparator() if action is None else view.addAction(action)
        self.sync_menu = bar.addMenu(self.tr("&Sending"))
        self.sync.fill_menu(self.sync_menu)
        help_menu = bar.addMenu(self.tr("He&lp"))
        help_menu.addAction(self.act_about)

    def _build_status_bar(self) -> None:
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
        self.statusBar().addWidget(self.counts_label)
        self.statusBar().addWidget(self.flash_label, 1)
        self.sync_status = SyncStatusWidget(self.sync, self)  # last result, or progress
        self.statusBar().addPermanentWidget(self.unsent_label)
        self.statusBar().addPermanentWidget(self.sync_status)
        self.statusBar().addPermanentWidget(self.server_label)
        self._show_server_state()

    def flash(self, text: str, msecs: int = 10000) -> None:
        """A passing message beside the counters, gone after ``msecs``."""
        self.flash_label.setText(text)
        self.flash_label.setToolTip(text)
        self._flash_timer.start(msecs)

    # ------------------------------------------------------------- list

    def refresh(self) -> None:
        self._generation += 1
        generation = self._generation
        filters = self.list_page.filters()
        self.counts_label.setText(self.tr("Loading…"))

        def loaded(result: dict) -> None:
            if generation != self._generation:
                return  # an older query finished after a newer one was asked for
            selected = self.list_page.selected_audit()
            self.model.set_rows(result["rows"], result["forms"])
            self.list_page.set_forms(result["forms"])
            if selected:
                self.list_page.select_audit(selected)
            elif self.model.rowCount():
                self.list_page.table.setCurrentIndex(self.model.index(0, 0))
            counts = result["counts"]
            total = sum(counts.values())
            parts = [f"{status_label(k)}: {counts[k]}" for k in STATUS_LABELS if counts.get(k)]
            shown = (
                self.tr("Showing %1 of %2 audits")
                .replace("%1", str(len(result["rows"])))
                .replace("%2", str(total))
            )
            self.counts_label.setText(shown + ("  ·  " + "  ·  ".join(parts) if parts else ""))
            self.unsent = sum(counts.get(k, 0) for k in UNSENT_STATUSES)
            self._show_unsent()
            self.sync.unsent_changed(self.unsent)
            empty = self.list_page.empty_label
            if total == 0:
                empty.setText(
                    self.tr("No audits yet. Press “New audit” (Ctrl+N) to start the first one.")
                )
            elif not result["rows"]:
                empty.setText(self.tr("No audit matches the search and filters."))
            self.list_page.table_stack.setCurrentIndex(0 if result["rows"] else 1)
            if result["problems"]:
                self.flash(
                    self.tr("%1 checklist file(s) have errors and were not loaded").replace(
                        "%1", str(len(result["problems"]))
                    ),
                    10000,
                )

        self.tasks.run(
            lambda: self.backend.load_audits(**filters),
            on_success=loaded,
            on_failure=self.show_error,
        )

    def focus_search(self) -> None:
        self.show_list()
        self.list_page.search.setFocus()
        self.list_page.search.selectAll()

    def _open_selected(self) -> None:
        audit_id = self.list_page.selected_audit()
        if audit_id:
            self.open_audit(audit_id)

    # ------------------------------------------------------------- pages

    def _ensure_audit_page(self) -> AuditPage:
        if self.audit_page is None:
            page = AuditPage(self.backend, self.tasks, self)
            old = self.stack.widget(PAGE_AUDIT)
            self.stack.insertWidget(PAGE_AUDIT, page)
            self.stack.removeWidget(old)
            old.deleteLater()
            page.back_button.clicked.connect(self.show_list)
            editor, evidence = page.editor, page.evidence
            editor.new_version_created.connect(self._new_version_created)
            editor.request_evidence.connect(self._evidence_for_question)
            editor.request_report.connect(lambda _id: self.open_report())
            # the editor's own actions (next/previous question, finalize…) enable
            # themselves and act while the focus is inside the editor
            for action in editor.actions():
                self.audit_menu.insertAction(self._editor_actions_anchor, action)
            evidence_menu = self.audit_menu.addMenu(self.tr("E&vidence"))
            for action in evidence.evidence_actions():
                if action is not evidence.action_add:  # the window's Ctrl+E triggers it
                    evidence_menu.addAction(action)
            self.audit_page = page
        return self.audit_page

    def open_audit(self, audit_id: str) -> None:
        page = self._ensure_audit_page()
        self.stack.setCurrentIndex(PAGE_AUDIT)
        page.editor.open_audit(audit_id)
        self._show_open_audit(audit_id)

    def _show_open_audit(self, audit_id: str) -> None:
        """What the window offers for the open audit: evidence, report, title."""
        page = self._ensure_audit_page()

        def loaded(audit: dict) -> None:
            self._open_audit = audit
            editable = audit["status"] == "draft"
            page.evidence.set_audit(audit["id"], editable)
            self.act_add_evidence.setEnabled(editable)
            self.act_report.setEnabled(audit["status"] != "draft")
            self.backend.settings().setValue("last_audit", audit["id"])
            self.setWindowTitle(
                self.tr("Observador — %1").replace("%1", audit.get("title") or audit["id"][:8])
            )

        self.tasks.run(
            lambda: self.backend.app().resolve_audit(audit_id),
            on_success=loaded,
            on_failure=self.show_error,
        )

    def show_list(self) -> None:
        if self.audit_page is not None and self.stack.currentIndex() == PAGE_AUDIT:
            self.audit_page.editor.flush()
        self.stack.setCurrentIndex(PAGE_LIST)
        self.act_add_evidence.setEnabled(False)
        self.act_report.setEnabled(False)
        self.setWindowTitle(self.tr("Observador — Citizen audits"))
        self.backend.settings().remove("last_audit")
        self.refresh()
        if self._open_audit:
            self.list_page.select_audit(self._open_audit["id"])
        self._open_audit = None
        self.list_page.table.setFocus()

    def _page_changed(self, index: int) -> None:
        self.counts_label.setVisible(index == PAGE_LIST)
        if index == PAGE_PARTICIPATION:
            self.setWindowTitle(self.tr("Observador — Participation"))

    def show_participation(self) -> None:
        if self.participation is None:
            from observer_desktop.ui.participation.page import ParticipationPage

            self.participation = ParticipationPage(self.backend, self.tasks, self)
            self.participation.status_message.connect(lambda text: self.flash(text, 8000))
            old = self.stack.widget(PAGE_PARTICIPATION)
            self.stack.insertWidget(PAGE_PARTICIPATION, self.participation)
            self.stack.removeWidget(old)
            old.deleteLater()
        if self.audit_page is not None and self.stack.currentIndex() == PAGE_AUDIT:
            self.audit_page.editor.flush()
        self.stack.setCurrentIndex(PAGE_PARTICIPATION)
        self.participation.reload()

    def _changed(self, change: AuditChange, _initiator: object) -> None:
        """Any view changed data: the list and counts follow (debounced: not a query per
        keystroke); a new status of the open audit changes what the window offers."""
        if change.listed:
            self._debounce.start()
        shown = self._open_audit["id"] if self._open_audit else None
        if change.status and shown in change.touched:
            self._show_open_audit(shown)

    def _synced(self, outcome: Any) -> None:
        """A sync ended: what it learnt about the server. (The audits it delivered or saw
        reviewed reach the list and the editor by the change signal, ui/changes.py.)"""
        result = outcome.result
        if result is not None and self.server_url and not outcome.skipped:
            # what the sync just learnt about the server beats the last periodic check
            # (the bar said "reachable" for up to a minute while the sync said offline)
            if result.error_code in ("network", "stalled", "tls"):
                self.server_state = "offline"
            elif result.error is None:
                self.server_state = "online"
            self._show_server_state()

    def _new_version_created(self, new_id: str) -> None:
        self.open_audit(new_id)  # the list follows the change signal

    def _evidence_for_question(self, question_id: str, item: Any = None) -> None:
        if self.audit_page is None:
            return
        if not self.act_add_evidence.isEnabled():  # a closed audit: its evidence is beside it
            self.audit_page.evidence.view.setFocus()
            self.flash(
                self.tr("This audit is closed: its evidence is in the panel on the right."), 8000
            )
            return
        self.audit_page.evidence.choose_files(  # in the folder used last, as "Add evidence"
            question_id=question_id, item=item, title=self.tr("Evidence for this question")
        )

    # ------------------------------------------------------------- dialogs

    def _keep(self, dialog: QWidget) -> QWidget:
        self._dialogs.append(dialog)
        dialog.destroyed.connect(
            lambda *_: self._dialogs.remove(dialog) if dialog in self._dialogs else None
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        return dialog

    def new_audit(self) -> None:
        from observer_desktop.ui.new_audit import NewAuditDialog

        dialog = self._keep(NewAuditDialog(self.backend, self.tasks, self))
        dialog.created.connect(self._created)
        dialog.open()

    def _created(self, audit_id: str) -> None:
        self.open_audit(audit_id)  # the list follows the change signal

    def add_evidence(self) -> None:
        if self.audit_page is not None and self.stack.currentIndex() == PAGE_AUDIT:
            self.audit_page.evidence.action_add.trigger()

    def open_report(self) -> None:
        if not self._open_audit or self._open_audit["status"] == "draft":
            return
        from observer_desktop.ui.reports.report_dialog import ReportDialog

        dialog = self._keep(ReportDialog(self.backend, self.tasks, self._open_audit["id"], self))
        dialog.open()

    def export_package(self) -> None:
        """The open audit, or the one selected in the list, as a package file."""
        if self.stack.currentIndex() == PAGE_AUDIT and self._open_audit:
            audit_id = self._open_audit["id"]
        elif self.stack.currentIndex() == PAGE_LIST:
            audit_id = self.list_page.selected_audit()
        else:
            audit_id = None
        if not audit_id:
            self.flash(self.tr("Select an audit in the list (or open one) to export it."), 8000)
            return
        if self.audit_page is not None and self.stack.currentIndex() == PAGE_AUDIT:
            self.audit_page.editor.flush()  # the last answer typed goes in the package
        self.tasks.run(
            lambda: self.backend.app().resolve_audit(audit_id),
            on_success=self.files.choose_export_target,
            on_failure=self.show_error,
        )

    def choose_pdf_to_verify(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Verify a PDF report"), str(Path.home()), self.tr("PDF files (*.pdf)")
        )
        if path:
            self.verify_pdf(path)

    def verify_pdf(self, path: str) -> None:
        from observer_desktop.ui.reports.verify_dialog import VerifyDialog

        dialog = self._keep(VerifyDialog(self.backend, self.tasks, path, self))
        dialog.open()

    def open_settings(self) -> None:
        from observer_desktop.ui.settings_dialog import SettingsDialog

        dialog = self._keep(SettingsDialog(self.backend, self.tasks, self))
        dialog.language_changed.connect(self.language_changed)
        dialog.finished.connect(lambda *_: self._load_app_state(False))
        dialog.finished.connect(lambda *_: self.sync.refresh_status())  # sync.auto may change
        dialog.open()

    def run_first_run(self) -> None:
        from observer_desktop.ui.wizard.assistant import FirstRunWizard

        wizard = self._keep(FirstRunWizard(self.backend, self.tasks, self))
        wizard.completed.connect(lambda: self._load_app_state(False))
        wizard.open()

    def about(self) -> None:
        self._keep(DiagnosticsDialog(self.backend, self.tasks, self)).open()

    def show_error(self, exc: BaseException, details: str) -> None:
        self.counts_label.setText("")
        show_error(self, exc, details)

    # ------------------------------------------------------------- drag and drop

    def dragEnterEvent(self, event) -> None:
        if event.mimeData().hasUrls() and any(u.isLocalFile() for u in event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:
        paths = [u.toLocalFile() for u in event.mimeData().urls() if u.isLocalFile()]
        on_audit = self.stack.currentIndex() == PAGE_AUDIT and self.act_add_evidence.isEnabled()
        if on_audit and self.audit_page is not None:
            # an open draft takes the files as evidence (PDFs too: scans, contracts)
            self.audit_page.evidence.add_files(paths)
        elif paths:
            # elsewhere, as a double-click would: a PDF is verified, a package imported
            self.files.open_paths(paths[:MAX_FILES_OPENED_AT_ONCE])
        event.acceptProposedAction()

    # ------------------------------------------------------------- state

    def _load_app_state(self, first_run_check: bool) -> None:
        def loaded(state: dict) -> None:
            self.server_url = state["server_url"]
            self.check_server()
            if first_run_check and state["profile"] is None:
                self.run_first_run()
            elif first_run_check and state["last_audit"]:
                self.open_audit(state["last_audit"])

        last = self.backend.settings().value("last_audit")

        def read() -> dict:
            app = self.backend.app()
            last_ok = None
            if last:
                try:
                    last_ok = app.resolve_audit(str(last))["id"]
                except Exception:  # deleted or another folder: start on the list
                    last_ok = None
            return {
                "profile": app.profile(),
                "server_url": settings_service.server_url(app),
                "last_audit": last_ok,
            }

        self.tasks.run(read, on_success=loaded, on_failure=self.show_error)

    def _show_unsent(self) -> None:
        if self.unsent:
            self.unsent_label.setText(
                self.tr("⬆ %n finished audit(s) not sent yet", "", self.unsent)
            )
            self.unsent_label.setStyleSheet("color: #8a5300; font-weight: bold;")
        else:
            self.unsent_label.setText(self.tr("✓ Nothing waiting to be sent"))
            self.unsent_label.setStyleSheet("color: #2e6b2e;")

    def check_server(self) -> None:
        """Ask the OIC server's /api/v1/meta without blocking (Qt's own network thread)."""
        if not self.server_url:
            self.server_state = "unset"
            self._show_server_state()
            return
        url = QUrl(self.server_url.rstrip("/") + "/api/v1/meta")
        request = QNetworkRequest(url)
        request.setTransferTimeout(5000)
        status = self.sync.status
        if status is not None and status.ca_pem and self.server_url.startswith("https://"):
            # a server certificate from the pinned OIC CA (oic-server init --hostname)
            from PySide6.QtNetwork import QSslCertificate

            ssl = request.sslConfiguration()
            ssl.addCaCertificates(QSslCertificate.fromData(status.ca_pem.encode("ascii")))
            request.setSslConfiguration(ssl)
        reply = self.network.get(request)  # the server answers GET only (HEAD is 405)

        def finished() -> None:
            ok = reply.error() == QNetworkReply.NetworkError.NoError
            if ok:  # an OIC server, not a hotel's login page answering everything
                try:
                    ok = "protocol" in json.loads(bytes(reply.readAll().data()))
                except (ValueError, TypeError):
                    ok = False
            self.server_state = "online" if ok else "offline"
            reply.deleteLater()
            self._show_server_state()
            self.sync.server_checked(ok)  # reachable: a background sync may start

        reply.finished.connect(finished)

    def _show_server_state(self) -> None:
        texts = {
            "unset": (self.tr("Server: not configured"), "color: #666;"),
            "unknown": (self.tr("Server: checking…"), "color: #666;"),
            "online": (self.tr("● Server reachable"), "color: #2e6b2e;"),
            "offline": (self.tr("○ Server not reachable (working offline)"), "color: #8a5300;"),
        }
        text, style = texts[self.server_state]
        self.server_label.setText(text)
        self.server_label.setStyleSheet(style)
        if self.server_url:
            self.server_label.setToolTip(self.server_url)

    def _restore_geometry(self) -> None:
        geometry = self.backend.settings().value("geometry")
        if isinstance(geometry, QByteArray) and not geometry.isEmpty():
            self.restoreGeometry(geometry)
            return
        screen = self.screen().availableGeometry() if self.screen() else None
        if screen is not None and screen.width() <= 1440:
            # a small laptop: use it all. Sized first: without a window manager (a kiosk, a
            # bare X session) "maximized" is only a wish and the window stayed 686×326
            self.setGeometry(screen)
            self.setWindowState(Qt.WindowState.WindowMaximized)
        elif screen is not None:
            self.resize(
                min(1400, int(screen.width() * 0.85)), min(900, int(screen.height() * 0.85))
            )
        else:
            self.resize(1280, 760)

    def come_forward(self, files: list[str]) -> None:
        """Another start of the app on this data folder: show this window, open its files."""
        if self.isMinimized():
            self.showNormal()
        self.show()
        self.raise_()
        self.activateWindow()
        if files:
            self.files.open_paths(files)

    def closeEvent(self, event) -> None:
        if self.audit_page is not None:
            self.audit_page.editor.flush()
            if getattr(self.audit_page.evidence, "import_running", False):
                answer = QMessageBox.question(
                    self,
                    self.tr("Import in progress"),
                    self.tr(
                        "Files are still being added. Stop the import and quit? "
                        "The files already added are kept."
                    ),
                )
                if answer != QMessageBox.StandardButton.Yes:
                    event.ignore()
                    return
                self.audit_page.evidence.cancel_import()
        self.sync.shutdown()  # stops a run; revokes a token held only in memory
        settings = self.backend.settings()
        settings.setValue("geometry", self.saveGeometry())
        settings.sync()
        super().closeEvent(event)


# ------------------------------------------------------------------ entry point


def _parse_args(argv: Sequence[str]) -> argparse.Namespace:
    p = argparse.ArgumentParser(
        prog="observer-desktop", description="Observador (aplicación de escritorio)"
    )
    p.add_argument("--data-dir", help="carpeta de datos")
    p.add_argument("--version", action="version", version=f"observer-desktop {__version__}")
    p.add_argument(
        "--self-test",
        action="store_true",
        help="comprobar la instalación sin mostrar la ventana (código 0 si todo funciona)",
    )
    p.add_argument(
        "files",
        nargs="*",
        metavar="ARCHIVO",
        help="informes PDF para verificar o paquetes .observador.zip para importar",
    )
    return p.parse_known_args(argv)[0]


class _Shell(QObject):
    """Owns the window; rebuilds it (same geometry and audit) when the language changes."""

    def __init__(self, backend: Backend, tasks: TaskRunner):
        super().__init__()
        self.backend, self.tasks = backend, tasks
        self.window: MainWindow | None = None

    def build(self, *, first_run_check: bool = True) -> MainWindow:
        window = MainWindow(self.backend, self.tasks, first_run_check=first_run_check)
        window.language_changed.connect(self.switch_language)
        window.show()
        self.window = window
        return window

    def switch_language(self, language: str) -> None:
        old = self.window
        i18n.install(language)
        self.backend.settings().setValue("language", language)
        audit = old._open_audit["id"] if old and old._open_audit else None
        if old is not None:
            old.sync.shutdown(revoke=False)  # the new window keeps the session
            old.backend.settings().setValue("geometry", old.saveGeometry())
            old.hide()
            old.deleteLater()
        window = self.build(first_run_check=False)
        if audit:
            window.open_audit(audit)


HANDOVER_WAIT_MS = 15000  # an app that is closing finishes its work, then lets go


def main(argv: Sequence[str] | None = None) -> int:
    args = _parse_args(list(sys.argv[1:] if argv is None else argv))
    # --self-test is run by observer_desktop/desktop.py before this module is imported;
    # here it stays an option so that --help lists it
    setup_logging("observador")  # the platform log folder (observer_desktop/logs.py)
    qt_app = QApplication.instance() or QApplication(sys.argv[:1])
    qt_app.setApplicationName("Observador")
    qt_app.setOrganizationName("OIC Chihuahua")
    qt_app.setWindowIcon(app_icon())
    qt_app.setDesktopFileName("observador")  # the menu entry: taskbar icon on Wayland
    install_crash_dialog()  # uncaught errors: the log and a dialog, never silence
    data_dir = resolve_data_dir(args.data_dir)
    private_dir(data_dir)  # 0700 (POSIX): the observer's audits, key and session
    backend = Backend(data_dir)
    i18n.install(backend.settings().value("language") or i18n.DEFAULT_LANGUAGE)

    # one app per data folder (ui/single_instance.py): a second start hands its files over
    guard = SingleInstance(data_dir)
    if not guard.acquire():
        if guard.hand_over(args.files):
            return 0
        elsewhere = guard.holder_host()
        if elsewhere:  # a shared folder open on another computer: its app cannot be reached
            QMessageBox.warning(
                None,
                "Observador",
                QCoreApplication.translate(
                    "SingleInstance",
                    "The data folder %1 is open in Observador on another computer (%2). Close "
                    "it there first: two computers writing one folder would overwrite each "
                    "other's work. If that computer stopped without closing Observador, delete "
                    "the file %3 and start again.",
                )
                .replace("%1", str(data_dir))
                .replace("%2", elsewhere)
                .replace("%3", str(data_dir / LOCK_NAME)),
            )
            return 1
        # no answer: the other app may be closing; once it lets go this start is the first
        if not guard.acquire(wait_ms=HANDOVER_WAIT_MS):
            QMessageBox.warning(
                None,
                "Observador",
                QCoreApplication.translate(
                    "SingleInstance",
                    "Observador is already open with the data folder %1, and it does not "
                    "answer. Close the other window (or wait until it finishes) and start "
                    "again.",
                ).replace("%1", str(data_dir)),
            )
            return 1

    tasks = TaskRunner()
    shell = _Shell(backend, tasks)
    window = shell.build()
    guard.activated.connect(lambda files: shell.window and shell.window.come_forward(files))
    if args.files:  # a double-click on a report, package or batch (docs/install.md)
        window.files.open_paths(args.files)
    code = qt_app.exec()
    guard.stop_listening()  # a start from now on waits for the lock and opens its files
    tasks.wait()
    guard.release()
    return code


if __name__ == "__main__":
    sys.exit(main())
