"""The first-run assistant: language, profile and signing key, driven by keyboard and buttons."""

from __future__ import annotations

import threading

import pytest

pytest.importorskip("PySide6")

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QComboBox, QLabel, QLineEdit, QMessageBox, QWizard

from observer_desktop.core.errors import InputError
from observer_desktop.services import keys
from observer_desktop.services.app import Observador
from observer_desktop.ui.wizard.assistant import FirstRunWizard
from observer_desktop.ui.wizard.signing_key import (
    create_signing_key,
    passphrase_strength,
    short_fingerprint,
)

PASSPHRASE = "Girasoles en Cuauhtémoc 2024"
NEXT = QWizard.WizardButton.NextButton
BACK = QWizard.WizardButton.BackButton
FINISH = QWizard.WizardButton.FinishButton
CANCEL = QWizard.WizardButton.CancelButton


@pytest.fixture
def wizard(qtbot, backend, tasks):
    w = FirstRunWizard(backend, tasks)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitUntil(lambda: w.state["loaded"], timeout=10000)
    return w


def type_text(qtbot, widget, text):
    """Type like a keyboard does; QTest only knows ASCII, so accented letters go as key events."""
    for char in text:
        if char.isascii():
            qtbot.keyClicks(widget, char)
        else:
            for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                event = QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, char)
                QApplication.sendEvent(widget, event)


def find(w, cls, name):
    widget = w.findChild(cls, name)
    assert widget is not None, name
    return widget


def click(qtbot, w, which):
    button = w.button(which)
    assert button.isEnabled() and button.isVisible()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def fill_profile(qtbot, w, *, name="Ana Pérez Ñúñez", code="OBS-001", email=""):
    type_text(qtbot, find(w, QLineEdit, "profileName"), name)
    type_text(qtbot, find(w, QLineEdit, "profileCode"), code)
    if email:
        type_text(qtbot, find(w, QLineEdit, "profileEmail"), email)


def to_key_page(qtbot, w):
    click(qtbot, w, NEXT)
    assert w.currentId() == FirstRunWizard.PAGE_PROFILE
    fill_profile(qtbot, w)
    click(qtbot, w, NEXT)
    qtbot.waitUntil(lambda: w.currentId() == FirstRunWizard.PAGE_KEY, timeout=10000)


def all_bytes(folder):
    return b"".join(p.read_bytes() for p in folder.rglob("*") if p.is_file())


def test_complete_run_saves_profile_and_key_with_passphrase_in_keyring(
    qtbot, wizard, data_dir, memory_keyring
):
    w = wizard
    assert w.wizardStyle() == QWizard.WizardStyle.ClassicStyle
    click(qtbot, w, NEXT)
    assert w.currentId() == FirstRunWizard.PAGE_PROFILE
    assert find(w, QLineEdit, "profileMunicipality").text() == "Chihuahua"
    fill_profile(qtbot, w, email="ana@example.mx")
    click(qtbot, w, NEXT)
    qtbot.waitUntil(lambda: w.currentId() == FirstRunWizard.PAGE_KEY, timeout=10000)
    with Observador(data_dir) as app:
        profile = app.profile()
    assert profile["name"] == "Ana Pérez Ñúñez"
    assert profile["observer_code"] == "OBS-001"
    assert profile["municipality"] == "Chihuahua"
    assert profile["email"] == "ana@example.mx"
    assert profile["language"] == "es"

    note = find(w, QLabel, "keyringNote").text()
    assert "llavero del sistema" in note and "cada vez" in note  # kept there, not typed each time
    type_text(qtbot, find(w, QLineEdit, "passphrase"), PASSPHRASE)
    assert "fuerte" in find(w, QLabel, "passphraseStrength").text()
    type_text(qtbot, find(w, QLineEdit, "passphraseRepeat"), PASSPHRASE)
    click(qtbot, w, NEXT)
    qtbot.waitUntil(lambda: w.currentId() == FirstRunWizard.PAGE_DONE, timeout=20000)

    with Observador(data_dir) as app:
        ident = keys.identity(app)
        assert ident is not None and ident.common_name == "Ana Pérez Ñúñez"
        # signing finds the passphrase the observer chose, in the keyring
        assert keys.passphrase_for(app, ident, ask=None) == PASSPHRASE.encode()
    assert PASSPHRASE in memory_keyring.store.values()
    assert find(w, QLabel, "summaryName").text() == "Ana Pérez Ñúñez"
    assert find(w, QLabel, "summaryCode").text() == "OBS-001"
    assert find(w, QLabel, "summaryFingerprint").text() == short_fingerprint(ident.fingerprint)
    assert "llavero" in find(w, QLabel, "summaryPassphrase").text()
    # the widgets forgot it, and no file in the data folder holds it in plaintext
    assert find(w, QLineEdit, "passphrase").text() == ""
    assert w.button(FINISH).isVisible()

    with qtbot.waitSignal(w.completed, timeout=5000):
        click(qtbot, w, FINISH)
    assert w.result() == QWizard.DialogCode.Accepted
    w.backend.settings().sync()
    data = all_bytes(data_dir)
    assert PASSPHRASE.encode() not in data and PASSPHRASE.encode("utf-16-le") not in data
    assert (
        (data_dir / "keys" / "signing-key.pem")
        .read_bytes()
        .startswith(b"-----BEGIN ENCRYPTED PRIVATE KEY-----")
    )


