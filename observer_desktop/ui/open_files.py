"""Files handed to the app by the desktop: a double-click, "Open with", the command line.

The installers associate Observador with its formats, so ``observer-desktop
FILE…`` must do something sensible with each:

- a PDF (``.pdf``): verify it, as dropping it on the window does;
- an audit package (``.observador.zip``): ask, then import it into this data
  folder in the background and open the audit;
- a batch for the OIC (``.obsbatch``): explain that it is loaded at the OIC
  (``oic-server ingest``), not on a laptop, and where the file is;
- anything else, or a file that is not there: say so, plainly.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget

from observer_desktop.ui.backend import Backend
from observer_desktop.ui.errors import show_error
from observer_desktop.ui.tasks import TaskRunner

__all__ = ["FileOpener", "file_kind"]

PACKAGE_SUFFIX = ".observador.zip"
BATCH_SUFFIX = ".obsbatch"


class _Window(Protocol):
    """What the opener needs from the main window."""

    def verify_pdf(self, path: str) -> None: ...

    def refresh(self) -> None: ...

    def open_audit(self, audit_id: str) -> None: ...


def file_kind(path: str | Path) -> str:
    """``pdf``, ``package``, ``batch`` or ``unknown``, from the name (the content is checked
    by whatever opens it: the verifier and the package import refuse impostors)."""
    name = Path(path).name.lower()
    if name.endswith(".pdf"):
        return "pdf"
    if name.endswith(PACKAGE_SUFFIX):
        return "package"
    if name.endswith(BATCH_SUFFIX):
        return "batch"
    return "unknown"


class FileOpener(QObject):
    """Opens files for ``window``; ``imported`` carries the id of each audit imported."""

    imported = Signal(str)

    def __init__(self, window: QWidget, backend: Backend, tasks: TaskRunner):
        super().__init__(window)
        self.window = window
        self.backend = backend
        self.tasks = tasks
        self.dialogs: list[QWidget] = []  # kept alive while open; tests look here

    def open_paths(self, paths: Sequence[str | Path]) -> None:
        """Open each file (checked off the UI thread first: it may be on a slow drive)."""
        candidates = [Path(p).expanduser() for p in paths]
        if candidates:
            self.tasks.run(
                lambda: [(p, p.is_file()) for p in candidates],
                on_success=self._dispatch,
                on_failure=lambda exc, tb: show_error(self.window, exc, tb),
            )

    def _dispatch(self, checked: list[tuple[Path, bool]]) -> None:
        for path, exists in checked:
            if not exists:
                self._message(
                    QMessageBox.Icon.Warning,
                    self.tr("The file %1 does not exist or is not a file.").replace(
                        "%1", str(path)
                    ),
                )
                continue
            kind = file_kind(path)
            if kind == "pdf":
                self.window.verify_pdf(str(path))
            elif kind == "package":
                self.ask_import(path)
            elif kind == "batch":
                self._message(
                    QMessageBox.Icon.Information,
                    self.tr(
                        "%1 is a batch of audits for the OIC, made with Sending → Export batch "
                        "for USB. It is not opened on this computer: take it to the OIC, where "
                        "it is loaded into the server. Nothing was changed here."
                    ).replace("%1", str(path)),
                )
            else:
                self._message(
                    QMessageBox.Icon.Warning,
                    self.tr(
                        "Observador cannot open %1. It opens signed reports (.pdf) to verify "
                        "them and audit packages (.observador.zip) to import them."
                    ).replace("%1", str(path)),
                )

    def _message(self, icon: QMessageBox.Icon, text: str) -> QMessageBox:
        box = QMessageBox(icon, self.tr("Open file"), text, QMessageBox.StandardButton.Ok)
        box.setParent(self.window, box.windowFlags())
        box.setObjectName("openFileMessage")
        self._keep(box)
        box.open()
        return box

    def _keep(self, dialog: QWidget) -> None:
        self.dialogs.append(dialog)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.destroyed.connect(
            lambda *_: self.dialogs.remove(dialog) if dialog in self.dialogs else None
        )

    def ask_import(self, path: Path) -> QMessageBox:
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Import audit package"),
            self.tr(
                "Import the audit in %1 into this data folder? It is checked first; "
                "a damaged or altered package is refused and nothing changes."
            ).replace("%1", str(path)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        )
        box.setParent(self.window, box.windowFlags())
        box.setObjectName("importPackageQuestion")
        box.setDefaultButton(QMessageBox.StandardButton.Yes)
        box.button(QMessageBox.StandardButton.Yes).setText(self.tr("&Import"))
        box.button(QMessageBox.StandardButton.No).setText(self.tr("&Cancel"))
        self._keep(box)
        box.accepted.connect(lambda: self.import_package(path))
        box.open()
        return box

    def import_package(self, path: Path) -> QProgressDialog:
        from observer_desktop.services.packages import import_package

        progress = QProgressDialog(self.window)
        progress.setObjectName("importProgress")
        progress.setWindowTitle(self.tr("Import audit package"))
        progress.setLabelText(self.tr("Checking and importing %1…").replace("%1", path.name))
        progress.setRange(0, 0)
        progress.setCancelButton(None)  # the import is one transaction: it finishes or not
        progress.setMinimumDuration(0)
        self._keep(progress)
        progress.open()
        backend = self.backend

        def done(result: dict) -> None:
            progress.close()
            if result["status"] == "already-present":
                text = self.tr("The audit %1 was already in this data folder.")
            else:
                text = self.tr("Audit %1 imported: %2 answers, %3 new evidence file(s).").replace(
                    "%2", str(result.get("answers", 0))
                )
                text = text.replace("%3", str(result.get("evidence_added", 0)))
            self._message(QMessageBox.Icon.Information, text.replace("%1", result["audit"][:8]))
            self.window.refresh()
            self.window.open_audit(result["audit"])
            self.imported.emit(result["audit"])

        def failed(exc: BaseException, details: str) -> None:
            progress.close()
            show_error(self.window, exc, details)

        self.tasks.run_long(
            lambda _handle: import_package(backend.app(), path),
            on_success=done,
            on_failure=failed,
        )
        return progress
