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
from typing import Any, NamedTuple

from observer_desktop.core.errors import InputError, NotFoundError, os_reason
from observer_desktop.evidence.media import MediaInfo, analyze
from observer_desktop.evidence.sniff import GENERIC, FileKind, executable_reason, sniff
from observer_desktop.evidence.store import Cancelled
from observer_desktop.services.app import Observador
from observer_desktop.services.refs import one_by_prefix
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
    target = _import_target(
        app, audit_ref, question_id=question_id, item=item, finding_id=finding_id, caption=caption
    )
    limit = max_evidence_bytes(app)
    paths, sizes, refused = _check_files(paths, limit)
    result = ImportResult(refused=refused)
    pipeline = _ImportPipeline(
        app,
        target,
        result,
        sizes=sizes,
        limit=limit,
        progress=progress,
        cancel=should_cancel or (lambda: False),
        workers=workers,
    )
    pipeline.run(paths)
    if previews and not result.cancelled:
        make_previews(
            app,
            [e["sha256"] for e in result.added if e.get("thumbnail")],
            progress=progress,
            should_cancel=should_cancel,
            workers=workers,
        )
    return result


@dataclass(frozen=True)
class _Target:
    """Where imported files go: the audit, the question (and item) or the finding they
    are linked to, and their caption."""

    audit_id: str
    question_id: str | None
    item: int | None
    finding_id: str | None
    caption: str


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
) -> _Target:
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
    return _Target(audit["id"], question_id, item, finding_id, caption)


class _Stored(NamedTuple):
    """A file in the store, its analysis under way on the pool."""

    path: Path
    sha: str
    size: int
    kind: FileKind
    analysis: Future[MediaInfo]


class _ImportPipeline:
    """One import: this thread reads, hashes and stores file after file while the pool
    analyzes the previous ones; each analyzed file is recorded as soon as it is done."""

    def __init__(
        self,
        app: Observador,
        target: _Target,
        result: ImportResult,
        *,
        sizes: list[int],
        limit: int,
        progress: Callable[[ImportProgress], None] | None,
        cancel: Callable[[], bool],
        workers: int,
    ):
        self.app, self.target, self.result = app, target, result
        self.files_total, self.bytes_total = len(sizes), sum(sizes)
        self.limit, self.progress, self.cancel, self.workers = limit, progress, cancel, workers
        self.files_done = 0
        self.bytes_done = 0
        self.current = ""
        self.pending: deque[_Stored] = deque()

    def run(self, paths: list[Path]) -> None:
        """Every file, or up to a cancel: files already stored are recorded in any case."""
        workers = self.workers
        with ThreadPoolExecutor(max_workers=max(1, workers), thread_name_prefix="evidence") as pool:
            try:
                for path in paths:
                    if self.cancel():
                        raise Cancelled
                    self.current = path.name
                    self._report(self.current)
                    self.pending.append(self._store(pool, path))
                    # keep storing ahead while the workers decode; finish what is done
                    while self.pending and (
                        len(self.pending) > 2 * workers or self.pending[0].analysis.done()
                    ):
                        self._finish(self.pending.popleft())
            except Cancelled:
                self.result.cancelled = True
            finally:
                # files already stored are finished and recorded, even on cancel or error
                while self.pending:
                    self._finish(self.pending.popleft())

    def _store(self, pool: ThreadPoolExecutor, path: Path) -> _Stored:
        """One streaming pass into the store; its metadata and thumbnail on the pool."""
        evidence = self.app.evidence
        try:
            with open(path, "rb") as fh:
                sha, size, _created = evidence.put_stream(
                    fh, max_bytes=self.limit, on_bytes=self._on_bytes, should_cancel=self.cancel
                )
        except OSError as exc:
            raise InputError(f"No se pudo leer {path}: {os_reason(exc)}.") from None
        stored = evidence.path_for(sha)
        kind = sniff(stored)
        thumb = evidence.thumbnail_path(sha)
        future = pool.submit(
            analyze,
            stored,
            mime=kind.mime,
            thumb_path=thumb if kind.is_image and not thumb.is_file() else None,
            rendition_path=None,
        )
        return _Stored(path, sha, size, kind, future)

    def _finish(self, stored: _Stored) -> None:
        _record(self.app, self.target, stored, stored.analysis.result(), self.result)
        self.files_done += 1
        self._report(stored.path.name)

    def _on_bytes(self, n: int) -> None:
        self.bytes_done += n
        self._report(self.current)

    def _report(self, current: str) -> None:
        if self.progress is not None:
            self.progress(
                ImportProgress(
                    self.files_done, self.files_total, self.bytes_done, self.bytes_total, current
                )
            )


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
    todo = _missing_previews(app, shas)
    if not todo:
        return 0
    return _render_previews(
        todo, progress=progress, cancel=should_cancel or (lambda: False), workers=workers
    )


