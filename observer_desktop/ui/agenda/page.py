"""The agenda page: the OIC's events (upcoming, mine, past) as sync last received them,
the observer's sign-up to each, and what can be done with it: sign up (after the
conflict-of-interest declaration), withdraw, and, once the OIC confirmed it, start the
audit and the participation session with what the event already says.

Reads run on the worker (``tasks.run``); sign-ups, withdrawals and the audit are ops
with the change signal (docs/ui.md): the page reads the agenda again when a sync or
another view changed it (``AuditChange.agenda``).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QPushButton,
    QTabBar,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from observer_desktop.services import agenda as agenda_service
from observer_desktop.ui.agenda.declaration import DeclarationDialog
from observer_desktop.ui.backend import Backend
from observer_desktop.ui.changes import AuditChange
from observer_desktop.ui.errors import show_error
from observer_desktop.ui.i18n import date_text
from observer_desktop.ui.tasks import TaskRunner

VIEWS = ("upcoming", "mine", "past")
EVENT_ROLE = Qt.ItemDataRole.UserRole + 1


STATUS_LABELS = {
    "cancelled": QT_TRANSLATE_NOOP("AgendaPage", "Cancelled by the OIC"),
    "to_send": QT_TRANSLATE_NOOP("AgendaPage", "Sign-up to send"),
    "withdraw_to_send": QT_TRANSLATE_NOOP("AgendaPage", "Withdrawal to send"),
    "requested": QT_TRANSLATE_NOOP("AgendaPage", "Awaiting confirmation"),
    "confirmed": QT_TRANSLATE_NOOP("AgendaPage", "Confirmed"),
    "declined": QT_TRANSLATE_NOOP("AgendaPage", "Declined"),
    "withdrawn": QT_TRANSLATE_NOOP("AgendaPage", "Withdrawn"),
}


def status_text(view: dict[str, Any]) -> str:
    """The observer's sign-up to an event, in a word or two."""
    key = "cancelled" if view["cancelled"] else view["status"]
    label = STATUS_LABELS.get(key)
    return QCoreApplication.translate("AgendaPage", label) if label else ""


def _load(app: Any, which: str) -> dict[str, Any]:
    return {
        "events": agenda_service.list_agenda(app, which),
        "declaration": agenda_service.declaration(app),
    }


def _checklists(app: Any) -> list[tuple[str, str]]:
    return [(c.id, c.title.es) for c in app.forms.all_latest()]


