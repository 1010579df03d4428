"""The OIC's time-stamping authority (issue 19): RFC 3161 over HTTP against pyHanko's
HTTP client and ``openssl ts``, every refusal the RFC's, the token log, the key."""

from __future__ import annotations

import asyncio
import datetime as _dt
import hashlib
import shutil
import subprocess
from pathlib import Path
from typing import ClassVar

import httpx
import pytest
from asn1crypto import cms, core, tsp
from asn1crypto import x509 as asn1_x509
from cryptography import x509
from cryptography.x509.oid import ExtendedKeyUsageOID
from oic_testing import API
from sqlalchemy import func, select

from oic_server import schema as s
from oic_server.keys import TSA_COMMON_NAME, KeyPaths, ServerKeys
from oic_server.service import OICServer, initialize
from oic_server.tsa import (
    ACCURACY_SECONDS,
    MAX_QUERY_BYTES,
    POLICY_OID,
    QUERY_TYPE,
    REPLY_TYPE,
    in_process_timestamper,
)

DIGEST = hashlib.sha256(b"informe de observacion").digest()


def query(
    digest: bytes = DIGEST,
    algorithm: str = "sha256",
    *,
    nonce: int | None = 0x1234_5678_9ABC,
    cert_req: bool = True,
    policy: str | None = None,
    extensions: bool = False,
) -> bytes:
    request: dict = {
        "version": "v1",
        "message_imprint": {"hash_algorithm": {"algorithm": algorithm}, "hashed_message": digest},
        "cert_req": cert_req,
    }
    if nonce is not None:
        request["nonce"] = nonce
    if policy is not None:
        request["req_policy"] = policy
    if extensions:
        request["extensions"] = [
            {"extn_id": "1.2.3.4", "critical": False, "extn_value": b"\x05\x00"}
        ]
    return tsp.TimeStampReq(request).dump()


def post(server, body: bytes, content_type: str | None = QUERY_TYPE, token: str | None = None):
    headers = {"Content-Type": content_type} if content_type else {}
    if token:
        headers["Authorization"] = f"Bearer {token}"
    with httpx.Client(base_url=server.base_url + API, timeout=30) as c:
        return c.post("/tsa", content=body, headers=headers)


class Reply(core.Sequence):
    """TimeStampResp with its token OPTIONAL, as RFC 3161 has it (asn1crypto's requires
    one, so it cannot read a rejection)."""

    _fields: ClassVar = [
        ("status", tsp.PKIStatusInfo),
        ("time_stamp_token", cms.ContentInfo, {"optional": True}),
    ]


def reply(response: httpx.Response) -> Reply:
    assert response.status_code == 200, response.text
    assert response.headers["content-type"] == REPLY_TYPE
    return Reply.load(response.content, strict=True)


def tst_info(resp: Reply) -> tsp.TSTInfo:
    assert resp["status"]["status"].native == "granted"
    return resp["time_stamp_token"]["content"]["encap_content_info"]["content"].parsed


def tokens_logged(server) -> int:
    with server.oic.db.read() as conn:
        return conn.execute(select(func.count()).select_from(s.tsa_tokens)).scalar_one()


def ca_asn1(server) -> asn1_x509.Certificate:
    return asn1_x509.Certificate.load(
        server.oic.keys.ca_cert.public_bytes(encoding=_der())  # type: ignore[arg-type]
    )


def _der():
    from cryptography.hazmat.primitives.serialization import Encoding

    return Encoding.DER


async def _validate(token: cms.ContentInfo, roots: list, digest: bytes):
    from pyhanko.sign.validation.generic_cms import validate_tst_signed_data
    from pyhanko.sign.validation.status import TimestampSignatureStatus
    from pyhanko_certvalidator import ValidationContext

    context = ValidationContext(trust_roots=roots, allow_fetching=False)
    kwargs = await validate_tst_signed_data(token["content"], context, lambda _algo: digest)
    return TimestampSignatureStatus(**kwargs)


# ------------------------------------------------------------------ clients


