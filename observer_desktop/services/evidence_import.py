"""The import pipeline: files into the store and into an audit, with their previews.

Each photo is read once, into page-aligned memory that the same worker then hashes
(as it reads), writes to the store (direct I/O, fsynced) and decodes for its
thumbnail and print rendition (one decode at reduced DCT scale, both sizes). A few
workers, one more than ``workers`` to cover the disk waits, take file after file,
so reading, hashing, writing and decoding of different files overlap on every
core (hashlib, file I/O and Pillow release the GIL). Files larger than
``IN_MEMORY_MAX`` stream through the store on the calling thread instead; their
analysis goes to the same workers.

The calling thread records the files in their order, in batches: one fsync of
the folders whose entries changed, then one database transaction (evidence rows,
links, custody entries) for every file finished so far, at most ``BATCH`` files or
``BATCH_SECONDS`` apart. A cancelled or interrupted import records every file it
stored and leaves no half-written file and no orphan row.
"""

from __future__ import annotations

import contextlib
import os
import sys
import threading
import time
import uuid
from collections import deque
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, NamedTuple

from observer_desktop.core.errors import InputError, os_reason
from observer_desktop.evidence.direct import AlignedBuffer
from observer_desktop.evidence.media import MediaInfo, Source, analyze
from observer_desktop.evidence.sniff import GENERIC, HEAD_BYTES, FileKind, sniff, sniff_bytes
from observer_desktop.evidence.store import Cancelled, read_hashed
from observer_desktop.services.app import Observador
from observer_desktop.storage.repositories import now_iso

__all__ = [
    "IN_MEMORY_MAX",
    "UNKNOWN_TYPE_WARNING",
    "ImportProgress",
    "ImportResult",
    "ImportTarget",
    "custody_linked",
    "link",
    "run_import",
]

IN_MEMORY_MAX = 32 * 1024 * 1024  # a 48 MP phone photo fits; a video streams
BATCH = 16  # files recorded in one transaction at most
BATCH_SECONDS = 0.3  # a finished file waits at most about this long for its row
WORKER_NICE = 5

UNKNOWN_TYPE_WARNING = (
    "tipo desconocido: se guardó como archivo genérico (no se abre ni se muestra en la "
    "aplicación ni en el informe)"
)


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


@dataclass(frozen=True)
class ImportTarget:
    """Where imported files go: the audit, the question (and item) or the finding they
    are linked to, and their caption."""

    audit_id: str
    question_id: str | None
    item: int | None
    finding_id: str | None
    caption: str


class _Stored(NamedTuple):
    """A file in the store and what its analysis found."""

    path: Path
    sha: str
    size: int
    kind: FileKind
    info: MediaInfo
    dirs: frozenset[Path]  # folders whose new entries still need an fsync
    streamed: bool = False  # its bytes were counted in the progress as they streamed


def run_import(
    app: Observador,
    target: ImportTarget,
    result: ImportResult,
    paths: list[Path],
    *,
    sizes: list[int],
    limit: int,
    progress: Callable[[ImportProgress], None] | None,
    cancel: Callable[[], bool],
    workers: int,
    renditions: bool,
) -> None:
    """Import ``paths`` (checked, with their ``sizes``) into ``result``; see the module."""
    _Pipeline(
        app,
        target,
        result,
        sizes=sizes,
        limit=limit,
        progress=progress,
        cancel=cancel,
        workers=workers,
        renditions=renditions,
    ).run(paths)


