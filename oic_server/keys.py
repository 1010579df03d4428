"""The OIC certificate authority, the receipt-signing key, the document-signing key,
and what they sign.

All are ECDSA P-256 keys kept as PKCS#8 PEM files (mode 0600) in
``<data>/keys/``; with ``OIC_SERVER_KEY_PASSPHRASE`` set at ``init`` they are
encrypted with it and every later start needs it. The CA issues each
observer's signing certificate (key usages for a PDF signature); the receipt
key signs the canonical JSON of every receipt (docs/protocol.md). The
document-signing key signs the OIC's own PDFs (constancias de participación);
its certificate, issued by the CA, sits after the key in the same file
(``document-signing.pem``), written in one step so a key and a certificate that
do not belong together are never on disk. It is made at ``init`` and, for a
server initialised before it existed, at the next start. The time-stamping
authority's key (:mod:`oic_server.tsa`) is kept the same way in ``tsa.pem``: its
certificate from the CA carries the timeStamping extended key usage, critical
(RFC 3161 §2.3), and it is made at ``init`` or at the first start without it.
"""

from __future__ import annotations

import base64
import datetime as _dt
import hashlib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from cryptography import x509
from cryptography.exceptions import InvalidSignature, UnsupportedAlgorithm
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID

from observer_desktop.core.canonical import canonical_json
from observer_desktop.core.files import atomic_write
from oic_server.errors import ApiError

__all__ = [
    "CA_COMMON_NAME",
    "DOCUMENT_COMMON_NAME",
    "OBSERVER_ORG",
    "TSA_COMMON_NAME",
    "DocumentSigner",
    "IssuedKey",
    "ServerKeys",
    "certificate_fingerprint",
    "parse_csr",
    "public_key_fingerprint",
    "verify_receipt",
]

CA_COMMON_NAME = "OIC Chihuahua — Programa Observador Ciudadano"
CA_ORG = "Órgano Interno de Control del Municipio de Chihuahua"
OBSERVER_ORG = "Programa Observador Ciudadano"
CERT_DAYS = 2 * 365
CA_DAYS = 20 * 365
# a constancia must still verify years after it was issued: the certificate lasts long and
# is renewed (a new key) at a start when it nears its end; old constancias keep verifying
# against the CA, which signed both certificates
DOCUMENT_DAYS = 10 * 365
DOCUMENT_RENEW_DAYS = 60
DOCUMENT_COMMON_NAME = "OIC Chihuahua — Constancias de participación"
# A time-stamp token verifies while its TSA certificate is valid; archive time-stamps
# (PAdES B-LTA) carry it further. The key is replaced at a start when fewer than
# TSA_RENEW_DAYS remain, so every token has years in which to be archived.
TSA_DAYS = 10 * 365
TSA_RENEW_DAYS = 3 * 365
TSA_COMMON_NAME = "OIC Chihuahua — Sellos de tiempo"
MAX_CSR_CHARS = 16 * 1024


def certificate_fingerprint(cert: x509.Certificate) -> str:
    return hashlib.sha256(cert.public_bytes(serialization.Encoding.DER)).hexdigest()


def public_key_fingerprint(key: ec.EllipticCurvePublicKey) -> str:
    der = key.public_bytes(
        serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo
    )
    return hashlib.sha256(der).hexdigest()


def key_usage(**allowed: bool) -> x509.KeyUsage:
    """A KeyUsage with only the ``allowed`` uses set (e.g. ``digital_signature=True``)."""
    uses = dict.fromkeys(
        (
            "digital_signature",
            "content_commitment",
            "key_encipherment",
            "data_encipherment",
            "key_agreement",
            "key_cert_sign",
            "crl_sign",
            "encipher_only",
            "decipher_only",
        ),
        False,
    )
    unknown = set(allowed) - set(uses)
    if unknown:
        raise ValueError(f"unknown key usages: {sorted(unknown)}")
    return x509.KeyUsage(**{**uses, **allowed})


