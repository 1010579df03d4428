"""Help → About: versions, locations, "Copy"; and uncaught errors reach a dialog and the log."""

from __future__ import annotations

import logging
import sqlite3
import sys
import threading

import pytest
from PySide6.QtCore import Qt, qVersion
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from observer_desktop import __version__, logs
from observer_desktop.services.app import Observador
from observer_desktop.ui.diagnostics import DiagnosticsDialog, app_icon, install_crash_dialog


@pytest.fixture
def configured(data_dir, isolated_logging, monkeypatch):
    """A data folder with a server configured and a signing key; logging to a file."""
    monkeypatch.setenv("OBSERVER_PASSPHRASE", "frase-secreta-no-mostrar")
    from observer_desktop.services.keys import ensure_identity

    with Observador(data_dir) as app:
        app.save_profile(name="Ana Pérez", observer_code="OBS-001", municipality="Chihuahua")
        app.store.set_setting("sync.server_url", "https://oic.example.mx")
        ensure_identity(app, ask=None)
    return logs.setup_logging(crash_file=False)


def _dialog(qtbot, backend, tasks) -> DiagnosticsDialog:
    dialog = DiagnosticsDialog(backend, tasks)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(dialog.copy_button.isEnabled, timeout=20000)
    return dialog


def test_shows_versions_locations_and_configuration(
    qtbot, spanish, backend, tasks, data_dir, configured
):
    from importlib.metadata import version

    from PySide6 import __version__ as pyside

    dialog = _dialog(qtbot, backend, tasks)
    text = dialog.text.toPlainText()
    assert dialog.windowTitle() == "Acerca de Observador"
    assert text.startswith("Diagnóstico de Observador, ")
    for value in (
        __version__,
        qVersion(),
        pyside,
        version("pyHanko"),
        sqlite3.sqlite_version,
        sys.version.split()[0],
    ):
        assert value in text
    assert dialog.value("pyHanko") == version("pyHanko")
    assert dialog.value("Carpeta de datos") == str(data_dir)
    assert dialog.value("Archivo de registro") == str(configured)
    assert dialog.value("Carpeta de registros") == str(configured.parent)
    assert dialog.value("Servidor del OIC") == "https://oic.example.mx"
    assert dialog.value("Certificado de firma").startswith("autofirmado, SHA-256 ")
    assert "(esquema versión " in dialog.value("Base de datos")
    assert dialog.value("Listas de verificación") == "4 cargadas, 0 con errores"
    assert dialog.value("Llavero del sistema") == "disponible"  # the tests' memory keyring
    assert "frase-secreta-no-mostrar" not in text  # never a secret


def test_copy_puts_the_diagnostics_on_the_clipboard(qtbot, spanish, backend, tasks, configured):
    dialog = _dialog(qtbot, backend, tasks)
    QGuiApplication.clipboard().setText("otra cosa")
    assert dialog.copy_button.text() == "&Copiar"
    qtbot.mouseClick(dialog.copy_button, Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text() == dialog.text.toPlainText()
    assert "Carpeta de datos:" in QGuiApplication.clipboard().text()
    assert dialog.status.text() == "Copiado al portapapeles."


def test_a_broken_data_folder_still_gives_diagnostics(qtbot, spanish, backend, tasks, data_dir):
    (data_dir / "observer.db").write_bytes(b"esto no es una base de datos" * 100)
    dialog = _dialog(qtbot, backend, tasks)
    assert dialog.value("Base de datos").startswith("no se puede leer: ")
    assert dialog.value("Carpeta de datos") == str(data_dir)
    assert __version__ in dialog.text.toPlainText()


def test_the_icon_ships_with_the_app(qapp):
    icon = app_icon()
    assert not icon.isNull()
    assert not icon.pixmap(64, 64).isNull()


def _crash_dialogs() -> list:
    return [
        w
        for w in QApplication.topLevelWidgets()
        if w.objectName() == "crashDialog" and w.isVisible()
    ]


def test_uncaught_errors_reach_the_log_and_one_dialog(qtbot, spanish, isolated_logging):
    path = logs.setup_logging(crash_file=False)
    relay = install_crash_dialog()
    try:
        with qtbot.waitSignal(relay.raised, timeout=5000):
            try:
                {}["sha256"]
            except KeyError:
                sys.excepthook(*sys.exc_info())
        qtbot.waitUntil(lambda: bool(_crash_dialogs()), timeout=5000)
        box = _crash_dialogs()[0]
        assert "inesperado" in box.text() and str(path) in box.text()
        assert "KeyError: 'sha256'" in box.detailedText()

        # another thread's error arrives through the UI thread, and does not stack a dialog
        def fail():
            raise RuntimeError("falla en un hilo")

        with qtbot.waitSignal(relay.raised, timeout=5000):
            worker = threading.Thread(target=fail, name="hilo-prueba")
            worker.start()
            worker.join()
        qtbot.wait(20)
        assert len(_crash_dialogs()) == 1 and relay.suppressed >= 1
        box.close()
        qtbot.waitUntil(lambda: relay.open_dialog is None, timeout=5000)
    finally:
        for w in _crash_dialogs():
            w.close()
    for handler in logging.getLogger().handlers:
        handler.flush()
    text = path.read_text("utf-8")
    assert "KeyError: 'sha256'" in text
    assert "unhandled exception (thread hilo-prueba)" in text and "falla en un hilo" in text
