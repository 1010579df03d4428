"""Where blob bytes live: content-addressed files behind a small interface.

:class:`BlobStore` is all the server asks of a store, so an S3-compatible
store can replace :class:`FilesystemBlobStore`. Complete blobs are immutable
and named by their SHA-256 (``blobs/ab/cd/<sha256>``); partial uploads are
keyed by an opaque string and promoted into the store, by an atomic rename,
once their hash is checked. Every write is fsynced before the database records
it, so the database never claims bytes a power cut took away.
"""

from __future__ import annotations

import hashlib
import os
import re
import secrets
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import BinaryIO, Protocol

__all__ = ["BlobStore", "FilesystemBlobStore", "StagedBlob"]

_READ = 1024 * 1024
_KEY = re.compile(r"[A-Za-z0-9_-]{1,200}")


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

    def hash_part(self, key: str) -> str: ...

    def discard_part(self, key: str) -> None: ...

    def promote_part(self, key: str, sha256: str) -> bool: ...

    def stage(self) -> StagedBlob: ...

    def promote_staged(self, staged: StagedBlob, sha256: str) -> bool: ...

    def parts(self) -> Iterator[tuple[str, int, float]]:
        """Every partial upload: (key, bytes held, last write as a POSIX time)."""
        ...

    def discard_stale_staging(self, before: float, *, dry_run: bool = False) -> tuple[int, int]:
        """Remove staging files (interrupted ingests) last written before ``before``;
        returns (files, bytes)."""
        ...


class FilesystemBlobStore:
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
        """Write ``data`` at ``offset`` and cut whatever followed (a write a crash left)."""
        path = self._part(key)
        path.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o600)
        try:
            os.lseek(fd, offset, os.SEEK_SET)
            view = memoryview(data)
            while view:
                written = os.write(fd, view)
                view = view[written:]
            os.ftruncate(fd, offset + len(data))
            os.fsync(fd)
        finally:
            os.close(fd)

    def read_part(self, key: str, offset: int, length: int) -> bytes:
        try:
            with open(self._part(key), "rb") as fh:
                fh.seek(offset)
                return fh.read(length)
        except FileNotFoundError:
            return b""

    def hash_part(self, key: str) -> str:
        digest = hashlib.sha256()
        with open(self._part(key), "rb") as fh:
            while chunk := fh.read(_READ):
                digest.update(chunk)
        return digest.hexdigest()

    def discard_part(self, key: str) -> None:
        self._part(key).unlink(missing_ok=True)

    def promote_part(self, key: str, sha256: str) -> bool:
        return self._install(self._part(key), sha256)

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


def _check_sha(sha256: str) -> None:
    if len(sha256) != 64 or any(c not in "0123456789abcdef" for c in sha256):
        raise ValueError(f"not a SHA-256: {sha256!r}")


def _fsync_dir(path: Path) -> None:
    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)
