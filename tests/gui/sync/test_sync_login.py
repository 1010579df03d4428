"""Logging in from the window against a real oic-server, and its failures: the dialog
(CA fingerprint, token in the keyring, OIC certificate), the first login's own password,
an unknown CA confirmed first, no keyring, unreachable servers explained in Spanish."""

from __future__ import annotations

import httpx
import pytest

pytest.importorskip("PySide6")

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPushButton
from sync_ui_support import (
    CODE,
    FAST,
    NAME,
    PASSWORD,
    audit_row,
    copy_server,
    finished_audit,
    log_in,
    message_box,
    oic_cli,
    set_auto,
)

from observer_desktop.services import keys, sync
from observer_desktop.services.app import Observador
from observer_desktop.sync.client import format_fingerprint
from observer_desktop.ui.sync.login_dialog import LoginDialog

# ------------------------------------------------------------------ login


def test_login_dialog_pins_the_ca_installs_the_certificate_and_keeps_the_token(
    oic, laptop, make_window, qtbot, memory_keyring
):
    window = make_window()
    assert window.sync.act_logout.isEnabled() is False
    window.sync.act_login.trigger()
    dialog = window.sync.login_dialog
    assert isinstance(dialog, LoginDialog)
    qtbot.waitUntil(lambda: dialog.form_page.code_edit.text() == CODE)  # from the profile
    qtbot.keyClicks(dialog.form_page.server_edit, oic.url)

    # a wrong password: said in Spanish, in the dialog, and nothing is kept
    qtbot.keyClicks(dialog.form_page.password_edit, "no-es-la-clave")
    dialog.form_page.login_button.click()
    qtbot.waitUntil(lambda: dialog.form_page.error_label.isVisible(), timeout=15000)
    assert "contraseña no son correctos" in dialog.form_page.error_label.text()
    assert dialog.form_page.password_edit.text() == ""
    assert not any(k[1].startswith("token:") for k in memory_keyring.store)

    qtbot.keyClicks(dialog.form_page.password_edit, PASSWORD)
    dialog.form_page.login_button.click()
    qtbot.waitUntil(lambda: dialog.page == LoginDialog.PAGE_DONE, timeout=20000)

    ca = oic.meta()["ca"]["fingerprint_sha256"]
    assert dialog.done_page.fingerprint_box.isVisible()
    assert dialog.done_page.fingerprint_label.text().replace("\n", ":") == format_fingerprint(ca)
    assert NAME in dialog.done_page.done_title.text()
    assert dialog.done_page.certificate_label.text().startswith("✓")
    token = memory_keyring.store[("observador", f"token:{oic.url}:{laptop}")]
    assert len(token) >= 32
    with Observador(laptop) as app:
        assert keys.enrolled_with(app, oic.meta()["ca"]["certificate"])  # OIC certificate
        assert app.store.get_setting(sync.SERVER_KEY)["ca_fingerprint"] == ca  # pinned
    assert window.sync.token is None  # in the keyring, not in memory

    dialog.done_page.done_button.click()
    qtbot.waitUntil(lambda: window.sync.login_dialog is None)
    qtbot.waitUntil(lambda: window.sync.status is not None and window.sync.status.logged_in)
    # the server answers, so a background run fetches the OIC's reviews straight away
    qtbot.waitUntil(lambda: window.sync.last_outcome is not None, timeout=15000)
    qtbot.waitUntil(lambda: not window.sync.running and window.sync.act_logout.isEnabled())

    # logging in again to the same server: nothing to compare any more
    dialog = window.sync.open_login()
    qtbot.waitUntil(lambda: dialog.form_page.server_edit.text() == oic.url)
    qtbot.keyClicks(dialog.form_page.password_edit, PASSWORD)
    dialog.form_page.login_button.click()
    qtbot.waitUntil(lambda: dialog.page == LoginDialog.PAGE_DONE, timeout=20000)
    assert (
        not dialog.done_page.fingerprint_box.isVisible()
        and not dialog.done_page.mismatch_button.isVisible()
    )
    dialog.done_page.done_button.click()
    token = memory_keyring.store[("observador", f"token:{oic.url}:{laptop}")]

    # log out: the token leaves the keyring and the server revokes it
    qtbot.waitUntil(lambda: window.sync.act_logout.isEnabled(), timeout=15000)
    window.sync.logout(confirm=False)
    qtbot.waitUntil(lambda: not window.sync.status.logged_in, timeout=15000)
    assert not any(k[1].startswith("token:") for k in memory_keyring.store)
    answer = httpx.get(
        oic.url + "/api/v1/submissions", headers={"Authorization": f"Bearer {token}"}, timeout=5
    )
    assert answer.status_code == 401


