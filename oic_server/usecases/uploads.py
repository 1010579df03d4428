"""Uploads: resumable, per observer and hash; content stored once (the privacy rule of
:mod:`oic_server.service`).

A chunk (``PATCH /blobs/{sha256}``) is a :class:`ChunkUpload`: the upload's lock
is taken (:meth:`~oic_server.blobstore.FilesystemBlobStore.open_part`, so two
requests for one upload, here or in another instance, take turns), the offset
is checked against what the server holds *before* the body is read, the body
is written to the part file as it arrives, and only after its ``fdatasync`` is
the new offset recorded and answered: an offset the server acknowledges
survives a power cut. A body that never arrives whole leaves nothing behind.
The blob's SHA-256 runs along with the chunks (:class:`~oic_server.blobstore.PartFile`),
so completing a blob does not read it again. With the S3 store
(:mod:`oic_server.blobstores.s3`) the same calls send the chunk as a part (or a
piece) and record it in the transaction that records the offset.
"""

from __future__ import annotations

import time
from collections.abc import Sequence
from typing import Any

from sqlalchemy import Connection, and_, select, update

from oic_server import schema as s
from oic_server.blobstore import PartFile, UploadMoved
from oic_server.db import insert_ignore
from oic_server.errors import ApiError
from oic_server.schema import now_iso
from oic_server.usecases.base import Caller, ServerParts

LOCK_WAIT = 20.0  # seconds a chunk waits for another request writing the same upload


def _upload_key(caller: Caller, sha256: str) -> str:
    return f"{caller.observer_id}-{sha256}"


def _mismatch(held: int) -> ApiError:
    return ApiError(
        "offset_mismatch",
        f"El servidor tiene {held} bytes de este archivo; continúe desde ahí.",
        headers={"Upload-Offset": str(held)},
        offset=held,
    )


def _overflow(size: int) -> ApiError:
    return ApiError(
        "bad_request",
        f"El fragmento termina después del tamaño declarado del archivo ({size} bytes).",
    )


def busy_error() -> ApiError:
    """Another request writes this upload now: try again in a moment (503)."""
    return ApiError(
        "unavailable",
        "Otra conexión está enviando este mismo archivo en este momento; se reintentará "
        "en unos segundos.",
        headers={"Retry-After": "2"},
    )


