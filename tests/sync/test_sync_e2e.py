"""The laptop against a real ``oic-server`` on 127.0.0.1: login, delivery, reviews, errors."""

from __future__ import annotations

import json
from contextlib import closing

import pytest
from conftest import (
    CODE,
    FAST,
    PASSWORD,
    login,
    make_audit,
    manifest_blobs,
    new_server,
)

from observer_desktop.core.errors import InputError
from observer_desktop.services import keys, sync
from observer_desktop.sync.client import ProtocolClient, format_fingerprint
from observer_desktop.sync.errors import CertificateChangedError, SyncError
from observer_desktop.sync.receipts import verify_receipt


def test_login_enrolls_and_sync_delivers_with_a_verified_receipt(oic, observer, tmp_path):
    result = login(observer, oic)
    assert result.enrolled and result.ca_pinned_now and result.token_in_keyring
    assert result.observer_name == "Ana López Ñúñez"
    ident = keys.identity(observer)
    assert not ident.self_signed and ident.files.chain.is_file()
    assert (ident.files.folder / keys.SELF_SIGNED_BACKUP).is_file()
    token = sync._keyring_token(observer, oic.url)
    assert token and result.token is None  # kept in the keyring, never handed around
    assert token not in json.dumps(result.to_json())

    audits = [
        make_audit(observer, tmp_path / "ev", sizes=(70_000, 150_000), seed=i) for i in (1, 2)
    ]
    seen = []
    outcome = sync.sync_now(observer, progress=seen.append, options=FAST)
    assert outcome.ok, outcome.to_json()
    assert {d["audit"] for d in outcome.delivered} == {a["id"] for a in audits}
    final = seen[-1]
    assert final.stage == "done"
    uploads = [p for p in seen if p.stage == "upload"]
    assert uploads[-1].bytes_done == uploads[-1].bytes_total > 220_000
    assert uploads[-1].files_done == uploads[-1].files_total == 8

    config = observer.store.get_setting(sync.SERVER_KEY)
    for audit in audits:
        assert observer.store.get_audit(audit["id"])["status"] == "delivered"
        row = observer.store.outbox_rows(audit_id=audit["id"])[0]
        assert row["state"] == "delivered" and row["received_at"]
        stored = observer.store.get_receipt(row["submission_id"])["receipt"]
        full = observer.store.get_outbox(row["submission_id"])
        verify_receipt(
            stored,
            public_key_pem=config["receipt_key_pem"],
            submission_id=row["submission_id"],
            manifest=json.loads(full["manifest"]),
        )
        actions = [e["action"] for e in observer.custody_log(audit["id"])]
        # then the OIC's timestamped copy of the report, downloaded (issue 19)
        assert actions[-3:] == [
            "submission.queued",
            "submission.delivered",
            "submission.record_saved",
        ]
    assert observer.verify_custody() == []

    committed = oic.committed()
    mine = [c for c in committed if c[1] in {a["id"] for a in audits}]
    assert sorted(c[1] for c in mine) == sorted(a["id"] for a in audits)
    assert all(oic.blob_ok(sha) for sha in manifest_blobs(observer))

    again = sync.sync_now(observer, options=FAST)
    assert again.ok and again.delivered == [] and again.chunk_bytes_sent == 0
    status = sync.sync_status(observer)
    assert status.unsent == 0 and status.last_success_at and status.last_error is None
    assert status.summary == "Todo entregado al OIC."


def test_report_signed_before_enrollment_is_signed_again_with_the_oic_certificate(
    oic, observer, tmp_path
):
    audit = make_audit(observer, tmp_path / "ev", seed=7)  # self-signed: no login yet
    assert keys.identity(observer).self_signed
    assert len(observer.store.reports(audit["id"])) == 1
    login(observer, oic)
    outcome = sync.sync_now(observer, options=FAST)
    assert outcome.ok, outcome.to_json()
    reports = observer.store.reports(audit["id"])
    assert len(reports) == 2
    manifest = json.loads(
        observer.store.get_outbox(outcome.delivered[0]["submission_id"])["manifest"]
    )
    assert manifest["report_sha256"] == reports[-1]["pdf_sha256"]


def test_wrong_password_changes_nothing_and_says_what_to_do(oic, observer):
    with pytest.raises(SyncError) as info:
        login(observer, oic, password="no-es-esta")
    assert info.value.code == "bad_credentials"
    assert "contraseña" in str(info.value)
    assert observer.store.get_setting(sync.SERVER_KEY) is None
    assert not sync.sync_status(observer).logged_in
    with pytest.raises(InputError, match="perfil"):
        login(observer, oic, password="otra-contraseña-15", code="OBS-015")
    assert observer.store.get_setting(sync.SERVER_KEY) is None


