"""The signed report of a finalized audit on screen: :class:`ReportDialog` makes it with
progress (or opens the latest one already made), shows it with QtPdf beside what a
reviewer's check would say about it, and saves a copy.

The signing key's passphrase is got the app's one way (``ui/passphrase.py``): the dialog
checks on the worker whether it is available, asks on the UI thread only when it is not,
and hands the typed value to the worker, which checks it before anything else; a wrong
one is asked again. The value lives only in local variables and closures of one
generation; it is never logged or stored.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from observer_desktop.core.errors import NotOwnAuditError, ObserverError
from observer_desktop.core.files import atomic_write
from observer_desktop.services import reads
from observer_desktop.services.reports import generate_report, verify_report
from observer_desktop.ui.backend import Backend, documents_folder
from observer_desktop.ui.changes import AuditChange
from observer_desktop.ui.errors import error_text, show_error
from observer_desktop.ui.i18n import local_time
from observer_desktop.ui.passphrase import WrongPassphrase, ask_passphrase, check_typed, key_state
from observer_desktop.ui.reports.pages import ReportPages
from observer_desktop.ui.reports.progress import CANCELLABLE
from observer_desktop.ui.tasks import TaskHandle, TaskRunner

__all__ = ["ReportDialog"]


class _Cancelled(Exception):
    """Raised from the progress callback to stop a generation the observer cancelled."""


# ------------------------------------------------------------ worker helpers


def _signing_key_state(app: Any, audit_id: str) -> str:
    """:func:`~observer_desktop.ui.passphrase.key_state`, after refusing an audit of
    another observer code: that is refused before any passphrase is asked."""
    app.require_own_audit(app.resolve_audit(audit_id))
    return key_state(app)


def _read_report(app: Any, path: Path, *, meta: dict[str, Any]) -> dict[str, Any]:
    """The PDF's bytes (the preview parses them on the UI thread) and its verification."""
    data = Path(path).read_bytes()
    return {
        "path": Path(path),
        "bytes": data,
        "verification": verify_report(Path(path), app=app),
        **meta,
    }


def _copy_file(source: Path, target: Path) -> Path:
    atomic_write(Path(target), Path(source).read_bytes())
    return Path(target)


# ------------------------------------------------------------------ dialog


