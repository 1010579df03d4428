"""Building a submission, once: the newest report signed with the OIC certificate (or
the report signed again), the audit JSON embedded in it, every evidence file present
with its size, the server's limits checked; then the manifest is frozen in the outbox
row and :func:`_outgoing_from_row` says what to send.

The evidence files are not hashed here: the store is content-addressed, so the
manifest names the hashes the report signs, and each file is hashed as it is read
for sending (:mod:`observer_desktop.sync.uploads`), where a file that no longer has
its hash stops the submission before it is complete on the server."""

from __future__ import annotations

import hashlib
import io
import json
from typing import Any

from observer_desktop.core.canonical import canonical_json
from observer_desktop.core.errors import InputError, NotFoundError
from observer_desktop.services import keys
from observer_desktop.services.app import Observador
from observer_desktop.storage.repositories import now_iso
from observer_desktop.sync.engine import BlobSource, Outgoing
from observer_desktop.sync.errors import SyncError, human_size


def _report_parts(pdf: bytes) -> tuple[bytes, bytes | None, Any]:
    """(embedded audit JSON, DER of the signing certificate, the time in its signature
    timestamp or None) of a signed report."""
    from pyhanko.pdf_utils.reader import PdfFileReader

    from observer_desktop.reports.timestamps import signature_timestamp_time
    from observer_desktop.reports.verify import AUDIT_ATTACHMENT, _attachments

    reader = PdfFileReader(io.BytesIO(pdf), strict=False)
    signatures = reader.embedded_signatures
    cert_der = signatures[0].signer_cert.dump() if signatures else None
    stamped = signature_timestamp_time(signatures[0].signer_info) if signatures else None
    audit_json = _attachments(reader).get(AUDIT_ATTACHMENT)
    if audit_json is None:
        raise ValueError("no audit attachment")
    return audit_json, cert_der, stamped


def _revoked_unstamped(app: Observador, cert_der: bytes | None, stamped: Any) -> bool:
    """Signed with a certificate the kept CRL lists, and not timestamped by the OIC
    before its revocation: the server would refuse it (``certificate_revoked``)."""
    from cryptography import x509

    from observer_desktop.services.sync.crl import revocation_of

    if cert_der is None:
        return False
    entry = revocation_of(app, x509.load_der_x509_certificate(cert_der))
    return entry is not None and not (stamped is not None and stamped < entry.revoked_at)


def _signed_by_ca(cert_der: bytes | None, ca_pem: str) -> bool:
    from cryptography import x509

    if cert_der is None:
        return False
    try:
        cert = x509.load_der_x509_certificate(cert_der)
        ca = x509.load_pem_x509_certificate(ca_pem.encode())
    except ValueError:
        return False
    return keys.issued_by(cert, ca)


def _prepare_error(audit: dict, message: str) -> SyncError:
    return SyncError(
        f"«{audit['title']}» ({audit['id'][:8]} v{audit['version']}): {message}",
        code="prepare",
        scope="submission",
    )


def _latest_good_report(
    app: Observador, audit: dict, ca_pem: str
) -> tuple[dict, bytes, bytes] | None:
    """The newest report of ``audit`` signed with an OIC certificate: (row, pdf, audit JSON)."""
    for row in reversed(app.store.reports(audit["id"])):
        path = app.data_dir / row["path"]
        try:
            pdf = path.read_bytes()
        except OSError:
            continue
        if hashlib.sha256(pdf).hexdigest() != row["pdf_sha256"]:
            continue  # changed on disk since it was signed
        try:
            audit_json, cert_der, stamped = _report_parts(pdf)
        except Exception:  # pyHanko raises many kinds on a damaged file  # noqa: S112
            continue
        if _signed_by_ca(cert_der, ca_pem) and not _revoked_unstamped(app, cert_der, stamped):
            return row, pdf, audit_json
    return None


