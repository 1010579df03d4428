"""Saving a copy of one evidence file: the only way to open it with another program.

The copy is checked against the SHA-256 the file was imported with on the way
out, and written all or nothing; a large one goes to the long-task thread.
Used by the panel ("Save a copy…" on the selected file) and the viewer.
"""

from __future__ import annotations

import hashlib
import os
import re
import tempfile
from collections.abc import Callable
from pathlib import Path

import shiboken6
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from observer_desktop.core.errors import os_reason
from observer_desktop.ui.backend import documents_folder
from observer_desktop.ui.errors import show_error
from observer_desktop.ui.tasks import TaskRunner

QUICK_COPY_BYTES = 50 * 1024 * 1024  # larger copies go to the long-task queue


class AlteredEvidenceError(Exception):
    """The stored file no longer has the SHA-256 it was imported with."""


def export_copy(app, sha: str, target: Path, *, should_cancel: Callable[[], bool] | None = None):
    """Copy a stored file to ``target``, checking its SHA-256 on the way; all or nothing."""
    source = app.evidence.path_for(sha)
    digest = hashlib.sha256()
    fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=".observador-", suffix=".part")
    try:
        with open(source, "rb") as src, os.fdopen(fd, "wb") as out:
            while chunk := src.read(1024 * 1024):
                if should_cancel is not None and should_cancel():
                    raise InterruptedError
                digest.update(chunk)
                out.write(chunk)
            out.flush()
            os.fsync(out.fileno())
        if digest.hexdigest() != sha:
            raise AlteredEvidenceError(sha)
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return str(target)


def safe_file_name(name: str, fallback: str) -> str:
    name = re.sub(r'[\\/:*?"<>|\x00-\x1f]', "_", name or "").strip(" .")
    return name[:200] or fallback


def save_copy(
    parent: QWidget,
    backend,
    tasks: TaskRunner,
    row: dict,
    *,
    on_saved: Callable[[str], None] | None = None,
) -> None:
    """Ask where, then export one evidence file (the only way to open it elsewhere)."""
    settings = backend.settings()
    folder = str(settings.value("evidence/export_folder", "") or "") or documents_folder()
    name = safe_file_name(row.get("original_name", ""), row["sha256"][:16])
    target, _ = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("EvidenceViewer", "Save a copy"),
        str(Path(folder) / name),
    )
    if not target:
        return
    settings.setValue("evidence/export_folder", str(Path(target).parent))
    sha = row["sha256"]

    def saved(path: str) -> None:
        if on_saved is not None:
            on_saved(path)

    def failed(exc: BaseException, tb: str) -> None:
        _copy_failed(parent, target, exc, tb)

    if (row.get("size") or 0) <= QUICK_COPY_BYTES:
        tasks.run(
            lambda: export_copy(backend.app(), sha, Path(target)),
            on_success=saved,
            on_failure=failed,
        )
    else:
        tasks.run_long(
            lambda handle: export_copy(
                backend.app(), sha, Path(target), should_cancel=handle.cancelled
            ),
            on_success=saved,
            on_failure=failed,
        )


def _copy_failed(parent: QWidget, target: str, exc: BaseException, tb: str) -> None:
    """Say why no copy was saved (nothing when the observer cancelled it).

    The strings keep the viewer's translation context, where "Save a copy" began.
    """
    if not shiboken6.isValid(parent):
        return
    if isinstance(exc, AlteredEvidenceError):
        text = QCoreApplication.translate(
            "EvidenceViewer",
            "The stored file no longer matches its SHA-256 fingerprint: it was damaged or "
            "altered after it was added. No copy was saved. Run “observer evidence verify” "
            "and tell the OIC.",
        )
    elif isinstance(exc, InterruptedError):
        return
    elif isinstance(exc, OSError):
        text = (
            QCoreApplication.translate("EvidenceViewer", "The copy could not be saved to %1: %2")
            .replace("%1", target)
            .replace("%2", os_reason(exc))
        )
    else:
        show_error(parent, exc, tb)
        return
    box = QMessageBox(
        QMessageBox.Icon.Warning,
        QCoreApplication.translate("EvidenceViewer", "Save a copy"),
        text,
        QMessageBox.StandardButton.Ok,
        parent,
    )
    box.setObjectName("errorDialog")
    box.open()
