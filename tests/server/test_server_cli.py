"""The ``oic-server`` command as OIC staff use it (in-process, and the real script once)."""

from __future__ import annotations

import io
import json
import os
import re
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest
from oic_testing import send_all, snapshot

from oic_server.cli import main
from oic_server.schema import SCHEMA_VERSION, schema_version
from oic_server.service import OICServer

ROOT = Path(__file__).resolve().parents[2]


def run(capsys, *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def db_args(data: Path, url: str | None) -> list[str]:
    return ["--data-dir", str(data)] + (["--database", url] if url else [])


def test_init_is_idempotent_and_never_replaces_keys(tmp_path, database_url, capsys):
    data = tmp_path / "srv"
    code, out, _ = run(capsys, *db_args(data, database_url), "init")
    assert code == 0
    assert "Autoridad certificadora (CA): creada" in out and f"versión 0 → {SCHEMA_VERSION}" in out
    assert re.search(r"visita_obra_publica v\d+", out)
    keys = {p.name: p.read_bytes() for p in (data / "keys").iterdir()}
    assert (data / "keys" / "ca-key.pem").stat().st_mode & 0o077 == 0
    assert b"ENCRYPTED" not in keys["ca-key.pem"]
    code, out, _ = run(capsys, *db_args(data, database_url), "init", "--json")
    assert code == 0
    again = json.loads(out)
    assert again["keys_created"] is False and again["schema"] == {
        "from": SCHEMA_VERSION,
        "to": SCHEMA_VERSION,
    }
    assert again["forms_added"] == []
    assert {p.name: p.read_bytes() for p in (data / "keys").iterdir()} == keys
    if database_url:  # recorded (without password) for the next commands
        recorded = json.loads((data / "server.json").read_text())["database"]
        assert recorded == database_url.replace("postgresql://", "postgresql+psycopg://")
        code, out, _ = run(capsys, "--data-dir", str(data), "observer", "list", "--json")
        assert code == 0 and json.loads(out) == []


def test_init_prints_the_ca_fingerprint_as_the_laptop_shows_it(tmp_path, capsys):
    """One format for reading it aloud: the observer's login dialog shows AB:CD:…"""
    from observer_desktop.sync.client import format_fingerprint

    data = tmp_path / "srv"
    code, out, _ = run(capsys, "--data-dir", str(data), "init")
    assert code == 0
    printed = next(line for line in out.splitlines() if "huella SHA-256:" in line)
    shown = printed.split("huella SHA-256:")[1].strip()
    code, out, _ = run(capsys, "--data-dir", str(data), "init", "--json")  # same keys
    raw = json.loads(out)["ca_fingerprint_sha256"]
    assert shown == format_fingerprint(raw) != raw
    assert len(shown) == 95 and shown.count(":") == 31 and shown == shown.upper()


def test_init_with_a_key_passphrase(tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("OIC_SERVER_KEY_PASSPHRASE", "frase-del-servidor-larga")
    data = tmp_path / "srv"
    assert run(capsys, "--data-dir", str(data), "init")[0] == 0
    assert b"ENCRYPTED" in (data / "keys" / "ca-key.pem").read_bytes()
    monkeypatch.delenv("OIC_SERVER_KEY_PASSPHRASE")
    code, _, err = run(capsys, "--data-dir", str(data), "observer", "list")
    assert code == 2 and "OIC_SERVER_KEY_PASSPHRASE" in err
    monkeypatch.setenv("OIC_SERVER_KEY_PASSPHRASE", "otra")
    code, _, err = run(capsys, "--data-dir", str(data), "observer", "list")
    assert code == 2 and "no es correcta" in err


def test_commands_before_init_say_what_to_do(tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("OIC_SERVER_DATA_DIR", str(tmp_path / "vacía"))
    code, _, err = run(capsys, "observer", "list")
    assert code == 2 and "oic-server init" in err
    assert not (tmp_path / "vacía").exists()  # nothing created by a failed command
    code, _, err = run(capsys, "--database", "mysql://x@y/z", "observer", "list")
    assert code == 2 and "SQLite o PostgreSQL" in err


def test_a_database_that_belongs_to_other_keys_is_refused(tmp_path, database_url, capsys):
    first = tmp_path / "a"
    url = database_url or f"sqlite:///{first / 'oic-server.db'}"
    assert run(capsys, "--data-dir", str(first), "--database", url, "init")[0] == 0
    code, _, err = run(capsys, "--data-dir", str(tmp_path / "b"), "--database", url, "init")
    assert code == 2 and "keys/" in err
    # and a data folder whose keys do not match the database cannot serve it
    other = tmp_path / "c"
    assert run(capsys, "--data-dir", str(other), "init")[0] == 0
    code, _, err = run(capsys, "--data-dir", str(other), "--database", url, "observer", "list")
    assert code == 2 and "no son las de" in err


def test_newer_schema_is_refused_and_left_alone(tmp_path, capsys):
    data = tmp_path / "srv"
    assert run(capsys, "--data-dir", str(data), "init")[0] == 0
    oic = OICServer.open(data)
    oic.db.write(lambda c: c.execute(schema_version.insert().values(version=99, applied_at="x")))
    oic.close()
    before = (data / "oic-server.db").read_bytes()
    for args in (["init"], ["observer", "list"]):
        code, _, err = run(capsys, "--data-dir", str(data), *args)
        assert code == 2 and "versión 99" in err
    assert (data / "oic-server.db").read_bytes() == before


def _printed_password(out: str) -> str:
    lines = out.strip().splitlines()
    return next(
        lines[i + 1].strip()
        for i, line in enumerate(lines)
        if " para " in line and line.endswith(":")
    )


def _login(server, code: str, password: str):
    with server.client() as c:
        return c.post("/auth/login", json={"code": code, "password": password})


def test_observer_administration(server, capsys, monkeypatch):
    base = server.cli_args()
    code, out, _ = run(capsys, *base, "observer", "add", "obs-010", "--name", "Ana Pérez")
    assert code == 0 and "OBS-010" in out and "Sirve una sola vez" in out
    password = _printed_password(out)
    assert len(password) == 19
    # the OIC's password is one-time: it opens no session, only the change to the
    # observer's own, and then it no longer works
    assert _login(server, "OBS-010", password).json()["error"]["code"] == (
        "password_change_required"
    )
    code, out, _ = run(capsys, *base, "observer", "list")
    assert "sin primer inicio" in out
    with server.client() as c:
        same = c.post(
            "/auth/password",
            json={"code": "OBS-010", "password": password, "new_password": password},
        )
        ok = c.post(
            "/auth/password",
            json={"code": "obs-010", "password": password, "new_password": "la-mía-de-ana"},
        )
    assert same.status_code == 400 and "distinta" in same.json()["error"]["message"]
    assert ok.status_code == 200, ok.text
    token = ok.json()["token"]
    assert _login(server, "OBS-010", password).status_code == 401
    assert _login(server, "OBS-010", "la-mía-de-ana").status_code == 200
    # the password is stored as an argon2id hash, never in clear
    state = json.dumps(snapshot(server))
    assert password not in state and "$argon2id$" in state
    monkeypatch.setattr(sys, "stdin", io.StringIO("una-contraseña-elegida\n"))
    code, out, _ = run(
        capsys, *base, "observer", "add", "OBS-011", "--name", "Beto", "--password-stdin"
    )
    assert code == 0 and "una-contraseña-elegida" not in out
    assert _login(server, "OBS-011", "una-contraseña-elegida").status_code == 403
    monkeypatch.setattr(sys, "stdin", io.StringIO("otra-contraseña-elegida\n"))
    code, out, _ = run(
        capsys, *base, "observer", "password", "OBS-011", "--password-stdin", "--reusable"
    )
    assert code == 0 and "Sirve una sola vez" not in out
    server.login("OBS-011", "otra-contraseña-elegida").close()
    monkeypatch.setattr(sys, "stdin", io.StringIO("corta\n"))
    code, _, err = run(
        capsys, *base, "observer", "add", "OBS-012", "--name", "C", "--password-stdin"
    )
    assert code == 2 and "al menos 10" in err
    code, _, err = run(capsys, *base, "observer", "add", "OBS-010", "--name", "Otra")
    assert code == 2 and "Ya existe" in err
    code, _, err = run(capsys, *base, "observer", "add", "mal código", "--name", "X")
    assert code == 2 and "no es válido" in err
    code, out, _ = run(capsys, *base, "observer", "list", "--json")
    listed = {o["code"]: o for o in json.loads(out)}
    assert set(listed) == {"OBS-010", "OBS-011"} and not listed["OBS-010"]["disabled"]
    code, out, _ = run(capsys, *base, "observer", "disable", "OBS-010")
    assert code == 0 and "deshabilitado" in out
    code, out, _ = run(capsys, *base, "observer", "disable", "OBS-010")
    assert code == 0 and "ya estaba" in out
    with server.client(token) as c:
        assert c.get("/submissions").json()["error"]["code"] == "observer_disabled"
    code, out, _ = run(capsys, *base, "observer", "list")
    assert "deshabilitado" in out
    assert run(capsys, *base, "observer", "enable", "OBS-010")[0] == 0
    code, out, _ = run(capsys, *base, "observer", "password", "OBS-010")
    new_password = _printed_password(out)
    assert _login(server, "OBS-010", new_password).status_code == 403  # one-time again
    with server.client(token) as c:  # and the session opened before the reset is closed
        assert c.get("/submissions").status_code == 401
    code, _, err = run(capsys, *base, "observer", "disable", "OBS-999")
    assert code == 2 and "No existe el observador OBS-999" in err


def test_submissions_review_and_export(server, enrolled, capsys, tmp_path):
    laptop, client = enrolled
    base = server.cli_args()
    sub = laptop.submission()
    open_sub = laptop.submission()
    open_sub.put(client)
    send_all(client, sub, chunk=64 * 1024)
    code, out, _ = run(capsys, *base, "submissions", "list", "--json")
    rows = {r["submission_id"]: r for r in json.loads(out)}
    assert rows[sub.submission_id]["state"] == "committed"
    assert rows[sub.submission_id]["review"] == "received"
    assert rows[open_sub.submission_id]["state"] == "open"
    code, out, _ = run(capsys, *base, "submissions", "list", "--state", "committed")
    assert sub.submission_id[:8] in out and open_sub.submission_id[:8] not in out
    code, out, _ = run(
        capsys, *base, "submissions", "list", "--observer", "OBS-001", "--state", "approved"
    )
    assert "No hay envíos" in out
    # review: return needs a comment; an open submission cannot be reviewed
    code, _, err = run(capsys, *base, "review", sub.submission_id[:8], "return")
    assert code == 2 and "--comment" in err
    code, _, err = run(capsys, *base, "review", open_sub.submission_id, "approve")
    assert code == 2 and "no está confirmado" in err
    code, _, err = run(capsys, *base, "review", "zz", "approve")
    assert code == 2
    code, out, _ = run(
        capsys, *base, "review", sub.submission_id[:8], "return", "--comment", "Falta la foto"
    )
    assert code == 0 and "devuelto" in out
    code, out, _ = run(
        capsys, *base, "review", sub.submission_id[:8], "return", "--comment", "Falta la foto"
    )
    assert code == 0 and "ya estaba" in out
    assert (
        run(capsys, *base, "review", sub.submission_id, "approve", "--comment", "Gracias")[0] == 0
    )
    states = [(x["state"], x["comment"]) for x in client.get("/reviews").json()["reviews"]]
    assert states == [("received", ""), ("returned", "Falta la foto"), ("approved", "Gracias")]
    code, out, _ = run(capsys, *base, "submissions", "show", sub.submission_id[:6], "--json")
    detail = json.loads(out)
    assert [h["state"] for h in detail["history"]] == ["received", "returned", "approved"]
    assert detail["receipt"]["receipt"]["submission_id"] == sub.submission_id
    code, out, _ = run(capsys, *base, "submissions", "show", sub.submission_id[:6])
    assert "aprobado" in out and "OBS-001" in out
    target = tmp_path / "revision"
    code, out, _ = run(
        capsys, *base, "submissions", "export", sub.submission_id[:8], "-o", str(target)
    )
    assert code == 0
    assert (target / "informe.pdf").read_bytes() == sub.report
    assert (target / "auditoria.json").read_bytes() == sub.audit_json
    evidence = sorted((target / "evidencia").iterdir())
    assert len(evidence) == 2 and all(p.suffix == ".jpg" for p in evidence)
    assert json.loads((target / "envio.json").read_text())["observer"] == "OBS-001"
    code, _, err = run(
        capsys, *base, "submissions", "export", sub.submission_id[:8], "-o", str(target)
    )
    assert code == 2 and "no está vacía" in err


def test_forms_commands(server, capsys, tmp_path):
    base = server.cli_args()
    code, out, _ = run(capsys, *base, "forms", "list", "--json")
    assert code == 0 and len(json.loads(out)["forms"]) == 4
    from helpers import MINI_FORM

    mini = tmp_path / "mini.yaml"
    mini.write_text(MINI_FORM, encoding="utf-8")
    code, out, _ = run(capsys, *base, "forms", "add", str(mini))
    assert code == 0 and "publicado" in out
    code, out, _ = run(capsys, *base, "forms", "add", str(mini))
    assert code == 0 and "ya estaba" in out
    mini.write_text(MINI_FORM.replace("Formulario mínimo", "Otro título"), encoding="utf-8")
    code, _, err = run(capsys, *base, "forms", "add", str(mini))
    assert code == 2 and "aumente «version»" in err
    broken = tmp_path / "roto.yaml"
    broken.write_text("id: Mal\nversion: 1\n", encoding="utf-8")
    code, _, err = run(capsys, *base, "forms", "add", str(broken))
    assert code == 2 and "no es válido" in err
    (server.data_dir / "forms" / "roto.yaml").write_text("id: [\n", encoding="utf-8")
    code, out, _ = run(capsys, *base, "forms", "list")
    assert code == 1 and "No se publica roto.yaml" in out and "mini" in out
    server.add_observer("OBS-001")
    with server.login("OBS-001") as c:
        assert {f["id"] for f in c.get("/forms").json()["forms"]} >= {"mini"}


def test_usage_errors_are_spanish_and_exit_2(capsys):
    with pytest.raises(SystemExit) as info:
        main(["review", "abcd", "tal-vez"])
    assert info.value.code == 2
    assert "opción no válida" in capsys.readouterr().err


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_the_real_command_starts_a_server(tmp_path):
    """`oic-server init` then `oic-server serve`, as an OIC runs them."""
    exe = Path(sys.executable).with_name("oic-server")
    env = dict(os.environ, OIC_SERVER_DATA_DIR=str(tmp_path / "datos"))
    subprocess.run([exe, "init"], env=env, check=True, capture_output=True)
    subprocess.run(
        [exe, "observer", "add", "OBS-001", "--name", "Ana", "--password-stdin"],
        env=env,
        input=b"contrasena-larga-1\n",
        check=True,
        capture_output=True,
    )
    port = _free_port()
    proc = subprocess.Popen(
        [exe, "serve", "--port", str(port), "--max-file-mb", "2000", "--chunk-mb", "8"],
        env=env,
        stderr=subprocess.PIPE,
        stdout=subprocess.PIPE,
    )
    try:
        deadline = time.monotonic() + 60  # waiting for startup, not measuring it
        while True:
            try:
                r = httpx.get(f"http://127.0.0.1:{port}/api/v1/meta", timeout=5)
                break
            except httpx.TransportError:
                if proc.poll() is not None or time.monotonic() > deadline:
                    raise AssertionError(proc.stderr.read().decode()) from None
                time.sleep(0.1)
        assert r.status_code == 200 and r.json()["protocol"] == {"min": 1, "max": 1}
        limits = r.json()["limits"]  # what laptops follow: bigger files, bigger chunks
        assert limits["max_blob_bytes"] == 2000 * 1024 * 1024
        assert limits["chunk_bytes"] == 8 * 1024 * 1024
        r = httpx.post(
            f"http://127.0.0.1:{port}/api/v1/auth/login",
            json={"code": "OBS-001", "password": "contrasena-larga-1"},
        )
        assert r.status_code == 403 and r.json()["error"]["code"] == "password_change_required"
        r = httpx.post(
            f"http://127.0.0.1:{port}/api/v1/auth/password",
            json={
                "code": "OBS-001",
                "password": "contrasena-larga-1",
                "new_password": "mía-1234567",
            },
        )
        assert r.status_code == 200 and r.json()["token"]
    finally:
        proc.terminate()
        proc.wait(30)
    assert "Servidor OIC en http://127.0.0.1" in proc.stderr.read().decode()


@pytest.mark.parametrize(
    ("option", "value"),
    [
        ("--chunk-mb", "0"),
        ("--chunk-mb", "65"),
        ("--max-file-mb", "-5"),
        ("--max-connections", "3"),
        ("--header-timeout", "0"),
    ],
)
def test_serve_refuses_limits_out_of_range(tmp_path, capsys, option, value):
    code, _, err = run(capsys, "--data-dir", str(tmp_path / "d"), "serve", option, value)
    assert code == 2 and f"{option} debe estar entre" in err


def test_database_urls_are_normalized_and_passwords_never_recorded():
    from oic_server.config import has_password, mask_url, normalize_database_url, strip_password

    url = "postgres://oic:s3cr3t@db.example:5432/oic"
    assert normalize_database_url(url) == "postgresql+psycopg://oic:s3cr3t@db.example:5432/oic"
    assert normalize_database_url("sqlite:////srv/oic.db") == "sqlite:////srv/oic.db"
    assert "s3cr3t" not in mask_url(url) and "***" in mask_url(url)
    assert strip_password(url) == "postgres://oic@db.example:5432/oic"
    assert has_password(url) and not has_password(strip_password(url))


def test_a_password_in_the_database_url_is_never_written(tmp_path, database_url, capsys):
    if database_url is None:
        pytest.skip("SQLite has no password")
    with_password = database_url.replace("postgres@", "postgres:s3cr3t@")  # trust auth ignores it
    data = tmp_path / "d"
    code, out, err = run(capsys, "--data-dir", str(data), "--database", with_password, "init")
    assert code == 0, err
    assert "s3cr3t" not in out and "PGPASSWORD" in out
    recorded = (data / "server.json").read_text()
    assert "s3cr3t" not in recorded and "postgres@127.0.0.1" in recorded


def test_init_hostname_issues_a_tls_certificate_from_the_oic_ca(tmp_path, capsys):
    from cryptography import x509
    from cryptography.x509.oid import ExtendedKeyUsageOID

    data = tmp_path / "srv"
    code, _, err = run(capsys, "--data-dir", str(data), "init", "--hostname", "mal nombre")
    assert code == 2 and "no es un nombre de servidor" in err
    assert not data.exists()  # a bad name changes nothing
    code, out, _ = run(
        capsys, "--data-dir", str(data), "init", "--hostname", "oic.ejemplo.mx,10.0.0.5"
    )
    assert code == 0 and "emitido por la CA del OIC" in out and "oic.ejemplo.mx, 10.0.0.5" in out
    keys = data / "keys"
    chain = x509.load_pem_x509_certificates((keys / "tls-cert.pem").read_bytes())
    ca = x509.load_pem_x509_certificate((keys / "ca-cert.pem").read_bytes())
    leaf = chain[0]
    assert chain[1] == ca  # the chain a client needs
    leaf.verify_directly_issued_by(ca)
    san = leaf.extensions.get_extension_for_class(x509.SubjectAlternativeName).value
    assert san.get_values_for_type(x509.DNSName) == ["oic.ejemplo.mx"]
    assert [str(a) for a in san.get_values_for_type(x509.IPAddress)] == ["10.0.0.5"]
    eku = leaf.extensions.get_extension_for_class(x509.ExtendedKeyUsage).value
    assert list(eku) == [ExtendedKeyUsageOID.SERVER_AUTH]
    assert (keys / "tls-key.pem").stat().st_mode & 0o077 == 0
    before = (keys / "tls-cert.pem").read_bytes()
    code, out, _ = run(
        capsys,
        "--data-dir",
        str(data),
        "init",
        "--hostname",
        "10.0.0.5",
        "--hostname",
        "oic.ejemplo.mx",
    )
    assert code == 0 and "existente" in out  # the same names: kept
    assert (keys / "tls-cert.pem").read_bytes() == before
    code, out, _ = run(capsys, "--data-dir", str(data), "init", "--hostname", "oic2.ejemplo.mx")
    assert code == 0 and "emitido" in out  # other names: renewed, the CA kept
    assert x509.load_pem_x509_certificate((keys / "ca-cert.pem").read_bytes()) == ca


def test_serve_off_loopback_needs_tls(tmp_path, capsys):
    data = tmp_path / "srv"
    assert run(capsys, "--data-dir", str(data), "init")[0] == 0
    code, _, err = run(capsys, "--data-dir", str(data), "serve", "--host", "0.0.0.0")
    assert code == 2 and "init --hostname" in err and "--plain-http" in err
    code, _, err = run(capsys, "--data-dir", str(data), "serve", "--tls")
    assert code == 2 and "init --hostname" in err
    # with the OIC CA's certificate, off loopback it is HTTPS by default
    import argparse

    from oic_server.cli_serve import _tls_for

    assert run(capsys, "--data-dir", str(data), "init", "--hostname", "oic.ejemplo.mx")[0] == 0
    flags = {"ssl_certfile": None, "ssl_keyfile": None, "tls": False, "plain_http": False}
    chosen = _tls_for(argparse.Namespace(host="0.0.0.0", **flags), data / "keys")
    assert chosen == (str(data / "keys" / "tls-cert.pem"), str(data / "keys" / "tls-key.pem"))
    assert _tls_for(argparse.Namespace(host="127.0.0.1", **flags), data / "keys") == (None, None)
    flags["plain_http"] = True
    assert _tls_for(argparse.Namespace(host="0.0.0.0", **flags), data / "keys") == (None, None)