class _Pipeline:
    def __init__(
        self,
        app: Observador,
        target: ImportTarget,
        result: ImportResult,
        *,
        sizes: list[int],
        limit: int,
        progress: Callable[[ImportProgress], None] | None,
        cancel: Callable[[], bool],
        workers: int,
        renditions: bool,
    ):
        self.app, self.target, self.result = app, target, result
        self.sizes, self.limit, self.renditions = sizes, limit, renditions
        self.progress, self.cancel = progress, cancel
        self.threads = max(1, workers) + 1  # one more: a worker waiting for the disk
        self.files_done = self.bytes_done = 0
        self.bytes_streamed = 0  # of large files not recorded yet
        self.bytes_total = sum(sizes)
        self.current = ""
        self.pending: deque[tuple[Path, Future[_Stored]]] = deque()
        self.batch: list[_Stored] = []
        self.batch_started = 0.0
        self.local = threading.local()  # each worker's reusable read buffer

    def run(self, paths: list[Path]) -> None:
        """Every file, or up to a cancel: files already stored are recorded in any case."""
        pool = ThreadPoolExecutor(
            max_workers=self.threads, thread_name_prefix="evidence", initializer=_yield_to_ui
        )
        stopped = True  # by a cancel or an error: files not started yet are dropped
        try:
            for path, size in zip(paths, self.sizes, strict=True):
                if self.cancel():
                    raise Cancelled
                self.current = path.name
                self._report()
                self.pending.append((path, self._start(pool, path, size)))
                # keep a few files ahead of the workers; record what is done
                self._collect(wait=len(self.pending) > 2 * self.threads)
            stopped = False
        except Cancelled:
            self.result.cancelled = True
        finally:
            try:
                self._finish_pending(drop_unstarted=stopped)
            finally:
                pool.shutdown(wait=True)

    # ----------------------------------------------------------- one file

    def _start(self, pool: ThreadPoolExecutor, path: Path, size: int) -> Future[_Stored]:
        if size <= IN_MEMORY_MAX:
            return pool.submit(self._in_memory, path, size)
        # too large to hold: stream it here (progress and cancel per chunk), analyze there
        sha, size = self._stream(path, on_bytes=self._on_bytes)
        return pool.submit(self._analyze_stored, path, sha, size, streamed=True)

    def _in_memory(self, path: Path, size: int) -> _Stored:
        """On a worker: read (hashing as it goes), store, analyze from the same memory."""
        buffer = getattr(self.local, "buffer", None)
        if buffer is None:
            buffer = self.local.buffer = AlignedBuffer()
        try:
            with open(path, "rb", buffering=0) as fh:
                sha, got = read_hashed(fh, buffer, size)
        except OSError as exc:
            raise InputError(f"No se pudo leer {path}: {os_reason(exc)}.") from None
        if got > size:  # it grew since it was measured: take it as it is now
            sha, got = self._stream(path, on_bytes=None)
            return self._analyze_stored(path, sha, got, streamed=False)
        dirs: set[Path] = set()
        self.app.evidence.put_buffer(buffer, got, sha256=sha, pending_dirs=dirs)
        view = buffer.view(got)
        kind = sniff_bytes(bytes(view[:HEAD_BYTES]))
        if kind.mime == "application/zip":  # office documents: read the zip's directory
            kind = sniff(self.app.evidence.path_for(sha))
        return _Stored(path, sha, got, kind, self._analyze(view, sha, kind), frozenset(dirs))

    def _stream(self, path: Path, *, on_bytes: Callable[[int], None] | None) -> tuple[str, int]:
        """Into the store in one streaming pass (its folders fsynced at once)."""
        try:
            with open(path, "rb", buffering=0) as fh:
                sha, size, _created = self.app.evidence.put_stream(
                    fh, max_bytes=self.limit, on_bytes=on_bytes, should_cancel=self.cancel
                )
        except OSError as exc:
            raise InputError(f"No se pudo leer {path}: {os_reason(exc)}.") from None
        return sha, size

    def _analyze_stored(self, path: Path, sha: str, size: int, *, streamed: bool) -> _Stored:
        stored = self.app.evidence.path_for(sha)
        kind = sniff(stored)
        info = self._analyze(stored, sha, kind)
        return _Stored(path, sha, size, kind, info, frozenset(), streamed)

    def _analyze(self, source: Source, sha: str, kind: FileKind) -> MediaInfo:
        """Metadata, and the previews the store lacks (an old 1,600 px rendition is
        replaced by the print-size one)."""
        evidence = self.app.evidence
        thumb = evidence.thumbnail_path(sha)
        rendition = evidence.rendition_path(sha)
        want_rendition = kind.is_image and self.renditions and not rendition.is_file()
        info = analyze(
            source,
            mime=kind.mime,
            thumb_path=thumb if kind.is_image and not thumb.is_file() else None,
            rendition_path=rendition if want_rendition else None,
        )
        if info.rendition:
            evidence.legacy_rendition_path(sha).unlink(missing_ok=True)
        return info

    # ---------------------------------------------------------- recording

    def _collect(self, *, wait: bool) -> None:
        """Move the finished files at the head into the batch (waiting for the first
        one if ``wait``); record the batch when it is full or old enough."""
        while self.pending and (wait or self.pending[0][1].done()):
            _path, future = self.pending.popleft()
            self._add_to_batch(future.result())
            wait = False
        if self.batch and (
            len(self.batch) >= BATCH or time.monotonic() - self.batch_started >= BATCH_SECONDS
        ):
            self._record_batch()

    def _add_to_batch(self, stored: _Stored) -> None:
        if not self.batch:
            self.batch_started = time.monotonic()
        self.batch.append(stored)

    def _finish_pending(self, *, drop_unstarted: bool) -> None:
        """After the last file every file still under way is finished and recorded; after
        a cancel or an error, those not started yet are dropped (never read, nothing
        written). The first error (if any) is raised after that."""
        error: BaseException | None = None
        for _path, future in self.pending:
            if drop_unstarted and future.cancel():
                continue
            try:
                self._add_to_batch(future.result())
            except Cancelled:
                self.result.cancelled = True
            except BaseException as exc:
                error = error or exc
        self.pending.clear()
        if self.batch:
            self._record_batch()
        if error is not None:
            raise error

    def _record_batch(self) -> None:
        """The batch's folders fsynced, then its rows in one transaction; the result and
        the progress are told only once that transaction is committed."""
        batch, self.batch = self.batch, []
        self.app.evidence.sync_dirs(set().union(*(s.dirs for s in batch)))
        with self.app.database.transaction():
            outcomes = [_record(self.app, self.target, stored) for stored in batch]
        for stored, (added, duplicate, warnings) in zip(batch, outcomes, strict=True):
            self.result.warnings.extend(warnings)
            if added is not None:
                self.result.added.append(added)
            if duplicate is not None:
                self.result.duplicates.append(duplicate)
            self.files_done += 1
            self.bytes_done += stored.size
            if stored.streamed:
                self.bytes_streamed -= stored.size
        self._report(batch[-1].path.name)

    def _on_bytes(self, n: int) -> None:
        self.bytes_streamed += n
        self._report()

    def _report(self, current: str | None = None) -> None:
        if self.progress is not None:
            self.progress(
                ImportProgress(
                    self.files_done,
                    len(self.sizes),
                    self.bytes_done + self.bytes_streamed,
                    self.bytes_total,
                    current if current is not None else self.current,
                )
            )


