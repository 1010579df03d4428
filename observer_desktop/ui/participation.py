"""The observer's participation sessions: the record behind stipends and academic credit.

A table of sessions for a period (this month by default) with its totals,
sessions added by hand or from an audit (event, date and place filled in from
its header), removal with confirmation, and the period exported as CSV for
the program's coordinators. Validation is the service's: its Spanish message
(overlap, a future date, an end before the start) is shown inside the dialog
and nothing is stored.
"""

from __future__ import annotations

import datetime as _dt
import json
import os
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QDate,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    QTime,
    QTimer,
    Signal,
)
from PySide6.QtGui import QAction, QKeySequence, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListView,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from observer_desktop.core.errors import ObserverError
from observer_desktop.core.files import atomic_write
from observer_desktop.services import reads
from observer_desktop.services import sessions as session_service
from observer_desktop.ui.backend import Backend, documents_folder
from observer_desktop.ui.errors import show_error
from observer_desktop.ui.i18n import date_pattern, date_text
from observer_desktop.ui.tasks import TaskRunner

__all__ = [
    "AuditPickerDialog",
    "ParticipationPage",
    "SessionDialog",
    "SessionTableModel",
    "month_bounds",
]

SESSION_ID_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2
AUDIT_ROLE = Qt.ItemDataRole.UserRole + 3
ERROR_COLOUR = "#b3261e"
ISO = Qt.DateFormat.ISODate


def month_bounds(day: _dt.date) -> tuple[_dt.date, _dt.date]:
    """First and last day of ``day``'s month."""
    first = day.replace(day=1)
    following = (first + _dt.timedelta(days=32)).replace(day=1)
    return first, following - _dt.timedelta(days=1)


def _hours_text(hours: float) -> str:
    return f"{hours:.2f}"


# ------------------------------------------------------------ worker helpers


def _load_period(app: Any, date_from: str, date_to: str) -> dict[str, Any]:
    listing = session_service.list_sessions(app, date_from=date_from, date_to=date_to)
    titles: dict[str, str] = {}
    for row in listing["sessions"]:
        audit_id = row.get("audit_id")
        if audit_id and audit_id not in titles:
            audit = reads.audit_or_none(app, audit_id)
            titles[audit_id] = (audit or {}).get("title") or audit_id[:8]
    listing["audit_titles"] = titles
    return listing


def _recent_audits(app: Any, limit: int = 1000) -> list[dict[str, Any]]:
    return app.list_audits(sort="event_date", limit=limit, include_superseded=False)


def _prefill_from_audit(app: Any, audit_id: str) -> dict[str, Any]:
    """Event name, date and place for a session at the event an audit describes."""
    audit = app.resolve_audit(audit_id)
    checklist = app.checklist_for(audit)
    header = audit.get("header") or {}
    if isinstance(header, str):
        header = json.loads(header or "{}")
    texts = [f for f in checklist.header if f.type == "text" and header.get(f.id)]
    number = str(header[texts[0].id]) if texts else ""
    event_kind = ""
    for f in checklist.header:
        if f.type == "single_choice" and f.id.startswith("evento") and header.get(f.id):
            event_kind = f.option_label(header[f.id])
            break
    event = " ".join(x for x in (event_kind or checklist.title.es, number) if x)
    place = ""
    for key in ("lugar", "ubicacion"):
        if header.get(key):
            place = str(header[key])
            break
    return {
        "audit_id": audit["id"],
        "event": event,
        "date": audit.get("event_date") or "",
        "place": place,
        "title": audit.get("title") or audit["id"][:8],
    }


def _export_csv(app: Any, date_from: str, date_to: str, target: Path) -> dict[str, Any]:
    listing = session_service.list_sessions(app, date_from=date_from, date_to=date_to)
    text = session_service.sessions_csv(listing)
    # BOM: spreadsheet programs on Windows then read the accents correctly
    atomic_write(Path(target), text.encode("utf-8-sig"))
    return {"path": Path(target), "sessions": listing["total_sessions"]}


# ------------------------------------------------------------------- model


