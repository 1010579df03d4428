"""The batch for a USB stick: where to save it, then the queued submissions written to one
signed ``*.obsbatch`` on the controller's worker, with a progress dialog that cancels."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox, QProgressDialog

from observer_desktop.services import sync as sync_service
from observer_desktop.services.sync import SyncControl
from observer_desktop.ui.backend import documents_folder
from observer_desktop.ui.errors import show_error
from observer_desktop.ui.i18n import human_size
from observer_desktop.ui.sync.common import SyncPart
from observer_desktop.ui.tasks import TaskHandle, alive, cancel_on_close, close_if_alive

if TYPE_CHECKING:
    from observer_desktop.ui.sync.controller import SyncController


class BatchExport(SyncPart):
    """Export batch for USB: the file dialog, the export with progress, what it wrote."""

    def __init__(self, controller: SyncController):
        super().__init__(controller)

    def choose_file(self) -> None:
        c = self.controller
        if c.running or c.busy:
            return
        folder = documents_folder()
        name = "observador-" + QDate.currentDate().toString("yyyy-MM-dd") + ".obsbatch"
        path, _ = QFileDialog.getSaveFileName(
            self.window,
            self.tr("Save batch for USB"),
            str(Path(folder) / name),
            self.tr("Observador batch (*.obsbatch)"),
        )
        if path:
            if not path.lower().endswith(".obsbatch"):
                path += ".obsbatch"
            self.export(Path(path))

    def export(self, path: Path) -> QProgressDialog:
        """Write the queued submissions to ``path`` with a cancellable progress dialog."""
        c = self.controller
        control = SyncControl()
        backend, bridge = c.backend, c.bridge
        progress = self._progress_dialog(control)
        c.busy = True
        c.update_actions()
        written = [0]

        def work(handle: TaskHandle) -> dict:
            app = backend.app()

            def on_bytes(n: int) -> None:
                written[0] += n
                handle.progress(written[0])

            return sync_service.export_batch(
                app,
                path,
                ask=bridge.provider(app, lambda: control.cancelled or c.closing),
                control=control,
                on_bytes=on_bytes,
            )

        def progressed(n: int) -> None:
            if alive(progress) and progress.isVisible():
                progress.setLabelText(
                    self.tr("Writing the batch: %1 written…").replace("%1", human_size(n))
                )

        c.runner.run_long(
            work,
            on_progress=progressed,
            on_success=lambda summary: self._done(progress, path, summary),
            on_failure=lambda exc, tb: self._failed(progress, exc, tb),
        )
        return progress

    def _progress_dialog(self, control: SyncControl) -> QProgressDialog:
        progress = QProgressDialog(self.window)
        progress.setObjectName("exportProgress")
        progress.setWindowTitle(self.tr("Export batch for USB"))
        progress.setLabelText(self.tr("Preparing the batch…"))
        progress.setRange(0, 0)
        progress.setMinimumDuration(0)
        progress.setAutoClose(False)
        progress.setAutoReset(False)
        cancel_on_close(progress, control.cancel)
        progress.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        progress.open()
        return progress

    def _done(self, progress: QProgressDialog, path: Path, summary: dict) -> None:
        c = self.controller
        c.busy = False
        c.update_actions()
        close_if_alive(progress)
        c.refresh_status()
        lines = [
            self.tr(
                "The batch with %n audit(s) was saved in %1 (%2). Take it to the OIC; the "
                "audits are marked delivered at your next sync with the server.",
                "",
                len(summary.get("audits") or []),
            )
            .replace("%1", str(summary.get("file", path)))
            .replace("%2", human_size(int(summary.get("bytes") or 0)))
        ]
        lines.extend(summary.get("problems") or [])
        c.show_message(
            QMessageBox.Icon.Information,
            self.tr("Export batch for USB"),
            "\n\n".join(lines),
            "exportDoneDialog",
        )

    def _failed(self, progress: QProgressDialog, exc: BaseException, tb: str) -> None:
        c = self.controller
        c.busy = False
        c.update_actions()
        close_if_alive(progress)
        if type(exc).__name__ == "Cancelled":
            c.message.emit(self.tr("Export cancelled; no batch was written."))
            return
        show_error(self.window, exc, tb)