def _pem(cert: x509.Certificate) -> str:
    return cert.public_bytes(serialization.Encoding.PEM).decode("ascii")


@dataclass(frozen=True)
class KeyPaths:
    folder: Path

    @property
    def ca_key(self) -> Path:
        return self.folder / "ca-key.pem"

    @property
    def ca_cert(self) -> Path:
        return self.folder / "ca-cert.pem"

    @property
    def receipt_key(self) -> Path:
        return self.folder / "receipt-key.pem"

    @property
    def document(self) -> Path:
        """The document-signing key, then its certificate (one file, one atomic write)."""
        return self.folder / "document-signing.pem"

    @property
    def tsa(self) -> Path:
        """The time-stamping authority's key, then its certificate (as ``document``)."""
        return self.folder / "tsa.pem"


@dataclass(frozen=True)
class IssuedKey:
    """One of the OIC's own keys (document signing, time-stamping) and its certificate
    from the OIC CA."""

    key: ec.EllipticCurvePrivateKey
    cert: x509.Certificate

    @property
    def fingerprint(self) -> str:
        return certificate_fingerprint(self.cert)


DocumentSigner = IssuedKey  # the constancias' name for it


class ServerKeys:
    def __init__(
        self,
        ca_key: ec.EllipticCurvePrivateKey,
        ca_cert: x509.Certificate,
        receipt_key: ec.EllipticCurvePrivateKey,
        document: DocumentSigner | None = None,
        tsa: IssuedKey | None = None,
    ):
        self.ca_key = ca_key
        self.ca_cert = ca_cert
        self.receipt_key = receipt_key
        self.document = document
        self.tsa = tsa
        self.ca_fingerprint = certificate_fingerprint(ca_cert)
        self.ca_pem = _pem(ca_cert)
        self.receipt_fingerprint = public_key_fingerprint(receipt_key.public_key())
        self.receipt_public_pem = (
            receipt_key.public_key()
            .public_bytes(
                serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
            )
            .decode("ascii")
        )

    # --------------------------------------------------------------- files

    @staticmethod
    def exist(folder: Path) -> bool:
        paths = KeyPaths(folder)
        return paths.ca_key.is_file() and paths.ca_cert.is_file() and paths.receipt_key.is_file()

    @classmethod
    def create(cls, folder: Path, *, passphrase: bytes | None) -> ServerKeys:
        """New CA and receipt key, written atomically; existing files are never replaced."""
        paths = KeyPaths(folder)
        if any(p.exists() for p in (paths.ca_key, paths.ca_cert, paths.receipt_key)):
            raise ApiError(
                "conflict",
                f"La carpeta {folder} ya tiene llaves del servidor; no se reemplazan.",
            )
        ca_key = ec.generate_private_key(ec.SECP256R1())
        name = x509.Name(
            [
                x509.NameAttribute(NameOID.COUNTRY_NAME, "MX"),
                x509.NameAttribute(NameOID.ORGANIZATION_NAME, CA_ORG),
                x509.NameAttribute(NameOID.COMMON_NAME, CA_COMMON_NAME),
            ]
        )
        now = _dt.datetime.now(_dt.UTC)
        ca_cert = (
            x509.CertificateBuilder()
            .subject_name(name)
            .issuer_name(name)
            .public_key(ca_key.public_key())
            .serial_number(x509.random_serial_number())
            .not_valid_before(now - _dt.timedelta(minutes=5))
            .not_valid_after(now + _dt.timedelta(days=CA_DAYS))
            .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
            .add_extension(key_usage(key_cert_sign=True, crl_sign=True), critical=True)
            .add_extension(
                x509.SubjectKeyIdentifier.from_public_key(ca_key.public_key()), critical=False
            )
            .sign(ca_key, hashes.SHA256())
        )
        receipt_key = ec.generate_private_key(ec.SECP256R1())
        folder.mkdir(parents=True, exist_ok=True)
        folder.chmod(0o700)
        atomic_write(paths.ca_key, _private_pem(ca_key, passphrase), mode=0o600)
        atomic_write(paths.receipt_key, _private_pem(receipt_key, passphrase), mode=0o600)
        atomic_write(paths.ca_cert, ca_cert.public_bytes(serialization.Encoding.PEM), mode=0o644)
        keys = cls(ca_key, ca_cert, receipt_key)
        keys.ensure_document_signer(folder, passphrase=passphrase)
        keys.ensure_tsa_signer(folder, passphrase=passphrase)
        return keys

    @classmethod
    def load(cls, folder: Path, *, passphrase: bytes | None) -> ServerKeys:
        paths = KeyPaths(folder)
        if not cls.exist(folder):
            raise ApiError(
                "unavailable",
                f"Faltan las llaves del servidor en {folder}. Ejecute «oic-server init» o copie "
                "la carpeta keys/ de la instalación original.",
            )
        try:
            ca_cert = x509.load_pem_x509_certificate(paths.ca_cert.read_bytes())
        except ValueError:
            raise ApiError(
                "unavailable", f"El certificado de la autoridad {paths.ca_cert} está dañado."
            ) from None
        ca_key = _load_private(paths.ca_key, passphrase)
        receipt_key = _load_private(paths.receipt_key, passphrase)
        if public_key_fingerprint(ca_key.public_key()) != public_key_fingerprint(
            ca_cert.public_key()  # type: ignore[arg-type]
        ):
            raise ApiError(
                "unavailable",
                f"La llave {paths.ca_key} no corresponde al certificado {paths.ca_cert}.",
            )
        keys = cls(ca_key, ca_cert, receipt_key)
        keys.ensure_document_signer(folder, passphrase=passphrase)
        keys.ensure_tsa_signer(folder, passphrase=passphrase)
        return keys

    # --------------------------------------------------------------- document signing

    def ensure_document_signer(self, folder: Path, *, passphrase: bytes | None) -> bool:
        """Load the document-signing key and certificate, or make them (missing, not
        issued by this CA, not matching, or near their end). True when made now."""
        self.document, made = self._ensure_issued_key(
            KeyPaths(folder).document,
            passphrase,
            common_name=DOCUMENT_COMMON_NAME,
            days=DOCUMENT_DAYS,
            renew_days=DOCUMENT_RENEW_DAYS,
            what="de firma de documentos",
        )
        return made

    def ensure_tsa_signer(self, folder: Path, *, passphrase: bytes | None) -> bool:
        """Load the time-stamping authority's key and certificate, or make them (missing,
        not issued by this CA, not matching, or fewer than ``TSA_RENEW_DAYS`` left). True
        when made now. Tokens signed by a replaced key keep verifying: the CA issued both
        certificates."""
        self.tsa, made = self._ensure_issued_key(
            KeyPaths(folder).tsa,
            passphrase,
            common_name=TSA_COMMON_NAME,
            days=TSA_DAYS,
            renew_days=TSA_RENEW_DAYS,
            what="de sellos de tiempo",
            time_stamping=True,
        )
        return made

    def _ensure_issued_key(
        self,
        path: Path,
        passphrase: bytes | None,
        *,
        common_name: str,
        days: int,
        renew_days: int,
        what: str,
        time_stamping: bool = False,
    ) -> tuple[IssuedKey, bool]:
        if path.is_file():
            found = _read_issued_key(path, passphrase)
            if found is not None and self._issued_key_usable(found, renew_days):
                return found, False
        key = ec.generate_private_key(ec.SECP256R1())
        cert = self._issue_own_cert(
            key, common_name=common_name, days=days, time_stamping=time_stamping
        )
        try:
            atomic_write(
                path,
                _private_pem(key, passphrase) + cert.public_bytes(serialization.Encoding.PEM),
                mode=0o600,
            )
        except OSError as exc:
            raise ApiError(
                "unavailable", f"No se pudo escribir la llave {what} {path}: {exc.strerror}."
            ) from None
        return IssuedKey(key, cert), True

    def _issued_key_usable(self, found: IssuedKey, renew_days: int) -> bool:
        left = found.cert.not_valid_after_utc - _dt.datetime.now(_dt.UTC)
        return (
            self.issued_by_ca(found.cert)
            and public_key_fingerprint(found.key.public_key())
            == public_key_fingerprint(found.cert.public_key())  # type: ignore[arg-type]
            and left > _dt.timedelta(days=renew_days)
        )

    def _issue_own_cert(
        self,
        key: ec.EllipticCurvePrivateKey,
        *,
        common_name: str,
        days: int,
        time_stamping: bool = False,
    ) -> x509.Certificate:
        """A certificate of the OIC's own for ``key``: constancias (digital signature and
        non-repudiation) or, with ``time_stamping``, the TSA (RFC 3161 §2.3: the
        timeStamping extended key usage alone, critical). Never past the CA's end."""
        subject = x509.Name(
            [
                x509.NameAttribute(NameOID.COUNTRY_NAME, "MX"),
                x509.NameAttribute(NameOID.ORGANIZATION_NAME, CA_ORG),
                x509.NameAttribute(NameOID.COMMON_NAME, common_name),
            ]
        )
        now = _dt.datetime.now(_dt.UTC)
        ca_ski = self.ca_cert.extensions.get_extension_for_class(x509.SubjectKeyIdentifier).value
        builder = (
            x509.CertificateBuilder()
            .subject_name(subject)
            .issuer_name(self.ca_cert.subject)
            .public_key(key.public_key())
            .serial_number(x509.random_serial_number())
            .not_valid_before(now - _dt.timedelta(minutes=5))
            .not_valid_after(min(now + _dt.timedelta(days=days), self.ca_cert.not_valid_after_utc))
            .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
            .add_extension(
                key_usage(digital_signature=True, content_commitment=True), critical=True
            )
            .add_extension(
                x509.SubjectKeyIdentifier.from_public_key(key.public_key()), critical=False
            )
            .add_extension(
                x509.AuthorityKeyIdentifier.from_issuer_subject_key_identifier(ca_ski),
                critical=False,
            )
        )
        if time_stamping:
            builder = builder.add_extension(
                x509.ExtendedKeyUsage([ExtendedKeyUsageOID.TIME_STAMPING]), critical=True
            )
        return builder.sign(self.ca_key, hashes.SHA256())

    # --------------------------------------------------------------- issuing

    def issue(
        self, csr: x509.CertificateSigningRequest, *, code: str, name: str
    ) -> x509.Certificate:
        """The observer's signing certificate. The CSR's subject is ignored: ours is written."""
        subject = x509.Name(
            [
                x509.NameAttribute(NameOID.COUNTRY_NAME, "MX"),
                x509.NameAttribute(NameOID.ORGANIZATION_NAME, OBSERVER_ORG),
                x509.NameAttribute(NameOID.SERIAL_NUMBER, code[:64]),
                x509.NameAttribute(NameOID.COMMON_NAME, name[:64]),
            ]
        )
        now = _dt.datetime.now(_dt.UTC)
        public = csr.public_key()
        ca_ski = self.ca_cert.extensions.get_extension_for_class(x509.SubjectKeyIdentifier).value
        return (
            x509.CertificateBuilder()
            .subject_name(subject)
            .issuer_name(self.ca_cert.subject)
            .public_key(public)
            .serial_number(x509.random_serial_number())
            .not_valid_before(now - _dt.timedelta(minutes=5))
            .not_valid_after(now + _dt.timedelta(days=CERT_DAYS))
            .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
            .add_extension(
                key_usage(digital_signature=True, content_commitment=True), critical=True
            )
            .add_extension(x509.SubjectKeyIdentifier.from_public_key(public), critical=False)
            .add_extension(
                x509.AuthorityKeyIdentifier.from_issuer_subject_key_identifier(ca_ski),
                critical=False,
            )
            .sign(self.ca_key, hashes.SHA256())
        )

    def issued_by_ca(self, cert: x509.Certificate) -> bool:
        try:
            cert.verify_directly_issued_by(self.ca_cert)
        except (ValueError, TypeError, InvalidSignature):
            return False
        return True

    # --------------------------------------------------------------- receipts

    def sign_receipt(self, receipt: dict[str, Any]) -> str:
        signature = self.receipt_key.sign(canonical_json(receipt), ec.ECDSA(hashes.SHA256()))
        return base64.b64encode(signature).decode("ascii")


