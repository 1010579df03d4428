"""The evidence viewer: one file of an audit at a time, never executed.

:class:`EvidenceViewer` pages through the audit's files (buttons and arrow
keys), shows each one (``viewer_pages``) beside its details and caption
(``viewer_details``), saves the caption, and saves a copy (``save_copy``):
Observador never hands evidence to another program, so a file pretending to be
a photo cannot run. Every file read happens on the database thread; the dialog
only shows results.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QImage, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from observer_desktop.services import evidence as evidence_service
from observer_desktop.ui.changes import AuditChange
from observer_desktop.ui.errors import show_error
from observer_desktop.ui.evidence.save_copy import save_copy
from observer_desktop.ui.evidence.viewer_details import ViewerDetails
from observer_desktop.ui.evidence.viewer_pages import ViewerPages
from observer_desktop.ui.tasks import TaskRunner


class EvidenceViewer(QDialog):
    """One evidence file at a time, with previous/next (arrow keys) and its caption."""

    caption_saved = Signal(str, str)  # evidence id, caption
    current_changed = Signal(str)  # evidence id now shown

    def __init__(
        self,
        backend,
        tasks: TaskRunner,
        rows: list[dict[str, Any]],
        index: int,
        *,
        audit_id: str,
        editable: bool,
        describe_links: Callable[[dict], list[str]] | None = None,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.setObjectName("evidenceViewer")
        self.backend = backend
        self.tasks = tasks
        self.rows = [dict(r) for r in rows]
        self.audit_id = audit_id
        self.editable = editable
        self.describe_links = describe_links or (lambda row: [])
        self.index = -1

        screen = self.screen().availableGeometry() if self.screen() else None
        width, height = 1200, 800
        if screen is not None:
            width = min(width, int(screen.width() * 0.92))
            height = min(height, int(screen.height() * 0.9))
        self.resize(width, height)

        layout = QVBoxLayout(self)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        layout.addWidget(splitter, 1)
        self.pages = ViewerPages(backend, tasks, splitter)
        self.details = ViewerDetails(editable, splitter)
        self.details.save_caption_button.clicked.connect(self.save_caption)
        splitter.addWidget(self.pages)
        splitter.addWidget(self.details)
        splitter.setStretchFactor(0, 1)
        splitter.setSizes([max(400, width - 340), 320])
        # the parts' widgets by the names the viewer always gave them
        self.caption = self.details.caption
        self.save_caption_button = self.details.save_caption_button
        self.pdf_document = self.pages.pdf_document
        self.message_label = self.pages.message_label

        layout.addLayout(self._buttons())
        self._make_shortcuts()
        self.setTabOrder(self.caption, self.save_caption_button)
        self.setTabOrder(self.save_caption_button, self.previous_button)
        self.setTabOrder(self.previous_button, self.next_button)
        self.setTabOrder(self.next_button, self.save_copy_button)
        self.setTabOrder(self.save_copy_button, self.close_button)
        self.show_row(index)

    def _buttons(self) -> QHBoxLayout:
        buttons = QHBoxLayout()
        self.previous_button = QPushButton(self.tr("&Previous"), self)
        self.previous_button.setObjectName("viewerPrevious")
        self.previous_button.setToolTip(self.tr("Previous file (Left arrow)"))
        self.previous_button.clicked.connect(self.show_previous)
        buttons.addWidget(self.previous_button)
        self.position_label = QLabel(self)
        self.position_label.setObjectName("viewerPosition")
        self.position_label.setMinimumWidth(self.fontMetrics().horizontalAdvance("0000 / 0000") + 8)
        self.position_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        buttons.addWidget(self.position_label)
        self.next_button = QPushButton(self.tr("&Next"), self)
        self.next_button.setObjectName("viewerNext")
        self.next_button.setToolTip(self.tr("Next file (Right arrow)"))
        self.next_button.clicked.connect(self.show_next)
        buttons.addWidget(self.next_button)
        self.status_label = QLabel(self)
        self.status_label.setObjectName("viewerStatus")
        self.status_label.setTextFormat(Qt.TextFormat.PlainText)
        buttons.addWidget(self.status_label, 1)
        self.save_copy_button = QPushButton(self.tr("Save a &copy…"), self)
        self.save_copy_button.setObjectName("viewerSaveCopy")
        self.save_copy_button.setToolTip(
            self.tr("Export this file, unchanged, to open it with another program")
        )
        self.save_copy_button.clicked.connect(self.save_copy)
        buttons.addWidget(self.save_copy_button)
        self.close_button = QPushButton(self.tr("C&lose"), self)
        self.close_button.setObjectName("viewerClose")
        self.close_button.setToolTip(self.tr("Close (Esc)"))
        self.close_button.clicked.connect(self.close)
        self.close_button.setAutoDefault(False)
        buttons.addWidget(self.close_button)
        for button in (self.previous_button, self.next_button, self.save_copy_button):
            button.setAutoDefault(False)
        return buttons

    def _make_shortcuts(self) -> None:
        def shortcut(keys, slot: Callable) -> QAction:
            act = QAction(self)
            act.setShortcut(QKeySequence(keys))
            act.triggered.connect(slot)
            self.addAction(act)
            return act

        self.action_previous = shortcut(Qt.Key.Key_Left, self.show_previous)
        self.action_next = shortcut(Qt.Key.Key_Right, self.show_next)
        self.action_save_caption = shortcut(QKeySequence.StandardKey.Save, self.save_caption)

    # ----------------------------------------------------------- state

    @property
    def current_row(self) -> dict[str, Any]:
        return self.rows[self.index]

    @property
    def image(self) -> QImage | None:
        """The picture shown (None while loading, or for files that are not pictures)."""
        return self.pages.image

    @property
    def content(self) -> str:
        """What the viewer shows now: image, pdf, text or message."""
        return self.pages.content

    # ------------------------------------------------------ navigation

    def show_previous(self) -> None:
        if self.index > 0:
            self.show_row(self.index - 1)

    def show_next(self) -> None:
        if self.index < len(self.rows) - 1:
            self.show_row(self.index + 1)

    def show_row(self, index: int) -> None:
        if not 0 <= index < len(self.rows):
            return
        if self.index >= 0 and index != self.index:
            self._save_caption_if_changed()
        self.index = index
        row = self.current_row
        self.setWindowTitle(self.tr("Evidence — %1").replace("%1", row.get("original_name", "")))
        self.position_label.setText(
            self.tr("%1 of %2").replace("%1", str(index + 1)).replace("%2", str(len(self.rows)))
        )
        self.previous_button.setEnabled(index > 0)
        self.next_button.setEnabled(index < len(self.rows) - 1)
        self.status_label.setText("")
        self.details.show_row(row, self.describe_links(row))
        self.pages.show_file(row)
        self.current_changed.emit(row["id"])

    # ---------------------------------------------------------- caption

    def _save_caption_if_changed(self) -> None:
        if self.editable and self.details.caption_edited():
            self.save_caption()

    def save_caption(self) -> None:
        if not self.editable or self.index < 0:
            return
        row = self.current_row
        caption = self.details.typed_caption()
        evidence_id, audit_id, backend = row["id"], self.audit_id, self.backend
        self.details.shown_caption = caption
        self.status_label.setText(self.tr("Saving caption…"))

        def saved(updated: dict) -> None:
            if not shiboken6.isValid(self):
                return  # the panel re-reads the list when the viewer closes
            for r in self.rows:
                if r["id"] == evidence_id:
                    r["caption"] = updated["caption"]
            self.caption_saved.emit(evidence_id, updated["caption"])
            self.status_label.setText(self.tr("Caption saved."))

        def failed(exc: BaseException, tb: str) -> None:
            if shiboken6.isValid(self):
                self.status_label.setText("")
                show_error(self, exc, tb)

        self.tasks.run_op(
            lambda: evidence_service.set_caption(backend.app(), audit_id, evidence_id, caption),
            initiator=self,
            change=AuditChange(audit_id, evidence=True),
        ).success(saved).failure(failed)

    def done(self, result: int) -> None:
        self._save_caption_if_changed()  # closing never loses a typed caption
        self.pages.clear()  # results still on their way are dropped, the PDF closed
        super().done(result)

    # ------------------------------------------------------------- copy

    def save_copy(self) -> None:
        row = self.current_row

        def saved(path: str) -> None:
            if shiboken6.isValid(self):
                self.status_label.setText(self.tr("Copy saved: %1").replace("%1", path))

        save_copy(self, self.backend, self.tasks, row, on_saved=saved)
