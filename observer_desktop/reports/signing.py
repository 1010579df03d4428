"""Signing keys and PAdES signatures.

The observer's key is ECDSA P-256, kept as an encrypted PKCS#8 PEM file in
``<data>/keys/``; only its passphrase lives in the OS keyring (see
:mod:`observer_desktop.services.keys`). Until the OIC enrolls the observer,
the certificate is self-signed. Reports get a PAdES baseline signature
(SHA-256) that *certifies* the document with DocMDP "no changes" — which still
allows later document timestamps — plus a visible box on the last page. Given a
``timestamper`` (the OIC's time-stamping authority, when the laptop is online),
the signature also carries a signature timestamp (PAdES B-T): a time the OIC
vouches for, not the laptop's clock.
"""

from __future__ import annotations

import datetime as _dt
import io
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

from observer_desktop.core.errors import InputError, PassphraseError
from observer_desktop.core.files import atomic_write, private_dir

__all__ = ["KeyFiles", "SigningIdentity", "create_identity", "load_identity", "sign_pdf"]

SELF_SIGNED_ORG = "Programa Observador Ciudadano (certificado autofirmado)"


@dataclass(frozen=True)
class KeyFiles:
    folder: Path

    @property
    def key(self) -> Path:
        return self.folder / "signing-key.pem"

    @property
    def cert(self) -> Path:
        return self.folder / "signing-cert.pem"

    @property
    def chain(self) -> Path:
        return self.folder / "chain.pem"

    def exists(self) -> bool:
        return self.key.is_file() and self.cert.is_file()


@dataclass(frozen=True)
class SigningIdentity:
    files: KeyFiles
    certificate: x509.Certificate

    @property
    def fingerprint(self) -> str:
        return self.certificate.fingerprint(hashes.SHA256()).hex()

    @property
    def subject(self) -> str:
        return self.certificate.subject.rfc4514_string()

    @property
    def self_signed(self) -> bool:
        return self.certificate.issuer == self.certificate.subject

    @property
    def common_name(self) -> str:
        names = self.certificate.subject.get_attributes_for_oid(NameOID.COMMON_NAME)
        return str(names[0].value) if names else self.subject


def _write_private(path: Path, data: bytes) -> None:
    atomic_write(path, data, mode=0o600)


def create_identity(
    folder: Path, *, name: str, observer_code: str, municipality: str, passphrase: bytes
) -> SigningIdentity:
    """A new P-256 key (encrypted with ``passphrase``) and a self-signed certificate."""
    if len(passphrase) < 8:
        raise InputError("La frase de paso debe tener al menos 8 caracteres.")
    files = KeyFiles(Path(folder))
    private_dir(files.folder)
    key = ec.generate_private_key(ec.SECP256R1())
    subject = x509.Name(
        [
            x509.NameAttribute(NameOID.COUNTRY_NAME, "MX"),
            x509.NameAttribute(NameOID.LOCALITY_NAME, municipality[:128]),
            x509.NameAttribute(NameOID.ORGANIZATION_NAME, SELF_SIGNED_ORG),
            x509.NameAttribute(NameOID.SERIAL_NUMBER, observer_code[:64]),
            x509.NameAttribute(NameOID.COMMON_NAME, name[:64]),
        ]
    )
    now = _dt.datetime.now(_dt.UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(subject)
        .issuer_name(subject)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - _dt.timedelta(minutes=5))
        .not_valid_after(now + _dt.timedelta(days=5 * 365))
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(
            x509.KeyUsage(
                digital_signature=True,
                content_commitment=True,
                key_encipherment=False,
                data_encipherment=False,
                key_agreement=False,
                key_cert_sign=False,
                crl_sign=False,
                encipher_only=False,
                decipher_only=False,
            ),
            critical=True,
        )
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(key.public_key()), critical=False)
        .sign(key, hashes.SHA256())
    )
    _write_private(
        files.key,
        key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.BestAvailableEncryption(passphrase),
        ),
    )
    _write_private(files.cert, cert.public_bytes(serialization.Encoding.PEM))
    return SigningIdentity(files, cert)


