"""Atomic file writes: temp file in the same folder, fsync, rename, fsync of the folder."""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path

__all__ = ["atomic_write", "fsync_folder", "private_dir", "private_file", "tighten_file"]


def atomic_write(path: Path, data: bytes, *, mode: int = 0o644) -> None:
    """Write ``data`` to ``path`` so a crash never leaves a half-written file under its name."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".tmp-")
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.chmod(tmp, mode)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    fsync_folder(path.parent)  # the rename itself survives a power cut


def fsync_folder(folder: Path) -> None:
    """fsync a folder (POSIX; Windows has no folder handles to sync, NTFS journals it)."""
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


PRIVATE_DIR_MODE = 0o700
PRIVATE_FILE_MODE = 0o600


def _tighten(path: Path, mode: int) -> None:
    """chmod ``path`` to ``mode`` when group or others have any access (POSIX only; a
    file system without permissions, or a path not ours, is left as it is)."""
    if os.name != "posix":
        return
    with contextlib.suppress(OSError):
        if path.stat().st_mode & 0o077:
            os.chmod(path, mode)


def private_dir(path: Path) -> None:
    """Create the folder ``path`` (and its parents) readable only by its owner (0700), or
    tighten an existing one. On Windows the folder is only created: its ACLs apply."""
    path.mkdir(mode=PRIVATE_DIR_MODE, parents=True, exist_ok=True)
    _tighten(path, PRIVATE_DIR_MODE)


def private_file(path: Path) -> None:
    """Create ``path`` empty as 0600 if it is missing, or tighten it if it exists (POSIX).

    An existing file is never opened, only chmod-ed: closing any descriptor of an SQLite
    database drops the POSIX locks this process's connections hold on it.
    """
    if os.name == "posix":
        try:
            os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, PRIVATE_FILE_MODE))
        except OSError:
            pass  # it exists (tightened below), or the caller's own open says what is wrong
    _tighten(path, PRIVATE_FILE_MODE)


def tighten_file(path: Path) -> None:
    """Make an existing file 0600 (POSIX); nothing if it does not exist."""
    if path.exists():
        _tighten(path, PRIVATE_FILE_MODE)
