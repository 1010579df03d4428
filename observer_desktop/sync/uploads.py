"""The missing blobs of one submission on their way: a few at a time, each retried on
its own (step 2 of :mod:`observer_desktop.sync.engine`).

Up to :data:`UPLOADS_IN_FLIGHT` blobs go at once, smallest first, each on a
worker thread of its own with its own connection (the client's pool): while one
waits for the server's answer to a chunk (its fsync, a round trip on a slow
line) the others send. Each blob keeps the rules of one: ``PATCH`` from the
server's offset, ``HEAD`` before the next chunk after a failure (so only the
chunk in flight can be sent twice), ``409 offset_mismatch`` followed,
``422 hash_mismatch`` once more from 0. A blob whose request fails waits out the
backoff (shared: one outage is one step, :class:`~observer_desktop.sync.policy.Retrier`)
and goes on; the others are not stopped. A failure that ends the run (not
retryable, retries exhausted, cancel) stops the others after the chunk each has
in flight, so what the server acknowledged is all that was sent. Pause and cancel
are checked between chunks, as with one blob.

Each blob's bytes are hashed as they are read for sending (:class:`_BlobCheck`),
not in a pass of their own before: the manifest names the hashes the evidence
store holds (it is content-addressed), and the chunk that would complete a blob
goes only when every byte of it hashed to the manifest's SHA-256 (bytes the server
already held from an earlier run are read back and hashed first). A local file
that no longer matches is never completed on the server: its submission stops with
the reason (``hash_mismatch``) and nothing of it counts as delivered. The server
checks the whole blob again when it completes, whatever the laptop did.
"""

from __future__ import annotations

import hashlib
import threading
from collections import deque
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from observer_desktop.sync.errors import SyncError, human_size
from observer_desktop.sync.pacing import ChunkPacer
from observer_desktop.sync.policy import Retrier, SyncControl

if TYPE_CHECKING:
    from observer_desktop.sync.client import ProtocolClient
    from observer_desktop.sync.engine import BlobSource, ProgressTracker

__all__ = ["UPLOADS_IN_FLIGHT", "BlobUploads"]

# blobs sent at once: measured on loopback (bench_sync.py) and thought for a rural line
# (docs/sync.md, "Several blobs at once")
UPLOADS_IN_FLIGHT = 3
MAX_STUCK = 5  # answers in a row that do not move the offset before giving up on a blob


class _Halted(Exception):
    """Another upload of the submission failed for good: this one stops too."""


