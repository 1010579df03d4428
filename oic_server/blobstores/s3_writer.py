"""The S3 store's writer of one chunk (:class:`S3PartWriter`), apart from the store
(:mod:`oic_server.blobstores.s3`, whose docstring tells the design): received into a
temporary file while the resumable SHA-256 runs, sent as a part or a piece, recorded
with the upload's offset, or completed under the blob's name when it is the last."""

from __future__ import annotations

import base64
import hashlib
import io
import logging
import tempfile
import time
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection, delete, select, update

from oic_server import schema as s
from oic_server.blobstore import UploadMoved
from oic_server.blobstores import resumable_hash, s3_errors

if TYPE_CHECKING:
    from oic_server.blobstores.s3 import S3BlobStore

__all__ = ["MAX_PARTS", "PART_MIN", "S3PartWriter", "content_md5"]

log = logging.getLogger(__name__)

PART_MIN = 5 * 1024 * 1024  # S3's smallest part, all but the last
MAX_PARTS = 10_000


def content_md5(body: Any, length: int | None = None) -> str:
    """``Content-MD5`` of a body about to be sent: bytes, or a seekable file whose next
    ``length`` bytes (its ``ContentLength``) are read and the position put back. Sent
    with every ``PutObject`` and ``UploadPart``, so S3 refuses (``BadDigest``) a body
    that did not arrive whole rather than keep it, whoever sent it and however it was
    cut."""
    digest = hashlib.md5(usedforsecurity=False)
    if isinstance(body, bytes | bytearray | memoryview):
        digest.update(body)
        return base64.b64encode(digest.digest()).decode("ascii")
    if length is None:
        raise TypeError("content_md5 of a file needs the length that is sent")
    start, left = body.tell(), length
    while left > 0:
        chunk = body.read(min(left, 1024 * 1024))
        if not chunk:
            raise ValueError(f"the body ends {left} bytes before its length ({length})")
        digest.update(chunk)
        left -= len(chunk)
    body.seek(start)
    return base64.b64encode(digest.digest()).decode("ascii")


