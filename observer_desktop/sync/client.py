"""HTTP client of protocol v1 (``docs/protocol.md``): one method per endpoint.

No retries here — :mod:`observer_desktop.sync.engine` decides what to try again.
Every failure becomes a :class:`~observer_desktop.sync.errors.SyncError` with a
Spanish message. A stalled transfer (no byte moving for ``stall_timeout``
seconds, 30 by default) is a network error. Responses are read with a size
limit: a hostile or broken server cannot fill the memory.
"""

from __future__ import annotations

import base64
import datetime as _dt
import functools
import hashlib
import ipaddress
import json
import ssl
import threading
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any
from urllib.parse import quote, urlsplit

from observer_desktop import __version__
from observer_desktop.core.errors import InputError
from observer_desktop.core.text import fingerprint_text

if TYPE_CHECKING:  # httpx is imported when a client is made: the window starts sooner
    import httpx

from observer_desktop.sync.errors import (
    SyncError,
    describe_http_error,
    network_error,
    stall_error,
    tls_error,
)
from observer_desktop.sync.errors import (
    bad_response as _bad_response,
)
from observer_desktop.sync.participation import ParticipationEndpoints

__all__ = [
    "PROTOCOL_VERSION",
    "BlobState",
    "ClientStats",
    "Meta",
    "ProtocolClient",
    "check_server_url",
    "format_fingerprint",
    "probe_authority",
    "trust_context",
]

PROTOCOL_VERSION = 1
API = "/api/v1"
MAX_JSON_BYTES = 16 * 1024 * 1024
MAX_FORM_BYTES = 4 * 1024 * 1024
MAX_CRL_BYTES = 8 * 1024 * 1024
MAX_TSA_BYTES = 64 * 1024
MAX_RECORD_BYTES = 1024 * 1024 * 1024  # a copy of record when its report's size is unknown
_LOOPBACK_NAMES = {"localhost"}


def _is_loopback(host: str) -> bool:
    if host.lower() in _LOOPBACK_NAMES:
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def check_server_url(text: str) -> str:
    """The normalized address of an OIC server, or :class:`InputError` saying what is wrong.

    HTTPS is required; plain HTTP only to this computer (localhost, 127.0.0.1,
    ::1). Without ``scheme://`` the address is taken as HTTPS, as a browser does.
    """
    raw = (text or "").strip()
    if not raw:
        raise InputError(
            "Falta la dirección del servidor del OIC (por ejemplo https://oic.chihuahua.gob.mx)."
        )
    candidate = raw if "://" in raw else "https://" + raw
    bad = InputError(
        f"La dirección del servidor {raw!r} no es válida. Escríbala como https://oic.ejemplo.mx"
    )
    try:
        parts = urlsplit(candidate)
        port = parts.port
    except ValueError:
        raise bad from None
    host = parts.hostname or ""
    scheme = parts.scheme.lower()
    if scheme not in ("https", "http") or not host or any(c.isspace() for c in candidate):
        raise bad
    if parts.username or parts.password:
        raise InputError(
            "No escriba usuario ni contraseña en la dirección del servidor; Observador los "
            "pide al iniciar sesión."
        )
    if parts.query or parts.fragment:
        raise bad
    if scheme == "http" and not _is_loopback(host):
        raise InputError(
            f"El servidor del OIC debe usar una conexión segura: la dirección tiene que empezar "
            f"con https:// (http:// solo se permite para un servidor de prueba en esta misma "
            f"computadora). Se recibió {raw!r}."
        )
    netloc = host if ":" not in host else f"[{host}]"
    if port is not None:
        netloc += f":{port}"
    return f"{scheme}://{netloc.lower()}{parts.path.rstrip('/')}"


@functools.lru_cache(maxsize=4)
def trust_context(ca_pem: str | None = None) -> ssl.SSLContext:
    """What TLS connections trust: the public authorities (certifi's, as httpx) plus,
    when given, the OIC CA pinned at the first login (a server certificate issued
    by it, ``oic-server init --hostname``). Built once per CA (loading the bundle
    costs tens of milliseconds; a sync opens several clients); never modified."""
    import certifi

    context = ssl.create_default_context(cafile=certifi.where())
    if ca_pem:
        context.load_verify_locations(cadata=ca_pem)
    return context


