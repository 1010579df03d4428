"""Where blob bytes live: content-addressed files behind a small interface.

:class:`BlobStore` is all the server asks of a store, so an S3-compatible
store can replace :class:`FilesystemBlobStore`. Complete blobs are immutable
and named by their SHA-256 (``blobs/ab/cd/<sha256>``); partial uploads are
keyed by an opaque string and promoted into the store, by an atomic rename,
once their hash is checked. Every write is fsynced before the database records
it, so the database never claims bytes a power cut took away.

A chunk is written through a :class:`PartFile`: the partial upload's lock (a
``flock`` on its file, so several server instances sharing the folder take
turns, plus an in-process mark, for file systems whose locks are per process),
bytes appended as they arrive (writeback started at once, so the ``fdatasync``
at the end of the chunk has little left to do), and a running SHA-256 kept in
memory between chunks, so a blob's hash is ready when its last byte arrives
(re-read from the file only when another process wrote it meanwhile or after a
restart).
"""

from __future__ import annotations

import contextlib
import ctypes
import ctypes.util
import errno
import fcntl
import hashlib
import os
import re
import secrets
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any, BinaryIO, Protocol

__all__ = ["BlobStore", "FilesystemBlobStore", "PartFile", "StagedBlob", "UploadMoved"]

_READ = 1024 * 1024
_KEY = re.compile(r"[A-Za-z0-9_-]{1,200}")
_RUNNING_HASHES = 256  # partial uploads whose running hash is kept between chunks
_DISCARD_WAIT = 5.0  # seconds a discard waits for a chunk being written to that upload


class UploadMoved(Exception):
    """The upload's offset changed while a chunk was written (another request recorded
    one first, or the store lost what it held): nothing of this chunk was kept."""

    def __init__(self, held: int):
        super().__init__(f"upload now holds {held} bytes")
        self.held = held


class StagedBlob:
    """A blob being written (ingest): bytes go to a temporary file, hashed on the way."""

    def __init__(self, path: Path):
        self.path = path
        self._fh: BinaryIO | None = open(path, "wb")
        self._digest = hashlib.sha256()
        self.size = 0

    def write(self, data: bytes) -> None:
        assert self._fh is not None
        self._fh.write(data)
        self._digest.update(data)
        self.size += len(data)

    def finish(self) -> str:
        """Flush to disk; returns the SHA-256 of what was written."""
        assert self._fh is not None
        self._fh.flush()
        os.fsync(self._fh.fileno())
        self._fh.close()
        self._fh = None
        return self._digest.hexdigest()

    def discard(self) -> None:
        if self._fh is not None:
            self._fh.close()
            self._fh = None
        self.path.unlink(missing_ok=True)


class BlobStore(Protocol):
    """Content-addressed blobs plus resumable partial uploads."""

    def has(self, sha256: str) -> bool: ...

    def open(self, sha256: str) -> BinaryIO: ...

    def local_path(self, sha256: str) -> Iterator[Path]:
        """Context manager: a local file holding the blob (a download for remote stores)."""
        ...

    def read_range(self, sha256: str, offset: int, length: int) -> bytes: ...

    def delete(self, sha256: str) -> None: ...

    def part_size(self, key: str) -> int: ...

    def write_part(self, key: str, offset: int, data: bytes) -> None: ...

    def read_part(self, key: str, offset: int, length: int) -> bytes: ...

    def same_chunk(self, key: str, offset: int, data: bytes) -> bool:
        """Whether ``data`` is the last chunk the upload holds, ending at its end (a
        repeat whose answer was lost)."""
        ...

    def hash_part(self, key: str) -> str: ...

    def discard_part(self, key: str) -> None: ...

    def promote_part(self, key: str, sha256: str) -> bool: ...

    def open_part(self, key: str) -> Any:
        """The partial upload locked for writing one chunk (a :class:`PartFile` or the
        S3 store's writer, same calls); None while another request (here or in another
        instance) holds it."""
        ...

    def part_busy(self, key: str) -> bool:
        """Whether a chunk of that upload is being written now."""
        ...

    def stage(self) -> StagedBlob: ...

    def promote_staged(self, staged: StagedBlob, sha256: str) -> bool: ...

    def blobs(self) -> Iterator[tuple[str, int]]:
        """Every complete blob: (sha256, size)."""
        ...

    def parts(self) -> Iterator[tuple[str, int, float]]:
        """Every partial upload: (key, bytes held, last write as a POSIX time)."""
        ...

    def discard_stale_staging(self, before: float, *, dry_run: bool = False) -> tuple[int, int]:
        """Remove staging files (interrupted ingests) last written before ``before``;
        returns (files, bytes)."""
        ...

    def ready(self) -> str | None:
        """None when the store takes writes now; else a short reason (``GET /readyz``)."""
        ...


