"""Verify a signed report: signature, coverage, later changes, trust, embedded record.

A constancia de participación the OIC issued (its embedded ``constancia.json``)
is recognised as such: its record is read and described instead of an audit's.

Integrity and trust are reported apart: a report signed with the observer's
self-signed certificate can be perfectly intact and still "not certified by
the OIC". Reasons are written for people (Spanish); ``to_json`` is for scripts.

Time and revocation (DESIGN.md §11): the OIC's time comes only from an RFC 3161
token of a TSA that chains to a trusted root — the signature's own timestamp
(B-T) or a document timestamp the OIC added (its copy of record) — and is shown
apart from the laptop's claimed signing time (:mod:`.timestamps`). Revocation
is read offline from the newest CRL signed by a trusted root among those given
(the laptop's, ``--crl``) and those the PDF carries in its DSS
(:mod:`.revocation`): a certificate revoked *after* the OIC's time leaves the
report valid (with a note); revoked with no OIC time before the revocation, it
is ``revoked``.
"""

from __future__ import annotations

import hashlib
import io
import json
import logging
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from observer_desktop.core.errors import os_reason
from observer_desktop.reports import timestamps as tsx
from observer_desktop.reports.revocation import CrlError, RevocationList, load_crl

__all__ = [
    "AUDIT_ATTACHMENT",
    "CONSTANCIA_ATTACHMENT",
    "MANIFEST_ATTACHMENT",
    "Verification",
    "verify_pdf",
    "verify_pdf_data",
]

AUDIT_ATTACHMENT = "auditoria.json"
MANIFEST_ATTACHMENT = "manifiesto-evidencia.json"
CONSTANCIA_ATTACHMENT = "constancia.json"  # oic_server/constancias writes it
CONSTANCIA_KIND = "constancia-participacion"
MAX_PDF_BYTES = 512 * 1024 * 1024
_BYTE_RANGE = re.compile(rb"/ByteRange\s*\[\s*(\d+)\s+(\d+)\s+(\d+)\s+(\d+)\s*\]")


@dataclass
class Verification:
    status: str = "invalid"  # valid | invalid | revoked | not_signed | unreadable
    reasons: list[str] = field(default_factory=list)
    signer: str | None = None
    signer_code: str | None = None
    signed_at: str | None = None
    certificate: dict[str, Any] | None = None
    covers_whole_file: bool | None = None
    modified_after_signing: bool | None = None
    modification: str | None = None
    signature_intact: bool | None = None
    trusted: bool = False
    trust_note: str = ""
    embedded_audit: dict[str, Any] | None = None
    manifest_matches: bool | None = None
    local_evidence: dict[str, Any] | None = None
    signatures: int = 0
    # a constancia de participación: folio, issuer, observer, period, sessions, hours, issued
    constancia: dict[str, Any] | None = None
    # the OIC's time: the earliest trusted timestamp over the signature ("firmado antes de")
    oic_time: str | None = None
    oic_time_source: str | None = None  # "signature" (B-T) | "document" (the OIC's copy)
    timestamps: list[dict[str, Any]] = field(default_factory=list)
    clock_note: str | None = None  # the laptop's claimed time against the OIC's
    clock_impossible: bool = False  # claimed after the OIC's time
    # later revisions hold only validation data and timestamps (the OIC's copy, B-LTA)
    only_timestamps_after: bool = False
    crl: dict[str, Any] | None = None  # the CRL used: source, number, dates, age in days
    revocation: dict[str, Any] | None = None  # the signer's entry on it, when revoked
    revocation_note: str | None = None
    dss: dict[str, Any] | None = None  # the PDF's validation data: certificates, CRLs

    @property
    def valid(self) -> bool:
        return self.status == "valid"

    def exit_code(self, *, require_trust: bool = False) -> int:
        """0 valid; 1 invalid, revoked, or untrusted with ``require_trust``; 2 not a signed
        PDF or unreadable (docs/verification.md)."""
        if self.status in ("not_signed", "unreadable"):
            return 2
        if self.status != "valid":
            return 1
        return 1 if require_trust and not self.trusted else 0

    def to_json(self) -> dict[str, Any]:
        return {k: v for k, v in self.__dict__.items()} | {"valid": self.valid}

    def headline(self) -> str:
        """The verdict in one line (``observer verify``'s first): about the report, or about
        the constancia de participación when the PDF is one."""
        if self.constancia is not None and self.status in _CONSTANCIA_HEADLINES:
            return _CONSTANCIA_HEADLINES[self.status]
        return _REPORT_HEADLINES[self.status]