def test_plain_http_is_refused_except_to_this_computer(observer):
    for url in ("http://oic.chihuahua.gob.mx", "http://192.168.1.10:8000", "http://10.0.0.1"):
        with pytest.raises(InputError, match="https://"):
            sync.login(observer, server=url, code=CODE, password="x")
    with pytest.raises(InputError, match="usuario ni contraseña"):
        sync.login(observer, server="https://ana:secreto@oic.mx", code=CODE, password="x")
    # loopback is allowed (and nothing listens on port 9 here)
    with pytest.raises(SyncError) as info:
        sync.login(observer, server="http://127.0.0.1:9", code=CODE, password="x", options=FAST)
    assert info.value.code == "network" and "conexión" in str(info.value)


def test_sync_without_login_or_server_is_bad_input(observer):
    with pytest.raises(InputError, match="observer login"):
        sync.sync_now(observer, options=FAST)
    observer.store.set_setting(sync.SERVER_URL_KEY, "http://127.0.0.1:9")
    with pytest.raises(InputError, match="Inicie sesión"):
        sync.sync_now(observer, options=FAST)


def test_logout_revokes_the_token(oic, observer):
    login(observer, oic)
    token = sync._keyring_token(observer, oic.url)
    assert token
    result = sync.logout(observer)
    assert result["revoked"] and result["warning"] is None
    assert sync._keyring_token(observer, oic.url) is None
    assert not sync.sync_status(observer).logged_in
    with ProtocolClient(oic.url, token=token) as client, pytest.raises(SyncError) as info:
        client.reviews(0)
    assert info.value.code == "unauthenticated"
    with pytest.raises(InputError, match="Inicie sesión"):
        sync.sync_now(observer, options=FAST)


def test_revoked_session_is_reported_and_forgotten(oic, observer, tmp_path):
    login(observer, oic)
    make_audit(observer, tmp_path / "ev", seed=3)
    token = sync._keyring_token(observer, oic.url)
    with ProtocolClient(oic.url, token=token) as client:
        client.logout()  # as if the OIC revoked it
    outcome = sync.sync_now(observer, options=FAST)
    assert outcome.error_code == "unauthenticated"
    assert "Inicie sesión de nuevo" in outcome.error
    assert outcome.pending and not sync.sync_status(observer).logged_in
    assert "Inicie sesión" in sync.sync_status(observer).last_error


def test_without_a_keyring_the_session_is_kept_encrypted_with_the_passphrase(
    oic, observer, tmp_path, no_keyring, monkeypatch
):
    from observer_desktop.core.errors import PassphraseError
    from observer_desktop.services import tokens

    monkeypatch.setenv("OBSERVER_PASSPHRASE", "frase de paso de prueba")
    result = login(observer, oic)
    assert result.enrolled and result.token_store == tokens.FILE and result.token is None
    status = sync.sync_status(observer)
    assert status.logged_in and not status.needs_password
    assert not sync.needs_password(observer)
    make_audit(observer, tmp_path / "ev", seed=4)
    assert sync.sync_now(observer, options=FAST).ok
    make_audit(observer, tmp_path / "ev", seed=5)
    monkeypatch.delenv("OBSERVER_PASSPHRASE")  # from now on only the observer knows it
    with pytest.raises(PassphraseError, match="abrir su llave de firma"):
        sync.sync_now(observer, options=FAST)
    asked = []
    outcome = sync.sync_now(
        observer, ask=lambda p: asked.append(p) or "frase de paso de prueba", options=FAST
    )
    assert outcome.ok, outcome.to_json()
    assert len(asked) == 1  # the file and the report's new signature: one question
    # nothing on disk holds the token in clear
    token = tokens.file_token(observer, oic.url, CODE, b"frase de paso de prueba")
    assert token
    for path in observer.data_dir.rglob("*"):
        if path.is_file():
            assert token.encode() not in path.read_bytes()
    # the OIC revoked it: the session is forgotten, file included
    with ProtocolClient(oic.url, token=token) as client:
        client.logout()
    outcome = sync.sync_now(observer, ask=lambda p: "frase de paso de prueba", options=FAST)
    assert outcome.error_code == "unauthenticated"
    assert not (observer.data_dir / tokens.FILE_NAME).exists()
    assert not sync.sync_status(observer).logged_in


