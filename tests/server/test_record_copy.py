"""The copy of record (issue 19): at commit the server adds its document time-stamp, the
validation data (DSS) and an archive time-stamp to the report (PAdES B-LTA); the receipt
names it, its owner downloads it, pyHanko (only the OIC root, the CRL given, nothing
fetched) and pdfsig accept it; a revoked certificate needs an earlier OIC time-stamp;
tampering is found with its reason; ``retimestamp`` renews it so that ten years on,
the copy still verifies."""

from __future__ import annotations

import datetime as _dt
import hashlib
import io
import re
import shutil
import subprocess
import time
from pathlib import Path

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.hazmat.primitives.serialization import Encoding
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID
from oic_testing import error_code, send_all, snapshot, upload
from sqlalchemy import select, update

from oic_server import schema as s
from oic_server.cli import main
from oic_server.keys import IssuedKey, key_usage
from oic_server.record import Trust, check_record, read_facts
from oic_server.tsa import TimeStampAuthority, in_process_timestamper

DAY = _dt.timedelta(days=1)


def sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def utcnow() -> _dt.datetime:
    return _dt.datetime.now(_dt.UTC)


def parse(text: str) -> _dt.datetime:
    return _dt.datetime.strptime(text, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=_dt.UTC)


def ca_der(server) -> bytes:
    return server.oic.keys.ca_cert.public_bytes(Encoding.DER)


def row(server, sid: str):
    with server.oic.db.read() as conn:
        return conn.execute(select(s.submissions).where(s.submissions.c.id == sid)).one()


def download(client, sid: str):
    return client.get(f"/submissions/{sid}/record")


def pyhanko_status(data: bytes, root_der: bytes, crl: bytes):
    """pyHanko's own answers with only the OIC root, the CRL given, nothing fetched."""
    from asn1crypto import crl as asn1_crl
    from asn1crypto import x509 as asn1_x509
    from pyhanko.pdf_utils.reader import PdfFileReader
    from pyhanko.sign.validation import validate_pdf_signature, validate_pdf_timestamp
    from pyhanko_certvalidator import ValidationContext

    def context():
        return ValidationContext(
            trust_roots=[asn1_x509.Certificate.load(root_der)],
            crls=[asn1_crl.CertificateList.load(crl)],
            allow_fetching=False,
            revocation_mode="require",
        )

    reader = PdfFileReader(io.BytesIO(data))
    signature = validate_pdf_signature(reader.embedded_regular_signatures[0], context())
    stamps = [validate_pdf_timestamp(t, context()) for t in reader.embedded_timestamp_signatures]
    return signature, stamps


def commit_timed(client, sub, server) -> tuple[dict, _dt.datetime, _dt.datetime]:
    before = utcnow().replace(microsecond=0)
    answer = send_all(client, sub, chunk=server.oic.limits.chunk_bytes)
    return answer, before, utcnow()


# ------------------------------------------------------------------ commit and download