def probe_authority(
    server_url: str, *, connect_timeout: float = 15.0, transport: Any = None
) -> Meta | None:
    """First contact with a server whose certificate no public authority signed: read
    its /meta without checking the certificate, then check the certificate *is*
    issued by the CA that /meta names (for this address). The CA still has to be
    confirmed by the observer (its fingerprint, from the OIC); None when the server
    does not hold a certificate of its own CA. Sends nothing but two GET /meta."""
    unchecked = ssl.create_default_context()
    unchecked.check_hostname = False
    unchecked.verify_mode = ssl.CERT_NONE
    try:
        with ProtocolClient(
            server_url, connect_timeout=connect_timeout, transport=transport, verify=unchecked
        ) as client:
            claimed = client.meta()
        with ProtocolClient(
            server_url,
            connect_timeout=connect_timeout,
            transport=transport,
            verify=trust_context(claimed.ca_pem),
        ) as client:
            confirmed = client.meta()
    except (SyncError, ValueError, ssl.SSLError):
        return None
    return confirmed if confirmed.ca_fingerprint == claimed.ca_fingerprint else None


def format_fingerprint(hex_digest: str) -> str:
    """``AB:CD:…`` in groups, easy to read aloud over the phone to the OIC."""
    return fingerprint_text(hex_digest)


@dataclass(frozen=True)
class Meta:
    protocol_min: int
    protocol_max: int
    server_time: _dt.datetime | None
    limits: dict[str, int]
    ca_fingerprint: str
    ca_pem: str
    receipt_key_fingerprint: str
    receipt_key_pem: str
    raw: dict[str, Any] = field(repr=False, compare=False, default_factory=dict)

    @property
    def chunk_bytes(self) -> int:
        return int(self.limits.get("chunk_bytes") or 4 * 1024 * 1024)

    def clock_skew(self, now: _dt.datetime | None = None) -> float | None:
        """Seconds the server's clock is ahead of ours (negative: behind)."""
        if self.server_time is None:
            return None
        now = now or _dt.datetime.now(_dt.UTC)
        return (self.server_time - now).total_seconds()


@dataclass(frozen=True)
class BlobState:
    offset: int
    length: int | None
    complete: bool


@dataclass
class ClientStats:
    requests: int = 0
    body_bytes_sent: int = 0  # request bodies handed to the transport (PATCH chunks included)
    chunk_bytes_sent: int = 0  # PATCH bodies only: the payload, counted every time it is sent


def _parse_time(text: Any) -> _dt.datetime | None:
    if not isinstance(text, str):
        return None
    try:
        value = _dt.datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        return None
    return value if value.tzinfo else value.replace(tzinfo=_dt.UTC)


@dataclass(frozen=True)
class _Reply:
    status_code: int
    headers: httpx.Headers
    content: bytes


def _retry_after(response: _Reply) -> float | None:
    value = response.headers.get("Retry-After")
    if not value:
        return None
    try:
        return max(0.0, float(value))
    except ValueError:
        return None


def _is_tls(exc: BaseException) -> bool:
    seen = 0
    while exc is not None and seen < 10:
        if isinstance(exc, ssl.SSLError):
            return True
        exc = exc.__cause__ or exc.__context__  # type: ignore[assignment]
        seen += 1
    return False


