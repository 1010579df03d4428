"""Checking the server's signed receipt before anything is marked delivered.

The receipt is the OIC's word that it holds this exact submission. Only a
receipt whose ECDSA P-256 signature verifies with the receipt key pinned at
login, and whose fields match what was sent, lets the outbox mark the audit
delivered (see ``services/sync/deliver.py``: receipt and mark in one transaction).
"""

from __future__ import annotations

import base64
import hashlib
import re
from typing import Any

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.hazmat.primitives.asymmetric.utils import encode_dss_signature

from observer_desktop.core.canonical import canonical_json
from observer_desktop.sync.errors import SyncError

__all__ = ["canonical_bytes", "manifest_sha256", "record_of", "verify_receipt"]

_SHA256 = re.compile(r"[0-9a-f]{64}")


# the protocol's canonical JSON is the one the server (and the audit hash) use
canonical_bytes = canonical_json


def manifest_sha256(manifest: dict[str, Any]) -> str:
    return hashlib.sha256(canonical_bytes(manifest)).hexdigest()


def _invalid(why: str) -> SyncError:
    return SyncError(
        f"El acuse de recibo del servidor no es válido ({why}). La auditoría sigue en la cola "
        "y se volverá a pedir el acuse; si se repite, avise al OIC.",
        code="receipt_invalid",
        scope="submission",
    )


def verify_receipt(
    body: dict[str, Any],
    *,
    public_key_pem: str,
    submission_id: str,
    manifest: dict[str, Any],
) -> dict[str, Any]:
    """The checked receipt (``body`` as the server sent it), or :class:`SyncError`."""
    receipt = body.get("receipt") if isinstance(body, dict) else None
    signature = body.get("signature") if isinstance(body, dict) else None
    if not isinstance(receipt, dict) or not isinstance(signature, str):
        raise _invalid("falta el acuse o su firma")
    try:
        raw = base64.b64decode(signature.encode("ascii"), validate=True)
    except (ValueError, UnicodeEncodeError):
        raise _invalid("la firma no es base64") from None
    if len(raw) == 64:  # r || s written raw instead of DER
        raw = encode_dss_signature(int.from_bytes(raw[:32], "big"), int.from_bytes(raw[32:], "big"))
    try:
        key = serialization.load_pem_public_key(public_key_pem.encode())
        if not isinstance(key, ec.EllipticCurvePublicKey):
            raise _invalid("la llave de acuses no es ECDSA")
        key.verify(raw, canonical_bytes(receipt), ec.ECDSA(hashes.SHA256()))
    except InvalidSignature:
        raise _invalid("la firma no corresponde a la llave de acuses del OIC") from None
    except ValueError:
        raise _invalid("la llave de acuses guardada no se puede leer") from None
    expected = {
        "submission_id": submission_id,
        "audit_id": manifest.get("audit_id"),
        "audit_version": manifest.get("audit_version"),
        "report_sha256": manifest.get("report_sha256"),
        "manifest_sha256": manifest_sha256(manifest),
    }
    for key_name, value in expected.items():
        if receipt.get(key_name) != value:
            raise _invalid(f"«{key_name}» no coincide con lo enviado")
    if not isinstance(receipt.get("received_at"), str):
        raise _invalid("falta la fecha de recepción")
    # the OIC's copy of record (issue 19): its SHA-256 and the OIC's time, under the signature
    record = receipt.get("record_sha256")
    if record is not None and not (isinstance(record, str) and _SHA256.fullmatch(record)):
        raise _invalid("«record_sha256» no es una huella SHA-256")
    stamped = receipt.get("timestamped_at")
    if stamped is not None and not isinstance(stamped, str):
        raise _invalid("«timestamped_at» no es una fecha")
    return body


def record_of(receipt: dict[str, Any]) -> tuple[str, str | None] | None:
    """(SHA-256 of the OIC's copy of record, the OIC's time) a checked receipt names."""
    record = receipt.get("record_sha256")
    return (record, receipt.get("timestamped_at")) if isinstance(record, str) else None