class ReportDialog(QDialog):
    """Generate (or open) the signed report of a finalized audit, preview it, save a copy.

    A new report signed and stored goes out by the change signal (``tasks.changes``,
    ui/changes.py): the audit's status may now be "signed", and it may be sent.
    """

    def __init__(
        self,
        backend: Backend,
        tasks: TaskRunner,
        audit_id: str,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.setObjectName("reportDialog")
        self.backend = backend
        self.tasks = tasks
        self.audit_id = audit_id
        self.audit: dict[str, Any] | None = None
        self.reports: list[dict[str, Any]] = []
        self.result: dict[str, Any] | None = None
        self.handle: TaskHandle | None = None
        self.save_handle: TaskHandle | None = None
        self.saved_path: Path | None = None
        self._closing = False
        self._signing = False  # a report is being made (its result changes the audit)
        self._close_code: int | None = None  # closing asked for while signing
        self._quit_after = False  # Ctrl+Q: close the window too once this one is closed
        self.setWindowTitle(self.tr("Signed report"))
        self.setSizeGripEnabled(True)
        self._size_for_screen()

        layout = QVBoxLayout(self)
        self.title_label = QLabel(self)
        self.title_label.setObjectName("reportTitle")
        self.title_label.setWordWrap(True)
        font = self.title_label.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.title_label.setFont(font)
        layout.addWidget(self.title_label)
        self.stack = ReportPages(self)
        layout.addWidget(self.stack, 1)
        self.stack.busy.cancel_button.clicked.connect(self.cancel_generation)
        self.stack.open_latest_button.clicked.connect(self.open_latest)
        self.stack.regenerate_button.clicked.connect(self.generate)
        self.stack.retry_button.clicked.connect(self.generate)
        self.pdf = self.stack.pdf
        self.pdf_view = self.pdf.view
        layout.addLayout(self._bottom_row())
        self._add_actions()

        self.setTabOrder(self.pdf_view, self.save_button)
        self.setTabOrder(self.save_button, self.new_button)
        self.setTabOrder(self.new_button, self.close_button)
        self._show_busy(self.tr("Loading the audit…"), cancellable=False)
        self._update_actions()
        self._load()

    def _bottom_row(self) -> QHBoxLayout:
        self.status_label = QLabel(self)
        self.status_label.setObjectName("reportStatus")
        self.status_label.setWordWrap(True)
        bottom = QHBoxLayout()
        bottom.addWidget(self.status_label, 1)
        self.save_button = QPushButton(self.tr("&Save a copy…"), self)
        self.save_button.setObjectName("saveCopyButton")
        self.new_button = QPushButton(self.tr("Generate &new"), self)
        self.new_button.setObjectName("newReportButton")
        self.new_button.setToolTip(self.tr("Sign a new report of this audit"))
        self.close_button = QPushButton(self.tr("Clos&e"), self)
        self.close_button.setObjectName("closeButton")
        self.close_button.setAutoDefault(False)
        for b in (self.save_button, self.new_button, self.close_button):
            bottom.addWidget(b)
        self.close_button.clicked.connect(self.reject)
        self.new_button.clicked.connect(self.generate)
        return bottom

    def _add_actions(self) -> None:
        self.save_action = QAction(self.tr("Save a copy…"), self)
        self.save_action.setObjectName("saveCopyAction")
        self.save_action.setShortcut(QKeySequence.StandardKey.Save)
        self.save_action.triggered.connect(self.save_copy)
        self.addAction(self.save_action)
        self.save_button.clicked.connect(self.save_action.trigger)
        self.save_button.setToolTip(self.tr("Save a copy of the signed PDF (Ctrl+S)"))
        # the app's Ctrl+Q works here too (the window behind this dialog cannot take keys)
        self.quit_action = QAction(self.tr("Quit"), self)
        self.quit_action.setObjectName("quitAction")
        self.quit_action.setShortcut(QKeySequence("Ctrl+Q"))
        self.quit_action.triggered.connect(self.quit_app)
        self.addAction(self.quit_action)

    # ----------------------------------------------------------- public

    def generate(self) -> None:
        """Sign a new report (asks for the passphrase first when it is not available)."""
        if self.handle is not None and not self.handle.finished:
            return
        self._show_busy(self.tr("Checking your signing key…"), cancellable=False)
        audit_id = self.audit_id
        self.tasks.run(
            lambda: _signing_key_state(self.backend.app(), audit_id),
            on_success=self._key_checked,
            on_failure=self._failed,
        )

    def open_latest(self) -> None:
        """Show the newest report already made for this audit (no new signature)."""
        if not self.reports:
            return
        latest = self.reports[-1]
        meta = {"new": False, "signed_at": latest["signed_at"]}
        rel = latest["path"]
        self._show_busy(self.tr("Opening the report…"), cancellable=False)

        def read(_handle: TaskHandle) -> dict[str, Any]:
            app = self.backend.app()
            return _read_report(app, app.data_dir / rel, meta=meta)

        self.handle = self.tasks.run_long(
            read,
            on_success=self._shown,
            on_failure=self._failed,
        )

    def save_copy(self) -> None:
        """Ask where, then copy the signed PDF there on the worker."""
        if self.result is None or (self.save_handle is not None and not self.save_handle.finished):
            return
        target = self._ask_save_path(self._default_save_path())
        if not target:
            return
        source = self.result["path"]
        self.status_label.setText(self.tr("Saving a copy…"))

        def saved(path: Path) -> None:
            if self._closing:
                return
            self.saved_path = Path(path)
            self.status_label.setText(self.tr("Copy saved in %1").replace("%1", str(path)))

        def failed(exc: BaseException, tb: str) -> None:
            self.status_label.setText("")
            show_error(self, exc, tb)

        self.save_handle = self.tasks.run_long(
            lambda _h: _copy_file(source, Path(target)), on_success=saved, on_failure=failed
        )

    def cancel_generation(self) -> None:
        if self.handle is not None and not self.handle.finished:
            self.handle.cancel()
            self.stack.busy.show_cancelling()

    # ----------------------------------------------- overridable for tests

    def _ask_passphrase(self, mode: str, error: str = "") -> str | None:
        """Ask on the UI thread; ``None`` when the observer cancels."""
        return ask_passphrase(self, mode, error)

    def _ask_save_path(self, suggested: str) -> str:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save a copy of the report"), suggested, self.tr("PDF files (*.pdf)")
        )
        if path and not path.lower().endswith(".pdf"):
            path += ".pdf"
        return path

    # ------------------------------------------------------------ flow

    def _load(self) -> None:
        audit_id = self.audit_id

        def load() -> dict[str, Any]:
            app = self.backend.app()
            audit = app.resolve_audit(audit_id)
            reports = [
                r
                for r in reads.report_rows(app, audit["id"])
                if (app.data_dir / r["path"]).is_file()
            ]
            return {"audit": audit, "reports": reports}

        self.tasks.run(load, on_success=self._loaded, on_failure=self._failed)

    def _loaded(self, info: dict[str, Any]) -> None:
        if self._closing:
            return
        self.audit = info["audit"]
        self.audit_id = self.audit["id"]
        self.reports = info["reports"]
        self.title_label.setText(
            self.tr("%1 — version %2")
            .replace("%1", self.audit.get("title") or self.audit["id"][:8])
            .replace("%2", str(self.audit["version"]))
        )
        if self.audit["status"] == "draft":
            self._show_message(
                self.tr(
                    "This audit is still a draft. Finalize it in the editor first: the signed "
                    "report can only be made of a finalized audit."
                ),
                retry=False,
            )
            return
        if self.reports:
            latest = self.reports[-1]
            count = len(self.reports)
            self.stack.show_choice(
                self.tr(
                    "This audit already has %n signed report(s); the latest was made on %1.\n\n"
                    "You can open it, or sign a new one (for example after enrolling with "
                    "the OIC).",
                    "",
                    count,
                ).replace("%1", local_time(latest["signed_at"]))
            )
            self._update_actions()
            return
        self.generate()

    def _key_checked(self, state: str) -> None:
        if self._closing:
            return
        if state == "ready":
            self._start(None, "ready")
            return
        self._ask_and_start(state, "")

    def _ask_and_start(self, mode: str, error: str) -> None:
        typed = self._ask_passphrase(mode, error)
        if not typed:
            self._show_message(
                self.tr("No report was made: the signature needs your passphrase."), retry=True
            )
            return
        self._start(typed, mode)

    def _start(self, typed: str | None, mode: str) -> None:
        audit_id = self.audit_id
        self._show_busy(self.tr("Preparing the report…"), cancellable=True)
        self.stack.busy.progress.setValue(0)
        self._signing = True

        def work(handle: TaskHandle) -> dict[str, Any]:
            app = self.backend.app()
            if typed is not None and mode == "ask":
                check_typed(app, typed)  # WrongPassphrase: asked again

            def progress(stage: str, done: int, total: int) -> None:
                if stage in CANCELLABLE and handle.cancelled():
                    raise _Cancelled
                handle.progress((stage, done, total), force=stage in ("sign", "done"))

            ask = (lambda _prompt: typed) if typed is not None else None
            made = generate_report(app, audit_id, progress=progress, ask=ask)
            return _read_report(
                app, made.path, meta={"new": True, "signed_at": made.signed_at, "made": made}
            )

        def failed(exc: BaseException, tb: str) -> None:
            self._signing = False
            if self._close_code is not None:  # closed meanwhile: cancelled, or failed (logged)
                self._finish_close()
                return
            if self._closing:
                return
            if isinstance(exc, WrongPassphrase):
                self._ask_and_start("ask", str(exc))
            elif isinstance(exc, _Cancelled):
                self._show_message(self.tr("Cancelled. Nothing was signed or saved."), retry=True)
            else:
                self._failed(exc, tb)

        def succeeded(result: dict[str, Any]) -> None:
            self._signing = False
            if self._close_code is not None:
                self._finish_close()
                return
            self._shown(result)

        op, self.handle = self.tasks.run_long_op(
            work,
            initiator=self,
            change=AuditChange(audit_id, status=True, reports=True, outbox=True),
            on_progress=self._progressed,
        )
        op.success(succeeded).failure(failed)

    def _progressed(self, value: tuple[str, int, int]) -> None:
        if self._closing or self._close_code is not None:  # keep saying it is closing
            return
        self.stack.busy.show_stage(*value)

    def _shown(self, result: dict[str, Any]) -> None:
        if self._closing:
            return
        self.result = result
        self.stack.show_result(result["bytes"], result["verification"], path=result["path"])
        result["bytes"] = b""  # the preview keeps its own copy
        when = local_time(result.get("signed_at"))
        if result.get("new"):
            self.status_label.setText(
                self.tr("New report signed on %1 and kept in your data folder.").replace("%1", when)
            )
        else:
            self.status_label.setText(self.tr("Report signed on %1.").replace("%1", when))
        self._update_actions()
        self.pdf_view.setFocus()

    def _failed(self, exc: BaseException, tb: str) -> None:
        if self._closing:
            return
        self._show_message(
            self.tr("The report could not be made:\n\n%1").replace("%1", error_text(exc)),
            # trying again cannot sign another observer's audit
            retry=self.audit is not None
            and self.audit.get("status") != "draft"
            and not isinstance(exc, NotOwnAuditError),
        )
        if not isinstance(exc, ObserverError):
            show_error(self, exc, tb)

    # ----------------------------------------------------------- pages

    def _show_busy(self, text: str, *, cancellable: bool) -> None:
        self.stack.show_busy(text, cancellable=cancellable)
        self._update_actions()

    def _show_message(self, text: str, *, retry: bool) -> None:
        self.stack.show_message(text, retry=retry)
        self._update_actions()

    def _update_actions(self) -> None:
        page = self.stack.currentIndex()
        on_result = page == self.stack.PAGE_RESULT and self.result is not None
        self.save_action.setEnabled(on_result)
        self.save_button.setVisible(on_result)
        self.new_button.setVisible(on_result)
        for act in self.pdf.actions():
            act.setEnabled(on_result)
        if on_result:
            self.pdf._update_page()

    def _default_save_path(self) -> str:
        audit = self.audit or {"id": self.audit_id, "version": 1}
        name = f"informe-{audit['id'][:8]}-v{audit['version']}.pdf"
        return os.path.join(documents_folder(), name)

    def _size_for_screen(self) -> None:
        screen = QGuiApplication.primaryScreen()
        width, height = 1180, 740
        if screen is not None:
            avail = screen.availableGeometry()
            width = min(width, int(avail.width() * 0.95))
            height = min(height, int(avail.height() * 0.92))
        self.resize(width, height)

    # ---------------------------------------------------------- closing

    def done(self, code: int) -> None:
        if self._signing:
            # cancel what has not been signed yet; a signature under way finishes and its
            # PDF is kept. Either way the window waits for the task, saying so, and then
            # closes: the list must learn of a new report, and nothing may reach a window
            # already deleted ("Signal source has been deleted").
            if self.handle is not None:
                self.handle.cancel()
            self._close_code = code
            self._show_busy(
                self.tr(
                    "Closing… a report being signed is saved first; this window closes by itself."
                ),
                cancellable=False,
            )
            return
        # late callbacks of other tasks (opening, saving a copy) then do nothing
        if self.handle is not None and not self.handle.finished:
            self.handle.cancel()
        self._closing = True
        super().done(code)
        if self._quit_after and self.parent() is not None:
            self.parent().window().close()

    def _finish_close(self) -> None:
        code, self._close_code = self._close_code, None
        self.done(QDialog.DialogCode.Rejected if code is None else code)

    def quit_app(self) -> None:
        """Ctrl+Q: close this window (waiting for a signature under way), then the app's."""
        self._quit_after = True
        self.reject()