def _prepare(
    app: Observador,
    row: dict[str, Any],
    *,
    config: dict[str, Any],
    ask: keys.PassphraseProvider | None,
) -> Outgoing:
    """Freeze the submission of one outbox row (once), and return what to send."""
    audit = app.store.get_audit(row["audit_id"])
    if audit is None:  # pragma: no cover - foreign keys prevent it
        raise NotFoundError(f"Falta la auditoría {row['audit_id']}.")
    try:
        app.require_own_audit(audit)  # never another observer's work under this signature
    except InputError as exc:
        raise _prepare_error(audit, str(exc)) from None
    if row.get("manifest"):
        return _outgoing_from_row(app, row, audit)
    report_row, pdf, audit_json = _signed_report(app, audit, config["ca_pem"], ask)
    manifest = _manifest(app, audit, report_row, pdf, audit_json)
    _check_limits(audit, manifest, config.get("limits") or {})
    return _freeze(app, row, audit, manifest, audit_json, report_row)


def _signed_report(
    app: Observador, audit: dict, ca_pem: str, ask: keys.PassphraseProvider | None
) -> tuple[dict, bytes, bytes]:
    """The newest report signed with the OIC certificate, signing one now if none is:
    (row, pdf, audit JSON)."""
    found = _latest_good_report(app, audit, ca_pem)
    if found is None:
        if not keys.enrolled_with(app, ca_pem):
            raise _prepare_error(
                audit,
                "su llave de firma aún no tiene el certificado del OIC. Inicie sesión de nuevo "
                "(observer login) para obtenerlo.",
            )
        from observer_desktop.services.reports import generate_report

        try:
            generate_report(app, audit["id"], ask=ask)
        except InputError as exc:
            raise _prepare_error(
                audit,
                "hay que firmar su informe con el certificado del OIC y para eso se necesita la "
                "frase de paso de su llave de firma. Escríbala cuando se le pida al enviar, o "
                f"genere el informe de esta auditoría, y vuelva a enviar. Detalle: {exc}",
            ) from None
        found = _latest_good_report(app, audit, ca_pem)
        if found is None:
            raise _prepare_error(audit, "no se pudo leer el informe recién firmado.")
    return found


def _manifest(
    app: Observador, audit: dict, report_row: dict, pdf: bytes, audit_json: bytes
) -> dict[str, Any]:
    """The manifest of the audit JSON, the report and every evidence file."""
    try:
        document = json.loads(audit_json)
        doc_audit = document["audit"]
        evidence = document.get("evidence") or []
        form = doc_audit["form"]
    except (ValueError, KeyError, TypeError):
        raise _prepare_error(audit, "el registro adjunto al informe no es válido.") from None
    if doc_audit.get("id") != audit["id"] or doc_audit.get("version") != audit["version"]:
        raise _prepare_error(audit, "el informe corresponde a otra auditoría o versión.")
    blobs = [
        {
            "sha256": hashlib.sha256(audit_json).hexdigest(),
            "size": len(audit_json),
            "role": "audit",
        },
        {"sha256": report_row["pdf_sha256"], "size": len(pdf), "role": "report"},
    ]
    blobs.extend(_evidence_blobs(app, audit, evidence, {b["sha256"] for b in blobs}))
    return {
        "audit_id": audit["id"],
        "audit_version": audit["version"],
        "form_id": form["id"],
        "form_version": form["version"],
        "audit_sha256": blobs[0]["sha256"],
        "report_sha256": blobs[1]["sha256"],
        "blobs": blobs,
    }


def _evidence_blobs(
    app: Observador, audit: dict, evidence: list[dict[str, Any]], seen: set[str]
) -> list[dict[str, Any]]:
    """The evidence files of the audit record, each once, refused when missing or of
    another size (their bytes are hashed as they are sent)."""
    blobs: list[dict[str, Any]] = []
    for e in evidence:
        sha, size = e.get("sha256"), e.get("size")
        if not isinstance(sha, str) or not isinstance(size, int) or sha in seen:
            continue
        seen.add(sha)
        name = str(e.get("original_name") or sha[:12])
        try:
            actual = app.evidence.path_for(sha).stat().st_size
        except (OSError, ValueError):
            actual = None
        if actual is None:
            raise _prepare_error(
                audit,
                f"falta el archivo de evidencia «{name}» en la carpeta de datos. Ejecute "
                "observer evidence verify.",
            )
        if actual != size:
            raise _prepare_error(
                audit,
                f"el archivo de evidencia «{name}» está alterado (su tamaño ya no es el que "
                f"se registró: {actual} bytes en vez de {size}). "
                "Ejecute observer evidence verify y restáurelo desde su copia original.",
            )
        blobs.append({"sha256": sha, "size": size, "role": "evidence", "name": name})
    return blobs


