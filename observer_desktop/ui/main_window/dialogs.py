"""The dialogs the window opens: new audit, the signed report, verify a PDF, settings, the
first-run assistant and About. Each is kept while open and deleted when closed; what comes
out of one reaches the window by signal."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QFileDialog, QWidget

from observer_desktop.ui.backend import Backend
from observer_desktop.ui.diagnostics import DiagnosticsDialog
from observer_desktop.ui.tasks import TaskRunner


class WindowDialogs(QObject):
    """Opens the window's dialogs (the modules of the rarer ones are imported when first
    opened). ``audit_created``: the new audit's id; ``language_changed``: the settings
    chose another language; ``settings_closed`` and ``setup_completed``: the profile or
    the server may have changed."""

    audit_created = Signal(str)
    language_changed = Signal(str)
    settings_closed = Signal()
    setup_completed = Signal()

    def __init__(self, backend: Backend, tasks: TaskRunner, window: QWidget):
        super().__init__(window)
        self.backend = backend
        self.tasks = tasks
        self._open: list[QWidget] = []

    @property
    def window(self) -> QWidget:
        # the parent, not an attribute: window.dialogs -> this -> window would be a
        # Python cycle keeping a closed window's wrapper alive (docs/ui.md, traps)
        return self.parent()

    def _keep(self, dialog: QWidget) -> QWidget:
        self._open.append(dialog)
        dialog.destroyed.connect(
            lambda *_: self._open.remove(dialog) if dialog in self._open else None
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        return dialog

    def new_audit(self) -> None:
        from observer_desktop.ui.new_audit import NewAuditDialog

        dialog = self._keep(NewAuditDialog(self.backend, self.tasks, self.window))
        dialog.created.connect(self.audit_created)
        dialog.open()

    def open_report(self, audit_id: str) -> None:
        from observer_desktop.ui.reports.report_dialog import ReportDialog

        dialog = self._keep(ReportDialog(self.backend, self.tasks, audit_id, self.window))
        dialog.open()

    def choose_pdf_to_verify(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self.window,
            self.tr("Verify a PDF report"),
            str(Path.home()),
            self.tr("PDF files (*.pdf)"),
        )
        if path:
            self.verify_pdf(path)

    def verify_pdf(self, path: str) -> None:
        from observer_desktop.ui.reports.verify_dialog import VerifyDialog

        dialog = self._keep(VerifyDialog(self.backend, self.tasks, path, self.window))
        dialog.open()

    def open_settings(self) -> None:
        from observer_desktop.ui.settings.dialog import SettingsDialog

        dialog = self._keep(SettingsDialog(self.backend, self.tasks, self.window))
        dialog.language_changed.connect(self.language_changed)
        dialog.finished.connect(lambda *_: self.settings_closed.emit())
        dialog.open()

    def run_first_run(self) -> None:
        from observer_desktop.ui.wizard.assistant import FirstRunWizard

        wizard = self._keep(FirstRunWizard(self.backend, self.tasks, self.window))
        wizard.completed.connect(self.setup_completed)
        wizard.open()

    def about(self) -> None:
        self._keep(DiagnosticsDialog(self.backend, self.tasks, self.window)).open()