def test_commit_makes_a_copy_of_record_that_pyhanko_and_pdfsig_accept(
    server, enrolled, make_laptop, tmp_path: Path
):
    from pyhanko.sign.diff_analysis import ModificationLevel

    from observer_desktop.sync.receipts import verify_receipt

    laptop, client = enrolled
    sub = laptop.submission()
    answer, before, after = commit_timed(client, sub, server)
    receipt = answer["receipt"]
    assert set(receipt) >= {"record_sha256", "timestamped_at", "report_sha256"}
    # the laptop's receipt check accepts the new fields (the signature covers them)
    verify_receipt(
        answer,
        public_key_pem=server.oic.keys.receipt_public_pem,
        submission_id=sub.submission_id,
        manifest=sub.manifest,
    )
    stamped_at = parse(receipt["timestamped_at"])
    assert before <= stamped_at <= after

    r = download(client, sub.submission_id)
    assert r.status_code == 200, r.text
    assert r.headers["content-type"] == "application/pdf"
    record = r.content
    assert sha(record) == receipt["record_sha256"] == r.headers["etag"].strip('"')
    assert record.startswith(sub.report)  # the report as sent, then incremental updates
    stored = row(server, sub.submission_id)
    assert stored.record_sha256 == receipt["record_sha256"]
    assert stored.oic_timestamp_at == receipt["timestamped_at"]

    crl = server.oic.crl()
    signature, stamps = pyhanko_status(record, ca_der(server), crl)
    assert signature.intact and signature.valid and signature.trusted and not signature.revoked
    assert signature.modification_level == ModificationLevel.LTA_UPDATES
    assert signature.docmdp_ok is not False
    assert len(stamps) == 2 and all(t.intact and t.valid and t.trusted for t in stamps)
    assert stamps[0].timestamp.astimezone(_dt.UTC) == stamped_at
    assert stamps[-1].coverage.name == "ENTIRE_FILE"

    check = check_record(record, Trust(ca_der(server), (crl,)))
    assert check.valid, check.reasons
    assert check.signed_before == stamped_at and check.timestamps == 2

    # committing again: the same receipt, no second copy
    again = client.post(f"/submissions/{sub.submission_id}/commit")
    assert again.json() == answer
    with server.oic.db.read() as conn:
        assert len(conn.execute(select(s.record_copies)).all()) == 1

    if shutil.which("pdfsig") is None:
        pytest.skip("pdfsig (poppler-utils) no está instalado")
    path = tmp_path / "registro.pdf"
    path.write_bytes(record)
    out = subprocess.run(["pdfsig", str(path)], capture_output=True, text=True, check=False)
    assert out.returncode == 0, out.stderr
    blocks = re.split(r"Signature #\d+:", out.stdout)[1:]
    assert len(blocks) == 3
    assert "Signature is Valid." in blocks[0] and "FirmaObservador" in blocks[0]
    assert "SelloOIC" in blocks[1] and "Total document signed" in blocks[2]


def test_only_the_owner_downloads_the_copy_of_record(server, enrolled, make_laptop):
    laptop, client = enrolled
    sub = laptop.submission()
    send_all(client, sub, chunk=server.oic.limits.chunk_bytes)
    server.add_observer("OBS-002", "Berta Ruiz")
    with server.login("OBS-002") as other:
        r = download(other, sub.submission_id)
        assert r.status_code == 404 and error_code(r) == "not_found"
        missing = download(other, "00000000-0000-4000-8000-000000000000")
        assert missing.status_code == 404 and missing.json() == r.json()
    with server.client() as anonymous:
        assert download(anonymous, sub.submission_id).status_code == 401
    assert download(client, "no-es-uuid").status_code in (400, 422)


# ------------------------------------------------------------------ revocation


def _upload_without_commit(server, client, sub) -> None:
    r = sub.put(client)
    assert r.status_code in (200, 201), r.text
    for missing in r.json()["missing"]:
        data = sub.blobs[missing["sha256"]]
        last = upload(client, missing["sha256"], data, chunk=server.oic.limits.chunk_bytes)
        assert last.status_code == 204, last.text


def _revoke_and_log_in_again(server):
    """Disable OBS-001 (their certificate revoked) and enable them again: they log in, but
    the laptop still signs with the revoked certificate."""
    server.oic.set_disabled("OBS-001", True, reason="llave-comprometida")
    server.oic.set_disabled("OBS-001", False)
    return server.login("OBS-001")


@pytest.fixture
def signing_online(server, monkeypatch):
    """Reports signed with a signature time-stamp from the OIC's TSA (PAdES B-T), as a
    laptop online at signing makes them."""
    from pyhanko.sign import signers

    stamper = in_process_timestamper(server.oic.tsa, requester="OBS-001")
    original = signers.PdfSigner

    class OnlineSigner(original):  # type: ignore[misc, valid-type]
        def __init__(self, *args, **kwargs):
            kwargs["timestamper"] = kwargs.get("timestamper") or stamper
            super().__init__(*args, **kwargs)

    monkeypatch.setattr(signers, "PdfSigner", OnlineSigner)


