"""Evidence use cases: import files into an audit, caption, link, remove, verify.

An import checks the whole selection first (sizes, programs refused with their
reason), then runs the pipeline of :mod:`.evidence_import`: each photo read once,
hashed, stored and decoded for its thumbnail and print rendition in one pass,
several files at a time, recorded in batches. Previews that a data folder lacks
are made by :func:`make_previews` (:mod:`.evidence_previews`).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from observer_desktop.core.errors import InputError, NotFoundError, os_reason
from observer_desktop.evidence.sniff import executable_reason
from observer_desktop.services.app import Observador
from observer_desktop.services.evidence_import import (
    UNKNOWN_TYPE_WARNING,
    ImportProgress,
    ImportResult,
    ImportTarget,
    custody_linked,
    link,
    run_import,
)
from observer_desktop.services.evidence_previews import make_previews
from observer_desktop.services.refs import one_by_prefix
from observer_desktop.storage.repositories import now_iso

__all__ = [
    "DEFAULT_MAX_BYTES",
    "UNKNOWN_TYPE_WARNING",
    "ImportProgress",
    "ImportResult",
    "add_evidence",
    "link_evidence",
    "make_previews",
    "max_evidence_bytes",
    "remove_evidence",
    "set_caption",
    "set_max_evidence_bytes",
    "unlink_evidence",
    "verify_evidence",
]

DEFAULT_MAX_BYTES = 500 * 1024 * 1024
MAX_BYTES_KEY = "evidence.max_bytes"


def max_evidence_bytes(app: Observador) -> int:
    value = app.store.get_setting(MAX_BYTES_KEY)
    return int(value) if value else DEFAULT_MAX_BYTES


def set_max_evidence_bytes(app: Observador, value: int) -> None:
    if not 1 <= value <= 50 * 1024**3:
        raise InputError("El tamaño máximo debe estar entre 1 byte y 50 GB.")
    with app.database.transaction():
        app.store.set_setting(MAX_BYTES_KEY, int(value))


def _mb(n: int) -> str:
    return f"{n / 1024 / 1024:,.1f} MB"


def _check_files(paths: list[Path], limit: int) -> tuple[list[Path], list[int], list[dict]]:
    """Split the selection into files to import (with their sizes) and files refused,
    each with its reason, before anything is written. Programs and scripts are refused
    by their content (and scripts without a signature by their name)."""
    good: list[Path] = []
    sizes: list[int] = []
    refused: list[dict] = []
    for path in paths:
        reason = None
        try:
            if path.is_dir():
                reason = "es una carpeta; elija los archivos que contiene"
            else:
                size = path.stat().st_size
                if size == 0:
                    reason = "está vacío (0 bytes); vuelva a copiarlo o descargarlo"
                elif size > limit:
                    reason = (
                        f"pesa {_mb(size)} y el máximo es {_mb(limit)} "
                        "(cámbielo con observer config set evidence.max_mb N)"
                    )
                else:
                    with open(path, "rb") as fh:
                        head = fh.read(16)
                    found = executable_reason(head, path.name)
                    if found:
                        reason = f"{found}; no se aceptan programas como evidencia"
        except OSError as exc:
            reason = os_reason(exc)
        if reason is None:
            good.append(path)
            sizes.append(size)
        else:
            refused.append({"file": str(path), "reason": reason})
    if not good:
        raise InputError(
            "No se importó ningún archivo:\n"
            + "\n".join(f"  - {r['file']}: {r['reason']}" for r in refused)
        )
    return good, sizes, refused


def add_evidence(
    app: Observador,
    audit_ref: str,
    paths: Iterable[str | Path],
    *,
    question_id: str | None = None,
    item: int | None = None,
    finding_id: str | None = None,
    caption: str = "",
    progress: Callable[[ImportProgress], None] | None = None,
    should_cancel: Callable[[], bool] | None = None,
    workers: int = 2,
    previews: bool = True,
) -> ImportResult:
    """Import files as evidence of an audit, optionally linked to a question or finding.

    Each photo gets its thumbnail and, with ``previews``, its print rendition in the
    same pass (without, a report makes the rendition when it needs it).
    """
    paths = [Path(p) for p in paths]
    if not paths:
        raise InputError("Indique al menos un archivo.")
    target = _import_target(
        app, audit_ref, question_id=question_id, item=item, finding_id=finding_id, caption=caption
    )
    limit = max_evidence_bytes(app)
    paths, sizes, refused = _check_files(paths, limit)
    result = ImportResult(refused=refused)
    run_import(
        app,
        target,
        result,
        paths,
        sizes=sizes,
        limit=limit,
        progress=progress,
        cancel=should_cancel or (lambda: False),
        workers=workers,
        renditions=previews,
    )
    return result


def _checked_caption(caption: str | None) -> str:
    caption = (caption or "").strip()
    if len(caption) > 5000:
        raise InputError("El pie de foto es demasiado largo (máximo 5000 caracteres).")
    return caption


def _import_target(
    app: Observador,
    audit_ref: str,
    *,
    question_id: str | None,
    item: int | None,
    finding_id: str | None,
    caption: str,
) -> ImportTarget:
    """The import's target, checked before any file is read: a draft audit, a question
    of its checklist (an item only with its question), a finding of the audit."""
    caption = _checked_caption(caption)
    audit, checklist = app.editable_audit(audit_ref)
    if question_id is not None:
        app.require_question(checklist, question_id, item, audit)
    elif item is not None:
        raise InputError("Indique la pregunta (--question) a la que pertenece el elemento.")
    if finding_id is not None:
        finding_id = app.resolve_finding(audit["id"], finding_id)["id"]
    return ImportTarget(audit["id"], question_id, item, finding_id, caption)


def _resolve_evidence(app: Observador, audit_id: str, ref: str) -> dict:
    evidence_id = one_by_prefix(
        ref,
        lambda prefix: app.store.evidence_ids_with_prefix(audit_id, prefix),
        short="Indique la evidencia con su id o al menos sus primeros 4 caracteres.",
        none="No hay una evidencia {ref!r} en esta auditoría (observer evidence list).",
        many="{ref!r} corresponde a varias evidencias; escriba más caracteres.",
    )
    return app.store.get_evidence(evidence_id)


def set_caption(app: Observador, audit_ref: str, evidence_ref: str, caption: str) -> dict:
    caption = _checked_caption(caption)
    with app.database.transaction():
        audit, _ = app.editable_audit(audit_ref)
        ev = _resolve_evidence(app, audit["id"], evidence_ref)
        if ev["caption"] != caption:
            app.store.update_evidence(ev["id"], caption=caption)
            app.store.update_audit(audit["id"], updated_at=now_iso())
            app.store.append_custody(
                audit["id"],
                "evidence.captioned",
                {"evidence": ev["id"], "caption": caption},
                actor=app.actor(),
            )
        return app.store.get_evidence(ev["id"])


def link_evidence(
    app: Observador,
    audit_ref: str,
    evidence_ref: str,
    *,
    question_id: str | None = None,
    item: int | None = None,
    finding_id: str | None = None,
) -> bool:
    if (question_id is None) == (finding_id is None):
        raise InputError(
            "Enlace la evidencia a una pregunta (--question) o a un hallazgo (--finding)."
        )
    with app.database.transaction():
        audit, checklist = app.editable_audit(audit_ref)
        ev = _resolve_evidence(app, audit["id"], evidence_ref)
        if question_id is not None:
            app.require_question(checklist, question_id, item, audit)
        else:
            finding_id = app.resolve_finding(audit["id"], finding_id)["id"]
        linked = link(app, ev["id"], question_id, item, finding_id)
        if linked:
            app.store.update_audit(audit["id"], updated_at=now_iso())
            custody_linked(app, audit["id"], ev["id"], question_id, item, finding_id)
        return linked


def unlink_evidence(
    app: Observador,
    audit_ref: str,
    evidence_ref: str,
    *,
    question_id: str | None = None,
    item: int | None = None,
    finding_id: str | None = None,
) -> None:
    with app.database.transaction():
        audit, _ = app.editable_audit(audit_ref)
        ev = _resolve_evidence(app, audit["id"], evidence_ref)
        if finding_id is not None:
            finding_id = app.resolve_finding(audit["id"], finding_id)["id"]
        removed = app.store.delete_evidence_link(
            ev["id"], question_id=question_id, item=item, finding_id=finding_id
        )
        if not removed:
            raise NotFoundError("La evidencia no estaba enlazada ahí.")
        app.store.update_audit(audit["id"], updated_at=now_iso())
        app.store.append_custody(
            audit["id"],
            "evidence.unlinked",
            {"evidence": ev["id"], "question": question_id, "item": item, "finding": finding_id},
            actor=app.actor(),
        )


def remove_evidence(app: Observador, audit_ref: str, evidence_ref: str) -> dict:
    """Take evidence out of a draft audit (the stored file stays: it may serve other audits)."""
    with app.database.transaction():
        audit, _ = app.editable_audit(audit_ref)  # a finalized audit keeps its evidence for good
        ev = _resolve_evidence(app, audit["id"], evidence_ref)
        now = now_iso()
        app.store.update_evidence(ev["id"], removed_at=now)
        links = app.store.delete_all_evidence_links(ev["id"])
        app.store.update_audit(audit["id"], updated_at=now)
        app.store.append_custody(
            audit["id"],
            "evidence.removed",
            {"evidence": ev["id"], "sha256": ev["sha256"], "links_removed": links},
            actor=app.actor(),
        )
        return ev


@dataclass
class VerifyReport:
    checked: int
    missing: list[dict]
    altered: list[dict]

    @property
    def ok(self) -> bool:
        return not self.missing and not self.altered

    def to_json(self) -> dict[str, Any]:
        return {
            "ok": self.ok,
            "checked": self.checked,
            "missing": self.missing,
            "altered": self.altered,
        }


def verify_evidence(
    app: Observador, *, progress: Callable[[int, int], None] | None = None
) -> VerifyReport:
    """Re-hash every stored file that an evidence row refers to."""
    rows = app.store.stored_evidence()
    report = VerifyReport(checked=0, missing=[], altered=[])
    for i, row in enumerate(rows):
        actual = app.evidence.rehash(row["sha256"])
        entry = {
            "sha256": row["sha256"],
            "name": row["name"],
            "path": str(app.evidence.path_for(row["sha256"])),
        }
        if actual is None:
            report.missing.append(entry)
        elif actual != row["sha256"]:
            report.altered.append({**entry, "actual_sha256": actual})
        report.checked += 1
        if progress is not None:
            progress(i + 1, len(rows))
    return report
