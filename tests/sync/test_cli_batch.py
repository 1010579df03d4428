"""The ``observer`` sync commands as OIC staff script them, and the USB batch."""

from __future__ import annotations

import base64
import hashlib
import io
import json
import shutil
import threading
import typing
import zipfile
from contextlib import closing

import pytest
from conftest import (
    CODE,
    FAST,
    PASSWORD,
    InProcessServer,
    login,
    make_audit,
    new_server,
    open_observer,
)
from cryptography import x509
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import ec
from helpers import MINI_FORM

from observer_desktop.cli import main
from observer_desktop.core.errors import InputError
from observer_desktop.services import sync


@pytest.fixture
def laptop(tmp_path):
    """A data folder as the CLI opens it (shipped forms plus ``<data>/forms``)."""
    data = tmp_path / "laptop"
    (data / "forms").mkdir(parents=True)
    (data / "forms" / "mini.yaml").write_text(MINI_FORM, encoding="utf-8")
    app = open_observer(data, data / "forms")
    yield app
    app.close()


def run(capsys, monkeypatch, data, *args, stdin=None):
    if stdin is not None:
        monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
    code = main(["--data-dir", str(data), *args])
    out, err = capsys.readouterr()
    return code, out, err


def test_cli_login_outbox_sync_and_logout(oic, laptop, tmp_path, capsys, monkeypatch):
    data = laptop.data_dir
    code, out, err = run(
        capsys,
        monkeypatch,
        data,
        "login",
        "--server",
        oic.url,
        "--code",
        CODE,
        "--password-stdin",
        stdin=PASSWORD + "\n",
    )
    assert code == 0, err
    assert "Sesión iniciada" in out and "Huella SHA-256" in out and "Primera conexión" in out
    assert "llavero" in out
    fingerprint = laptop.store.get_setting(sync.SERVER_KEY)["ca_fingerprint"]
    assert fingerprint[:2].upper() + ":" + fingerprint[2:4].upper() in out

    audit = make_audit(laptop, tmp_path / "ev", seed=61, sign=False)
    code, out, err = run(capsys, monkeypatch, data, "outbox", "--add", audit["id"][:8])
    assert code == 0, err
    assert "En cola" in out and audit["id"][:8] in out
    code, out, _ = run(capsys, monkeypatch, data, "outbox", "--json")
    listing = json.loads(out)
    assert listing["pending"] == 1 and listing["outbox"][0]["state"] == "queued"

    code, out, err = run(capsys, monkeypatch, data, "sync", "--json")
    result = json.loads(out)
    assert code == 0 and result["ok"] and result["exit_code"] == 0, err
    assert [d["audit"] for d in result["delivered"]] == [audit["id"]]
    code, out, _ = run(capsys, monkeypatch, data, "sync")
    assert code == 0 and "Todo entregado al OIC." in out
    code, out, _ = run(capsys, monkeypatch, data, "outbox")
    assert code == 0 and "No hay envíos pendientes." in out
    code, out, _ = run(capsys, monkeypatch, data, "outbox", "--all")
    assert "Entregado" in out and "Recibida por el OIC" in out

    code, out, err = run(capsys, monkeypatch, data, "logout")
    assert code == 0 and "Sesión cerrada" in out
    code, out, err = run(capsys, monkeypatch, data, "sync")
    assert code == 2 and "observer login" in err


def test_cli_sync_exits_1_with_the_reason_when_the_server_is_unreachable(
    oic_template, laptop, tmp_path, capsys, monkeypatch
):
    server = new_server(oic_template, tmp_path).start()
    login(laptop, server)
    audit = make_audit(laptop, tmp_path / "ev", seed=62)
    server.stop()
    code, out, err = run(capsys, monkeypatch, laptop.data_dir, "sync")
    assert code == 1
    assert "No se pudo comunicar con el servidor del OIC" in err
    assert "Pendientes: 1" in out and audit["id"][:8] in out
    status = sync.sync_status(laptop)
    assert status.unsent == 1 and "conexión" in status.last_error


def open_tokens(server) -> int:
    """Sessions the server still honours."""
    with closing(server.db()) as conn:
        query = "SELECT count(*) FROM tokens WHERE revoked_at IS NULL"
        return conn.execute(query).fetchone()[0]


def _login_args(server, *extra):
    return ["login", "--server", server.url, "--code", CODE, "--password-stdin", *extra]


