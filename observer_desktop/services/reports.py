"""Report use cases: generate and sign the PDF of a finalized audit; verify any report."""

from __future__ import annotations

import datetime as _dt
import io
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from observer_desktop.core.canonical import canonical_json, sha256_hex
from observer_desktop.core.engine import evaluate
from observer_desktop.core.errors import InputError, os_reason
from observer_desktop.core.files import atomic_write
from observer_desktop.reports.layout import ReportData, build_report
from observer_desktop.reports.page import SIGNATURE_BOX
from observer_desktop.reports.signing import SigningIdentity, sign_pdf
from observer_desktop.reports.verify import (
    AUDIT_ATTACHMENT,
    MANIFEST_ATTACHMENT,
    Verification,
    verify_pdf,
)
from observer_desktop.services.app import Observador
from observer_desktop.services.evidence import make_previews
from observer_desktop.services.keys import (
    PassphraseProvider,
    ensure_identity,
    passphrase_for,
    terminal_prompt,
)
from observer_desktop.storage.repositories import now_iso

__all__ = ["GeneratedReport", "generate_report", "verify_report"]

ProgressFn = Callable[[str, int, int], None]


@dataclass
class GeneratedReport:
    audit_id: str
    path: Path
    sha256: str
    size: int
    signer: str
    signed_at: str
    # the OIC's time in the signature's timestamp (PAdES B-T), when the laptop was online
    timestamped_at: str | None = None
    timestamp_note: str | None = None  # why it has none (offline, the TSA refused…)

    def to_json(self) -> dict:
        return {
            "audit": self.audit_id,
            "path": str(self.path),
            "sha256": self.sha256,
            "bytes": self.size,
            "signer": self.signer,
            "signed_at": self.signed_at,
            "timestamped_at": self.timestamped_at,
            "timestamp_note": self.timestamp_note,
        }


def generate_report(
    app: Observador,
    audit_ref: str,
    *,
    output: Path | None = None,
    progress: ProgressFn | None = None,
    ask: PassphraseProvider | None = terminal_prompt,
    timestamp: bool = True,
) -> GeneratedReport:
    """Lay out, embed the audit JSON, sign, keep a copy in ``<data>/reports`` (and ``output``).

    ``progress(stage, done, total)`` hears each stage: prepare, previews, the layout's own,
    sign (0 then 1), done. An exception it raises (a cancel) before "done" leaves nothing
    kept or recorded. When the observer is logged in to the OIC and its server answers
    (``timestamp``), the signature gets the OIC's timestamp (PAdES B-T); offline, or if
    the time-stamping authority fails, the report is signed without one and
    ``timestamp_note`` says why. Call it off the UI thread (it may wait a few seconds)."""
    report = progress or (lambda stage, done, total: None)
    audit = _signable_audit(app, audit_ref)
    identity = ensure_identity(app, ask=ask)
    passphrase = passphrase_for(app, identity, ask=ask)
    report("prepare", 0, 1)
    checklist = app.checklist_for(audit)
    document = app.audit_document(audit["id"])
    evidence = _report_evidence(app, audit["id"], report)
    data = ReportData(
        document=document,
        checklist=checklist,
        evaluation=evaluate(checklist, app.audit_state(audit)),
        evidence=evidence,
        custody=app.custody_log(audit["id"]),
        generated_at=_dt.datetime.now(_dt.UTC),
        extra={
            "certificate": identity.fingerprint[:16]
            + ("" if not identity.self_signed else " (autofirmado)")
        },
    )
    unsigned = io.BytesIO()
    build_report(data, unsigned, progress=report)
    audit_json = canonical_json(document)
    attachments = _embedded_files(audit["id"], audit_json, evidence)
    report("sign", 0, 1)
    observer = document["audit"].get("observer") or {}
    signed, timestamped_at, note = _sign(
        app,
        unsigned.getvalue(),
        identity,
        passphrase,
        signer_name=observer.get("name", identity.common_name),
        location=observer.get("municipality", ""),
        attachments=attachments,
        timestamp=timestamp,
    )
    report("sign", 1, 1)
    digest = sha256_hex(signed)
    kept = _keep(app, audit, signed, digest)
    signed_at = _record_signed(app, audit["id"], identity, signed, digest, kept, audit_json)
    target = kept if output is None else _copy_to(Path(output), signed, kept)
    report("done", 1, 1)
    return GeneratedReport(
        audit["id"], target, digest, len(signed), identity.subject, signed_at,
        timestamped_at=timestamped_at, timestamp_note=note,
    )  # fmt: skip


OFFLINE_NOTE = (
    "Sin sello de tiempo del OIC: la computadora no estaba conectada al servidor del OIC. "
    "El OIC le pondrá su sello cuando reciba el informe."
)