_REPORT_HEADLINES = {
    "valid": "✓ Firma válida: el informe no ha cambiado desde que se firmó.",
    "invalid": "✗ El informe NO es válido.",
    "revoked": "✗ Certificado revocado: no hay un sello del OIC anterior a la revocación.",
    "not_signed": "✗ El archivo no es un informe firmado.",
    "unreadable": "✗ No se pudo leer el archivo.",
}
# a constancia is only recognised inside a signed PDF: valid or not
_CONSTANCIA_HEADLINES = {
    "valid": "✓ Firma válida: la constancia no ha cambiado desde que se firmó.",
    "invalid": "✗ La constancia NO es válida.",
    "revoked": "✗ Certificado revocado: la constancia no tiene un sello anterior a la revocación.",
}


# a certificate's name in the words of the people who read it (asn1crypto's own
# human_friendly says "Common Name: …, Organization: …")
_NAME_FIELDS = {
    "common_name": "Nombre",
    "serial_number": "Código",
    "organization_name": "Organización",
    "organizational_unit_name": "Unidad",
    "locality_name": "Municipio",
    "state_or_province_name": "Estado",
    "country_name": "País",
    "email_address": "Correo",
}


def name_text(name: Any) -> str:
    """'Nombre: Ana López, Código: OBS-014, Organización: …' from an asn1crypto Name."""
    parts = []
    for key, value in reversed(list(name.native.items())):  # the person first, the country last
        values = value if isinstance(value, list) else [value]
        label = _NAME_FIELDS.get(key, key.replace("_", " "))
        parts += [f"{label}: {v}" for v in values]
    return ", ".join(parts)


def _fingerprint(der: bytes) -> str:
    return hashlib.sha256(der).hexdigest()


def _load_trust(paths: list[Path], blobs: list[bytes] | None = None) -> list[Any]:
    """Certificates from files and from PEM or DER bytes (the OIC CA pinned at login)."""
    from asn1crypto import pem
    from asn1crypto import x509 as ax509

    certs = []
    for data in [Path(path).read_bytes() for path in paths] + list(blobs or []):
        if pem.detect(data):
            for _, _, der in pem.unarmor(data, multiple=True):
                certs.append(ax509.Certificate.load(der))
        else:
            certs.append(ax509.Certificate.load(data))
    return certs


def _deref(value: Any) -> Any:
    return value.get_object() if hasattr(value, "get_object") else value


def _attachments(reader: Any) -> dict[str, bytes]:
    """Embedded files by name (walks the /EmbeddedFiles name tree, /Kids included)."""
    out: dict[str, bytes] = {}
    try:
        tree = _deref(_deref(reader.root["/Names"])["/EmbeddedFiles"])
    except (KeyError, TypeError):
        return out
    stack, seen = [tree], 0
    while stack and seen < 10000:
        node = _deref(stack.pop())
        seen += 1
        if not hasattr(node, "get"):
            continue
        stack.extend(_deref(node.get("/Kids")) or [])
        names = _deref(node.get("/Names")) or []
        for i in range(0, len(names) - 1, 2):
            try:
                spec = _deref(names[i + 1])
                stream = _deref(_deref(spec["/EF"])["/F"])
                out[str(_deref(names[i]))] = stream.data
            except (KeyError, TypeError, ValueError, AttributeError):
                continue
    return out


def verify_pdf(
    path: Path,
    *,
    trust: list[Path] | None = None,
    trust_certs: list[bytes] | None = None,
    evidence_check: Any = None,
    crls: list[tuple[str, bytes]] | None = None,
    now: Any = None,
) -> Verification:
    """Check ``path`` against the trust roots in ``trust`` (files) and ``trust_certs`` (PEM
    or DER). ``evidence_check(sha256) -> 'ok'|'missing'|'altered'`` checks local files.
    ``crls``: (where it comes from, DER) of revocation lists to use besides the PDF's own;
    ``now`` (an aware datetime) for the CRL's age."""
    result = Verification()
    data = _read_file(Path(path), result)
    if data is None:
        return result
    return verify_pdf_data(
        data, trust=trust, trust_certs=trust_certs, evidence_check=evidence_check, result=result,
        crls=crls, now=now,
    )  # fmt: skip