def test_without_keyring_nor_passphrase_the_token_lives_in_memory_only(
    oic, observer, tmp_path, no_keyring, monkeypatch
):
    from observer_desktop.services import tokens

    result = login(observer, oic)  # no key yet and nothing to make one with
    assert result.token_store == tokens.MEMORY and result.token and result.token_note
    status = sync.sync_status(observer)
    assert status.logged_in and status.needs_password and sync.needs_password(observer)
    with pytest.raises(InputError, match="password-stdin"):
        sync.sync_now(observer, options=FAST)
    monkeypatch.setenv("OBSERVER_PASSPHRASE", "frase de paso de prueba")
    make_audit(observer, tmp_path / "ev", seed=6)
    assert sync.sync_now(observer, password=PASSWORD, options=FAST).ok
    # the UI keeps the login's token in memory instead
    make_audit(observer, tmp_path / "ev", seed=7)
    assert sync.sync_now(observer, token=result.token, options=FAST).ok
    for path in observer.data_dir.rglob("*"):
        if path.is_file():
            assert result.token.encode() not in path.read_bytes()


def test_first_login_with_a_one_time_password_chooses_the_observers_own(own_oic, observer):
    from observer_desktop.sync.errors import PasswordChangeRequired

    own_oic.cli("observer", "password", CODE, "--password-stdin", stdin="del-oic-una-vez\n")
    server = own_oic.start()
    with pytest.raises(PasswordChangeRequired) as info:
        login(observer, server, password="del-oic-una-vez")
    assert info.value.min_length == 10 and "sirve una sola vez" in str(info.value)
    assert not sync.sync_status(observer).logged_in  # nothing kept, nothing pinned
    with pytest.raises(InputError, match="al menos 10"):
        sync.login(
            observer, server=server.url, code=CODE, password="del-oic-una-vez", new_password="x"
        )
    result = sync.login(
        observer,
        server=server.url,
        code=CODE,
        password="del-oic-una-vez",
        new_password="la-mía-de-ana-2026",
        options=FAST,
    )
    assert result.observer_code == CODE and sync.sync_status(observer).logged_in
    with pytest.raises(SyncError, match="no son correctos"):
        login(observer, server, password="del-oic-una-vez")
    assert login(observer, server, password="la-mía-de-ana-2026").enrolled


def test_changed_certificate_authority_is_refused(oic_template, tmp_path, observer):
    first = new_server(oic_template, tmp_path / "a").start()
    try:
        login(observer, first)
        make_audit(observer, tmp_path / "ev", seed=8)
    finally:
        first.stop()
    # another server (another CA) answers at the same address
    other_data = tmp_path / "b"
    other_data.mkdir()
    from conftest import OICServer, oic_cli

    assert oic_cli(other_data / "oic-data", "init").returncode == 0
    assert (
        oic_cli(
            other_data / "oic-data",
            "observer",
            "add",
            CODE,
            "--name",
            "Ana",
            "--password-stdin",
            "--reusable",
            stdin=PASSWORD + "\n",
        ).returncode
        == 0
    )
    impostor = OICServer(other_data / "oic-data", first.port, tmp_path / "b.log").start()
    try:
        outcome = sync.sync_now(observer, options=FAST)
        assert outcome.error_code == "certificate_changed"
        assert "servidor falso" in outcome.error and outcome.chunk_bytes_sent == 0
        with closing(impostor.db()) as conn:
            assert conn.execute("SELECT count(*) FROM submissions").fetchone()[0] == 0
        with pytest.raises(CertificateChangedError):
            login(observer, impostor)
        sync.logout(observer, forget_server=True)
        again = login(observer, impostor)
        assert again.ca_pinned_now and again.enrolled
    finally:
        impostor.stop()


