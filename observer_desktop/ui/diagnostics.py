"""About Observador, the diagnostics support asks for, and failures nobody caught.

- :class:`DiagnosticsDialog` (Help → About, F1): versions of the app, Python,
  Qt, PySide6, pyHanko and SQLite; where the data, the log and the settings
  are; the server, the keyring and the signing certificate in use. "Copy"
  puts it all on the clipboard as plain text for an e-mail to the OIC. Never
  a secret: no token, no passphrase.
- :func:`install_crash_dialog`: every exception no code caught (in a Qt slot,
  in the main thread, in any other thread) goes to the log with its
  traceback and to a dialog saying where the log is, never to silence.
- :func:`app_icon`: the window icon (the same SVG the installers use).
"""

from __future__ import annotations

import datetime as _dt
import logging
import platform
import sqlite3
import sys
import traceback
from importlib import metadata
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QFontDatabase, QGuiApplication, QIcon
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from observer_desktop import __version__
from observer_desktop.logs import current_log_file, default_log_dir, install_excepthooks
from observer_desktop.ui.backend import Backend
from observer_desktop.ui.errors import error_text, show_error
from observer_desktop.ui.tasks import TaskRunner

__all__ = [
    "DiagnosticsDialog",
    "app_icon",
    "collect_diagnostics",
    "diagnostics_text",
    "install_crash_dialog",
]

log = logging.getLogger(__name__)

ICON_PATH = Path(__file__).resolve().parent / "icons" / "observador.svg"


def app_icon() -> QIcon:
    """Observador's icon (empty if the file is missing: a window without icon still works)."""
    return QIcon(str(ICON_PATH)) if ICON_PATH.is_file() else QIcon()


translate = QCoreApplication.translate  # lupdate finds translate("Context", "text") calls


def _version(module: str, attribute: str = "__version__", dist: str | None = None) -> str:
    try:
        value = getattr(__import__(module, fromlist=["_"]), attribute, None)
        if value:
            return str(value)
    except Exception:  # a broken optional library must not break the dialog
        log.debug("no version for %s", module, exc_info=True)
    try:
        return metadata.version(dist or module)
    except metadata.PackageNotFoundError:
        return "?"


def collect_diagnostics(backend: Backend) -> list[tuple[str, str]]:
    """Rows ``(label, value)`` describing this installation. Does I/O: run it in a task."""
    return [
        *_program_rows(),
        *_location_rows(backend),
        *_data_folder_rows(backend),
        _keyring_row(),
    ]


def _program_rows() -> list[tuple[str, str]]:
    """The app, where it runs from, the system and the libraries' versions."""
    from PySide6 import __version__ as pyside_version
    from PySide6.QtCore import qVersion

    if getattr(sys, "frozen", False):
        build = translate("Diagnostics", "installed bundle")
    else:
        build = translate("Diagnostics", "from source")
    return [
        ("Observador", f"{__version__} ({build})"),
        (translate("Diagnostics", "Program"), sys.executable),
        (
            translate("Diagnostics", "Operating system"),
            f"{platform.platform()} ({platform.machine()})",
        ),
        ("Python", f"{platform.python_version()} ({platform.python_implementation()})"),
        ("Qt", qVersion()),
        ("PySide6", pyside_version),
        ("pyHanko", _version("pyhanko", dist="pyHanko")),
        ("SQLite", sqlite3.sqlite_version),
        ("ReportLab", _version("reportlab", "Version")),
        ("Pillow", _version("PIL", dist="pillow")),
        ("cryptography", _version("cryptography")),
    ]


def _location_rows(backend: Backend) -> list[tuple[str, str]]:
    """Where the data, the log and the window settings are, and the screen language."""
    log_file = current_log_file()
    return [
        (translate("Diagnostics", "Data folder"), str(backend.data_dir)),
        (
            translate("Diagnostics", "Log file"),
            str(log_file)
            if log_file
            else translate("Diagnostics", "none (logging to a file is off)"),
        ),
        (
            translate("Diagnostics", "Log folder"),
            str(log_file.parent if log_file else default_log_dir()),
        ),
        (translate("Diagnostics", "Window settings"), str(backend.data_dir / "ui.ini")),
        (
            translate("Diagnostics", "Language"),
            str(backend.settings().value("language") or "es_MX"),
        ),
    ]


