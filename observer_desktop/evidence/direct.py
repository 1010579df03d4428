"""Page-aligned buffers and direct writes: how the store moves bytes without extra copies.

A file read for import lands once in an :class:`AlignedBuffer` (``readinto``, no
Python ``bytes``); the same memory is hashed, decoded (through :class:`BufferReader`)
and written to the store with ``O_DIRECT`` where the file system allows it: the
disk reads the buffer itself, so the bytes are neither copied into the page cache
nor left there to push out what the app reads (photos are stored to be kept, not
read back). A file system that refuses direct I/O (tmpfs, some network or FUSE
mounts, any system without ``O_DIRECT``) gets ordinary writes; ``fdatasync``
follows either way.
"""

from __future__ import annotations

import contextlib
import errno
import io
import mmap
import os

try:
    import fcntl
except ImportError:  # Windows: no O_DIRECT either, so never needed
    fcntl = None  # type: ignore[assignment]

__all__ = ["ALIGN", "AlignedBuffer", "BufferReader", "DirectWriter"]

ALIGN = 4096  # a multiple of every disk's logical block size in use today

_O_DIRECT = getattr(os, "O_DIRECT", 0) if fcntl is not None else 0
_datasync = getattr(os, "fdatasync", os.fsync)  # macOS has no fdatasync


def _round_up(n: int) -> int:
    return (n + ALIGN - 1) // ALIGN * ALIGN


class AlignedBuffer:
    """Reusable page-aligned memory (anonymous mmap), grown on demand; only the pages
    touched count in RSS, so a buffer sized for the largest file costs what it holds."""

    def __init__(self, capacity: int = 0):
        self._map: mmap.mmap | None = None
        self.capacity = 0
        if capacity:
            self.reserve(capacity)

    def reserve(self, size: int) -> None:
        """Room for ``size`` bytes plus padding to the next aligned length."""
        need = _round_up(max(size, 1))
        if need <= self.capacity:
            return
        self.close()
        self._map = mmap.mmap(-1, need)
        self.capacity = need

    def view(self, size: int | None = None) -> memoryview:
        assert self._map is not None, "reserve() first"
        whole = memoryview(self._map)
        return whole if size is None else whole[:size]

    def close(self) -> None:
        if self._map is not None:
            with contextlib.suppress(BufferError):  # a view still alive: freed with it
                self._map.close()
            self._map = None
            self.capacity = 0


class DirectWriter:
    """Writes whole aligned buffers to a file descriptor, directly when possible.

    ``write(view, length)``: ``view`` starts on an aligned address and has room for
    ``length`` rounded up; the padding is zeroed, written and cut off again with
    ``ftruncate`` so the file has exactly the bytes given.
    """

    def __init__(self, fd: int):
        self.fd = fd
        self.direct = _enable_direct(fd)
        self.offset = 0

    def write(self, view: memoryview, length: int) -> None:
        if self.direct and self.offset % ALIGN == 0:
            padded = _round_up(length)
            if padded > length:
                view[length:padded] = bytes(padded - length)
            try:
                _write_all(self.fd, view[:padded], self.offset)
                self.offset += length
                if padded > length:
                    os.ftruncate(self.fd, self.offset)
                return
            except OSError as exc:
                if exc.errno != errno.EINVAL:
                    raise
                self._buffered()  # alignment refused after all: ordinary writes
        elif self.direct:
            self._buffered()
        _write_all(self.fd, view[:length], self.offset)
        self.offset += length

    def sync(self) -> None:
        _datasync(self.fd)

    def _buffered(self) -> None:
        flags = fcntl.fcntl(self.fd, fcntl.F_GETFL)
        fcntl.fcntl(self.fd, fcntl.F_SETFL, flags & ~_O_DIRECT)
        self.direct = False


def _enable_direct(fd: int) -> bool:
    if not _O_DIRECT:
        return False
    try:
        flags = fcntl.fcntl(fd, fcntl.F_GETFL)
        fcntl.fcntl(fd, fcntl.F_SETFL, flags | _O_DIRECT)
    except OSError:
        return False  # tmpfs and others: EINVAL
    return True


def _write_all(fd: int, view: memoryview, offset: int) -> None:
    done = 0
    if not hasattr(os, "pwrite"):  # Windows
        os.lseek(fd, offset, os.SEEK_SET)
        while done < len(view):
            done += os.write(fd, view[done:])
        return
    while done < len(view):
        done += os.pwrite(fd, view[done:], offset + done)


class BufferReader(io.RawIOBase):
    """A read-only file over a memoryview, for Pillow: reads copy only what is asked
    (a 64 KiB block at a time), never the whole file."""

    def __init__(self, view: memoryview):
        super().__init__()
        self._view = view
        self._pos = 0

    def readable(self) -> bool:
        return True

    def seekable(self) -> bool:
        return True

    def read(self, size: int = -1) -> bytes:
        end = (
            len(self._view) if size is None or size < 0 else min(len(self._view), self._pos + size)
        )
        start, self._pos = self._pos, max(self._pos, end)
        return bytes(self._view[start:end])

    def readinto(self, target) -> int:
        data = self.read(len(target))
        target[: len(data)] = data
        return len(data)

    def seek(self, offset: int, whence: int = io.SEEK_SET) -> int:
        base = {io.SEEK_SET: 0, io.SEEK_CUR: self._pos, io.SEEK_END: len(self._view)}[whence]
        self._pos = max(0, base + offset)
        return self._pos

    def tell(self) -> int:
        return self._pos

    def close(self) -> None:
        self._view = memoryview(b"")
        super().close()
