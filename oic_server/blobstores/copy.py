"""``oic-server blobs copy --to s3://…``: the data folder's blobs into an S3 bucket.

Each blob is read, hashed (its name must be its SHA-256: a damaged file is
reported and not copied), written with ``If-None-Match: *`` (one already there
is left as it is: the S3 store writes only verified bytes under a hash), and
checked with ``HeadObject`` (its size). Each verified hash is appended to a
record in the data folder (``blobs-copy-<bucket>-<id>.done``), so a run cut
short skips what it finished; a blob the record lists is skipped only while the
bucket still holds it at its size. The source is never changed.
"""

from __future__ import annotations

import hashlib
import os
import threading
import time
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

from oic_server.blobstore import FilesystemBlobStore
from oic_server.blobstores.s3 import S3BlobStore

__all__ = ["copy_blobs", "record_path"]

_READ = 1024 * 1024
_WORKERS = 4


def record_path(root: Path, target: S3BlobStore) -> Path:
    ident = hashlib.sha256(target.location.url.encode()).hexdigest()[:12]
    return Path(root) / f"blobs-copy-{target.bucket}-{ident}.done"


def _local_blobs(source: FilesystemBlobStore) -> Iterator[tuple[str, Path, int]]:
    for name, size in source.blobs():
        yield name, source.path(name), size


def _hash_file(path: Path) -> tuple[str, int]:
    digest = hashlib.sha256()
    size = 0
    with open(path, "rb") as fh:
        while chunk := fh.read(_READ):
            digest.update(chunk)
            size += len(chunk)
    return digest.hexdigest(), size


def copy_blobs(
    source: FilesystemBlobStore,
    target: S3BlobStore,
    *,
    record: Path,
    dry_run: bool = False,
    progress: Callable[[dict[str, Any]], None] | None = None,
    workers: int = _WORKERS,
) -> dict[str, Any]:
    """Copy every blob of ``source`` (the data folder's store) into ``target``; returns
    the counts."""
    done: set[str] = set()
    if record.is_file():
        done = {line.strip() for line in record.read_text("ascii").splitlines() if line.strip()}
    blobs = list(_local_blobs(source))
    totals = {
        "blobs": len(blobs),
        "bytes": sum(size for _, _, size in blobs),
        "copied": 0,
        "copied_bytes": 0,
        "already_there": 0,
        "skipped_recorded": 0,
        "damaged": [],
        "to_copy": 0,
        "dry_run": dry_run,
        "record": str(record),
    }
    lock = threading.Lock()
    seen = [0, 0]  # blobs, bytes handled so far
    last = [0.0]
    out = None if dry_run else open(record, "a", encoding="ascii")

    def note(sha: str, size: int, outcome: str) -> None:
        with lock:
            seen[0] += 1
            seen[1] += size
            if outcome == "damaged":
                totals["damaged"].append(sha)
            else:
                totals[outcome] += 1
                if outcome == "copied":
                    totals["copied_bytes"] += size
            if out is not None and outcome in ("copied", "already_there"):
                out.write(sha + "\n")
                out.flush()
                os.fsync(out.fileno())
            now = time.monotonic()
            if progress is not None and (now - last[0] > 1.0 or seen[0] == len(blobs)):
                last[0] = now
                progress({"done": seen[0], "blobs": len(blobs), "bytes": seen[1],
                          "total_bytes": totals["bytes"]})  # fmt: skip

    def one(item: tuple[str, Path, int]) -> None:
        sha, path, size = item
        there = target.size(sha)
        if sha in done and there == size:
            note(sha, size, "skipped_recorded")
            return
        if dry_run:
            note(sha, size, "already_there" if there == size else "to_copy")
            return
        digest, length = _hash_file(path)
        if digest != sha or length != size:
            note(sha, size, "damaged")
            return
        if there is None:
            target.put_blob_file(sha, path)
            there = target.size(sha)
            if there != size:
                raise OSError(f"s3: {sha} mide {there} bytes después de copiarlo, no {size}")
            note(sha, size, "copied")
        elif there == size:
            note(sha, size, "already_there")
        else:
            raise OSError(f"s3: {sha} ya existe con {there} bytes, no {size}")

    try:
        with ThreadPoolExecutor(max_workers=max(1, workers)) as pool:
            list(pool.map(one, blobs))  # each blob's failure is raised here
    finally:
        if out is not None:
            out.close()
    return totals
