"""The sneakernet batch (``*.obsbatch``): queued submissions on a USB stick.

A ZIP read by ``oic-server ingest`` (format in ``docs/protocol.md``):
``batch.json`` (deflated), ``batch.sig`` (base64 ECDSA signature of the exact
bytes of ``batch.json``), ``certificate.pem`` and ``blobs/<sha256>`` (stored,
each blob once). Written to a temporary file beside the target, fsynced and
renamed, so a stick pulled out early never holds a half batch under the real
name. Every blob is hashed again while it is copied: a damaged local file
stops the export instead of travelling.
"""

from __future__ import annotations

import base64
import contextlib
import datetime as _dt
import hashlib
import json
import os
import tempfile
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any, BinaryIO

from observer_desktop.core.errors import InputError, os_reason
from observer_desktop.sync.engine import BlobSource, Outgoing
from observer_desktop.sync.errors import SyncError
from observer_desktop.sync.policy import SyncControl

__all__ = ["BATCH_FORMAT", "write_batch"]

BATCH_FORMAT = "observador-batch"
BATCH_VERSION = 1
_COPY = 1024 * 1024


def write_batch(
    path: Path,
    *,
    observer_code: str,
    submissions: list[Outgoing],
    certificate_pem: bytes,
    sign: Callable[[bytes], bytes],
    control: SyncControl | None = None,
    on_bytes: Callable[[int], None] | None = None,
) -> dict[str, Any]:
    """Write the batch; returns a summary (file, submissions, blobs, bytes)."""
    control = control or SyncControl()
    path = Path(path)
    batch_json = _batch_json(observer_code, submissions)
    signature = base64.b64encode(sign(batch_json))
    sources = _unique_sources(submissions)
    folder, fd, tmp = _temp_file_beside(path)
    try:
        with os.fdopen(fd, "wb") as raw:
            total = _write_zip(
                raw,
                batch_json=batch_json,
                signature=signature,
                certificate_pem=certificate_pem,
                sources=sources,
                control=control,
                on_bytes=on_bytes,
            )
        os.replace(tmp, path)
        with contextlib.suppress(OSError):
            _fsync_dir(folder)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise InputError(
            f"No se pudo escribir el lote en {path}: {os_reason(exc)}. Revise que la memoria "
            "USB esté conectada y tenga espacio; no se marcó nada como exportado."
        ) from None
    except BaseException:  # cancelled, a damaged blob, anything: no half batch is left
        tmp.unlink(missing_ok=True)
        raise
    return {
        "file": str(path),
        "submissions": len(submissions),
        "blobs": len(sources),
        "bytes": path.stat().st_size,
        "payload_bytes": total,
    }


def _batch_json(observer_code: str, submissions: list[Outgoing]) -> bytes:
    """The exact bytes of ``batch.json``, the ones the signature covers."""
    document = {
        "format": BATCH_FORMAT,
        "version": BATCH_VERSION,
        "observer": observer_code,
        "created_at": _dt.datetime.now(_dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
        "submissions": [
            {"submission_id": s.submission_id, "manifest": s.manifest} for s in submissions
        ],
    }
    return json.dumps(document, ensure_ascii=False, indent=1, sort_keys=True).encode()


def _unique_sources(submissions: list[Outgoing]) -> dict[str, BlobSource]:
    """Each blob once, however many submissions name it."""
    sources: dict[str, BlobSource] = {}
    for s in submissions:
        for sha, source in s.sources.items():
            sources.setdefault(sha, source)
    return sources


def _temp_file_beside(path: Path) -> tuple[Path, int, Path]:
    """(folder, descriptor, name) of a new temporary file in the batch's folder."""
    folder = path.parent if str(path.parent) else Path(".")
    if not folder.is_dir():
        raise InputError(f"No existe la carpeta {folder}; elija dónde guardar el lote con -o.")
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)
    except OSError as exc:
        raise InputError(f"No se puede escribir en {folder}: {os_reason(exc)}.") from None
    return folder, fd, Path(tmp_name)


def _write_zip(
    raw: BinaryIO,
    *,
    batch_json: bytes,
    signature: bytes,
    certificate_pem: bytes,
    sources: dict[str, BlobSource],
    control: SyncControl,
    on_bytes: Callable[[int], None] | None,
) -> int:
    """The whole ZIP into ``raw``, fsynced; returns the blobs' bytes."""
    total = 0
    with zipfile.ZipFile(raw, "w") as zf:
        zf.writestr(_info("batch.json", zipfile.ZIP_DEFLATED), batch_json, zipfile.ZIP_DEFLATED)
        zf.writestr(_info("batch.sig"), signature)
        zf.writestr(_info("certificate.pem"), certificate_pem)
        for sha in sorted(sources):
            control.checkpoint()
            total += _copy_blob(zf, sha, sources[sha], control, on_bytes)
        zf.close()  # writes the central directory
        raw.flush()
        os.fsync(raw.fileno())
    return total


def _copy_blob(
    zf: zipfile.ZipFile,
    sha: str,
    source: BlobSource,
    control: SyncControl,
    on_bytes: Callable[[int], None] | None,
) -> int:
    """``blobs/<sha>``, hashed again while copied: a damaged local file stops the batch."""
    digest = hashlib.sha256()
    with zf.open(_info(f"blobs/{sha}"), "w", force_zip64=True) as out:
        offset = 0
        while offset < source.size:
            control.checkpoint()
            piece = source.read(offset, min(_COPY, source.size - offset))
            digest.update(piece)
            out.write(piece)
            offset += len(piece)
            if on_bytes is not None:
                on_bytes(len(piece))
    if digest.hexdigest() != sha:
        raise SyncError(
            f"El archivo «{source.name or source.role}» está alterado en esta "
            "computadora (su huella SHA-256 ya no es la registrada); no se escribió "
            "el lote. Ejecute observer evidence verify.",
            code="local_file",
            scope="submission",
        )
    return source.size


def _fsync_dir(folder: Path) -> None:
    """The new name must survive a stick pulled out right after."""
    dir_fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(dir_fd)
    finally:
        os.close(dir_fd)


def _info(name: str, compress: int = zipfile.ZIP_STORED) -> zipfile.ZipInfo:
    info = zipfile.ZipInfo(name, date_time=(2020, 1, 1, 0, 0, 0))
    info.compress_type = compress
    info.external_attr = 0o644 << 16
    return info