def _yield_to_ui() -> None:
    """Workers run at a lower priority (nice +5, Linux: per thread): one more worker than
    cores keeps both cores busy, and a window's UI thread still gets a core at once."""
    if hasattr(os, "setpriority") and sys.platform.startswith("linux"):
        with contextlib.suppress(OSError):
            os.setpriority(os.PRIO_PROCESS, threading.get_native_id(), WORKER_NICE)


# --------------------------------------------------------------- the rows


def _record(
    app: Observador, target: ImportTarget, stored: _Stored
) -> tuple[dict | None, dict | None, list[dict]]:
    """One analyzed file into the audit (inside the batch's transaction): a new evidence
    row with its links and custody entry, or, for content the audit already holds, only
    new links. Returns (added row, duplicate, warnings) for the result."""
    info = stored.info
    if stored.kind == GENERIC:  # kept, but the observer is told it will not be shown
        info = replace(info, warnings=[*info.warnings, UNKNOWN_TYPE_WARNING])
    warnings = [{"file": str(stored.path), "message": m} for m in info.warnings]
    app.editable_audit(target.audit_id)  # still a draft (another process may have finalized it)
    existing = app.store.find_evidence_by_hash(target.audit_id, stored.sha)
    if existing is not None:
        return None, _link_again(app, target, stored.path, existing), warnings
    return _insert_new(app, target, stored, info), None, warnings


def _link_again(app: Observador, target: ImportTarget, path: Path, existing: dict) -> dict:
    """Content the audit already holds: not stored twice, only linked where asked."""
    linked = link(app, existing["id"], target.question_id, target.item, target.finding_id)
    if linked:
        custody_linked(
            app, target.audit_id, existing["id"], target.question_id, target.item, target.finding_id
        )
    return {
        "file": str(path),
        "evidence": existing["id"],
        "linked": linked,
        "message": f"{path.name} ya estaba en la auditoría como «{existing['original_name']}».",
    }


def _insert_new(app: Observador, target: ImportTarget, stored: _Stored, info: MediaInfo) -> dict:
    """The evidence row, its links, the audit touched and the custody entry; returns the
    row as the import reports it (with ``thumbnail``)."""
    thumb = app.evidence.thumbnail_path(stored.sha).is_file()
    row = _evidence_row(target, stored, info, thumb)
    app.store.insert_evidence(row)
    link(app, row["id"], target.question_id, target.item, target.finding_id)
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


def _evidence_row(target: ImportTarget, stored: _Stored, info: MediaInfo, thumb: bool) -> dict:
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


def custody_linked(
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


def link(app: Observador, evidence_id: str, question_id, item, finding_id) -> bool:
    if question_id is None and finding_id is None:
        return False
    before = app.database.conn.total_changes
    if question_id is not None:
        app.store.insert_evidence_link(evidence_id, question_id=question_id, item=item)
    if finding_id is not None:
        app.store.insert_evidence_link(evidence_id, finding_id=finding_id)
    return app.database.conn.total_changes > before