class ProtocolClient(ParticipationEndpoints):
    """One server, one optional token. Requests may be made from several threads at
    once (the uploads in flight): httpx's client is shared, each on its own
    connection, and :attr:`stats` is counted under a lock."""

    def __init__(
        self,
        server_url: str,
        *,
        token: str | None = None,
        stall_timeout: float = 30.0,
        connect_timeout: float = 15.0,
        transport: httpx.BaseTransport | None = None,
        verify: bool | str | ssl.SSLContext = True,
    ):
        self.server_url = check_server_url(server_url)
        self.token = token
        self.stall_timeout = stall_timeout
        self.stats = ClientStats()
        self._stats_lock = threading.Lock()
        import httpx  # here, not at the top: the window imports this module at start

        if verify is True and self.server_url.startswith("http://"):
            # plain HTTP to this computer never uses TLS (redirects are not followed):
            # the cached default context spares building one per client (~20 ms)
            verify = trust_context()
        self._http = httpx.Client(
            base_url=self.server_url + API,
            timeout=httpx.Timeout(
                connect=connect_timeout, read=stall_timeout, write=stall_timeout, pool=stall_timeout
            ),
            transport=transport,
            verify=verify,
            follow_redirects=False,
            headers={"User-Agent": f"Observador/{__version__} (protocolo {PROTOCOL_VERSION})"},
        )

    def close(self) -> None:
        self._http.close()

    def _count(self, **deltas: int) -> None:
        with self._stats_lock:
            for name, delta in deltas.items():
                setattr(self.stats, name, getattr(self.stats, name) + delta)

    def __enter__(self) -> ProtocolClient:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # ------------------------------------------------------------ plumbing

    def _request(
        self,
        method: str,
        path: str,
        *,
        json_body: Any = None,
        content: bytes | None = None,
        headers: dict[str, str] | None = None,
        expect: tuple[int, ...] = (200,),
        what: str = "",
        limit: int = MAX_JSON_BYTES,
        auth: bool = True,
    ) -> _Reply:
        hdrs = dict(headers or {})
        if auth and self.token:
            hdrs["Authorization"] = f"Bearer {self.token}"
        body = content
        if json_body is not None:
            body = json.dumps(json_body, ensure_ascii=False, separators=(",", ":")).encode()
            hdrs["Content-Type"] = "application/json"
        self._count(requests=1)
        reply = self._exchange(method, path, body, hdrs, limit)
        if reply.status_code in expect:
            return reply
        raise self._refusal(reply, what)

    def _exchange(
        self, method: str, path: str, body: bytes | None, headers: dict[str, str], limit: int
    ) -> _Reply:
        """Send, and read the answer up to ``limit`` bytes; a transport failure becomes
        the network, stall or TLS error it means for the observer."""
        import httpx

        try:
            request = self._http.build_request(method, path, content=body, headers=headers)
            if body:
                self._count(body_bytes_sent=len(body))
            response = self._http.send(request, stream=True)
            try:
                data = self._read_limited(response, limit)
            finally:
                response.close()
            return _Reply(response.status_code, response.headers, data)
        except (httpx.ReadTimeout, httpx.WriteTimeout, httpx.PoolTimeout):
            raise stall_error(self.stall_timeout) from None
        except httpx.ConnectTimeout:
            raise network_error("el servidor no contesta") from None
        except httpx.ConnectError as exc:
            if _is_tls(exc):
                raise tls_error(self.server_url, "certificado TLS no válido") from None
            raise network_error("no se pudo conectar") from None
        except (httpx.RemoteProtocolError, httpx.ReadError, httpx.WriteError) as exc:
            if _is_tls(exc):
                raise tls_error(self.server_url, "la conexión segura falló") from None
            raise network_error("la conexión se cortó") from None
        except httpx.TransportError as exc:
            raise network_error(type(exc).__name__) from None

    def _read_limited(self, response: httpx.Response, limit: int) -> bytes:
        data = bytearray()
        for piece in response.iter_bytes():
            data += piece
            if len(data) > limit:
                raise _bad_response(self.server_url, "respuesta demasiado grande")
        return bytes(data)

    def _refusal(self, reply: _Reply, what: str) -> SyncError:
        """What an answer other than the expected one means: a redirect, or an HTTP error."""
        if 300 <= reply.status_code < 400:
            where = reply.headers.get("Location", "")
            return SyncError(
                f"El servidor respondió con una redirección a {where or 'otra dirección'}. "
                "Escriba la dirección correcta del servidor del OIC al iniciar sesión.",
                code="redirect",
                status=reply.status_code,
            )
        try:
            body_json = json.loads(reply.content) if reply.content else None
        except ValueError:
            body_json = None
        return describe_http_error(
            reply.status_code, body_json, retry_after=_retry_after(reply), what=what
        )

    def _json(self, response: _Reply) -> dict[str, Any]:
        try:
            value = json.loads(response.content)
        except ValueError:
            raise _bad_response(self.server_url, "no es JSON") from None
        if not isinstance(value, dict):
            raise _bad_response(self.server_url, "JSON inesperado")
        return value

    # ------------------------------------------------------------ endpoints

    def meta(self) -> Meta:
        body = self._json(self._request("GET", "/meta", auth=False))
        try:
            protocol = body["protocol"]
            ca, rk = body["ca"], body["receipt_key"]
            limits = {k: int(v) for k, v in dict(body.get("limits") or {}).items()}
            meta = Meta(
                protocol_min=int(protocol["min"]),
                protocol_max=int(protocol["max"]),
                server_time=_parse_time(body.get("server_time")),
                limits=limits,
                ca_fingerprint=str(ca["fingerprint_sha256"]).lower(),
                ca_pem=str(ca["certificate"]),
                receipt_key_fingerprint=str(rk["fingerprint_sha256"]).lower(),
                receipt_key_pem=str(rk["public_key"]),
                raw=body,
            )
        except (KeyError, TypeError, ValueError):
            raise _bad_response(self.server_url, "faltan datos en /meta") from None
        _check_meta_fingerprints(meta, self.server_url)
        if not (meta.protocol_min <= PROTOCOL_VERSION <= meta.protocol_max):
            raise SyncError(
                f"El servidor del OIC usa la versión {meta.protocol_min}–{meta.protocol_max} "
                f"del protocolo de envío y esta versión de Observador usa la {PROTOCOL_VERSION}. "
                "Actualice Observador (o avise al OIC).",
                code="protocol_version",
            )
        if meta.chunk_bytes <= 0:
            raise _bad_response(self.server_url, "tamaño de bloque no válido")
        return meta

    def login(self, code: str, password: str, device: str) -> dict[str, Any]:
        body = self._json(
            self._request(
                "POST",
                "/auth/login",
                json_body={"code": code, "password": password, "device": device},
                what="login",
                auth=False,
            )
        )
        return self._with_token(body, "el inicio de sesión")

    def change_password(
        self, code: str, password: str, new_password: str, device: str
    ) -> dict[str, Any]:
        """The observer's own password in place of ``password`` (the OIC's one-time one,
        or their previous one); answers like :meth:`login`, with a token."""
        body = self._json(
            self._request(
                "POST",
                "/auth/password",
                json_body={
                    "code": code,
                    "password": password,
                    "new_password": new_password,
                    "device": device,
                },
                what="login",
                auth=False,
            )
        )
        return self._with_token(body, "el cambio de contraseña")

    def _with_token(self, body: dict[str, Any], what: str) -> dict[str, Any]:
        token = body.get("token")
        if not isinstance(token, str) or not token:
            raise _bad_response(self.server_url, f"{what} no devolvió un token")
        return body

    def logout(self) -> None:
        self._request("POST", "/auth/logout", expect=(200, 204))

    def enroll(self, csr_pem: str) -> dict[str, Any]:
        body = self._json(self._request("POST", "/enroll", json_body={"csr": csr_pem}))
        if not isinstance(body.get("certificate"), str) or not isinstance(body.get("chain"), list):
            raise _bad_response(self.server_url, "la inscripción no devolvió un certificado")
        return body

    def forms(self) -> list[dict[str, Any]]:
        body = self._json(self._request("GET", "/forms"))
        forms = body.get("forms")
        if not isinstance(forms, list):
            raise _bad_response(self.server_url, "lista de formularios no válida")
        return [f for f in forms if isinstance(f, dict)]

    def form(self, form_id: str, version: int) -> bytes:
        response = self._request(
            "GET", f"/forms/{quote(form_id, safe='')}/{int(version)}", limit=MAX_FORM_BYTES
        )
        return response.content

    def put_submission(self, submission_id: str, manifest: dict[str, Any]) -> dict[str, Any]:
        body = self._json(
            self._request(
                "PUT",
                f"/submissions/{quote(submission_id, safe='')}",
                json_body=manifest,
                expect=(200, 201),
            )
        )
        if body.get("state") not in ("open", "committed") or not isinstance(
            body.get("missing", []), list
        ):
            raise _bad_response(self.server_url, "respuesta de envío no válida")
        return body

    def head_blob(self, sha256: str) -> BlobState:
        response = self._request("HEAD", f"/blobs/{sha256}", expect=(200, 204))
        try:
            offset = int(response.headers.get("Upload-Offset", "0"))
            length_text = response.headers.get("Upload-Length")
            length = int(length_text) if length_text is not None else None
        except ValueError:
            raise _bad_response(self.server_url, "cabeceras de archivo no válidas") from None
        complete = response.headers.get("Blob-Complete", "false").strip().lower() == "true"
        return BlobState(offset=offset, length=length, complete=complete)

    def patch_blob(self, sha256: str, offset: int, data: bytes) -> tuple[int, bool]:
        """Append ``data`` at ``offset``; returns (server offset now, blob complete)."""
        self._count(chunk_bytes_sent=len(data))
        response = self._request(
            "PATCH",
            f"/blobs/{sha256}",
            content=data,
            headers={
                "Upload-Offset": str(offset),
                "Content-Type": "application/offset+octet-stream",
            },
            expect=(200, 204),
        )
        try:
            new_offset = int(response.headers.get("Upload-Offset", str(offset + len(data))))
        except ValueError:
            new_offset = offset + len(data)
        complete = response.headers.get("Blob-Complete", "").strip().lower() == "true"
        return new_offset, complete

    def commit(self, submission_id: str) -> dict[str, Any]:
        return self._json(
            self._request("POST", f"/submissions/{quote(submission_id, safe='')}/commit")
        )

    def submissions(self) -> list[dict[str, Any]]:
        body = self._json(self._request("GET", "/submissions"))
        items = body.get("submissions")
        return [s for s in items if isinstance(s, dict)] if isinstance(items, list) else []

    def crl(self) -> bytes:
        """The OIC CA's certificate revocation list (DER); checked by the caller."""
        return self._request("GET", "/crl", auth=False, limit=MAX_CRL_BYTES).content

    def timestamp(self, query_der: bytes) -> bytes:
        """An RFC 3161 answer (DER ``TimeStampResp``) of the OIC's time-stamping authority
        to ``query_der`` (a ``TimeStampReq``); the caller reads and checks it."""
        reply = self._request(
            "POST",
            "/tsa",
            content=query_der,
            headers={"Content-Type": "application/timestamp-query"},
            limit=MAX_TSA_BYTES,
            what="sello de tiempo",
        )
        if reply.headers.get("Content-Type", "").split(";")[0].strip() != (
            "application/timestamp-reply"
        ):
            raise _bad_response(self.server_url, "respuesta de sellos de tiempo no válida")
        return reply.content

    def record(self, submission_id: str, *, limit: int = MAX_RECORD_BYTES) -> bytes:
        """The OIC's copy of record of a committed submission's report (a PDF); the caller
        checks its SHA-256 against the receipt's."""
        reply = self._request(
            "GET", f"/submissions/{quote(submission_id, safe='')}/record", limit=limit
        )
        return reply.content

    def reviews(self, since: int | str = 0) -> dict[str, Any]:
        body = self._json(self._request("GET", f"/reviews?since={quote(str(since), safe='')}"))
        if not isinstance(body.get("reviews", []), list):
            raise _bad_response(self.server_url, "lista de revisiones no válida")
        return body


def _check_meta_fingerprints(meta: Meta, url: str) -> None:
    """The fingerprints /meta claims must be those of the PEMs it sent."""
    from cryptography import x509
    from cryptography.hazmat.primitives import serialization

    try:
        cert = x509.load_pem_x509_certificate(meta.ca_pem.encode())
        key = serialization.load_pem_public_key(meta.receipt_key_pem.encode())
    except ValueError:
        raise _bad_response(url, "certificado o llave de /meta ilegibles") from None
    ca_fp = hashlib.sha256(cert.public_bytes(serialization.Encoding.DER)).hexdigest()
    key_fp = hashlib.sha256(
        key.public_bytes(
            serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo
        )
    ).hexdigest()
    if ca_fp != meta.ca_fingerprint or key_fp != meta.receipt_key_fingerprint:
        raise _bad_response(url, "las huellas de /meta no corresponden a sus certificados")


def b64decode_strict(text: str) -> bytes:
    try:
        return base64.b64decode(text.encode("ascii"), validate=True)
    except (ValueError, UnicodeEncodeError):
        raise ValueError("not base64") from None