def test_keyboard_only(qtbot, wizard, data_dir):
    """Return presses the default button (Next, then Finish); Tab moves between fields."""
    w = wizard
    w.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    assert w.currentId() == FirstRunWizard.PAGE_PROFILE
    qtbot.waitUntil(lambda: QApplication.focusWidget() is find(w, QLineEdit, "profileName"))
    type_text(qtbot, QApplication.focusWidget(), "Luis Ortega")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is find(w, QLineEdit, "profileCode")
    type_text(qtbot, QApplication.focusWidget(), "OBS-777")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: w.currentId() == FirstRunWizard.PAGE_KEY, timeout=10000)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is find(w, QLineEdit, "passphrase"))
    type_text(qtbot, QApplication.focusWidget(), PASSPHRASE)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is find(w, QLineEdit, "passphraseRepeat")
    type_text(qtbot, QApplication.focusWidget(), PASSPHRASE)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: w.currentId() == FirstRunWizard.PAGE_DONE, timeout=20000)
    with qtbot.waitSignal(w.completed, timeout=5000):
        qtbot.keyClick(QApplication.focusWidget() or w, Qt.Key.Key_Return)
    with Observador(data_dir) as app:
        assert app.profile()["observer_code"] == "OBS-777"
        assert keys.identity(app) is not None


def test_invalid_profile_blocks_next_with_a_message(qtbot, wizard, data_dir):
    w = wizard
    click(qtbot, w, NEXT)
    error = find(w, QLabel, "profileError")
    assert not error.isVisible()

    # empty name: checked on the spot
    type_text(qtbot, find(w, QLineEdit, "profileCode"), "OBS 001")
    click(qtbot, w, NEXT)
    assert w.currentId() == FirstRunWizard.PAGE_PROFILE
    assert error.isVisible() and "nombre" in error.text()
    assert QApplication.focusWidget() is find(w, QLineEdit, "profileName")

    # a code with a space: the service refuses it, its Spanish message is shown
    type_text(qtbot, find(w, QLineEdit, "profileName"), "Ana Pérez")
    assert not error.isVisible()  # typing clears the old message
    click(qtbot, w, NEXT)
    qtbot.waitUntil(lambda: error.isVisible(), timeout=10000)
    assert "código de observador" in error.text() and "sin espacios" in error.text()
    assert w.currentId() == FirstRunWizard.PAGE_PROFILE
    assert w.button(NEXT).isEnabled()
    with Observador(data_dir) as app:
        assert app.profile() is None

    code = find(w, QLineEdit, "profileCode")
    code.clear()
    type_text(qtbot, code, "OBS-001")
    click(qtbot, w, NEXT)
    qtbot.waitUntil(lambda: w.currentId() == FirstRunWizard.PAGE_KEY, timeout=10000)


