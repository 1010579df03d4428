"""The OIC's CRL on the laptop (issue 19): fetched on every sync, kept only when the pinned
OIC CA signed it and it is newer, a failure a warning; the observer told when their own
certificate is on it, and a new certificate asked for once the OIC enables them again."""

from __future__ import annotations

import datetime as _dt
import json

import pytest
from conftest import FAST, login, make_audit
from cryptography import x509
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import ec

from observer_desktop.reports.revocation import CrlError, load_crl
from observer_desktop.services import keys, sync
from observer_desktop.services.sync.crl import crl_path, local_crl, own_revocation, refresh_crl
from observer_desktop.services.sync_keys import CRL_KEY


def _crl(issuer_name: x509.Name, key, number: int, revoked: list[int] = ()) -> bytes:
    """A CRL signed by ``key`` (another CA's, in these tests)."""
    from cryptography.hazmat.primitives.serialization import Encoding

    now = _dt.datetime.now(_dt.UTC)
    builder = (
        x509.CertificateRevocationListBuilder()
        .issuer_name(issuer_name)
        .last_update(now)
        .next_update(now + _dt.timedelta(days=7))
        .add_extension(x509.CRLNumber(number), critical=False)
    )
    for serial in revoked:
        builder = builder.add_revoked_certificate(
            x509.RevokedCertificateBuilder().serial_number(serial).revocation_date(now).build()
        )
    return builder.sign(key, hashes.SHA256()).public_bytes(Encoding.DER)


def test_sync_keeps_the_crl_signed_by_the_pinned_ca(oic, observer, tmp_path):
    login(observer, oic)  # the login already fetches it
    kept = local_crl(observer)
    assert kept is not None
    der, noted = kept
    assert noted["fetched_at"] and noted["number"] >= 1 and noted["next_update"]
    ca_pem = observer.store.get_setting(sync.SERVER_KEY)["ca_pem"]
    assert load_crl(der, ca_pem).number == noted["number"]
    assert (crl_path(observer).stat().st_mode & 0o777) == 0o644
    make_audit(observer, tmp_path / "ev", seed=201)
    outcome = sync.sync_now(observer, options=FAST)
    assert outcome.ok, outcome.to_json()
    assert not any("revoc" in w for w in outcome.warnings)
    assert own_revocation(observer) is None


def test_a_crl_of_another_ca_or_older_is_not_kept(own_oic, observer):
    oic = own_oic.start()
    login(observer, oic)
    der, noted = local_crl(observer)
    ca_pem = observer.store.get_setting(sync.SERVER_KEY)["ca_pem"]
    oic_ca = x509.load_pem_x509_certificate(ca_pem.encode())
    # same name as the OIC CA, another key: refused by the check, not only by the name
    impostor = _crl(oic_ca.subject, ec.generate_private_key(ec.SECP256R1()), 10**6)
    with pytest.raises(CrlError, match="no está firmada por la autoridad"):
        load_crl(impostor, ca_pem)

    class Serving:
        """A client whose /crl answers the bytes given."""

        def __init__(self, body: bytes):
            self.body = body

        def crl(self) -> bytes:
            return self.body

    refused = refresh_crl(observer, Serving(impostor))
    assert not refused.updated and "no está firmada" in refused.warnings[0]
    assert local_crl(observer)[0] == der  # unchanged
    garbage = refresh_crl(observer, Serving(b"no es una lista"))
    assert not garbage.updated and garbage.warnings
    # a newer list (a certificate revoked: this laptop's) is kept; the older one, fetched
    # afterwards, does not replace it
    assert oic.cli("observer", "disable", "OBS-014").returncode == 0
    newer = refresh_crl(observer, options=FAST)
    assert newer.updated and newer.number > noted["number"] and newer.own_revoked
    later = local_crl(observer)[0]
    older = refresh_crl(observer, Serving(der))
    assert not older.updated and older.number == newer.number
    assert [w for w in older.warnings if "revocó su certificado" not in w] == []
    assert local_crl(observer)[0] == later
    assert observer.store.get_setting(CRL_KEY)["number"] == newer.number


def test_crl_unreachable_is_a_warning_not_a_failed_sync(own_oic, observer, tmp_path):
    own_oic.start()
    login(observer, own_oic)
    before = local_crl(observer)
    own_oic.stop()
    offline = refresh_crl(observer, options=FAST)
    assert not offline.updated and "lista de revocación" in offline.warnings[0]
    assert local_crl(observer) == before


def test_own_revocation_is_told_and_a_new_certificate_follows_enable(own_oic, observer, tmp_path):
    oic = own_oic.start()
    login(observer, oic)
    first = keys.identity(observer).certificate
    make_audit(observer, tmp_path / "ev", seed=202)
    assert sync.sync_now(observer, options=FAST).ok
    done = oic.cli("observer", "disable", "OBS-014", "--reason", "baja")
    assert done.returncode == 0, done.stderr
    disabled = sync.sync_now(observer, options=FAST)
    assert not disabled.ok  # the session was revoked with the account
    told = [w for w in disabled.warnings if "revocó su certificado" in w]
    assert told and "dejó el programa" in told[0] and "inicie sesión de nuevo" in told[0]
    assert own_revocation(observer).reason == "cessation_of_operation"
    ca_pem = observer.store.get_setting(sync.SERVER_KEY)["ca_pem"]
    assert not keys.enrolled_with(observer, ca_pem)  # a revoked certificate is no enrollment
    assert oic.cli("observer", "enable", "OBS-014").returncode == 0
    again = login(observer, oic)
    assert again.enrolled, again.enroll_error
    # the login says what happened: revoked, and already replaced
    assert any("ya se obtuvo uno nuevo" in w for w in again.warnings), again.warnings
    second = keys.identity(observer).certificate
    assert second.serial_number != first.serial_number
    assert own_revocation(observer) is None and keys.enrolled_with(observer, ca_pem)
    # a new audit is signed with the new certificate and delivered
    audit = make_audit(observer, tmp_path / "ev2", seed=203)
    outcome = sync.sync_now(observer, options=FAST)
    assert outcome.ok, outcome.to_json()
    row = observer.store.outbox_rows(audit_id=audit["id"])[0]
    manifest = json.loads(observer.store.get_outbox(row["submission_id"])["manifest"])
    report = observer.store.reports(audit["id"])[-1]
    assert manifest["report_sha256"] == report["pdf_sha256"]
