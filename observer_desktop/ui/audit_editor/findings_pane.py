"""The findings of the open audit: the pane on the right of the editor (how far the audit
is, its findings and red flags), adding a finding the observer writes (AddFindingDialog)
and removing one."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from observer_desktop.core.errors import ObserverError
from observer_desktop.services.changes import AuditChange
from observer_desktop.ui.audit_editor.common import (
    EditorPart,
    Key,
    RoomyRows,
    is_header,
    page_of,
    question_title,
)
from observer_desktop.ui.errors import show_error
from observer_desktop.ui.question_widgets import SEVERITY_STYLES, severity_label
from observer_desktop.ui.tasks import alive

__all__ = ["FINDING_ROLE", "AddFindingDialog", "Findings", "FindingsPane"]

FINDING_ROLE = Qt.ItemDataRole.UserRole + 1


class AddFindingDialog(QDialog):
    """A finding the observer writes (title, severity, description, recommendation)."""

    submitted = Signal(dict)

    def __init__(
        self,
        questions: list[tuple[str, Key]],
        current: Key | None,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.setObjectName("addFindingDialog")
        self.setWindowTitle(self.tr("Add a finding"))
        self.resize(600, 520)
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Describe what you observed as a fact, not an accusation. Fields marked * are "
                "required."
            ),
            self,
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        layout.addLayout(self._build_form(questions, current), 1)
        self.error = QLabel(self)
        self.error.setObjectName("findingError")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b3261e;")
        self.error.setVisible(False)
        layout.addWidget(self.error)
        self.title.textEdited.connect(lambda _text: self.error.setVisible(False))
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setObjectName("saveButton")
        self.buttons.accepted.connect(self._submit)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.title.setFocus()

    def _build_form(self, questions: list[tuple[str, Key]], current: Key | None) -> QFormLayout:
        """The fields: title, severity, description, recommendation and question."""
        form = QFormLayout()
        self.title = QLineEdit(self)
        self.title.setObjectName("findingTitle")
        self.title.setMaxLength(1000)
        self.title.setAccessibleName(self.tr("Title"))
        self.severity = QComboBox(self)
        self.severity.setObjectName("findingSeverity")
        self.severity.setAccessibleName(self.tr("Severity"))
        for sev, hint in (
            ("alta", self.tr("possible breach of the law; escalate to the OIC")),
            ("media", self.tr("weak control or transparency")),
            ("baja", self.tr("good practice not followed")),
        ):
            self.severity.addItem(f"{severity_label(sev)} — {hint}", sev)
        self.severity.setCurrentIndex(1)
        self.description = QPlainTextEdit(self)
        self.description.setObjectName("findingDescription")
        self.description.setTabChangesFocus(True)
        self.description.setAccessibleName(self.tr("Description"))
        self.recommendation = QPlainTextEdit(self)
        self.recommendation.setObjectName("findingRecommendation")
        self.recommendation.setTabChangesFocus(True)
        self.recommendation.setAccessibleName(self.tr("Recommendation"))
        self.question = QComboBox(self)
        self.question.setObjectName("findingQuestion")
        self.question.setAccessibleName(self.tr("Question"))
        self.question.addItem(self.tr("(The whole audit)"), None)
        for text, key in questions:
            self.question.addItem(text, key)
            if key == current:
                self.question.setCurrentIndex(self.question.count() - 1)
        for label, widget in (
            (self.tr("&Title *"), self.title),
            (self.tr("&Severity"), self.severity),
            (self.tr("&Description"), self.description),
            (self.tr("&Recommendation"), self.recommendation),
            (self.tr("&Question"), self.question),
        ):
            form.addRow(label, widget)
        return form

    def values(self) -> dict:
        key = self.question.currentData()
        return {
            "title": self.title.text(),
            "severity": self.severity.currentData(),
            "description": self.description.toPlainText(),
            "recommendation": self.recommendation.toPlainText(),
            "question_id": key[0] if key else None,
            "item": key[1] if key else None,
        }

    def _submit(self) -> None:
        self.show_error(None)
        self.set_busy(True)
        self.submitted.emit(self.values())

    def set_busy(self, busy: bool) -> None:
        self.buttons.setEnabled(not busy)

    def show_error(self, message: str | None) -> None:
        self.error.setText(message or "")
        self.error.setVisible(bool(message))
        if message:
            self.title.setFocus()


class FindingsPane(QWidget):
    """The right of the editor: the summary, the list of findings and red flags (Enter
    goes to a finding's question, Delete asks to remove a manual one), add and remove."""

    finding_chosen = Signal(str, object)  # question id, item (int) or None
    remove_requested = Signal(dict)  # the manual finding selected, Delete or Remove pressed

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("findingsPanel")
        self._read_only = True
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.summary_label = QLabel(self)
        self.summary_label.setObjectName("summaryLabel")
        self.summary_label.setWordWrap(True)
        layout.addWidget(self.summary_label)
        title = QLabel(self.tr("Findings and red flags"), self)
        title.setStyleSheet("font-weight: bold;")
        layout.addWidget(title)
        self.list = QListWidget(self)
        self.list.setObjectName("findingsList")
        self.list.setAccessibleName(self.tr("Findings and red flags"))
        self.list.setWordWrap(True)
        self.list.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.list.setItemDelegate(RoomyRows(self.list))
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.itemActivated.connect(self._activated)
        self.list.currentItemChanged.connect(lambda *_: self._update_buttons())
        self.list.installEventFilter(self)
        title.setBuddy(self.list)
        layout.addWidget(self.list, 1)
        buttons = QHBoxLayout()
        self.add_button = QToolButton(self)
        self.add_button.setObjectName("addFindingButton")
        self.remove_button = QPushButton(self.tr("Remove"), self)
        self.remove_button.setObjectName("removeFindingButton")
        self.remove_button.setToolTip(self.tr("Remove the selected finding (Delete)"))
        self.remove_button.clicked.connect(self.remove_selected)
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.setMinimumWidth(220)

    def set_read_only(self, read_only: bool) -> None:
        self._read_only = read_only
        self._update_buttons()

    def show_findings(
        self, findings: list[dict], *, where: Callable[[str, int | None], str]
    ) -> None:
        """The findings, the one selected still selected; ``where`` names a question."""
        selected = None
        current = self.list.currentItem()
        if current is not None and current.data(FINDING_ROLE):
            selected = current.data(FINDING_ROLE)["id"]
        self.list.blockSignals(True)
        self.list.clear()
        for f in findings:
            row = self._row(f, where(f["question_id"], f["item"]) if f["question_id"] else "")
            self.list.addItem(row)
            if f["id"] == selected:
                self.list.setCurrentItem(row)
        if not findings:
            empty = QListWidgetItem(self.tr("No findings or red flags."))
            empty.setFlags(Qt.ItemFlag.NoItemFlags)
            empty.setData(FINDING_ROLE, None)
            self.list.addItem(empty)
        self.list.blockSignals(False)
        self._update_buttons()

    def _row(self, f: dict, where: str) -> QListWidgetItem:
        fg, bg, _border = SEVERITY_STYLES.get(f["severity"], SEVERITY_STYLES["media"])
        source = self.tr("Red flag") if f["source"] == "rule" else self.tr("Manual finding")
        lines = [f"{severity_label(f['severity'])} · {f['title']}"]
        lines.append(f"{source} — {where}" if where else source)
        row = QListWidgetItem("\n".join(lines))
        row.setData(FINDING_ROLE, f)
        row.setForeground(QColor(fg))
        row.setBackground(QColor(bg))
        tip = [f["title"]]
        if f.get("description"):
            tip.append(f["description"])
        if f.get("recommendation"):
            tip.append(self.tr("Recommendation: %1").replace("%1", f["recommendation"]))
        row.setToolTip("\n\n".join(tip))
        return row

    def show_summary(self, state: dict, *, read_only: bool) -> None:
        """Required answers, what is missing to finalize, the red flags by severity."""
        done, required = state["required_total"]
        lines = [
            self.tr("Required answers: %1 of %2")
            .replace("%1", str(done))
            .replace("%2", str(required))
        ]
        missing = len(state["missing"])
        if not read_only:  # a closed audit has nothing left to finalize
            if missing:
                lines.append(self.tr("Missing to finalize: %1").replace("%1", str(missing)))
            else:
                lines.append(self.tr("Ready to finalize."))
        counts = {"alta": 0, "media": 0, "baja": 0}
        for f in state["findings"]:
            if f["source"] == "rule":
                counts[f["severity"]] = counts.get(f["severity"], 0) + 1
        lines.append(
            self.tr("Red flags — high: %1 · medium: %2 · low: %3")
            .replace("%1", str(counts["alta"]))
            .replace("%2", str(counts["media"]))
            .replace("%3", str(counts["baja"]))
        )
        self.summary_label.setText("\n".join(lines))

    def _selected(self) -> dict | None:
        row = self.list.currentItem()
        return row.data(FINDING_ROLE) if row is not None else None

    def _update_buttons(self) -> None:
        finding = self._selected()
        self.remove_button.setEnabled(
            bool(finding) and finding["source"] == "manual" and not self._read_only
        )

    def _activated(self, row: QListWidgetItem) -> None:
        finding = row.data(FINDING_ROLE) if row is not None else None
        if finding and finding["question_id"]:
            self.finding_chosen.emit(finding["question_id"], finding["item"])

    def eventFilter(self, watched: Any, event: Any) -> bool:
        if (
            watched is self.list
            and event.type() == event.Type.KeyPress
            and event.key() == Qt.Key.Key_Delete
        ):
            self.remove_selected()
            return True
        return super().eventFilter(watched, event)

    def remove_selected(self) -> None:
        """Ask to remove the manual finding selected (the editor asks and removes it)."""
        finding = self._selected()
        if not finding or finding["source"] != "manual" or self._read_only:
            return
        self.remove_requested.emit(finding)


class Findings(EditorPart):
    """Adding and removing findings of the open audit, and showing them in the pane."""

    def show(self, state: dict, *, findings: bool = True) -> None:
        """The summary of ``state``; its findings too unless ``findings`` is False (they
        did not change: the list is not redrawn)."""
        editor = self.editor
        pane: FindingsPane = editor.findings_pane
        pane.set_read_only(editor.read_only)
        if findings:
            pane.show_findings(
                state.get("findings", []),
                where=lambda qid, item: question_title(editor.checklist, qid, item, editor.lang),
            )
        if editor.checklist is not None:
            pane.show_summary(state, read_only=editor.read_only)

    def _question_choices(self) -> list[tuple[str, Key]]:
        """Every question that applies now, as "label — section"."""
        editor = self.editor
        out = []
        if editor.checklist is None:
            return out
        for key, visible in editor.navigator.sequence():
            if visible and not is_header(editor.checklist, key[0]):
                section = editor.section_pages.title(page_of(editor.checklist, key[0]))
                out.append(
                    (f"{question_title(editor.checklist, *key, editor.lang)} — {section}", key)
                )
        return out

    def add(self) -> None:
        """The dialog to write a finding, on the question the observer is on."""
        editor = self.editor
        if editor.read_only or not editor.audit_id:
            return
        current = editor.navigator.current_question()
        dialog = AddFindingDialog(self._question_choices(), current, editor)
        dialog.submitted.connect(lambda values, d=dialog: self._add(d, values))
        dialog.finished.connect(lambda _r, d=dialog: d.deleteLater())
        dialog.open()

    def _add(self, dialog: AddFindingDialog, values: dict) -> None:
        audit_id = self.editor.audit_id

        def job(app: Any) -> dict:
            return app.add_finding(audit_id, **values)

        def after(_row: dict) -> None:
            if alive(dialog):
                dialog.accept()

        def on_error(exc: BaseException, tb: str) -> bool:
            if not alive(dialog):
                return False
            dialog.set_busy(False)
            if isinstance(exc, ObserverError):
                dialog.show_error(str(exc))
                return True
            show_error(dialog, exc, tb)
            return True

        self.editor.autosave.submit(job, change=_findings_changed, after=after, on_error=on_error)

    def remove(self, finding: dict) -> None:
        """Ask, then remove a manual finding."""
        editor = self.editor
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Remove finding"),
            self.tr("Remove the finding “%1”?").replace("%1", finding["title"]),
            QMessageBox.StandardButton.NoButton,
            editor,
        )
        box.setObjectName("removeFindingConfirm")
        remove = box.addButton(self.tr("Remove"), QMessageBox.ButtonRole.DestructiveRole)
        remove.setObjectName("confirmRemove")
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        audit_id = editor.audit_id

        def answered(button: Any) -> None:
            if button is not remove:
                return
            self.editor.autosave.submit(
                lambda app: app.remove_finding(audit_id, finding["id"]),
                change=_findings_changed,
                after=lambda _r: self.editor.findings_list.setFocus(),
            )

        box.buttonClicked.connect(answered)
        box.open()


def _findings_changed(audit_id: str, _row: object) -> AuditChange:
    return AuditChange(audit_id, findings=True)