def test_pyhanko_http_timestamper_gets_a_token_that_validates_against_only_the_oic_root(server):
    from pyhanko.sign.timestamps import HTTPTimeStamper

    before = _dt.datetime.now(_dt.UTC).replace(microsecond=0)
    stamper = HTTPTimeStamper(f"{server.base_url}{API}/tsa")
    token = asyncio.run(stamper.async_timestamp(DIGEST, "sha256"))  # checks the nonce
    after = _dt.datetime.now(_dt.UTC)
    info = token["content"]["encap_content_info"]["content"].parsed
    assert info["policy"].native == POLICY_OID
    assert before <= info["gen_time"].native <= after
    assert info["accuracy"]["seconds"].native == ACCURACY_SECONDS
    assert info["message_imprint"]["hashed_message"].native == DIGEST

    status = asyncio.run(_validate(token, [ca_asn1(server)], DIGEST))
    assert status.intact and status.valid and status.trusted, status
    # the same token against another root is not trusted; against another digest not intact
    other = ServerKeys.create(server.data_dir / "other-keys", passphrase=None)
    stranger = asn1_x509.Certificate.load(other.ca_cert.public_bytes(_der()))
    assert not asyncio.run(_validate(token, [stranger], DIGEST)).trusted
    assert not asyncio.run(_validate(token, [ca_asn1(server)], b"\x00" * 32)).intact

    # the TSA certificate: issued by the CA, timeStamping the only EKU, critical
    signer = token["content"]["signer_infos"][0]
    attrs = {a["type"].native: a for a in signer["signed_attrs"]}
    assert "signing_certificate_v2" in attrs and "signing_certificate" not in attrs
    tsa_cert = x509.load_der_x509_certificate(token["content"]["certificates"][0].chosen.dump())
    eku = tsa_cert.extensions.get_extension_for_class(x509.ExtendedKeyUsage)
    assert eku.critical and list(eku.value) == [ExtendedKeyUsageOID.TIME_STAMPING]
    assert server.oic.keys.issued_by_ca(tsa_cert)
    cert_hash = attrs["signing_certificate_v2"]["values"][0]["certs"][0]["cert_hash"].native
    assert cert_hash == hashlib.sha256(tsa_cert.public_bytes(_der())).digest()


def test_openssl_ts_verifies_the_reply_against_the_oic_ca(server, tmp_path: Path):
    if shutil.which("openssl") is None:
        pytest.skip("openssl no está instalado: no se puede probar «openssl ts -verify»")
    data = tmp_path / "informe.pdf"
    data.write_bytes(b"%PDF-1.7 un informe cualquiera\n")
    ca = tmp_path / "ca.pem"
    ca.write_text(server.oic.keys.ca_pem, encoding="ascii")
    for algorithm in ("sha256", "sha384", "sha512"):
        tsq, tsr = tmp_path / f"{algorithm}.tsq", tmp_path / f"{algorithm}.tsr"
        subprocess.run(
            [
                *("openssl", "ts", "-query", "-data", str(data), f"-{algorithm}", "-cert"),
                *("-out", str(tsq)),
            ],
            check=True,
            capture_output=True,
        )
        response = post(server, tsq.read_bytes())
        tsr.write_bytes(reply(response).dump())
        for source in (["-queryfile", str(tsq)], ["-data", str(data)]):
            done = subprocess.run(
                ["openssl", "ts", "-verify", "-in", str(tsr), *source, "-CAfile", str(ca)],
                capture_output=True,
                text=True,
            )
            assert done.returncode == 0 and "Verification: OK" in done.stdout, done.stderr
        text = subprocess.run(
            ["openssl", "ts", "-reply", "-in", str(tsr), "-text"],
            check=True,
            capture_output=True,
            text=True,
        ).stdout
        assert f"Policy OID: {POLICY_OID}" in text and f"Hash Algorithm: {algorithm}" in text
    # another CA does not verify it
    other = ServerKeys.create(tmp_path / "other-keys", passphrase=None)
    (tmp_path / "other.pem").write_text(other.ca_pem, encoding="ascii")
    done = subprocess.run(
        [
            *("openssl", "ts", "-verify", "-in", str(tsr), "-data", str(data)),
            *("-CAfile", str(tmp_path / "other.pem")),
        ],
        capture_output=True,
        text=True,
    )
    assert done.returncode != 0