def test_cli_without_a_keyring_keeps_the_session_encrypted_with_the_passphrase(
    oic, laptop, tmp_path, capsys, monkeypatch, no_keyring
):
    from observer_desktop.services import tokens

    monkeypatch.setenv("OBSERVER_PASSPHRASE", "frase de paso de prueba")

    before = open_tokens(oic)
    code, out, err = run(
        capsys, monkeypatch, laptop.data_dir, *_login_args(oic), stdin=PASSWORD + "\n"
    )
    assert code == 0 and "cifrada con la frase de paso" in out, err
    assert open_tokens(oic) == before + 1
    kept = laptop.data_dir / tokens.FILE_NAME
    token = tokens.file_token(laptop, oic.url, CODE, b"frase de paso de prueba")
    assert token and token.encode() not in kept.read_bytes()
    assert kept.stat().st_mode & 0o077 == 0
    assert tokens.file_token(laptop, oic.url, CODE, b"otra frase") is None
    assert (
        tokens.file_token(laptop, "https://otro.example", CODE, b"frase de paso de prueba") is None
    )
    # a later run needs neither a login nor the password: the passphrase opens the session
    make_audit(laptop, tmp_path / "ev", seed=63)
    code, out, err = run(capsys, monkeypatch, laptop.data_dir, "sync", stdin="")
    assert code == 0, err
    assert open_tokens(oic) == before + 1
    # without the passphrase it says what is missing, and sends nothing
    make_audit(laptop, tmp_path / "ev", seed=64)
    monkeypatch.delenv("OBSERVER_PASSPHRASE")
    code, out, err = run(capsys, monkeypatch, laptop.data_dir, "sync", stdin="")
    assert code == 2 and "abrir su llave de firma" in err and "OBSERVER_PASSPHRASE" in err
    # --password-stdin logs in for that run only (its token is revoked at its end)
    code, out, err = run(
        capsys, monkeypatch, laptop.data_dir, "sync", "--password-stdin", stdin=PASSWORD + "\n"
    )
    assert code == 0, err
    assert open_tokens(oic) == before + 1
    code, out, err = run(
        capsys, monkeypatch, laptop.data_dir, "sync", "--password-stdin", stdin="mala\n"
    )
    assert code == 1 and "contraseña no son correctos" in err  # nothing pending, still 1
    monkeypatch.setenv("OBSERVER_PASSPHRASE", "frase de paso de prueba")
    code, out, err = run(capsys, monkeypatch, laptop.data_dir, "logout")
    assert code == 0 and "ya no sirve" in out, err
    assert not kept.exists() and open_tokens(oic) == before


def test_cli_login_with_a_plaintext_file_keyring_seals_the_session_instead(
    oic, laptop, capsys, monkeypatch
):
    """keyrings.alt's PlaintextKeyring (base64 in a file) is no keyring: the session and
    the key's passphrase go where they go without one, never to that file."""
    import keyring
    import keyring.backend

    from observer_desktop.services import tokens

    class PlaintextKeyring(keyring.backend.KeyringBackend):
        priority = 0.5  # as keyrings.alt's: chosen when no Secret Service runs
        written: typing.ClassVar[dict] = {}

        def get_password(self, service, username):
            return self.written.get((service, username))

        def set_password(self, service, username, password):
            self.written[(service, username)] = password

        def delete_password(self, service, username):
            self.written.pop((service, username), None)

    PlaintextKeyring.__module__ = "keyrings.alt.file"
    keyring.set_keyring(PlaintextKeyring())
    monkeypatch.setenv("OBSERVER_PASSPHRASE", "frase de paso de prueba")
    code, out, err = run(
        capsys, monkeypatch, laptop.data_dir, *_login_args(oic), stdin=PASSWORD + "\n"
    )
    assert code == 0 and "cifrada con la frase de paso" in out, err
    assert "guardada en el llavero del sistema" not in out
    assert PlaintextKeyring.written == {}
    assert tokens.file_token(laptop, oic.url, CODE, b"frase de paso de prueba")


def test_cli_without_keyring_nor_passphrase_leaves_no_session_open(
    oic, laptop, capsys, monkeypatch, no_keyring
):
    before = open_tokens(oic)
    code, out, err = run(
        capsys, monkeypatch, laptop.data_dir, *_login_args(oic), stdin=PASSWORD + "\n"
    )
    assert "no se guardó en esta computadora" in out, err
    assert open_tokens(oic) == before  # a token that cannot be kept is not left valid
    code, out, err = run(capsys, monkeypatch, laptop.data_dir, "sync", stdin="")
    assert code == 2 and "password-stdin" in err