@dataclass
class BlobUploads:
    """What the server lacks of one submission, and the uploads that send it."""

    client: ProtocolClient
    submission_id: str
    sources: dict[str, BlobSource]
    pacer: ChunkPacer
    retrier: Retrier
    control: SyncControl
    tracker: ProgressTracker
    parallel: int = UPLOADS_IN_FLIGHT
    missing: dict[str, int] = field(default_factory=dict)  # sha -> server offset
    uncertain: set[str] = field(default_factory=set)  # server offset to ask (HEAD) first
    hash_failures: dict[str, int] = field(default_factory=dict)
    checks: dict[str, _BlobCheck] = field(default_factory=dict)  # sha -> bytes hashed so far
    _halt: threading.Event = field(default_factory=threading.Event, repr=False)

    def send_all(self) -> None:
        """Every missing blob, up to :attr:`parallel` at once; the first failure that
        ends the run is raised once every upload has stopped."""
        order = deque(sorted(self.missing, key=lambda s: (self.sources[s].size, s)))
        workers = max(1, min(self.parallel, len(order)))
        self._halt.clear()
        if workers == 1:
            while order:
                self._until_sent(order.popleft())
            return
        errors: list[BaseException] = []
        lock = threading.Lock()

        def work() -> None:
            while not self._halt.is_set():
                with lock:
                    if not order:
                        return
                    sha = order.popleft()
                try:
                    self._until_sent(sha)
                except _Halted:
                    return
                except BaseException as exc:  # raised in the caller's thread
                    errors.append(exc)
                    self._halt.set()
                    return

        threads = [
            threading.Thread(target=work, name=f"sync-upload-{i}", daemon=True)
            for i in range(workers)
        ]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        if errors:
            raise errors[0]

    def _checkpoint(self) -> None:
        self.control.checkpoint()  # pause blocks here; cancel raises
        if self._halt.is_set():
            raise _Halted

    def _until_sent(self, sha: str) -> None:
        """One blob to its end, waiting out the failures that may be retried."""
        while True:
            self._checkpoint()
            try:
                self._upload_blob(sha)
                return
            except SyncError as exc:
                if not exc.retryable:
                    raise
                self.uncertain.add(sha)
                self.retrier.failed(exc, wake=self._halt)  # raises when it is time to give up

    def _upload_blob(self, sha: str) -> None:
        """From the server's offset to the end (asked first after a failure)."""
        source = self.sources[sha]
        offset: int | None = self.missing[sha]
        if sha in self.uncertain:
            offset = self._ask_offset(sha, source)
            if offset is None:
                return
        self.tracker.blob_at(self.submission_id, source, offset)
        self._send_chunks(sha, source, offset)
        self.missing.pop(sha, None)
        self.tracker.blob_at(self.submission_id, source, source.size)

    def _ask_offset(self, sha: str, source: BlobSource) -> int | None:
        """HEAD after a failure: where the server's copy ends, None when it is whole."""
        state = self.client.head_blob(sha)
        self.retrier.progressed()
        self.uncertain.discard(sha)
        if state.complete:
            self.tracker.blob_at(self.submission_id, source, source.size)
            self.missing.pop(sha, None)
            return None
        self.missing[sha] = state.offset
        return state.offset

    def _send_chunks(self, sha: str, source: BlobSource, offset: int) -> None:
        """PATCH chunk after chunk, each as long as the pacer says; follow the server's
        offset, start over once on a bad hash, give up when the offset stops moving."""
        with _ReadAhead(source) as reader:
            self._send_chunks_from(sha, source, offset, reader)

    def _send_chunks_from(
        self, sha: str, source: BlobSource, offset: int, reader: _ReadAhead
    ) -> None:
        stuck = 0
        while offset < source.size or source.size == 0:
            self._checkpoint()
            length = min(self.pacer.next_size(), source.size - offset)
            data = reader.read(offset, length)
            self._check(sha, source, offset, data)
            end = offset + length
            reader.ahead(end, min(self.pacer.next_size(), source.size - end))
            started = self.pacer.clock()
            try:
                new_offset, complete = self.client.patch_blob(sha, offset, data)
            except SyncError as exc:
                if exc.code == "offset_mismatch" and "offset" in exc.detail:
                    self.retrier.progressed()
                    offset = self._now_at(sha, source, _int(exc.detail.get("offset"), 0))
                    stuck += 1
                    if stuck > MAX_STUCK:
                        raise _stuck(source) from None
                    continue
                if exc.code == "hash_mismatch":
                    self._count_damaged(sha, source)
                    offset = self._now_at(sha, source, 0)  # discarded: send it whole again
                    continue
                self.uncertain.add(sha)
                if exc.retryable:
                    self.pacer.failed()
                raise
            self.retrier.progressed()
            self.pacer.went_through(length, self.pacer.clock() - started)
            if new_offset > source.size:
                raise _stuck(source)
            stuck = stuck + 1 if new_offset <= offset and length else 0
            if stuck > MAX_STUCK:
                raise _stuck(source)
            offset = self._now_at(sha, source, new_offset)
            if source.size == 0 or complete:
                break

    def _check(self, sha: str, source: BlobSource, offset: int, data: bytes) -> None:
        """Hash ``data`` (the blob's bytes at ``offset``) in order; before the chunk that
        completes the blob, refuse a blob whose bytes do not have its SHA-256."""
        check = self.checks.get(sha)
        if check is None:
            check = self.checks[sha] = _BlobCheck()
        check.seek(offset, source)
        check.add(data)
        if offset + len(data) >= source.size and check.hexdigest() != sha:
            raise _damaged_here(source)

    def _now_at(self, sha: str, source: BlobSource, offset: int) -> int:
        """The server holds ``offset`` bytes of the blob now."""
        self.missing[sha] = offset
        self.tracker.blob_at(self.submission_id, source, offset)
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


