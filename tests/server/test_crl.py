"""The OIC CA's CRL and the revocation of a disabled observer's certificates (issue 19):
``GET /api/v1/crl`` read by cryptography, ``openssl crl`` and pyHanko; ``observer
disable`` from the command line and the console; a new enrollment after ``enable``."""

from __future__ import annotations

import datetime as _dt
import io
import re
import shutil
import subprocess
from pathlib import Path

import httpx
import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.hazmat.primitives.serialization import Encoding
from cryptography.x509.oid import NameOID
from oic_testing import API, PASSWORD
from sqlalchemy import select

from oic_server import schema as s
from oic_server.cli import main
from oic_server.crl import CRL_DAYS, CRL_TYPE
from oic_server.errors import ApiError


def fetch_crl(server) -> x509.CertificateRevocationList:
    with httpx.Client(base_url=server.base_url + API, timeout=30) as c:
        r = c.get("/crl")  # no session needed
    assert r.status_code == 200, r.text
    assert r.headers["content-type"] == CRL_TYPE
    return x509.load_der_x509_crl(r.content)


def number(crl: x509.CertificateRevocationList) -> int:
    return crl.extensions.get_extension_for_class(x509.CRLNumber).value.crl_number


def listed(crl: x509.CertificateRevocationList) -> dict[int, tuple[str, _dt.datetime]]:
    return {
        entry.serial_number: (
            entry.extensions.get_extension_for_class(x509.CRLReason).value.reason.value,
            entry.revocation_date_utc,
        )
        for entry in crl
    }


def serials(server, code: str) -> set[int]:
    with server.oic.db.read() as conn:
        rows = conn.execute(
            select(s.certificates.c.serial)
            .join(s.observers, s.observers.c.id == s.certificates.c.observer_id)
            .where(s.observers.c.code == code)
        ).all()
    return {int(r.serial, 16) for r in rows}


def new_csr() -> str:
    """A CSR for a new P-256 key (another observer's laptop)."""
    key = ec.generate_private_key(ec.SECP256R1())
    request = (
        x509.CertificateSigningRequestBuilder()
        .subject_name(x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "otra")]))
        .sign(key, hashes.SHA256())
    )
    return request.public_bytes(Encoding.PEM).decode("ascii")


def run(capsys, server, *args: str) -> tuple[int, str]:
    code = main([*server.cli_args(), *args])
    out, err = capsys.readouterr()
    return code, out + err


# ------------------------------------------------------------------ the list


def test_the_crl_is_der_signed_by_the_ca_with_its_next_update(server, tmp_path: Path):
    crl = fetch_crl(server)
    ca = server.oic.keys.ca_cert
    assert crl.is_signature_valid(ca.public_key())  # type: ignore[arg-type]
    assert crl.issuer == ca.subject and len(crl) == 0 and number(crl) == 1
    assert crl.next_update_utc - crl.last_update_utc == _dt.timedelta(days=CRL_DAYS)
    assert fetch_crl(server).public_bytes(Encoding.DER) == crl.public_bytes(Encoding.DER)
    if shutil.which("openssl") is None:
        pytest.skip("openssl no está instalado: no se puede probar «openssl crl»")
    path, ca_path = tmp_path / "oic.crl", tmp_path / "ca.pem"
    path.write_bytes(crl.public_bytes(Encoding.DER))
    ca_path.write_text(server.oic.keys.ca_pem, encoding="ascii")
    done = subprocess.run(
        [
            *("openssl", "crl", "-inform", "DER", "-in", str(path)),
            *("-CAfile", str(ca_path), "-noout", "-text"),
        ],
        capture_output=True,
        text=True,
    )
    assert done.returncode == 0 and "verify OK" in done.stderr + done.stdout, done.stderr
    assert "Next Update" in done.stdout and "No Revoked Certificates" in done.stdout


def test_the_crl_is_renewed_when_it_nears_its_end(server):
    first = fetch_crl(server)
    now = _dt.datetime.now(_dt.UTC)
    same = x509.load_der_x509_crl(server.oic.crl(now=now + _dt.timedelta(days=1)))
    assert number(same) == number(first)
    later = now + _dt.timedelta(days=CRL_DAYS - 1)  # within the last two days
    renewed = x509.load_der_x509_crl(server.oic.crl(now=later))
    assert number(renewed) == number(first) + 1
    assert renewed.next_update_utc > first.next_update_utc
    assert number(fetch_crl(server)) == number(renewed)  # every instance serves the newest