class ChunkUpload:
    """One chunk on its way, decided by :meth:`UploadCases.start_chunk`.

    ``mode`` says what the body is for: ``answer`` (none is needed: ``status`` is
    the answer), ``write`` (:meth:`write` its pieces, then :meth:`finish`; on a
    body that stops, :meth:`cut_back`), ``compare`` (a repeat of the chunk that
    ended at the server's offset, whose answer was lost: :meth:`compare` it).
    :meth:`close` always (it releases the upload's lock).
    """

    def __init__(
        self,
        cases: UploadCases,
        caller: Caller,
        sha256: str,
        *,
        mode: str,
        status: dict[str, Any],
        part: PartFile | None = None,
        compare_with: str = "",
        offset: int = 0,
    ):
        self.cases, self.caller, self.sha256 = cases, caller, sha256
        self.mode, self.status, self.part = mode, status, part
        self._compare_with, self._offset = compare_with, offset

    @property
    def _where(self) -> Any:
        return and_(
            s.uploads.c.observer_id == self.caller.observer_id, s.uploads.c.sha256 == self.sha256
        )

    def write(self, pieces: Sequence[bytes]) -> None:
        """Append the next pieces of the body; past the blob's declared size is refused."""
        assert self.part is not None and self.mode == "write"
        size = self.status["length"]
        if self.part.end + sum(len(p) for p in pieces) > size:
            raise _overflow(size)
        self.part.write(pieces)

    def cut_back(self) -> None:
        """The body never arrived whole (or was refused): nothing of it is kept."""
        if self.part is not None and self.mode == "write":
            self.part.cut_back()

    def finish(self) -> dict[str, Any]:
        """The whole body is written: on disk, then recorded; the blob checked and stored
        when it is complete. Returns {offset, length, complete}."""
        assert self.part is not None and self.mode == "write"
        part, size = self.part, self.status["length"]
        if part.end == part.start:  # an empty body: nothing changes
            return self.status
        try:
            part.sync()
        except UploadMoved as moved:  # lease lost, or a waiting piece gone from the store
            if moved.held == 0:
                part.discard()  # the store's own record of the upload goes too
                self._restart()
            raise _mismatch(moved.held) from None
        new = part.end
        if new < size:

            def record(conn: Connection) -> None:
                part.record(conn)  # an S3 upload's part or piece, with the offset
                conn.execute(
                    update(s.uploads)
                    .where(self._where, s.uploads.c.complete.is_(False))
                    .values(held=new, updated_at=now_iso())
                )

            try:
                self.cases.db.write(record)
            except UploadMoved as moved:  # another request recorded this offset first
                raise _mismatch(moved.held) from None
            return {"offset": new, "length": size, "complete": False}
        if part.hexdigest() != self.sha256:
            part.discard()
            self.cases.db.write(
                lambda conn: conn.execute(
                    update(s.uploads).where(self._where).values(held=0, updated_at=now_iso())
                )
            )
            raise ApiError(
                "hash_mismatch",
                "El archivo recibido no tiene el SHA-256 declarado (se dañó en el camino o "
                "cambió en el disco). Se descartó; envíelo de nuevo desde el principio.",
                headers={"Upload-Offset": "0"},
                offset=0,
            )
        try:
            part.promote(self.sha256)
        except UploadMoved as moved:  # the store lost the upload's parts: from the start
            self._restart()
            raise _mismatch(moved.held) from None
        self.cases.db.write(self._record_complete)
        return {"offset": size, "length": size, "complete": True}

    def _restart(self) -> None:
        """The store cannot continue this upload: it starts again from offset 0."""
        self.cases.db.write(
            lambda conn: conn.execute(
                update(s.uploads).where(self._where).values(held=0, updated_at=now_iso())
            )
        )

    def _record_complete(self, conn: Connection) -> None:
        size = self.status["length"]
        insert_ignore(
            conn, s.blobs, [{"sha256": self.sha256, "size": size, "stored_at": now_iso()}]
        )
        conn.execute(
            update(s.uploads)
            .where(self._where)
            .values(held=size, complete=True, updated_at=now_iso())
        )

    def compare(self, data: bytes) -> dict[str, Any]:
        """A repeated chunk: the same answer when its bytes are those the server holds."""
        store, offset = self.cases.store, self._offset
        if not data or offset + len(data) != self.status["offset"]:
            raise _mismatch(self.status["offset"])
        if self._compare_with == "blob":
            same = store.read_range(self.sha256, offset, len(data)) == data
        else:
            same = store.same_chunk(_upload_key(self.caller, self.sha256), offset, data)
        if same:
            return self.status
        raise _mismatch(self.status["offset"])

    def close(self) -> None:
        if self.part is not None:
            self.part.close()
            self.part = None

    def __enter__(self) -> ChunkUpload:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


