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
    delivery = _Delivery(client, outgoing, max(1, int(chunk_bytes)), retrier, control, tracker)
    return delivery.run()


@dataclass
class _Delivery:
    """One submission on its way: the steps of the algorithm, and what the server is
    known (or not known) to hold between them."""

    client: ProtocolClient
    outgoing: Outgoing
    chunk_bytes: int
    retrier: Retrier
    control: SyncControl
    tracker: ProgressTracker
    missing: dict[str, int] | None = None  # sha -> server offset, after the PUT
    uncertain: set[str] = field(default_factory=set)  # server offset to ask (HEAD) first
    hash_failures: dict[str, int] = field(default_factory=dict)
    incomplete_rounds: int = 0

    @property
    def sid(self) -> str:
        return self.outgoing.submission_id

    def run(self) -> dict[str, Any]:
        """PUT, PATCH what is missing, commit; again after what may be retried."""
        while True:
            self.control.checkpoint()
            try:
                if self.missing is None:
                    self._announce()
                sources = self.outgoing.sources
                for sha in sorted(self.missing, key=lambda s: (sources[s].size, s)):
                    self._upload_blob(sha)
                return self._commit()
            except SyncError as exc:
                if self._send_again_what_is_incomplete(exc):
                    continue
                if not exc.retryable:
                    raise
                if self.missing is not None:
                    self.uncertain.update(self.missing)
                self.retrier.failed(exc)  # waits, or re-raises when it is time to give up

    def _announce(self) -> None:
        """1. The manifest: the server answers which blobs it lacks, from which offset."""
        answer = self.client.put_submission(self.sid, self.outgoing.manifest)
        self.retrier.progressed()
        self.missing = {}
        if answer.get("state") != "committed":
            self.missing.update(self._known(answer.get("missing")))
        for sha, source in self.outgoing.sources.items():
            self.tracker.blob_at(self.sid, source, self.missing.get(sha, source.size))

    def _commit(self) -> dict[str, Any]:
        """3. Commit: the body holds the signed receipt."""
        self.control.checkpoint()
        self.tracker.emit(stage="commit", current=self.outgoing.label)
        body = self.client.commit(self.sid)
        self.retrier.progressed()
        return body

    def _send_again_what_is_incomplete(self, exc: SyncError) -> bool:
        """A commit refused as incomplete names what the server lacks: send that (a few
        rounds at most), its offsets asked first; when it names nothing, PUT again."""
        if exc.code != "incomplete" or self.incomplete_rounds >= MAX_INCOMPLETE_ROUNDS:
            return False
        self.incomplete_rounds += 1
        self.missing = self._known(exc.detail.get("missing"))
        self.uncertain.update(self.missing)
        if not self.missing:  # the server is unsure: start over with the PUT
            self.missing = None
        return True

    def _known(self, listed: Any) -> dict[str, int]:
        """The blobs of this submission in a server's ``missing`` list, with their offsets."""
        found: dict[str, int] = {}
        for m in listed or []:
            if isinstance(m, dict) and m.get("sha256") in self.outgoing.sources:
                found[m["sha256"]] = int(m.get("offset") or 0)
        return found

    def _upload_blob(self, sha: str) -> None:
        """2. One missing blob, from the server's offset to its end."""
        source = self.outgoing.sources[sha]
        offset: int | None = self.missing[sha]
        if sha in self.uncertain:
            offset = self._ask_offset(sha, source)
            if offset is None:
                return
        self.tracker.blob_at(self.sid, source, offset)
        self._send_chunks(sha, source, offset)
        del self.missing[sha]
        self.tracker.blob_at(self.sid, source, source.size)

    def _ask_offset(self, sha: str, source: BlobSource) -> int | None:
        """HEAD after a failure: where the server's copy ends, None when it is whole."""
        state = self.client.head_blob(sha)
        self.retrier.progressed()
        self.uncertain.discard(sha)
        if state.complete:
            self.tracker.blob_at(self.sid, source, source.size)
            del self.missing[sha]
            return None
        self.missing[sha] = state.offset
        return state.offset

    def _send_chunks(self, sha: str, source: BlobSource, offset: int) -> None:
        """PATCH chunk after chunk; follow the server's offset, start over once on a bad
        hash, give up when the offset stops moving."""
        stuck = 0
        while offset < source.size or source.size == 0:
            self.control.checkpoint()
            length = min(self.chunk_bytes, source.size - offset)
            data = source.read(offset, length)
            try:
                new_offset, complete = self.client.patch_blob(sha, offset, data)
            except SyncError as exc:
                if exc.code == "offset_mismatch" and "offset" in exc.detail:
                    self.retrier.progressed()
                    offset = self._now_at(sha, source, _int(exc.detail.get("offset"), 0))
                    stuck += 1
                    if stuck > 5:
                        raise _stuck(source) from None
                    continue
                if exc.code == "hash_mismatch":
                    self._count_damaged(sha, source)
                    offset = self._now_at(sha, source, 0)  # discarded: send it whole again
                    continue
                self.uncertain.add(sha)
                raise
            self.retrier.progressed()
            if new_offset > source.size:
                raise _stuck(source)
            stuck = stuck + 1 if new_offset <= offset and length else 0
            if stuck > 5:
                raise _stuck(source)
            offset = self._now_at(sha, source, new_offset)
            if source.size == 0 or complete:
                break

    def _now_at(self, sha: str, source: BlobSource, offset: int) -> int:
        """The server holds ``offset`` bytes of the blob now."""
        self.missing[sha] = offset
        self.tracker.blob_at(self.sid, source, offset)
        return offset

    def _count_damaged(self, sha: str, source: BlobSource) -> None:
        """A blob that arrives damaged twice is probably damaged here: give up on it."""
        self.hash_failures[sha] = self.hash_failures.get(sha, 0) + 1
        if self.hash_failures[sha] > 1:
            raise SyncError(
                f"El archivo «{source.name or source.role}» ({human_size(source.size)}) "
                "llegó dañado al servidor dos veces: su huella SHA-256 no coincide. "
                "Puede estar dañado en esta computadora; ejecute observer evidence "
                "verify y, si aparece alterado, restáurelo desde su copia original.",
                code="hash_mismatch",
                scope="submission",
            ) from None


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
