"""The settings dialog: language, OIC server, data folder, evidence size, profile, signing key."""

from __future__ import annotations

import pytest

pytest.importorskip("PySide6")

from PySide6.QtCore import Qt
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QWidget,
)

from observer_desktop.services import evidence, keys
from observer_desktop.services.app import Observador
from observer_desktop.services.sync import AUTO_SYNC_KEY, SERVER_URL_KEY
from observer_desktop.ui.settings.dialog import SettingsDialog
from observer_desktop.ui.settings.server_url import check_server_url
from observer_desktop.ui.wizard.signing_key import create_signing_key, grouped_fingerprint


@pytest.fixture
def open_dialog(qtbot, backend, tasks):
    def make() -> SettingsDialog:
        d = SettingsDialog(backend, tasks)
        qtbot.addWidget(d)
        d.show()
        qtbot.waitUntil(lambda: d.loaded is not None, timeout=10000)
        return d

    return make


def find(w, cls, name):
    widget = w.findChild(cls, name)
    assert widget is not None, name
    return widget


def save(qtbot, d):
    button = find(d, QPushButton, "saveSettings")
    assert button.isEnabled()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def replace_text(qtbot, field: QLineEdit, text: str) -> None:
    field.setFocus()
    field.selectAll()
    qtbot.keyClick(field, Qt.Key.Key_Delete)
    qtbot.keyClicks(field, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("https://oic.chihuahua.gob.mx", "https://oic.chihuahua.gob.mx"),
        ("  https://OIC.example.mx:8443/api/  ", "https://oic.example.mx:8443/api"),
        ("oic.example.mx", "https://oic.example.mx"),
        ("http://localhost:8000", "http://localhost:8000"),
        ("http://127.0.0.1:8765/", "http://127.0.0.1:8765"),
        ("http://[::1]:9000", "http://[::1]:9000"),
        ("", ""),
    ],
)
def test_server_url_accepted(text, expected):
    assert check_server_url(text) == (expected, None)


@pytest.mark.parametrize(
    "text",
    [
        "http://oic.example.mx",
        "http://192.168.1.10:8000",
        "ftp://oic.example.mx",
        "https://",
        "https://ana:secreto@oic.example.mx",
        "https://oic.example.mx:99999",
        "https://oic example.mx",
    ],
)
def test_server_url_refused(text):
    url, error = check_server_url(text)
    assert url is None and error


def test_http_to_another_computer_is_refused_and_nothing_saved(qtbot, open_dialog, profiled):
    d = open_dialog()
    d.tabs.setCurrentIndex(SettingsDialog.TAB_SYNC)
    replace_text(qtbot, find(d, QLineEdit, "serverUrl"), "http://oic.example.mx")
    save(qtbot, d)
    error = find(d, QLabel, "serverUrlError")
    assert error.isVisible() and "https://" in error.text() and "segura" in error.text()
    assert d.isVisible() and d.tabs.currentIndex() == SettingsDialog.TAB_SYNC
    d.tasks.wait()
    with Observador(profiled) as app:
        assert app.store.get_setting(SERVER_URL_KEY) is None

    replace_text(qtbot, find(d, QLineEdit, "serverUrl"), "http://127.0.0.1:8000")
    assert not error.isVisible()  # typing clears the complaint
    with qtbot.waitSignal(d.saved, timeout=10000):
        save(qtbot, d)
    assert d.result() == QDialog.DialogCode.Accepted
    with Observador(profiled) as app:
        assert app.store.get_setting(SERVER_URL_KEY) == "http://127.0.0.1:8000"