def _signature_stamp(report: bytes) -> _dt.datetime:
    from pyhanko.pdf_utils.reader import PdfFileReader
    from pyhanko.sign.validation import validate_pdf_signature
    from pyhanko_certvalidator import ValidationContext

    sig = PdfFileReader(io.BytesIO(report)).embedded_regular_signatures[0]
    status = validate_pdf_signature(sig, ValidationContext(trust_roots=[]))
    return status.timestamp_validity.timestamp.astimezone(_dt.UTC)


def test_a_revoked_certificate_without_an_oic_time_is_refused_and_nothing_changes(server, enrolled):
    laptop, client = enrolled
    sub = laptop.submission()  # offline: only the laptop's clock says when
    _upload_without_commit(server, client, sub)
    with _revoke_and_log_in_again(server) as again:
        before = snapshot(server, skip=("login_failures", "tokens", "tsa_tokens", "crls"))
        r = again.post(f"/submissions/{sub.submission_id}/commit")
        assert r.status_code == 403 and error_code(r) == "certificate_revoked", r.text
        message = r.json()["error"]["message"]
        assert "revocó" in message and "sello de tiempo del OIC" in message
        assert r.json()["error"]["reason"] == "keyCompromise"
        assert snapshot(server, skip=("login_failures", "tokens", "tsa_tokens", "crls")) == before
    assert row(server, sub.submission_id).state == "open"


def test_a_time_stamp_before_the_revocation_keeps_the_report_valid(
    server, enrolled, signing_online
):
    laptop, _client = enrolled
    sub = laptop.submission()  # online: its signature carries an OIC time-stamp
    signed = _signature_stamp(sub.report)
    while utcnow().replace(microsecond=0) <= signed:  # the revocation a second later at least
        time.sleep(0.05)
    with _revoke_and_log_in_again(server) as again:
        answer = send_all(again, sub, chunk=server.oic.limits.chunk_bytes)
        record = download(again, sub.submission_id).content
    assert sha(record) == answer["receipt"]["record_sha256"]
    crl = server.oic.crl()  # lists the revocation
    check = check_record(record, Trust(ca_der(server), (crl,)))
    assert check.valid, check.reasons
    assert check.signed_before == signed < check.timestamped_at
    index = row(server, sub.submission_id)
    assert index.state == "committed"
    # the same report judged at the commit's time alone would be revoked: pyHanko says so
    signature, _ = pyhanko_status(record, ca_der(server), crl)
    assert signature.revoked


def test_a_time_stamp_after_the_revocation_does_not_help(server, enrolled, signing_online):
    laptop, _client = enrolled
    with _revoke_and_log_in_again(server) as again:
        time.sleep(1.05)  # the signature's time-stamp a second after the revocation at least
        sub = laptop.submission()  # signed now, with the revoked certificate
        _upload_without_commit(server, again, sub)
        r = again.post(f"/submissions/{sub.submission_id}/commit")
    assert r.status_code == 403 and error_code(r) == "certificate_revoked"
    assert "posterior a la revocación" in r.json()["error"]["message"]


# ------------------------------------------------------------------ tampering


def _record_of(server, client, laptop) -> tuple[bytes, str]:
    sub = laptop.submission()
    answer = send_all(client, sub, chunk=server.oic.limits.chunk_bytes)
    return download(client, sub.submission_id).content, answer["receipt"]["record_sha256"]


