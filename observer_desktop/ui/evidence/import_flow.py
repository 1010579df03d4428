"""Bringing files into an audit: the import task, its progress bar with Cancel, its report.

The import runs on the long-task thread (a folder stands for the files directly
in it); its progress reaches the UI at most every 50 ms (``TaskHandle``
coalesces it). Files are committed one by one, so ``rows_committed`` lets the
panel show them while the rest are still coming; a cancel keeps those.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

import shiboken6
from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from observer_desktop.services import evidence as evidence_service
from observer_desktop.services.evidence import ImportProgress, ImportResult
from observer_desktop.ui.backend import documents_folder
from observer_desktop.ui.changes import AuditChange
from observer_desktop.ui.evidence.formats import megabytes
from observer_desktop.ui.tasks import TaskHandle, TaskRunner

SUMMARY_LINES = 5  # messages listed per kind in the import summary; the rest are counted


def local_files(urls: Iterable) -> list[str]:
    """The local paths among dropped URLs."""
    return [u.toLocalFile() for u in urls if u.isLocalFile() and u.toLocalFile()]


def expand_folders(paths: list[str]) -> tuple[list[Path], int]:
    """Worker side: a folder stands for the files directly inside it (not its subfolders)."""
    files: list[Path] = []
    subfolders = 0
    for path in map(Path, paths):
        if path.is_dir():
            for child in sorted(path.iterdir()):
                if child.name.startswith("."):
                    continue  # hidden files (.DS_Store, Thumbs caches) are never evidence
                if child.is_dir():
                    subfolders += 1
                elif child.is_file():
                    files.append(child)
        else:
            files.append(path)
    return list(dict.fromkeys(files)), subfolders


class ImportBar(QFrame):
    """The running import: file x of y, megabytes, current name, and a Cancel button.

    Hidden while no import runs. ``finished`` carries ``{"result": ImportResult or
    None (nothing to add), "subfolders": n}``; :meth:`report` words it.
    """

    rows_committed = Signal(str)  # audit id: more files are stored, the list may be read again
    finished = Signal(str, object)  # audit id, {"result": ..., "subfolders": ...}
    failed = Signal(str, object, str)  # audit id, exception, traceback

    def __init__(self, backend, tasks: TaskRunner, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("importBar")
        self.backend = backend
        self.tasks = tasks
        self._import: TaskHandle | None = None
        self._audit_id: str | None = None
        self._files_done = -1
        self.setFrameShape(QFrame.Shape.StyledPanel)
        bar = QHBoxLayout(self)
        bar.setContentsMargins(8, 4, 8, 4)
        column = QVBoxLayout()
        self.label = QLabel(self)
        self.label.setObjectName("importLabel")
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        # long file names wrap (or are cut) instead of widening the panel and the window
        self.label.setWordWrap(True)
        self.label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        column.addWidget(self.label)
        self.progress = QProgressBar(self)
        self.progress.setObjectName("importProgress")
        self.progress.setAccessibleName(self.tr("Import progress"))
        self.progress.setTextVisible(False)
        self.progress.setRange(0, 1000)
        column.addWidget(self.progress)
        bar.addLayout(column, 1)
        self.cancel_button = QPushButton(self.tr("Cancel (Esc)"), self)
        self.cancel_button.setObjectName("importCancel")
        self.cancel_button.clicked.connect(self.cancel)
        bar.addWidget(self.cancel_button)
        self.setVisible(False)

    @property
    def running(self) -> bool:
        return self._import is not None

    def start(
        self,
        paths: list[str],
        audit_id: str,
        *,
        question_id: str | None = None,
        item: int | None = None,
        finding_id: str | None = None,
    ) -> None:
        """Import ``paths`` into ``audit_id``, linked to a question or a finding if given."""
        backend = self.backend

        def work(handle: TaskHandle) -> dict:
            files, subfolders = expand_folders(paths)
            if not files:
                return {"result": None, "subfolders": subfolders}
            result = evidence_service.add_evidence(
                backend.app(),
                audit_id,
                files,
                question_id=question_id,
                item=item,
                finding_id=finding_id,
                progress=handle.progress,
                should_cancel=handle.cancelled,
            )
            return {"result": result, "subfolders": subfolders}

        self._audit_id = audit_id
        self._files_done = -1
        self.label.setText(self.tr("Preparing to add %n file(s)…", "", len(paths)))
        self.progress.setRange(0, 0)  # busy until the first progress report
        self.cancel_button.setEnabled(True)
        self.setVisible(True)
        change = AuditChange(audit_id, evidence=True)  # a failure keeps the files before it
        op, self._import = self.tasks.run_long_op(
            work,
            initiator=self,
            change=lambda out: change if out["result"] is not None else AuditChange(None),
            partial=change,
            on_progress=self._progress,
        )
        op.success(lambda out: self._done(audit_id, out))
        op.failure(lambda exc, tb: self._failed(audit_id, exc, tb))

    def ask_for_files(self, parent: QWidget, title: str = "") -> list[str]:
        """The files the observer picks, starting in the folder used last (remembered)."""
        settings = self.backend.settings()
        last = str(settings.value("evidence/last_folder", "") or "")
        start = last if last and Path(last).is_dir() else documents_folder()
        paths, _ = QFileDialog.getOpenFileNames(
            parent,
            title or self.tr("Add evidence"),
            start,
            self.tr("All files (*);;Photos (*.jpg *.jpeg *.png *.heic *.heif *.webp *.tif *.tiff)"),
        )
        if paths:
            settings.setValue("evidence/last_folder", str(Path(paths[0]).parent))
        return paths

    def refusal(self, *, editable: bool) -> str:
        """Why no files can be added to the audit shown now; "" when they can."""
        if not editable:
            return self.tr(
                "This audit is no longer a draft, so no evidence can be added. "
                "Create a new version of the audit to add more."
            )
        if self.running:
            return self.tr(
                "Files are still being added. Wait until that finishes, or cancel it "
                "(Esc), then add these."
            )
        return ""

    def cancel(self) -> None:
        """Stop the running import: files already stored stay, the current one is dropped."""
        if self._import is None:
            return
        self._import.cancel()
        self.cancel_button.setEnabled(False)
        self.label.setText(self.tr("Cancelling… the files already added are kept."))

    def _progress(self, p: ImportProgress) -> None:
        if not shiboken6.isValid(self) or self._import is None or self._import.cancelled():
            return
        if p.stage == "previews":
            self.label.setText(
                self.tr("Preparing report images: %1 of %2")
                .replace("%1", str(p.files_done))
                .replace("%2", str(p.files_total))
            )
            self.progress.setRange(0, max(1, p.files_total))
            self.progress.setValue(p.files_done)
        else:
            current = min(p.files_done + 1, p.files_total)
            self.label.setText(
                self.tr("Adding file %1 of %2 (%3 of %4): %5")
                .replace("%1", str(current))
                .replace("%2", str(p.files_total))
                .replace("%3", megabytes(p.bytes_done))
                .replace("%4", megabytes(p.bytes_total))
                .replace("%5", p.current)
            )
            self.progress.setRange(0, 1000)
            self.progress.setValue(
                round(1000 * p.bytes_done / p.bytes_total) if p.bytes_total else 0
            )
        if p.files_done != self._files_done:
            self._files_done = p.files_done
            self.rows_committed.emit(self._audit_id)  # new rows are committed: show them soon

    def _finish(self) -> None:
        self._import = None
        self.setVisible(False)

    def _done(self, audit_id: str, out: dict) -> None:
        if not shiboken6.isValid(self):
            return
        self._finish()
        self.finished.emit(audit_id, out)

    def _failed(self, audit_id: str, exc: BaseException, tb: str) -> None:
        if not shiboken6.isValid(self):
            return
        self._finish()
        self.failed.emit(audit_id, exc, tb)

    # ------------------------------------------------------------- report

    def report(self, out: dict) -> tuple[str, bool]:
        """What a finished import did, in words, and whether that deserves a warning."""
        result: ImportResult | None = out["result"]
        subfolders = out["subfolders"]
        if result is None:
            text = self.tr("The folder has no files to add.")
            return text + ("\n" + self._subfolder_note(subfolders) if subfolders else ""), True
        lines = []
        if result.cancelled:
            lines.append(
                self.tr(
                    "Import cancelled: %n file(s) were added and kept; the rest were not imported.",
                    "",
                    len(result.added),
                )
            )
        else:
            lines.append(self.tr("%n file(s) added.", "", len(result.added)))
        if result.duplicates:
            lines.append(
                self.tr("%n file(s) were already in this audit:", "", len(result.duplicates))
            )
            lines += self._listed([d["message"] for d in result.duplicates])
        if result.refused:
            lines.append(self.tr("%n file(s) were not imported:", "", len(result.refused)))
            lines += self._listed([self._about(r["file"], r["reason"]) for r in result.refused])
        if result.warnings:
            lines.append(self.tr("%n warning(s):", "", len(result.warnings)))
            lines += self._listed([self._about(w["file"], w["message"]) for w in result.warnings])
        if subfolders:
            lines.append(self._subfolder_note(subfolders))
        warning = bool(result.cancelled or result.duplicates or result.warnings or result.refused)
        return "\n".join(lines), warning

    def _about(self, file: str, message: str) -> str:
        return self.tr("%1: %2").replace("%1", Path(file).name).replace("%2", message)

    def _subfolder_note(self, count: int) -> str:
        return self.tr(
            "%n subfolder(s) were not added: only the files directly inside a folder are. "
            "Open a subfolder to add its files.",
            "",
            count,
        )

    def _listed(self, messages: list[str]) -> list[str]:
        lines = ["  • " + m for m in messages[:SUMMARY_LINES]]
        if len(messages) > SUMMARY_LINES:
            lines.append(
                "  " + self.tr("…and %1 more.").replace("%1", str(len(messages) - SUMMARY_LINES))
            )
        return lines