class UploadCases(ServerParts):
    """Resumable uploads of one observer's blobs, hash-checked when complete."""

    def _upload(self, conn: Connection, caller: Caller, sha256: str) -> Any:
        row = conn.execute(
            select(s.uploads).where(
                s.uploads.c.observer_id == caller.observer_id, s.uploads.c.sha256 == sha256
            )
        ).first()
        if row is None:
            raise ApiError(
                "not_found",
                "Ese archivo no figura en ninguno de sus envíos: envíe primero el manifiesto.",
            )
        return row

    def blob_status(self, caller: Caller, sha256: str) -> dict[str, Any]:
        with self.db.read() as conn:
            row = self._upload(conn, caller, sha256)
        return {"offset": row.held, "length": row.size, "complete": bool(row.complete)}

    def blob_busy(self, caller: Caller, sha256: str) -> bool:
        """Whether a chunk of this upload is being written now (HEAD waits for it)."""
        return self.store.part_busy(_upload_key(caller, sha256))

    def start_chunk(
        self, caller: Caller, sha256: str, offset: int, length: int | None
    ) -> ChunkUpload | None:
        """What a chunk of ``length`` bytes (None: not declared) at ``offset`` will do,
        decided before its body is read; None while another request writes this upload
        (try again shortly). Refusals (unknown blob, wrong offset, past the declared
        size, over the chunk limit) are raised."""
        if length is not None and length > self.limits.chunk_bytes:
            raise ApiError(
                "too_large",
                f"El fragmento mide {length} bytes; el máximo es {self.limits.chunk_bytes}.",
            )
        row = self.blob_status(caller, sha256)  # an unknown blob is refused before any file
        if not row["complete"]:
            part = self.store.open_part(_upload_key(caller, sha256))
            if part is None:
                return None
            try:
                return self._start_writing(caller, sha256, offset, length, part)
            except BaseException:
                part.close()
                raise
        return self._repeat_on_complete(caller, sha256, offset, length, row)

    def _repeat_on_complete(
        self, caller: Caller, sha256: str, offset: int, length: int | None, status: dict
    ) -> ChunkUpload:
        """A chunk for a blob already complete: its last chunk again, or nothing at its end."""
        size = status["length"]
        if offset == size and not length:
            return ChunkUpload(self, caller, sha256, mode="answer", status=status)
        if length and offset + length == size:
            return ChunkUpload(
                self, caller, sha256, mode="compare", status=status, compare_with="blob",
                offset=offset,
            )  # fmt: skip
        raise _mismatch(size)

    def _start_writing(
        self, caller: Caller, sha256: str, offset: int, length: int | None, part: PartFile
    ) -> ChunkUpload:
        """Under the upload's lock: what the server holds now decides the chunk."""
        status = self.blob_status(caller, sha256)
        if status["complete"]:  # completed meanwhile by another request
            part.discard()  # a part file made again by this very lock: nothing to keep
            part.close()
            return self._repeat_on_complete(caller, sha256, offset, length, status)
        held = status["offset"]
        if part.size < held:  # bytes a crash took away: resume from what is really there
            held = status["offset"] = part.size
            where = and_(
                s.uploads.c.observer_id == caller.observer_id, s.uploads.c.sha256 == sha256
            )
            self.db.write(
                lambda conn: conn.execute(
                    update(s.uploads).where(where).values(held=held, updated_at=now_iso())
                )
            )
        if offset != held:
            if length and offset < held and offset + length == held:
                part.close()  # the previous chunk again (its answer was lost)
                return ChunkUpload(
                    self, caller, sha256, mode="compare", status=status, compare_with="part",
                    offset=offset,
                )  # fmt: skip
            raise _mismatch(held)
        if length is not None and offset + length > status["length"]:
            raise _overflow(status["length"])
        if length == 0:
            part.close()
            return ChunkUpload(self, caller, sha256, mode="answer", status=status)
        try:
            part.begin(offset, total=status["length"])
        except UploadMoved as moved:
            raise _mismatch(moved.held) from None
        return ChunkUpload(self, caller, sha256, mode="write", status=status, part=part)

    def wait_for_chunk(
        self, caller: Caller, sha256: str, offset: int, length: int | None
    ) -> ChunkUpload:
        """:meth:`start_chunk`, waiting up to :data:`LOCK_WAIT` for the upload's lock
        (503 after that)."""
        deadline = time.monotonic() + LOCK_WAIT
        while (chunk := self.start_chunk(caller, sha256, offset, length)) is None:
            if time.monotonic() > deadline:
                raise busy_error()
            time.sleep(0.02)
        return chunk

    def patch_blob(self, caller: Caller, sha256: str, offset: int, data: bytes) -> dict[str, Any]:
        """Append ``data`` at ``offset`` (a chunk already in memory). Returns {offset,
        length, complete}."""
        with self.wait_for_chunk(caller, sha256, offset, len(data)) as chunk:
            if chunk.mode == "compare":
                return chunk.compare(data)
            if chunk.mode == "answer":
                return chunk.status
            try:
                chunk.write([data])
                return chunk.finish()
            except BaseException:
                chunk.cut_back()
                raise
