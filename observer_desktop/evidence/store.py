"""Content-addressed file store: ``<root>/ab/cd/<sha256>``.

A file is written once, hashed in the same pass that copies it into a temporary
file, which is fsynced and renamed into place, so a crash never leaves a
half-written file under a real name. The same content is kept once however often
it is added. Bytes move through page-aligned buffers and, where the file system
allows, are written with ``O_DIRECT`` (:mod:`.direct`): no copy into the page
cache, and the final fsync has little left to do.

Two ways in: :meth:`EvidenceStore.put_buffer` for a file already read into memory
(an imported photo, which the import also decodes from that memory), and
:meth:`EvidenceStore.put_stream` for anything else, however large: this thread
reads and hashes, another writes, chunk after chunk.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import queue
import re
import tempfile
import threading
from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO

from observer_desktop.core.errors import InputError
from observer_desktop.core.files import fsync_folder
from observer_desktop.evidence.direct import AlignedBuffer, DirectWriter

__all__ = ["CHUNK", "Cancelled", "EvidenceStore", "TooLargeError", "read_hashed"]

CHUNK = 2 * 1024 * 1024  # written at once: hand-offs between threads cost nothing
PIECE = 512 * 1024  # read and hashed at once (in the CPU's cache)
RING = 8  # chunks in flight between the reading and the writing thread
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
        return self._derived(sha256, "thumb")

    def rendition_path(self, sha256: str) -> Path:
        """The print-size rendition (``media.PRINT_PX``), the one reports embed as is."""
        return self._derived(sha256, "print")

    def legacy_rendition_path(self, sha256: str) -> Path:
        """The 1,600 px rendition of data folders before issue 18: never used as a print-size
        one (another size and quality); removed when the print-size one is made."""
        return self._derived(sha256, "1600")

    def _derived(self, sha256: str, kind: str) -> Path:
        self.path_for(sha256)  # validates
        return self.root.parent / "derived" / sha256[:2] / f"{sha256}.{kind}.jpg"

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

    def put_buffer(
        self,
        buffer: AlignedBuffer,
        size: int,
        *,
        sha256: str,
        pending_dirs: set[Path] | None = None,
    ) -> bool:
        """Store the first ``size`` bytes of ``buffer``, whose SHA-256 was computed as they
        were read (:func:`read_hashed`). Return whether the store did not hold them yet.

        The file's bytes are on the disk when this returns. Its name is too, unless
        ``pending_dirs`` is given: then the folders whose entries changed are added to
        it, for one :meth:`sync_dirs` over a batch of files (a directory fsync is a
        journal commit: one per batch instead of two or three per file).
        """
        if self.has(sha256):
            # maybe put there a moment ago by another worker whose folders are not
            # fsynced yet: this file's row must not be committed before they are
            if pending_dirs is not None:
                pending_dirs |= self._folders_of(sha256)
            return False
        fd, tmp = self._temporary()
        try:
            try:
                writer = DirectWriter(fd)
                writer.write(buffer.view(), size)
                writer.sync()
            finally:
                os.close(fd)
            return self._move_into_place(tmp, sha256, pending_dirs)
        except BaseException:
            with contextlib.suppress(FileNotFoundError):
                tmp.unlink()
            raise

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
        fd, tmp = self._temporary()
        try:
            try:
                sha, size = _copy_hashed(
                    stream,
                    DirectWriter(fd),
                    max_bytes=max_bytes,
                    on_bytes=on_bytes,
                    should_cancel=should_cancel,
                )
            finally:
                os.close(fd)
            if expected_sha256 is not None and sha != expected_sha256:
                raise InputError(
                    f"El contenido no coincide con su huella SHA-256 declarada "
                    f"({expected_sha256[:12]}…, calculada {sha[:12]}…)."
                )
            return sha, size, self._move_into_place(tmp, sha, None)
        except BaseException:
            with contextlib.suppress(FileNotFoundError):
                tmp.unlink()
            raise

    def sync_dirs(self, dirs: set[Path]) -> None:
        """Make the names added under ``dirs`` survive a power cut (then empties it)."""
        for directory in sorted(dirs, key=lambda d: len(d.parts), reverse=True):
            fsync_folder(directory)
        dirs.clear()

    def _temporary(self) -> tuple[int, Path]:
        tmp_dir = self.root / "tmp"
        tmp_dir.mkdir(parents=True, exist_ok=True)
        fd, name = tempfile.mkstemp(dir=tmp_dir, prefix="in-")
        return fd, Path(name)

    def _move_into_place(self, tmp: Path, sha: str, pending_dirs: set[Path] | None) -> bool:
        """The fsynced temporary file under its real name; False (and the copy dropped)
        when the store already holds that content."""
        final = self.path_for(sha)
        if final.is_file():
            tmp.unlink()
            if pending_dirs is not None:
                pending_dirs |= self._folders_of(sha)
            return False
        created = [d for d in (final.parent.parent, final.parent) if not d.exists()]
        final.parent.mkdir(parents=True, exist_ok=True)
        os.replace(tmp, final)
        # the new name, and any new directory on its way, must survive a power cut
        dirs = {final.parent} | {d.parent for d in created}
        if pending_dirs is None:
            self.sync_dirs(dirs)
        else:
            pending_dirs |= dirs
        return True

    def _folders_of(self, sha256: str) -> set[Path]:
        final = self.path_for(sha256)
        return {final.parent, final.parent.parent, self.root}

    def remove(self, sha256: str) -> None:
        with contextlib.suppress(FileNotFoundError):
            self.path_for(sha256).unlink()


def _copy_hashed(
    stream: BinaryIO,
    out: DirectWriter,
    *,
    max_bytes: int,
    on_bytes: Callable[[int], None] | None,
    should_cancel: Callable[[], bool] | None,
) -> tuple[str, int]:
    """Copy ``stream`` into ``out`` in one pass, fsync included; (sha256, size).

    This thread reads each chunk into one of a ring of aligned buffers, hashing it piece
    by piece as it arrives; a helper thread writes the chunks in order
    (direct I/O: the disk works while this thread hashes the next one). Both release
    the GIL for the bulk of their work.
    """
    digest = hashlib.sha256()
    size = 0
    free: queue.SimpleQueue[AlignedBuffer] = queue.SimpleQueue()
    for _ in range(RING):
        free.put(AlignedBuffer(CHUNK))
    writing = _ChunkWriter(out, free)
    try:
        while True:
            if should_cancel is not None and should_cancel():
                raise Cancelled
            buffer = writing.next_free()
            got = _fill_hashed(stream, buffer.view(CHUNK), digest)
            if not got:
                free.put(buffer)
                break
            size += got
            if size > max_bytes:
                raise TooLargeError(f"El archivo supera el máximo permitido ({max_bytes} bytes).")
            writing.put(buffer, got)
            if on_bytes is not None:
                on_bytes(got)
        writing.finish()
        out.sync()
    finally:
        writing.stop()  # no helper may touch the file once it is closed and removed
    return digest.hexdigest(), size


class _ChunkWriter:
    """The helper thread of :func:`_copy_hashed`: writes chunks in order, hands their
    buffers back, and keeps the first error for the reading thread to raise."""

    def __init__(self, out: DirectWriter, free: queue.SimpleQueue[AlignedBuffer]):
        self.out, self.free = out, free
        self.todo: queue.SimpleQueue[tuple[AlignedBuffer, int] | None] = queue.SimpleQueue()
        self.error: BaseException | None = None
        self.thread = threading.Thread(target=self._run, name="store-writer", daemon=True)
        self.thread.start()

    def next_free(self) -> AlignedBuffer:
        buffer = self.free.get()
        self._raise()
        return buffer

    def put(self, buffer: AlignedBuffer, length: int) -> None:
        self.todo.put((buffer, length))

    def finish(self) -> None:
        self.todo.put(None)
        self.thread.join()
        self._raise()

    def stop(self) -> None:
        if self.thread.is_alive():
            self.error = self.error or Cancelled()
            self.todo.put(None)
            self.thread.join()

    def _raise(self) -> None:
        if self.error is not None:
            raise self.error

    def _run(self) -> None:
        while (item := self.todo.get()) is not None:
            buffer, length = item
            try:
                if self.error is None:
                    self.out.write(buffer.view(), length)
            except BaseException as exc:  # raised again on the reading thread
                self.error = exc
            self.free.put(buffer)


def read_hashed(fh: BinaryIO, buffer: AlignedBuffer, size: int) -> tuple[str, int]:
    """Read the file ``fh`` into ``buffer``, hashing each chunk while it is in the CPU
    cache: (sha256, bytes read). One byte more than ``size`` is asked for, so that a
    file that grew since it was measured is noticed (``bytes read > size``)."""
    buffer.reserve(size + 1)
    digest = hashlib.sha256()
    got = _fill_hashed(fh, buffer.view(size + 1), digest)
    return digest.hexdigest(), got


def _fill_hashed(stream: BinaryIO, view: memoryview, digest) -> int:
    """Fill ``view`` from ``stream``, hashing each piece just read while it is still in
    the CPU's cache (SHA-256 runs ~45 % faster from cache than from memory)."""
    got = 0
    while got < len(view):
        piece = view[got : got + PIECE]
        n = _fill(stream, piece)
        digest.update(piece[:n])
        got += n
        if n < len(piece):
            break  # the end of the stream
    return got


def _fill(stream: BinaryIO, view: memoryview) -> int:
    """Fill ``view`` from ``stream`` (short only at the end): whole chunks keep every
    write but the last aligned, as direct I/O wants."""
    got = 0
    readinto = getattr(stream, "readinto", None)
    while got < len(view):
        if readinto is not None:
            n = readinto(view[got:])
        else:
            data = stream.read(len(view) - got)
            n = len(data)
            view[got : got + n] = data
        if not n:
            break
        got += n
    return got
