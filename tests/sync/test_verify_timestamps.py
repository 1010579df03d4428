"""The OIC's time in a report (issue 19), against a real ``oic-server`` on 127.0.0.1.

A laptop online when it signs gets a signature timestamp from the OIC's TSA (PAdES
B-T); offline it signs without one. ``observer verify`` shows the OIC's time apart
from the laptop's claimed time, trusts a timestamp only when its TSA chains to the
OIC CA, and judges revocation offline with the CRL it has: revoked before the OIC's
time (or with no OIC time) is ``revoked``, revoked after it stays valid with a note.
A laptop clock set back years cannot make the OIC's time earlier than the true one.
"""

from __future__ import annotations

import datetime as _dt
import io
import json
import subprocess
import sys
import time
from pathlib import Path

from conftest import FAST, login, make_audit

from observer_desktop.reports.verify import verify_pdf, verify_pdf_data
from observer_desktop.services.reports import generate_report, oic_ca_pem, verify_report
from observer_desktop.services.sync.crl import crl_path, refresh_crl

OBSERVER = [str(Path(sys.executable).with_name("observer"))]


def _report(app, audit) -> Path:
    rows = app.store.reports(audit["id"])
    return app.data_dir / rows[-1]["path"]


def _doc_timestamp(pdf: bytes, oic) -> bytes:
    """The OIC's document timestamp added to ``pdf`` as the server does (in process)."""
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.sign import signers

    from oic_server.service import OICServer
    from oic_server.tsa import in_process_timestamper

    service = OICServer.open(oic.data_dir)
    try:
        stamper = in_process_timestamper(service.tsa)
        out = io.BytesIO()
        signers.PdfTimeStamper(stamper).timestamp_pdf(
            IncrementalPdfFileWriter(io.BytesIO(pdf)), "sha256", output=out
        )
        return out.getvalue()
    finally:
        service.close()


def _utc(text: str) -> _dt.datetime:
    return _dt.datetime.fromisoformat(text)


def test_online_signature_gets_the_oic_timestamp_and_verify_shows_it(oic, observer, tmp_path):
    login(observer, oic)
    before = _dt.datetime.now(_dt.UTC).replace(microsecond=0)
    audit = make_audit(observer, tmp_path / "ev", seed=101, sign=False)
    made = generate_report(observer, audit["id"], ask=None)
    after = _dt.datetime.now(_dt.UTC)
    assert made.timestamped_at is not None, made.timestamp_note
    assert before <= _utc(made.timestamped_at) <= after
    v = verify_report(made.path, app=observer)
    assert v.status == "valid", v.reasons
    assert v.trusted
    assert v.oic_time_source == "signature"
    assert _utc(v.oic_time) == _utc(made.timestamped_at)
    assert v.timestamps[0]["trusted"] and v.timestamps[0]["kind"] == "signature"
    assert v.clock_note is None and not v.clock_impossible
    # without the OIC CA the token is there, but nobody vouches for its TSA
    alone = verify_pdf(made.path)
    assert alone.status == "valid" and alone.oic_time is None
    assert alone.timestamps and not alone.timestamps[0]["trusted"]


def test_offline_signature_has_no_oic_time_and_says_why(own_oic, observer, tmp_path):
    own_oic.start()
    login(observer, own_oic)
    own_oic.stop()  # the laptop goes offline
    audit = make_audit(observer, tmp_path / "ev", seed=102, sign=False)
    made = generate_report(observer, audit["id"], ask=None)
    assert made.timestamped_at is None and "OIC" in made.timestamp_note
    v = verify_report(made.path, app=observer)
    assert v.status == "valid" and v.oic_time is None and v.timestamps == []


def test_a_document_timestamp_gives_the_oic_time_and_a_forged_one_is_refused(
    oic, observer, tmp_path
):
    login(observer, oic)
    audit = make_audit(observer, tmp_path / "ev", seed=103, sign=False)
    made = generate_report(observer, audit["id"], ask=None, timestamp=False)
    assert made.timestamped_at is None and made.timestamp_note is None
    stamped = _doc_timestamp(made.path.read_bytes(), oic)
    ca = oic_ca_pem(observer).encode()
    v = verify_pdf_data(stamped, trust_certs=[ca])
    assert v.status == "valid", v.reasons
    assert v.only_timestamps_after and v.oic_time_source == "document"
    assert v.timestamps[0]["covers_signature"] and v.timestamps[0]["trusted"]
    # the token's bytes no longer match what it covers: one byte of the signed part changed
    tampered = bytearray(stamped)
    at = stamped.rindex(b"/ByteRange")
    start = int(stamped[at:].split(b"[")[1].split()[0])  # the first range begins at 0
    assert start == 0
    spot = stamped.index(b"Informe de auditor")
    tampered[spot] ^= 0x01
    bad = verify_pdf_data(bytes(tampered), trust_certs=[ca])
    assert bad.status == "invalid"
    assert any("sello de tiempo" in r or "alteró" in r for r in bad.reasons), bad.reasons


