"""The OIC's time-stamping authority: RFC 3161 tokens that say a hash existed by then.

A laptop's clock can be set back; the OIC's cannot (by the observer). A token from
this authority binds a message imprint (the hash of a signature or a document) to
the server's UTC time, signed with the TSA key (``<data>/keys/tsa.pem``, ECDSA
P-256, certificate from the OIC CA with the timeStamping extended key usage,
critical; :meth:`oic_server.keys.ServerKeys.ensure_tsa_signer`). Served as
``POST /api/v1/tsa`` (:mod:`oic_server.api.tsa`) and usable in-process:

- :meth:`TimeStampAuthority.respond` — a DER ``TimeStampReq`` in, a DER
  ``TimeStampResp`` out, exactly what the HTTP route answers;
- :meth:`TimeStampAuthority.stamp` — a token for a digest, for the server's own
  use (a report timestamped at commit);
- :func:`in_process_timestamper` — a pyHanko ``TimeStamper`` that asks this
  authority without HTTP (PAdES B-T/B-LTA made on the server).

The token (RFC 3161 §2.4.2): version 1, the OIC's policy :data:`POLICY_OID`, the
request's message imprint echoed byte for byte, a serial number from the token
log (monotonic across every instance sharing the database), genTime from the
server's clock in whole UTC seconds with an accuracy of :data:`ACCURACY_SECONDS`,
the request's nonce echoed, the TSA's name. Its SignedData is signed with
ECDSA-SHA256 over signed attributes content-type (id-ct-TSTInfo),
message-digest and ESS signing-certificate-v2 (RFC 5816); the TSA's certificate
is included only when the request sets ``certReq``.

Refusals are ``TimeStampResp``s with PKIStatus ``rejection`` and one
PKIFailureInfo bit, never a token (:class:`Refusal`):

=======================  ===============================================================
``badDataFormat``        not DER ``TimeStampReq`` v1, longer than :data:`MAX_QUERY_BYTES`,
                         a wrong content type (HTTP), an imprint of the wrong length
``badAlg``               a hash other than SHA-256, SHA-384 or SHA-512
``unacceptedPolicy``     a ``reqPolicy`` other than :data:`POLICY_OID`
``unacceptedExtension``  any request extension (none is supported)
``badRequest``           a nonce already answered for the same imprint (a replay), ever
``systemFailure``        the TSA key is not loaded, or the database is unavailable
=======================  ===============================================================

Every token is logged in ``tsa_tokens`` (serial, genTime, hash algorithm and
imprint, nonce, whether certificates were asked for, the observer behind the
request when it had a session, the client's address, the TSA certificate's
fingerprint, the SHA-256 of the token).
"""

from __future__ import annotations

import datetime as _dt
import hashlib
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, ClassVar

from asn1crypto import algos, cms, core, tsp
from asn1crypto import x509 as asn1_x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from sqlalchemy import Connection, select, update

from oic_server import schema as s
from oic_server.db import Database
from oic_server.errors import ApiError
from oic_server.keys import IssuedKey

__all__ = [
    "ACCEPTED_HASHES",
    "ACCURACY_SECONDS",
    "MAX_QUERY_BYTES",
    "POLICY_OID",
    "QUERY_TYPE",
    "REPLY_TYPE",
    "REQUESTS_PER_MINUTE",
    "Refusal",
    "RequestRate",
    "TimeStampAuthority",
    "in_process_timestamper",
    "rejection",
]

# Under the UUID arc (ITU-T X.667, 2.25.<UUID as an integer>): unique without a
# registration. 2.25.<uuid>.1 is the OIC's policies; .1.1 the TSA policy, version 1
# (docs/server.md, "Sellos de tiempo (TSA) y revocación").
POLICY_OID = "2.25.59565107811037667003021365070309866861.1.1"
ACCEPTED_HASHES = {"sha256": 32, "sha384": 48, "sha512": 64}  # name -> digest length
MAX_QUERY_BYTES = 4096  # a query is ~60-130 bytes; anything near this is not one
REQUESTS_PER_MINUTE = 120  # per client address (HTTP only; see RequestRate)
ACCURACY_SECONDS = 1  # genTime is whole seconds of the server's clock
QUERY_TYPE = "application/timestamp-query"
REPLY_TYPE = "application/timestamp-reply"


class Refusal(Exception):
    """A query the authority does not answer with a token: a PKIFailureInfo bit
    (asn1crypto's name, e.g. ``"bad_alg"``) and a Spanish status string."""

    def __init__(self, fail_info: str, message: str):
        super().__init__(message)
        if fail_info not in tsp.PKIFailureInfo._map.values():
            raise ValueError(f"unknown PKIFailureInfo {fail_info!r}")
        self.fail_info = fail_info
        self.message = message


