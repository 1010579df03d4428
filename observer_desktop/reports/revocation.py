"""The OIC CA's certificate revocation list (CRL): read, checked, compared, looked up.

The laptop keeps the newest CRL it fetched (``<data>/keys/oic.crl``, see
:mod:`observer_desktop.services.sync.crl`) and :mod:`.verify` uses it offline.
A CRL counts only when the OIC CA signed it; between two, the higher CRL
number is the newer. Everything here is parsing and checking with
``cryptography``: no network, no database.
"""

from __future__ import annotations

import contextlib
import datetime as _dt
from dataclasses import dataclass
from typing import Any

__all__ = [
    "REASONS_ES",
    "CrlError",
    "Revocation",
    "RevocationList",
    "load_crl",
]

MAX_CRL_BYTES = 8 * 1024 * 1024

# RFC 5280 reasons in the words docs/server.md gives them (the console's list)
REASONS_ES = {
    "unspecified": "sin motivo indicado",
    "key_compromise": "llave comprometida (laptop perdida o robada)",
    "ca_compromise": "autoridad comprometida",
    "affiliation_changed": "cambió de institución",
    "superseded": "certificado reemplazado",
    "cessation_of_operation": "dejó el programa (cese de operación)",
    "certificate_hold": "suspendido",
    "remove_from_crl": "quitado de la lista",
    "privilege_withdrawn": "el OIC le retiró la acreditación",
    "aa_compromise": "autoridad de atributos comprometida",
}


class CrlError(ValueError):
    """A CRL that cannot be used (Spanish message)."""


@dataclass(frozen=True)
class Revocation:
    serial: int
    revoked_at: _dt.datetime
    reason: str  # the name of cryptography's ReasonFlags ("key_compromise", …)

    @property
    def reason_text(self) -> str:
        return REASONS_ES.get(self.reason, self.reason.replace("_", " "))

    def to_json(self) -> dict[str, Any]:
        return {
            "serial": format(self.serial, "x"),
            "revoked_at": self.revoked_at.isoformat(),
            "reason": self.reason,
            "reason_text": self.reason_text,
        }


@dataclass(frozen=True)
class RevocationList:
    der: bytes
    number: int
    this_update: _dt.datetime
    next_update: _dt.datetime | None
    crl: Any  # cryptography's CertificateRevocationList

    def lookup(self, serial: int) -> Revocation | None:
        entry = self.crl.get_revoked_certificate_by_serial_number(serial)
        if entry is None:
            return None
        from cryptography import x509

        reason = "unspecified"  # an entry without a reason code (RFC 5280 §5.3.1)
        with contextlib.suppress(x509.ExtensionNotFound):
            reason = entry.extensions.get_extension_for_class(x509.CRLReason).value.reason.name
        return Revocation(serial, entry.revocation_date_utc, reason)

    def age_days(self, now: _dt.datetime | None = None) -> int:
        now = now or _dt.datetime.now(_dt.UTC)
        return max(0, (now - self.this_update).days)

    def expired(self, now: _dt.datetime | None = None) -> bool:
        now = now or _dt.datetime.now(_dt.UTC)
        return self.next_update is not None and now > self.next_update


def load_crl(der: bytes, ca_pem: str | bytes | None) -> RevocationList:
    """The CRL in ``der`` (DER or PEM), checked against the OIC CA ``ca_pem`` (PEM or DER):
    issued by it and signed by its key. :class:`CrlError` says why not."""
    from cryptography import x509

    if len(der) > MAX_CRL_BYTES:
        raise CrlError("La lista de revocación es demasiado grande.")
    try:
        crl = (
            x509.load_pem_x509_crl(der)
            if der.lstrip().startswith(b"-----BEGIN")
            else x509.load_der_x509_crl(der)
        )
    except ValueError:
        raise CrlError("El archivo no es una lista de revocación (CRL) legible.") from None
    if ca_pem is None:
        raise CrlError("No se conoce la autoridad del OIC para comprobar la lista de revocación.")
    ca = _load_cert(ca_pem)
    if crl.issuer != ca.subject or not crl.is_signature_valid(ca.public_key()):
        raise CrlError(
            "La lista de revocación no está firmada por la autoridad certificadora del OIC."
        )
    try:
        number = crl.extensions.get_extension_for_class(x509.CRLNumber).value.crl_number
    except x509.ExtensionNotFound:
        number = 0
    from cryptography.hazmat.primitives import serialization

    return RevocationList(
        der=crl.public_bytes(serialization.Encoding.DER),
        number=int(number),
        this_update=crl.last_update_utc,
        next_update=crl.next_update_utc,
        crl=crl,
    )


def _load_cert(data: str | bytes) -> Any:
    from cryptography import x509

    raw = data.encode("ascii") if isinstance(data, str) else data
    try:
        if raw.lstrip().startswith(b"-----BEGIN"):
            return x509.load_pem_x509_certificate(raw)
        return x509.load_der_x509_certificate(raw)
    except ValueError:
        raise CrlError("El certificado de la autoridad del OIC no se puede leer.") from None
