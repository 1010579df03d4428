"""Files handed to the app by the desktop: a double-click, "Open with", the command line.

The installers associate Observador with its formats, so ``observer-desktop
FILE…`` must do something sensible with each:

- a PDF (``.pdf``): verify it, as dropping it on the window does;
- an audit package (``.observador.zip``): ask, then import it into this data
  folder in the background and open the audit;
- a batch for the OIC (``.obsbatch``): explain that it is loaded at the OIC
  (``oic-server ingest``), not on a laptop, and where the file is;
- anything else, or a file that is not there: say so, plainly.

It also carries the two menu commands for packages: File → Import audit
package and Audit → Export audit package (to move an audit to another
computer or hand it to a coordinator, with its evidence and custody log).
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any, Protocol

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QFileDialog, QMessageBox, QProgressDialog, QWidget

from observer_desktop.services.packages import PACKAGE_SUFFIX, package_file_name
from observer_desktop.services.packages import export_package as write_package
from observer_desktop.services.packages import import_package as read_package
from observer_desktop.ui.backend import Backend, documents_folder
from observer_desktop.ui.changes import AuditChange
from observer_desktop.ui.errors import show_error
from observer_desktop.ui.i18n import human_size
from observer_desktop.ui.tasks import TaskHandle, TaskRunner, alive, cancel_on_close, close_if_alive

__all__ = ["FileOpener", "file_kind"]

BATCH_SUFFIX = ".obsbatch"


class _Cancelled(Exception):
    """The observer stopped an export; the half-written package is removed."""


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
    """Opens files for ``window``. It asks the window, by signal, to show what it opened:
    ``imported`` carries the id of each audit imported (the window opens it; the list
    follows the change signal), ``verify_requested`` the path of a PDF to verify."""

    imported = Signal(str)
    verify_requested = Signal(str)

    def __init__(self, window: QWidget, backend: Backend, tasks: TaskRunner):
        super().__init__(window)
        self.backend = backend
        self.tasks = tasks
        self.dialogs: list[QWidget] = []  # kept alive while open; tests look here

    @property
    def window(self) -> Any:
        # the parent, not an attribute: window.files -> opener -> window would be a
        # Python cycle keeping a closed window's wrapper alive (docs/ui.md, traps)
        return self.parent()

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
                self.verify_requested.emit(str(path))
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

    def _message(self, icon: QMessageBox.Icon, text: str, title: str = "") -> QMessageBox:
        box = QMessageBox(icon, title or self.tr("Open file"), text, QMessageBox.StandardButton.Ok)
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

    def choose_package_to_import(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self.window,
            self.tr("Import audit package"),
            documents_folder(),
            self.tr("Audit packages (*%1)").replace("%1", PACKAGE_SUFFIX),
        )
        if path:
            self.import_package(Path(path))

    def import_package(self, path: Path) -> QProgressDialog:
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
            close_if_alive(progress)
            if result["status"] == "already-present":
                text = self.tr("The audit %1 was already in this data folder.")
            else:
                text = self.tr("Audit %1 imported: %2 answers, %3 new evidence file(s).").replace(
                    "%2", str(result.get("answers", 0))
                )
                text = text.replace("%3", str(result.get("evidence_added", 0)))
            self._message(QMessageBox.Icon.Information, text.replace("%1", result["audit"][:8]))
            self.imported.emit(result["audit"])

        def failed(exc: BaseException, details: str) -> None:
            close_if_alive(progress)
            show_error(self.window, exc, details)

        op, _handle = self.tasks.run_long_op(
            lambda _handle: read_package(backend.app(), path),
            initiator=self,
            change=lambda result: AuditChange(result["audit"], status=True),  # a new audit
        )
        op.success(done).failure(failed)
        return progress

    # ------------------------------------------------------------------ export

    def choose_export_target(self, audit: dict) -> None:
        """Ask where to save ``audit`` as a package, then export it."""
        path, _ = QFileDialog.getSaveFileName(
            self.window,
            self.tr("Export audit package"),
            str(Path(documents_folder()) / package_file_name(audit)),
            self.tr("Audit packages (*%1)").replace("%1", PACKAGE_SUFFIX),
        )
        if path:
            if not path.lower().endswith(PACKAGE_SUFFIX):
                path += PACKAGE_SUFFIX
            self.export_package(audit["id"], Path(path))

    def export_package(self, audit_id: str, target: Path) -> QProgressDialog:
        """Write the package in the background, with progress in bytes and cancel."""
        progress = self._export_progress(target)
        backend = self.backend

        def work(handle: TaskHandle) -> dict:
            def step(done: int, total: int) -> None:
                if handle.cancelled():
                    raise _Cancelled
                handle.progress((done, total))

            written = write_package(backend.app(), audit_id, target, progress=step)
            return {"file": str(written), "bytes": written.stat().st_size}

        handle = self.tasks.run_long(
            work,
            on_progress=lambda value: self._export_progressed(progress, target, value),
            on_success=lambda result: self._exported(progress, result),
            on_failure=lambda exc, details: self._export_failed(progress, exc, details),
        )
        # lambdas, not handle.cancel: see cancel_on_close in tasks.py
        cancel_on_close(progress, handle.cancel)
        return progress

    def _export_progress(self, target: Path) -> QProgressDialog:
        """The export's progress dialog, open, busy until the first sizes come."""
        progress = QProgressDialog(self.window)
        progress.setObjectName("exportPackageProgress")
        progress.setWindowTitle(self.tr("Export audit package"))
        progress.setLabelText(self.tr("Writing %1…").replace("%1", target.name))
        progress.setCancelButtonText(self.tr("&Cancel"))
        progress.setRange(0, 0)
        progress.setMinimumDuration(0)
        progress.setAutoClose(False)
        progress.setAutoReset(False)
        self._keep(progress)
        progress.open()
        return progress

    def _export_progressed(
        self, progress: QProgressDialog, target: Path, value: tuple[int, int]
    ) -> None:
        done, total = value
        if total and alive(progress) and progress.isVisible():
            progress.setRange(0, 1000)
            progress.setValue(int(1000 * done / total))
            progress.setLabelText(
                self.tr("Writing %1: %2 of %3…")
                .replace("%1", target.name)
                .replace("%2", human_size(done))
                .replace("%3", human_size(total))
            )

    def _exported(self, progress: QProgressDialog, result: dict) -> None:
        close_if_alive(progress)
        box = self._message(
            QMessageBox.Icon.Information,
            self.tr(
                "The audit package was saved in %1 (%2). It holds the audit, its evidence "
                "and its custody log; on another computer, open it with File → Import "
                "audit package."
            )
            .replace("%1", result["file"])
            .replace("%2", human_size(result["bytes"])),
            title=self.tr("Export audit package"),
        )
        box.setObjectName("exportPackageDone")

    def _export_failed(self, progress: QProgressDialog, exc: BaseException, details: str) -> None:
        close_if_alive(progress)
        if isinstance(exc, _Cancelled):
            self._message(
                QMessageBox.Icon.Information,
                self.tr("The export was cancelled; no package was written."),
                title=self.tr("Export audit package"),
            ).setObjectName("exportPackageCancelled")
        else:
            show_error(self.window, exc, details)
