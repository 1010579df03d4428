"""Sending one submission: manifest, then only the missing bytes, then commit.

The algorithm of ``docs/protocol.md``, resumable at every step:

1. ``PUT /submissions/{id}`` with the manifest → which blobs the server lacks
   and how many bytes of each it already holds.
2. For each missing blob, ``PATCH`` chunks from the server's offset, a few
   blobs at once (:mod:`observer_desktop.sync.uploads`), each chunk sized to the
   line (:mod:`observer_desktop.sync.pacing`). After any failure the next
   attempt asks ``HEAD`` first, so at most the chunk that was in flight is sent
   again. ``409 offset_mismatch`` → continue from the server's offset; ``422
   hash_mismatch`` → once more from 0, then give up on this submission (the
   local file is probably damaged).
3. ``POST …/commit`` → the signed receipt, checked by the caller.

Everything repeats safely: ids are chosen here, the server is idempotent.
"""

from __future__ import annotations

import contextlib
import os
import threading
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from observer_desktop.core.errors import os_reason
from observer_desktop.sync import uploads
from observer_desktop.sync.client import ProtocolClient
from observer_desktop.sync.errors import SyncError
from observer_desktop.sync.pacing import ChunkPacer
from observer_desktop.sync.policy import Retrier, SyncControl
from observer_desktop.sync.uploads import BlobUploads

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
                _read_ahead(fh.fileno(), offset + len(chunk), length, self.size)
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


def _read_ahead(fd: int, offset: int, length: int, size: int) -> None:
    """Ask the kernel to read the next chunk meanwhile (the evidence store writes past the
    page cache, so it comes from the disk): while this chunk is sent, the next is read."""
    if offset < size and hasattr(os, "posix_fadvise"):
        with contextlib.suppress(OSError):
            os.posix_fadvise(fd, offset, min(length, size - offset), os.POSIX_FADV_WILLNEED)


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
    """Where the run stands. Thread-safe (several uploads report at once); the callback
    is called with one state at a time, in order."""

    callback: Callable[[SyncProgress], None] | None = None
    state: SyncProgress = field(default_factory=lambda: SyncProgress("connect"))
    _offsets: dict[tuple[str, str], int] = field(default_factory=dict)
    _complete: set[tuple[str, str]] = field(default_factory=set)
    _lock: threading.RLock = field(default_factory=threading.RLock, repr=False)

    def emit(self, **changes: Any) -> None:
        with self._lock:
            self.state = replace(self.state, **changes)
            if self.callback is not None:
                self.callback(self.state)

    def set_totals(self, *, files: int, nbytes: int, submissions: int) -> None:
        self.emit(files_total=files, bytes_total=nbytes, submissions_total=submissions)

    def blob_at(self, submission_id: str, source: BlobSource, offset: int) -> None:
        key = (submission_id, source.sha256)
        with self._lock:
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
    pacer: ChunkPacer | None = None,
    parallel: int | None = None,
) -> dict[str, Any]:
    """Deliver one submission; returns the body of the commit answer (receipt unchecked).

    ``chunk_bytes`` is the largest chunk (the server's); ``pacer`` sizes each chunk
    within it (one per run, so what it learnt of the line carries over); ``parallel``
    blobs go at once (:data:`~observer_desktop.sync.uploads.UPLOADS_IN_FLIGHT`)."""
    pacer = pacer or ChunkPacer(max(1, int(chunk_bytes)))
    blobs = BlobUploads(
        client, outgoing.submission_id, outgoing.sources, pacer, retrier, control, tracker,
        parallel=max(1, int(parallel or uploads.UPLOADS_IN_FLIGHT)),
    )  # fmt: skip
    return _Delivery(client, outgoing, blobs, retrier, control, tracker).run()


@dataclass
class _Delivery:
    """One submission on its way: the steps of the algorithm, and what the server is
    known (or not known) to hold between them."""

    client: ProtocolClient
    outgoing: Outgoing
    uploads: BlobUploads
    retrier: Retrier
    control: SyncControl
    tracker: ProgressTracker
    announced: bool = False  # the server's missing list (offsets) is known
    incomplete_rounds: int = 0

    @property
    def sid(self) -> str:
        return self.outgoing.submission_id

    def run(self) -> dict[str, Any]:
        """PUT, PATCH what is missing, commit; again after what may be retried."""
        while True:
            self.control.checkpoint()
            try:
                if not self.announced:
                    self._announce()
                self.uploads.send_all()
                return self._commit()
            except SyncError as exc:
                if self._send_again_what_is_incomplete(exc):
                    continue
                if not exc.retryable:
                    raise
                if self.announced:
                    self.uploads.uncertain.update(self.uploads.missing)
                self.retrier.failed(exc)  # waits, or re-raises when it is time to give up

    def _announce(self) -> None:
        """1. The manifest: the server answers which blobs it lacks, from which offset."""
        answer = self.client.put_submission(self.sid, self.outgoing.manifest)
        self.retrier.progressed()
        missing = self.uploads.missing
        missing.clear()
        if answer.get("state") != "committed":
            missing.update(self._known(answer.get("missing")))
        self.announced = True
        for sha, source in self.outgoing.sources.items():
            self.tracker.blob_at(self.sid, source, missing.get(sha, source.size))

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
        missing = self.uploads.missing
        missing.clear()
        missing.update(self._known(exc.detail.get("missing")))
        self.uploads.uncertain.update(missing)
        if not missing:  # the server is unsure: start over with the PUT
            self.announced = False
        return True

    def _known(self, listed: Any) -> dict[str, int]:
        """The blobs of this submission in a server's ``missing`` list, with their offsets."""
        found: dict[str, int] = {}
        for m in listed or []:
            if isinstance(m, dict) and m.get("sha256") in self.outgoing.sources:
                found[m["sha256"]] = int(m.get("offset") or 0)
        return found
