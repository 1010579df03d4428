"""Content-addressed file store: ``<root>/ab/cd/<sha256>``.

A file is written once, in one streaming pass that reads, hashes and copies
into a temporary file, which is fsynced and renamed into place, so a crash
never leaves a half-written file under a real name. The same content is kept
once however often it is added.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import re
import tempfile
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path
from typing import BinaryIO

from observer_desktop.core.errors import InputError

__all__ = ["CHUNK", "Cancelled", "EvidenceStore", "TooLargeError"]

CHUNK = 4 * 1024 * 1024  # large enough that thread hand-offs cost nothing
FLUSH_EVERY = 64 * 1024 * 1024  # start writing big files to the disk while copying
_HEX64 = re.compile(r"^[0-9a-f]{64}$")


class TooLargeError(InputError):
    pass


class Cancelled(Exception):
    """The user cancelled; whatever was being written has been removed."""


class EvidenceStore:
    def __init__(self, root: Path):
        self.root = Path(root)

    def path_for(self, sha256: str) -> Path:
        if not _HEX64.match(sha256):
            raise ValueError(f"not a sha256: {sha256!r}")
        return self.root / sha256[:2] / sha256[2:4] / sha256

    def has(self, sha256: str) -> bool:
        return self.path_for(sha256).is_file()

    def thumbnail_path(self, sha256: str) -> Path:
        """Derived images live beside the store, named after the original's hash."""
        self.path_for(sha256)  # validates
        return self.root.parent / "derived" / sha256[:2] / f"{sha256}.thumb.jpg"

    def rendition_path(self, sha256: str) -> Path:
        self.path_for(sha256)
        return self.root.parent / "derived" / sha256[:2] / f"{sha256}.1600.jpg"

    def rehash(self, sha256: str, *, should_cancel=None) -> str | None:
        """SHA-256 of the stored file now (None if it is missing)."""
        digest = hashlib.sha256()
        try:
            with open(self.path_for(sha256), "rb") as fh:
                while chunk := fh.read(CHUNK):
                    if should_cancel is not None and should_cancel():
                        raise Cancelled
                    digest.update(chunk)
        except FileNotFoundError:
            return None
        return digest.hexdigest()

    def put_stream(
        self,
        stream: BinaryIO,
        *,
        max_bytes: int,
        expected_sha256: str | None = None,
        on_bytes: Callable[[int], None] | None = None,
        should_cancel: Callable[[], bool] | None = None,
    ) -> tuple[str, int, bool]:
        """Store what ``stream`` yields. Return (sha256, size, newly_created).

        Raise :class:`TooLargeError` past ``max_bytes`` and :class:`InputError`
        when ``expected_sha256`` is given and the content does not match; in
        both cases nothing is left behind.
        """
        tmp_dir = self.root / "tmp"
        tmp_dir.mkdir(parents=True, exist_ok=True)
        fd, tmp_name = tempfile.mkstemp(dir=tmp_dir, prefix="in-")
        tmp = Path(tmp_name)
        try:
            with os.fdopen(fd, "wb", buffering=0) as out:
                sha, size = _copy_hashed(
                    stream, out, max_bytes=max_bytes, on_bytes=on_bytes, should_cancel=should_cancel
                )
                os.fsync(out.fileno())
            if expected_sha256 is not None and sha != expected_sha256:
                raise InputError(
                    f"El contenido no coincide con su huella SHA-256 declarada "
                    f"({expected_sha256[:12]}…, calculada {sha[:12]}…)."
                )
            return sha, size, self._move_into_place(tmp, sha)
        except BaseException:
            with contextlib.suppress(FileNotFoundError):
                tmp.unlink()
            raise

    def _move_into_place(self, tmp: Path, sha: str) -> bool:
        """The fsynced temporary file under its real name; False (and the copy dropped)
        when the store already holds that content."""
        final = self.path_for(sha)
        if final.is_file():
            tmp.unlink()
            return False
        created = [d for d in (final.parent.parent, final.parent) if not d.exists()]
        final.parent.mkdir(parents=True, exist_ok=True)
        os.replace(tmp, final)
        # the new name, and any new directory on its way, must survive a power cut
        _fsync_dir(final.parent)
        for directory in reversed(created):
            _fsync_dir(directory.parent)
        return True

    def remove(self, sha256: str) -> None:
        with contextlib.suppress(FileNotFoundError):
            self.path_for(sha256).unlink()


_datasync = getattr(os, "fdatasync", os.fsync)  # macOS has no fdatasync


def _copy_hashed(
    stream: BinaryIO,
    out: BinaryIO,
    *,
    max_bytes: int,
    on_bytes: Callable[[int], None] | None,
    should_cancel: Callable[[], bool] | None,
) -> tuple[str, int]:
    """Copy ``stream`` into ``out`` (unbuffered) in one pass; (sha256, size).

    Two helper threads overlap the three costs of one pass: this thread reads
    and writes, one hashes the chunk just written (hashlib and file I/O release
    the GIL), one flushes what is written so far to the disk, so the final
    fsync has little left to do. Chunks are hashed in order: one hashing thread.
    """
    digest = hashlib.sha256()
    size = 0
    helpers = ThreadPoolExecutor(max_workers=2, thread_name_prefix="store")
    hashing: Future | None = None
    flushing: Future | None = None
    unflushed = 0
    try:
        while chunk := stream.read(CHUNK):
            if should_cancel is not None and should_cancel():
                raise Cancelled
            size += len(chunk)
            if size > max_bytes:
                raise TooLargeError(f"El archivo supera el máximo permitido ({max_bytes} bytes).")
            if hashing is not None:
                hashing.result()
            hashing = helpers.submit(digest.update, chunk)
            view = memoryview(chunk)
            while view:
                view = view[out.write(view) :]
            unflushed += len(chunk)
            if unflushed >= FLUSH_EVERY and (flushing is None or flushing.done()):
                if flushing is not None:
                    flushing.result()
                flushing = helpers.submit(_datasync, out.fileno())
                unflushed = 0
            if on_bytes is not None:
                on_bytes(len(chunk))
        for pending in (hashing, flushing):
            if pending is not None:
                pending.result()
    except BaseException:
        # no helper may touch the file once it is closed and removed
        for pending in (hashing, flushing):
            if pending is not None:
                with contextlib.suppress(Exception):
                    pending.result()
        raise
    finally:
        helpers.shutdown(wait=False)
    return digest.hexdigest(), size


def _fsync_dir(path: Path) -> None:
    if os.name != "posix":
        return
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
