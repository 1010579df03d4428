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
from typing import Any

from observer_desktop.core.errors import InputError, os_reason
from observer_desktop.sync.engine import Outgoing
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
    document = {
        "format": BATCH_FORMAT,
        "version": BATCH_VERSION,
        "observer": observer_code,
        "created_at": _dt.datetime.now(_dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
        "submissions": [
            {"submission_id": s.submission_id, "manifest": s.manifest} for s in submissions
        ],
    }
    batch_json = json.dumps(document, ensure_ascii=False, indent=1, sort_keys=True).encode()
    signature = base64.b64encode(sign(batch_json))
    sources = {}
    for s in submissions:
        for sha, source in s.sources.items():
            sources.setdefault(sha, source)
    folder = path.parent if str(path.parent) else Path(".")
    if not folder.is_dir():
        raise InputError(f"No existe la carpeta {folder}; elija dónde guardar el lote con -o.")
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)
    except OSError as exc:
        raise InputError(f"No se puede escribir en {folder}: {os_reason(exc)}.") from None
    tmp = Path(tmp_name)
    total = 0
    try:
        with os.fdopen(fd, "wb") as raw, zipfile.ZipFile(raw, "w") as zf:
            zf.writestr(_info("batch.json", zipfile.ZIP_DEFLATED), batch_json, zipfile.ZIP_DEFLATED)
            zf.writestr(_info("batch.sig"), signature)
            zf.writestr(_info("certificate.pem"), certificate_pem)
            for sha in sorted(sources):
                source = sources[sha]
                control.checkpoint()
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
                total += source.size
            zf.close()  # writes the central directory
            raw.flush()
            os.fsync(raw.fileno())
        os.replace(tmp, path)
        with contextlib.suppress(OSError):
            dir_fd = os.open(folder, os.O_RDONLY)
            try:
                os.fsync(dir_fd)
            finally:
                os.close(dir_fd)
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


def _info(name: str, compress: int = zipfile.ZIP_STORED) -> zipfile.ZipInfo:
    info = zipfile.ZipInfo(name, date_time=(2020, 1, 1, 0, 0, 0))
    info.compress_type = compress
    info.external_attr = 0o644 << 16
    return info
