"""The desktop entry point: the command line, Qt, the data folder (one app per folder),
then the main window (``ui/main_window/``) until it closes.

``observer_desktop/desktop.py`` calls ``main`` (after dispatching ``--self-test``).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QApplication, QMessageBox

from observer_desktop import __version__
from observer_desktop.core.files import private_dir
from observer_desktop.logs import setup_logging
from observer_desktop.services.reads import resolve_data_dir
from observer_desktop.ui import i18n
from observer_desktop.ui.backend import Backend
from observer_desktop.ui.diagnostics import app_icon, install_crash_dialog
from observer_desktop.ui.main_window.window import MainWindow
from observer_desktop.ui.single_instance import LOCK_NAME, SingleInstance
from observer_desktop.ui.tasks import TaskRunner

__all__ = ["main"]

HANDOVER_WAIT_MS = 15000  # an app that is closing finishes its work, then lets go


def _parse_args(argv: Sequence[str]) -> argparse.Namespace:
    p = argparse.ArgumentParser(
        prog="observer-desktop", description="Observador (aplicación de escritorio)"
    )
    p.add_argument("--data-dir", help="carpeta de datos")
    p.add_argument("--version", action="version", version=f"observer-desktop {__version__}")
    p.add_argument(
        "--self-test",
        action="store_true",
        help="comprobar la instalación sin mostrar la ventana (código 0 si todo funciona)",
    )
    p.add_argument(
        "files",
        nargs="*",
        metavar="ARCHIVO",
        help="informes PDF para verificar o paquetes .observador.zip para importar",
    )
    return p.parse_known_args(argv)[0]


class _Shell(QObject):
    """Owns the window; rebuilds it (same geometry and audit) when the language changes."""

    def __init__(self, backend: Backend, tasks: TaskRunner):
        super().__init__()
        self.backend, self.tasks = backend, tasks
        self.window: MainWindow | None = None

    def build(self, *, first_run_check: bool = True) -> MainWindow:
        window = MainWindow(self.backend, self.tasks, first_run_check=first_run_check)
        window.language_changed.connect(self.switch_language)
        window.show()
        self.window = window
        return window

    def switch_language(self, language: str) -> None:
        old = self.window
        i18n.install(language)
        self.backend.settings().setValue("language", language)
        audit = old._open_audit["id"] if old and old._open_audit else None
        if old is not None:
            old.sync.shutdown(revoke=False)  # the new window keeps the session
            old.backend.settings().setValue("geometry", old.saveGeometry())
            old.hide()
            old.deleteLater()
        window = self.build(first_run_check=False)
        if audit:
            window.open_audit(audit)


def main(argv: Sequence[str] | None = None) -> int:
    args = _parse_args(list(sys.argv[1:] if argv is None else argv))
    # --self-test is run by observer_desktop/desktop.py before this module is imported;
    # here it stays an option so that --help lists it
    setup_logging("observador")  # the platform log folder (observer_desktop/logs.py)
    qt_app = _start_qt()
    data_dir = resolve_data_dir(args.data_dir)
    private_dir(data_dir)  # 0700 (POSIX): the observer's audits, key and session
    backend = Backend(data_dir)
    i18n.install(backend.settings().value("language") or i18n.DEFAULT_LANGUAGE)

    # one app per data folder (ui/single_instance.py): a second start hands its files over
    guard = SingleInstance(data_dir)
    if not guard.acquire():
        refused = _start_elsewhere(guard, data_dir, args.files)
        if refused is not None:
            return refused
    return _run_window(qt_app, backend, guard, args.files)


def _start_qt() -> QApplication:
    qt_app = QApplication.instance() or QApplication(sys.argv[:1])
    qt_app.setApplicationName("Observador")
    qt_app.setOrganizationName("OIC Chihuahua")
    qt_app.setWindowIcon(app_icon())
    qt_app.setDesktopFileName("observador")  # the menu entry: taskbar icon on Wayland
    install_crash_dialog()  # uncaught errors: the log and a dialog, never silence
    return qt_app


def _start_elsewhere(guard: SingleInstance, data_dir: Path, files: list[str]) -> int | None:
    """Another app holds the data folder. Its exit code when this start ends here (the
    running app took the files, or cannot be reached); ``None`` when the other app let go
    and this start holds the folder now."""
    if guard.hand_over(files):
        return 0
    elsewhere = guard.holder_host()
    if elsewhere:  # a shared folder open on another computer: its app cannot be reached
        _warn(
            QCoreApplication.translate(
                "SingleInstance",
                "The data folder %1 is open in Observador on another computer (%2). Close "
                "it there first: two computers writing one folder would overwrite each "
                "other's work. If that computer stopped without closing Observador, delete "
                "the file %3 and start again.",
            )
            .replace("%1", str(data_dir))
            .replace("%2", elsewhere)
            .replace("%3", str(data_dir / LOCK_NAME))
        )
        return 1
    # no answer: the other app may be closing; once it lets go this start is the first
    if not guard.acquire(wait_ms=HANDOVER_WAIT_MS):
        _warn(
            QCoreApplication.translate(
                "SingleInstance",
                "Observador is already open with the data folder %1, and it does not "
                "answer. Close the other window (or wait until it finishes) and start "
                "again.",
            ).replace("%1", str(data_dir))
        )
        return 1
    return None


def _warn(text: str) -> None:
    QMessageBox.warning(None, "Observador", text)


def _run_window(
    qt_app: QApplication, backend: Backend, guard: SingleInstance, files: list[str]
) -> int:
    """The window until it closes; then its work ends before the folder is let go."""
    tasks = TaskRunner()
    shell = _Shell(backend, tasks)
    window = shell.build()
    guard.activated.connect(lambda handed: shell.window and shell.window.come_forward(handed))
    if files:  # a double-click on a report, package or batch (docs/install.md)
        window.files.open_paths(files)
    code = qt_app.exec()
    guard.stop_listening()  # a start from now on waits for the lock and opens its files
    tasks.wait()
    guard.release()
    return code


if __name__ == "__main__":
    sys.exit(main())