def test_an_altered_dss_or_a_time_stamp_of_other_bytes_is_invalid_with_the_reason(server, enrolled):
    from pyhanko.pdf_utils import generic
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter

    laptop, client = enrolled
    record, _ = _record_of(server, client, laptop)
    trust = Trust(ca_der(server), (server.oic.crl(),))
    assert check_record(record, trust).valid

    # a DSS replaced after the archive time-stamp (its CRLs and certificates dropped)
    writer = IncrementalPdfFileWriter(io.BytesIO(record), strict=False)
    dss = writer.root["/DSS"]
    replaced = generic.DictionaryObject({generic.NameObject("/Certs"): generic.ArrayObject()})
    writer.root[generic.NameObject("/DSS")] = writer.add_object(replaced)
    writer.update_root()
    assert dss is not None
    out = io.BytesIO()
    writer.write(out)
    check = check_record(out.getvalue(), trust)
    assert not check.valid
    assert any("no cubre todo el archivo" in r for r in check.reasons), check.reasons

    # a byte of the DSS changed in place: the archive time-stamp no longer matches
    facts_end = record.rindex(b"(SelloArchivoOIC")
    crl_at = record.find(b"/CRLs", 0, facts_end)
    assert crl_at > 0
    altered = bytearray(record)
    altered[crl_at + 1 : crl_at + 5] = b"CRLX"  # the DSS now names no CRLs
    check = check_record(bytes(altered), trust)
    assert not check.valid
    assert any("sello de archivo 1 no corresponde" in r for r in check.reasons), check.reasons

    # the OIC's first time-stamp swapped for a genuine token over other bytes
    contents = re.compile(rb"/Contents\s*<([0-9a-fA-F]+)>")
    found = [
        m for m in contents.finditer(record) if m.start() > len(laptop.submission().report) - 1
    ]
    token = server.oic.tsa.stamp(hashlib.sha256(b"otro documento").digest()).dump().hex()
    target = found[0]
    width = target.end(1) - target.start(1)
    assert len(token) <= width
    forged = record[: target.start(1)] + token.encode().ljust(width, b"0") + record[target.end(1) :]
    check = check_record(forged, trust)
    assert not check.valid
    assert any("sello de tiempo del OIC no corresponde" in r for r in check.reasons), check.reasons


def test_a_time_stamp_from_before_the_signature_is_not_the_oic_time(server, enrolled):
    """A PDF time-stamped (by the OIC's own TSA, at a time the sender chose) and only then
    signed: the time-stamp proves nothing of the signature. A copy of record made of it
    does not take that time as the OIC time, and check_record refuses it."""
    from asn1crypto import keys as asn1_keys
    from asn1crypto import x509 as asn1_x509
    from cryptography.hazmat.primitives.serialization import NoEncryption, PrivateFormat
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.sign import signers
    from pyhanko_certvalidator.registry import SimpleCertificateStore
    from reportlab.pdfgen import canvas

    from oic_server.record import make_record

    laptop, _client = enrolled
    page = io.BytesIO()
    sheet = canvas.Canvas(page)
    sheet.drawString(72, 720, "Informe de prueba")
    sheet.save()
    early = _future_tsa(server, utcnow() - 30 * DAY)  # the OIC's CA, a clock a month back
    stamped = io.BytesIO()
    signers.PdfTimeStamper(in_process_timestamper(early)).timestamp_pdf(
        IncrementalPdfFileWriter(io.BytesIO(page.getvalue()), strict=False),
        "sha256",
        output=stamped,
    )
    key = laptop.private_key().private_bytes(Encoding.DER, PrivateFormat.PKCS8, NoEncryption())
    signer = signers.SimpleSigner(
        signing_cert=asn1_x509.Certificate.load(
            x509.load_pem_x509_certificate(laptop.certificate_pem()).public_bytes(Encoding.DER)
        ),
        signing_key=asn1_keys.PrivateKeyInfo.load(key),
        cert_registry=SimpleCertificateStore.from_certs(
            [asn1_x509.Certificate.load(ca_der(server))]
        ),
    )
    signed = signers.sign_pdf(
        IncrementalPdfFileWriter(io.BytesIO(stamped.getvalue()), strict=False),
        signers.PdfSignatureMetadata(field_name="Firma"),
        signer=signer,
    ).getvalue()

    trust = server.oic.record_trust()
    record = make_record(signed, timestamper=in_process_timestamper(server.oic.tsa), trust=trust)
    facts = read_facts(record)
    assert facts.timestamped_at > utcnow() - DAY  # the OIC's stamp, not the month-old one
    assert facts.archive_timestamps == 1
    check = check_record(record, Trust(ca_der(server), (server.oic.crl(),)))
    assert not check.valid
    assert any("anterior a la firma" in r for r in check.reasons), check.reasons
    assert check.signed_before is None