def test_cli_first_login_with_the_oics_one_time_password(own_oic, laptop, capsys, monkeypatch):
    own_oic.cli("observer", "password", CODE, "--password-stdin", stdin="del-oic-una-vez\n")
    server = own_oic.start()
    # typed as a script would: the OIC's password, then the observer's own
    code, out, err = run(
        capsys, monkeypatch, laptop.data_dir, *_login_args(server), stdin="del-oic-una-vez\n"
    )
    assert code == 2 and "en la línea siguiente" in err
    code, out, err = run(
        capsys,
        monkeypatch,
        laptop.data_dir,
        *_login_args(server),
        stdin="del-oic-una-vez\ndel-oic-una-vez\n",
    )
    assert code == 2 and "distinta" in err
    code, out, err = run(
        capsys,
        monkeypatch,
        laptop.data_dir,
        *_login_args(server),
        stdin="del-oic-una-vez\nla-mía-de-ana-2026\n",
    )
    assert code in (0, 1) and "Contraseña nueva guardada" in out and "Sesión iniciada" in out, err
    code, out, err = run(
        capsys, monkeypatch, laptop.data_dir, *_login_args(server), stdin="del-oic-una-vez\n"
    )
    assert code == 1 and "no son correctos" in err  # the one-time password is spent
    code, out, err = run(
        capsys, monkeypatch, laptop.data_dir, *_login_args(server), stdin="la-mía-de-ana-2026\n"
    )
    assert "Sesión iniciada" in out and "Contraseña nueva" not in out, err


@pytest.mark.parametrize(("in_profile", "typed"), [("obs-014", "OBS-014"), ("OBS-014", "obs-014")])
def test_a_code_logs_in_however_it_was_typed(oic, laptop, capsys, monkeypatch, in_profile, typed):
    # the profile as an older version saved it: the code as typed in the assistant
    laptop.database.execute("UPDATE observer_profile SET observer_code = ?", (in_profile,))
    code, _out, err = run(
        capsys,
        monkeypatch,
        laptop.data_dir,
        "login",
        "--server",
        oic.url,
        "--code",
        typed,
        "--password-stdin",
        stdin=PASSWORD + "\n",
    )
    assert code == 0, err
    assert sync.sync_status(laptop).logged_in


def test_cli_sync_of_nothing_fails_when_the_server_is_stopped(
    oic_template, laptop, tmp_path, capsys, monkeypatch
):
    server = new_server(oic_template, tmp_path).start()
    login(laptop, server)
    server.stop()
    code, out, err = run(capsys, monkeypatch, laptop.data_dir, "sync")
    assert code == 1 and "No se pudo comunicar con el servidor del OIC" in err
    assert "Todo entregado" not in out
    code, out, _err = run(capsys, monkeypatch, laptop.data_dir, "sync", "--json")
    assert code == 1 and json.loads(out)["exit_code"] == 1


def test_cli_login_with_a_wrong_password_exits_1(oic, laptop, capsys, monkeypatch):
    code, _, err = run(
        capsys,
        monkeypatch,
        laptop.data_dir,
        "login",
        "--server",
        oic.url,
        "--code",
        CODE,
        "--password-stdin",
        stdin="equivocada\n",
    )
    assert code == 1 and "contraseña no son correctos" in err
    code, _out, err = run(
        capsys,
        monkeypatch,
        laptop.data_dir,
        "login",
        "--server",
        "http://oic.example.mx",
        "--code",
        CODE,
        "--password-stdin",
        stdin="x\n",
    )
    assert code == 2 and "https://" in err


def test_export_batch_is_ingested_and_the_next_sync_gets_the_receipts(
    oic, laptop, tmp_path, capsys, monkeypatch
):
    login(laptop, oic)
    audits = [make_audit(laptop, tmp_path / "ev", sizes=(50_000, 20_000), seed=s) for s in (71, 72)]
    target = tmp_path / "usb" / "lote.obsbatch"
    target.parent.mkdir()
    code, out, err = run(capsys, monkeypatch, laptop.data_dir, "export-batch", "-o", str(target))
    assert code == 0, err
    assert "Lote firmado" in out and "2 auditoría(s)" in out
    assert [p.name for p in target.parent.iterdir()] == ["lote.obsbatch"]  # no temporary left

    with zipfile.ZipFile(target) as zf:
        names = set(zf.namelist())
        doc_bytes = zf.read("batch.json")
        doc = json.loads(doc_bytes)
        cert = x509.load_pem_x509_certificate(zf.read("certificate.pem"))
        cert.public_key().verify(
            base64.b64decode(zf.read("batch.sig")), doc_bytes, ec.ECDSA(hashes.SHA256())
        )
        for name in names - {"batch.json", "batch.sig", "certificate.pem"}:
            info = zf.getinfo(name)
            assert info.compress_type == zipfile.ZIP_STORED
            assert hashlib.sha256(zf.read(name)).hexdigest() == name.split("/")[1]
    assert doc["format"] == "observador-batch" and doc["observer"] == CODE
    assert {s["manifest"]["audit_id"] for s in doc["submissions"]} == {a["id"] for a in audits}
    assert not cert.issuer == cert.subject  # the OIC certificate, not the self-signed one

    code, out, err = run(capsys, monkeypatch, laptop.data_dir, "export-batch", "-o", str(target))
    assert code == 2 and "ya existe" in err

    done = oic.cli("ingest", str(target))
    assert done.returncode == 0, done.stderr
    assert "2 envíos recibidos" in done.stdout
    outcome = sync.sync_now(laptop, options=FAST)
    assert outcome.ok, outcome.to_json()
    assert outcome.chunk_bytes_sent == 0  # everything had arrived on the stick
    assert {d["audit"] for d in outcome.delivered} == {a["id"] for a in audits}
    for audit in audits:
        actions = [e["action"] for e in laptop.custody_log(audit["id"])]
        assert "submission.exported" in actions
        assert actions[-2:] == ["submission.delivered", "submission.record_saved"]
    again = oic.cli("ingest", str(target))
    assert again.returncode == 0 and "2 ya estaban recibidos" in again.stdout


