"""Importing a package, step by step: nothing is written until everything is checked.

Open the zip and check its members; read the manifest; read audit.json,
custody.json and checklist.yaml against their hashes; check the audit against
its checklist, then the custody chain; refuse a conflict with this folder and
any program among the evidence; then store the evidence files and write the
audit in one transaction (files it added are removed again if that fails), and
rebuild the previews.
"""

from __future__ import annotations

import zipfile
import zlib
from pathlib import Path
from typing import Any

from observer_desktop.core.errors import ConflictError, InputError
from observer_desktop.evidence.sniff import HEAD_BYTES, executable_reason
from observer_desktop.services.app import Observador
from observer_desktop.services.evidence import make_previews
from observer_desktop.services.packages.container import MAX_CHECKLIST_BYTES, Container
from observer_desktop.services.packages.custody import check_custody
from observer_desktop.services.packages.document import CheckedAudit, check_document
from observer_desktop.services.packages.layout import PackageError, is_uuid, require
from observer_desktop.services.packages.writer import store_evidence_files, write_audit

__all__ = ["import_package"]


def import_package(app: Observador, source: Path) -> dict:
    """Import a package; return a summary. Raise :class:`PackageError` and change nothing."""
    source = Path(source)
    try:
        zf = zipfile.ZipFile(source)
    except FileNotFoundError:
        raise InputError(f"No existe el archivo {source}.") from None
    except (zipfile.BadZipFile, OSError, ValueError) as exc:
        raise PackageError(
            source, f"no es un paquete de Observador (zip ilegible: {exc})."
        ) from None
    with zf:
        try:
            return _import(app, Container(zf, source))
        except (zipfile.BadZipFile, zlib.error, EOFError, NotImplementedError) as exc:
            raise PackageError(source, f"el zip está dañado ({exc}).") from None


def _import(app: Observador, container: Container) -> dict:
    path = container.path
    container.read_manifest()
    document = container.read_json("audit.json")
    custody = container.read_json("custody.json", "custody.json (registro de custodia)")
    checklist_text = container.read_checked("checklist.yaml", MAX_CHECKLIST_BYTES)
    checked = check_document(document, checklist_text, container)
    check_custody(custody, checked.document, path)
    if _already_here(app, checked.audit_id, custody):
        return {"audit": checked.audit_id, "status": "already-present", "evidence_added": 0}
    _check_local_form(app, checked)
    supersedes = _supersedes(app, checked.audit, path)
    _refuse_programs(container, checked)
    added = _write(app, container, checked, custody, supersedes)
    # thumbnails and renditions are derived data: rebuild them from the imported files
    make_previews(app, [ev["sha256"] for ev in checked.evidence])
    return {
        "audit": checked.audit_id,
        "status": "imported",
        "evidence_added": len(added),
        "answers": len(checked.answers),
        "findings": len(checked.findings),
    }


def _already_here(app: Observador, audit_id: str, custody: list[dict[str, Any]]) -> bool:
    """True when this folder holds the audit with the package's history (or more of it);
    a conflict when it holds the audit with another history."""
    if app.store.get_audit(audit_id) is None:
        return False
    local = app.store.custody_entries(audit_id)
    if len(local) >= len(custody) and [e["hash"] for e in local[: len(custody)]] == [
        e["hash"] for e in custody
    ]:
        return True
    raise ConflictError(
        f"La auditoría {audit_id[:8]} ya existe en esta carpeta con otro contenido; "
        "no se importó nada."
    )


def _check_local_form(app: Observador, checked: CheckedAudit) -> None:
    """The folder's copy of the form, if it has one, must be the package's."""
    checklist = checked.checklist
    local_form = app.store.get_checklist_row(checklist.id, checklist.version)
    if local_form is not None and local_form["sha256"] != checklist.sha256:
        raise ConflictError(
            f"El formulario {checklist.id} v{checklist.version} de esta carpeta difiere del del "
            "paquete; no se importó nada."
        )


def _supersedes(app: Observador, audit: dict[str, Any], path: Path) -> str | None:
    """The version this audit replaces, if this folder has it."""
    supersedes = audit.get("supersedes")
    if supersedes is None:
        return None
    require(is_uuid(supersedes), path, "'supersedes' no es un id válido.")
    if app.store.get_audit(supersedes) is None:
        return None  # the older version lives elsewhere; keep the link in custody only
    return supersedes


def _refuse_programs(container: Container, checked: CheckedAudit) -> None:
    """Programs and scripts are not evidence, in a package as in an import (read before
    anything is written: the package is refused whole)."""
    names = {ev["sha256"]: str(ev.get("original_name") or "") for ev in checked.evidence}
    for sha in sorted(checked.referenced):
        reason = executable_reason(container.evidence_head(sha, HEAD_BYTES), names.get(sha, ""))
        if reason:
            shown = names.get(sha) or f"evidence/{sha[:12]}…"
            raise PackageError(
                container.path,
                f"la evidencia «{shown}» {reason}; no se aceptan programas como evidencia.",
            )


def _write(
    app: Observador,
    container: Container,
    checked: CheckedAudit,
    custody: list[dict[str, Any]],
    supersedes: str | None,
) -> list[str]:
    """Evidence files first, then one transaction; the files it added go again on failure."""
    added: list[str] = []
    try:
        store_evidence_files(app, container, checked.referenced, added)
        write_audit(app, checked, custody, supersedes=supersedes, path=container.path)
    except BaseException:
        for sha in added:
            app.evidence.remove(sha)
        raise
    return added