_Preview = tuple[Path, str, Path, Path]  # source, mime, thumbnail, rendition


def _missing_previews(app: Observador, shas: Iterable[str]) -> list[_Preview]:
    """The stored images among ``shas`` that lack their thumbnail or their rendition."""
    todo: list[_Preview] = []
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
    return todo


def _render_previews(
    todo: list[_Preview],
    *,
    progress: Callable[[ImportProgress], None] | None,
    cancel: Callable[[], bool],
    workers: int,
) -> int:
    """Decode on the pool, a few files ahead; how many files were written."""
    made = 0

    def report(done: int, current: str) -> None:
        if progress is not None:
            progress(ImportProgress(done, len(todo), 0, 0, current, stage="previews"))

    with ThreadPoolExecutor(max_workers=max(1, workers), thread_name_prefix="previews") as pool:
        futures: deque[Future[MediaInfo]] = deque()
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
    app: Observador, target: _Target, stored: _Stored, info: MediaInfo, result: ImportResult
) -> None:
    """One analyzed file into the audit, in one transaction: a new evidence row with its
    links and custody entry, or, for content the audit already holds, only new links."""
    if stored.kind == GENERIC:  # kept, but the observer is told it will not be shown
        info = replace(info, warnings=[*info.warnings, UNKNOWN_TYPE_WARNING])
    for message in info.warnings:
        result.warnings.append({"file": str(stored.path), "message": message})
    with app.database.transaction():
        app.editable_audit(target.audit_id)  # still a draft (another process may have finalized it)
        existing = app.store.find_evidence_by_hash(target.audit_id, stored.sha)
        if existing is not None:
            _link_again(app, target, stored.path, existing, result)
            return
        row = _insert_new(app, target, stored, info)
    result.added.append(row)


def _link_again(
    app: Observador, target: _Target, path: Path, existing: dict, result: ImportResult
) -> None:
    """Content the audit already holds: not stored twice, only linked where asked."""
    linked = _link(app, existing["id"], target.question_id, target.item, target.finding_id)
    result.duplicates.append(
        {
            "file": str(path),
            "evidence": existing["id"],
            "linked": linked,
            "message": f"{path.name} ya estaba en la auditoría como «{existing['original_name']}».",
        }
    )
    if linked:
        _custody_linked(
            app, target.audit_id, existing["id"], target.question_id, target.item, target.finding_id
        )


def _insert_new(app: Observador, target: _Target, stored: _Stored, info: MediaInfo) -> dict:
    """The evidence row, its links, the audit touched and the custody entry; returns the
    row as the import reports it (with ``thumbnail``)."""
    thumb = app.evidence.thumbnail_path(stored.sha).is_file()
    row = _evidence_row(target, stored, info, thumb)
    app.store.insert_evidence(row)
    _link(app, row["id"], target.question_id, target.item, target.finding_id)
    app.store.update_audit(target.audit_id, updated_at=now_iso())
    app.store.append_custody(
        target.audit_id,
        "evidence.added",
        {
            "evidence": row["id"],
            "sha256": stored.sha,
            "size": stored.size,
            "mime": stored.kind.mime,
            "name": row["original_name"],
            "question": target.question_id,
            "item": target.item,
            "finding": target.finding_id,
        },
        actor=app.actor(),
    )
    return {**row, "thumbnail": thumb}


def _evidence_row(target: _Target, stored: _Stored, info: MediaInfo, thumb: bool) -> dict:
    metadata = dict(info.metadata)
    metadata["kind"] = stored.kind.kind
    metadata["type_label"] = stored.kind.label
    metadata["thumbnail"] = thumb
    if info.warnings:
        metadata["warnings"] = info.warnings
    return {
        "id": str(uuid.uuid4()),
        "audit_id": target.audit_id,
        "sha256": stored.sha,
        "size": stored.size,
        "mime": stored.kind.mime,
        "original_name": stored.path.name[:500],
        "caption": target.caption,
        "captured_at": info.captured_at,
        "imported_at": now_iso(),
        "gps_lat": info.gps[0] if info.gps else None,
        "gps_lon": info.gps[1] if info.gps else None,
        "metadata": metadata,
    }


def _custody_linked(
    app: Observador,
    audit_id: str,
    evidence_id: str,
    question_id: str | None,
    item: int | None,
    finding_id: str | None,
) -> None:
    app.store.append_custody(
        audit_id,
        "evidence.linked",
        {"evidence": evidence_id, "question": question_id, "item": item, "finding": finding_id},
        actor=app.actor(),
    )


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
        linked = _link(app, ev["id"], question_id, item, finding_id)
        if linked:
            app.store.update_audit(audit["id"], updated_at=now_iso())
            _custody_linked(app, audit["id"], ev["id"], question_id, item, finding_id)
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