def _data_folder_rows(backend: Backend) -> list[tuple[str, str]]:
    """The database, the checklists, the server and the certificate; or why they cannot be
    read (the dialog exists to help when things are broken)."""
    from observer_desktop.services import reads
    from observer_desktop.services import settings as settings_service

    rows: list[tuple[str, str]] = []
    try:
        app = backend.app()
        database = reads.database_file(app)
        rows.append(
            (
                translate("Diagnostics", "Database"),
                translate("Diagnostics", "%1 (schema version %2, %3 MB)")
                .replace("%1", str(database.path))
                .replace("%2", str(database.schema_version))
                .replace("%3", f"{database.size / 1e6:.1f}"),
            )
        )
        rows.append(
            (
                translate("Diagnostics", "Checklists"),
                translate("Diagnostics", "%1 loaded, %2 with errors")
                .replace("%1", str(len(app.forms.all_latest())))
                .replace("%2", str(len(app.forms.problems))),
            )
        )
        rows.append(
            (
                translate("Diagnostics", "OIC server"),
                settings_service.server_url(app) or translate("Diagnostics", "not configured"),
            )
        )
        rows.append((translate("Diagnostics", "Signing certificate"), _certificate_text(app)))
    except Exception as exc:
        log.warning("diagnostics: the data folder could not be read", exc_info=True)
        rows.append(
            (
                translate("Diagnostics", "Database"),
                translate("Diagnostics", "cannot be read: %1").replace("%1", str(exc)),
            )
        )
    return rows


def _certificate_text(app: Any) -> str:
    """Whether there is a signing certificate, who issued it, the start of its fingerprint."""
    from observer_desktop.services.keys import identity

    ident = identity(app)
    if ident is None:
        return translate("Diagnostics", "not created yet")
    kind = (
        translate("Diagnostics", "self-signed")
        if ident.self_signed
        else translate("Diagnostics", "issued by the OIC")
    )
    return f"{kind}, SHA-256 {ident.fingerprint[:16]}…"


def _keyring_row() -> tuple[str, str]:
    from observer_desktop.services.keys import keyring_usable

    return (
        translate("Diagnostics", "System keyring"),
        translate("Diagnostics", "available")
        if keyring_usable()
        else translate("Diagnostics", "not available"),
    )


def diagnostics_text(rows: list[tuple[str, str]]) -> str:
    """The rows as the plain text "Copy" puts on the clipboard."""
    width = max((len(label) for label, _ in rows), default=0)
    stamp = _dt.datetime.now(_dt.UTC).strftime("%Y-%m-%d %H:%M:%S UTC")
    lines = [translate("Diagnostics", "Observador diagnostics, %1").replace("%1", stamp)]
    lines += [f"{label + ':':<{width + 1}} {value}" for label, value in rows]
    return "\n".join(lines) + "\n"


