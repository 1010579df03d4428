"""The audit page: the editor, and the audit's evidence beside it in a splitter."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QSplitter, QVBoxLayout, QWidget

from observer_desktop.ui.backend import Backend
from observer_desktop.ui.tasks import TaskRunner


class AuditPage(QWidget):
    """One audit: the editor, and its evidence beside it."""

    def __init__(self, backend: Backend, tasks: TaskRunner, parent: QWidget | None = None):
        super().__init__(parent)
        # imported when the first audit opens: the start does not wait for them
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
