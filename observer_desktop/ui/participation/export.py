"""Exporting a period's sessions as CSV for the program's coordinators: where, then write."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QFileDialog, QWidget

from observer_desktop.core.files import atomic_write
from observer_desktop.services import sessions as session_service
from observer_desktop.ui.backend import Backend, documents_folder
from observer_desktop.ui.errors import show_error
from observer_desktop.ui.tasks import TaskRunner


def export_csv(app: Any, date_from: str, date_to: str, target: Path) -> dict[str, Any]:
    """Write the period's sessions to ``target`` (worker thread)."""
    listing = session_service.list_sessions(app, date_from=date_from, date_to=date_to)
    text = session_service.sessions_csv(listing)
    # BOM: spreadsheet programs on Windows then read the accents correctly
    atomic_write(Path(target), text.encode("utf-8-sig"))
    return {"path": Path(target), "sessions": listing["total_sessions"]}


class CsvExport(QObject):
    """Asks where to save a period's sessions and writes them there off the UI thread.

    ``message(text)`` says what happened ("" clears an old message); ``last_export`` is
    the file written last. Its parent is the page, which its dialogs belong to.
    """

    message = Signal(str)

    def __init__(self, backend: Backend, tasks: TaskRunner, parent: QWidget):
        super().__init__(parent)
        self.backend = backend
        self.tasks = tasks
        self.last_export: Path | None = None

    def page(self) -> QWidget:
        parent = self.parent()
        assert isinstance(parent, QWidget)
        return parent

    def run(self, date_from: str, date_to: str) -> None:
        """Ask for a file name, then export the period (ISO dates, inclusive) to it."""
        target = self.ask_path(self.default_path(date_from, date_to))
        if not target:
            return
        self.message.emit(self.tr("Exporting…"))

        def done(result: dict[str, Any]) -> None:
            self.last_export = result["path"]
            self.message.emit(
                self.tr("%1 session(s) exported to %2")
                .replace("%1", str(result["sessions"]))
                .replace("%2", str(result["path"]))
            )

        def failed(exc: BaseException, tb: str) -> None:
            self.message.emit("")
            show_error(self.page(), exc, tb)

        self.tasks.run(
            lambda: export_csv(self.backend.app(), date_from, date_to, Path(target)),
            on_success=done,
            on_failure=failed,
        )

    def ask_path(self, suggested: str) -> str:
        """The file to write, "" when the observer cancels (tests replace it)."""
        path, _ = QFileDialog.getSaveFileName(
            self.page(), self.tr("Export sessions"), suggested, self.tr("CSV files (*.csv)")
        )
        if path and not path.lower().endswith(".csv"):
            path += ".csv"
        return path

    def default_path(self, date_from: str, date_to: str) -> str:
        name = self.tr("participation-%1-to-%2.csv").replace("%1", date_from).replace("%2", date_to)
        return os.path.join(documents_folder(), name)
