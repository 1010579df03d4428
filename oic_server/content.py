"""What a submission must hold before the OIC accepts it (commit and ingest).

The audit JSON is the canonical audit document the laptop signed; the report
is the signed PDF. A submission is accepted only when the audit JSON agrees
with the manifest (id, version, form, evidence hashes and sizes) and names the
observer who sends it, the report's
PAdES signature is intact, covers the whole file, was made with a certificate
this server's CA issued to the submitting observer, and the audit JSON
embedded in the report is byte for byte the audit blob.
"""

from __future__ import annotations

import datetime as _dt
import hashlib
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from observer_desktop.core.canonical import canonical_json, no_constants, unique_keys
from observer_desktop.core.text import observer_code as canonical_code
from observer_desktop.reports.verify import AUDIT_ATTACHMENT, verify_pdf
from oic_server.errors import ApiError

__all__ = [
    "AUDIT_FORMAT",
    "ContentCheck",
    "check_audit_json",
    "check_content",
    "check_report",
    "strict_json",
]

AUDIT_FORMAT = "observador.audit/1"


def strict_json(data: bytes) -> Any:
    """JSON without duplicate keys, NaN or infinities; ``ValueError`` otherwise."""
    text = data.decode("utf-8")  # UnicodeDecodeError is a ValueError
    return json.loads(text, object_pairs_hook=unique_keys, parse_constant=no_constants)


def _mismatch(reason: str, message: str) -> ApiError:
    return ApiError("manifest_mismatch", message, reason=reason)


def check_audit_json(
    manifest: dict[str, Any], audit_bytes: bytes, *, observer_code: str
) -> dict[str, Any]:
    """The audit document, checked against the manifest and the observer who sends it
    (``observer_code``, canonical); ``manifest_mismatch`` otherwise."""
    try:
        document = strict_json(audit_bytes)
    except (ValueError, RecursionError):
        raise _mismatch(
            "audit_json_invalid",
            "El JSON de la auditoría no es JSON válido (UTF-8, sin claves repetidas).",
        ) from None
    try:
        canonical = canonical_json(document) == audit_bytes
    except (ValueError, TypeError, RecursionError):
        canonical = False
    if not canonical:
        raise _mismatch(
            "audit_json_not_canonical",
            "El JSON de la auditoría no está en forma canónica (claves ordenadas, sin espacios).",
        )
    try:
        if document.get("format") != AUDIT_FORMAT:
            raise _mismatch(
                "audit_format",
                f"El JSON de la auditoría no tiene el formato {AUDIT_FORMAT}.",
            )
        audit = document["audit"]
        form = audit["form"]
        pairs = [
            ("audit_id", audit["id"], manifest["audit_id"]),
            ("audit_version", audit["version"], manifest["audit_version"]),
            ("form_id", form["id"], manifest["form_id"]),
            ("form_version", form["version"], manifest["form_version"]),
        ]
        evidence = {(e["sha256"], e["size"]) for e in document.get("evidence") or []}
        status = audit["status"]
        observer = audit.get("observer") or {}
        named = observer.get("code") if isinstance(observer, dict) else None
    except (KeyError, TypeError, AttributeError):
        raise _mismatch(
            "audit_json_structure",
            "Al JSON de la auditoría le faltan datos (auditoría, formulario o evidencia).",
        ) from None
    for field, theirs, ours in pairs:
        if theirs != ours or type(theirs) is not type(ours):
            raise _mismatch(
                field,
                f"El manifiesto dice {field} = {ours!r}, pero el JSON de la auditoría dice "
                f"{theirs!r}.",
            )
    if not isinstance(named, str) or canonical_code(named) != observer_code:
        who = f"al observador {named}" if isinstance(named, str) and named else "a nadie"
        raise _mismatch(
            "observer",
            f"La auditoría nombra {who}, pero la envía {observer_code}: cada observador envía "
            "solo sus propias auditorías, con su propia llave.",
        )
    if status == "draft":
        raise _mismatch(
            "audit_draft", "La auditoría enviada es un borrador: solo se reciben finalizadas."
        )
    listed = {(b["sha256"], b["size"]) for b in manifest["blobs"] if b["role"] == "evidence"}
    if evidence != listed:
        extra, missing = len(listed - evidence), len(evidence - listed)
        raise _mismatch(
            "evidence",
            "La evidencia del manifiesto no coincide con la del JSON de la auditoría "
            f"({missing} archivo(s) de la auditoría faltan en el manifiesto y {extra} del "
            "manifiesto no están en la auditoría).",
        )
    return document