def test_sync_now_without_a_session_opens_the_login(laptop, make_window, qtbot):
    window = make_window()
    qtbot.waitUntil(lambda: window.sync.status is not None)
    qtbot.keyClick(window, Qt.Key.Key_F9)  # the shortcut reaches the action: no clash
    qtbot.waitUntil(lambda: window.sync.login_dialog is not None, timeout=10000)
    dialog = window.sync.login_dialog
    assert dialog.then_sync and dialog.form_page.reason_label.isVisible()
    assert "inicie sesión en el servidor del OIC" in dialog.form_page.reason_label.text()
    dialog.reject()


# ------------------------------------------------------------------ failures


def test_an_unreachable_server_is_explained_in_spanish(
    oic_template, laptop, make_window, qtbot, tmp_path
):
    server = copy_server(oic_template, tmp_path).start()
    try:
        log_in(laptop, server)
    finally:
        server.stop()  # the village link goes down
    set_auto(laptop, False)
    finished_audit(laptop, seed=4)
    window = make_window()
    qtbot.waitUntil(lambda: window.server_state == "offline", timeout=15000)
    assert "no disponible" in window.server_label.text()

    window.sync.act_sync.trigger()
    qtbot.waitUntil(lambda: message_box(window, "syncErrorDialog") is not None, timeout=20000)
    box = message_box(window, "syncErrorDialog")
    assert "No se pudo comunicar con el servidor del OIC" in box.text()
    assert "Revise su conexión" in box.text()  # and what to do
    box.close()
    qtbot.waitUntil(lambda: window.sync_status.text.startswith("⚠"), timeout=10000)
    assert "No se pudo comunicar" in window.sync_status.label.toolTip()
    assert window.unsent == 1


def _login_in_window(window, qtbot, server_url: str, password: str = PASSWORD) -> LoginDialog:
    dialog = window.sync.open_login()
    qtbot.waitUntil(lambda: dialog.form_page.code_edit.text() == CODE)
    qtbot.keyClicks(dialog.form_page.server_edit, server_url)
    qtbot.keyClicks(dialog.form_page.password_edit, password)
    dialog.form_page.login_button.click()
    return dialog