def test_returned_audit_is_corrected_as_a_new_version_and_approved(oic, observer, tmp_path):
    login(observer, oic)
    audit = make_audit(observer, tmp_path / "ev", seed=11)
    first = sync.sync_now(observer, options=FAST)
    sid = first.delivered[0]["submission_id"]
    done = oic.cli("review", sid, "return", "--comment", "Falta la foto del acta de apertura.")
    assert done.returncode == 0, done.stderr

    outcome = sync.sync_now(observer, options=FAST)
    assert [(r["state"], r["comment"]) for r in outcome.reviews] == [
        ("returned", "Falta la foto del acta de apertura.")
    ]
    assert observer.store.get_audit(audit["id"])["status"] == "returned"
    shown = sync.audit_reviews(observer, audit["id"])
    assert shown[0]["review"] == "returned" and "acta" in shown[0]["review_comment"]
    assert observer.custody_log(audit["id"])[-1]["action"] == "review.returned"

    v2 = observer.new_version(audit["id"])
    observer.set_answer(v2["id"], "ofertas", 5)
    observer.finalize(v2["id"])
    from observer_desktop.services.reports import generate_report

    generate_report(observer, v2["id"], ask=None)
    outcome = sync.sync_now(observer, options=FAST)  # signed audits are queued by the sync
    assert outcome.ok and [d["audit"] for d in outcome.delivered] == [v2["id"]]
    history = sync.audit_reviews(observer, v2["id"])
    assert [h["audit_version"] for h in history] == [2, 1]
    assert oic.cli("review", outcome.delivered[0]["submission_id"], "approve").returncode == 0
    sync.sync_now(observer, options=FAST)
    assert observer.store.get_audit(v2["id"])["status"] == "approved"
    assert observer.store.get_audit(audit["id"])["status"] == "returned"
    assert observer.verify_custody() == []


def test_queue_refuses_what_cannot_be_sent(observer, tmp_path):
    draft = observer.create_audit("mini", header={"numero": "LP-1", "tipo": "ad"})
    with pytest.raises(InputError, match="borrador"):
        sync.queue_audit(observer, draft["id"])
    audit = make_audit(observer, tmp_path / "ev", seed=12, sign=False)
    row = sync.queue_audit(observer, audit["id"])
    assert sync.queue_audit(observer, audit["id"])["submission_id"] == row["submission_id"]
    assert observer.store.get_audit(audit["id"])["status"] == "queued"
    assert [r["audit"] for r in sync.outbox(observer)] == [audit["id"]]


def test_a_damaged_local_file_stops_only_its_audit(oic, observer, tmp_path):
    login(observer, oic)
    bad = make_audit(observer, tmp_path / "ev", sizes=(90_000,), seed=21)
    good = make_audit(observer, tmp_path / "ev", sizes=(30_000,), seed=22)
    damaged = {"done": False}
    sha = observer.store.evidence(bad["id"])[0]["sha256"]
    path = observer.evidence.path_for(sha)

    def corrupt(progress):
        # after the manifest is frozen (hashes checked), before the file is read for upload
        if progress.stage == "upload" and not damaged["done"]:
            damaged["done"] = True
            path.chmod(0o644)
            data = bytearray(path.read_bytes())
            data[5000] ^= 0xFF
            path.write_bytes(bytes(data))

    outcome = sync.sync_now(observer, progress=corrupt, options=FAST)
    assert [d["audit"] for d in outcome.delivered] == [good["id"]]
    assert [p["audit"] for p in outcome.pending] == [bad["id"]]
    reason = outcome.pending[0]["error"]
    assert outcome.pending[0]["error_code"] == "hash_mismatch"
    # found as the file was read for sending: its last chunk never went
    assert "alterado en esta computadora" in reason and "observer evidence verify" in reason
    assert not oic.blob_ok(sha)
    assert bad["id"] not in {audit_id for _sid, audit_id, _v in oic.committed()}


def test_checklists_new_on_the_server_are_fetched(oic, observer):
    login(observer, oic)
    outcome = sync.sync_now(
        observer, options=sync.SyncOptions(**{**FAST.__dict__, "fetch_forms": True})
    )
    assert outcome.ok
    fetched = {f["id"] for f in outcome.forms_added}
    assert "visita_obra_publica" in fetched  # the test's app only knew the mini form
    assert list((observer.data_dir / "forms").glob("visita_obra_publica-v*.yaml"))
    again = sync.sync_now(
        observer, options=sync.SyncOptions(**{**FAST.__dict__, "fetch_forms": True})
    )
    assert again.forms_added == []


def test_meta_of_something_that_is_not_an_oic_server(observer, tmp_path):
    import threading
    from http.server import BaseHTTPRequestHandler, HTTPServer

    class Portal(BaseHTTPRequestHandler):
        def do_GET(self):
            body = b"<html>Bienvenido a la red del cafe</html>"
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args):
            pass

    server = HTTPServer(("127.0.0.1", 0), Portal)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        with pytest.raises(SyncError) as info:
            sync.login(
                observer,
                server=f"http://127.0.0.1:{server.server_port}",
                code=CODE,
                password="x",
                options=FAST,
            )
        assert info.value.code == "bad_response" and "navegador" in str(info.value)
    finally:
        server.shutdown()
        server.server_close()