def verify_receipt(public_key_pem: str, receipt: dict[str, Any], signature_b64: str) -> bool:
    """Check a receipt as a client would (base64 DER ECDSA over the canonical JSON)."""
    key = serialization.load_pem_public_key(public_key_pem.encode("ascii"))
    assert isinstance(key, ec.EllipticCurvePublicKey)
    try:
        key.verify(
            base64.b64decode(signature_b64, validate=True),
            canonical_json(receipt),
            ec.ECDSA(hashes.SHA256()),
        )
    except (InvalidSignature, ValueError):
        return False
    return True


def parse_csr(pem: str) -> x509.CertificateSigningRequest:
    """A PKCS#10 request for a P-256 key, signed by that key; else ``bad_request``."""
    if len(pem) > MAX_CSR_CHARS:
        raise ApiError("too_large", "La solicitud de certificado (CSR) es demasiado grande.")
    try:
        csr = x509.load_pem_x509_csr(pem.encode("ascii"))
    except (ValueError, UnicodeEncodeError):
        raise ApiError(
            "bad_request",
            "La solicitud de certificado no es un CSR PKCS#10 en formato PEM válido.",
        ) from None
    try:
        key = csr.public_key()
    except (ValueError, TypeError, UnsupportedAlgorithm):
        key = None
    if not isinstance(key, ec.EllipticCurvePublicKey) or not isinstance(key.curve, ec.SECP256R1):
        raise ApiError(
            "bad_request",
            "La llave de la solicitud debe ser ECDSA P-256 (la llave de firma de Observador).",
        )
    try:
        valid = csr.is_signature_valid
    except (ValueError, TypeError, UnsupportedAlgorithm):
        valid = False
    if not valid:
        raise ApiError(
            "bad_request",
            "La firma de la solicitud de certificado no es válida: no la hizo la llave que "
            "contiene.",
        )
    return csr