# ------------------------------------------------------------------ ten years on


def _future_tsa(server, at: _dt.datetime) -> TimeStampAuthority:
    """The TSA as it is at ``at``: a new key whose certificate the CA issued then (what a
    start with fewer than 3 years left makes), its clock at ``at``."""
    keys = server.oic.keys
    key = ec.generate_private_key(ec.SECP256R1())
    ski = keys.ca_cert.extensions.get_extension_for_class(x509.SubjectKeyIdentifier).value
    cert = (
        x509.CertificateBuilder()
        .subject_name(
            x509.Name(
                [
                    x509.NameAttribute(NameOID.COUNTRY_NAME, "MX"),
                    x509.NameAttribute(NameOID.COMMON_NAME, "OIC Chihuahua — Sellos de tiempo"),
                ]
            )
        )
        .issuer_name(keys.ca_cert.subject)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(at - _dt.timedelta(minutes=5))
        .not_valid_after(min(at + 3650 * DAY, keys.ca_cert.not_valid_after_utc))
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(key_usage(digital_signature=True, content_commitment=True), critical=True)
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(key.public_key()), critical=False)
        .add_extension(
            x509.AuthorityKeyIdentifier.from_issuer_subject_key_identifier(ski), critical=False
        )
        .add_extension(x509.ExtendedKeyUsage([ExtendedKeyUsageOID.TIME_STAMPING]), critical=True)
        .sign(keys.ca_key, hashes.SHA256())
    )
    return TimeStampAuthority(server.oic.db, IssuedKey(key, cert), clock=lambda: at)


def test_ten_years_on_the_renewed_copy_still_verifies_with_only_the_oic_root(server, enrolled):
    laptop, client = enrolled
    sub = laptop.submission()
    answer, _, _ = commit_timed(client, sub, server)
    record = download(client, sub.submission_id).content
    committed = parse(answer["receipt"]["timestamped_at"])
    ten_years = committed + 3650 * DAY + 30 * DAY
    aged = Trust(ca_der(server), (), moment=ten_years)  # no CRL from then: offline

    # untouched for ten years, the archive time-stamp's TSA certificate has expired
    check = check_record(record, aged)
    assert not check.valid and any("sello de archivo 1 no es válido" in r for r in check.reasons)

    # nine and a half years on the operator, with the TSA's renewed key, runs retimestamp
    # (the default: archive time-stamps whose certificate ends within 365 days)
    renewal = committed + 3470 * DAY
    server.oic.__dict__["tsa"] = _future_tsa(server, renewal)
    server.oic.__dict__.pop("record_timestamper", None)
    assert server.oic.renewal_plan(now=renewal - 400 * DAY) == []  # not due yet then
    result = server.oic.retimestamp(now=renewal)
    assert result == {"planned": 1, "done": 1, "dry_run": False}
    renewed_row = row(server, sub.submission_id)
    assert renewed_row.record_sha256 != answer["receipt"]["record_sha256"]
    assert renewed_row.oic_timestamp_at == answer["receipt"]["timestamped_at"]  # unchanged
    with server.oic.store.open(renewed_row.record_sha256) as fh:
        renewed = fh.read()
    assert renewed.startswith(record)
    assert server.oic.store.has(answer["receipt"]["record_sha256"])  # the old one is kept
    facts = read_facts(renewed)
    assert facts.archive_timestamps == 2 and facts.archived_at == renewal.replace(microsecond=0)

    check = check_record(renewed, aged)
    assert check.valid, check.reasons
    assert check.signed_before == committed  # the OIC time is still the commit's
    # the observer's certificate (2 years) and the first TSA's (10) both expired by then
    assert check.timestamps == 3


# ------------------------------------------------------------------ the command


def run(capsys, server, *args: str) -> tuple[int, str]:
    code = main([*server.cli_args(), *args])
    out, err = capsys.readouterr()
    return code, out + err