def test_sync_status_summarizes_for_the_window(observer, tmp_path):
    status = sync.sync_status(observer)
    assert status.server_url is None and not status.configured and status.auto
    assert status.summary.startswith("Sin servidor")
    observer.store.set_setting(sync.AUTO_SYNC_KEY, False)
    assert not sync.sync_status(observer).auto
    assert json.dumps(sync.sync_status(observer).to_json())


def test_http_client_counts_bytes(oic):
    with ProtocolClient(oic.url) as client:
        meta = client.meta()
        assert meta.chunk_bytes > 0 and meta.clock_skew() is not None
        assert client.stats.requests == 1


def test_logging_in_again_revokes_the_previous_token(oic, observer, tmp_path):
    login(observer, oic)
    first = sync._keyring_token(observer, oic.url)
    audit = make_audit(observer, tmp_path / "a", seed=71)
    assert [d["audit"] for d in sync.sync_now(observer, options=FAST).delivered] == [audit["id"]]
    login(observer, oic)
    second = sync._keyring_token(observer, oic.url)
    assert first and second and second != first
    with closing(ProtocolClient(oic.url, token=first)) as old:
        with pytest.raises(SyncError) as caught:
            old.submissions()
    assert caught.value.status == 401
    with closing(ProtocolClient(oic.url, token=second)) as new:
        listed = new.submissions()
    # the new token is the same observer's session: it lists what the first one delivered
    assert [(s["audit_id"], s["state"]) for s in listed if s["audit_id"] == audit["id"]] == [
        (audit["id"], "committed")
    ]


def test_finalized_audits_without_a_report_are_named_not_reported_as_delivered(
    oic, observer, tmp_path
):
    login(observer, oic)
    signed = make_audit(observer, tmp_path / "a", seed=41)
    unsigned = make_audit(observer, tmp_path / "b", seed=42, sign=False)
    outcome = sync.sync_now(observer, options=FAST)
    assert outcome.ok
    assert [d["audit"] for d in outcome.delivered] == [signed["id"]]
    assert [a["audit"] for a in outcome.not_ready] == [unsigned["id"]]
    assert outcome.to_json()["not_ready"][0]["audit"] == unsigned["id"]


def test_an_audit_of_another_observer_code_is_never_sent(oic, observer, tmp_path):
    """What an older version let happen: sample audits of DEMO-001, the profile then
    changed to the observer's code, their reports signed with the observer's key. Sync
    sends the observer's own audit, and never the sample one under their signature."""
    login(observer, oic)
    foreign = make_audit(observer, tmp_path / "a", seed=43)
    own = make_audit(observer, tmp_path / "b", seed=44)
    observer.database.execute(
        "UPDATE audits SET observer_code = 'DEMO-001', "
        "observer = json_set(observer, '$.code', 'DEMO-001') WHERE id = ?",
        (foreign["id"],),
    )
    outcome = sync.sync_now(observer, options=FAST)
    assert [d["audit"] for d in outcome.delivered] == [own["id"]]
    assert [p["audit"] for p in outcome.pending] == [foreign["id"]]
    assert "es del observador DEMO-001" in outcome.pending[0]["error"]
    assert foreign["id"] not in {c[1] for c in oic.committed()}


def test_a_report_signed_after_enrollment_is_trusted_by_the_app_itself(oic, observer, tmp_path):
    """The preview said "El certificado no proviene de una autoridad en la que confíe
    esta aplicación" right after the OIC certified the key: the pinned CA is trusted."""
    from observer_desktop.services.reports import verify_report

    login(observer, oic)
    audit = make_audit(observer, tmp_path / "ev", seed=77)
    [report] = observer.store.reports(audit["id"])
    result = verify_report(observer.data_dir / report["path"], app=observer)
    assert result.status == "valid" and result.trusted, result.trust_note
    assert not result.certificate["self_signed"]
    # names as people read them, not asn1crypto's "Common Name: …, Organization: …"
    assert "Nombre: Ana López Ñúñez" in result.certificate["subject"]
    assert "Código: OBS-014" in result.certificate["subject"]
    assert "Common Name" not in result.certificate["issuer"]
    alone = verify_report(observer.data_dir / report["path"])  # no app: no pinned CA
    assert alone.status == "valid" and not alone.trusted


