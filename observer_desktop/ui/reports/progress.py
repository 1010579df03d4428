"""The report dialog's busy page: :class:`ReportProgress` says what is being done, with one
bar across the stages of ``generate_report`` and Cancel while nothing is signed yet."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QPushButton, QVBoxLayout, QWidget

__all__ = ["CANCELLABLE", "ReportProgress"]

# Share of the progress bar each stage of generate_report takes (start, end in %).
STAGE_SPAN = {
    "prepare": (0, 5),
    "previews": (5, 30),
    "images": (30, 60),
    "layout": (60, 82),
    "sign": (82, 98),
    "done": (98, 100),
}
# Stages during which cancelling is safe: nothing is signed or stored yet.
CANCELLABLE = {"prepare", "previews", "images", "layout"}


class ReportProgress(QWidget):
    """A stage in words, a progress bar and a Cancel button, centred on the page."""

    def __init__(self, parent: QWidget):
        super().__init__(parent)
        bl = QVBoxLayout(self)
        bl.addStretch(1)
        self.stage_label = QLabel(self)
        self.stage_label.setObjectName("stageLabel")
        self.stage_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.stage_label.setWordWrap(True)
        bl.addWidget(self.stage_label)
        self.progress = QProgressBar(self)
        self.progress.setObjectName("reportProgress")
        self.progress.setAccessibleName(self.tr("Report progress"))
        self.progress.setRange(0, 100)
        self.progress.setMinimumWidth(420)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.progress, 3)
        row.addStretch(1)
        bl.addLayout(row)
        self.cancel_button = QPushButton(self.tr("&Cancel"), self)
        self.cancel_button.setObjectName("cancelButton")
        row2 = QHBoxLayout()
        row2.addStretch(1)
        row2.addWidget(self.cancel_button)
        row2.addStretch(1)
        bl.addLayout(row2)
        bl.addStretch(2)

    def show_text(self, text: str, *, cancellable: bool) -> None:
        """Say ``text``; a bar that moves only with Cancel, else a busy indicator."""
        self.stage_label.setText(text)
        self.progress.setRange(0, 100 if cancellable else 0)
        self.cancel_button.setVisible(cancellable)
        self.cancel_button.setEnabled(cancellable)

    def show_stage(self, stage: str, done: int, total: int) -> None:
        """A progress report of ``generate_report``: Cancel goes once signing starts."""
        start, end = STAGE_SPAN.get(stage, (0, 100))
        fraction = (done / total) if total else 1.0
        self.progress.setValue(int(start + (end - start) * max(0.0, min(fraction, 1.0))))
        self.stage_label.setText(self._stage_text(stage, done, total))
        if stage not in CANCELLABLE:
            self.cancel_button.setEnabled(False)

    def show_cancelling(self) -> None:
        self.cancel_button.setEnabled(False)
        self.stage_label.setText(self.tr("Cancelling…"))

    def _stage_text(self, stage: str, done: int, total: int) -> str:
        if stage == "prepare":
            return self.tr("Gathering the audit's answers, findings and evidence…")
        if stage == "previews":
            return (
                self.tr("Preparing photos (%1 of %2)…")
                .replace("%1", str(done))
                .replace("%2", str(total))
            )
        if stage == "images":
            return (
                self.tr("Placing photos in the report (%1 of %2)…")
                .replace("%1", str(done))
                .replace("%2", str(total))
            )
        if stage == "layout":
            return self.tr("Laying out the pages…")
        if stage == "sign":
            return self.tr("Signing the report with your key…")
        if stage == "done":
            return self.tr("Done: the report is signed and saved.")
        return self.tr("Working…")
