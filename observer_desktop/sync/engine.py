"""Sending one submission: manifest, then only the missing bytes, then commit.

The algorithm of ``docs/protocol.md``, resumable at every step:

1. ``PUT /submissions/{id}`` with the manifest → which blobs the server lacks
   and how many bytes of each it already holds.
2. For each missing blob, ``PATCH`` chunks from the server's offset. After any
   failure the next attempt asks ``HEAD`` first, so at most the chunk that was
   in flight is sent again. ``409 offset_mismatch`` → continue from the
   server's offset; ``422 hash_mismatch`` → once more from 0, then give up on
   this submission (the local file is probably damaged).
3. ``POST …/commit`` → the signed receipt, checked by the caller.

Everything repeats safely: ids are chosen here, the server is idempotent.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from observer_desktop.core.errors import os_reason
from observer_desktop.sync.client import ProtocolClient
from observer_desktop.sync.errors import SyncError, human_size
from observer_desktop.sync.policy import Retrier, SyncControl

__all__ = ["BlobSource", "Outgoing", "ProgressTracker", "SyncProgress", "send_submission"]

MAX_INCOMPLETE_ROUNDS = 3


@dataclass(frozen=True)
class BlobSource:
    """Where the bytes of one manifest blob come from: a file, or bytes in memory."""

    sha256: str
    size: int
    role: str
    name: str = ""
    path: Path | None = None
    data: bytes | None = None

    def read(self, offset: int, length: int) -> bytes:
        if self.data is not None:
            return self.data[offset : offset + length]
        assert self.path is not None
        try:
            with open(self.path, "rb") as fh:
                fh.seek(offset)
                chunk = fh.read(length)
        except OSError as exc:
            raise SyncError(
                f"No se pudo leer «{self.name or self.sha256[:12]}» ({self.path}): "
                f"{os_reason(exc)}. Ejecute observer evidence verify para revisar la "
                "carpeta de datos.",
                code="local_file",
                scope="submission",
            ) from None
        if len(chunk) != length:
            raise SyncError(
                f"El archivo «{self.name or self.sha256[:12]}» ({self.path}) está incompleto "
                "en esta computadora. Ejecute observer evidence verify.",
                code="local_file",
                scope="submission",
            )
        return chunk


@dataclass
class Outgoing:
    submission_id: str
    manifest: dict[str, Any]
    sources: dict[str, BlobSource]
    label: str = ""


@dataclass(frozen=True)
class SyncProgress:
    """Where a sync stands, for a progress bar. ``bytes_done`` counts bytes the server holds."""

    stage: str  # connect | forms | prepare | upload | commit | reviews | waiting | done
    files_done: int = 0
    files_total: int = 0
    bytes_done: int = 0
    bytes_total: int = 0
    submissions_done: int = 0
    submissions_total: int = 0
    current: str = ""
    message: str = ""
    retry_in: float | None = None

    def to_json(self) -> dict[str, Any]:
        return dict(self.__dict__)


@dataclass
class ProgressTracker:
    callback: Callable[[SyncProgress], None] | None = None
    state: SyncProgress = field(default_factory=lambda: SyncProgress("connect"))
    _offsets: dict[tuple[str, str], int] = field(default_factory=dict)
    _complete: set[tuple[str, str]] = field(default_factory=set)

    def emit(self, **changes: Any) -> None:
        self.state = replace(self.state, **changes)
        if self.callback is not None:
            self.callback(self.state)

    def set_totals(self, *, files: int, nbytes: int, submissions: int) -> None:
        self.emit(files_total=files, bytes_total=nbytes, submissions_total=submissions)

    def blob_at(self, submission_id: str, source: BlobSource, offset: int) -> None:
        key = (submission_id, source.sha256)
        if key in self._complete:
            return
        offset = max(0, min(offset, source.size))
        delta = offset - self._offsets.get(key, 0)
        self._offsets[key] = offset
        changes: dict[str, Any] = {"bytes_done": self.state.bytes_done + delta}
        if offset >= source.size:
            self._complete.add(key)
            changes["files_done"] = self.state.files_done + 1
        self.emit(stage="upload", current=source.name or source.role, **changes)


def send_submission(
    client: ProtocolClient,
    outgoing: Outgoing,
    *,
    chunk_bytes: int,
    retrier: Retrier,
    control: SyncControl,
    tracker: ProgressTracker,
) -> dict[str, Any]:
    """Deliver one submission; returns the body of the commit answer (receipt unchecked)."""
    sid = outgoing.submission_id
    missing: dict[str, int] | None = None  # sha -> server offset, after the PUT
    uncertain: set[str] = set()  # blobs whose server offset must be asked (HEAD) first
    hash_failures: dict[str, int] = {}
    incomplete_rounds = 0
    chunk_bytes = max(1, int(chunk_bytes))
    while True:
        control.checkpoint()
        try:
            if missing is None:
                answer = client.put_submission(sid, outgoing.manifest)
                retrier.progressed()
                missing = {}
                if answer.get("state") != "committed":
                    for m in answer.get("missing") or []:
                        if isinstance(m, dict) and m.get("sha256") in outgoing.sources:
                            missing[m["sha256"]] = int(m.get("offset") or 0)
                for sha, source in outgoing.sources.items():
                    tracker.blob_at(sid, source, missing.get(sha, source.size))
            for sha in sorted(missing, key=lambda s: (outgoing.sources[s].size, s)):
                _upload_blob(
                    client,
                    outgoing,
                    sha,
                    missing,
                    uncertain,
                    hash_failures,
                    chunk_bytes=chunk_bytes,
                    retrier=retrier,
                    control=control,
                    tracker=tracker,
                )
            control.checkpoint()
            tracker.emit(stage="commit", current=outgoing.label)
            body = client.commit(sid)
            retrier.progressed()
            return body
        except SyncError as exc:
            if exc.code == "incomplete" and incomplete_rounds < MAX_INCOMPLETE_ROUNDS:
                incomplete_rounds += 1
                missing = {}
                for m in exc.detail.get("missing") or []:
                    if isinstance(m, dict) and m.get("sha256") in outgoing.sources:
                        missing[m["sha256"]] = int(m.get("offset") or 0)
                        uncertain.add(m["sha256"])
                if not missing:  # the server is unsure: start over with the PUT
                    missing = None
                continue
            if not exc.retryable:
                raise
            if missing is not None:
                uncertain.update(missing)
            retrier.failed(exc)  # waits, or re-raises when it is time to give up


def _upload_blob(
    client: ProtocolClient,
    outgoing: Outgoing,
    sha: str,
    missing: dict[str, int],
    uncertain: set[str],
    hash_failures: dict[str, int],
    *,
    chunk_bytes: int,
    retrier: Retrier,
    control: SyncControl,
    tracker: ProgressTracker,
) -> None:
    sid = outgoing.submission_id
    source = outgoing.sources[sha]
    offset = missing[sha]
    if sha in uncertain:
        state = client.head_blob(sha)
        retrier.progressed()
        uncertain.discard(sha)
        if state.complete:
            tracker.blob_at(sid, source, source.size)
            del missing[sha]
            return
        offset = missing[sha] = state.offset
    tracker.blob_at(sid, source, offset)
    stuck = 0
    while offset < source.size or source.size == 0:
        control.checkpoint()
        length = min(chunk_bytes, source.size - offset)
        data = source.read(offset, length)
        try:
            new_offset, complete = client.patch_blob(sha, offset, data)
        except SyncError as exc:
            if exc.code == "offset_mismatch" and "offset" in exc.detail:
                retrier.progressed()
                offset = missing[sha] = _int(exc.detail.get("offset"), 0)
                tracker.blob_at(sid, source, offset)
                stuck += 1
                if stuck > 5:
                    raise _stuck(source) from None
                continue
            if exc.code == "hash_mismatch":
                hash_failures[sha] = hash_failures.get(sha, 0) + 1
                if hash_failures[sha] > 1:
                    raise SyncError(
                        f"El archivo «{source.name or source.role}» ({human_size(source.size)}) "
                        "llegó dañado al servidor dos veces: su huella SHA-256 no coincide. "
                        "Puede estar dañado en esta computadora; ejecute observer evidence "
                        "verify y, si aparece alterado, restáurelo desde su copia original.",
                        code="hash_mismatch",
                        scope="submission",
                    ) from None
                offset = missing[sha] = 0  # the server discarded it; send it whole again
                tracker.blob_at(sid, source, 0)
                continue
            uncertain.add(sha)
            raise
        retrier.progressed()
        if new_offset > source.size:
            raise _stuck(source)
        stuck = stuck + 1 if new_offset <= offset and length else 0
        if stuck > 5:
            raise _stuck(source)
        offset = missing[sha] = new_offset
        tracker.blob_at(sid, source, offset)
        if source.size == 0 or complete:
            break
    del missing[sha]
    tracker.blob_at(sid, source, source.size)


def _stuck(source: BlobSource) -> SyncError:
    return SyncError(
        f"El servidor no acepta más bytes de «{source.name or source.role}». Se reintentará "
        "en el próximo envío; si se repite, avise al OIC.",
        code="upload_stuck",
        scope="submission",
    )


def _int(value: Any, default: int) -> int:
    try:
        return int(value)
    except (TypeError, ValueError):
        return default