def test_without_a_keyring_the_session_is_sealed_and_outlives_the_window(
    oic, laptop, make_window, qtbot, no_keyring
):
    """The app asked for the password at every start without a keyring: the session is
    now kept sealed with the key's passphrase, asked once per run."""
    window = make_window()
    dialog = _login_in_window(window, qtbot, oic.url)
    # the signing key is made here; without a keyring its passphrase is chosen now
    bridge = window.sync.bridge
    qtbot.waitUntil(lambda: bridge.dialog is not None, timeout=20000)
    ask = bridge.dialog
    assert ask.mode == "create"
    qtbot.keyClicks(ask.edit, "frase de paso larga")
    qtbot.keyClicks(ask.again, "frase de paso larga")
    ask.ok_button.click()
    qtbot.waitUntil(lambda: dialog.page == LoginDialog.PAGE_DONE, timeout=20000)
    assert dialog.done_page.certificate_label.text().startswith("✓")
    assert bridge.dialog is None  # one question for the key, the session and enrollment
    notes = dialog.findChild(QLabel, "loginNotes")
    assert notes.isVisible() and "frase de paso" in notes.text()
    dialog.done_page.done_button.click()
    assert window.sync.token is None  # nothing held in memory
    window.close()
    window.tasks.wait()

    # the next run: still logged in; the first sync asks for the passphrase, once
    set_auto(laptop, False)
    window = make_window()
    qtbot.waitUntil(lambda: window.sync.status is not None and window.sync.status.logged_in)
    assert not window.sync.status.needs_password
    assert "Inicie sesión de nuevo" not in window.sync_status.text
    window.sync.act_sync.trigger()
    bridge = window.sync.bridge
    qtbot.waitUntil(lambda: bridge.dialog is not None, timeout=20000)
    assert bridge.dialog.mode == "ask"
    qtbot.keyClicks(bridge.dialog.edit, "frase de paso larga")
    bridge.dialog.ok_button.click()
    qtbot.waitUntil(lambda: not window.sync.running, timeout=30000)
    assert window.sync.last_outcome.result.ok
    window.sync.act_sync.trigger()  # asked once per run
    qtbot.waitUntil(lambda: window.sync.running, timeout=5000)
    qtbot.waitUntil(lambda: not window.sync.running, timeout=30000)
    assert bridge.dialog is None and window.sync.last_outcome.result.ok


def test_without_keyring_nor_passphrase_the_session_lives_in_memory_and_is_revoked_at_close(
    oic, laptop, make_window, qtbot, no_keyring
):
    window = make_window()
    dialog = _login_in_window(window, qtbot, oic.url)
    bridge = window.sync.bridge
    qtbot.waitUntil(lambda: bridge.dialog is not None, timeout=20000)
    bridge.dialog.reject()  # the observer does not make a key now
    qtbot.waitUntil(lambda: dialog.page == LoginDialog.PAGE_DONE, timeout=20000)
    notes = dialog.findChild(QLabel, "loginNotes")
    assert notes.isVisible() and "mientras" in notes.text()
    dialog.done_page.done_button.click()

    token = window.sync.token
    assert token and len(token) >= 32
    qtbot.waitUntil(lambda: window.sync.status is not None and window.sync.status.needs_password)
    headers = {"Authorization": f"Bearer {token}"}
    assert httpx.get(oic.url + "/api/v1/submissions", headers=headers).status_code == 200

    window.close()
    window.tasks.wait()
    assert window.sync.token is None
    assert httpx.get(oic.url + "/api/v1/submissions", headers=headers).status_code == 401
    with Observador(laptop) as app:
        assert not sync.sync_status(app).logged_in


def test_the_first_login_with_the_oics_password_chooses_the_observers_own(
    oic_template, laptop, make_window, qtbot, tmp_path
):
    server = copy_server(oic_template, tmp_path)
    done = oic_cli(
        server.data, "observer", "password", CODE, "--password-stdin", stdin="del-oic-1234\n"
    )
    assert done.returncode == 0, done.stderr
    server.start()
    try:
        window = make_window()
        dialog = _login_in_window(window, qtbot, server.url, "del-oic-1234")
        qtbot.waitUntil(lambda: dialog.form_page.changing_password, timeout=20000)
        assert dialog.page == LoginDialog.PAGE_FORM
        note = dialog.findChild(QLabel, "loginChangeNote")
        assert note.isVisible() and "una sola vez" in note.text() and "10" in note.text()
        assert dialog.form_page.password_edit.text() == "del-oic-1234"  # needed once more
        assert dialog.form_page.new_password_edit.hasFocus()
        assert not dialog.form_page.login_button.isEnabled()
        # two different new passwords: said on the spot, nothing sent
        qtbot.keyClicks(dialog.form_page.new_password_edit, "la-mia-propia-1")
        qtbot.keyClicks(dialog.form_page.again_edit, "la-mia-propia-2")
        dialog.form_page.login_button.click()
        assert (
            "no son iguales" in dialog.form_page.error_label.text()
            and dialog.form_page.changing_password
        )
        qtbot.keyClicks(dialog.form_page.again_edit, "la-mia-propia-1")
        dialog.form_page.login_button.click()
        qtbot.waitUntil(lambda: dialog.page == LoginDialog.PAGE_DONE, timeout=20000)
        notes = dialog.findChild(QLabel, "loginNotes")
        assert "contraseña nueva" in notes.text()
        dialog.done_page.done_button.click()
        # the OIC's password is spent; the observer's own logs in
        with httpx.Client(base_url=server.url + "/api/v1") as c:
            spent = c.post("/auth/login", json={"code": CODE, "password": "del-oic-1234"})
            own = c.post("/auth/login", json={"code": CODE, "password": "la-mia-propia-1"})
        assert spent.status_code == 401 and own.status_code == 200
    finally:
        server.stop()


