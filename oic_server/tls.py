"""The server's own TLS certificate, issued by the OIC certificate authority.

Laptops allow plain HTTP only to themselves. ``oic-server init --hostname
NAME`` gives the server a certificate for NAME (DNS names and IP addresses,
repeat the option for several) signed by the OIC CA, which every laptop pins
at its first login; ``serve`` then speaks HTTPS with it by default on any
address but loopback. The first time a laptop connects it does not know the
CA yet: it shows the CA fingerprint and sends the password only after the
observer confirms it matches the one the OIC gave them (docs/server.md).

Files: ``keys/tls-cert.pem`` (the certificate then the CA, the chain a client
needs) and ``keys/tls-key.pem`` (ECDSA P-256, mode 0600, encrypted with
``OIC_SERVER_KEY_PASSPHRASE`` when set). Valid 825 days; ``init --hostname``
again renews it (never the CA). A public certificate from a reverse proxy is
the alternative (docs/server.md).
"""

from __future__ import annotations

import datetime as _dt
import ipaddress
import re
from dataclasses import dataclass
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID

from observer_desktop.core.files import atomic_write
from oic_server.errors import ApiError
from oic_server.keys import ServerKeys, certificate_fingerprint, key_usage

__all__ = ["TLS_DAYS", "TlsFiles", "issue", "names_of", "parse_hostnames", "tls_files"]

TLS_DAYS = 825
RENEW_DAYS = 30  # init renews a certificate this close to its end; serve warns
_DNS = re.compile(r"^(?=.{1,253}$)(?!-)[a-z0-9-]{1,63}(?<!-)(\.(?!-)[a-z0-9-]{1,63}(?<!-))*$")


@dataclass(frozen=True)
class TlsFiles:
    cert: Path
    key: Path

    def exist(self) -> bool:
        return self.cert.is_file() and self.key.is_file()


def tls_files(keys_folder: Path) -> TlsFiles:
    return TlsFiles(keys_folder / "tls-cert.pem", keys_folder / "tls-key.pem")


def parse_hostnames(values: list[str]) -> list[x509.GeneralName]:
    """DNS names and IP addresses for the certificate, or a refusal naming the bad one."""
    names: list[x509.GeneralName] = []
    for raw in values:
        for part in raw.split(","):
            value = part.strip().lower().rstrip(".")
            if not value:
                continue
            address = _ip_address(value)
            if address is not None:
                names.append(x509.IPAddress(address))
                continue
            if not _DNS.fullmatch(value) or value.replace(".", "").isdigit():
                raise ApiError(
                    "bad_request",
                    f"--hostname {part.strip()!r} no es un nombre de servidor ni una dirección IP "
                    "(p. ej. oic.chihuahua.gob.mx o 10.0.0.5).",
                )
            names.append(x509.DNSName(value))
    if not names:
        raise ApiError(
            "bad_request", "--hostname necesita un nombre (p. ej. oic.chihuahua.gob.mx)."
        )
    unique: list[x509.GeneralName] = []
    for name in names:
        if name not in unique:
            unique.append(name)
    return unique


def _ip_address(value: str) -> ipaddress.IPv4Address | ipaddress.IPv6Address | None:
    try:
        return ipaddress.ip_address(value.strip("[]"))
    except ValueError:
        return None  # a DNS name, checked by the caller


def names_of(cert: x509.Certificate) -> list[str]:
    try:
        san = cert.extensions.get_extension_for_class(x509.SubjectAlternativeName).value
    except x509.ExtensionNotFound:
        return []
    return [str(n.value) for n in san]


def current(files: TlsFiles) -> x509.Certificate | None:
    if not files.cert.is_file():
        return None
    try:
        return x509.load_pem_x509_certificate(files.cert.read_bytes())
    except ValueError:
        return None


def issue(
    keys: ServerKeys, keys_folder: Path, hostnames: list[str], *, passphrase: bytes | None
) -> dict:
    """Issue (or keep, when it already covers the same names and is not near its end)
    the server's TLS certificate. Returns what ``init`` prints."""
    names = parse_hostnames(hostnames)
    files = tls_files(keys_folder)
    wanted = [str(n.value) for n in names]
    now = _dt.datetime.now(_dt.UTC)
    existing = current(files)
    if (
        existing is not None
        and files.key.is_file()
        and sorted(names_of(existing)) == sorted(wanted)
        and keys.issued_by_ca(existing)
        and existing.not_valid_after_utc - now > _dt.timedelta(days=RENEW_DAYS)
    ):
        return _describe(existing, files, created=False)
    key = ec.generate_private_key(ec.SECP256R1())
    ca_ski = keys.ca_cert.extensions.get_extension_for_class(x509.SubjectKeyIdentifier).value
    cert = (
        x509.CertificateBuilder()
        .subject_name(x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, wanted[0][:64])]))
        .issuer_name(keys.ca_cert.subject)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - _dt.timedelta(minutes=5))
        .not_valid_after(now + _dt.timedelta(days=TLS_DAYS))
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(key_usage(digital_signature=True), critical=True)
        .add_extension(x509.ExtendedKeyUsage([ExtendedKeyUsageOID.SERVER_AUTH]), critical=False)
        .add_extension(x509.SubjectAlternativeName(names), critical=False)
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(key.public_key()), critical=False)
        .add_extension(
            x509.AuthorityKeyIdentifier.from_issuer_subject_key_identifier(ca_ski), critical=False
        )
        .sign(keys.ca_key, hashes.SHA256())
    )
    encryption: serialization.KeySerializationEncryption = (
        serialization.BestAvailableEncryption(passphrase)
        if passphrase
        else serialization.NoEncryption()
    )
    atomic_write(
        files.key,
        key.private_bytes(
            serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, encryption
        ),
        mode=0o600,
    )
    chain = cert.public_bytes(serialization.Encoding.PEM) + keys.ca_cert.public_bytes(
        serialization.Encoding.PEM
    )
    atomic_write(files.cert, chain, mode=0o644)
    return _describe(cert, files, created=True)


def _describe(cert: x509.Certificate, files: TlsFiles, *, created: bool) -> dict:
    return {
        "created": created,
        "hostnames": names_of(cert),
        "not_after": cert.not_valid_after_utc.strftime("%Y-%m-%d"),
        "fingerprint_sha256": certificate_fingerprint(cert),
        "cert": str(files.cert),
        "key": str(files.key),
    }


def days_left(files: TlsFiles) -> int | None:
    cert = current(files)
    if cert is None:
        return None
    return (cert.not_valid_after_utc - _dt.datetime.now(_dt.UTC)).days