class _ReadAhead:
    """A blob's next chunk read from its file on a thread of its own while the current
    one is sent (the evidence store writes past the page cache: its files come from the
    disk). When the pacer changed the chunk's size meanwhile, the bytes read ahead are
    still used: cut to the new size, or completed by a read of the rest; a chunk at
    another offset is read then."""

    def __init__(self, source: BlobSource) -> None:
        self.source = source
        self._pool: ThreadPoolExecutor | None = None
        self._next: tuple[int, int, Future[bytes]] | None = None

    def read(self, offset: int, length: int) -> bytes:
        ahead, self._next = self._next, None
        if ahead is None or ahead[0] != offset:
            return self.source.read(offset, length)
        data = ahead[2].result()
        if len(data) == length:
            return data
        if len(data) > length:
            return data[:length]
        return data + self.source.read(offset + len(data), length - len(data))

    def ahead(self, offset: int, length: int) -> None:
        if length <= 0 or self.source.path is None:
            return
        if self._pool is None:
            self._pool = ThreadPoolExecutor(1, thread_name_prefix="sync-read")
        self._next = (offset, length, self._pool.submit(self.source.read, offset, length))

    def __enter__(self) -> _ReadAhead:
        return self

    def __exit__(self, *exc: object) -> None:
        self._next = None
        if self._pool is not None:
            self._pool.shutdown(wait=False, cancel_futures=True)


class _BlobCheck:
    """The SHA-256 of a blob's bytes from 0 to :attr:`at`, as read for sending."""

    READ_BACK = 4 * 1024 * 1024  # bytes read at a time to hash what the server holds

    def __init__(self) -> None:
        self.at = 0
        self.digest = hashlib.sha256()
        self._before: tuple[int, Any] | None = None  # (offset, digest) before the last add

    def seek(self, offset: int, source: BlobSource) -> None:
        """The next bytes hashed are those at ``offset``: a chunk sent again after a failure
        takes the hash back to where it began; a blob resumed where an earlier run left it
        has the bytes the server holds read back and hashed first."""
        if offset == self.at:
            return
        if self._before is not None and self._before[0] == offset:
            self.at, self.digest = offset, self._before[1].copy()
        elif offset < self.at:
            self.at, self.digest = 0, hashlib.sha256()
        self._before = None
        while self.at < offset:
            piece = source.read(self.at, min(self.READ_BACK, offset - self.at))
            self.digest.update(piece)
            self.at += len(piece)

    def add(self, data: bytes) -> None:
        self._before = (self.at, self.digest.copy())
        self.digest.update(data)
        self.at += len(data)

    def hexdigest(self) -> str:
        return self.digest.hexdigest()


def _damaged_here(source: BlobSource) -> SyncError:
    """The blob's bytes on this computer no longer have the SHA-256 the report names."""
    what = {
        "evidence": "El archivo de evidencia",
        "report": "El informe firmado",
        "audit": "El registro de la auditoría",
    }.get(source.role, "El archivo")
    return SyncError(
        f"{what} «{source.name or source.sha256[:12]}» está alterado en esta computadora (su "
        "huella SHA-256 cambió); no se entregó. Ejecute observer evidence verify y "
        "restáurelo desde su copia original; después envíe de nuevo.",
        code="hash_mismatch",
        scope="submission",
    )


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