def _freeze(
    app: Observador,
    row: dict[str, Any],
    audit: dict,
    manifest: dict[str, Any],
    audit_json: bytes,
    report_row: dict,
) -> Outgoing:
    """Store the manifest in the outbox row, unless another process prepared it first."""
    with app.database.transaction():
        current = app.store.get_outbox(row["submission_id"])
        if current is None:
            raise _prepare_error(audit, "el envío se quitó de la cola mientras se preparaba.")
        if current.get("manifest"):  # prepared meanwhile by another process: that one stands
            return _outgoing_from_row(app, current, audit)
        app.store.update_outbox(
            row["submission_id"],
            manifest=canonical_json(manifest).decode("utf-8"),
            audit_json=audit_json,
            report_path=report_row["path"],
            bytes_total=sum(b["size"] for b in manifest["blobs"]),
            updated_at=now_iso(),
        )
    return _outgoing_from_row(app, app.store.get_outbox(row["submission_id"]) or {}, audit)


def _check_limits(audit: dict, manifest: dict, limits: dict[str, int]) -> None:
    max_blob = limits.get("max_blob_bytes")
    for b in manifest["blobs"]:
        if max_blob and b["size"] > max_blob:
            raise SyncError(
                f"«{audit['title']}»: el archivo «{b.get('name') or b['role']}» "
                f"({human_size(b['size'])}) supera el máximo que acepta el servidor del OIC "
                f"({human_size(max_blob)}). Pida al OIC que aumente el límite, o quite ese "
                "archivo en una nueva versión de la auditoría.",
                code="too_large",
                scope="submission",
            )
    max_blobs = limits.get("max_blobs_per_submission")
    if max_blobs and len(manifest["blobs"]) > max_blobs:
        raise SyncError(
            f"«{audit['title']}» tiene {len(manifest['blobs']) - 2} archivos de evidencia; el "
            f"servidor del OIC acepta hasta {max_blobs - 2} por auditoría. Reparta la evidencia "
            "o pida al OIC que aumente el límite.",
            code="too_large",
            scope="submission",
        )
    max_manifest = limits.get("max_manifest_bytes")
    if max_manifest and len(canonical_json(manifest)) > max_manifest:
        raise SyncError(
            f"«{audit['title']}»: la lista de archivos es más grande de lo que acepta el servidor "
            "del OIC. Pida al OIC que aumente el límite.",
            code="too_large",
            scope="submission",
        )


def _outgoing_from_row(app: Observador, row: dict[str, Any], audit: dict) -> Outgoing:
    manifest = json.loads(row["manifest"])
    audit_json = bytes(row["audit_json"])
    sources: dict[str, BlobSource] = {}
    for b in manifest["blobs"]:
        sha, size, role = b["sha256"], int(b["size"]), b["role"]
        name = b.get("name") or ("auditoria.json" if role == "audit" else "informe.pdf")
        if role == "audit":
            sources[sha] = BlobSource(sha, size, role, name, data=audit_json)
        elif role == "report":
            sources[sha] = BlobSource(sha, size, role, name, path=app.data_dir / row["report_path"])
        else:
            sources[sha] = BlobSource(sha, size, role, name, path=app.evidence.path_for(sha))
    return Outgoing(
        submission_id=row["submission_id"],
        manifest=manifest,
        sources=sources,
        label=f"{audit['title']} (v{audit['version']})",
    )
