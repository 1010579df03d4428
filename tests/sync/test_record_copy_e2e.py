"""End to end (issue 19): a report signed offline, synced, committed, timestamped by the
OIC (its copy of record, PAdES B-LTA), downloaded back to the laptop next to the original;
pdfsig, pyHanko (only the OIC root, nothing fetched) and ``observer verify`` accept the
copy and report the OIC's time. A failed download is retried at the next sync.

Needs the server side of the copy of record (``oic_server/record.py``,
``GET /api/v1/submissions/{id}/record``, ``record_sha256`` in the receipt).
"""

from __future__ import annotations

import datetime as _dt
import hashlib
import io
import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import FAST, login, make_audit

from observer_desktop.services import sync
from observer_desktop.services.sync.record import RECORD_SUFFIX
from observer_desktop.sync.client import ProtocolClient
from observer_desktop.sync.errors import network_error

OBSERVER = str(Path(sys.executable).with_name("observer"))


def _receipt(app, sid: str) -> dict:
    return app.store.get_receipt(sid)["receipt"]["receipt"]


def test_offline_report_comes_back_timestamped_and_verifies_everywhere(own_oic, observer, tmp_path):
    oic = own_oic.start()
    login(observer, oic)
    oic.stop()  # offline: signed with no OIC time
    audit = make_audit(observer, tmp_path / "ev", seed=301)
    oic.start()
    outcome = sync.sync_now(observer, options=FAST)
    assert outcome.ok, outcome.to_json()
    sid = outcome.delivered[0]["submission_id"]
    assert outcome.records == [sid]
    receipt = _receipt(observer, sid)
    assert receipt["record_sha256"] and receipt["timestamped_at"]

    row = observer.store.get_outbox(sid)
    assert row["record_path"].endswith(RECORD_SUFFIX)
    assert row["record_sha256"] == receipt["record_sha256"]
    original = observer.data_dir / row["report_path"]
    copy = observer.data_dir / row["record_path"]
    assert copy.parent == original.parent
    data = copy.read_bytes()
    assert hashlib.sha256(data).hexdigest() == receipt["record_sha256"]
    assert data.startswith(original.read_bytes())  # the original, then incremental updates
    actions = [e["action"] for e in observer.custody_log(audit["id"])]
    assert actions[-1] == "submission.record_saved"
    assert observer.verify_custody() == []
    listed = sync.outbox(observer, include_delivered=True)
    assert [r["record_path"] for r in listed if r["submission_id"] == sid] == [row["record_path"]]

    ca_pem = observer.store.get_setting(sync.SERVER_KEY)["ca_pem"]
    ca_file = tmp_path / "oic-ca.pem"
    ca_file.write_text(ca_pem)

    # observer verify, with only the OIC CA named (no data folder)
    done = subprocess.run(
        [OBSERVER, "verify", str(copy), "--trust", str(ca_file), "--json"],
        capture_output=True, text=True, timeout=120, check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stdout + done.stderr
    v = json.loads(done.stdout)
    assert v["status"] == "valid" and v["trusted"]
    assert v["oic_time_source"] == "document" and v["only_timestamps_after"]
    stamped = _dt.datetime.fromisoformat(receipt["timestamped_at"].replace("Z", "+00:00"))
    assert _dt.datetime.fromisoformat(v["oic_time"]) == stamped
    assert v["crl"] is not None and v["crl"]["source"] == "pdf"  # the DSS's list
    assert v["revocation"] is None and v["dss"]["problems"] == []
    words = subprocess.run(
        [OBSERVER, "verify", str(copy), "--trust", str(ca_file)],
        capture_output=True, text=True, timeout=120, check=False,
    )  # fmt: skip
    assert "Firmado antes de" in words.stdout and "sello de tiempo del OIC" in words.stdout

    # pyHanko: PAdES B-LTA validated with only the OIC root and the PDF's own DSS
    _pyhanko_lta(data, ca_pem)
    _altered_dss_is_invalid(data, ca_pem)

    # pdfsig: the observer's signature intact; poppler lists the OIC's document timestamps
    # (ETSI.RFC3161) but does not validate that kind ("Unable to validate this type")
    if shutil.which("pdfsig") is None:
        pytest.skip("pdfsig (poppler-utils) is not installed")
    seen = subprocess.run(
        ["pdfsig", "-nocert", str(copy)], capture_output=True, text=True, timeout=60, check=False
    )
    assert seen.returncode == 0, seen.stdout + seen.stderr
    first = seen.stdout.split("Signature #2:")[0]
    assert "Signature #1:" in first and "FirmaObservador" in first, seen.stdout
    assert "Signature Validation: Signature is Valid." in first, seen.stdout
    assert "SelloArchivoOIC" in seen.stdout  # the OIC's timestamps are there


def _pyhanko_lta(data: bytes, ca_pem: str) -> None:
    """pyHanko with only the OIC root, the CRLs and certificates of the PDF's own DSS and
    nothing fetched (revocation required: the certificates name no CRL point): every OIC
    timestamp valid and trusted, and the observer's signature valid at the first one."""
    from asn1crypto import pem
    from asn1crypto import x509 as ax509
    from pyhanko.pdf_utils.reader import PdfFileReader
    from pyhanko.sign.diff_analysis import ModificationLevel
    from pyhanko.sign.validation import validate_pdf_signature, validate_pdf_timestamp
    from pyhanko.sign.validation.dss import DocumentSecurityStore

    _, _, der = pem.unarmor(ca_pem.encode())
    root = ax509.Certificate.load(der)
    reader = PdfFileReader(io.BytesIO(data))
    dss = DocumentSecurityStore.read_dss(reader)

    def context(moment=None):
        return dss.as_validation_context(
            {
                "trust_roots": [root],
                "allow_fetching": False,
                "revocation_mode": "require",
                **({"moment": moment} if moment else {}),
            }
        )

    stamps = reader.embedded_timestamp_signatures
    assert len(stamps) >= 2  # the document timestamp and the archive timestamp
    times = []
    for stamp in stamps:
        ts = validate_pdf_timestamp(stamp, validation_context=context())
        assert ts.intact and ts.valid and ts.trusted, ts.pretty_print_details()
        times.append(ts.timestamp)
    (signature,) = reader.embedded_regular_signatures
    status = validate_pdf_signature(signature, context(min(times)))
    assert status.intact and status.valid and status.trusted, status.pretty_print_details()
    assert status.modification_level == ModificationLevel.LTA_UPDATES


def _altered_dss_is_invalid(data: bytes, ca_pem: str) -> None:
    """A later revision whose DSS holds a CRL in the OIC CA's name but signed by another key
    (a change pyHanko's diff policy allows, as any DSS update) makes the copy invalid."""
    import datetime as _dt

    from asn1crypto import crl as acrl
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.hazmat.primitives.serialization import Encoding
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.sign.validation.dss import DocumentSecurityStore

    from observer_desktop.reports.verify import verify_pdf_data

    ca = x509.load_pem_x509_certificate(ca_pem.encode())
    now = _dt.datetime.now(_dt.UTC)
    forged = (
        x509.CertificateRevocationListBuilder()
        .issuer_name(ca.subject)
        .last_update(now)
        .next_update(now + _dt.timedelta(days=7))
        .add_extension(x509.CRLNumber(10**6), critical=False)
        .sign(ec.generate_private_key(ec.SECP256R1()), hashes.SHA256())
        .public_bytes(Encoding.DER)
    )
    writer = IncrementalPdfFileWriter(io.BytesIO(data))
    DocumentSecurityStore.supply_dss_in_writer(
        writer, None, crls=[acrl.CertificateList.load(forged)]
    )
    out = io.BytesIO()
    writer.write(out)
    v = verify_pdf_data(out.getvalue(), trust_certs=[ca_pem.encode()])
    assert v.status == "invalid", v.reasons
    assert any("DSS" in r and "firma no corresponde" in r for r in v.reasons), v.reasons
    assert v.crl is None or v.crl["number"] != 10**6  # the forged list is never used


def test_a_failed_download_is_retried_at_the_next_sync(oic, observer, tmp_path, monkeypatch):
    login(observer, oic)
    make_audit(observer, tmp_path / "ev", seed=302)
    real = ProtocolClient.record

    def lost(self, submission_id, **kw):
        raise network_error("la conexión se cortó")

    monkeypatch.setattr(ProtocolClient, "record", lost)
    first = sync.sync_now(observer, options=FAST)
    assert first.ok and first.delivered and first.records == []  # delivered all the same
    assert any("próxima sincronización" in w for w in first.warnings)
    sid = first.delivered[0]["submission_id"]
    assert observer.store.get_outbox(sid)["record_path"] is None

    monkeypatch.setattr(ProtocolClient, "record", lambda self, s, **kw: b"%PDF-otra cosa")
    second = sync.sync_now(observer, options=FAST)
    assert second.records == [] and any("no coincide" in w for w in second.warnings)
    assert observer.store.get_outbox(sid)["record_path"] is None

    monkeypatch.setattr(ProtocolClient, "record", real)
    # a copy far larger than its report is not read whole into memory: refused
    from observer_desktop.services.sync import record as record_sync

    monkeypatch.setattr(record_sync, "RECORD_MARGIN", -1)
    bigger = sync.sync_now(observer, options=FAST)
    assert bigger.records == [] and any("demasiado grande" in w for w in bigger.warnings)
    monkeypatch.setattr(record_sync, "RECORD_MARGIN", 16 * 1024 * 1024)
    third = sync.sync_now(observer, options=FAST)
    assert third.ok and third.records == [sid]
    assert observer.store.get_outbox(sid)["record_path"]
    # a saved copy that is gone (a crash before the folder reached the disk, a deleted
    # file) is downloaded again at the next sync
    copy = observer.data_dir / observer.store.get_outbox(sid)["record_path"]
    saved = copy.read_bytes()
    copy.unlink()
    fourth = sync.sync_now(observer, options=FAST)
    assert fourth.ok and fourth.records == [sid]
    assert copy.read_bytes() == saved