def test_export_batch_needs_the_oic_certificate_and_something_queued(laptop, oic, tmp_path):
    with pytest.raises(InputError, match="inicie sesión una vez"):
        sync.export_batch(laptop, tmp_path / "x.obsbatch")
    login(laptop, oic)
    with pytest.raises(InputError, match="No hay envíos"):
        sync.export_batch(laptop, tmp_path / "x.obsbatch")
    assert not (tmp_path / "x.obsbatch").exists()


def test_a_file_over_the_server_limit_stops_only_its_audit(oic_template, observer, tmp_path):
    data = tmp_path / "limited"
    shutil.copytree(oic_template, data)
    with InProcessServer(data, max_blob_bytes=100_000) as server:
        login(observer, server.url)
        big = make_audit(observer, tmp_path / "ev", sizes=(150_000,), seed=81)
        small = make_audit(observer, tmp_path / "ev", sizes=(5_000,), seed=82)
        outcome = sync.sync_now(observer, options=FAST)
        assert [d["audit"] for d in outcome.delivered] == [small["id"]]
        (pending,) = outcome.pending
        assert pending["audit"] == big["id"] and pending["error_code"] == "too_large"
        assert "supera el máximo" in pending["error"] and "146.5 KB" in pending["error"]
        assert outcome.chunk_bytes_sent < 100_000  # the big file was never sent


def test_two_syncs_of_one_folder_do_not_run_at_once(oic, observer, tmp_path):
    from observer_desktop.sync.errors import SyncError
    from observer_desktop.sync.policy import SyncControl

    login(observer, oic)
    make_audit(observer, tmp_path / "ev", sizes=(400_000,), seed=91)
    control = SyncControl()
    paused = threading.Event()
    results = {}

    def pause_on_upload(p):
        if p.stage == "upload" and not paused.is_set():
            control.pause()  # the first sync holds between two chunks
            paused.set()

    def first_sync():  # a worker thread opens its own connection, as the app's do
        app = open_observer(observer.data_dir, tmp_path / "forms")
        try:
            results["first"] = sync.sync_now(
                app, progress=pause_on_upload, control=control, options=FAST
            )
        finally:
            app.close()

    thread = threading.Thread(target=first_sync)
    thread.start()
    try:
        assert paused.wait(30)
        with pytest.raises(SyncError, match="Ya hay un envío en curso") as info:
            sync.sync_now(observer, options=FAST)
        assert info.value.exit_code == 1
    finally:
        control.resume()
        thread.join(60)
    assert results["first"].ok


def test_cli_first_login_to_a_server_with_the_oics_own_certificate(
    oic_template, laptop, tmp_path, capsys, monkeypatch
):
    server = new_server(oic_template, tmp_path)
    assert server.cli("init", "--hostname", "127.0.0.1").returncode == 0
    server.tls = True
    server.start()
    try:
        ca = json.loads(server.cli("init", "--json").stdout)["ca_fingerprint_sha256"]
        args = _login_args(server)
        code, out, err = run(capsys, monkeypatch, laptop.data_dir, *args, stdin=PASSWORD + "\n")
        assert code == 2 and "--ca-fingerprint" in err and ca[:2].upper() + ":" in err
        assert "Sesión iniciada" not in out
        code, out, err = run(
            capsys,
            monkeypatch,
            laptop.data_dir,
            *args,
            "--ca-fingerprint",
            ca.upper(),
            stdin=PASSWORD + "\n",
        )
        assert code == 0 and "Sesión iniciada" in out, err
    finally:
        server.stop()