class S3PartWriter:
    """One partial upload, leased, while a chunk is written to it (the filesystem's
    :class:`~oic_server.blobstore.PartFile`, same calls): :meth:`begin`, :meth:`write`,
    :meth:`sync` (the chunk is in S3), :meth:`record` (in the transaction that records
    the upload's offset), or :meth:`promote` for the blob's last chunk; :meth:`close`
    always."""

    def __init__(self, store: S3BlobStore, key: str, token: str, row: Any, rows: list[Any]):
        self.store, self.key, self.token = store, key, token
        self.upload_id: str | None = row.upload_id
        self.held = int(row.held)
        self.start = self.end = self.held
        self.total: int | None = None
        self._state = row.hash_state
        self._parts = [r for r in rows if r.number is not None]
        self._pieces = [r for r in rows if r.number is None]
        self._digest: Any = None
        self._before_state: bytes | None = None
        self._spool: Any = None
        self._lease = token  # kept alive by the store's LeaseKeeper until close()
        self._plan: dict[str, Any] | None = None  # what sync() sent, for record()
        self._obsolete: list[int] = []  # pieces to delete once recorded
        self._final_body: Any = None  # the last chunk of a one-object blob, kept for promote
        self._lost = False  # the lease ran out and another instance took the upload

    @property
    def size(self) -> int:
        """Bytes the upload holds now (the chunk's too, once written)."""
        return self.end

    def begin(self, offset: int, *, total: int | None = None) -> None:
        if offset != self.held:
            raise UploadMoved(self.held)
        self.total = total
        self.start = self.end = offset
        self._digest = (
            resumable_hash.load(self._state) if offset else resumable_hash.ResumableSha256()
        )
        if self._digest is None:  # open_part resets an upload whose state is unusable
            raise UploadMoved(0)
        self._before_state = self._digest.state()
        self.store.stage_dir.mkdir(parents=True, exist_ok=True)
        self._spool = tempfile.TemporaryFile(prefix=".chunk-", dir=self.store.stage_dir)

    def write(self, pieces: list[bytes] | tuple[bytes, ...]) -> None:
        for piece in pieces:
            if piece:
                self._spool.write(piece)
                self._digest.update(piece)
                self.end += len(piece)
        self.store.leases.touch(self._lease)

    def _pieces_bytes(self) -> bytes:
        out = []
        for r in self._pieces:
            try:
                answer = self.store.client.get_object(
                    Bucket=self.store.bucket, Key=self.store._piece_key(self.key, r.offset)
                )
            except Exception as exc:
                from oic_server.blobstores.s3 import _missing  # s3 imports this module

                if _missing(exc):  # a piece gone from the bucket: the upload starts over
                    raise UploadMoved(0) from None
                raise
            out.append(answer["Body"].read())
        data = b"".join(out)
        if len(data) != self.start - (self._pieces[0].offset if self._pieces else self.start):
            raise UploadMoved(0)  # a piece lost or cut: the upload starts over
        return data

    def _body(self) -> tuple[Any, int]:
        """The bytes from the first waiting piece to the chunk's end."""
        self._spool.flush()
        self._spool.seek(0)
        if not self._pieces:
            return self._spool, self.end - self.start
        data = self._pieces_bytes() + self._spool.read()
        return io.BytesIO(data), len(data)

    def sync(self) -> None:
        """The chunk into S3: a part, a piece, or (the last chunk of a one-object blob)
        kept for :meth:`promote`."""
        store, client = self.store, self.store.client
        if self.end == self.start:
            return
        final = self.total is not None and self.end >= self.total
        waiting = self.start - self._pieces[0].offset if self._pieces else 0
        first = self._pieces[0].offset if self._pieces else self.start
        as_part = not (final and self.upload_id is None) and (
            final or waiting + self.end - self.start >= PART_MIN
        )
        # renewed just before sending: a writer that stalled past its lease (another
        # instance took the upload) sends nothing; a part takes a number never used
        # before, so a part of a writer that lost its lease (or died) while it was on
        # the way can never stand for this one in the completed object
        number = store._claim_part(self.key, self.token) if as_part else None
        if not (number if as_part else store._renew(self.key, self.token)):
            self._lost = True
            return
        store.leases.touch(self._lease)
        plan: dict[str, Any] = {"held": self.end, "state": self._digest.state()}
        if final and self.upload_id is None:
            self._final_body = self._body()
        elif as_part:
            assert number is not None
            if self.upload_id is None:
                self.upload_id = client.create_multipart_upload(
                    Bucket=store.bucket, Key=store._upload_object(self.key)
                )["UploadId"]
                table = s.store_uploads
                store.db.write(  # recorded at once: the janitor knows it even if this chunk fails
                    lambda conn: conn.execute(
                        update(table)
                        .where(table.c.key == self.key, table.c.upload_id.is_(None))
                        .values(upload_id=self.upload_id)
                    )
                )
            if number > MAX_PARTS:  # numbers spent by chunks that never arrived whole
                raise UploadMoved(0)
            body, length = self._body()
            try:
                etag = client.upload_part(
                    Bucket=store.bucket, Key=store._upload_object(self.key),
                    UploadId=self.upload_id, PartNumber=number, Body=body, ContentLength=length,
                    ContentMD5=content_md5(body, length),
                )["ETag"]  # fmt: skip
            except Exception as exc:
                if s3_errors.code(exc) == "NoSuchUpload" or store.upload_gone(
                    self.key, self.upload_id
                ):
                    # aborted (a lifecycle rule, the janitor): the upload starts over
                    log.warning("upload %s: S3 no longer has its multipart upload", self.key)
                    raise UploadMoved(0) from None
                raise
            plan["part"] = {"offset": first, "size": length, "number": number, "etag": etag}
            plan["merged"] = [r.offset for r in self._pieces]
        else:  # a piece of its own: only this chunk's bytes
            self._spool.flush()
            self._spool.seek(0)
            body, length = self._spool, self.end - self.start
            client.put_object(
                Bucket=store.bucket, Key=store._piece_key(self.key, self.start), Body=body,
                ContentLength=length, ContentMD5=content_md5(body, length),
            )  # fmt: skip
            plan["piece"] = {"offset": self.start, "size": length}
        self._plan = plan

    def record(self, conn: Connection) -> None:
        """Record the synced chunk, in the caller's transaction; :class:`UploadMoved` when
        the upload is no longer where the chunk began."""
        plan = self._plan
        table, parts = s.store_uploads, s.store_parts
        if self._lost:
            held = conn.execute(select(table.c.held).where(table.c.key == self.key)).scalar()
            raise UploadMoved(int(held or 0))
        if plan is None:
            return
        done = conn.execute(
            update(table)
            .where(table.c.key == self.key, table.c.held == self.start)
            .values(
                held=plan["held"],
                hash_state=plan["state"],
                upload_id=self.upload_id,
                last_offset=self.start,
                last_state=self._before_state,
                updated_at=time.time(),
            )
        )
        if done.rowcount != 1:
            held = conn.execute(select(table.c.held).where(table.c.key == self.key)).scalar()
            raise UploadMoved(int(held or 0))
        if "part" in plan:
            if plan["merged"]:
                conn.execute(
                    delete(parts).where(parts.c.key == self.key, parts.c.offset.in_(plan["merged"]))
                )
            conn.execute(parts.insert().values(key=self.key, **plan["part"]))
            self._obsolete = plan["merged"]
        elif "piece" in plan:
            conn.execute(parts.insert().values(key=self.key, **plan["piece"]))

    def cut_back(self) -> None:
        """The chunk never arrived whole: nothing of it is recorded (a part or piece sent
        is replaced by the next chunk at this offset)."""
        self._plan = None
        self._final_body = None
        self._lost = False
        self.end = self.start

    def hexdigest(self) -> str:
        return (
            self._digest.hexdigest() if self._digest is not None else self.store.hash_part(self.key)
        )

    def discard(self, *, abort: bool = True) -> None:
        """Forget the whole upload (its hash did not match, or it is abandoned): its
        multipart upload aborted (``abort``; else left to the janitor), its pieces and
        rows deleted."""
        self._plan = self._final_body = None
        with self.store.db.read() as conn:
            row = self.store._row(conn, self.key)
            rows = self.store._rows(conn, self.key)
        if abort and row is not None and row.upload_id:
            self.store._abort(self.store._upload_object(self.key), row.upload_id)
        self.store._forget(self.key, rows)
        self.token = ""  # the row is gone: nothing to release
        self.held = self.start = self.end = 0

    def promote(self, sha256: str) -> bool:
        """The blob, verified by the caller, under its name (``If-None-Match: *``); the
        upload's rows and pieces go. False when the store had it already."""
        store = self.store
        if self._lost:  # another instance has the upload now, or has completed it
            if store.has(sha256):  # its rows are the other writer's (or gone): kept
                return self._found_there(sha256, forget=False)
            raise UploadMoved(store.part_size(self.key))
        if self._final_body is not None:
            body, length = self._final_body
            added = store.put_blob(sha256, body, length)
        else:
            parts = [{"PartNumber": r.number, "ETag": r.etag} for r in self._parts]
            if self._plan and "part" in self._plan:
                p = self._plan["part"]
                parts.append({"PartNumber": p["number"], "ETag": p["etag"]})
            try:
                added = store._complete(store.blob_key(sha256), self.upload_id or "", parts)
                if added and store.size(sha256) != self.end:
                    # not the bytes hashed (an S3 server that completed with a part other
                    # than the recorded ETag): never left under the blob's name
                    log.error(
                        "upload %s: S3 completed an object of %s bytes, not %d; removed, "
                        "the upload restarts", self.key, store.size(sha256), self.end,
                    )  # fmt: skip
                    store.delete(sha256)
                    self.discard()
                    raise UploadMoved(0)
            except UploadMoved:
                raise
            except Exception as exc:
                if s3_errors.code(exc) in (
                    "InvalidPart",
                    "InvalidPartOrder",
                    "NoSuchUpload",
                    "EntityTooSmall",
                ):
                    log.warning(
                        "upload %s could not be completed (%s): it restarts",
                        self.key,
                        s3_errors.code(exc),
                    )
                    # not aborted: another writer (one whose instance died) may be the one
                    # completing it right now (see S3BlobStore._reset); the janitor will
                    self.discard(abort=False)
                    raise UploadMoved(0) from exc
                raise
        if not added:
            return self._found_there(sha256)
        self._plan = self._final_body = None
        with store.db.read() as conn:
            rows = store._rows(conn, self.key)
        store._forget(self.key, rows)
        self.token = ""  # the row is gone: nothing to release
        return added

    def _found_there(self, sha256: str, *, forget: bool = True) -> bool:
        """The blob was there already (another upload of it, or this one completed by a
        writer whose instance died): trusted only once read back with its hash; else it
        is removed and the upload starts over."""
        store = self.store
        if not store.holds_right_bytes(sha256):
            log.error(
                "upload %s: the object already under the blob's name does not have its "
                "SHA-256; removed, the upload restarts", self.key,
            )  # fmt: skip
            store.delete(sha256)
            if forget:
                self.discard(abort=False)
            raise UploadMoved(0)
        log.warning("upload %s: the blob was there already (read back, its hash is right)",
                    self.key)  # fmt: skip
        self._plan = self._final_body = None
        if forget:
            with store.db.read() as conn:
                rows = store._rows(conn, self.key)
            store._forget(self.key, rows)
            self.token = ""
        return False

    def close(self) -> None:
        self.store.leases.drop(self._lease)
        if self._spool is not None:
            self._spool.close()
            self._spool = None
        for offset in self._obsolete:
            self.store._delete_quietly(self.store._piece_key(self.key, offset))
        self._obsolete = []
        if self.token:
            self.store._release(self.key, self.token)
            self.token = ""

    def __enter__(self) -> S3PartWriter:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