def test_a_server_with_a_certificate_of_the_oics_own_ca_is_trusted_after_confirming_it(
    oic_template, tmp_path, observer
):
    """`oic-server init --hostname` gives the server a TLS certificate from the OIC CA;
    the first contact shows that CA's fingerprint and sends the password only once
    the observer confirms it; then every connection trusts the pinned CA."""
    from observer_desktop.sync.errors import UnknownAuthority

    server = new_server(oic_template, tmp_path)
    done = server.cli("init", "--hostname", "127.0.0.1")
    assert done.returncode == 0 and "Certificado TLS" in done.stdout, done.stderr
    server.tls = True
    server.start()
    try:
        ca = json.loads(server.cli("init", "--json").stdout)["ca_fingerprint_sha256"]
        with pytest.raises(UnknownAuthority) as first:
            login(observer, server)
        assert first.value.ca_fingerprint == ca
        assert format_fingerprint(ca) in str(first.value)
        assert not sync.sync_status(observer).configured  # nothing pinned, nothing sent
        with closing(server.db()) as conn:  # the password never reached the server
            assert conn.execute("SELECT count(*) FROM tokens").fetchone()[0] == 0
        with pytest.raises(CertificateChangedError):
            sync.login(
                observer,
                server=server.url,
                code=CODE,
                password=PASSWORD,
                trust_ca="00" * 32,
                options=FAST,
            )
        result = sync.login(
            observer,
            server=server.url,
            code=CODE,
            password=PASSWORD,
            trust_ca=format_fingerprint(ca),  # as read aloud: AB:CD:…
            options=FAST,
        )
        assert result.enrolled and result.ca_fingerprint == ca
        make_audit(observer, tmp_path / "ev", seed=71)
        outcome = sync.sync_now(observer, options=FAST)  # HTTPS, trusting the pinned CA
        assert outcome.ok and len(outcome.delivered) == 1, outcome.to_json()
    finally:
        server.stop()


def test_an_impostor_with_a_certificate_of_another_ca_is_not_offered_as_first_contact(
    oic_template, tmp_path, observer
):
    """A server whose TLS certificate is not issued by the CA its /meta names."""
    import shutil

    from conftest import oic_cli

    from observer_desktop.sync.client import probe_authority

    server = new_server(oic_template, tmp_path / "a")
    # a certificate from another CA: the CA its /meta names did not issue it
    assert oic_cli(tmp_path / "c" / "data", "init", "--hostname", "127.0.0.1").returncode == 0
    for name in ("tls-cert.pem", "tls-key.pem"):
        shutil.copy(tmp_path / "c" / "data" / "keys" / name, server.data_dir / "keys" / name)
    server.tls = True
    server.start()
    try:
        assert probe_authority(server.url) is None
        with pytest.raises(SyncError) as refused:
            login(observer, server)
        assert refused.value.code == "tls" and "servidor falso" in str(refused.value)
    finally:
        server.stop()


def test_another_observer_on_the_same_server_reads_reviews_from_their_own_start(
    own_oic, tmp_path, mini_form_dir
):
    """Review cursors count each observer's own events (1, 2, 3…): a folder that logs in
    as another code than its cursor counted (a shared laptop whose profile changed while
    it held no audits) starts from 0, or it would skip that observer's first events."""
    from conftest import OTHER_PASSWORD, open_observer

    oic = own_oic.start()
    shared = open_observer(tmp_path / "b", mini_form_dir)
    try:
        shared.save_profile(name="Beto Ruiz", observer_code="OBS-015")
        sync.login(shared, server=oic.url, code="OBS-015", password=OTHER_PASSWORD, options=FAST)
        audit = make_audit(shared, tmp_path / "ev-b", seed=32)
        sid = sync.sync_now(shared, options=FAST).delivered[0]["submission_id"]
        assert oic.cli("review", sid, "return", "--comment", "Falta el acta.").returncode == 0
        shared.store.set_setting(sync.REVIEW_CURSOR_KEY, 3)  # left by a session of CODE
        shared.store.set_setting(sync.REVIEW_CURSOR_OWNER_KEY, CODE)
        sync.login(shared, server=oic.url, code="OBS-015", password=OTHER_PASSWORD, options=FAST)
        sync.sync_now(shared, options=FAST)
        assert shared.store.get_audit(audit["id"])["status"] == "returned"
    finally:
        shared.close()
