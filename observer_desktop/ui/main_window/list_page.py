"""The list of audits: search, filters, the sortable table, and a message in its place when
nothing is listed. The window runs the query; this page shows what it returns."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QDate, QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from observer_desktop.ui import i18n
from observer_desktop.ui.models import (
    AUDIT_ID_ROLE,
    STATUS_LABELS,
    AuditTableModel,
    replaced_suffix,
    status_label,
)


class AuditListPage(QWidget):
    """Search, filters, the sortable table, and what it says when it is empty."""

    open_requested = Signal(str)
    new_requested = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.model = AuditTableModel(self)
        self._build_new_button()
        self._build_search()
        self._build_filters()
        self._build_table()
        self._build_empty_label()
        self._lay_out()
        self._set_tab_order()

    # ------------------------------------------------------------- building

    def _build_new_button(self) -> None:
        self.new_button = QPushButton(self.tr("&New audit"), self)
        self.new_button.setObjectName("newAuditButton")
        self.new_button.setDefault(False)
        self.new_button.setMinimumHeight(36)
        self.new_button.setStyleSheet("font-weight: bold; padding: 4px 16px;")
        self.new_button.setToolTip(self.tr("Start auditing a procurement process (Ctrl+N)"))
        self.new_button.clicked.connect(self.new_requested)

    def _build_search(self) -> None:
        self.search = QLineEdit(self)
        self.search.setObjectName("searchField")
        self.search.setPlaceholderText(
            self.tr("Search by process number, convening unit or text (Ctrl+F)")
        )
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(self.tr("Search audits"))
        self.search.returnPressed.connect(self.focus_table)
        self.search.installEventFilter(self)  # Down arrow: into the table

    def _build_filters(self) -> None:
        """By status, by checklist (filled in by set_forms) and, when ticked, by dates."""
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

    def _build_table(self) -> None:
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

    def _build_empty_label(self) -> None:
        self.empty_label = QLabel(self)
        self.empty_label.setObjectName("emptyLabel")
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)
        self.empty_label.setStyleSheet("font-size: 14px; color: #555; padding: 24px;")

    def _lay_out(self) -> None:
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

    def _set_tab_order(self) -> None:
        QWidget.setTabOrder(self.new_button, self.search)
        QWidget.setTabOrder(self.search, self.status_filter)
        QWidget.setTabOrder(self.status_filter, self.form_filter)
        QWidget.setTabOrder(self.form_filter, self.date_check)
        QWidget.setTabOrder(self.date_check, self.date_from)
        QWidget.setTabOrder(self.date_from, self.date_to)
        QWidget.setTabOrder(self.date_to, self.table)

    # ------------------------------------------------------------- filters and rows

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

    def show_rows(self, result: dict) -> None:
        """A query's rows (``backend.load_audits``): the selected audit stays selected, or
        the first row is; with no rows, why not, in the table's place."""
        selected = self.selected_audit()
        self.model.set_rows(result["rows"], result["forms"])
        self.set_forms(result["forms"])
        if selected:
            self.select_audit(selected)
        elif self.model.rowCount():
            self.table.setCurrentIndex(self.model.index(0, 0))
        if sum(result["counts"].values()) == 0:
            self.empty_label.setText(
                self.tr("No audits yet. Press “New audit” (Ctrl+N) to start the first one.")
            )
        elif not result["rows"]:
            self.empty_label.setText(self.tr("No audit matches the search and filters."))
        self.table_stack.setCurrentIndex(0 if result["rows"] else 1)

    def selected_audit(self) -> str | None:
        index = self.table.currentIndex()
        return index.data(AUDIT_ID_ROLE) if index.isValid() else None

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