def _sign(
    app: Observador,
    unsigned: bytes,
    identity: SigningIdentity,
    passphrase: bytes,
    *,
    signer_name: str,
    location: str,
    attachments: list[tuple[str, bytes, str, str]],
    timestamp: bool,
) -> tuple[bytes, str | None, str | None]:
    """(signed PDF, the OIC's time in its timestamp, why there is none): with the OIC's
    timestamp when the observer is logged in and the server answers, else without."""
    args = {
        "box": SIGNATURE_BOX,
        "signer_name": signer_name,
        "location": location,
        "attachments": attachments,
    }
    stamper = _oic_timestamper(app) if timestamp else None
    if stamper is not None:
        from pyhanko.sign.timestamps.common_utils import TimestampRequestError

        try:
            signed = sign_pdf(unsigned, identity, passphrase, timestamper=stamper, **args)
            return signed, _signature_timestamp(signed), None
        except (TimestampRequestError, OSError) as exc:
            note = f"Sin sello de tiempo del OIC ({exc}). El OIC le pondrá su sello al recibirlo."
        except Exception as exc:  # a timestamp is a bonus: never a reason not to sign
            note = (
                f"Sin sello de tiempo del OIC (falló la solicitud: {type(exc).__name__}). "
                "El OIC le pondrá su sello al recibirlo."
            )
        return sign_pdf(unsigned, identity, passphrase, **args), None, note
    note = OFFLINE_NOTE if timestamp else None
    return sign_pdf(unsigned, identity, passphrase, **args), None, note


TSA_CONNECT_SECONDS = 3.0  # a quick check: the report must not wait long offline
TSA_STALL_SECONDS = 8.0


def _oic_timestamper(app: Observador):
    """The OIC's time-stamping authority as a pyHanko ``TimeStamper`` when the observer is
    logged in to a pinned server; None otherwise (no request is made here)."""
    from observer_desktop.services.sync.server import SyncOptions, _client, _server_config
    from observer_desktop.services.sync_keys import SESSION_KEY
    from observer_desktop.sync.tsa import oic_timestamper

    config = _server_config(app)
    if not config or not config.get("url") or not app.store.get_setting(SESSION_KEY):
        return None
    url, ca_pem = config["url"], config.get("ca_pem")
    options = SyncOptions(connect_timeout=TSA_CONNECT_SECONDS, stall_timeout=TSA_STALL_SECONDS)
    # pyHanko asks from a worker thread: everything read from the database is read here
    return oic_timestamper(lambda: _client(app, url, None, options, ca_pem=ca_pem))


def _signature_timestamp(signed: bytes) -> str | None:
    """The time in the signature timestamp of ``signed`` (ISO 8601, UTC)."""
    from pyhanko.pdf_utils.reader import PdfFileReader

    from observer_desktop.reports.timestamps import signature_timestamp_time

    sig = PdfFileReader(io.BytesIO(signed), strict=False).embedded_signatures[0]
    moment = signature_timestamp_time(sig.signer_info)
    return moment.astimezone(_dt.UTC).isoformat() if moment is not None else None


def _signable_audit(app: Observador, audit_ref: str) -> dict:
    """The audit, once finalized, and the observer's own."""
    audit = app.resolve_audit(audit_ref)
    if audit["status"] == "draft":
        raise InputError(
            "El informe se genera de una auditoría finalizada: finalícela primero "
            "(observer audit finalize)."
        )
    app.require_own_audit(audit)  # its JSON and PDF name that observer: not signed by us
    return audit


def _report_evidence(app: Observador, audit_id: str, report: ProgressFn) -> list[dict]:
    """The audit's evidence rows with their renditions (made now where missing) and links."""
    rows = app.store.evidence(audit_id)
    # renditions an import did not get to (cancelled, or a package from elsewhere)
    make_previews(
        app,
        [r["sha256"] for r in rows if r["mime"].startswith("image/")],
        progress=lambda p: report("previews", p.files_done, p.files_total),
    )
    evidence = []
    for row in rows:
        rendition = app.evidence.rendition_path(row["sha256"])
        evidence.append(
            {
                **row,
                "rendition": rendition if rendition.is_file() else None,
                "links": [
                    {"question": x["question_id"], "item": x["item"], "finding": x["finding_id"]}
                    for x in row["links"]
                ],
            }
        )
    return evidence


def _embedded_files(
    audit_id: str, audit_json: bytes, evidence: list[dict]
) -> list[tuple[str, bytes, str, str]]:
    """What the signed PDF embeds: the audit's canonical JSON and the evidence manifest."""
    manifest = canonical_json(
        {
            "audit": audit_id,
            "files": [
                {
                    "sha256": e["sha256"],
                    "size": e["size"],
                    "name": e["original_name"],
                    "mime": e["mime"],
                }
                for e in evidence
            ],
        }
    )
    return [
        (
            AUDIT_ATTACHMENT,
            audit_json,
            "application/json",
            "Registro completo de la auditoría (JSON canónico)",
        ),
        (MANIFEST_ATTACHMENT, manifest, "application/json", "Manifiesto de evidencia"),
    ]