class SessionTableModel(QAbstractTableModel):
    """Participation sessions as rows; the audit column shows the linked audit's title."""

    COL_DATE, COL_EVENT, COL_START, COL_END, COL_HOURS, COL_PLACE, COL_AUDIT, COL_NOTES = range(8)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._rows: list[dict[str, Any]] = []
        self._titles: dict[str, str] = {}
        self._headers = (
            self.tr("Date"),
            self.tr("Event"),
            self.tr("Start"),
            self.tr("End"),
            self.tr("Hours"),
            self.tr("Place"),
            self.tr("Audit"),
            self.tr("Notes"),
        )

    def set_rows(self, rows: list[dict[str, Any]], titles: dict[str, str]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._titles = dict(titles)
        self.endResetModel()

    def row(self, index: int) -> dict[str, Any]:
        return self._rows[index]

    def find(self, session_id: str) -> dict[str, Any] | None:
        return next((r for r in self._rows if r["id"] == session_id), None)

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        col = index.column()
        if role == SESSION_ID_ROLE:
            return row["id"]
        if role == AUDIT_ROLE:
            return row.get("audit_id")
        if role == SORT_ROLE:
            if col == self.COL_HOURS:
                return float(row["hours"])
            if col in (self.COL_DATE, self.COL_START, self.COL_END):
                return f"{row['date']} {row['start_time']}"
            return (self.data(index) or "").casefold()
        if role == Qt.ItemDataRole.DisplayRole:
            if col == self.COL_DATE:
                return date_text(row["date"])
            if col == self.COL_EVENT:
                return row["event"]
            if col == self.COL_START:
                return row["start_time"]
            if col == self.COL_END:
                return row["end_time"]
            if col == self.COL_HOURS:
                return _hours_text(row["hours"])
            if col == self.COL_PLACE:
                return row.get("place") or ""
            if col == self.COL_AUDIT:
                audit_id = row.get("audit_id")
                return self._titles.get(audit_id, audit_id[:8]) if audit_id else ""
            if col == self.COL_NOTES:
                return " ".join((row.get("notes") or "").split())
        if role == Qt.ItemDataRole.TextAlignmentRole and col == self.COL_HOURS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole:
            if col == self.COL_NOTES and row.get("notes"):
                return row["notes"]
            if col == self.COL_AUDIT and row.get("audit_id"):
                return row["audit_id"]
            if col == self.COL_EVENT:
                return row["event"]
        return None


# ------------------------------------------------------------------ dialogs


class _TypedFieldMixin:
    """Date and time fields that take what is typed: Tab leaves the field (it went to the
    field's next part, so "16:00" typed after Tab changed the date's month), and the
    part clicked or entered is selected, so typing replaces it."""

    def focusNextPrevChild(self, forward: bool) -> bool:
        return QWidget.focusNextPrevChild(self, forward)

    def focusInEvent(self, event) -> None:
        super().focusInEvent(event)
        if event.reason() in (Qt.FocusReason.TabFocusReason, Qt.FocusReason.ShortcutFocusReason):
            self.setCurrentSectionIndex(0)
        elif event.reason() == Qt.FocusReason.BacktabFocusReason:
            self.setCurrentSectionIndex(self.sectionCount() - 1)
        QTimer.singleShot(0, lambda: self.setSelectedSection(self.currentSection()))

    def mouseReleaseEvent(self, event) -> None:
        super().mouseReleaseEvent(event)
        self.setSelectedSection(self.currentSection())


class TypedTimeEdit(_TypedFieldMixin, QTimeEdit):
    """A time field that takes typed times ("16:00")."""


class TypedDateEdit(_TypedFieldMixin, QDateEdit):
    """A date field whose Tab goes to the next field, not to its own next part."""


class SessionDialog(QDialog):
    """Add one session, or correct one (``session``: its row). Saves through the service;
    its message stays in the dialog."""

    saved = Signal(dict)

    def __init__(
        self,
        backend: Backend,
        tasks: TaskRunner,
        prefill: dict[str, Any] | None = None,
        parent: QWidget | None = None,
        *,
        session: dict[str, Any] | None = None,
    ):
        super().__init__(parent)
        self.setObjectName("sessionDialog")
        self.backend = backend
        self.tasks = tasks
        self.session = dict(session) if session else None
        self.prefill = dict(prefill or {}) if session is None else _prefill_of(session)
        self.saving = False
        self.setWindowTitle(
            self.tr("Edit session")
            if self.session
            else self.tr("Session from an audit")
            if self.prefill
            else self.tr("New session")
        )
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Record an event you attended as an observer. The hours count for your stipend "
                "or academic credit; sessions on the same day cannot overlap."
            ),
            self,
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.event_edit = QLineEdit(self)
        self.event_edit.setObjectName("eventEdit")
        self.event_edit.setAccessibleName(self.tr("Event"))
        self.event_edit.setPlaceholderText(self.tr("e.g. Clarification meeting LP-012-2026"))
        self.event_edit.setMaxLength(300)
        form.addRow(self.tr("&Event:"), self.event_edit)
        self.date_edit = TypedDateEdit(self)
        self.date_edit.setObjectName("dateEdit")
        self.date_edit.setAccessibleName(self.tr("Date"))
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat(date_pattern())
        self.date_edit.setDate(QDate.currentDate())
        form.addRow(self.tr("&Date:"), self.date_edit)
        times = QHBoxLayout()
        self.start_edit = TypedTimeEdit(self)
        self.start_edit.setObjectName("startEdit")
        self.start_edit.setAccessibleName(self.tr("Start time"))
        self.start_edit.setDisplayFormat("HH:mm")
        self.start_edit.setTime(QTime(10, 0))
        self.end_edit = TypedTimeEdit(self)
        self.end_edit.setObjectName("endEdit")
        self.end_edit.setAccessibleName(self.tr("End time"))
        self.end_edit.setDisplayFormat("HH:mm")
        self.end_edit.setTime(QTime(12, 0))
        self.hours_label = QLabel(self)
        self.hours_label.setObjectName("hoursLabel")
        start_label = QLabel(self.tr("&Start:"), self)
        start_label.setBuddy(self.start_edit)
        end_label = QLabel(self.tr("E&nd:"), self)
        end_label.setBuddy(self.end_edit)
        times.addWidget(start_label)
        times.addWidget(self.start_edit)
        times.addSpacing(12)
        times.addWidget(end_label)
        times.addWidget(self.end_edit)
        times.addSpacing(12)
        times.addWidget(self.hours_label, 1)
        form.addRow(self.tr("Time:"), times)
        self.place_edit = QLineEdit(self)
        self.place_edit.setObjectName("placeEdit")
        self.place_edit.setAccessibleName(self.tr("Place"))
        self.place_edit.setMaxLength(300)
        form.addRow(self.tr("&Place:"), self.place_edit)
        self.audit_combo = QComboBox(self)
        self.audit_combo.setObjectName("auditCombo")
        self.audit_combo.setAccessibleName(self.tr("Related audit"))
        self.audit_combo.addItem(self.tr("(none)"), None)
        self.audit_combo.setMinimumContentsLength(40)
        self.audit_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        form.addRow(self.tr("&Audit:"), self.audit_combo)
        self.notes_edit = QPlainTextEdit(self)
        self.notes_edit.setObjectName("notesEdit")
        self.notes_edit.setAccessibleName(self.tr("Notes"))
        self.notes_edit.setTabChangesFocus(True)
        self.notes_edit.setFixedHeight(self.fontMetrics().lineSpacing() * 4 + 12)
        form.addRow(self.tr("N&otes:"), self.notes_edit)
        layout.addLayout(form)
        self.error_label = QLabel(self)
        self.error_label.setObjectName("sessionError")
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet(f"color: {ERROR_COLOUR}; font-weight: bold;")
        self.error_label.hide()
        layout.addWidget(self.error_label)
        self.buttons = QDialogButtonBox(self)
        self.save_button = self.buttons.addButton(
            self.tr("Sa&ve"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.save_button.setObjectName("saveSessionButton")
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        for edit in (self.start_edit, self.end_edit):
            edit.timeChanged.connect(self._update_hours)
        for signal in (
            self.event_edit.textChanged,
            self.date_edit.dateChanged,
            self.start_edit.timeChanged,
            self.end_edit.timeChanged,
            self.place_edit.textChanged,
            self.audit_combo.currentIndexChanged,
        ):
            signal.connect(self._clear_error)
        self.setTabOrder(self.event_edit, self.date_edit)
        self.setTabOrder(self.date_edit, self.start_edit)
        self.setTabOrder(self.start_edit, self.end_edit)
        self.setTabOrder(self.end_edit, self.place_edit)
        self.setTabOrder(self.place_edit, self.audit_combo)
        self.setTabOrder(self.audit_combo, self.notes_edit)
        self.setMinimumWidth(560)
        self._apply_prefill()
        self._update_hours()
        self._load_audits()

    # -- public
    def values(self) -> dict[str, Any]:
        return {
            "event": self.event_edit.text(),
            "date": self.date_edit.date().toString(ISO),
            "start": self.start_edit.time().toString("HH:mm"),
            "end": self.end_edit.time().toString("HH:mm"),
            "place": self.place_edit.text(),
            "notes": self.notes_edit.toPlainText(),
            "audit_ref": self.audit_combo.currentData(),
        }

    def save(self) -> None:
        if self.saving:
            return
        values = self.values()
        self.saving = True
        self.save_button.setEnabled(False)
        self.error_label.hide()

        def done(row: dict) -> None:
            self.saving = False
            self.saved.emit(row)
            self.accept()

        def failed(exc: BaseException, tb: str) -> None:
            self.saving = False
            self.save_button.setEnabled(True)
            if isinstance(exc, ObserverError):
                self.error_label.setText(str(exc))
                self.error_label.show()
                self._fit_height()
                self.event_edit.setFocus()
            else:
                show_error(self, exc, tb)

        session = self.session

        def work() -> dict:
            app = self.backend.app()
            if session is not None:
                return session_service.update_session(app, session["id"], **values)
            return session_service.add_session(app, **values)

        self.tasks.run(work, on_success=done, on_failure=failed)

    # -- internals
    def _apply_prefill(self) -> None:
        p = self.prefill
        if p.get("event"):
            self.event_edit.setText(p["event"])
        if p.get("date"):
            day = QDate.fromString(p["date"], ISO)
            if day.isValid():
                self.date_edit.setDate(day)
        for key, edit in (("start", self.start_edit), ("end", self.end_edit)):
            moment = QTime.fromString(p.get(key) or "", "HH:mm")
            if moment.isValid():
                edit.setTime(moment)
        if p.get("notes"):
            self.notes_edit.setPlainText(p["notes"])
        if p.get("place"):
            self.place_edit.setText(p["place"])
        if p.get("audit_id"):
            self.audit_combo.addItem(p.get("title") or p["audit_id"][:8], p["audit_id"])
            self.audit_combo.setCurrentIndex(1)

    def _load_audits(self) -> None:
        def loaded(rows: list[dict[str, Any]]) -> None:
            chosen = self.audit_combo.currentData()
            self.audit_combo.blockSignals(True)
            self.audit_combo.clear()
            self.audit_combo.addItem(self.tr("(none)"), None)
            for row in rows:
                self.audit_combo.addItem(_audit_label(row), row["id"])
            if chosen:
                at = self.audit_combo.findData(chosen)
                if at < 0:
                    self.audit_combo.addItem(self.prefill.get("title") or str(chosen)[:8], chosen)
                    at = self.audit_combo.count() - 1
                self.audit_combo.setCurrentIndex(at)
            self.audit_combo.blockSignals(False)

        self.tasks.run(
            lambda: _recent_audits(self.backend.app()),
            on_success=loaded,
            on_failure=lambda exc, tb: show_error(self, exc, tb),
        )

    def _update_hours(self, *_: Any) -> None:
        minutes = self.start_edit.time().secsTo(self.end_edit.time()) // 60
        if minutes <= 0:
            self.hours_label.setText(self.tr("the end must be after the start"))
            self.hours_label.setStyleSheet(f"color: {ERROR_COLOUR};")
        else:
            self.hours_label.setText(
                self.tr("%1 hours").replace("%1", _hours_text(round(minutes / 60, 2)))
            )
            self.hours_label.setStyleSheet("")

    def _fit_height(self) -> None:
        """Grow the dialog so a wrapped message does not cover the fields above it
        (a window's minimum height does not follow word-wrapped labels by itself)."""
        layout = self.layout()
        layout.activate()
        needed = layout.heightForWidth(self.width()) if layout.hasHeightForWidth() else -1
        needed = max(needed, layout.totalMinimumSize().height())
        if self.height() < needed:
            self.resize(self.width(), needed)

    def _clear_error(self, *_: Any) -> None:
        if not self.saving:
            self.error_label.hide()


def _prefill_of(session: dict[str, Any]) -> dict[str, Any]:
    """A stored session as the dialog's fields."""
    return {
        "event": session.get("event") or "",
        "date": session.get("date"),
        "start": session.get("start_time"),
        "end": session.get("end_time"),
        "place": session.get("place") or "",
        "notes": session.get("notes") or "",
        "audit_id": session.get("audit_id"),
        "title": session.get("audit_title") or "",
    }


def _audit_label(row: dict[str, Any]) -> str:
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
            lambda: _recent_audits(self.backend.app(), limit=5000),
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
            item = QStandardItem(_audit_label(row))
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


# -------------------------------------------------------------------- page


class ParticipationPage(QWidget):
    """Participation sessions for a period, with totals, add/remove and CSV export.

    Signals: ``statusMessage(text)`` for the main window's status bar;
    ``sessionsChanged()`` after a session was added or removed.
    """

    statusMessage = Signal(str)
    sessionsChanged = Signal()

    PRESET_THIS_MONTH, PRESET_LAST_MONTH, PRESET_THIS_YEAR, PRESET_CUSTOM = range(4)

    def __init__(self, backend: Backend, tasks: TaskRunner, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("participationPage")
        self.backend = backend
        self.tasks = tasks
        self.listing: dict[str, Any] | None = None
        self.last_export: Path | None = None
        self._generation = 0
        self._setting_period = False
        self._select_after_reload: str | None = None
        self.session_dialog: SessionDialog | None = None

        layout = QVBoxLayout(self)
        title = QLabel(self.tr("Participation sessions"), self)
        font = title.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.2)
        title.setFont(font)
        layout.addWidget(title)

        period = QHBoxLayout()
        self.preset_combo = QComboBox(self)
        self.preset_combo.setObjectName("presetCombo")
        self.preset_combo.setAccessibleName(self.tr("Period"))
        self.preset_combo.addItem(self.tr("This month"), self.PRESET_THIS_MONTH)
        self.preset_combo.addItem(self.tr("Last month"), self.PRESET_LAST_MONTH)
        self.preset_combo.addItem(self.tr("This year"), self.PRESET_THIS_YEAR)
        self.preset_combo.addItem(self.tr("Other dates"), self.PRESET_CUSTOM)
        preset_label = QLabel(self.tr("&Period:"), self)
        preset_label.setBuddy(self.preset_combo)
        self.from_edit = QDateEdit(self)
        self.from_edit.setObjectName("fromDate")
        self.from_edit.setAccessibleName(self.tr("From date"))
        self.to_edit = QDateEdit(self)
        self.to_edit.setObjectName("toDate")
        self.to_edit.setAccessibleName(self.tr("To date"))
        for edit in (self.from_edit, self.to_edit):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat(date_pattern())
        from_label = QLabel(self.tr("&From:"), self)
        from_label.setBuddy(self.from_edit)
        to_label = QLabel(self.tr("&To:"), self)
        to_label.setBuddy(self.to_edit)
        period.addWidget(preset_label)
        period.addWidget(self.preset_combo)
        period.addSpacing(12)
        period.addWidget(from_label)
        period.addWidget(self.from_edit)
        period.addWidget(to_label)
        period.addWidget(self.to_edit)
        period.addSpacing(16)
        self.totals_label = QLabel(self)
        self.totals_label.setObjectName("totalsLabel")
        font = self.totals_label.font()
        font.setBold(True)
        self.totals_label.setFont(font)
        period.addWidget(self.totals_label, 1)
        layout.addLayout(period)

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
        header.resizeSection(SessionTableModel.COL_AUDIT, 220)
        header.resizeSection(SessionTableModel.COL_NOTES, 200)
        layout.addWidget(self.table, 1)
        self.empty_label = QLabel(self)
        self.empty_label.setObjectName("emptyLabel")
        self.empty_label.setWordWrap(True)
        self.empty_label.hide()
        layout.addWidget(self.empty_label)

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
        layout.addLayout(buttons)
        self.status_label = QLabel(self)
        self.status_label.setObjectName("participationStatus")
        self.status_label.setWordWrap(True)
        layout.addWidget(self.status_label)

        # actions (the main window can put them in its menus)
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
        self.edit_button.setToolTip(self.tr("Correct the selected session (F2 or Enter)"))
        self.remove_button.clicked.connect(self.remove_action.trigger)
        self.export_button.clicked.connect(self.export_action.trigger)
        self.add_button.setToolTip(self.tr("Record a session by hand (Insert)"))
        self.remove_button.setToolTip(self.tr("Remove the selected session (Delete)"))
        self.export_button.setToolTip(
            self.tr("Save the sessions of this period as a spreadsheet file (Ctrl+Shift+E)")
        )

        self.setTabOrder(self.preset_combo, self.from_edit)
        self.setTabOrder(self.from_edit, self.to_edit)
        self.setTabOrder(self.to_edit, self.table)
        self.setTabOrder(self.table, self.add_button)
        self.setTabOrder(self.add_button, self.from_audit_button)
        self.setTabOrder(self.from_audit_button, self.edit_button)
        self.setTabOrder(self.edit_button, self.remove_button)
        self.setTabOrder(self.remove_button, self.export_button)

        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(200)
        self._debounce.timeout.connect(self.reload)
        self.preset_combo.currentIndexChanged.connect(self._preset_chosen)
        self.from_edit.dateChanged.connect(self._dates_edited)
        self.to_edit.dateChanged.connect(self._dates_edited)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_actions())
        self.apply_preset(self.PRESET_THIS_MONTH, reload=False)
        self._update_actions()
        self.reload()

    # ------------------------------------------------------------- public

    def period(self) -> tuple[str, str]:
        """The period shown, as ISO dates (inclusive)."""
        return self.from_edit.date().toString(ISO), self.to_edit.date().toString(ISO)

    def set_period(self, date_from: str, date_to: str) -> None:
        """Show another period (ISO dates); the preset list says "other dates"."""
        self._setting_period = True
        self.from_edit.setDate(QDate.fromString(date_from, ISO))
        self.to_edit.setDate(QDate.fromString(date_to, ISO))
        self.preset_combo.setCurrentIndex(self.preset_combo.findData(self.PRESET_CUSTOM))
        self._setting_period = False
        self.reload()

    def apply_preset(self, preset: int, *, reload: bool = True) -> None:
        today = _dt.date.today()
        if preset == self.PRESET_THIS_MONTH:
            start, end = month_bounds(today)
        elif preset == self.PRESET_LAST_MONTH:
            start, end = month_bounds(today.replace(day=1) - _dt.timedelta(days=1))
        elif preset == self.PRESET_THIS_YEAR:
            start, end = today.replace(month=1, day=1), today.replace(month=12, day=31)
        else:
            return
        self._setting_period = True
        self.preset_combo.setCurrentIndex(self.preset_combo.findData(preset))
        self.from_edit.setDate(QDate(start.year, start.month, start.day))
        self.to_edit.setDate(QDate(end.year, end.month, end.day))
        self._setting_period = False
        if reload:
            self.reload()

    def reload(self) -> None:
        """Read the period's sessions again (off the UI thread)."""
        self._debounce.stop()
        date_from, date_to = self.period()
        if date_to < date_from:
            self.model.set_rows([], {})
            self.listing = None
            self.totals_label.setText(self.tr("The end date is before the start date."))
            self._update_actions()
            return
        self._generation += 1
        generation = self._generation
        self.totals_label.setText(self.tr("Loading…"))

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
                self.totals_label.setText("")
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
            lambda: _prefill_from_audit(self.backend.app(), audit_id),
            on_success=self._open_session_dialog,
            on_failure=lambda exc, tb: show_error(self, exc, tb),
        )

    def edit_selected(self) -> None:
        session_id = self.selected_session()
        row = self.model.find(session_id) if session_id else None
        if row is None:
            return
        dialog = SessionDialog(self.backend, self.tasks, None, self, session=row)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.saved.connect(self._session_saved)
        dialog.finished.connect(lambda _code: self._forget_dialog(dialog))
        self.session_dialog = dialog
        self._show_session_dialog(dialog)

    def remove_selected(self) -> None:
        session_id = self.selected_session()
        if not session_id:
            return
        row = self.model.find(session_id)
        if row is None or not self._confirm_remove(row):
            return

        def removed(_row: dict) -> None:
            self._say(
                self.tr("Session removed: %1 (%2).")
                .replace("%1", row["event"])
                .replace("%2", row["date"])
            )
            self.sessionsChanged.emit()
            self.reload()

        self.tasks.run(
            lambda: session_service.remove_session(self.backend.app(), session_id),
            on_success=removed,
            on_failure=lambda exc, tb: show_error(self, exc, tb),
        )

    def export_csv(self) -> None:
        date_from, date_to = self.period()
        if date_to < date_from:
            return
        target = self._ask_export_path(self._default_export_path(date_from, date_to))
        if not target:
            return
        self._say(self.tr("Exporting…"))

        def done(result: dict[str, Any]) -> None:
            self.last_export = result["path"]
            self._say(
                self.tr("%1 session(s) exported to %2")
                .replace("%1", str(result["sessions"]))
                .replace("%2", str(result["path"]))
            )

        def failed(exc: BaseException, tb: str) -> None:
            self._say("")
            show_error(self, exc, tb)

        self.tasks.run(
            lambda: _export_csv(self.backend.app(), date_from, date_to, Path(target)),
            on_success=done,
            on_failure=failed,
        )

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
            .replace("%3", _hours_text(row["hours"])),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def _ask_export_path(self, suggested: str) -> str:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export sessions"), suggested, self.tr("CSV files (*.csv)")
        )
        if path and not path.lower().endswith(".csv"):
            path += ".csv"
        return path

    def _show_session_dialog(self, dialog: SessionDialog) -> None:
        dialog.open()

    # ----------------------------------------------------------- internals

    def _open_session_dialog(self, prefill: dict[str, Any]) -> None:
        if prefill:
            self._say("")
        dialog = SessionDialog(self.backend, self.tasks, prefill, self)
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
                .replace("%2", _hours_text(row["hours"]))
            )
        else:
            self._say(
                self.tr("Session saved on %1, outside the period shown.").replace("%1", row["date"])
            )
        self.sessionsChanged.emit()
        self.reload()
        self._select_after_reload = row["id"]

    def _show_totals(self, listing: dict[str, Any]) -> None:
        count = listing["total_sessions"]
        hours = _hours_text(listing["total_hours"])
        self.totals_label.setText(
            self.tr("%n session(s) · %1 hours in the period", "", count).replace("%1", hours)
        )
        self.totals_label.setAccessibleName(self.totals_label.text())
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

    def _preset_chosen(self, _index: int) -> None:
        if self._setting_period:
            return
        preset = self.preset_combo.currentData()
        if preset != self.PRESET_CUSTOM:
            self.apply_preset(preset)

    def _dates_edited(self, *_: Any) -> None:
        if self._setting_period:
            return
        self._setting_period = True
        self.preset_combo.setCurrentIndex(self.preset_combo.findData(self.PRESET_CUSTOM))
        self._setting_period = False
        self._debounce.start()

    def _update_actions(self) -> None:
        has_selection = self.selected_session() is not None
        for widget in (self.edit_action, self.edit_button, self.remove_action, self.remove_button):
            widget.setEnabled(has_selection)
        date_from, date_to = self.period()
        self.export_action.setEnabled(date_from <= date_to)
        self.export_button.setEnabled(date_from <= date_to)

    def _action(self, text: str, shortcuts: list[QKeySequence], slot: Any) -> QAction:
        act = QAction(text, self)
        act.setShortcuts(shortcuts)
        act.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        act.triggered.connect(slot)
        self.addAction(act)
        return act

    def _default_export_path(self, date_from: str, date_to: str) -> str:
        name = self.tr("participation-%1-to-%2.csv").replace("%1", date_from).replace("%2", date_to)
        return os.path.join(documents_folder(), name)

    def _say(self, text: str) -> None:
        self.status_label.setText(text)
        if text:
            self.statusMessage.emit(text)