class PartTurns:
    """What both stores do the same way with a partial upload held by
    ``open_part(key)`` (None while another request writes it): wait for it, discard it,
    promote it. ``_PART_POLL`` is how often the wait asks again."""

    _PART_POLL = 0.02
    open_part: Callable[[str], Any]  # each store's own

    def _wait_for_part(self, key: str, seconds: float | None = None) -> Any:
        """:meth:`open_part`, waiting for the lock (for ever when ``seconds`` is None)."""
        deadline = None if seconds is None else time.monotonic() + seconds
        while (part := self.open_part(key)) is None:
            if deadline is not None and time.monotonic() > deadline:
                return None
            time.sleep(self._PART_POLL)
        return part

    def discard_part(self, key: str) -> None:
        """Remove a partial upload; one whose chunk is being written (for longer than a
        few seconds) is left alone: it is not abandoned."""
        part = self._wait_for_part(key, _DISCARD_WAIT)
        if part is None:
            return
        try:
            part.discard()
        finally:
            part.close()

    def promote_part(self, key: str, sha256: str) -> bool:
        part = self._wait_for_part(key)
        try:
            return part.promote(sha256)
        finally:
            part.close()


class FilesystemBlobStore(PartTurns):
    """Blobs under ``<root>/blobs``, partial uploads under ``<root>/uploads``.

    Several server instances may share the folder (a network volume): partial
    uploads are serialized by the database row lock of the upload, and a
    promotion is a rename onto a name derived from the content, so two
    instances promoting the same blob both end with the same file.
    """

    def __init__(self, root: Path):
        self.root = Path(root)
        self.blob_dir = self.root / "blobs"
        self.part_dir = self.root / "uploads"
        self.stage_dir = self.root / "staging"
        self._mutex = threading.Lock()
        self._writing: set[str] = set()  # keys locked in this process
        self._hashes: dict[str, _RunningHash] = {}

    def ready(self) -> str | None:
        """A file created and removed in ``blobs/`` and ``uploads/`` (a read-only or lost
        network volume fails here, not at the next upload)."""
        for folder in (self.blob_dir, self.part_dir):
            probe = folder / f".ready-{secrets.token_hex(8)}"
            try:
                folder.mkdir(parents=True, exist_ok=True)
                os.close(os.open(probe, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
                probe.unlink()
            except OSError as exc:
                return f"{folder.name}/: {errno.errorcode.get(exc.errno or 0, type(exc).__name__)}"
        return None

    # ------------------------------------------------------------ complete blobs

    def path(self, sha256: str) -> Path:
        _check_sha(sha256)
        return self.blob_dir / sha256[:2] / sha256[2:4] / sha256

    def has(self, sha256: str) -> bool:
        return self.path(sha256).is_file()

    def open(self, sha256: str) -> BinaryIO:
        return open(self.path(sha256), "rb")

    @contextmanager
    def local_path(self, sha256: str) -> Iterator[Path]:
        yield self.path(sha256)

    def read_range(self, sha256: str, offset: int, length: int) -> bytes:
        with open(self.path(sha256), "rb") as fh:
            fh.seek(offset)
            return fh.read(length)

    def delete(self, sha256: str) -> None:
        self.path(sha256).unlink(missing_ok=True)

    def blobs(self) -> Iterator[tuple[str, int]]:
        """Every complete blob: (sha256, size), by name; other files are left out."""
        if not self.blob_dir.is_dir():
            return
        for path in sorted(self.blob_dir.glob("??/??/*")):
            name = path.name
            if len(name) == 64 and all(c in "0123456789abcdef" for c in name) and path.is_file():
                yield name, path.stat().st_size

    def _install(self, source: Path, sha256: str) -> bool:
        """Rename ``source`` to the blob's name. False when the store already had it."""
        target = self.path(sha256)
        if target.is_file():
            source.unlink(missing_ok=True)
            return False
        target.parent.mkdir(parents=True, exist_ok=True)
        os.chmod(source, 0o444)
        os.replace(source, target)  # atomic; a concurrent twin has identical bytes
        _fsync_dir(target.parent)
        return True

    # ------------------------------------------------------------ partial uploads

    def _part(self, key: str) -> Path:
        if not _KEY.fullmatch(key):
            raise ValueError(f"bad upload key {key!r}")
        return self.part_dir / f"{key}.part"

    def part_size(self, key: str) -> int:
        try:
            return self._part(key).stat().st_size
        except FileNotFoundError:
            return 0

    def write_part(self, key: str, offset: int, data: bytes) -> None:
        """Write ``data`` at ``offset`` and cut whatever followed (a write a crash left);
        waits for the upload's lock."""
        part = self._wait_for_part(key)
        try:
            part.begin(offset)
            part.write([data])
            part.sync()
        finally:
            part.close()

    def read_part(self, key: str, offset: int, length: int) -> bytes:
        try:
            with open(self._part(key), "rb") as fh:
                fh.seek(offset)
                return fh.read(length)
        except FileNotFoundError:
            return b""

    def same_chunk(self, key: str, offset: int, data: bytes) -> bool:
        return bool(data) and self.read_part(key, offset, len(data)) == data

    def hash_part(self, key: str) -> str:
        digest = hashlib.sha256()
        with open(self._part(key), "rb") as fh:
            while chunk := fh.read(_READ):
                digest.update(chunk)
        return digest.hexdigest()

    def open_part(self, key: str) -> PartFile | None:
        path = self._part(key)
        with self._mutex:
            if key in self._writing:
                return None
            self._writing.add(key)
        try:
            fd = _lock_file(path)
        except BaseException:
            self._release(key)
            raise
        if fd is None:
            self._release(key)
            return None
        return PartFile(self, key, path, fd)

    def part_busy(self, key: str) -> bool:
        with self._mutex:
            if key in self._writing:
                return True
        try:
            fd = os.open(self._part(key), os.O_RDONLY)
        except FileNotFoundError:
            return False
        try:
            fcntl.flock(fd, fcntl.LOCK_SH | fcntl.LOCK_NB)
        except BlockingIOError:
            return True
        finally:
            os.close(fd)  # also releases the shared lock
        return False

    def _release(self, key: str) -> None:
        with self._mutex:
            self._writing.discard(key)

    def _running_hash(self, key: str) -> _RunningHash | None:
        with self._mutex:
            return self._hashes.pop(key, None)

    def _keep_running_hash(self, key: str, running: _RunningHash) -> None:
        with self._mutex:
            self._hashes[key] = running
            while len(self._hashes) > _RUNNING_HASHES:
                self._hashes.pop(next(iter(self._hashes)))

    def parts(self) -> Iterator[tuple[str, int, float]]:
        if not self.part_dir.is_dir():
            return
        for path in sorted(self.part_dir.glob("*.part")):
            try:
                st = path.stat()
            except FileNotFoundError:  # finished or discarded meanwhile
                continue
            yield path.name.removesuffix(".part"), st.st_size, st.st_mtime

    # ------------------------------------------------------------ staging (ingest)

    def stage(self) -> StagedBlob:
        self.stage_dir.mkdir(parents=True, exist_ok=True)
        return StagedBlob(self.stage_dir / f".stage-{secrets.token_hex(12)}")

    def promote_staged(self, staged: StagedBlob, sha256: str) -> bool:
        return self._install(staged.path, sha256)

    def discard_stale_staging(self, before: float, *, dry_run: bool = False) -> tuple[int, int]:
        files = size = 0
        if not self.stage_dir.is_dir():
            return files, size
        for path in self.stage_dir.glob(".stage-*"):
            try:
                st = path.stat()
            except FileNotFoundError:
                continue
            if st.st_mtime < before:
                files, size = files + 1, size + st.st_size
                if not dry_run:
                    path.unlink(missing_ok=True)
        return files, size


class _RunningHash:
    """The SHA-256 of a part file's first ``offset`` bytes, and the file it was of."""

    def __init__(self, identity: tuple[int, ...], offset: int, digest: Any):
        self.identity = identity
        self.offset = offset
        self.digest = digest


class PartFile:
    """One partial upload, locked, while a chunk is written to it (:meth:`FilesystemBlobStore.open_part`).

    :meth:`begin` at the chunk's offset (what followed is cut), :meth:`write` the
    body's pieces as they arrive, then :meth:`sync` (the chunk counts only after
    it), :meth:`cut_back` when the body never arrived whole, :meth:`close` always.
    """

    def __init__(self, store: FilesystemBlobStore, key: str, path: Path, fd: int):
        self.store, self.key, self.path, self.fd = store, key, path, fd
        self.start = self.end = os.fstat(fd).st_size
        running = store._running_hash(key)
        # bytes another process wrote since the running hash was kept make it useless
        self._running = running if running and running.identity == self._identity() else None
        self._digest: Any = None  # the running hash of [0, end), when known
        self._before: Any = None  # the running hash of [0, start), when known
        self._gone = False

    @property
    def size(self) -> int:
        """Bytes in the file now (the chunk's too, before :meth:`sync`)."""
        return os.fstat(self.fd).st_size

    def _identity(self) -> tuple[int, ...]:
        st = os.fstat(self.fd)
        return (st.st_dev, st.st_ino, st.st_size, st.st_mtime_ns)

    def begin(self, offset: int, *, total: int | None = None) -> None:
        """The chunk goes at ``offset``: what the file holds past it goes. (``total``, the
        blob's size, is for stores whose last part differs.)"""
        if self.size != offset:
            os.ftruncate(self.fd, offset)
        self.start = self.end = offset
        if offset == 0:
            self._digest = hashlib.sha256()
        elif self._running is not None and self._running.offset == offset:
            self._digest = self._running.digest.copy()
        else:
            self._digest = None  # hashed from the file when the blob is whole
        self._before = self._digest.copy() if self._digest is not None else None

    def write(self, pieces: Sequence[bytes]) -> None:
        """Append the pieces (in order) at the chunk's end; writeback starts at once."""
        offset = self.end
        views = [memoryview(p) for p in pieces if p]
        while views:
            written = os.pwritev(self.fd, views, self.end)
            self.end += written
            while views and written >= len(views[0]):
                written -= len(views[0])
                if self._digest is not None:
                    self._digest.update(views[0])
                views.pop(0)
            if written:  # a short write, in the middle of a piece
                if self._digest is not None:
                    self._digest.update(views[0][:written])
                views[0] = views[0][written:]
        _start_writeback(self.fd, offset, self.end - offset)

    def sync(self) -> None:
        """The chunk's bytes and the file's size on disk (``fdatasync``)."""
        os.fdatasync(self.fd)
        if self._digest is not None:
            self._running = _RunningHash(self._identity(), self.end, self._digest.copy())

    def record(self, conn: Any) -> None:
        """Nothing to add to the transaction that records the chunk (the file is the
        record; an S3 upload's parts are rows)."""

    def cut_back(self) -> None:
        """The chunk never arrived whole: the file ends where it began."""
        if self._gone:  # promoted or discarded: the descriptor is no longer the upload's
            return
        os.ftruncate(self.fd, self.start)
        self.end = self.start
        self._digest = None
        self._running = None
        if self._before is not None:  # the bytes before the chunk are as they were
            self._running = _RunningHash(self._identity(), self.start, self._before)

    def hexdigest(self) -> str:
        """SHA-256 of the whole file: the running hash when it covers it, else read."""
        if self._digest is not None and self.end == self.size:
            return self._digest.hexdigest()
        digest = hashlib.sha256()
        offset = 0
        while chunk := os.pread(self.fd, _READ, offset):
            digest.update(chunk)
            offset += len(chunk)
        return digest.hexdigest()

    def discard(self) -> None:
        self.path.unlink(missing_ok=True)
        self._gone = True

    def promote(self, sha256: str) -> bool:
        """Into the store under its hash (atomic rename); False when it was there."""
        self._gone = True
        return self.store._install(self.path, sha256)

    def close(self) -> None:
        """Release the lock; the running hash is kept for the next chunk."""
        if self.fd < 0:
            return
        try:
            if self._running is not None and not self._gone:
                self.store._keep_running_hash(self.key, self._running)
        finally:
            os.close(self.fd)  # releases the flock
            self.fd = -1
            self.store._release(self.key)

    def __enter__(self) -> PartFile:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _lock_file(path: Path) -> int | None:
    """An open descriptor of ``path`` (created if missing) holding its exclusive flock,
    or None when another holds it. A file renamed or removed between the open and the
    lock is opened again: the lock must be on the file the name points to."""
    path.parent.mkdir(parents=True, exist_ok=True)
    while True:
        fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o600)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            os.close(fd)
            return None
        try:
            same = os.stat(path).st_ino == os.fstat(fd).st_ino
        except FileNotFoundError:
            same = False
        if same:
            return fd
        os.close(fd)


def _libc_sync_file_range() -> Any:
    name = ctypes.util.find_library("c")
    if not name:
        return None
    with contextlib.suppress(OSError, AttributeError):
        fn = ctypes.CDLL(name, use_errno=True).sync_file_range
        fn.argtypes = [ctypes.c_int, ctypes.c_longlong, ctypes.c_longlong, ctypes.c_uint]
        return fn
    return None


_SYNC_FILE_RANGE = _libc_sync_file_range()  # Linux; elsewhere fdatasync does it all


def _start_writeback(fd: int, offset: int, length: int) -> None:
    """Ask the kernel to start writing these bytes now (SYNC_FILE_RANGE_WRITE), so the
    chunk's fdatasync waits for little; only a hint."""
    if _SYNC_FILE_RANGE is not None and length > 0:
        _SYNC_FILE_RANGE(fd, offset, length, 2)


def _check_sha(sha256: str) -> None:
    if len(sha256) != 64 or any(c not in "0123456789abcdef" for c in sha256):
        raise ValueError(f"not a SHA-256: {sha256!r}")


def _fsync_dir(path: Path) -> None:
    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError:
        return
    try:
        with contextlib.suppress(OSError):  # a folder some file systems cannot fsync
            os.fsync(fd)
    finally:
        os.close(fd)