def _keep(app: Observador, audit: dict, signed: bytes, digest: str) -> Path:
    """The signed PDF written in ``<data>/reports``; its path."""
    folder = app.data_dir / "reports"
    folder.mkdir(parents=True, exist_ok=True)
    stamp = _dt.datetime.now(_dt.UTC).strftime("%Y%m%dT%H%M%SZ")
    # the content hash in the name: two reports signed in the same second never collide
    kept = folder / f"informe-{audit['id'][:8]}-v{audit['version']}-{stamp}-{digest[:8]}.pdf"
    _atomic_write(kept, signed)
    return kept


def _record_signed(
    app: Observador,
    audit_id: str,
    identity: SigningIdentity,
    signed: bytes,
    digest: str,
    kept: Path,
    audit_json: bytes,
) -> str:
    """In one transaction: the report's row, the audit signed (if it was finalized), the
    custody entry. Returns when it was signed."""
    signed_at = now_iso()
    with app.database.transaction():
        app.store.insert_report(
            {
                "id": str(uuid.uuid4()),
                "audit_id": audit_id,
                "pdf_sha256": digest,
                "path": str(kept.relative_to(app.data_dir)),
                "signer": identity.subject,
                "signed_at": signed_at,
            }
        )
        current = app.store.get_audit(audit_id)
        if current["status"] == "finalized":
            app.store.update_audit(audit_id, status="signed")
        app.store.append_custody(
            audit_id,
            "report.signed",
            {
                "pdf_sha256": digest,
                "bytes": len(signed),
                "certificate": identity.fingerprint,
                "audit_json_sha256": sha256_hex(audit_json),
            },
            actor=app.actor(),
        )
    return signed_at


def _copy_to(target: Path, signed: bytes, kept: Path) -> Path:
    """The copy the caller asked for, besides the one kept."""
    try:
        _atomic_write(target, signed)
    except OSError as exc:
        raise InputError(
            f"El informe se firmó y se guardó en {kept}, pero no se pudo copiar a {target}: "
            f"{os_reason(exc)}."
        ) from None
    return target


def _atomic_write(path: Path, data: bytes) -> None:
    atomic_write(path, data, mode=0o644)


def verify_report(
    path: Path,
    *,
    trust: list[Path] | None = None,
    app: Observador | None = None,
    crl: Path | None = None,
) -> Verification:
    """Verify a report or constancia: against ``trust`` and the OIC CA pinned in ``app``;
    revocation from ``crl`` (a file) if given, else the newest CRL kept in ``app``'s data
    folder (offline), besides any the PDF carries. The result's ``crl`` says which list
    was used and how old it is."""
    crls = _crls_for(app, crl)
    check = None
    if app is not None:

        def check(sha: str) -> str:
            actual = app.evidence.rehash(sha)
            return "missing" if actual is None else ("ok" if actual == sha else "altered")

    for t in trust or []:
        if not Path(t).is_file():
            raise InputError(f"No existe el certificado de confianza {t}.")
    # the OIC's CA pinned at login is this app's own authority: a report it certified is
    # "certified by the OIC" here without naming any file
    pinned = [ca.encode()] if app is not None and (ca := oic_ca_pem(app)) else []
    result = verify_pdf(
        Path(path), trust=trust, trust_certs=pinned, evidence_check=check, crls=crls
    )
    if result.crl is not None and result.crl["source"] == "computadora" and app is not None:
        from observer_desktop.services.sync.crl import local_crl

        result.crl["fetched_at"] = (local_crl(app) or (b"", {}))[1].get("fetched_at")
    return result


def _crls_for(app: Observador | None, crl: Path | None) -> list[tuple[str, bytes]]:
    """(source, DER) of the revocation lists to use: ``crl`` alone when given, else the
    one this laptop keeps."""
    if crl is not None:
        try:
            return [("archivo", Path(crl).read_bytes())]
        except OSError as exc:
            raise InputError(
                f"No se pudo leer la lista de revocación {crl}: {os_reason(exc)}."
            ) from None
    if app is None:
        return []
    from observer_desktop.services.sync.crl import local_crl  # here: verifying needs no sync

    kept = local_crl(app)
    return [("computadora", kept[0])] if kept else []


def oic_ca_pem(app: Observador) -> str | None:
    """The OIC certificate authority pinned when the observer logged in (None before)."""
    from observer_desktop.services.sync import SERVER_KEY  # here: verifying needs no sync

    config = app.store.get_setting(SERVER_KEY)
    return config.get("ca_pem") if isinstance(config, dict) else None