# ------------------------------------------------------------------ revoking


def _second_certificate(server, laptop, client) -> None:
    """Another enrollment (a new CSR for the same key): the observer has two certificates."""
    r = client.post("/enroll", json={"csr": laptop.csr()})
    assert r.status_code == 200, r.text


def test_disable_from_the_cli_revokes_every_certificate_with_its_reason(server, enrolled, capsys):
    laptop, client = enrolled
    _second_certificate(server, laptop, client)
    server.add_observer("OBS-002")
    with server.login("OBS-002") as other:
        r = other.post("/enroll", json={"csr": new_csr()})
        assert r.status_code == 200
    before = number(fetch_crl(server))
    mine = serials(server, "OBS-001")
    assert len(mine) == 2

    with pytest.raises(SystemExit) as refused:
        run(capsys, server, "observer", "disable", "OBS-001", "--reason", "bogus")
    assert refused.value.code == 2 and "llave-comprometida" in capsys.readouterr().err
    assert not listed(fetch_crl(server))  # nothing changed

    code, out = run(capsys, server, "observer", "disable", "OBS-001", "--reason", "baja")
    assert code == 0, out
    assert "2 certificados revocados" in out and "Dejó el programa" in out
    crl = fetch_crl(server)
    assert number(crl) == before + 1
    entries = listed(crl)
    assert set(entries) == mine  # exactly this observer's
    assert {reason for reason, _ in entries.values()} == {"cessationOfOperation"}
    for serial in mine:
        found = server.oic.is_revoked(serial)
        assert found is not None and found.reason == x509.ReasonFlags.cessation_of_operation
        assert entries[serial][1] == found.revoked_at
        assert server.oic.is_revoked(format(serial, "x")) == found
    assert all(server.oic.is_revoked(x) is None for x in serials(server, "OBS-002"))

    # disabling again revokes nothing more and issues no CRL; enable un-revokes nothing
    code, out = run(capsys, server, "observer", "disable", "OBS-001")
    assert code == 0 and "ya estaba deshabilitado" in out and "revocad" not in out
    assert number(fetch_crl(server)) == before + 1
    code, out = run(capsys, server, "observer", "enable", "OBS-001")
    assert code == 0 and set(listed(fetch_crl(server))) == mine


def test_after_enable_the_laptop_enrolls_again_and_gets_a_valid_certificate(server, enrolled):
    laptop, client = enrolled
    old_csr = laptop.csr()
    r = client.post("/enroll", json={"csr": old_csr})
    assert r.status_code == 200
    result = server.oic.set_disabled("OBS-001", True)  # default: cessationOfOperation
    assert result["revoked"] == 2 and result["reason"] == "cessationOfOperation"
    server.oic.set_disabled("OBS-001", False)
    with server.login("OBS-001") as again:
        body = laptop.enroll(again)  # a new CSR, as the laptop makes one each time
        cert = x509.load_pem_x509_certificate(body["certificate"].encode())
        assert server.oic.is_revoked(cert.serial_number) is None
        assert cert.serial_number not in listed(fetch_crl(server))
        replay = again.post("/enroll", json={"csr": old_csr})  # a revoked one's CSR
        assert replay.status_code == 409 and "revocado" in replay.json()["error"]["message"]


def test_a_key_revoked_for_compromise_is_never_certified_again(server, enrolled):
    laptop, _client = enrolled
    server.oic.set_disabled("OBS-001", True, reason="llave-comprometida")
    crl = fetch_crl(server)
    assert {r for r, _ in listed(crl).values()} == {"keyCompromise"}
    server.oic.set_disabled("OBS-001", False)
    with server.login("OBS-001") as again:
        r = again.post("/enroll", json={"csr": laptop.csr()})
    assert r.status_code == 409 and "llave nueva" in r.json()["error"]["message"]
    with pytest.raises(ApiError) as refused:
        server.oic.set_disabled("OBS-001", True, reason="porque sí")
    assert refused.value.code == "bad_request"


def _csrf(html: str) -> str:
    found = re.search(r'name="csrf" value="([^"]+)"', html)
    assert found, html[:2000]
    return found.group(1)