class _Rejection(core.Sequence):
    """TimeStampResp without its token (asn1crypto's TimeStampResp requires one)."""

    _fields: ClassVar[list[tuple[str, type]]] = [("status", tsp.PKIStatusInfo)]


def rejection(fail_info: str, message: str) -> bytes:
    """The DER ``TimeStampResp`` of a refusal: status ``rejection``, ``fail_info``
    (asn1crypto's name of a PKIFailureInfo bit) and ``message`` as statusString."""
    return _Rejection(
        {
            "status": tsp.PKIStatusInfo(
                {
                    "status": "rejection",
                    "status_string": [message],
                    "fail_info": tsp.PKIFailureInfo({fail_info}),
                }
            )
        }
    ).dump()


@dataclass(frozen=True)
class _Query:
    """What the authority takes from a valid ``TimeStampReq``."""

    imprint: tsp.MessageImprint  # as received: echoed byte for byte
    hash_algorithm: str
    digest: bytes
    nonce: int | None
    cert_req: bool

    @property
    def replay_key(self) -> str | None:
        if self.nonce is None:
            return None
        raw = f"{self.hash_algorithm}:{self.digest.hex()}:{self.nonce}".encode("ascii")
        return hashlib.sha256(raw).hexdigest()


def _utc_now() -> _dt.datetime:
    return _dt.datetime.now(_dt.UTC)


