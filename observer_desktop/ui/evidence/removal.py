"""Taking evidence out of a draft audit: asked first, then removed on the database thread."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from observer_desktop.services import evidence as evidence_service
from observer_desktop.ui.evidence.batch_write import run_evidence_writes
from observer_desktop.ui.tasks import TaskRunner


class EvidenceRemoval(QObject):
    """Asks over the parent widget (the panel), removes, and says so with ``removed``."""

    removed = Signal(str)  # audit id (also after a failure part-way: some were removed)

    def __init__(self, backend, tasks: TaskRunner, parent: QWidget):
        super().__init__(parent)
        self.backend = backend
        self.tasks = tasks

    def ask(self, audit_id: str, rows: list[dict]) -> QMessageBox:
        """The question, open; "Yes" removes ``rows`` (evidence of ``audit_id``)."""
        if len(rows) == 1:
            text = self.tr("Remove “%1” from this audit?").replace(
                "%1", rows[0].get("caption") or rows[0]["original_name"]
            )
        else:
            text = self.tr("Remove %n file(s) from this audit?", "", len(rows))
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Remove evidence"),
            text,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            self.parent(),
        )
        box.setObjectName("confirmRemoveDialog")
        box.setInformativeText(
            self.tr(
                "Its links to questions and findings are removed too. The custody log keeps a "
                "record that it was removed."
            )
        )
        box.setDefaultButton(QMessageBox.StandardButton.No)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        ids = [r["id"] for r in rows]

        def answered(button: int) -> None:
            if button == QMessageBox.StandardButton.Yes:
                self._remove(audit_id, ids)

        box.finished.connect(answered)
        box.open()
        return box

    def _remove(self, audit_id: str, ids: list[str]) -> None:
        backend = self.backend

        def work() -> None:
            app = backend.app()
            for evidence_id in ids:
                evidence_service.remove_evidence(app, audit_id, evidence_id)

        run_evidence_writes(self, self.tasks, audit_id, work, self.removed)
