"""ui/passphrase.py: the one passphrase dialog and the flow the report dialog and the
sync share (is it needed, ask, check on the worker, ask again while wrong)."""

from __future__ import annotations

import pytest

pytest.importorskip("PySide6")

from observer_desktop.services import keys
from observer_desktop.services.app import Observador
from observer_desktop.ui.passphrase import (
    PassphraseDialog,
    WrongPassphrase,
    ask_until_opens,
    check_typed,
    key_state,
    passphrase_error,
)

PASSPHRASE = "frase de prueba larga"


@pytest.fixture
def keyed(profiled, monkeypatch):
    """A data folder whose signing key's passphrase is in neither keyring nor environment."""
    monkeypatch.setenv("OBSERVER_PASSPHRASE", PASSPHRASE)
    with Observador(profiled) as app:
        keys.ensure_identity(app, ask=None)
    monkeypatch.delenv("OBSERVER_PASSPHRASE")
    return profiled


def test_passphrase_dialog_checks_a_new_passphrase(qtbot):
    dialog = PassphraseDialog("create")
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.ok_button.isEnabled()
    qtbot.keyClicks(dialog.edit, "corta")
    assert dialog.error_label.isVisible() and not dialog.ok_button.isEnabled()
    dialog.edit.clear()
    qtbot.keyClicks(dialog.edit, "una frase larga")
    qtbot.keyClicks(dialog.again, "una frase distinta")
    assert not dialog.ok_button.isEnabled()
    dialog.again.clear()
    qtbot.keyClicks(dialog.again, "una frase larga")
    assert dialog.ok_button.isEnabled() and not dialog.error_label.isVisible()
    assert dialog.edit.echoMode() == dialog.edit.EchoMode.Password


def test_passphrase_dialog_for_an_existing_key_only_signs(qtbot):
    dialog = PassphraseDialog("ask")  # the mode ReportDialog uses when a key exists
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.ok_button.text() == "F&irmar"  # not "Crear llave y firmar"
    assert not dialog.again.isVisible()
    qtbot.keyClicks(dialog.edit, "x")
    assert dialog.ok_button.isEnabled()


def test_the_key_state_says_whether_to_ask(keyed, no_keyring):
    with Observador(keyed) as app:
        assert key_state(app) == "ask"
        assert passphrase_error(app, PASSPHRASE) == ""
        assert "no es correcta" in passphrase_error(app, "no es la frase")
        with pytest.raises(WrongPassphrase):
            check_typed(app, "no es la frase")
        check_typed(app, PASSPHRASE)


def test_without_a_key_nor_a_keyring_a_new_passphrase_is_chosen(profiled, no_keyring):
    with Observador(profiled) as app:
        assert key_state(app) == "create"
        asked: list[tuple[str, str]] = []
        typed = ask_until_opens(app, lambda mode, error: asked.append((mode, error)) or "nueva")
    assert typed == "nueva" and asked == [("create", "")]  # taken as typed: the key is made


def test_a_wrong_passphrase_is_asked_again_with_the_reason(keyed, no_keyring):
    answers = iter(["no es la frase", PASSPHRASE])
    asked: list[tuple[str, str]] = []

    def ask(mode: str, error: str) -> str | None:
        asked.append((mode, error))
        return next(answers)

    with Observador(keyed) as app:
        assert ask_until_opens(app, ask) == PASSPHRASE
        assert ask_until_opens(app, lambda mode, error: None) is None  # the observer gave up
    assert [m for m, _ in asked] == ["ask", "ask"]
    assert asked[0][1] == "" and "no es correcta" in asked[1][1]