class AgendaPage(QWidget):
    """The OIC's agenda with the observer's sign-ups.

    Signals: ``status_message(text)`` for the status bar; ``open_audit_requested(id)``
    when an audit was started from a confirmed event (the window opens it).
    """

    status_message = Signal(str)
    open_audit_requested = Signal(str)

    def __init__(self, backend: Backend, tasks: TaskRunner, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("agendaPage")
        self.backend = backend
        self.tasks = tasks
        self.events: list[dict[str, Any]] = []
        self.declaration: str | None = None
        self.session_dialog: QDialog | None = None
        self._generation = 0
        tasks.changes.changed.connect(self._changed)

        layout = QVBoxLayout(self)
        title = QLabel(self.tr("Agenda of the OIC"), self)
        font = title.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.2)
        title.setFont(font)
        layout.addWidget(title)
        self.tabs = QTabBar(self)
        self.tabs.setObjectName("agendaTabs")
        self.tabs.setExpanding(False)
        for label in (self.tr("&Upcoming"), self.tr("&Mine"), self.tr("&Past")):
            self.tabs.addTab(label)
        self.tabs.currentChanged.connect(lambda _i: self.reload())
        layout.addWidget(self.tabs)
        layout.addWidget(self._build_table(), 1)
        self.empty_label = QLabel(self)
        self.empty_label.setObjectName("agendaEmpty")
        self.empty_label.setWordWrap(True)
        self.empty_label.hide()
        layout.addWidget(self.empty_label)
        self.details = QLabel(self)
        self.details.setObjectName("agendaDetails")
        self.details.setWordWrap(True)
        self.details.setTextFormat(Qt.TextFormat.PlainText)  # the OIC's texts as text
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.details)
        buttons = QHBoxLayout()
        self.signup_button = QPushButton(self.tr("&Sign up…"), self)
        self.signup_button.setObjectName("signupButton")
        self.withdraw_button = QPushButton(self.tr("&Withdraw sign-up"), self)
        self.withdraw_button.setObjectName("withdrawButton")
        self.start_button = QPushButton(self.tr("Start &audit and session…"), self)
        self.start_button.setObjectName("startEventButton")
        for b in (self.signup_button, self.withdraw_button, self.start_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.status_label = QLabel(self)
        self.status_label.setObjectName("agendaStatus")
        self.status_label.setWordWrap(True)
        self.status_label.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(self.status_label)

        self.signup_button.clicked.connect(self.sign_up_selected)
        self.withdraw_button.clicked.connect(self.withdraw_selected)
        self.start_button.clicked.connect(self.start_selected)
        self.table.itemSelectionChanged.connect(self._update)
        self._update()
        self.reload()

    def _build_table(self) -> QTableWidget:
        self.table = QTableWidget(0, 6, self)
        self.table.setObjectName("agendaTable")
        self.table.setAccessibleName(self.tr("Events of the agenda"))
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Date"),
                self.tr("Time"),
                self.tr("Event"),
                self.tr("Place"),
                self.tr("Seats"),
                self.tr("My sign-up"),
            ]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        return self.table

    # ------------------------------------------------------------ reading

    def which(self) -> str:
        return VIEWS[max(0, self.tabs.currentIndex())]

    def reload(self) -> None:
        self._generation += 1
        generation, which = self._generation, self.which()

        def loaded(data: dict[str, Any]) -> None:
            if generation == self._generation:
                self._show(data)

        self.tasks.run(
            lambda: _load(self.backend.app(), which),
            on_success=loaded,
            on_failure=lambda exc, tb: show_error(self, exc, tb),
        )

    def _show(self, data: dict[str, Any]) -> None:
        chosen = self.selected()
        self.events, self.declaration = data["events"], data["declaration"]
        self.table.setRowCount(len(self.events))
        for r, view in enumerate(self.events):
            seats = f"{view['seats_taken']}/{view['seats']}"
            cells = (
                date_text(view["date"]),  # 05/03/2026 in Spanish (docs/ui.md: dates)
                view["start"],
                view["title"],
                view["place"],
                seats,
                status_text(view),
            )
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(EVENT_ROLE, view["event"])
                if c == 5 and (view["reason"] or view["send_error"]):
                    item.setToolTip(view["send_error"] or view["reason"])
                self.table.setItem(r, c, item)
        if not self.events:
            self.empty_label.setText(
                self.tr(
                    "No events here. The OIC's agenda arrives with each sync (Sending → Sync "
                    "now); sign up to upcoming events from the first tab."
                )
            )
        self.empty_label.setVisible(not self.events)
        at = next((r for r, v in enumerate(self.events) if v["event"] == chosen), 0)
        if self.events:
            self.table.selectRow(at)
        self._update()

    def selected(self) -> int | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        if not rows:
            return None
        return rows[0].data(EVENT_ROLE)

    def selected_view(self) -> dict[str, Any] | None:
        chosen = self.selected()
        return next((v for v in self.events if v["event"] == chosen), None)

    def _update(self) -> None:
        view = self.selected_view()
        status = view["status"] if view else None
        upcoming = bool(view) and not view["cancelled"] and self.which() != "past"
        self.signup_button.setEnabled(upcoming and not (view and view["mine"]))
        self.withdraw_button.setEnabled(upcoming and bool(view and view["mine"]))
        self.start_button.setEnabled(status == "confirmed")
        self.details.setText(self._details(view) if view else "")

    def _details(self, view: dict[str, Any]) -> str:
        lines = [
            f"{view['kind_label']} · {view['title']}",
            self.tr("Procedure: %1 · Convening unit: %2")
            .replace("%1", view["procedure_number"] or "—")
            .replace("%2", view["convening_unit"] or "—"),
        ]
        if view["notes"]:
            lines.append(view["notes"])
        if view["status"] == "declined" and view["reason"]:
            lines.append(self.tr("The OIC declined: %1").replace("%1", view["reason"]))
        if view["send_error"]:
            lines.append(self.tr("Not received by the OIC: %1").replace("%1", view["send_error"]))
        if view["status"] == "confirmed":
            lines.append(
                self.tr("Confirmed: start the audit and the session from here on the day.")
            )
        return "\n".join(lines)

    def _changed(self, change: AuditChange, initiator: object) -> None:
        if change.agenda and initiator is not self:
            self.reload()

    def _say(self, text: str) -> None:
        self.status_label.setText(text)
        self.status_message.emit(text)

    # ------------------------------------------------------------ writing

    def sign_up_selected(self) -> None:
        view = self.selected_view()
        if view is None:
            return
        if not self.declaration:
            self._say(self.tr("The OIC's declaration has not arrived yet: sync before signing up."))
            return
        answer = self._ask_declaration(view["title"], self.declaration)
        if answer is None:
            return
        text, no_conflict = answer
        eid = view["event"]

        def done(new: dict[str, Any]) -> None:
            self._say(
                self.tr("Signed up for «%1»; it is sent to the OIC at the next sync.").replace(
                    "%1", new["title"]
                )
            )
            self.reload()

        self.tasks.run_op(
            lambda: agenda_service.sign_up(
                self.backend.app(), eid, declaration_text=text, no_conflict=no_conflict
            ),
            initiator=self,
            change=AuditChange(None, agenda=True),
        ).success(done).failure(lambda exc, tb: show_error(self, exc, tb))

    def withdraw_selected(self) -> None:
        view = self.selected_view()
        if view is None:
            return
        eid = view["event"]

        def done(new: dict[str, Any]) -> None:
            self._say(
                self.tr("Sign-up for «%1» withdrawn; the OIC is told at the next sync.").replace(
                    "%1", new["title"]
                )
            )
            self.reload()

        self.tasks.run_op(
            lambda: agenda_service.withdraw(self.backend.app(), eid),
            initiator=self,
            change=AuditChange(None, agenda=True),
        ).success(done).failure(lambda exc, tb: show_error(self, exc, tb))

    def start_selected(self) -> None:
        view = self.selected_view()
        if view is None or view["status"] != "confirmed":
            return

        def chosen(options: list[tuple[str, str]]) -> None:
            form_id = self._choose_checklist(options)
            if form_id:
                self._start(view, form_id)

        self.tasks.run(
            lambda: _checklists(self.backend.app()),
            on_success=chosen,
            on_failure=lambda exc, tb: show_error(self, exc, tb),
        )

    def _start(self, view: dict[str, Any], form_id: str) -> None:
        eid = view["event"]

        def started(result: dict[str, Any]) -> None:
            self.reload()
            self._say(
                self.tr("Audit started for «%1»; record the session when the event ends.").replace(
                    "%1", view["title"]
                )
            )
            self._open_session(result["session"], result["audit"]["id"])

        self.tasks.run_op(
            lambda: agenda_service.start_from_event(self.backend.app(), eid, form_id),
            initiator=self,
            change=lambda result: AuditChange(result["audit"]["id"], status=True, agenda=True),
        ).success(started).failure(lambda exc, tb: show_error(self, exc, tb))

    def _open_session(self, prefill: dict[str, Any], audit_id: str) -> None:
        from observer_desktop.ui.participation.session_dialog import SessionDialog

        dialog = SessionDialog(self.backend, self.tasks, prefill, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(lambda _code: self._session_closed(dialog, audit_id))
        self.session_dialog = dialog
        self._show_session_dialog(dialog)

    def _session_closed(self, dialog: QDialog, audit_id: str) -> None:
        if self.session_dialog is dialog:
            self.session_dialog = None
        self.open_audit_requested.emit(audit_id)

    # ----------------------------------------------- overridable for tests

    def _ask_declaration(self, title: str, text: str) -> tuple[str, bool] | None:
        dialog = DeclarationDialog(title, text, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.text, dialog.check.isChecked()

    def _choose_checklist(self, options: list[tuple[str, str]]) -> str | None:
        if not options:
            return None
        titles = [title for _id, title in options]
        first = next((i for i, (fid, _t) in enumerate(options) if fid.startswith("proced")), 0)
        title, ok = QInputDialog.getItem(
            self,
            self.tr("Start audit"),
            self.tr("Checklist for this event:"),
            titles,
            first,
            False,
        )
        if not ok:
            return None
        return options[titles.index(title)][0]

    def _show_session_dialog(self, dialog: QDialog) -> None:
        dialog.open()