def verify_pdf_data(
    data: bytes,
    *,
    trust: list[Path] | None = None,
    trust_certs: list[bytes] | None = None,
    evidence_check: Any = None,
    result: Verification | None = None,
    crls: list[tuple[str, bytes]] | None = None,
    now: Any = None,
) -> Verification:
    """:func:`verify_pdf` of a PDF's bytes (e.g. one uploaded to the OIC's public page)."""
    result = result or Verification()
    if len(data) > MAX_PDF_BYTES:
        result.status = "unreadable"
        result.reasons.append("El archivo es demasiado grande para un informe de Observador.")
        return result
    ranges = _check_whole_pdf(data, result)
    if ranges is None:
        return result
    opened = _open_signatures(data, ranges, result)
    if opened is None:
        return result
    reader, signatures = opened
    signature = next((s for s in signatures if s.sig_object_type != "/DocTimeStamp"), None)
    if signature is None:
        result.status = "not_signed"
        result.reasons.append("El PDF solo tiene sellos de tiempo, sin firma del informe.")
        return result
    roots = _load_trust(trust or [], trust_certs)
    status, trusted_prints, context = _validate_first(signature, roots)
    _describe_signer(result, status)
    _check_integrity(result, status)
    _judge_trust(result, status, trusted_prints)
    dss = _check_times(result, reader, signature, status, context, roots)
    _check_revocation(result, status, roots, list(crls or []) + dss, now)
    _check_embedded_record(result, _attachments(reader), evidence_check)
    _conclude(result)
    return result


def _read_file(path: Path, result: Verification) -> bytes | None:
    """The file's bytes; None (``result`` says why) when it is too large or unreadable."""
    try:
        size = path.stat().st_size
        if size > MAX_PDF_BYTES:
            result.status = "unreadable"
            result.reasons.append("El archivo es demasiado grande para un informe de Observador.")
            return None
        return path.read_bytes()
    except OSError as exc:
        result.status = "unreadable"
        result.reasons.append(f"No se pudo leer el archivo: {os_reason(exc)}.")
        return None


def _check_whole_pdf(data: bytes, result: Verification) -> list[tuple] | None:
    """The signatures' byte ranges; None (``result`` says why) when the bytes are not a
    PDF or are cut short."""
    if not data.startswith(b"%PDF-"):
        result.status = "unreadable"
        result.reasons.append("El archivo no es un PDF.")
        return None
    ranges = [tuple(map(int, m.groups())) for m in _BYTE_RANGE.finditer(data)]
    # every complete PDF (and every incremental update) ends with %%EOF
    if any(c + d > len(data) for _, _, c, d in ranges) or b"%%EOF" not in data[-1024:]:
        result.status = "invalid"
        result.reasons.append(
            "El archivo está incompleto (truncado): le faltan bytes que la firma cubría."
        )
        return None
    return ranges


def _open_signatures(
    data: bytes, ranges: list[tuple], result: Verification
) -> tuple[Any, list[Any]] | None:
    """The PDF reader and its embedded signatures; None (``result`` says why) when the
    PDF cannot be read or has no signature."""
    from pyhanko.pdf_utils.reader import PdfFileReader

    try:
        reader = PdfFileReader(io.BytesIO(data), strict=False)
        signatures = reader.embedded_signatures
    except Exception as exc:  # pyHanko raises many kinds on broken files
        result.status = "invalid" if ranges else "unreadable"
        result.reasons.append(f"El PDF está dañado y no se puede leer ({type(exc).__name__}).")
        return None
    result.signatures = len(signatures)
    if not signatures:
        result.status = "not_signed"
        result.reasons.append("El PDF no tiene firma digital: no es un informe firmado.")
        return None
    return reader, signatures


