"""The session form: add a session (by hand or from an audit) or correct one.

What fills it in lives here too: a stored session's fields, and the event, date and
place of the event an audit describes (read from its header on the worker). Saving
goes through the service; its Spanish message (overlap, a future date, an end before
the start) is shown inside the dialog and nothing is stored.
"""

from __future__ import annotations

import json
from typing import Any

from PySide6.QtCore import QDate, Qt, QTime, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from observer_desktop.core.errors import ObserverError
from observer_desktop.services import sessions as session_service
from observer_desktop.ui.backend import Backend
from observer_desktop.ui.changes import AuditChange
from observer_desktop.ui.errors import show_error
from observer_desktop.ui.i18n import date_pattern
from observer_desktop.ui.participation.audit_picker import audit_label, recent_audits
from observer_desktop.ui.participation.model import hours_text
from observer_desktop.ui.participation.typed_fields import TypedDateEdit, TypedTimeEdit
from observer_desktop.ui.tasks import TaskRunner

ERROR_COLOUR = "#b3261e"
ISO = Qt.DateFormat.ISODate


def prefill_from_audit(app: Any, audit_id: str) -> dict[str, Any]:
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


def prefill_of(session: dict[str, Any]) -> dict[str, Any]:
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
        self.prefill = dict(prefill or {}) if session is None else prefill_of(session)
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
        self.dispute_label = self._dispute_label()
        if self.dispute_label is not None:
            layout.addWidget(self.dispute_label)
        layout.addLayout(self._build_form())
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
        self._connect_fields()
        self.setMinimumWidth(560)
        self._apply_prefill()
        self._update_hours()
        self._load_audits()

    def _dispute_label(self) -> QLabel | None:
        """The OIC's reason, read-only above the fields, when correcting a session it
        disputed (plain text: the reason is the OIC's words)."""
        session = self.session or {}
        reason = (session.get("reason") or "").strip()
        if session.get("server_state") != "disputed" or not reason:
            return None
        label = QLabel(
            self.tr("Disputed by the OIC: %1").replace("%1", reason)
            + "\n"
            + self.tr("Correct what it says and save: the session goes to the OIC again.")
        )
        label.setParent(self)
        label.setObjectName("disputeLabel")
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setWordWrap(True)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        label.setStyleSheet(f"color: {ERROR_COLOUR};")
        return label

    def _build_form(self) -> QFormLayout:
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
        form.addRow(self.tr("Time:"), self._build_times())
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
        return form

    def _build_times(self) -> QHBoxLayout:
        """Start and end with the hours between them."""
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
        return times

    def _connect_fields(self) -> None:
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

        self.tasks.run_op(work, initiator=self, change=AuditChange(None, sessions=True)).success(
            done
        ).failure(failed)

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
                self.audit_combo.addItem(audit_label(row), row["id"])
            if chosen:
                at = self.audit_combo.findData(chosen)
                if at < 0:
                    self.audit_combo.addItem(self.prefill.get("title") or str(chosen)[:8], chosen)
                    at = self.audit_combo.count() - 1
                self.audit_combo.setCurrentIndex(at)
            self.audit_combo.blockSignals(False)

        self.tasks.run(
            lambda: recent_audits(self.backend.app()),
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
                self.tr("%1 hours").replace("%1", hours_text(round(minutes / 60, 2)))
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