@dataclass(frozen=True)
class ContentCheck:
    """What the checks at commit found: the signer, the audit document, and the
    verification the console shows (stored with the submission's index)."""

    signer: str  # SHA-256 fingerprint of the signing certificate
    document: dict[str, Any]
    verification: dict[str, Any]


def check_content(
    manifest: dict[str, Any],
    audit_bytes: bytes,
    report_path: Path,
    *,
    fingerprints: set[str],
    observer_code: str,
) -> ContentCheck:
    """Audit JSON and signed report of ``observer_code``'s submission (refused with an
    ``ApiError`` unless every check passes)."""
    document = check_audit_json(manifest, audit_bytes, observer_code=observer_code)
    result = verify_report(
        report_path, audit_sha256=manifest["audit_sha256"], fingerprints=fingerprints
    )
    custody = document.get("custody") if isinstance(document.get("custody"), dict) else {}
    certificate = result.certificate or {}
    verification = {
        "signature": True,  # intact, covering the whole file, nothing added after it
        "signer": result.signer,
        "signer_fingerprint": certificate.get("sha256"),
        "certificate_subject": certificate.get("subject"),
        "certificate_issuer": certificate.get("issuer"),
        "signed_at": result.signed_at,  # the laptop's clock: claimed, not proven
        "certificate_of_observer": True,  # issued by this OIC's CA to the sender
        "content_agrees": True,  # manifest, stored blobs and the PDF's attached JSON
        "custody": {"count": custody.get("count"), "head": custody.get("head")},
        "checked_at": _now(),
        "recorded": "commit",
    }
    return ContentCheck(certificate["sha256"], document, verification)


def check_report(report_path: Path, *, audit_sha256: str, fingerprints: set[str]) -> str:
    """Verify the signed report; returns the signer certificate's fingerprint."""
    result = verify_report(report_path, audit_sha256=audit_sha256, fingerprints=fingerprints)
    return result.certificate["sha256"]


def verify_report(report_path: Path, *, audit_sha256: str, fingerprints: set[str]) -> Any:
    """The signed report's verification, refused unless it is what the OIC accepts."""
    result = verify_pdf(report_path)
    if result.status in ("not_signed", "unreadable") or result.certificate is None:
        raise ApiError(
            "signature_invalid",
            "El informe no es un PDF firmado que el servidor pueda leer: genere el informe "
            "firmado de nuevo.",
            reason="not_signed",
        )
    if not result.signature_intact:
        raise ApiError(
            "signature_invalid",
            "La firma del informe no corresponde a su contenido: el PDF se alteró después de "
            "firmarse.",
            reason="signature_broken",
        )
    if not result.covers_whole_file or result.modified_after_signing:
        raise ApiError(
            "signature_invalid",
            "El informe se modificó después de firmarse (la firma no cubre todo el archivo).",
            reason="modified_after_signing",
        )
    if result.signatures != 1:  # only the OIC adds document time-stamps (the OIC time)
        raise ApiError(
            "signature_invalid",
            "El informe trae, además de la firma del observador, otra firma o un sello de "
            "tiempo de documento; solo el OIC agrega sellos de tiempo al recibirlo. Genere "
            "el informe firmado de nuevo desde la aplicación.",
            reason="extra_signatures",
        )
    fingerprint = result.certificate["sha256"]
    if fingerprint not in fingerprints:
        raise ApiError(
            "signature_invalid",
            "El informe no está firmado con un certificado que el OIC le haya emitido "
            "(¿se firmó antes de la inscripción?). Inscriba su llave y genere el informe de nuevo.",
            reason="untrusted_certificate",
        )
    embedded = result.embedded_audit
    if embedded is None:
        raise _mismatch(
            "report_audit_missing",
            f"El informe no trae el registro adjunto {AUDIT_ATTACHMENT} o no se puede leer.",
        )
    if embedded["sha256"] != audit_sha256:
        raise _mismatch(
            "report_audit_differs",
            "El JSON de la auditoría adjunto al informe no es el mismo que se envió: genere el "
            "informe de nuevo desde la auditoría enviada.",
        )
    if result.reasons:  # anything else verify_pdf found (e.g. evidence manifest attachment)
        raise _mismatch("report_inconsistent", " ".join(result.reasons))
    return result


def _now() -> str:
    return _dt.datetime.now(_dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        while chunk := fh.read(1024 * 1024):
            digest.update(chunk)
    return digest.hexdigest()