def test_serials_rise_nonces_come_back_cert_req_is_honoured_and_every_token_is_logged(server):
    serials = []
    for n, cert_req in enumerate((True, False, True, False)):
        resp = reply(post(server, query(nonce=1000 + n, cert_req=cert_req)))
        info = tst_info(resp)
        assert info["nonce"].native == 1000 + n
        serials.append(info["serial_number"].native)
        certificates = resp["time_stamp_token"]["content"]["certificates"]
        if cert_req:
            assert len(certificates) == 1
            assert certificates[0].chosen.dump() == server.oic.tsa.certificate_der
        else:
            assert not certificates  # absent
    no_nonce = tst_info(reply(post(server, query(nonce=None))))
    assert no_nonce["nonce"].native is None
    serials.append(no_nonce["serial_number"].native)
    # and in-process, through the same log
    serials.append(tst_info_of(server.oic.tsa.stamp(hashlib.sha512(b"x").digest(), "sha512")))
    assert serials == sorted(set(serials)) and len(serials) == 6
    # a request with a session names its observer in the log
    server.add_observer("OBS-001")
    with server.login("OBS-001") as client:
        token = client.headers["Authorization"].split()[1]
    tst_info(reply(post(server, query(nonce=77), token=token)))
    tst_info(reply(post(server, query(nonce=78), token="no-es-un-token")))  # still public
    with server.oic.db.read() as conn:
        rows = conn.execute(select(s.tsa_tokens).order_by(s.tsa_tokens.c.serial)).all()
    assert [r.serial for r in rows][: len(serials)] == serials
    assert rows[0].hash_algorithm == "sha256" and rows[0].message_imprint == DIGEST.hex()
    assert rows[0].nonce == format(1000, "x") and rows[0].cert_req and not rows[1].cert_req
    assert rows[0].address == "127.0.0.1" and rows[5].address is None  # in-process
    assert [r.requester for r in rows[-2:]] == ["OBS-001", None]
    assert all(
        r.token_sha256 and r.tsa_fingerprint == server.oic.keys.tsa.fingerprint for r in rows
    )


def tst_info_of(token: cms.ContentInfo) -> int:
    return token["content"]["encap_content_info"]["content"].parsed["serial_number"].native


# ------------------------------------------------------------------ refusals


def _assert_rejected(response: httpx.Response, fail_info: str) -> str:
    resp = reply(response)
    status = resp["status"]
    assert status["status"].native == "rejection"
    assert status["fail_info"].native == {fail_info}
    assert resp["time_stamp_token"].native is None  # never a token
    return "; ".join(status["status_string"].native)


def test_every_bad_query_gets_the_rfc_failure_never_a_token(server):
    cases = [
        (b"", QUERY_TYPE, "bad_data_format"),
        (b"\x30\x03\x02\x01", QUERY_TYPE, "bad_data_format"),  # truncated DER
        (query() + b"\x00", QUERY_TYPE, "bad_data_format"),  # trailing bytes
        (b"\x30" + b"\x82\x13\x88" + b"\x00" * 5000, QUERY_TYPE, "bad_data_format"),  # > 4 KiB
        (query(hashlib.sha1(b"x").digest(), "sha1"), QUERY_TYPE, "bad_alg"),
        (query(hashlib.md5(b"x").digest(), "md5"), QUERY_TYPE, "bad_alg"),
        (query(b"\x01" * 20), QUERY_TYPE, "bad_data_format"),  # not a SHA-256's length
        (query(policy="1.3.6.1.4.1.4146.2.2"), QUERY_TYPE, "unaccepted_policy"),
        (query(extensions=True), QUERY_TYPE, "unaccepted_extensions"),
        (query(), "application/json", "bad_data_format"),
        (query(), None, "bad_data_format"),
    ]
    version_2 = bytearray(query())
    version_2[version_2.index(b"\x02\x01\x01") + 2] = 2  # INTEGER 1 -> 2
    cases.append((bytes(version_2), QUERY_TYPE, "bad_data_format"))
    for body, content_type, fail_info in cases:
        message = _assert_rejected(post(server, body, content_type), fail_info)
        assert message, (body[:20], fail_info)
    assert tokens_logged(server) == 0
    assert len(cases[3][0]) > MAX_QUERY_BYTES
    # the policy of this authority is accepted, and a nonce is answered once, ever
    tst_info(reply(post(server, query(policy=POLICY_OID, nonce=99))))
    message = _assert_rejected(post(server, query(policy=POLICY_OID, nonce=99)), "bad_request")
    assert "nonce" in message
    tst_info(reply(post(server, query(hashlib.sha256(b"otro").digest(), nonce=99))))  # other hash
    assert tokens_logged(server) == 2
    # past the guard's body limit the answer is HTTP's (JSON 413), still no token
    r = post(server, b"\x00" * (server.oic.limits.max_small_body_bytes + 1))
    assert r.status_code == 413 and r.json()["error"]["code"] == "too_large"
    assert tokens_logged(server) == 2