def _validate_first(sig: Any, roots: list[Any]) -> tuple[Any, set[str], Any]:
    """pyHanko's status of the report's signature against the trust roots, the roots'
    fingerprints, and the validation context used (for the document timestamps)."""
    from pyhanko.sign.validation import validate_pdf_signature
    from pyhanko_certvalidator import ValidationContext

    # pyHanko logs every untrusted chain at error level; here that is an expected answer
    for name in ("pyhanko", "pyhanko_certvalidator"):
        logging.getLogger(name).setLevel(logging.CRITICAL)
    trusted_prints = {_fingerprint(c.dump()) for c in roots}
    context = ValidationContext(trust_roots=roots)
    try:
        status = validate_pdf_signature(sig, context)
    except Exception:
        # e.g. the signer's own self-signed certificate passed as a trust root
        context = ValidationContext(trust_roots=[])
        status = validate_pdf_signature(sig, context)
    return status, trusted_prints, context


def _describe_signer(result: Verification, status: Any) -> None:
    """Who signed, when they say they did, and their certificate."""
    cert = status.signing_cert
    result.signer = _attr(cert.subject, "common_name")
    result.signer_code = _attr(cert.subject, "serial_number")
    reported = status.signer_reported_dt
    result.signed_at = reported.isoformat() if reported else None
    result.certificate = {
        "subject": name_text(cert.subject),
        "issuer": name_text(cert.issuer),
        "sha256": _fingerprint(cert.dump()),
        "self_signed": cert.subject == cert.issuer,
        "valid_from": cert["tbs_certificate"]["validity"]["not_before"].native.isoformat(),
        "valid_to": cert["tbs_certificate"]["validity"]["not_after"].native.isoformat(),
    }


def _check_integrity(result: Verification, status: Any) -> None:
    """The signed bytes intact, the whole file covered, nothing changed after signing: each
    answer noted, and a reason for each that fails."""
    from pyhanko.sign.diff_analysis import ModificationLevel

    result.signature_intact = bool(status.intact and status.valid)
    coverage = getattr(status, "coverage", None)
    result.covers_whole_file = coverage is not None and coverage.name == "ENTIRE_FILE"
    level = getattr(status, "modification_level", None)
    result.modification = level.name if level is not None else None
    harmless = (ModificationLevel.NONE, ModificationLevel.LTA_UPDATES)
    result.modified_after_signing = not (
        (level in harmless if level is not None else True) and status.docmdp_ok is not False
    )
    # the OIC's copy: the signed revision, then only validation data and timestamps
    result.only_timestamps_after = bool(
        coverage is not None
        and coverage.name == "ENTIRE_REVISION"
        and level == ModificationLevel.LTA_UPDATES
        and not result.modified_after_signing
    )
    if not result.signature_intact:
        result.reasons.append(
            "La firma no corresponde al contenido: el documento se alteró después de firmarse."
        )
    if (
        result.signature_intact
        and not result.covers_whole_file
        and not result.only_timestamps_after
    ):
        result.reasons.append("La firma no cubre todo el archivo: se agregó contenido después.")
    if result.modified_after_signing:
        result.reasons.append(
            "El documento se modificó después de firmarse (cambios no permitidos por la firma "
            "de certificación)."
        )


def _judge_trust(result: Verification, status: Any, trusted_prints: set[str]) -> None:
    """Trusted or not (apart from integrity), with a note that says why."""
    cert = status.signing_cert
    result.trusted = bool(status.trusted) or _fingerprint(cert.dump()) in trusted_prints
    if result.trusted:
        result.trust_note = "Certificado emitido o reconocido por una autoridad de confianza."
    elif cert.subject == cert.issuer:
        result.trust_note = (
            "Íntegro, pero no certificado por el OIC: el certificado es autofirmado por el "
            "observador."
        )
    else:
        result.trust_note = "El certificado no proviene de una autoridad de confianza indicada."