def test_saved_values_are_read_back_by_a_fresh_observador(qtbot, open_dialog, profiled):
    d = open_dialog()
    assert find(d, QCheckBox, "autoSync").isChecked()  # on by default
    assert find(d, QSpinBox, "maxEvidenceMb").value() == 500

    d.tabs.setCurrentIndex(SettingsDialog.TAB_GENERAL)
    size = find(d, QSpinBox, "maxEvidenceMb")
    size.setFocus()
    size.selectAll()
    qtbot.keyClicks(size, "120")
    d.tabs.setCurrentIndex(SettingsDialog.TAB_SYNC)
    replace_text(qtbot, find(d, QLineEdit, "serverUrl"), "oic.chihuahua.gob.mx/")
    auto = find(d, QCheckBox, "autoSync")
    auto.setFocus()
    qtbot.keyClick(auto, Qt.Key.Key_Space)
    assert not auto.isChecked()
    d.tabs.setCurrentIndex(SettingsDialog.TAB_PROFILE)
    replace_text(qtbot, find(d, QLineEdit, "profileName"), "Ana Perez Ramos")
    replace_text(qtbot, find(d, QLineEdit, "profileEmail"), "ana@example.mx")

    with qtbot.waitSignal(d.saved, timeout=10000):
        save(qtbot, d)
    assert not d.isVisible()
    with Observador(profiled) as app:
        assert app.store.get_setting(SERVER_URL_KEY) == "https://oic.chihuahua.gob.mx"
        assert app.store.get_setting(AUTO_SYNC_KEY) is False
        assert evidence.max_evidence_bytes(app) == 120 * 1024 * 1024
        profile = app.profile()
        assert profile["name"] == "Ana Perez Ramos"
        assert profile["email"] == "ana@example.mx"
        assert profile["observer_code"] == "OBS-001"

    again = open_dialog()  # and the dialog shows them the next time
    assert find(again, QLineEdit, "serverUrl").text() == "https://oic.chihuahua.gob.mx"
    assert not find(again, QCheckBox, "autoSync").isChecked()
    assert find(again, QSpinBox, "maxEvidenceMb").value() == 120
    assert find(again, QLineEdit, "profileName").text() == "Ana Perez Ramos"


def test_refused_profile_is_shown_on_its_tab_and_nothing_is_saved(qtbot, open_dialog, profiled):
    d = open_dialog()
    d.tabs.setCurrentIndex(SettingsDialog.TAB_SYNC)
    replace_text(qtbot, find(d, QLineEdit, "serverUrl"), "https://oic.example.mx")
    d.tabs.setCurrentIndex(SettingsDialog.TAB_PROFILE)
    replace_text(qtbot, find(d, QLineEdit, "profileCode"), "OBS 9")
    d.tabs.setCurrentIndex(SettingsDialog.TAB_GENERAL)
    save(qtbot, d)
    error = find(d, QLabel, "profileError")
    qtbot.waitUntil(error.isVisible, timeout=10000)
    assert "sin espacios" in error.text()  # the service's own message
    assert d.tabs.currentIndex() == SettingsDialog.TAB_PROFILE
    assert d.isVisible() and find(d, QPushButton, "saveSettings").isEnabled()
    with Observador(profiled) as app:  # one transaction: the valid URL was not kept either
        assert app.store.get_setting(SERVER_URL_KEY) is None
        assert app.profile()["observer_code"] == "OBS-001"

    replace_text(qtbot, find(d, QLineEdit, "profileName"), "")
    save(qtbot, d)
    assert "nombre" in error.text()


def test_the_code_of_a_folder_with_sample_audits_does_not_change(qtbot, open_dialog, demo_dir):
    """The sample audits are DEMO-001's: a real code here would sign them as its own."""
    with Observador(demo_dir) as app:
        count = len(app.list_audits())
    d = open_dialog()
    d.tabs.setCurrentIndex(SettingsDialog.TAB_PROFILE)
    replace_text(qtbot, find(d, QLineEdit, "profileCode"), "OBS-002")
    save(qtbot, d)
    error = find(d, QLabel, "profileError")
    qtbot.waitUntil(error.isVisible, timeout=10000)
    assert f"{count} auditorías de DEMO-001" in error.text()
    assert "otra carpeta de datos" in error.text()
    with Observador(demo_dir) as app:
        assert app.profile()["observer_code"] == "DEMO-001"