def test_each_address_is_rate_limited(server):
    server.oic.tsa_rate.per_minute = 3
    for n in range(3):
        tst_info(reply(post(server, query(nonce=n + 1))))
    r = post(server, query(nonce=10))
    assert r.status_code == 429 and r.json()["error"]["code"] == "rate_limited"
    assert int(r.headers["Retry-After"]) >= 1
    assert tokens_logged(server) == 3
    # in-process use is not limited
    server.oic.tsa.stamp(DIGEST)


def test_pyhanko_can_stamp_in_process(server):
    stamper = in_process_timestamper(server.oic.tsa, requester="servidor")
    token = asyncio.run(stamper.async_timestamp(DIGEST, "sha256"))
    status = asyncio.run(_validate(token, [ca_asn1(server)], DIGEST))
    assert status.intact and status.valid and status.trusted
    with server.oic.db.read() as conn:
        assert conn.execute(select(s.tsa_tokens.c.requester)).scalar_one() == "servidor"


def test_tokens_made_at_once_on_several_threads_each_validate(server):
    """The parts every token shares are kept as DER and loaded afresh per token
    (``TimeStampAuthority._prepare``), so tokens built at the same moment on several
    threads (``_token`` itself: issuing them goes through the database one at a time on
    SQLite) share no asn1crypto object and each validates on its own."""
    import threading
    from concurrent.futures import ThreadPoolExecutor

    from oic_server.tsa import parse_query

    tsa = server.oic.tsa
    digests = [hashlib.sha256(f"informe {n}".encode()).digest() for n in range(24)]
    queries = [parse_query(query(digests[n], nonce=n + 1, cert_req=n % 2 == 0)) for n in range(24)]
    at = _dt.datetime.now(_dt.UTC).replace(microsecond=0)
    start = threading.Barrier(8)

    def make(n: int):
        if n < 8:
            start.wait(timeout=30)  # the first eight begin together
        return tsa._token(queries[n], 1000 + n, at)

    with ThreadPoolExecutor(8) as pool:
        tokens = list(pool.map(make, range(len(digests))))
    tsa_der = tsa.certificate_der
    for n, token in enumerate(tokens):
        token = cms.ContentInfo.load(token.dump())  # as a reader gets it
        info = token["content"]["encap_content_info"]["content"].parsed
        assert info["message_imprint"]["hashed_message"].native == digests[n]
        assert (info["nonce"].native, info["serial_number"].native) == (n + 1, 1000 + n)
        assert info["tsa"].chosen.native == asn1_x509.Certificate.load(tsa_der).subject.native
        if n % 2 == 0:
            assert [c.chosen.dump() for c in token["content"]["certificates"]] == [tsa_der]
        else:  # not asked for: not sent; the validator gets it from elsewhere
            assert token["content"]["certificates"].native is None
            token["content"]["certificates"] = [asn1_x509.Certificate.load(tsa_der)]
        status = asyncio.run(_validate(token, [ca_asn1(server)], digests[n]))
        assert status.intact and status.valid and status.trusted, (n, status)


# ------------------------------------------------------------------ the key


def test_the_tsa_key_is_made_at_init_and_at_a_start_without_it(tmp_path, monkeypatch):
    monkeypatch.setenv("OIC_SERVER_KEY_PASSPHRASE", "frase del servidor")
    data = tmp_path / "server"
    initialize(data)
    path = KeyPaths(data / "keys").tsa
    assert path.stat().st_mode & 0o077 == 0
    assert b"ENCRYPTED PRIVATE KEY" in path.read_bytes()  # the passphrase protects it
    first = ServerKeys.load(data / "keys", passphrase=b"frase del servidor").tsa
    assert first is not None and TSA_COMMON_NAME in first.cert.subject.rfc4514_string()
    path.unlink()  # a server initialised before the TSA existed
    server = OICServer.open(data)
    try:
        made = server.keys.tsa
        assert made is not None and made.fingerprint != first.fingerprint
        assert server.keys.issued_by_ca(made.cert) and path.is_file()
        token = server.tsa.stamp(DIGEST)
        assert token["content"]["certificates"][0].chosen.dump() == server.tsa.certificate_der
    finally:
        server.close()
    again = ServerKeys.load(data / "keys", passphrase=b"frase del servidor")
    assert again.tsa is not None and again.tsa.fingerprint == made.fingerprint