class TimeStampAuthority:
    """The OIC's TSA over ``db`` (the token log) with ``signer`` (the TSA key and its
    certificate from the CA). ``clock`` gives the time (tests inject one); its value is
    cut to whole UTC seconds."""

    def __init__(
        self,
        db: Database,
        signer: IssuedKey,
        *,
        clock: Callable[[], _dt.datetime] = _utc_now,
    ):
        self.db = db
        self.signer = signer
        self.clock = clock
        self._cert = asn1_x509.Certificate.load(
            signer.cert.public_bytes(serialization.Encoding.DER)
        )
        self._cert_der = self._cert.dump()
        self._fingerprint = signer.fingerprint
        self._prepare()

    def _prepare(self) -> None:
        """The DER of what every token carries alike (the TSA's name, the ESS
        signing-certificate attribute, the signer identifier), made once: building
        them from values each time re-encoded the certificate's names, ~11 ms of CPU a
        token, most of a commit's time-stamping. Each token loads fresh objects from
        these bytes, so no asn1crypto object is shared between threads."""
        cert = self._cert
        self._tsa_name_der = asn1_x509.GeneralName(name="directory_name", value=cert.subject).dump()
        self._signing_certificate_der = _attribute(
            "signing_certificate_v2",
            tsp.SigningCertificateV2(
                {
                    "certs": [
                        {  # hashAlgorithm left out: SHA-256 is its DEFAULT
                            "cert_hash": hashlib.sha256(self._cert_der).digest(),
                            "issuer_serial": {
                                "issuer": [
                                    asn1_x509.GeneralName(name="directory_name", value=cert.issuer)
                                ],
                                "serial_number": cert.serial_number,
                            },
                        }
                    ]
                }
            ),
        ).dump()
        self._sid_der = cms.SignerIdentifier(
            {
                "issuer_and_serial_number": {
                    "issuer": cert.issuer,
                    "serial_number": cert.serial_number,
                }
            }
        ).dump()

    @property
    def certificate_der(self) -> bytes:
        return self._cert_der

    # ------------------------------------------------------------ the protocol

    def respond(
        self,
        query_der: bytes,
        *,
        requester: str | None = None,
        address: str | None = None,
    ) -> bytes:
        """Answer one DER ``TimeStampReq`` with a DER ``TimeStampResp``: a token
        (status ``granted``) or a rejection with its PKIFailureInfo. Never raises for
        what the bytes hold; a database that is down is ``systemFailure``."""
        try:
            query = parse_query(query_der)
            token = self._issue(query, requester=requester, address=address)
        except Refusal as refused:
            return rejection(refused.fail_info, refused.message)
        except ApiError:  # the database is unavailable (db.py)
            return rejection(
                "system_failure",
                "El servicio de sellos de tiempo no está disponible; intente más tarde.",
            )
        return tsp.TimeStampResp(
            {"status": tsp.PKIStatusInfo({"status": "granted"}), "time_stamp_token": token}
        ).dump()

    def stamp(
        self,
        digest: bytes,
        hash_algorithm: str = "sha256",
        *,
        nonce: int | None = None,
        cert_req: bool = True,
        requester: str | None = None,
    ) -> cms.ContentInfo:
        """A token for ``digest`` (the server's own use: no HTTP, no rate limit, logged
        like any other). Raises :class:`Refusal` for a digest it would refuse."""
        request: dict[str, Any] = {
            "version": "v1",
            "message_imprint": {
                "hash_algorithm": {"algorithm": hash_algorithm},
                "hashed_message": digest,
            },
            "cert_req": cert_req,
        }
        if nonce is not None:
            request["nonce"] = nonce
        query = parse_query(tsp.TimeStampReq(request).dump())
        return self._issue(query, requester=requester, address=None)

    # ------------------------------------------------------------ issuing

    def _issue(
        self, query: _Query, *, requester: str | None, address: str | None
    ) -> cms.ContentInfo:
        replay_key = query.replay_key
        t = s.tsa_tokens

        def txn(conn: Connection) -> cms.ContentInfo | None:
            if (
                replay_key is not None
                and conn.execute(select(t.c.serial).where(t.c.replay_key == replay_key)).first()
            ):
                return None
            gen_time = self.clock().astimezone(_dt.UTC).replace(microsecond=0)
            serial = int(
                conn.execute(
                    t.insert().values(
                        gen_time=gen_time.strftime("%Y-%m-%dT%H:%M:%SZ"),
                        hash_algorithm=query.hash_algorithm,
                        message_imprint=query.digest.hex(),
                        nonce=None if query.nonce is None else format(query.nonce, "x"),
                        replay_key=replay_key,
                        cert_req=query.cert_req,
                        requester=requester,
                        address=address,
                        tsa_fingerprint=self._fingerprint,
                    )
                ).inserted_primary_key[0]
            )
            token = self._token(query, serial, gen_time)
            conn.execute(
                update(t)
                .where(t.c.serial == serial)
                .values(token_sha256=hashlib.sha256(token.dump()).hexdigest())
            )
            return token

        token = self.db.write(txn)  # a replay racing its twin loses on replay_key, retried
        if token is None:
            raise Refusal(
                "bad_request",
                "Esta solicitud ya se respondió (el mismo nonce para el mismo resumen): "
                "envíe una solicitud nueva con otro nonce.",
            )
        return token

    def _token(self, query: _Query, serial: int, gen_time: _dt.datetime) -> cms.ContentInfo:
        info: dict[str, Any] = {
            "version": "v1",
            "policy": POLICY_OID,
            "message_imprint": tsp.MessageImprint.load(query.imprint.dump()),
            "serial_number": serial,
            "gen_time": gen_time,
            "accuracy": {"seconds": ACCURACY_SECONDS},
            "tsa": asn1_x509.GeneralName.load(self._tsa_name_der),
        }
        if query.nonce is not None:
            info["nonce"] = query.nonce
        tst_info = tsp.TSTInfo(info).dump()
        sha256 = algos.DigestAlgorithm({"algorithm": "sha256"})
        signed_attrs = cms.CMSAttributes(
            [
                _attribute("content_type", cms.ContentType("tst_info")),
                _attribute("message_digest", core.OctetString(hashlib.sha256(tst_info).digest())),
                cms.CMSAttribute.load(self._signing_certificate_der),
            ]
        )
        signature = self.signer.key.sign(signed_attrs.dump(), ec.ECDSA(hashes.SHA256()))
        signer_info = cms.SignerInfo(
            {
                "version": "v1",
                "sid": cms.SignerIdentifier.load(self._sid_der),
                "digest_algorithm": sha256,
                "signed_attrs": signed_attrs,
                "signature_algorithm": algos.SignedDigestAlgorithm({"algorithm": "sha256_ecdsa"}),
                "signature": signature,
            }
        )
        signed_data: dict[str, Any] = {
            "version": "v3",
            "digest_algorithms": [sha256],
            "encap_content_info": {
                "content_type": "tst_info",
                "content": cms.ParsableOctetString(tst_info),
            },
            "signer_infos": [signer_info],
        }
        if query.cert_req:
            signed_data["certificates"] = [asn1_x509.Certificate.load(self._cert_der)]
        return cms.ContentInfo(
            {"content_type": "signed_data", "content": cms.SignedData(signed_data)}
        )


def _attribute(kind: str, value: Any) -> cms.CMSAttribute:
    return cms.CMSAttribute({"type": kind, "values": [value]})


