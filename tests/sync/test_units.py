"""Pieces of the sync client on their own: addresses, errors, backoff, receipts, batch
(the engine: test_sync_engine.py)."""

from __future__ import annotations

import base64
import datetime as _dt
import hashlib
import json
import random
import threading
import zipfile

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.hazmat.primitives.asymmetric.utils import decode_dss_signature
from cryptography.x509.oid import NameOID

from observer_desktop.core.errors import InputError
from observer_desktop.services import keys
from observer_desktop.sync.batch import write_batch
from observer_desktop.sync.client import check_server_url, format_fingerprint
from observer_desktop.sync.engine import BlobSource, Outgoing
from observer_desktop.sync.errors import Cancelled, SyncError, describe_http_error
from observer_desktop.sync.policy import Retrier, RetryPolicy, SyncControl
from observer_desktop.sync.receipts import canonical_bytes, manifest_sha256, verify_receipt

# ------------------------------------------------------------------ addresses


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("oic.chihuahua.gob.mx", "https://oic.chihuahua.gob.mx"),
        ("https://OIC.Example.mx/", "https://oic.example.mx"),
        ("https://oic.example.mx:8443/observador/", "https://oic.example.mx:8443/observador"),
        ("http://127.0.0.1:8000", "http://127.0.0.1:8000"),
        ("http://localhost:8000", "http://localhost:8000"),
        ("http://[::1]:8000", "http://[::1]:8000"),
    ],
)
def test_server_addresses_are_normalized(text, expected):
    assert check_server_url(text) == expected


@pytest.mark.parametrize(
    ("text", "match"),
    [
        ("", "Falta la dirección"),
        ("http://oic.example.mx", "https://"),
        ("http://192.168.0.5", "https://"),
        ("ftp://oic.example.mx", "no es válida"),
        ("https://oic example.mx", "no es válida"),
        ("https://a:b@oic.example.mx", "usuario ni contraseña"),
        ("https://oic.example.mx/?x=1", "no es válida"),
        ("https://oic.example.mx:99999", "no es válida"),
    ],
)
def test_bad_server_addresses_say_what_is_wrong(text, match):
    with pytest.raises(InputError, match=match):
        check_server_url(text)


def test_fingerprints_are_shown_in_pairs():
    assert format_fingerprint("ab01ff") == "AB:01:FF"


# ------------------------------------------------------------------ errors


@pytest.mark.parametrize(
    ("status", "code", "retryable", "scope", "words"),
    [
        (401, "bad_credentials", False, "run", "contraseña"),
        (401, "unauthenticated", False, "run", "Inicie sesión de nuevo"),
        (403, "observer_disabled", False, "run", "desactivó"),
        (403, "forbidden", False, "submission", "otro observador"),
        (409, "submission_conflict", False, "submission", "identificador"),
        (409, "not_enrolled", False, "run", "certificado"),
        (413, "too_large", False, "submission", "límite"),
        (422, "hash_mismatch", False, "submission", "SHA-256"),
        (422, "signature_invalid", False, "submission", "firma"),
        (422, "manifest_mismatch", False, "submission", "diferencias"),
        (408, "request_timeout", True, "run", "Se reintentará"),
        (429, "rate_limited", True, "run", "esperar"),
        (503, "unavailable", True, "run", "Se reintentará"),
        (500, "", True, "run", "error 500"),
        (400, "bad_request", False, "submission", "actualícela"),
    ],
)
def test_http_errors_become_spanish_messages_with_what_to_do(status, code, retryable, scope, words):
    body = {"error": {"code": code, "message": "…"}} if code else None
    error = describe_http_error(status, body, retry_after=7 if status == 429 else None)
    assert error.retryable is retryable and error.scope == scope
    assert words in str(error)
    assert error.code == (code or f"http_{status}") or error.code == "unavailable"
    assert error.exit_code == 1


