"""The OIC's copy of record of each delivered report, kept next to the original.

At commit the server timestamps the report (document timestamp, validation data,
archive timestamp: PAdES B-LTA) and the signed receipt names that copy's SHA-256
(``record_sha256``) and the OIC's time (``timestamped_at``). After a delivery, and at
every later sync for those still missing, :func:`fetch_records` downloads it
(``GET /api/v1/submissions/{id}/record``), keeps it only when its SHA-256 is the
receipt's, writes it next to the report as ``<report>.oic.pdf`` (atomically),
records the path in the outbox row and a ``submission.record_saved`` custody entry.
A failed download is a warning: the delivery stands and the next sync tries again.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Any

from observer_desktop.core.errors import os_reason
from observer_desktop.core.files import atomic_write
from observer_desktop.services.app import Observador
from observer_desktop.storage.repositories import now_iso
from observer_desktop.sync.client import MAX_RECORD_BYTES, ProtocolClient
from observer_desktop.sync.errors import SyncError
from observer_desktop.sync.receipts import record_of

__all__ = ["RECORD_SUFFIX", "fetch_records", "missing_records", "record_path_for"]

RECORD_SUFFIX = ".oic.pdf"
# the copy is the report plus time-stamps and validation data (tens of KiB): more than
# this over the report's size is not a copy of it
RECORD_MARGIN = 16 * 1024 * 1024


def record_path_for(report_path: str) -> str:
    """``reports/informe-….pdf`` → ``reports/informe-….oic.pdf`` (relative to the data folder)."""
    path = Path(report_path)
    stem = path.name[: -len(".pdf")] if path.name.endswith(".pdf") else path.name
    return str(path.with_name(stem + RECORD_SUFFIX))


def missing_records(app: Observador) -> list[tuple[dict[str, Any], str, str | None]]:
    """(outbox row, record SHA-256, OIC time) of delivered submissions whose receipt names a
    copy of record not downloaded yet, or whose downloaded file is gone."""
    out = []
    for row in app.store.outbox_rows(states=("delivered",)):
        if row.get("record_path") and (app.data_dir / row["record_path"]).is_file():
            continue
        stored = app.store.get_receipt(row["submission_id"])
        receipt = ((stored or {}).get("receipt") or {}).get("receipt")
        named = record_of(receipt) if isinstance(receipt, dict) else None
        if named is not None:
            full = app.store.get_outbox(row["submission_id"])
            if full is not None and full.get("report_path"):
                out.append((full, named[0], named[1]))
    return out


def fetch_records(app: Observador, client: ProtocolClient, warnings: list[str]) -> list[str]:
    """Download every missing copy of record; returns the submission ids saved. A
    network error or a copy whose hash is not the receipt's leaves it for the next sync
    (a warning); an error of the whole run (session, server) is raised."""
    saved = []
    for row, sha, stamped in missing_records(app):
        sid = row["submission_id"]
        try:
            data = client.record(sid, limit=_record_limit(row))
        except SyncError as exc:
            if exc.code in ("unauthenticated", "certificate_changed", "busy"):
                raise  # the whole run stops: the session or the server is not what it was
            warnings.append(
                f"No se pudo descargar la copia sellada por el OIC del envío {sid[:8]}: {exc} "
                "Se intentará en la próxima sincronización."
            )
            if exc.retryable:  # the link or the server is down: the others wait too
                break
            continue
        if hashlib.sha256(data).hexdigest() != sha:
            warnings.append(
                f"La copia sellada por el OIC del envío {sid[:8]} no coincide con la huella de "
                "su acuse; no se guardó. Se intentará en la próxima sincronización."
            )
            continue
        try:
            _keep(app, row, data, sha, stamped)
        except OSError as exc:
            warnings.append(
                f"No se pudo guardar la copia sellada por el OIC del envío {sid[:8]}: "
                f"{os_reason(exc)}."
            )
            continue
        saved.append(sid)
    return saved


def _keep(app: Observador, row: dict[str, Any], data: bytes, sha: str, stamped: str | None) -> None:
    """The file written next to the report, then its path and the custody entry in one
    transaction."""
    relative = record_path_for(row["report_path"])
    atomic_write(app.data_dir / relative, data, mode=0o644)
    with app.database.transaction():
        app.store.update_outbox(
            row["submission_id"], record_path=relative, record_sha256=sha, updated_at=now_iso()
        )
        app.store.append_custody(
            row["audit_id"],
            "submission.record_saved",
            {
                "submission_id": row["submission_id"],
                "record_sha256": sha,
                "report_sha256": _report_sha256(row),
                "timestamped_at": stamped,
                "path": relative,
            },
            actor=app.actor(),
        )


def _report_sha256(row: dict[str, Any]) -> str | None:
    try:
        return json.loads(row.get("manifest") or "{}").get("report_sha256")
    except (ValueError, AttributeError):
        return None


def _record_limit(row: dict[str, Any]) -> int:
    """The most bytes the copy of ``row``'s report may have: its size plus the margin."""
    try:
        blobs = json.loads(row.get("manifest") or "{}").get("blobs") or []
        size = next(int(b["size"]) for b in blobs if b.get("role") == "report")
    except (ValueError, AttributeError, KeyError, TypeError, StopIteration):
        return MAX_RECORD_BYTES
    return size + RECORD_MARGIN