def parse_query(query_der: bytes) -> _Query:
    """The parts of a DER ``TimeStampReq`` the authority uses; :class:`Refusal` with
    the RFC's failure for anything it does not accept (module docstring)."""
    if len(query_der) > MAX_QUERY_BYTES:
        raise Refusal(
            "bad_data_format",
            f"La solicitud mide {len(query_der)} bytes; el máximo es {MAX_QUERY_BYTES}.",
        )
    # untrusted bytes: asn1crypto parses lazily and may fail anywhere inside with any
    # of several exception types; .native below forces every field to be parsed
    try:
        request = tsp.TimeStampReq.load(query_der, strict=True)
        native = request.native
        imprint = request["message_imprint"]
        algorithm = imprint["hash_algorithm"]["algorithm"].native
        digest = imprint["hashed_message"].native
        version = request["version"].native
        nonce = native["nonce"]
        policy = native["req_policy"]
        extensions = native["extensions"]
        cert_req = bool(native["cert_req"])
    except Exception:  # any parse failure is the client's malformed query
        raise Refusal(
            "bad_data_format",
            "La solicitud no es un TimeStampReq (RFC 3161) en DER válido.",
        ) from None
    if version not in ("v1", 1):
        raise Refusal("bad_data_format", "Solo se acepta la versión 1 de TimeStampReq.")
    if algorithm not in ACCEPTED_HASHES:
        raise Refusal(
            "bad_alg",
            f"El algoritmo de resumen {algorithm} no se acepta; use SHA-256, SHA-384 o SHA-512.",
        )
    if not isinstance(digest, bytes) or len(digest) != ACCEPTED_HASHES[algorithm]:
        raise Refusal(
            "bad_data_format",
            f"El resumen no mide lo que un {algorithm.upper()} mide "
            f"({ACCEPTED_HASHES[algorithm]} bytes).",
        )
    if policy is not None and policy != POLICY_OID:
        raise Refusal(
            "unaccepted_policy",
            f"Esta autoridad sella solo con su política {POLICY_OID}, no con {policy}.",
        )
    if extensions:
        raise Refusal(
            "unaccepted_extensions", "Esta autoridad no acepta extensiones en la solicitud."
        )
    return _Query(imprint, algorithm, digest, nonce, cert_req)


def in_process_timestamper(authority: TimeStampAuthority, *, requester: str | None = None) -> Any:
    """A pyHanko ``TimeStamper`` answered by ``authority`` without HTTP: what the
    server uses to add a document time-stamp (PAdES) to a report it received."""
    from pyhanko.sign.timestamps.api import TimeStamper
    from pyhanko.sign.timestamps.common_utils import TimestampRequestError

    class InProcessTimeStamper(TimeStamper):
        async def async_request_tsa_response(self, req: tsp.TimeStampReq) -> tsp.TimeStampResp:
            answer = authority.respond(req.dump(), requester=requester)
            # asn1crypto's TimeStampResp cannot read a rejection (no token): say it here
            status = _Rejection.load(answer, strict=False)["status"]
            if status["status"].native != "granted":
                raise TimestampRequestError(
                    "La autoridad de sellos de tiempo rechazó la solicitud: "
                    + "; ".join(status["status_string"].native or [])
                )
            return tsp.TimeStampResp.load(answer)

    return InProcessTimeStamper()


class RequestRate:
    """At most ``per_minute`` requests per client key in any 60 s (a sliding window, in
    this process: each instance behind a load balancer counts its own). Thread-safe."""

    def __init__(self, per_minute: int, *, max_clients: int = 10_000):
        import threading

        self.per_minute = per_minute
        self.max_clients = max_clients
        self._seen: dict[str, list[float]] = {}
        self._lock = threading.Lock()

    def check(self, key: str, now: float | None = None) -> None:
        """Count a request of ``key``, or refuse it (``rate_limited``, Retry-After)."""
        import time

        moment = time.monotonic() if now is None else now
        since = moment - 60.0
        with self._lock:
            if len(self._seen) >= self.max_clients:  # forget whoever is quiet
                for k in [k for k, v in self._seen.items() if not v or v[-1] <= since]:
                    del self._seen[k]
            times = [t for t in self._seen.get(key, ()) if t > since]
            if len(times) >= self.per_minute:
                self._seen[key] = times
                retry = max(1, int(times[0] + 60.0 - moment) + 1)
                raise ApiError(
                    "rate_limited",
                    f"Demasiadas solicitudes de sellos de tiempo desde esta dirección. Espere "
                    f"{retry} segundos e intente de nuevo.",
                    headers={"Retry-After": str(retry)},
                    retry_after=retry,
                )
            times.append(moment)
            self._seen[key] = times