def test_an_audit_of_another_observer_is_explained_as_such():
    body = {
        "error": {
            "code": "manifest_mismatch",
            "reason": "observer",
            "message": "La auditoría nombra al observador DEMO-001, pero la envía OBS-002: …",
        }
    }
    error = describe_http_error(422, body)
    assert not error.retryable and error.scope == "submission"
    assert "otro observador" in str(error) and "DEMO-001" in str(error)
    assert "Genere de nuevo el informe" not in str(error)


def test_html_error_pages_are_not_trusted():
    error = describe_http_error(502, None)
    assert error.retryable and "502" in str(error)


# ------------------------------------------------------------------ backoff


def test_backoff_grows_with_jitter_and_is_capped_at_five_minutes():
    policy = RetryPolicy(base=1.0, cap=300.0)
    rng = random.Random(5)
    for n in range(1, 30):
        ceiling = min(300.0, 2.0 ** (n - 1))
        delays = {policy.delay(n, rng) for _ in range(20)}
        assert all(ceiling / 2 <= d <= ceiling for d in delays)
        assert len(delays) > 1  # jitter
    assert max(policy.delay(40, rng) for _ in range(100)) <= 300.0


def test_retrier_waits_only_for_retryable_errors_and_gives_up_without_progress():
    waits = []
    retrier = Retrier(
        RetryPolicy(base=0.0001, max_failures=2),
        SyncControl(),
        on_wait=lambda d, e: waits.append(d),
    )
    flaky = SyncError("red", code="network", retryable=True)
    retrier.failed(flaky)
    retrier.failed(flaky)
    retrier.progressed()  # a chunk went through: the count starts again
    retrier.failed(flaky)
    retrier.failed(flaky)
    with pytest.raises(SyncError):
        retrier.failed(flaky)
    with pytest.raises(SyncError):
        retrier.failed(SyncError("no", code="too_large"))
    assert len(waits) == 4


def test_retry_after_is_honoured_up_to_the_cap():
    waits = []
    now = [0.0]
    control = SyncControl()
    control.sleep = lambda s: now.__setitem__(0, now[0] + s)  # type: ignore[method-assign]
    retrier = Retrier(
        RetryPolicy(base=0.001, cap=300),
        control,
        on_wait=lambda d, e: waits.append(d),
        clock=lambda: now[0],
    )
    retrier.failed(SyncError("x", code="rate_limited", retryable=True, retry_after=42))
    retrier.failed(SyncError("x", code="rate_limited", retryable=True, retry_after=9999))
    assert waits == [42, 300]


def test_control_pauses_between_chunks_and_cancel_wakes_it():
    control = SyncControl()
    control.pause()
    passed = threading.Event()

    def worker():
        try:
            control.checkpoint()
        except Cancelled:
            passed.set()

    t = threading.Thread(target=worker)
    t.start()
    assert not passed.wait(0.3)  # held while paused
    control.cancel()
    t.join(5)
    assert passed.is_set()
    with pytest.raises(Cancelled):
        control.sleep(10)  # returns at once when cancelled
    flag = {"stop": False}
    polled = SyncControl(lambda: flag["stop"])
    polled.checkpoint()
    flag["stop"] = True
    with pytest.raises(Cancelled):
        polled.checkpoint()


# ------------------------------------------------------------------ receipts


def _receipt_key():
    key = ec.generate_private_key(ec.SECP256R1())
    pem = (
        key.public_key()
        .public_bytes(serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo)
        .decode()
    )
    return key, pem


MANIFEST = {
    "audit_id": "a1",
    "audit_version": 1,
    "form_id": "mini",
    "form_version": 1,
    "audit_sha256": "0" * 64,
    "report_sha256": "1" * 64,
    "blobs": [],
}