def test_retimestamp_dry_run_all_missing_and_resuming(server, enrolled, capsys):
    laptop, client = enrolled
    subs = [laptop.submission() for _ in range(2)]
    for sub in subs:
        send_all(client, sub, chunk=server.oic.limits.chunk_bytes)
    first = {sub.submission_id: row(server, sub.submission_id).record_sha256 for sub in subs}

    code, out = run(capsys, server, "retimestamp")
    assert code == 0 and "No hay envíos cuyo sello de archivo venza" in out
    code, out = run(capsys, server, "retimestamp", "--all", "--dry-run")
    assert code == 0 and "[2/2]" in out and "ensayo" in out
    assert {sid: row(server, sid).record_sha256 for sid in first} == first

    code, out = run(capsys, server, "retimestamp", "--all")
    assert code == 0 and "Listo: 2 de 2" in out and "se conserva" in out
    for sid, old in first.items():
        now = row(server, sid).record_sha256
        assert now != old and server.oic.store.has(old) and server.oic.store.has(now)
        assert check_record(
            server.oic.store.open(now).read(), Trust(ca_der(server), (server.oic.crl(),))
        ).valid
    with server.oic.db.read() as conn:
        history = conn.execute(select(s.record_copies).order_by(s.record_copies.c.made_at)).all()
    assert sorted(h.reason for h in history) == ["commit", "commit", "retimestamp", "retimestamp"]
    assert {h.previous_sha256 for h in history if h.reason == "retimestamp"} == set(first.values())

    # submissions committed before copies of record existed (as a v9 database left them)
    with server.oic.db.engine.begin() as conn:
        conn.execute(
            update(s.submissions).values(
                record_sha256=None, oic_timestamp_at=None, record_renew_by=None
            )
        )
    r = download(client, subs[0].submission_id)
    assert r.status_code == 404 and "retimestamp --missing" in r.json()["error"]["message"]

    # interrupted after the first one: that one is done, the next run does the other
    calls = []

    def stop_after_one(number, total, item, copy):
        calls.append(item.submission_id)
        raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        server.oic.retimestamp(missing=True, progress=stop_after_one)
    assert sum(row(server, sid).record_sha256 is not None for sid in first) == 1
    code, out = run(capsys, server, "retimestamp", "--missing")
    assert code == 0 and "Listo: 1 de 1" in out and "la de esta ejecución" in out
    for sub in subs:
        got = row(server, sub.submission_id)
        assert got.record_sha256 and got.oic_timestamp_at
        body = download(client, sub.submission_id)
        assert body.status_code == 200 and sha(body.content) == got.record_sha256

    code, out = run(capsys, server, "retimestamp", "--all", "--missing")
    assert code == 2 and "no los dos" in out


# ------------------------------------------------------------------ the console


def test_the_console_shows_the_oic_time_apart_from_the_laptops_and_serves_the_copy(
    server, enrolled
):
    from test_console_review import _staff

    laptop, client = enrolled
    sub = laptop.submission()
    answer = send_all(client, sub, chunk=server.oic.limits.chunk_bytes)
    with _staff(server, "CON-01", "consulta") as c:
        page = c.get(f"/envios/{sub.submission_id}")
        assert page.status_code == 200
        assert "sello de tiempo del OIC" in page.text and "Firmado antes de" in page.text
        assert "Hora declarada por la computadora del observador" in page.text
        pdf = c.get(f"/envios/{sub.submission_id}/informe.pdf")
        assert pdf.status_code == 200 and sha(pdf.content) == answer["receipt"]["record_sha256"]
        original = c.get(f"/envios/{sub.submission_id}/informe.pdf?original=1")
        assert original.content == sub.report
        c.cookies.set("oic_idioma", "en")
        page = c.get(f"/envios/{sub.submission_id}")
        assert "Signed before" in page.text and "(OIC time-stamp)" in page.text
        assert "Time claimed by the observer&#39;s computer" in page.text
