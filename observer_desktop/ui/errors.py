"""How a failure reaches the observer: a readable dialog, and the log file."""

from __future__ import annotations

import logging
import logging.handlers

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from observer_desktop.core.errors import ObserverError

log = logging.getLogger(__name__)


def error_text(exc: BaseException) -> str:
    """The message for the observer: services' errors are already plain Spanish."""
    if isinstance(exc, ObserverError):
        return str(exc)
    if isinstance(exc, OSError):
        reason = exc.strerror or str(exc)
        if exc.filename:  # which file: the observer can look at it (full disk, USB removed…)
            return (
                QCoreApplication.translate("Errors", "The file or folder %2 could not be used: %1")
                .replace("%1", reason)
                .replace("%2", str(exc.filename))
            )
        return QCoreApplication.translate(
            "Errors", "The file or folder could not be used: %1"
        ).replace("%1", reason)
    text = QCoreApplication.translate(
        "Errors",
        "Something unexpected went wrong: %1\n\nNothing was lost. The details are in the "
        "log file; please send them to the OIC if it happens again.",
    ).replace("%1", str(exc) or type(exc).__name__)
    log_file = _log_file()
    if log_file:  # otherwise "the log file" is somewhere the observer cannot find
        text += "\n" + QCoreApplication.translate("Errors", "Log file: %1").replace("%1", log_file)
    return text


def _log_file() -> str | None:
    """The rotating ``<data>/logs/observador.log`` that ``observer-desktop`` sets up."""
    for handler in reversed(logging.getLogger().handlers):
        if isinstance(handler, logging.handlers.RotatingFileHandler):
            return handler.baseFilename
    return None


def show_error(parent: QWidget | None, exc: BaseException, details: str = "") -> QMessageBox:
    """Show ``exc`` in a non-blocking dialog (returned, for tests) and log unexpected ones."""
    expected = isinstance(exc, ObserverError)
    if not expected:
        log.error("unexpected error in a background task:\n%s", details or repr(exc))
    box = QMessageBox(
        QMessageBox.Icon.Warning if expected else QMessageBox.Icon.Critical,
        QCoreApplication.translate("Errors", "Observador"),
        error_text(exc),
        QMessageBox.StandardButton.Ok,
        parent,
    )
    box.setObjectName("errorDialog")
    if details and not expected:
        box.setDetailedText(details)
    box.open()
    return box
