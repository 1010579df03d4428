"""Closing an audit: finalize it (after saying what is still missing, MissingItemsDialog,
and asking), its signed report once it is closed, and a new version of a closed one."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QPoint, QRect, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from observer_desktop.services.audit_view import audit_view
from observer_desktop.services.changes import AuditChange
from observer_desktop.ui.audit_editor.common import HEADER_PAGE, EditorPart
from observer_desktop.ui.errors import show_error
from observer_desktop.ui.tasks import alive

__all__ = ["MISSING_ROLE", "Finalizer", "MissingItemsDialog"]

MISSING_ROLE = Qt.ItemDataRole.UserRole + 3


class MissingItemsDialog(QDialog):
    """What still blocks finalization; choosing an item jumps to it."""

    jump = Signal(dict)

    def __init__(self, missing: list[dict], section_titles: dict, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("missingDialog")
        self.setWindowTitle(self.tr("The audit cannot be finalized yet"))
        self.resize(620, 420)
        layout = QVBoxLayout(self)
        if len(missing) == 1:
            intro = self.tr("One thing is missing before you can finalize.")
        else:
            intro = self.tr("%1 things are missing before you can finalize.").replace(
                "%1", str(len(missing))
            )
        head = QLabel(
            intro + " " + self.tr("Choose one and press Enter (or double-click it) to go there."),
            self,
        )
        head.setWordWrap(True)
        layout.addWidget(head)
        self.list = QListWidget(self)
        self.list.setObjectName("missingList")
        self.list.setAccessibleName(self.tr("Missing items"))
        self.list.setWordWrap(True)
        self.list.setAlternatingRowColors(True)
        self.list.setSpacing(2)
        for m in missing:
            section = section_titles.get(m.get("section") or HEADER_PAGE, "")
            if section:
                text = m["message"] + "\n" + self.tr("Section: %1").replace("%1", section)
            else:
                text = m["message"]
            row = QListWidgetItem(text)
            row.setData(MISSING_ROLE, m)
            row.setToolTip(text)
            self.list.addItem(row)
        self.list.setCurrentRow(0)
        self.list.itemActivated.connect(self._activated)
        layout.addWidget(self.list, 1)
        buttons = QDialogButtonBox(self)
        self.go_button = buttons.addButton(
            self.tr("&Go to this item"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.go_button.setObjectName("goButton")
        close = buttons.addButton(QDialogButtonBox.StandardButton.Close)
        close.setObjectName("closeButton")
        self.go_button.clicked.connect(lambda: self._activated(self.list.currentItem()))
        close.clicked.connect(self.reject)
        layout.addWidget(buttons)
        self.list.setFocus()

    def _activated(self, row: QListWidgetItem | None) -> None:
        # Enter in the list both activates the row and presses the default button
        if row is None or self.result() == QDialog.DialogCode.Accepted:
            return
        data = row.data(MISSING_ROLE)
        self.accept()
        self.jump.emit(data)


class Finalizer(EditorPart):
    """Finalize the open draft, open the report of a closed audit, or make a new version."""

    def finalize(self) -> None:
        """Check what is missing on the database thread; then show it or ask to finalize."""
        editor = self.editor
        if editor.read_only or not editor.audit_id:
            return
        editor.autosave.flush()
        backend = editor.backend
        audit_id = editor.audit_id
        generation = editor.generation

        def checked(state: dict) -> None:
            if not alive(self) or generation != self.editor.generation:
                return
            self.editor.apply_state(state)
            if state["missing"]:
                self._show_missing(state["missing"])
            else:
                self._confirm()

        editor.tasks.run(
            lambda: audit_view(backend.app(), audit_id),
            on_success=checked,
            on_failure=lambda exc, tb: alive(self) and show_error(self.editor, exc, tb),
        )

    def _show_missing(self, missing: list[dict]) -> None:
        editor = self.editor
        assert editor.checklist is not None
        pages = editor.section_pages
        titles = {HEADER_PAGE: pages.title(HEADER_PAGE)}
        titles.update({s.id: s.title.text(editor.lang) for s in editor.checklist.sections})
        dialog = MissingItemsDialog(missing, titles, editor)
        dialog.jump.connect(lambda item: self.editor.navigator.jump_to_missing(item))
        dialog.finished.connect(lambda _r: dialog.deleteLater())
        dialog.open()

    def _confirm(self) -> None:
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Finalize audit"),
            self.tr("Nothing is missing. Finalize this audit now?"),
            QMessageBox.StandardButton.NoButton,
            self.editor,
        )
        box.setObjectName("finalizeConfirm")
        box.setInformativeText(
            self.tr(
                "A finalized audit is read-only: its answers, findings and evidence can no "
                "longer be changed, and it can be signed and sent to the OIC. To correct it "
                "later you would create a new version."
            )
        )
        finalize = box.addButton(self.tr("Finalize"), QMessageBox.ButtonRole.AcceptRole)
        finalize.setObjectName("confirmFinalize")
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(finalize)

        def answered(button: Any) -> None:
            if button is finalize:
                self._finalize()

        box.buttonClicked.connect(answered)
        box.open()

    def _finalize(self) -> None:
        audit_id = self.editor.audit_id

        def after(_audit: dict) -> None:
            self.editor.open_audit(audit_id)  # read only now, with its report to make

        def on_error(exc: BaseException, tb: str) -> bool:
            show_error(self.editor, exc, tb)
            return True

        self.editor.autosave.submit(
            lambda app: app.finalize(audit_id),
            change=lambda audit, _row: AuditChange(audit, status=True, outbox=True),
            after=after,
            on_error=on_error,
        )

    def open_report(self) -> None:
        """Ask the window for the signed report; a draft has none yet."""
        editor = self.editor
        if not editor.audit_id:
            return
        if not editor.read_only:
            # beside the button, not in the header: a long hint there would reflow the page
            button = editor.report_button
            QToolTip.showText(
                button.mapToGlobal(QPoint(0, button.height())),
                self.tr("Finalize the audit first; then you can make its signed report."),
                button,
                QRect(),
                6000,
            )
            return
        editor.request_report.emit(editor.audit_id)

    def new_version(self) -> None:
        """A draft copy of the closed audit that replaces it, opened at once."""
        editor = self.editor
        if not editor.audit_id or not editor.read_only or editor.audit is None:
            return
        if editor.audit.get("superseded_by"):
            return
        old_id = editor.audit_id
        backend = editor.backend
        generation = editor.generation

        def created(new_audit: dict) -> None:
            if not alive(self):
                return
            editor = self.editor
            editor.new_version_created.emit(new_audit["id"])
            if generation == editor.generation:
                editor.open_audit(new_audit["id"])

        editor.tasks.run_op(
            lambda: backend.app().new_version(old_id),
            initiator=editor,
            # the old version is superseded, a new draft appears
            change=lambda new: AuditChange(old_id, status=True, audits={new["id"]}),
        ).success(created).failure(lambda exc, tb: alive(self) and show_error(self.editor, exc, tb))