def test_laptop_clock_set_back_cannot_claim_an_earlier_oic_time(
    oic, observer, tmp_path, monkeypatch
):
    """The laptop's clock says 2019; the OIC's time is the true one, and verify flags the
    gap. The OIC's time comes only from the TSA's token."""
    import pyhanko.sign.signers.pdf_cms as pdf_cms
    import pyhanko.sign.signers.pdf_signer as pdf_signer

    login(observer, oic)
    true_before = _dt.datetime.now(_dt.UTC).replace(microsecond=0)
    back = _dt.datetime(2019, 3, 1, 9, 0, tzinfo=_dt.UTC)

    class SetBack(_dt.datetime):
        @classmethod
        def now(cls, tz=None):
            return back if tz is None else back.astimezone(tz)

    monkeypatch.setattr(pdf_signer, "datetime", SetBack)
    monkeypatch.setattr(pdf_cms, "datetime", SetBack)
    audit = make_audit(observer, tmp_path / "ev", seed=104, sign=False)
    made = generate_report(observer, audit["id"], ask=None)
    monkeypatch.undo()
    v = verify_report(made.path, app=observer)
    assert v.status == "valid", v.reasons
    assert _utc(v.signed_at).year == 2019  # what the laptop claims
    assert _utc(v.oic_time) >= true_before  # what the OIC vouches for
    assert v.clock_note and "anterior al sello del OIC" in v.clock_note


def test_revoked_before_any_oic_time_is_revoked_and_after_it_stays_valid(
    own_oic, observer, tmp_path
):
    oic = own_oic.start()
    login(observer, oic)
    audit = make_audit(observer, tmp_path / "ev", seed=105, sign=False)
    stamped = generate_report(observer, audit["id"], ask=None)  # B-T: OIC time now
    assert stamped.timestamped_at
    plain = generate_report(observer, audit["id"], ask=None, timestamp=False)  # no OIC time
    # the token's time and the revocation's are whole seconds: the same second would be
    # "not before" (the safe answer), so the revocation comes a little later
    time.sleep(1.5)
    done = oic.cli("observer", "disable", "OBS-014", "--reason", "llave-comprometida")
    assert done.returncode == 0, done.stderr
    fetched = refresh_crl(observer, options=FAST)
    assert fetched.updated and fetched.own_revoked
    v = verify_report(stamped.path, app=observer)
    assert v.status == "valid", v.reasons
    assert v.revocation and not v.revocation["before_oic_time"]
    assert "después del sello" in v.revocation_note
    assert v.crl["source"] == "computadora" and v.crl["age_days"] == 0
    w = verify_report(plain.path, app=observer)
    assert w.status == "revoked"
    assert w.revocation["reason"] == "key_compromise"
    assert "llave comprometida" in w.revocation_note
    assert w.exit_code() == 1
    # another trusted root's list, numbered far higher, does not hide the OIC's
    other_pem, other_crl = _other_ca_and_crl(number=10**6)
    x = verify_pdf(
        plain.path,
        trust_certs=[oic_ca_pem(observer).encode(), other_pem],
        crls=[("otra", other_crl), ("computadora", crl_path(observer).read_bytes())],
    )
    assert x.status == "revoked", x.reasons
    assert x.crl["source"] == "computadora"
    # the command line, in JSON and in words
    env = {"OBSERVER_DATA_DIR": str(observer.data_dir)}
    out = _observer("verify", str(plain.path), "--json", env=env)
    assert out.returncode == 1
    body = json.loads(out.stdout)
    assert body["status"] == "revoked" and body["revocation"]["before_oic_time"]
    words = _observer("verify", str(stamped.path), env=env)
    assert words.returncode == 0, words.stdout + words.stderr
    assert "Firmado antes de" in words.stdout and "sello de tiempo del OIC" in words.stdout
    assert "Hora declarada por la computadora" in words.stdout
    assert "lista de revocación del" in words.stdout and "hace 0 días" in words.stdout


def _other_ca_and_crl(*, number: int) -> tuple[bytes, bytes]:
    """Another CA (PEM) and a CRL of its own with ``number`` (DER)."""
    from cryptography.hazmat.primitives.serialization import Encoding
    from test_crl_sync import _crl
    from test_units import _ca

    key, cert = _ca()
    return cert.public_bytes(Encoding.PEM), _crl(cert.subject, key, number)


def _observer(*args: str, env: dict[str, str]) -> subprocess.CompletedProcess:
    import os

    return subprocess.run(
        [*OBSERVER, *args],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, **env},
        check=False,
    )
