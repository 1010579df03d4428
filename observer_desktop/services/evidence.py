"""Evidence use cases: import files into an audit, caption, link, remove, verify.

Import is a pipeline: the calling thread reads, hashes and stores one file
after another (one streaming pass each) while a small thread pool reads
metadata and makes the thumbnail of the previous files (Pillow releases the
GIL while decoding). Each file becomes one database transaction — evidence
row, link and custody entry together — as soon as its analysis is done, so a
cancelled or interrupted import keeps every file it finished and leaves no
half-written file and no orphan row.

Report-size renditions are derived data, made after the files are in
(:func:`make_previews`, stage ``"previews"`` of the progress): the observer
sees every thumbnail sooner, and a report made before they exist (an import
cancelled during that stage, a package from elsewhere) makes what is missing.
"""

from __future__ import annotations

import uuid
from collections import deque
from collections.abc import Callable, Iterable
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from observer_desktop.core.errors import InputError, NotFoundError, os_reason
from observer_desktop.evidence.media import MediaInfo, analyze
from observer_desktop.evidence.sniff import GENERIC, FileKind, executable_reason, sniff
from observer_desktop.evidence.store import Cancelled
from observer_desktop.services.app import Observador
from observer_desktop.storage.repositories import now_iso

__all__ = [
    "DEFAULT_MAX_BYTES",
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


@dataclass
class ImportProgress:
    files_done: int
    files_total: int
    bytes_done: int
    bytes_total: int
    current: str
    stage: str = "import"  # "import": files being stored; "previews": report renditions


@dataclass
class ImportResult:
    added: list[dict] = field(default_factory=list)
    duplicates: list[dict] = field(default_factory=list)
    warnings: list[dict] = field(default_factory=list)
    # files not imported, each with why: {"file": path, "reason": Spanish}
    refused: list[dict] = field(default_factory=list)
    cancelled: bool = False

    def to_json(self) -> dict[str, Any]:
        return {
            "added": [
                {k: e[k] for k in ("id", "sha256", "size", "mime", "original_name", "captured_at")}
                | {"thumbnail": e.get("thumbnail", False)}
                for e in self.added
            ],
            "duplicates": self.duplicates,
            "warnings": self.warnings,
            "refused": self.refused,
            "cancelled": self.cancelled,
        }


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


UNKNOWN_TYPE_WARNING = (
    "tipo desconocido: se guardó como archivo genérico (no se abre ni se muestra en la "
    "aplicación ni en el informe)"
)


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

    With ``previews`` the report renditions of the new photos are made afterwards
    (progress stage ``"previews"``); cancelling then stops only that stage.
    """
    paths = [Path(p) for p in paths]
    if not paths:
        raise InputError("Indique al menos un archivo.")
    caption = (caption or "").strip()
    if len(caption) > 5000:
        raise InputError("El pie de foto es demasiado largo (máximo 5000 caracteres).")
    audit, checklist = app.editable_audit(audit_ref)
    if question_id is not None:
        app.require_question(checklist, question_id, item, audit)
    elif item is not None:
        raise InputError("Indique la pregunta (--question) a la que pertenece el elemento.")
    if finding_id is not None:
        finding_id = app.resolve_finding(audit["id"], finding_id)["id"]
    limit = max_evidence_bytes(app)
    paths, sizes, refused = _check_files(paths, limit)
    total = sum(sizes)
    result = ImportResult(refused=refused)
    done_bytes = 0
    done_files = 0
    cancel = should_cancel or (lambda: False)

    def report(current: str) -> None:
        if progress is not None:
            progress(ImportProgress(done_files, len(paths), done_bytes, total, current))

    def on_bytes(n: int) -> None:
        nonlocal done_bytes
        done_bytes += n
        report(current_name)

    pending: deque[tuple[Path, str, int, FileKind, Future[MediaInfo]]] = deque()

    def finish(entry) -> None:
        nonlocal done_files
        path, sha, size, kind, future = entry
        info = future.result()
        _record(
            app,
            audit["id"],
            path,
            sha,
            size,
            kind,
            info,
            result,
            question_id=question_id,
            item=item,
            finding_id=finding_id,
            caption=caption,
        )
        done_files += 1
        report(path.name)

    current_name = ""
    with ThreadPoolExecutor(max_workers=max(1, workers), thread_name_prefix="evidence") as pool:
        try:
            for path in paths:
                if cancel():
                    raise Cancelled
                current_name = path.name
                report(current_name)
                try:
                    with open(path, "rb") as fh:
                        sha, size, _created = app.evidence.put_stream(
                            fh, max_bytes=limit, on_bytes=on_bytes, should_cancel=cancel
                        )
                except OSError as exc:
                    raise InputError(f"No se pudo leer {path}: {os_reason(exc)}.") from None
                stored = app.evidence.path_for(sha)
                kind = sniff(stored)
                thumb = app.evidence.thumbnail_path(sha)
                future = pool.submit(
                    analyze,
                    stored,
                    mime=kind.mime,
                    thumb_path=thumb if kind.is_image and not thumb.is_file() else None,
                    rendition_path=None,
                )
                pending.append((path, sha, size, kind, future))
                # keep storing ahead while the workers decode; finish what is done
                while pending and (len(pending) > 2 * workers or pending[0][4].done()):
                    finish(pending.popleft())
        except Cancelled:
            result.cancelled = True
        finally:
            # files already stored are finished and recorded, even on cancel or error
            while pending:
                finish(pending.popleft())
    if previews and not result.cancelled:
        make_previews(
            app,
            [e["sha256"] for e in result.added if e.get("thumbnail")],
            progress=progress,
            should_cancel=should_cancel,
            workers=workers,
        )
    return result


def make_previews(
    app: Observador,
    shas: Iterable[str],
    *,
    progress: Callable[[ImportProgress], None] | None = None,
    should_cancel: Callable[[], bool] | None = None,
    workers: int = 2,
) -> int:
    """Make the missing thumbnails and report renditions of stored images.

    Returns how many files were written. Stops early (keeping what is done) when
    ``should_cancel`` says so; a file that cannot be decoded is skipped.
    """
    todo = []
    for sha in dict.fromkeys(shas):
        thumb, rendition = app.evidence.thumbnail_path(sha), app.evidence.rendition_path(sha)
        if thumb.is_file() and rendition.is_file():
            continue
        source = app.evidence.path_for(sha)
        if not source.is_file():
            continue
        kind = sniff(source)
        if kind.is_image:
            todo.append((source, kind.mime, thumb, rendition))
    if not todo:
        return 0
    cancel = should_cancel or (lambda: False)
    made = 0

    def report(done: int, current: str) -> None:
        if progress is not None:
            progress(ImportProgress(done, len(todo), 0, 0, current, stage="previews"))

    with ThreadPoolExecutor(max_workers=max(1, workers), thread_name_prefix="previews") as pool:
        futures = deque()
        queue = iter(todo)
        done = 0
        report(0, todo[0][0].name)
        while True:
            # a bounded queue: a cancel stops within a few files
            while len(futures) < 2 * workers and (item := next(queue, None)) is not None:
                source, mime, thumb, rendition = item
                futures.append(
                    pool.submit(
                        analyze,
                        source,
                        mime=mime,
                        thumb_path=None if thumb.is_file() else thumb,
                        rendition_path=rendition,
                    )
                )
            if not futures:
                break
            info = futures.popleft().result()
            made += int(info.rendition) + int(info.thumbnail)
            done += 1
            report(done, "")
            if cancel():
                for future in futures:
                    future.cancel()
                break
    return made


def _record(
    app: Observador,
    audit_id: str,
    path: Path,
    sha: str,
    size: int,
    kind: FileKind,
    info: MediaInfo,
    result: ImportResult,
    *,
    question_id: str | None,
    item: int | None,
    finding_id: str | None,
    caption: str,
) -> None:
    if kind == GENERIC:  # kept, but the observer is told it will not be shown
        info = replace(info, warnings=[*info.warnings, UNKNOWN_TYPE_WARNING])
    for message in info.warnings:
        result.warnings.append({"file": str(path), "message": message})
    with app.database.transaction():
        app.editable_audit(audit_id)  # still a draft (another process may have finalized it)
        existing = app.store.find_evidence_by_hash(audit_id, sha)
        if existing is not None:
            linked = _link(app, existing["id"], question_id, item, finding_id)
            result.duplicates.append(
                {
                    "file": str(path),
                    "evidence": existing["id"],
                    "linked": linked,
                    "message": f"{path.name} ya estaba en la auditoría como «{existing['original_name']}».",
                }
            )
            if linked:
                app.store.append_custody(
                    audit_id,
                    "evidence.linked",
                    {
                        "evidence": existing["id"],
                        "question": question_id,
                        "item": item,
                        "finding": finding_id,
                    },
                    actor=app.actor(),
                )
            return
        thumb = app.evidence.thumbnail_path(sha).is_file()
        metadata = dict(info.metadata)
        metadata["kind"] = kind.kind
        metadata["type_label"] = kind.label
        metadata["thumbnail"] = thumb
        if info.warnings:
            metadata["warnings"] = info.warnings
        row = {
            "id": str(uuid.uuid4()),
            "audit_id": audit_id,
            "sha256": sha,
            "size": size,
            "mime": kind.mime,
            "original_name": path.name[:500],
            "caption": caption,
            "captured_at": info.captured_at,
            "imported_at": now_iso(),
            "gps_lat": info.gps[0] if info.gps else None,
            "gps_lon": info.gps[1] if info.gps else None,
            "metadata": metadata,
        }
        app.store.insert_evidence(row)
        _link(app, row["id"], question_id, item, finding_id)
        app.store.update_audit(audit_id, updated_at=now_iso())
        app.store.append_custody(
            audit_id,
            "evidence.added",
            {
                "evidence": row["id"],
                "sha256": sha,
                "size": size,
                "mime": kind.mime,
                "name": row["original_name"],
                "question": question_id,
                "item": item,
                "finding": finding_id,
            },
            actor=app.actor(),
        )
    result.added.append({**row, "thumbnail": thumb})


def _link(app: Observador, evidence_id: str, question_id, item, finding_id) -> bool:
    if question_id is None and finding_id is None:
        return False
    before = app.database.conn.total_changes
    if question_id is not None:
        app.store.insert_evidence_link(evidence_id, question_id=question_id, item=item)
    if finding_id is not None:
        app.store.insert_evidence_link(evidence_id, finding_id=finding_id)
    return app.database.conn.total_changes > before


def _resolve_evidence(app: Observador, audit_id: str, ref: str) -> dict:
    ref = (ref or "").strip().lower()
    if len(ref) < 4:
        raise InputError("Indique la evidencia con su id o al menos sus primeros 4 caracteres.")
    matches = app.store.evidence_ids_with_prefix(audit_id, ref)
    if len(matches) != 1:
        raise NotFoundError(
            f"No hay una evidencia {ref!r} en esta auditoría (observer evidence list)."
            if not matches
            else f"{ref!r} corresponde a varias evidencias; escriba más caracteres."
        )
    return app.store.get_evidence(matches[0])


def set_caption(app: Observador, audit_ref: str, evidence_ref: str, caption: str) -> dict:
    caption = (caption or "").strip()
    if len(caption) > 5000:
        raise InputError("El pie de foto es demasiado largo (máximo 5000 caracteres).")
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
        linked = _link(app, ev["id"], question_id, item, finding_id)
        if linked:
            app.store.update_audit(audit["id"], updated_at=now_iso())
            app.store.append_custody(
                audit["id"],
                "evidence.linked",
                {
                    "evidence": ev["id"],
                    "question": question_id,
                    "item": item,
                    "finding": finding_id,
                },
                actor=app.actor(),
            )
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