def test_passphrase_mismatch_or_too_short_blocks(qtbot, wizard, data_dir):
    w = wizard
    to_key_page(qtbot, w)
    message = find(w, QLabel, "passphraseError")
    first, again = find(w, QLineEdit, "passphrase"), find(w, QLineEdit, "passphraseRepeat")

    type_text(qtbot, first, "corta")
    assert "Demasiado corta" in find(w, QLabel, "passphraseStrength").text()
    type_text(qtbot, again, "corta")
    click(qtbot, w, NEXT)
    assert w.currentId() == FirstRunWizard.PAGE_KEY
    assert message.isVisible() and "8" in message.text()

    first.clear()
    again.clear()
    type_text(qtbot, first, PASSPHRASE)
    type_text(qtbot, again, PASSPHRASE + "x")
    assert message.isVisible() and "no coinciden" in message.text()  # said while typing
    click(qtbot, w, NEXT)
    assert w.currentId() == FirstRunWizard.PAGE_KEY
    assert "no coinciden" in message.text()
    assert not (data_dir / "keys" / "signing-key.pem").exists()

    assert again.hasSelectedText()  # focused and selected, ready to be typed again
    type_text(qtbot, again, PASSPHRASE)
    assert not message.isVisible()
    click(qtbot, w, NEXT)
    qtbot.waitUntil(lambda: w.currentId() == FirstRunWizard.PAGE_DONE, timeout=20000)
    assert (data_dir / "keys" / "signing-key.pem").exists()


def test_busy_while_the_key_is_created(qtbot, wizard, tasks, data_dir):
    """Next, Back and Cancel are off and a busy bar shows until the worker has made the key."""
    w = wizard
    to_key_page(qtbot, w)
    type_text(qtbot, find(w, QLineEdit, "passphrase"), PASSPHRASE)
    type_text(qtbot, find(w, QLineEdit, "passphraseRepeat"), PASSPHRASE)
    gate = threading.Event()
    tasks.run(lambda: gate.wait(10), on_failure=lambda *_: None)  # holds the worker
    click(qtbot, w, NEXT)
    try:
        busy = w.findChild(object, "keyBusy")
        assert busy.isVisible()
        assert not w.button(NEXT).isEnabled()
        assert not w.button(BACK).isEnabled()
        assert not w.button(CANCEL).isEnabled()
        w.reject()  # Esc
        assert w.isVisible()
    finally:
        gate.set()
    qtbot.waitUntil(lambda: w.currentId() == FirstRunWizard.PAGE_DONE, timeout=20000)
    assert not w.findChild(object, "keyBusy").isVisible()
    assert w.button(FINISH).isEnabled() and w.button(CANCEL).isEnabled()


def test_language_switch_on_the_first_page(qtbot, wizard, backend):
    w = wizard
    title = find(w, QLabel, "welcomeTitle")
    assert title.text() == "Le damos la bienvenida a Observador"
    assert "Siguiente" in w.button(NEXT).text()
    combo = find(w, QComboBox, "languageCombo")
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_Down)  # English
    assert combo.currentData() == "en"
    qtbot.waitUntil(lambda: title.text() == "Welcome to Observador", timeout=5000)
    assert w.button(NEXT).text() == "&Next >"
    assert backend.settings().value("language") == "en"

    click(qtbot, w, NEXT)
    assert find(w, QLabel, "profileError").text() == ""
    click(qtbot, w, NEXT)  # empty: the local message comes in English
    assert find(w, QLabel, "profileError").text() == "Please write your full name."
    click(qtbot, w, BACK)

    qtbot.keyClick(combo, Qt.Key.Key_Up)
    qtbot.waitUntil(lambda: title.text() == "Le damos la bienvenida a Observador", timeout=5000)
    assert backend.settings().value("language") == "es_MX"
    # the message on the other page followed the language too
    assert find(w, QLabel, "profileError").text() == "Escriba su nombre completo."