def _signed(key, **changes):
    receipt = {
        "submission_id": "s1",
        "audit_id": "a1",
        "audit_version": 1,
        "observer": "OBS-014",
        "manifest_sha256": manifest_sha256(MANIFEST),
        "report_sha256": "1" * 64,
        "received_at": "2026-11-26T18:00:00Z",
        "server": "oic-prueba",
        **changes,
    }
    sig = key.sign(canonical_bytes(receipt), ec.ECDSA(hashes.SHA256()))
    return {"receipt": receipt, "signature": base64.b64encode(sig).decode()}


def test_receipts_are_checked_before_anything_is_marked_delivered():
    key, pem = _receipt_key()
    body = _signed(key)
    assert verify_receipt(body, public_key_pem=pem, submission_id="s1", manifest=MANIFEST) is body
    # raw r||s signatures are accepted too
    r, s = decode_dss_signature(base64.b64decode(body["signature"]))
    raw = {
        **body,
        "signature": base64.b64encode(r.to_bytes(32, "big") + s.to_bytes(32, "big")).decode(),
    }
    verify_receipt(raw, public_key_pem=pem, submission_id="s1", manifest=MANIFEST)

    tampered = json.loads(json.dumps(body))
    tampered["receipt"]["received_at"] = "2020-01-01T00:00:00Z"
    _, other_pem = _receipt_key()
    cases = [
        (tampered, pem, "s1", MANIFEST),
        (body, other_pem, "s1", MANIFEST),
        (body, pem, "s2", MANIFEST),
        (body, pem, "s1", {**MANIFEST, "audit_version": 2}),
        (_signed(key, report_sha256="2" * 64), pem, "s1", MANIFEST),
        ({"receipt": body["receipt"], "signature": "no es base64!"}, pem, "s1", MANIFEST),
        ({"signature": body["signature"]}, pem, "s1", MANIFEST),
    ]
    for candidate, key_pem, sid, manifest in cases:
        with pytest.raises(SyncError) as info:
            verify_receipt(candidate, public_key_pem=key_pem, submission_id=sid, manifest=manifest)
        assert info.value.code == "receipt_invalid" and "acuse" in str(info.value)


# ------------------------------------------------------------------ batch


def test_batch_is_signed_and_a_damaged_blob_leaves_no_file(tmp_path):
    key = ec.generate_private_key(ec.SECP256R1())
    good = tmp_path / "good.bin"
    good.write_bytes(b"contenido" * 1000)
    sha = hashlib.sha256(good.read_bytes()).hexdigest()
    outgoing = Outgoing(
        "s1",
        {"audit_id": "a", "blobs": [{"sha256": sha, "size": 9000, "role": "evidence"}]},
        {sha: BlobSource(sha, 9000, "evidence", "good.bin", path=good)},
    )
    target = tmp_path / "lote.obsbatch"
    summary = write_batch(
        target,
        observer_code="OBS-014",
        submissions=[outgoing, outgoing],
        certificate_pem=b"-----BEGIN CERTIFICATE-----\n",
        sign=lambda data: key.sign(data, ec.ECDSA(hashes.SHA256())),
    )
    assert summary["blobs"] == 1 and summary["submissions"] == 2
    with zipfile.ZipFile(target) as zf:
        doc = zf.read("batch.json")
        key.public_key().verify(
            base64.b64decode(zf.read("batch.sig")), doc, ec.ECDSA(hashes.SHA256())
        )
        assert zf.getinfo(f"blobs/{sha}").compress_type == zipfile.ZIP_STORED
        assert json.loads(doc)["submissions"][0]["submission_id"] == "s1"

    good.write_bytes(b"alterado" + b"x" * 8992)
    with pytest.raises(SyncError, match="alterado"):
        write_batch(
            tmp_path / "otro.obsbatch",
            observer_code="OBS-014",
            submissions=[outgoing],
            certificate_pem=b"",
            sign=lambda data: b"sig",
        )
    assert sorted(p.name for p in tmp_path.iterdir()) == ["good.bin", "lote.obsbatch"]
    with pytest.raises(InputError, match="No existe la carpeta"):
        write_batch(
            tmp_path / "no" / "x.obsbatch",
            observer_code="O",
            submissions=[outgoing],
            certificate_pem=b"",
            sign=lambda d: b"",
        )