def load_identity(folder: Path) -> SigningIdentity | None:
    files = KeyFiles(Path(folder))
    if not files.exists():
        return None
    cert = x509.load_pem_x509_certificate(files.cert.read_bytes())
    return SigningIdentity(files, cert)


def check_passphrase(identity: SigningIdentity, passphrase: bytes) -> None:
    try:
        serialization.load_pem_private_key(identity.files.key.read_bytes(), password=passphrase)
    except (ValueError, TypeError):
        raise PassphraseError(
            "La frase de paso de la llave de firma no es correcta. Escríbala de nuevo."
        ) from None


def sign_pdf(
    unsigned: bytes,
    identity: SigningIdentity,
    passphrase: bytes,
    *,
    box: tuple[float, float, float, float],
    signer_name: str,
    location: str,
    attachments: list[tuple[str, bytes, str, str]],
    timestamper: Any = None,
) -> bytes:
    """Embed ``attachments`` (name, data, mime, description) and certify-sign the PDF;
    with ``timestamper`` (a pyHanko ``TimeStamper``) the signature gets a signature
    timestamp, and a failure to get one raises (pyHanko's ``TimestampRequestError``,
    or ``OSError``): the caller decides whether to sign without."""
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter

    signer = _load_signer(identity, passphrase)
    writer = IncrementalPdfFileWriter(io.BytesIO(unsigned))
    for name, data, mime, description in attachments:
        _embed_attachment(writer, name, data, mime, description)
    return _certify(
        writer, signer, box=box, signer_name=signer_name, location=location,
        timestamper=timestamper,
    )  # fmt: skip


def _load_signer(identity: SigningIdentity, passphrase: bytes) -> Any:
    """pyHanko's signer over the key (checked against ``passphrase`` first) and its chain."""
    from pyhanko.sign import signers

    check_passphrase(identity, passphrase)
    signer = signers.SimpleSigner.load(
        str(identity.files.key),
        str(identity.files.cert),
        ca_chain_files=(str(identity.files.chain),) if identity.files.chain.is_file() else None,
        key_passphrase=passphrase,
    )
    if signer is None:
        raise InputError("No se pudo cargar la llave de firma; revise la carpeta keys/.")
    return signer


def _embed_attachment(writer: Any, name: str, data: bytes, mime: str, description: str) -> None:
    """One embedded file (size and checksum recorded), related to the document as /Data."""
    from pyhanko.pdf_utils import embed, generic

    ef = embed.EmbeddedFileObject.from_file_data(
        writer,
        data=data,
        mime_type=mime,
        params=embed.EmbeddedFileParams(
            embed_size=True,
            embed_checksum=True,
            creation_date=_dt.datetime.now(_dt.UTC),
            modification_date=_dt.datetime.now(_dt.UTC),
        ),
    )
    spec = embed.FileSpec(
        file_spec_string=name,
        file_name=name,
        embedded_data=ef,
        description=description,
        af_relationship=generic.pdf_name("/Data"),
    )
    embed.embed_file(writer, spec)


def _certify(
    writer: Any,
    signer: Any,
    *,
    box: tuple[float, float, float, float],
    signer_name: str,
    location: str,
    timestamper: Any = None,
) -> bytes:
    """The signature field on the last page and the PAdES certification (no changes)."""
    from pyhanko.sign import fields, signers
    from pyhanko.stamp import TextStampStyle

    fields.append_signature_field(
        writer, fields.SigFieldSpec("FirmaObservador", on_page=-1, box=box)
    )
    meta = signers.PdfSignatureMetadata(
        field_name="FirmaObservador",
        md_algorithm="sha256",
        subfilter=fields.SigSeedSubFilter.PADES,
        certify=True,
        docmdp_permissions=fields.MDPPerm.NO_CHANGES,
        name=signer_name,
        reason="Informe de auditoría ciudadana",
        location=location,
    )
    # the visible text is drawn by the layout (embedded font); the widget only marks the box
    stamp = TextStampStyle(stamp_text=" ", border_width=0, background=None)
    out = io.BytesIO()
    signers.PdfSigner(meta, signer=signer, stamp_style=stamp, timestamper=timestamper).sign_pdf(
        writer, output=out
    )
    return out.getvalue()
