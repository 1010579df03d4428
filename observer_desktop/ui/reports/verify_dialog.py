"""Verify any PDF: :class:`VerifyDialog` says, in plain words, whether it is an authentic,
unmodified Observador report (a file chosen, dropped on it or double-clicked);
:func:`is_pdf_drop` finds the PDFs in a drag."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from PySide6.QtCore import QMimeData, QUrl
from PySide6.QtGui import QAction, QDesktopServices, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from observer_desktop.services import reads
from observer_desktop.services.reports import verify_report
from observer_desktop.ui.backend import Backend
from observer_desktop.ui.errors import show_error
from observer_desktop.ui.palette import MUTED
from observer_desktop.ui.reports.verification_view import VerificationView
from observer_desktop.ui.tasks import TaskHandle, TaskRunner

__all__ = ["VerifyDialog", "is_pdf_drop"]


def is_pdf_drop(mime_data: QMimeData | None) -> list[str]:
    """Local paths of the PDF files in a drag (for the main window's drop handling).

    Judged by name only: no disk access on the UI thread. The verification
    itself sniffs the content and says when a file is not a PDF.
    """
    if mime_data is None or not mime_data.hasUrls():
        return []
    paths = []
    for url in mime_data.urls():
        if url.isLocalFile():
            local = url.toLocalFile()
            if local.lower().endswith(".pdf"):
                paths.append(local)
    return paths


def _verify_any(app: Any, path: Path) -> dict[str, Any]:
    """Verify a PDF; check local evidence only when its audit lives in this data folder.

    A report made by someone else would otherwise be called invalid just
    because its photos are not on this computer.
    """
    result = verify_report(Path(path))
    embedded = result.embedded_audit or {}
    audit_id = embedded.get("id")
    local = isinstance(audit_id, str) and reads.audit_or_none(app, audit_id) is not None
    if local:
        result = verify_report(Path(path), app=app)
    return {"path": Path(path), "verification": result, "local": local}


class VerifyDialog(QDialog):
    """Verify any PDF and say, in plain words, whether it is an authentic Observador report."""

    def __init__(
        self,
        backend: Backend,
        tasks: TaskRunner,
        pdf_path: str | os.PathLike[str],
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.setObjectName("verifyDialog")
        self.backend = backend
        self.tasks = tasks
        self.pdf_path = Path(pdf_path)
        self.verification: Any = None
        self.handle: TaskHandle | None = None
        self._closing = False
        self._generation = 0
        self.setWindowTitle(self.tr("Verify a report"))
        self.setAcceptDrops(True)
        self.setSizeGripEnabled(True)
        layout = QVBoxLayout(self)
        self.file_label = QLabel(self)
        self.file_label.setObjectName("verifyFileLabel")
        self.file_label.setWordWrap(True)
        layout.addWidget(self.file_label)
        self.busy = QProgressBar(self)
        self.busy.setObjectName("verifyProgress")
        self.busy.setRange(0, 0)
        self.busy.setAccessibleName(self.tr("Verifying"))
        layout.addWidget(self.busy)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.view = VerificationView(scroll)
        scroll.setWidget(self.view)
        layout.addWidget(scroll, 1)
        hint = QLabel(
            self.tr(
                "Verification checks the digital signature inside the PDF; it works without "
                "internet. You can also drop another PDF on this window."
            ),
            self,
        )
        hint.setWordWrap(True)
        hint.setStyleSheet(f"color: {MUTED};")
        layout.addWidget(hint)
        layout.addLayout(self._buttons())
        screen = QGuiApplication.primaryScreen()
        height = 640
        if screen is not None:
            height = min(height, int(screen.availableGeometry().height() * 0.9))
        self.resize(640, height)
        self.verify(self.pdf_path)

    def _buttons(self) -> QHBoxLayout:
        """Verify another file (Ctrl+O), open the PDF, close."""
        buttons = QHBoxLayout()
        self.another_button = QPushButton(self.tr("Verify &another file…"), self)
        self.another_button.setObjectName("verifyAnotherButton")
        self.open_button = QPushButton(self.tr("&Open the PDF"), self)
        self.open_button.setObjectName("openPdfButton")
        self.close_button = QPushButton(self.tr("Clos&e"), self)
        self.close_button.setObjectName("closeButton")
        buttons.addWidget(self.another_button)
        buttons.addWidget(self.open_button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        self.another_action = QAction(self.tr("Verify another file…"), self)
        self.another_action.setShortcut(QKeySequence.StandardKey.Open)
        self.another_action.triggered.connect(self.choose_another)
        self.addAction(self.another_action)
        self.another_button.clicked.connect(self.another_action.trigger)
        self.another_button.setToolTip(self.tr("Choose another PDF to verify (Ctrl+O)"))
        self.open_button.clicked.connect(self.open_pdf)
        self.close_button.clicked.connect(self.reject)
        self.close_button.setDefault(True)
        return buttons

    def verify(self, path: str | os.PathLike[str]) -> None:
        """Check ``path`` on the worker; the result replaces what is shown."""
        self.pdf_path = Path(path)
        self._generation += 1
        generation = self._generation
        self.verification = None
        self.file_label.setText(self.tr("File: %1").replace("%1", str(self.pdf_path)))
        self.view.set_busy()
        self.busy.show()
        self.open_button.setEnabled(False)
        target = self.pdf_path

        def done(result: dict[str, Any]) -> None:
            if self._closing or generation != self._generation:
                return
            self.busy.hide()
            self.verification = result["verification"]
            self.view.set_result(result["verification"], path=None, local=result["local"])
            self.open_button.setEnabled(result["verification"].status != "unreadable")

        def failed(exc: BaseException, tb: str) -> None:
            if self._closing or generation != self._generation:
                return
            self.busy.hide()
            self.view.set_busy(self.tr("The file could not be verified."))
            show_error(self, exc, tb)

        self.handle = self.tasks.run_long(
            lambda _h: _verify_any(self.backend.app(), target), on_success=done, on_failure=failed
        )

    def choose_another(self) -> None:
        path = self._ask_open_path()
        if path:
            self.verify(path)

    def open_pdf(self) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.pdf_path)))

    def _ask_open_path(self) -> str:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Choose a PDF to verify"),
            str(self.pdf_path.parent),
            self.tr("PDF files (*.pdf);;All files (*)"),
        )
        return path

    def dragEnterEvent(self, event: Any) -> None:
        if is_pdf_drop(event.mimeData()):
            event.acceptProposedAction()

    def dropEvent(self, event: Any) -> None:
        paths = is_pdf_drop(event.mimeData())
        if paths:
            event.acceptProposedAction()
            self.verify(paths[0])

    def done(self, code: int) -> None:
        self._closing = True
        super().done(code)
