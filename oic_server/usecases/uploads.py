"""Uploads: resumable, per observer and hash; content stored once (the privacy rule of
:mod:`oic_server.service`)."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Connection, and_, select, update

from oic_server import schema as s
from oic_server.db import insert_ignore
from oic_server.errors import ApiError
from oic_server.schema import now_iso
from oic_server.usecases.base import Caller, ServerParts


class UploadCases(ServerParts):
    """Resumable uploads of one observer's blobs, hash-checked when complete."""

    # ------------------------------------------------------------ blobs

    def _upload(self, conn: Connection, caller: Caller, sha256: str, *, lock: bool) -> Any:
        query = select(s.uploads).where(
            s.uploads.c.observer_id == caller.observer_id, s.uploads.c.sha256 == sha256
        )
        row = conn.execute(query.with_for_update() if lock else query).first()
        if row is None:
            raise ApiError(
                "not_found",
                "Ese archivo no figura en ninguno de sus envíos: envíe primero el manifiesto.",
            )
        return row

    def blob_status(self, caller: Caller, sha256: str) -> dict[str, Any]:
        with self.db.read() as conn:
            row = self._upload(conn, caller, sha256, lock=False)
        return {"offset": row.held, "length": row.size, "complete": bool(row.complete)}

    def patch_blob(self, caller: Caller, sha256: str, offset: int, data: bytes) -> dict[str, Any]:
        """Append ``data`` at ``offset``. Returns {offset, length, complete}."""
        if len(data) > self.limits.chunk_bytes:
            raise ApiError(
                "too_large",
                f"El fragmento mide {len(data)} bytes; el máximo es {self.limits.chunk_bytes}.",
            )
        key = f"{caller.observer_id}-{sha256}"
        store = self.store

        def txn(conn: Connection) -> tuple[str, dict[str, Any]]:
            row = self._upload(conn, caller, sha256, lock=True)
            size, held = int(row.size), int(row.held)
            status = {"offset": held, "length": size, "complete": bool(row.complete)}
            if row.complete:
                if offset == size and not data:
                    return "ok", status
                if (
                    data
                    and offset + len(data) == size
                    and store.read_range(sha256, offset, len(data)) == data
                ):
                    return "ok", status  # the last chunk again (its answer was lost)
                return "mismatch", status
            actual = store.part_size(key)
            if actual < held:  # bytes a crash took away: resume from what is really there
                held = actual
                conn.execute(
                    update(s.uploads)
                    .where(
                        s.uploads.c.observer_id == caller.observer_id, s.uploads.c.sha256 == sha256
                    )
                    .values(held=held, updated_at=now_iso())
                )
                status["offset"] = held
            if offset != held:
                if (
                    data
                    and offset < held
                    and offset + len(data) == held
                    and store.read_part(key, offset, len(data)) == data
                ):
                    return "ok", status  # the previous chunk again (its answer was lost)
                return "mismatch", status
            if offset + len(data) > size:
                return "overflow", status
            if not data:
                return "ok", status
            store.write_part(key, offset, data)
            new = offset + len(data)
            where = and_(
                s.uploads.c.observer_id == caller.observer_id, s.uploads.c.sha256 == sha256
            )
            if new < size:
                conn.execute(update(s.uploads).where(where).values(held=new, updated_at=now_iso()))
                return "ok", {"offset": new, "length": size, "complete": False}
            if store.hash_part(key) != sha256:
                store.discard_part(key)
                conn.execute(update(s.uploads).where(where).values(held=0, updated_at=now_iso()))
                return "hash_mismatch", {"offset": 0, "length": size, "complete": False}
            store.promote_part(key, sha256)
            insert_ignore(conn, s.blobs, [{"sha256": sha256, "size": size, "stored_at": now_iso()}])
            conn.execute(
                update(s.uploads)
                .where(where)
                .values(held=size, complete=True, updated_at=now_iso())
            )
            return "ok", {"offset": size, "length": size, "complete": True}

        outcome, status = self.db.write(txn)
        if outcome == "mismatch":
            raise ApiError(
                "offset_mismatch",
                f"El servidor tiene {status['offset']} bytes de este archivo; continúe desde ahí.",
                headers={"Upload-Offset": str(status["offset"])},
                offset=status["offset"],
            )
        if outcome == "overflow":
            raise ApiError(
                "bad_request",
                f"El fragmento termina después del tamaño declarado del archivo ({status['length']} "
                "bytes).",
            )
        if outcome == "hash_mismatch":
            raise ApiError(
                "hash_mismatch",
                "El archivo recibido no tiene el SHA-256 declarado (se dañó en el camino o cambió "
                "en el disco). Se descartó; envíelo de nuevo desde el principio.",
                headers={"Upload-Offset": "0"},
                offset=0,
            )
        return status
