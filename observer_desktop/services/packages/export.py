"""Exporting an audit as a package: the members, the manifest, and a zip written whole."""

from __future__ import annotations

import uuid
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

from observer_desktop.core.canonical import canonical_json, sha256_hex
from observer_desktop.core.errors import InputError, os_reason
from observer_desktop.services.app import Observador
from observer_desktop.services.packages.layout import PACKAGE_FORMAT, PACKAGE_SUFFIX
from observer_desktop.storage.repositories import now_iso

__all__ = ["export_package", "package_file_name"]

Progress = Callable[[int, int], None]


def package_file_name(audit: dict) -> str:
    """The name a package gets unless the observer chooses another."""
    return f"auditoria-{audit['id'][:8]}-v{audit['version']}{PACKAGE_SUFFIX}"


def export_package(
    app: Observador,
    audit_ref: str,
    target: Path,
    *,
    progress: Progress | None = None,
) -> Path:
    """Write the audit, its custody log, checklist and evidence to ``target`` (a zip).

    ``progress(bytes_done, bytes_total)`` is called after each evidence file;
    an exception it raises (a cancel) stops the export. The file appears only
    when complete (written beside it, then renamed); nothing is left otherwise.
    """
    audit = app.resolve_audit(audit_ref)
    document = app.audit_document(audit["id"])
    fixed = {
        "audit.json": canonical_json(document),
        "custody.json": canonical_json(app.custody_log(audit["id"])),
        "checklist.yaml": app.checklist_for(audit).source_text.encode("utf-8"),
    }
    evidence = sorted({e["sha256"]: e["size"] for e in document["evidence"]}.items())
    manifest = _manifest(app, audit, fixed, evidence)
    target = Path(target)
    tmp = target.with_name(f".{target.name}.{uuid.uuid4().hex[:8]}.tmp")
    try:
        _write_zip(app, tmp, manifest, fixed, evidence, progress)
        tmp.replace(target)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise InputError(f"No se pudo escribir {target}: {os_reason(exc)}.") from None
    except BaseException:  # cancelled from ``progress``: no half-written package stays
        tmp.unlink(missing_ok=True)
        raise
    return target


def _manifest(
    app: Observador, audit: dict, fixed: dict[str, bytes], evidence: list[tuple[str, int]]
) -> dict[str, Any]:
    """The manifest: every other member's name, SHA-256 and size (evidence must be here)."""
    files: list[dict[str, Any]] = [
        {"name": name, "sha256": sha256_hex(data), "size": len(data)}
        for name, data in fixed.items()
    ]
    for sha, size in evidence:
        if not app.evidence.has(sha):
            raise InputError(
                f"Falta el archivo de evidencia {sha[:12]}… en la carpeta de datos; "
                "ejecute 'observer evidence verify' y vuelva a adjuntarlo."
            )
        files.append({"name": f"evidence/{sha}", "sha256": sha, "size": size})
    return {
        "format": PACKAGE_FORMAT,
        "audit_id": audit["id"],
        "audit_version": audit["version"],
        "created_at": now_iso(),
        "files": files,
    }


def _write_zip(
    app: Observador,
    tmp: Path,
    manifest: dict[str, Any],
    fixed: dict[str, bytes],
    evidence: list[tuple[str, int]],
    progress: Progress | None,
) -> None:
    with zipfile.ZipFile(tmp, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("manifest.json", canonical_json(manifest))
        for name, data in fixed.items():
            zf.writestr(name, data)
        total = sum(size for _, size in evidence)
        done = 0
        if progress is not None:
            progress(done, total)
        for sha, size in evidence:
            # photos and PDFs are already compressed; storing is faster and no bigger
            zf.write(
                app.evidence.path_for(sha), f"evidence/{sha}", compress_type=zipfile.ZIP_STORED
            )
            done += size
            if progress is not None:
                progress(done, total)