def test_language_applies_at_once_and_is_announced(qtbot, open_dialog, backend):
    d = open_dialog()
    tabs = find(d, QTabWidget, "settingsTabs")
    assert tabs.tabText(SettingsDialog.TAB_PROFILE) == "&Perfil"
    assert find(d, QPushButton, "saveSettings").text() == "&Guardar"
    combo = find(d, QComboBox, "languageCombo")
    combo.setFocus()
    with qtbot.waitSignal(d.language_changed, timeout=5000) as signal:
        qtbot.keyClick(combo, Qt.Key.Key_Down)
    assert signal.args == ["en"]
    assert backend.settings().value("language") == "en"
    qtbot.waitUntil(lambda: tabs.tabText(SettingsDialog.TAB_PROFILE) == "&Profile", timeout=5000)
    assert d.windowTitle() == "Settings"
    with qtbot.waitSignal(d.language_changed, timeout=5000) as signal:
        qtbot.keyClick(combo, Qt.Key.Key_Up)
    assert signal.args == ["es_MX"]
    qtbot.waitUntil(lambda: tabs.tabText(SettingsDialog.TAB_PROFILE) == "&Perfil", timeout=5000)
    assert backend.settings().value("language") == "es_MX"


def test_key_and_certificate_shown_after_creating_a_key(qtbot, open_dialog, profiled, tmp_path):
    d = open_dialog()
    assert find(d, QLabel, "keyMissing").text().startswith("Todavía no tiene llave")
    d.tabs.setCurrentIndex(SettingsDialog.TAB_KEY)
    assert find(d, QLabel, "keyMissing").isVisible()
    assert not find(d, QWidget, "keyDetails").isVisible()
    d.close()

    with Observador(profiled) as app:
        info = create_signing_key(app, "una frase de paso larga")["key"]
    d = open_dialog()
    d.tabs.setCurrentIndex(SettingsDialog.TAB_KEY)
    assert find(d, QWidget, "keyDetails").isVisible()
    assert not find(d, QLabel, "keyMissing").isVisible()
    assert find(d, QLabel, "keyFingerprint").text() == grouped_fingerprint(info.fingerprint)
    assert find(d, QLabel, "keyName").text() == "Ana Pérez"
    assert find(d, QLabel, "keyCode").text() == "OBS-001"
    assert find(d, QLabel, "keyIssuer").text() == "Autofirmado (aún no certificado por el OIC)"
    assert find(d, QLabel, "keyPassphrase").text() == "Guardada en el llavero del sistema."
    valid_to = find(d, QLabel, "keyTo").text()
    assert str(info.valid_to.year) in valid_to and " de " in valid_to  # a Spanish long date

    target = tmp_path / "mi-certificado.pem"
    d.tasks.wait()

    def pick(*_args, **_kwargs):
        return str(target), ""

    original = QFileDialog.getSaveFileName
    QFileDialog.getSaveFileName = staticmethod(pick)
    try:
        qtbot.mouseClick(find(d, QPushButton, "exportCertificate"), Qt.MouseButton.LeftButton)
    finally:
        QFileDialog.getSaveFileName = original
    qtbot.waitUntil(target.exists, timeout=10000)
    with Observador(profiled) as app:
        assert target.read_bytes() == keys.identity(app).files.cert.read_bytes()
    assert b"PRIVATE KEY" not in target.read_bytes()


def test_key_without_keyring_says_it_will_be_asked(qtbot, no_keyring, open_dialog, profiled):
    with Observador(profiled) as app:
        create_signing_key(app, "una frase de paso larga")
    d = open_dialog()
    assert "cada vez que firme" in find(d, QLabel, "keyPassphrase").text()


def test_data_folder_copy_and_open(qtbot, open_dialog, data_dir, monkeypatch):
    d = open_dialog()
    folder = find(d, QLineEdit, "dataFolder")
    assert folder.text() == str(data_dir) and folder.isReadOnly()
    qtbot.mouseClick(find(d, QPushButton, "copyDataFolder"), Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text() == str(data_dir)

    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or False)
    qtbot.mouseClick(find(d, QPushButton, "openDataFolder"), Qt.MouseButton.LeftButton)
    assert opened and opened[0].toLocalFile() == str(data_dir)
    assert "Copiar ruta" in find(d, QLabel, "dataFolderNote").text()  # it could not: says so


def test_cancel_discards_changes(qtbot, open_dialog, profiled):
    d = open_dialog()
    replace_text(qtbot, find(d, QLineEdit, "serverUrl"), "https://oic.example.mx")
    qtbot.mouseClick(find(d, QPushButton, "cancelSettings"), Qt.MouseButton.LeftButton)
    assert d.result() == QDialog.DialogCode.Rejected
    d.tasks.wait()
    with Observador(profiled) as app:
        assert app.store.get_setting(SERVER_URL_KEY) is None