def _check_times(
    result: Verification, reader: Any, signature: Any, status: Any, context: Any, roots: list
) -> list[tuple[str, bytes]]:
    """The OIC's time (the earliest trusted timestamp over the signature), the laptop's
    claimed time against it, the timestamps and the DSS checked; returns the DSS's CRLs."""
    found = []
    own = tsx.signature_timestamp(status)
    if own is not None:
        found.append(own)
    found += tsx.document_timestamps(reader, signature, context)
    result.timestamps = [t.to_json() for t in found]
    for t in found:
        if not t.intact:
            what = "de la firma" if t.kind == "signature" else "del documento"
            result.reasons.append(
                f"El sello de tiempo {what} no corresponde a los bytes que cubre: el archivo "
                "se alteró después de sellarse."
            )
    trusted = [t for t in found if t.trusted and t.covers_signature and t.time is not None]
    oic = min(trusted, key=lambda t: t.time) if trusted else None
    if oic is not None:
        result.oic_time = oic.time.isoformat()
        result.oic_time_source = oic.kind
    claimed = getattr(status, "signer_reported_dt", None)
    clock = tsx.clock_check(claimed, oic)
    result.clock_note, result.clock_impossible = clock.note, clock.impossible
    dss = tsx.check_dss(reader, [c.dump() for c in roots])
    if dss.present:
        result.dss = {
            "certificates": dss.certificates,
            "crls": len(dss.crls),
            "problems": dss.problems,
        }
    for problem in dss.problems:
        result.reasons.append(f"Los datos de validación (DSS) del PDF están alterados: {problem}.")
    return [("pdf", der) for der in dss.crls]


def _newest_crl(
    candidates: list[tuple[str, bytes]], roots: list[Any]
) -> tuple[str, RevocationList] | None:
    """The CRL with the highest number among ``candidates`` signed by a trusted root."""
    best: tuple[str, RevocationList] | None = None
    for source, der in candidates:
        for root in roots:
            try:
                crl = load_crl(der, root.dump())
            except CrlError:
                continue
            if best is None or crl.number > best[1].number:
                best = (source, crl)
            break
    return best


def _check_revocation(
    result: Verification, status: Any, roots: list, candidates: list, now: Any
) -> None:
    """The signer's certificate against the newest trusted CRL: revoked after the OIC's
    time is a note; revoked with no OIC time before it makes the report ``revoked``."""
    import datetime as _dt

    # only the lists of the CA that issued the signer's certificate: another trusted
    # root's list, however new, says nothing of this certificate
    issuer = status.signing_cert.issuer
    newest = _newest_crl(candidates, [r for r in roots if r.subject == issuer])
    if newest is None:
        return
    source, crl = newest
    now = now or _dt.datetime.now(_dt.UTC)
    result.crl = {
        "source": source,
        "number": crl.number,
        "this_update": crl.this_update.isoformat(),
        "next_update": crl.next_update.isoformat() if crl.next_update else None,
        "age_days": crl.age_days(now),
        "expired": crl.expired(now),
    }
    cert = status.signing_cert
    if _name_der(cert.issuer) != _crl_issuer(crl):
        return  # a certificate of another authority: this CRL says nothing of it
    entry = crl.lookup(int(cert.serial_number))
    if entry is None:
        return
    result.revocation = entry.to_json()
    when = entry.revoked_at.strftime("%Y-%m-%d %H:%M UTC")
    oic = _dt.datetime.fromisoformat(result.oic_time) if result.oic_time else None
    if oic is not None and oic < entry.revoked_at:
        result.revocation["before_oic_time"] = False
        result.revocation_note = (
            f"El certificado se revocó el {when} ({entry.reason_text}), después del sello de "
            "tiempo del OIC: la firma se hizo cuando el certificado era válido y sigue valiendo."
        )
        return
    result.revocation["before_oic_time"] = True
    result.revocation_note = (
        f"El certificado del firmante fue revocado por el OIC el {when} ({entry.reason_text})"
        + (
            ", antes del sello de tiempo del OIC."
            if oic is not None
            else " y el informe no tiene un sello de tiempo del OIC anterior a esa fecha."
        )
    )


def _name_der(name: Any) -> bytes:
    return name.dump()


def _crl_issuer(crl: RevocationList) -> bytes:
    return crl.crl.issuer.public_bytes()