def test_first_contact_with_a_server_of_the_oics_own_ca_asks_to_confirm_it_first(
    oic_template, laptop, make_window, qtbot, tmp_path
):
    server = copy_server(oic_template, tmp_path)
    assert oic_cli(server.data, "init", "--hostname", "127.0.0.1").returncode == 0
    # and a one-time password: the confirmed authority must hold for the second request
    done = oic_cli(
        server.data, "observer", "password", CODE, "--password-stdin", stdin="del-oic-5678\n"
    )
    assert done.returncode == 0, done.stderr
    server.tls = True
    server.start()
    try:
        ca = server.meta_unchecked()["ca"]["fingerprint_sha256"]
        window = make_window()
        dialog = _login_in_window(window, qtbot, server.url, "del-oic-5678")
        qtbot.waitUntil(lambda: getattr(dialog, "ca_confirm", None) is not None, timeout=20000)
        box = dialog.ca_confirm
        assert box.objectName() == "caConfirm" and box.isVisible()
        shown = box.informativeText().replace("\n", ":")
        assert shown == format_fingerprint(ca)
        # "it does not match": nothing sent
        no = next(b for b in box.buttons() if b.objectName() != "caMatches")
        no.click()
        assert "No se envió su contraseña" in dialog.form_page.error_label.text()
        assert dialog.page == LoginDialog.PAGE_FORM
        qtbot.keyClicks(dialog.form_page.password_edit, "del-oic-5678")
        dialog.form_page.login_button.click()
        qtbot.waitUntil(lambda: dialog.ca_confirm is not box, timeout=20000)
        dialog.ca_confirm.findChild(QPushButton, "caMatches").click()
        qtbot.waitUntil(lambda: dialog.form_page.changing_password, timeout=20000)
        qtbot.keyClicks(dialog.form_page.new_password_edit, "la-de-rosa-2026")
        qtbot.keyClicks(dialog.form_page.again_edit, "la-de-rosa-2026")
        dialog.form_page.login_button.click()  # asks nothing more about the authority
        qtbot.waitUntil(lambda: dialog.page == LoginDialog.PAGE_DONE, timeout=20000)
        assert (
            not dialog.done_page.fingerprint_box.isVisible()
        )  # confirmed already: not asked twice
        assert dialog.done_page.certificate_label.text().startswith("✓")
        dialog.done_page.done_button.click()
        with Observador(laptop) as app:
            assert sync.sync_status(app).configured
            assert app.store.get_setting(sync.SERVER_KEY)["ca_fingerprint"] == ca
        # the status bar's check trusts the pinned CA too (it said "not reachable")
        window.sync.refresh_status()
        qtbot.waitUntil(
            lambda: window.sync.status is not None and window.sync.status.ca_pem is not None,
            timeout=20000,
        )
        window.check_server()
        qtbot.waitUntil(lambda: window.server_state == "online", timeout=20000)
        window.close()  # its connection kept alive would hold the server's shutdown
        window.network.clearConnectionCache()
    finally:
        server.stop()


