"""Writing a checked package: its evidence files, then every row in one transaction.

The audit row, its answers, findings, evidence rows and links, and its custody
log copied verbatim, closed by an ``audit.imported`` entry of this folder's
actor. A caller removes the evidence files it added if the transaction fails.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from observer_desktop.core.canonical import canonical_hash, canonical_json
from observer_desktop.core.errors import InputError
from observer_desktop.services.app import Observador
from observer_desktop.services.packages.container import MAX_EVIDENCE_BYTES, Container
from observer_desktop.services.packages.custody import finalized_hash
from observer_desktop.services.packages.document import CheckedAudit
from observer_desktop.services.packages.layout import PackageError
from observer_desktop.storage.repositories import now_iso

__all__ = ["store_evidence_files", "write_audit"]


def store_evidence_files(
    app: Observador, container: Container, referenced: dict[str, int], added: list[str]
) -> None:
    """Store each evidence file, hash checked while it streams; ``added`` gets the new ones.

    ``added`` is filled as files are stored, so a caller can remove them on any failure."""
    for sha, size in sorted(referenced.items()):
        with container.open_evidence(sha, size) as member:
            try:
                got, _, created = app.evidence.put_stream(
                    member, max_bytes=min(size, MAX_EVIDENCE_BYTES), expected_sha256=sha
                )
            except InputError as exc:
                raise PackageError(container.path, f"evidence/{sha[:12]}…: {exc}") from None
        if created:
            added.append(got)


def write_audit(
    app: Observador,
    checked: CheckedAudit,
    custody: list[dict[str, Any]],
    *,
    supersedes: str | None,
    path: Path,
) -> None:
    """Every row of the audit, in one transaction."""
    fields = app.derived_fields(checked.checklist, checked.header, checked.audit_id)
    with app.database.transaction():
        app.pin_checklist(checked.checklist)
        app.store.insert_audit(_audit_row(checked, supersedes, fields))
        _insert_answers(app, checked)
        _insert_findings(app, checked)
        _insert_evidence(app, checked)
        _insert_custody(app, checked, custody)
        app.store.append_custody(
            checked.audit_id,
            "audit.imported",
            {
                "package_audit_sha256": canonical_hash(checked.document),
                "file": Path(path).name,
            },
            actor=app.actor(),
        )


def _audit_row(
    checked: CheckedAudit, supersedes: str | None, fields: dict[str, Any]
) -> dict[str, Any]:
    audit, checklist = checked.audit, checked.checklist
    return {
        "id": checked.audit_id,
        "form_id": checklist.id,
        "form_version": checklist.version,
        "form_sha256": checklist.sha256,
        "status": audit["status"],
        "version": audit["version"],
        "supersedes": supersedes,
        "header": canonical_json(checked.header).decode("utf-8"),
        "repeat_counts": canonical_json(audit["repeat_counts"]).decode("utf-8"),
        "observer_code": (audit.get("observer") or {}).get("code"),
        "observer": canonical_json(audit.get("observer") or {}).decode("utf-8"),
        "created_at": audit["created_at"],
        "updated_at": audit["updated_at"],
        "finalized_at": audit.get("finalized_at"),
        "finalized_sha256": None,
        **fields,
    }


def _insert_answers(app: Observador, checked: CheckedAudit) -> None:
    for qid, item, value, note, updated_at in checked.answers:
        if value is None and note is None:
            continue
        app.store.put_answer(
            checked.audit_id,
            qid,
            item,
            value=value,
            note=note,
            created_at=updated_at,
            updated_at=updated_at,
        )


def _insert_findings(app: Observador, checked: CheckedAudit) -> None:
    for f in checked.findings:
        app.store.insert_finding(
            {
                "id": f["id"],
                "audit_id": checked.audit_id,
                "source": f["source"],
                "rule_id": f.get("rule_id"),
                "question_id": f.get("question_id"),
                "item": f.get("item"),
                "severity": f["severity"],
                "title": f["title"],
                "description": f.get("description") or "",
                "recommendation": f.get("recommendation") or "",
                "status": f["status"],
                "created_at": f.get("created_at") or now_iso(),
                "updated_at": f.get("updated_at") or now_iso(),
            }
        )


def _insert_evidence(app: Observador, checked: CheckedAudit) -> None:
    for ev in checked.evidence:
        gps = ev.get("gps")
        app.store.insert_evidence(
            {
                "id": ev["id"],
                "audit_id": checked.audit_id,
                "sha256": ev["sha256"],
                "size": ev["size"],
                "mime": str(ev.get("mime") or "application/octet-stream")[:200],
                "original_name": str(ev.get("original_name") or "")[:500],
                "caption": str(ev.get("caption") or "")[:5000],
                "captured_at": ev.get("captured_at"),
                "imported_at": ev.get("imported_at") or now_iso(),
                "gps_lat": gps[0] if isinstance(gps, list) and len(gps) == 2 else None,
                "gps_lon": gps[1] if isinstance(gps, list) and len(gps) == 2 else None,
                "metadata": ev.get("metadata") if isinstance(ev.get("metadata"), dict) else {},
            }
        )
        for link in ev.get("links", []):
            app.store.insert_evidence_link(
                ev["id"],
                question_id=link.get("question"),
                item=link.get("item"),
                finding_id=link.get("finding"),
            )


def _insert_custody(app: Observador, checked: CheckedAudit, custody: list[dict[str, Any]]) -> None:
    """The package's chain verbatim; the audit row's head, count and finalized hash from it."""
    audit_id = checked.audit_id
    for entry in custody:
        app.store.insert_custody_entry(audit_id, entry)
    last = custody[-1] if custody else None
    app.store.update_audit(
        audit_id, log_head=last["hash"] if last else "0" * 64, log_count=len(custody)
    )
    if checked.audit["status"] != "draft":
        app.store.update_audit(audit_id, finalized_sha256=finalized_hash(custody))