def test_disable_from_the_console_revokes_with_the_reason_chosen(server, enrolled):
    server.oic.add_staff("ADM-01", "Persona ADM-01", "administrador", PASSWORD, one_time=False)
    mine = serials(server, "OBS-001")
    with httpx.Client(base_url=server.base_url, timeout=30) as c:
        page = c.get("/ingresar")
        r = c.post(
            "/ingresar", data={"csrf": _csrf(page.text), "code": "ADM-01", "password": PASSWORD}
        )
        assert r.status_code == 303
        page = c.get("/observadores/OBS-001/deshabilitar")  # the confirmation step
        assert 'name="reason"' in page.text and "Laptop perdida o robada" in page.text
        r = c.post(
            "/observadores/OBS-001/deshabilitar",
            data={"csrf": _csrf(page.text), "reason": "no-existe"},
        )
        assert r.status_code == 400 and not listed(fetch_crl(server))  # nothing changed
        r = c.post(
            "/observadores/OBS-001/deshabilitar",
            data={"csrf": _csrf(page.text), "reason": "llave-comprometida"},
        )
        assert r.status_code == 200 and "revocado" in r.text
    entries = listed(fetch_crl(server))
    assert set(entries) == mine and {r for r, _ in entries.values()} == {"keyCompromise"}


# ------------------------------------------------------------------ pyHanko


def test_pyhanko_flags_a_report_signed_by_a_revoked_certificate(server, enrolled):
    from asn1crypto import x509 as asn1_x509
    from pyhanko.pdf_utils.reader import PdfFileReader
    from pyhanko.sign.validation import validate_pdf_signature
    from pyhanko_certvalidator import ValidationContext

    laptop, _client = enrolled
    report = laptop.submission().report  # signed with the OIC-issued certificate
    root = asn1_x509.Certificate.load(server.oic.keys.ca_cert.public_bytes(Encoding.DER))

    def status(crl_der: bytes):
        context = ValidationContext(
            trust_roots=[root], crls=[crl_der], allow_fetching=False, revocation_mode="require"
        )  # the certificates name no CRL distribution point: "hard-fail" would not look
        signature = PdfFileReader(io.BytesIO(report)).embedded_signatures[0]
        return validate_pdf_signature(signature, context)

    before = status(server.oic.crl())
    assert before.intact and before.valid and before.trusted and not before.revoked
    server.oic.set_disabled("OBS-001", True, reason="llave-comprometida")
    after = status(server.oic.crl())
    assert after.intact and after.valid and after.revoked and not after.trusted


# ------------------------------------------------------------------ migration


def test_a_version_8_database_keeps_its_certificates_unrevoked(database_url, tmp_path):
    """Migration 9: certificates issued before it stay valid (nothing is revoked by the
    upgrade, not even a disabled observer's: ``observer disable`` again revokes them);
    the token log and the CRLs start empty (the first CRL is issued when asked for)."""
    from oic_server.config import normalize_database_url
    from oic_server.db import Database
    from oic_server.schema import SCHEMA_VERSION, schema_version
    from oic_server.schema_migrations import MIGRATIONS, migrate

    db = Database(normalize_database_url(database_url or f"sqlite:///{tmp_path / 'oic.db'}"))
    try:
        with db.engine.begin() as conn:
            for step in MIGRATIONS[:8]:
                step.apply(conn)
                conn.execute(schema_version.insert().values(version=step.version, applied_at="x"))
            conn.exec_driver_sql(
                "INSERT INTO observers (code, name, password_hash, created_at, disabled_at) "
                "VALUES ('OBS-001', 'Ana', 'h', 'x', 'y')"
            )
            conn.exec_driver_sql(
                "INSERT INTO certificates (fingerprint, observer_id, serial, csr_sha256, pem, "
                "issued_at, not_after) SELECT 'f', id, 'abc', 'c', 'p', 'x', 'z' FROM observers"
            )
        assert migrate(db.engine) == (8, SCHEMA_VERSION)
        with db.read() as conn:
            row = conn.execute(select(s.certificates)).one()
            assert (row.serial, row.revoked_at, row.revocation_reason) == ("abc", None, None)
            assert conn.execute(select(s.tsa_tokens)).all() == []
            assert conn.execute(select(s.crls)).all() == []
    finally:
        db.close()
