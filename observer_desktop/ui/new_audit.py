"""The new audit dialog: choose a checklist, fill the data of the process, create.

The checklists are read on the worker (``backend.app().forms``). Each header
field uses the same input as in the editor and is checked with the engine's
parser — the code the services validate with — so a wrong date or number gets
its Spanish message under the field before anything is written. The audit is
created on the database thread; a service error is shown in the dialog,
which stays open with everything typed.
"""

from __future__ import annotations

from typing import Any

import shiboken6
from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from observer_desktop.core.checklist import Checklist
from observer_desktop.core.engine import AuditState, evaluate
from observer_desktop.core.errors import InputError, ObserverError
from observer_desktop.ui.changes import AuditChange
from observer_desktop.ui.errors import show_error
from observer_desktop.ui.question_widgets import (
    QuestionWidget,
    checklist_language,
    place_in_tab_order,
)

__all__ = ["NewAuditDialog"]

FORM_ROLE = Qt.ItemDataRole.UserRole + 1


def _load_forms(app: Any) -> dict:
    return {
        "forms": app.forms.all_latest(),
        "problems": [str(p.error) for p in app.forms.problems],
    }


class NewAuditDialog(QDialog):
    """Create an audit. Emits ``created(audit_id)`` and closes when it is written."""

    created = Signal(str)

    def __init__(self, backend: Any, tasks: Any, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("newAuditDialog")
        self.backend = backend
        self.tasks = tasks
        self.lang = checklist_language()
        self.checklist: Checklist | None = None
        self.fields: list[QuestionWidget] = []
        self._busy = False
        self.setWindowTitle(self.tr("New audit"))
        self.resize(980, 640)

        layout = QVBoxLayout(self)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.setChildrenCollapsible(False)
        left = self._build_checklist_list(splitter)
        right = self._build_header_pane(splitter)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 0)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([300, 680])
        layout.addWidget(splitter, 1)
        layout.addLayout(self._build_bottom())

        self.create_button.setEnabled(False)
        self._set_status(self.tr("Loading the checklists…"))
        self.form_list.setFocus()
        self.tasks.run(
            lambda: _load_forms(self.backend.app()),
            on_success=lambda r: shiboken6.isValid(self) and self._forms_loaded(r),
            on_failure=lambda e, t: shiboken6.isValid(self) and self._failed_loading(e, t),
        )

    def _build_checklist_list(self, splitter: QSplitter) -> QWidget:
        """The left side: the checklists to choose from, and those that could not be read."""
        left = QWidget(splitter)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        forms_label = QLabel(self.tr("&Checklist:"), left)
        forms_label.setStyleSheet("font-weight: bold;")
        left_layout.addWidget(forms_label)
        self.form_list = QListWidget(left)
        self.form_list.setObjectName("formList")
        self.form_list.setAccessibleName(self.tr("Checklists"))
        self.form_list.setWordWrap(True)
        self.form_list.setSpacing(3)
        self.form_list.currentItemChanged.connect(self._form_chosen)
        forms_label.setBuddy(self.form_list)
        left_layout.addWidget(self.form_list, 1)
        self.problems_label = QLabel(left)
        self.problems_label.setObjectName("formProblems")
        self.problems_label.setWordWrap(True)
        self.problems_label.setStyleSheet("color: #8c1d18;")
        self.problems_label.setVisible(False)
        self.problems_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        left_layout.addWidget(self.problems_label)
        left.setMinimumWidth(240)
        return left

    def _build_header_pane(self, splitter: QSplitter) -> QWidget:
        """The right side: the chosen checklist's title and description, over its header
        fields (``self.scroll``, filled when a checklist is chosen)."""
        right = QWidget(splitter)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(6, 0, 0, 0)
        self.form_title = QLabel(right)
        self.form_title.setObjectName("formTitle")
        font = QFont(self.form_title.font())
        font.setPointSizeF(font.pointSizeF() * 1.2)
        font.setBold(True)
        self.form_title.setFont(font)
        self.form_title.setWordWrap(True)
        right_layout.addWidget(self.form_title)
        self.form_description = QLabel(right)
        self.form_description.setObjectName("formDescription")
        self.form_description.setWordWrap(True)
        self.form_description.setStyleSheet("color: #444;")
        right_layout.addWidget(self.form_description)
        self.fields_intro = QLabel(
            self.tr(
                "Data of the process you will observe. Only the first one is needed now; "
                "the fields marked * are needed to finalize and can be completed later in "
                "«Process data»."
            ),
            right,
        )
        self.fields_intro.setWordWrap(True)
        self.fields_intro.setStyleSheet("color: #555;")
        right_layout.addWidget(self.fields_intro)
        self.scroll = QScrollArea(right)
        self.scroll.setObjectName("headerFields")
        self.scroll.setWidgetResizable(True)
        self.scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to the fields inside
        right_layout.addWidget(self.scroll, 1)
        return right

    def _build_bottom(self) -> QHBoxLayout:
        """The status line, Create audit and Cancel."""
        bottom = QHBoxLayout()
        self.status = QLabel(self)
        self.status.setObjectName("dialogStatus")
        self.status.setWordWrap(True)
        bottom.addWidget(self.status, 1)
        self.buttons = QDialogButtonBox(self)
        self.create_button = self.buttons.addButton(
            self.tr("C&reate audit"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.create_button.setObjectName("createButton")
        self.create_button.setDefault(True)
        cancel = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        cancel.setObjectName("cancelButton")
        self.create_button.clicked.connect(self.create)
        cancel.clicked.connect(self.reject)
        bottom.addWidget(self.buttons)
        return bottom

    # ------------------------------------------------------------ checklists

    def _forms_loaded(self, result: dict) -> None:
        forms: list[Checklist] = result["forms"]
        problems: list[str] = result["problems"]
        self._set_status("")
        for checklist in forms:
            sections = len(checklist.sections)
            questions = sum(len(s.questions) for s in checklist.sections)
            details = (
                self.tr("%1 sections, %2 questions · version %3")
                .replace("%1", str(sections))
                .replace("%2", str(questions))
                .replace("%3", str(checklist.version))
            )
            row = QListWidgetItem(f"{checklist.title.text(self.lang)}\n{details}")
            row.setData(FORM_ROLE, checklist)
            if checklist.description is not None:
                row.setToolTip(checklist.description.text(self.lang))
            self.form_list.addItem(row)
        if problems:
            self.problems_label.setText(
                self.tr("These checklist files could not be read and are not listed:")
                + "\n"
                + "\n".join(problems)
            )
            self.problems_label.setVisible(True)
        if forms:
            self.form_list.setCurrentRow(0)
        else:
            self._set_status(
                self.tr(
                    "There are no checklists to choose from. Ask the OIC for the checklist "
                    "files and copy them into the «forms» folder of the data folder."
                ),
                error=True,
            )

    def _failed_loading(self, exc: BaseException, tb: str) -> None:
        self._set_status(self.tr("The checklists could not be read."), error=True)
        show_error(self, exc, tb)

    def _form_chosen(self, current: QListWidgetItem | None, _previous: Any = None) -> None:
        checklist = current.data(FORM_ROLE) if current is not None else None
        self.checklist = checklist
        self._build_fields()
        self.create_button.setEnabled(checklist is not None and not self._busy)

    def _build_fields(self) -> None:
        old = self.scroll.takeWidget()
        if old is not None:
            old.deleteLater()
        self.fields = []
        checklist = self.checklist
        if checklist is None:
            self.form_title.setText("")
            self.form_description.setText("")
            return
        self.form_title.setText(checklist.title.text(self.lang))
        description = checklist.description.text(self.lang) if checklist.description else ""
        self.form_description.setText(description)
        self.form_description.setVisible(bool(description))
        content = QWidget()
        content_layout = QVBoxLayout(content)
        content_layout.setSpacing(0)
        for f in checklist.header:
            qw = QuestionWidget(f, None, lang=self.lang, extras=False, parent=content)
            qw.chosen.connect(self._update_relevance)
            qw.committed.connect(lambda w=qw: self._check_field(w))
            qw.committed.connect(self._update_relevance)
            content_layout.addWidget(qw)
            self.fields.append(qw)
        if not checklist.header:
            none = QLabel(self.tr("This checklist asks for no process data."), content)
            content_layout.addWidget(none)
        content_layout.addStretch(1)
        self.scroll.setWidget(content)
        place_in_tab_order(self.form_list, content, self.create_button)
        self._update_relevance()

    def _identifying_field(self) -> QuestionWidget | None:
        """The first text field: it titles the audit in the list (procedure or contract no.)."""
        for qw in self.fields:
            if qw.question.type == "text":
                return qw
        return None

    def _update_relevance(self) -> None:
        checklist = self.checklist
        if checklist is None or not any(f.relevant is not None for f in checklist.header):
            return
        values = {}
        for qw in self.fields:
            try:
                value = qw.value()
            except InputError:
                continue
            if value is not None:
                values[qw.question.id] = value
        result = evaluate(checklist, AuditState(header=values))  # pure: no I/O
        for qw in self.fields:
            qw.setVisible(result.is_relevant(qw.question.id, None))

    def _check_field(self, qw: QuestionWidget) -> bool:
        try:
            qw.value()
        except InputError as exc:
            qw.set_error(str(exc))
            return False
        qw.set_error(None)
        return True

    # ------------------------------------------------------------ create

    def values(self) -> dict | None:
        """The header as typed values, or None (with messages under the fields) if wrong."""
        values: dict[str, Any] = {}
        first_bad: QuestionWidget | None = None
        identifying = self._identifying_field()
        for qw in self.fields:
            if qw.isHidden():
                continue
            try:
                value = qw.value()
            except InputError as exc:
                qw.set_error(str(exc))
                first_bad = first_bad or qw
                continue
            if value is None and qw is identifying and qw.question.required:
                qw.set_error(self.tr("Write this field: it identifies the audit in the list."))
                first_bad = first_bad or qw
                continue
            qw.set_error(None)
            if value is not None:
                values[qw.question.id] = value
        if first_bad is not None:
            self.scroll.ensureWidgetVisible(first_bad)
            first_bad.focus_input()
            return None
        return values

    def create(self) -> None:
        if self._busy or self.checklist is None:
            return
        values = self.values()
        if values is None:
            self._set_status(self.tr("Check the fields marked in red."), error=True)
            return
        checklist = self.checklist
        backend = self.backend
        self._set_busy(True)
        self._set_status(self.tr("Creating the audit…"))
        self.tasks.run_op(
            lambda: backend.app().create_audit(
                checklist.id, version=checklist.version, header=values
            ),
            initiator=self,
            change=lambda audit: AuditChange(audit["id"], status=True),  # a new draft
        ).success(lambda r: shiboken6.isValid(self) and self._created(r)).failure(
            lambda e, t: shiboken6.isValid(self) and self._create_failed(e, t)
        )

    def _created(self, audit: dict) -> None:
        self._set_busy(False)
        self._set_status("")
        self.created.emit(audit["id"])
        self.accept()

    def _create_failed(self, exc: BaseException, tb: str) -> None:
        self._set_busy(False)
        if isinstance(exc, ObserverError):
            self._set_status(str(exc), error=True)
        else:
            self._set_status(self.tr("The audit could not be created."), error=True)
            show_error(self, exc, tb)

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.create_button.setEnabled(not busy and self.checklist is not None)
        self.form_list.setEnabled(not busy)

    def _set_status(self, text: str, *, error: bool = False) -> None:
        self.status.setText(text)
        self.status.setStyleSheet("color: #b3261e;" if error else "color: #555;")

    def reject(self) -> None:
        if self._busy:
            return  # the audit is being written: closing now would hide its result
        super().reject()
