"""What the report dialog shows, one page at a time: :class:`ReportPages`, a stack of the
busy page (:class:`~.progress.ReportProgress`), the choice when a report already exists,
the message when there is none (a draft, cancelled, failed), and the result: the QtPdf
preview beside the verification."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from observer_desktop.ui.reports.preview import _PdfPane
from observer_desktop.ui.reports.progress import ReportProgress
from observer_desktop.ui.reports.verification_view import VerificationView

__all__ = ["ReportPages"]


class ReportPages(QStackedWidget):
    """The report dialog's pages; the dialog wires the buttons and says which to show."""

    PAGE_BUSY, PAGE_CHOICE, PAGE_MESSAGE, PAGE_RESULT = range(4)

    def __init__(self, parent: QWidget):
        super().__init__(parent)
        self.busy = ReportProgress(self)
        self.addWidget(self.busy)
        self.addWidget(self._choice_page())
        self.addWidget(self._message_page())
        self.addWidget(self._result_page())

    def _choice_page(self) -> QWidget:
        """A report already exists: open it, or sign a new one."""
        choice = QWidget(self)
        cl = QVBoxLayout(choice)
        cl.addStretch(1)
        self.choice_label = QLabel(choice)
        self.choice_label.setObjectName("choiceLabel")
        self.choice_label.setWordWrap(True)
        self.choice_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        cl.addWidget(self.choice_label)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.open_latest_button = QPushButton(self.tr("&Open the latest report"), choice)
        self.open_latest_button.setObjectName("openLatestButton")
        self.regenerate_button = QPushButton(self.tr("&Generate a new report"), choice)
        self.regenerate_button.setObjectName("regenerateButton")
        buttons.addWidget(self.open_latest_button)
        buttons.addWidget(self.regenerate_button)
        buttons.addStretch(1)
        cl.addLayout(buttons)
        cl.addStretch(2)
        return choice

    def _message_page(self) -> QWidget:
        """Why there is no report: a draft, cancelled, failed (with Try again)."""
        message = QWidget(self)
        ml = QVBoxLayout(message)
        ml.addStretch(1)
        self.message_label = QLabel(message)
        self.message_label.setObjectName("messageLabel")
        self.message_label.setWordWrap(True)
        self.message_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        ml.addWidget(self.message_label)
        mrow = QHBoxLayout()
        mrow.addStretch(1)
        self.retry_button = QPushButton(self.tr("&Try again"), message)
        self.retry_button.setObjectName("retryButton")
        mrow.addWidget(self.retry_button)
        mrow.addStretch(1)
        ml.addLayout(mrow)
        ml.addStretch(2)
        return message

    def _result_page(self) -> QWidget:
        """The preview and the verification side by side."""
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("resultSplitter")
        self.pdf = _PdfPane(self.splitter)
        side = QScrollArea(self.splitter)
        side.setWidgetResizable(True)
        side.setFrameShape(QFrame.Shape.NoFrame)
        self.verification_view = VerificationView(side)
        side.setWidget(self.verification_view)
        side.setMinimumWidth(340)
        self.splitter.addWidget(self.pdf)
        self.splitter.addWidget(side)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([800, 400])
        return self.splitter

    # -- which page

    def show_busy(self, text: str, *, cancellable: bool) -> None:
        self.busy.show_text(text, cancellable=cancellable)
        self.setCurrentIndex(self.PAGE_BUSY)

    def show_choice(self, text: str) -> None:
        self.choice_label.setText(text)
        self.setCurrentIndex(self.PAGE_CHOICE)
        self.open_latest_button.setDefault(True)
        self.open_latest_button.setFocus()

    def show_message(self, text: str, *, retry: bool) -> None:
        self.message_label.setText(text)
        self.retry_button.setVisible(retry)
        self.setCurrentIndex(self.PAGE_MESSAGE)
        if retry:
            self.retry_button.setFocus()

    def show_result(self, pdf_bytes: bytes, verification: Any, *, path: Any) -> None:
        """The PDF (parsed here from the bytes read on the worker) and its verification."""
        self.pdf.load_bytes(pdf_bytes)
        self.verification_view.set_result(verification, path=path)
        self.setCurrentIndex(self.PAGE_RESULT)