def _private_pem(key: ec.EllipticCurvePrivateKey, passphrase: bytes | None) -> bytes:
    encryption: serialization.KeySerializationEncryption = (
        serialization.BestAvailableEncryption(passphrase)
        if passphrase
        else serialization.NoEncryption()
    )
    return key.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, encryption
    )


def _read_issued_key(path: Path, passphrase: bytes | None) -> IssuedKey | None:
    """The key and certificate of ``document-signing.pem`` or ``tsa.pem``; None when it is
    damaged (then a new pair replaces it: the CA makes another at will)."""
    key = _load_private(path, passphrase)  # a wrong passphrase is the operator's to fix
    try:
        cert = x509.load_pem_x509_certificate(path.read_bytes())
    except ValueError:
        return None
    return IssuedKey(key, cert)


def _load_private(path: Path, passphrase: bytes | None) -> ec.EllipticCurvePrivateKey:
    data = path.read_bytes()
    try:
        key = serialization.load_pem_private_key(data, password=passphrase or None)
    except TypeError:
        # encrypted without a passphrase given, or a passphrase given for a plain key
        if passphrase:
            key = serialization.load_pem_private_key(data, password=None)
        else:
            raise ApiError(
                "unavailable",
                f"La llave {path} está cifrada: defina OIC_SERVER_KEY_PASSPHRASE con su frase "
                "de paso.",
            ) from None
    except ValueError:
        raise ApiError(
            "unavailable",
            f"No se pudo abrir la llave {path}: la frase de paso (OIC_SERVER_KEY_PASSPHRASE) "
            "no es correcta o el archivo está dañado.",
        ) from None
    if not isinstance(key, ec.EllipticCurvePrivateKey):
        raise ApiError("unavailable", f"La llave {path} no es ECDSA P-256.")
    return key