def test_a_report_signed_before_enrollment_is_signed_again_asking_the_passphrase(
    oic, laptop, make_window, qtbot, no_keyring, monkeypatch
):
    monkeypatch.setenv("OBSERVER_PASSPHRASE", "frase secreta de Rosa")
    audit_id = finished_audit(laptop, seed=6)  # signed with the self-signed certificate
    with Observador(laptop) as app:
        result = sync.login(app, server=oic.url, code=CODE, password=PASSWORD, options=FAST)
    assert result.enrolled and result.token_store == "file"
    monkeypatch.delenv("OBSERVER_PASSPHRASE")  # from now on only the observer knows it
    set_auto(laptop, False)

    window = make_window()
    qtbot.waitUntil(lambda: window.sync.status is not None and window.sync.status.logged_in)
    window.sync.act_sync.trigger()
    bridge = window.sync.bridge
    qtbot.waitUntil(lambda: bridge.dialog is not None, timeout=20000)
    first = bridge.dialog
    assert first.mode == "ask" and window.sync.running  # the worker waits for the answer
    qtbot.keyClicks(first.edit, "no es esta")
    first.ok_button.click()
    # a wrong passphrase is asked again, saying why
    qtbot.waitUntil(lambda: bridge.dialog is not None and bridge.dialog is not first, timeout=10000)
    again = bridge.dialog
    assert again.error_label.isVisible() and again.error_label.text()
    qtbot.keyClicks(again.edit, "frase secreta de Rosa")
    again.ok_button.click()
    qtbot.waitUntil(lambda: not window.sync.running, timeout=30000)
    outcome = window.sync.last_outcome
    assert outcome.result.ok and [d["audit"] for d in outcome.result.delivered] == [audit_id]
    with Observador(laptop) as app:
        assert len(app.store.reports(audit_id)) == 2  # signed again, with the OIC certificate
    assert audit_row(laptop, audit_id)["status"] == "delivered"


def test_the_first_automatic_sync_after_login_uses_the_passphrase_just_typed(
    oic, laptop, make_window, qtbot, no_keyring, monkeypatch
):
    """Without a keyring the first automatic sync stopped ("Detenido", with a message
    naming OBSERVER_PASSPHRASE and a terminal command) although the observer had typed
    the passphrase seconds before, at login: it is remembered for the app's run."""
    monkeypatch.setenv("OBSERVER_PASSPHRASE", "frase secreta de Rosa")
    audit_id = finished_audit(laptop, seed=8)  # signed with the self-signed certificate
    monkeypatch.delenv("OBSERVER_PASSPHRASE")
    set_auto(laptop, True)
    window = make_window()
    dialog = window.sync.open_login()
    qtbot.waitUntil(lambda: dialog.form_page.code_edit.text() == CODE)
    qtbot.keyClicks(dialog.form_page.server_edit, oic.url)
    qtbot.keyClicks(dialog.form_page.password_edit, PASSWORD)
    dialog.form_page.login_button.click()
    bridge = window.sync.bridge
    qtbot.waitUntil(lambda: bridge.dialog is not None, timeout=20000)
    ask = bridge.dialog
    assert ask.mode == "ask"  # enrollment signs a request with the existing key
    qtbot.keyClicks(ask.edit, "frase secreta de Rosa")
    ask.ok_button.click()
    qtbot.waitUntil(lambda: dialog.page == LoginDialog.PAGE_DONE, timeout=20000)
    dialog.done_page.done_button.click()
    # the background sync signs the report again with the OIC certificate and sends it,
    # asking nothing more
    qtbot.waitUntil(lambda: audit_row(laptop, audit_id)["status"] == "delivered", timeout=40000)
    qtbot.waitUntil(lambda: window.sync.last_outcome is not None, timeout=20000)
    assert bridge.dialog is None
    outcome = window.sync.last_outcome
    assert not outcome.manual and outcome.result.ok
    with Observador(laptop) as app:
        assert len(app.store.reports(audit_id)) == 2