class DiagnosticsDialog(QDialog):
    """Help → About: what Observador is, its keys, and the diagnostics with "Copy"."""

    def __init__(self, backend: Backend, tasks: TaskRunner, parent: QWidget | None = None):
        super().__init__(parent)
        self.backend = backend
        self.tasks = tasks
        self.rows: list[tuple[str, str]] = []
        self.setObjectName("diagnosticsDialog")
        self.setWindowTitle(self.tr("About Observador"))
        self.setWindowIcon(app_icon())

        header = self._build_about()
        caption = self._build_text()
        actions = self._build_actions()
        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addSpacing(6)
        layout.addWidget(caption)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.status)
        layout.addLayout(actions)
        self.resize(760, 560)

        tasks.run(
            lambda: collect_diagnostics(backend),
            on_success=self._collected,
            on_failure=lambda exc, tb: show_error(self, exc, tb),
        )

    def _build_about(self) -> QHBoxLayout:
        """The icon beside what Observador is and its keys."""
        icon = QLabel(self)
        icon.setPixmap(app_icon().pixmap(64, 64))
        icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        title = QLabel(
            self.tr(
                "<b>Observador %1</b><br>Citizen audits of public procurement for the "
                "Internal Control Organ of the municipality of Chihuahua."
            ).replace("%1", __version__),
            self,
        )
        title.setObjectName("aboutTitle")
        title.setWordWrap(True)
        keys = QLabel(
            self.tr(
                "<b>Keys</b><br>Ctrl+N new audit · Ctrl+F search · Enter open · Alt+Left back<br>"
                "F8 / Shift+F8 next / previous question · Ctrl+E add evidence<br>"
                "Ctrl+Shift+F finalize · Ctrl+P signed report · Ctrl+O verify a PDF<br>"
                "Ctrl+1 audits · Ctrl+2 participation · Ctrl+, settings<br>"
                "F9 send to the OIC now · Shift+F9 pause sending"
            ),
            self,
        )
        keys.setObjectName("aboutKeys")
        keys.setWordWrap(True)
        header = QHBoxLayout()
        header.addWidget(icon)
        text = QVBoxLayout()
        text.addWidget(title)
        text.addWidget(keys)
        header.addLayout(text, 1)
        return header

    def _build_text(self) -> QLabel:
        """The diagnostics' text (``self.text``), read only; returns its caption."""
        caption = QLabel(self.tr("&Diagnostics (send them to the OIC if something fails):"), self)
        self.text = QPlainTextEdit(self)
        self.text.setObjectName("diagnosticsText")
        self.text.setReadOnly(True)
        self.text.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.text.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.text.setAccessibleName(self.tr("Diagnostics"))
        self.text.setPlainText(self.tr("Collecting…"))
        self.text.setMinimumHeight(220)
        caption.setBuddy(self.text)
        return caption

    def _build_actions(self) -> QHBoxLayout:
        """Copy, open the log or the data folder, Close; and the status line they speak on."""
        self.copy_button = QPushButton(self.tr("&Copy"), self)
        self.copy_button.setObjectName("copyButton")
        self.copy_button.setToolTip(self.tr("Copy the diagnostics to the clipboard"))
        self.copy_button.setEnabled(False)
        self.copy_button.clicked.connect(self.copy)
        self.log_button = QPushButton(self.tr("Open the &log folder"), self)
        self.log_button.setObjectName("openLogFolderButton")
        self.log_button.clicked.connect(self.open_log_folder)
        self.data_button = QPushButton(self.tr("Open the d&ata folder"), self)
        self.data_button.setObjectName("openDataFolderButton")
        self.data_button.clicked.connect(self.open_data_folder)
        self.status = QLabel(self)
        self.status.setObjectName("diagnosticsStatus")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("C&lose"))
        actions = QHBoxLayout()
        actions.addWidget(self.copy_button)
        actions.addWidget(self.log_button)
        actions.addWidget(self.data_button)
        actions.addStretch(1)
        actions.addWidget(buttons)
        return actions

    def _collected(self, rows: list[tuple[str, str]]) -> None:
        self.rows = rows
        self.text.setPlainText(diagnostics_text(rows))
        self.copy_button.setEnabled(True)
        self.copy_button.setFocus()

    def value(self, label: str) -> str | None:
        return next((v for k, v in self.rows if k == label), None)

    def copy(self) -> None:
        QGuiApplication.clipboard().setText(self.text.toPlainText())
        self.status.setText(self.tr("Copied to the clipboard."))

    def _open(self, folder: Path) -> None:
        if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder))):
            self.status.setText(
                self.tr("The folder could not be opened: %1").replace("%1", str(folder))
            )

    def open_log_folder(self) -> None:
        log_file = current_log_file()
        self._open(log_file.parent if log_file else default_log_dir())

    def open_data_folder(self) -> None:
        self._open(self.backend.data_dir)


# ------------------------------------------------------------------ uncaught errors


class _CrashRelay(QObject):
    """Lives on the UI thread; other threads' errors arrive here as queued signals."""

    raised = Signal(object, str)

    def __init__(self) -> None:
        super().__init__()
        self.open_dialog: QWidget | None = None
        self.suppressed = 0
        self.raised.connect(self.show)

    def show(self, exc: BaseException, details: str) -> None:
        if self.open_dialog is not None and self.open_dialog.isVisible():
            # an error repeating in a paint or timer handler must not bury the screen
            self.suppressed += 1
            return
        # like show_error, without logging again: install_excepthooks has logged it
        box = QMessageBox(
            QMessageBox.Icon.Critical,
            translate("Diagnostics", "Observador"),
            error_text(exc),
            QMessageBox.StandardButton.Ok,
            QApplication.activeWindow(),
        )
        box.setObjectName("crashDialog")
        box.setDetailedText(details)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.destroyed.connect(self._closed)
        box.open()
        self.open_dialog = box

    def _closed(self, *_: Any) -> None:
        self.open_dialog = None


_relay: _CrashRelay | None = None


def install_crash_dialog() -> _CrashRelay:
    """Route every uncaught exception to the log (with traceback) and to a dialog.

    Call once, after the QApplication exists (``main`` does). Returns the relay
    (its ``raised`` signal is what tests watch).
    """
    global _relay
    if _relay is None:
        _relay = _CrashRelay()
    relay = _relay

    def notify(exc_info: Any) -> None:
        kind, value, tb = exc_info
        details = "".join(traceback.format_exception(kind, value, tb))
        relay.raised.emit(value, details)

    install_excepthooks(notify)
    return relay