def _check_embedded_record(
    result: Verification, attachments: dict[str, bytes], evidence_check: Any
) -> None:
    """The audit's JSON record embedded in the PDF, its evidence manifest, the local files;
    for a constancia, its record instead."""
    if CONSTANCIA_ATTACHMENT in attachments and AUDIT_ATTACHMENT not in attachments:
        _read_constancia_record(result, attachments[CONSTANCIA_ATTACHMENT])
        return
    audit_json = attachments.get(AUDIT_ATTACHMENT)
    if audit_json is None:
        result.reasons.append(f"Falta el registro adjunto {AUDIT_ATTACHMENT}.")
        return
    evidence = _read_audit_record(result, audit_json)
    if evidence is None:
        return
    _check_manifest(result, evidence, attachments.get(MANIFEST_ATTACHMENT))
    if evidence_check is not None:
        _check_local_evidence(result, evidence, evidence_check)


def _read_audit_record(result: Verification, audit_json: bytes) -> Any:
    """The record's evidence list (None when the record is not valid); notes its summary."""
    try:
        document = json.loads(audit_json)
        audit = document["audit"]
        evidence = document.get("evidence", [])
        result.embedded_audit = {
            "id": audit["id"],
            "version": audit["version"],
            "form": audit["form"]["id"],
            "sha256": hashlib.sha256(audit_json).hexdigest(),
            "evidence": len(evidence),
        }
    except (ValueError, KeyError, TypeError):
        result.reasons.append(f"El registro adjunto {AUDIT_ATTACHMENT} no es válido.")
        return None
    return evidence


def _read_constancia_record(result: Verification, raw: bytes) -> None:
    """What the constancia certifies, from its embedded record (under the signature)."""
    try:
        record = json.loads(raw)
        if record["tipo"] != CONSTANCIA_KIND:
            raise ValueError(record["tipo"])
        result.constancia = {
            "folio": str(record["folio"]),
            "emisor": str(record["emisor"]),
            "observador": str(record["observador"]["nombre"]),
            "codigo": str(record["observador"]["codigo"]),
            "desde": str(record["periodo"]["desde"]),
            "hasta": str(record["periodo"]["hasta"]),
            "sesiones": len(record["sesiones"]),
            "horas": float(record["horas"]),
            "emitida": str(record["emitida"]),
            "verificar": str(record["verificar"]),
        }
    except (ValueError, KeyError, TypeError):
        result.reasons.append(f"El registro adjunto {CONSTANCIA_ATTACHMENT} no es válido.")


def _check_manifest(result: Verification, evidence: Any, manifest_raw: bytes | None) -> None:
    """The record's evidence and the manifest list the same files (hash and size)."""
    try:
        manifest = json.loads(manifest_raw) if manifest_raw is not None else None
    except ValueError:
        manifest = None
    ours = sorted((e["sha256"], e["size"]) for e in evidence)
    theirs = sorted((e["sha256"], e["size"]) for e in (manifest or {}).get("files", []))
    result.manifest_matches = manifest is not None and ours == theirs
    if not result.manifest_matches:
        result.reasons.append(
            "El registro adjunto no coincide con el manifiesto de evidencia del informe."
        )


def _check_local_evidence(result: Verification, evidence: Any, evidence_check: Any) -> None:
    """Each evidence file the record names, as found in the local data folder."""
    checked = {"ok": [], "missing": [], "altered": []}
    for sha in sorted({e["sha256"] for e in evidence}):
        checked[evidence_check(sha)].append(sha)
    result.local_evidence = {k: v for k, v in checked.items()} | {
        "checked": len({e["sha256"] for e in evidence})
    }
    if checked["missing"] or checked["altered"]:
        result.reasons.append(
            f"La evidencia local no coincide: {len(checked['missing'])} archivo(s) "
            f"faltante(s) y {len(checked['altered'])} alterado(s) en la carpeta de datos."
        )


def _conclude(result: Verification) -> None:
    """Valid when nothing was found wrong; revoked when only the revocation is; an invalid
    report is never called intact."""
    result.status = "valid" if not result.reasons else "invalid"
    if result.status == "valid" and (result.revocation or {}).get("before_oic_time"):
        result.status = "revoked"
    if result.status != "valid" and result.trust_note.startswith("Íntegro, pero "):
        # trust is separate from integrity, but never call an altered report intact
        result.trust_note = "No certificado por el OIC: " + result.trust_note.split(": ", 1)[1]


def _attr(name: Any, key: str) -> str | None:
    try:
        return str(name.native[key])
    except (KeyError, TypeError):
        return None