def test_without_a_keyring_the_observer_is_told_and_asked_when_signing(
    qtbot, no_keyring, wizard, data_dir
):
    w = wizard
    to_key_page(qtbot, w)
    note = find(w, QLabel, "keyringNote").text()
    assert "no tiene llavero" in note and "cada vez que firme" in note
    type_text(qtbot, find(w, QLineEdit, "passphrase"), PASSPHRASE)
    type_text(qtbot, find(w, QLineEdit, "passphraseRepeat"), PASSPHRASE)
    click(qtbot, w, NEXT)
    qtbot.waitUntil(lambda: w.currentId() == FirstRunWizard.PAGE_DONE, timeout=20000)
    assert "cada vez" in find(w, QLabel, "summaryPassphrase").text()
    with Observador(data_dir) as app:
        ident = keys.identity(app)
        assert ident is not None
        with pytest.raises(InputError):
            keys.passphrase_for(app, ident, ask=None)  # nothing stored anywhere
        assert keys.passphrase_for(app, ident, ask=lambda _p: PASSPHRASE) == PASSPHRASE.encode()
    assert PASSPHRASE.encode() not in all_bytes(data_dir)


def test_rerun_prefills_the_profile_and_keeps_the_key(qtbot, profiled, backend, tasks):
    with Observador(profiled) as app:
        before = create_signing_key(app, PASSPHRASE)["key"]
    w = FirstRunWizard(backend, tasks)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitUntil(lambda: w.state["loaded"], timeout=10000)
    click(qtbot, w, NEXT)
    assert find(w, QLineEdit, "profileName").text() == "Ana Pérez"
    assert find(w, QLineEdit, "profileCode").text() == "OBS-001"
    click(qtbot, w, NEXT)  # unchanged: no need to save again
    assert w.currentId() == FirstRunWizard.PAGE_KEY
    existing = find(w, QLabel, "keyExisting")
    assert existing.isVisible() and short_fingerprint(before.fingerprint) in existing.text()
    assert not find(w, QLineEdit, "passphrase").isVisible()
    click(qtbot, w, NEXT)
    assert w.currentId() == FirstRunWizard.PAGE_DONE
    assert find(w, QLabel, "summaryFingerprint").text() == short_fingerprint(before.fingerprint)
    with Observador(profiled) as app:
        assert keys.identity(app).fingerprint == before.fingerprint


def test_passphrase_strength_levels():
    assert passphrase_strength("short") == 0
    assert passphrase_strength("abcdefgh") == 1
    assert passphrase_strength("abcdefghij") == 2
    assert passphrase_strength("una frase larga de verdad") == 3


def test_a_failed_key_creation_is_reported_and_can_be_retried(qtbot, wizard, data_dir):
    w = wizard
    to_key_page(qtbot, w)
    (data_dir / "keys").write_text("not a folder")  # the key cannot be written there
    type_text(qtbot, find(w, QLineEdit, "passphrase"), PASSPHRASE)
    type_text(qtbot, find(w, QLineEdit, "passphraseRepeat"), PASSPHRASE)
    click(qtbot, w, NEXT)
    qtbot.waitUntil(lambda: w.findChild(QMessageBox, "errorDialog") is not None, timeout=20000)
    box = w.findChild(QMessageBox, "errorDialog")
    assert "no se pudo usar" in box.text().lower()
    assert w.currentId() == FirstRunWizard.PAGE_KEY
    assert w.button(NEXT).isEnabled() and w.button(BACK).isEnabled()
    assert not w.findChild(object, "keyBusy").isVisible()
    box.close()

    (data_dir / "keys").unlink()
    click(qtbot, w, NEXT)
    qtbot.waitUntil(lambda: w.currentId() == FirstRunWizard.PAGE_DONE, timeout=20000)