# ------------------------------------------------------------------ certificates


def _ca():
    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "CA de prueba")])
    now = _dt.datetime.now(_dt.UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now)
        .not_valid_after(now + _dt.timedelta(days=1))
        .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
        .sign(key, hashes.SHA256())
    )
    return key, cert


def _issue(ca_key, ca_cert, public_key):
    now = _dt.datetime.now(_dt.UTC)
    return (
        x509.CertificateBuilder()
        .subject_name(x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "Ana")]))
        .issuer_name(ca_cert.subject)
        .public_key(public_key)
        .serial_number(x509.random_serial_number())
        .not_valid_before(now)
        .not_valid_after(now + _dt.timedelta(days=1))
        .sign(ca_key, hashes.SHA256())
    )


def _pem(cert):
    return cert.public_bytes(serialization.Encoding.PEM).decode()


def test_install_certificate_accepts_only_ours_from_the_pinned_ca(app):
    ident = keys.ensure_identity(app, ask=None)
    csr = x509.load_pem_x509_csr(keys.make_csr(app, None).encode())
    assert csr.is_signature_valid
    ca_key, ca = _ca()
    fp = ca.fingerprint(hashes.SHA256()).hex()
    stranger = _issue(ca_key, ca, ec.generate_private_key(ec.SECP256R1()).public_key())
    with pytest.raises(InputError, match="no corresponde a su llave"):
        keys.install_certificate(app, _pem(stranger), [_pem(ca)], expected_ca_fingerprint=fp)
    other_key, other_ca = _ca()
    forged = _issue(other_key, other_ca, csr.public_key())
    with pytest.raises(InputError, match="autoridad distinta"):
        keys.install_certificate(app, _pem(forged), [_pem(other_ca)], expected_ca_fingerprint=fp)
    with pytest.raises(InputError, match="firma no es de la autoridad"):
        keys.install_certificate(app, _pem(forged), [_pem(ca)], expected_ca_fingerprint=fp)
    assert keys.identity(app).self_signed  # nothing changed
    ours = _issue(ca_key, ca, csr.public_key())
    installed = keys.install_certificate(app, _pem(ours), [_pem(ca)], expected_ca_fingerprint=fp)
    assert not installed.self_signed and installed.fingerprint != ident.fingerprint
    assert keys.enrolled_with(app, _pem(ca)) and not keys.enrolled_with(app, _pem(other_ca))
    assert (
        ident.files.folder / keys.SELF_SIGNED_BACKUP
    ).read_bytes() != ident.files.cert.read_bytes()
    signature = keys.sign_bytes(app, b"lote", None)
    csr.public_key().verify(signature, b"lote", ec.ECDSA(hashes.SHA256()))


def test_schema_v2_outbox_columns(app):
    cols = {r[1] for r in app.database.execute("PRAGMA table_info(outbox)")}
    assert {"manifest", "audit_json", "review_state", "exported_at", "error_code"} <= cols


def test_a_server_clock_far_off_is_a_warning_in_spanish():
    from observer_desktop.services.sync import _clock_warning
    from observer_desktop.sync.client import Meta

    def meta(offset_minutes):
        return Meta(
            protocol_min=1,
            protocol_max=1,
            server_time=_dt.datetime.now(_dt.UTC) + _dt.timedelta(minutes=offset_minutes),
            limits={},
            ca_fingerprint="",
            ca_pem="",
            receipt_key_fingerprint="",
            receipt_key_pem="",
        )

    assert _clock_warning(meta(2)) is None
    ahead = _clock_warning(meta(-42))
    assert "adelantado unos 42 minutos" in ahead and "Corrija la fecha" in ahead
    assert "atrasado" in _clock_warning(meta(90))
