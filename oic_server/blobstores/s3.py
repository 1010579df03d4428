"""Blobs in an S3-compatible object store (``--blob-store s3://bucket/prefix``).

Complete blobs are objects ``<prefix>blobs/ab/cd/<sha256>``, written once: every
write carries ``If-None-Match: *``, and a 412 means the blob is there already
(its name is its verified hash, so it is the same bytes). A resumable upload is
an S3 multipart upload to that name whose parts are the protocol's chunks;
what was acknowledged lives in the database (:mod:`oic_server.schema_store`),
recorded in the same transaction as the upload's offset, so "an acknowledged
offset survives a crash" holds as with files:

- a chunk is received into a temporary file (``<data>/staging``) while its
  SHA-256 runs (:mod:`.resumable_hash`, whose state is saved with the chunk so
  any instance continues it), then sent to S3, and only then recorded and
  answered;
- a chunk of at least :data:`PART_MIN` (S3's smallest part but the last) is an
  ``UploadPart``; a shorter one (the laptop's pacing sends 256 KiB and up on a
  slow line) is kept as a piece, an object ``<prefix>uploads/<key>/<offset>``,
  until the next chunk makes a part of them together (the pieces read back);
  the last chunk of a blob is the last part, whatever its length;
- when the last byte arrives the hash is known: the multipart upload is
  completed under the blob's name only when it matches (one chunk is a plain
  ``PutObject``), else aborted and the upload starts over;
- several instances take turns on an upload through a short lease in its row,
  kept alive while the chunk makes progress (:mod:`.s3_leases`), and a chunk
  is recorded only where the upload's offset is still the one it began at;
  after a restart the parts recorded are checked with ``ListParts`` once.

Reads (thumbnails, the report's PDF, the evidence ZIP) stream: :meth:`S3BlobStore.open`
is a seekable file over ranged ``GET`` requests, one request for a sequential read.
"""

from __future__ import annotations

import contextlib
import hashlib
import io
import logging
import os
import secrets
import tempfile
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO
from urllib.parse import urlsplit

from sqlalchemy import Connection, delete, select, update

from oic_server import schema as s
from oic_server.blobstore import PartTurns, StagedBlob, UploadMoved, _check_sha
from oic_server.blobstores import resumable_hash, s3_errors
from oic_server.blobstores.s3_leases import LeasedUploads, LeaseKeeper
from oic_server.blobstores.s3_writer import PART_MIN, S3PartWriter, content_md5
from oic_server.db import Database

__all__ = [
    "ENDPOINT_ENV",
    "PART_MIN",
    "S3BlobStore",
    "S3Location",
    "S3PartWriter",
    "UploadMoved",
    "make_client",
]

log = logging.getLogger(__name__)

ENDPOINT_ENV = "OIC_S3_ENDPOINT"  # else boto3's AWS_ENDPOINT_URL; else AWS itself
_READ = 1024 * 1024
_PUT_WHOLE = 64 * 1024 * 1024  # staged blobs up to this go in one PutObject, else in parts


@dataclass(frozen=True)
class S3Location:
    """``s3://bucket/prefix``: the bucket, and the prefix of every key (``""`` or ending
    in ``/``)."""

    bucket: str
    prefix: str

    @classmethod
    def parse(cls, url: str) -> S3Location:
        parts = urlsplit(url.strip())
        if parts.scheme != "s3" or not parts.netloc or parts.query or parts.fragment:
            raise ValueError(url)
        bucket = parts.netloc
        if not 3 <= len(bucket) <= 63 or "@" in bucket or ":" in bucket:
            raise ValueError(url)
        prefix = parts.path.strip("/")
        return cls(bucket, f"{prefix}/" if prefix else "")

    @property
    def url(self) -> str:
        return f"s3://{self.bucket}/{self.prefix}"


def make_client(*, timeout: float = 60.0, connections: int = 64) -> Any:
    """A boto3 S3 client configured from the environment only: ``OIC_S3_ENDPOINT`` (or
    boto3's ``AWS_ENDPOINT_URL``), ``AWS_REGION``/``AWS_DEFAULT_REGION``, and boto3's own
    credential chain (``AWS_ACCESS_KEY_ID``/``AWS_SECRET_ACCESS_KEY``, a profile, an
    instance role). Nothing is read from the repository or the data folder."""
    import boto3
    from botocore.config import Config

    endpoint = os.environ.get(ENDPOINT_ENV) or os.environ.get("AWS_ENDPOINT_URL") or None
    region = os.environ.get("AWS_REGION") or os.environ.get("AWS_DEFAULT_REGION") or "us-east-1"
    config = Config(
        connect_timeout=5,
        read_timeout=timeout,
        retries={"max_attempts": 4, "mode": "standard"},
        max_pool_connections=connections,
        # an endpoint of our own (SeaweedFS, MinIO, Ceph) is reached by path, not by name
        s3={"addressing_style": "path" if endpoint else "auto"},
        # the server hashes every blob itself, and sends each body's Content-MD5
        # (s3_writer.content_md5) so that S3 refuses one cut short; no other checksum
        request_checksum_calculation="when_required",
        response_checksum_validation="when_required",
    )
    return boto3.session.Session().client(
        "s3", endpoint_url=endpoint, region_name=region, config=config
    )


def _missing(exc: BaseException) -> bool:
    return s3_errors.code(exc) in ("404", "NoSuchKey", "NotFound") or s3_errors.status(exc) == 404


def _already_there(exc: BaseException) -> bool:
    return s3_errors.code(exc) == "PreconditionFailed" or s3_errors.status(exc) == 412


class S3BlobStore(LeasedUploads, PartTurns):
    """:class:`~oic_server.blobstore.BlobStore` over an S3 bucket; partial uploads recorded
    in ``database``; temporary files under ``<root>/staging``. Discarding a partial upload
    aborts it and forgets it (:class:`~oic_server.blobstore.PartTurns`)."""

    _PART_POLL = 0.05

    def __init__(self, location: S3Location, *, database: Database, root: Path, client: Any = None):
        if not resumable_hash.available():
            raise RuntimeError(
                "El almacén S3 necesita el SHA-256 de OpenSSL (libcrypto) que usa Python."
            )
        self.location = location
        self.bucket = location.bucket
        self.db = database
        self.stage_dir = Path(root) / "staging"
        self.client = client if client is not None else make_client()
        self._probe = None  # a client with short timeouts for ready()
        self._mutex = threading.Lock()
        self._verified: set[tuple[str, str]] = set()  # (key, upload id) checked by ListParts
        self.leases = LeaseKeeper(self._renew_leases)  # this process's writers' leases

    # ------------------------------------------------------------ names

    def blob_key(self, sha256: str) -> str:
        _check_sha(sha256)
        return f"{self.location.prefix}blobs/{sha256[:2]}/{sha256[2:4]}/{sha256}"

    def _piece_key(self, key: str, offset: int) -> str:
        return f"{self.location.prefix}uploads/{key}/{offset:015d}"

    # ------------------------------------------------------------ health

    def ready(self) -> str | None:
        """``HeadBucket`` with a short timeout (``GET /readyz``)."""
        if self._probe is None:
            self._probe = make_client(timeout=3.0, connections=2)
            self._probe.meta.config.retries = {"max_attempts": 1}
        try:
            self._probe.head_bucket(Bucket=self.bucket)
        except Exception as exc:
            return f"s3://{self.bucket}: {s3_errors.name(exc)}"
        return None

    # ------------------------------------------------------------ complete blobs

    def has(self, sha256: str) -> bool:
        try:
            self.client.head_object(Bucket=self.bucket, Key=self.blob_key(sha256))
        except Exception as exc:
            if _missing(exc):
                return False
            raise
        return True

    def size(self, sha256: str) -> int | None:
        try:
            head = self.client.head_object(Bucket=self.bucket, Key=self.blob_key(sha256))
        except Exception as exc:
            if _missing(exc):
                return None
            raise
        return int(head["ContentLength"])

    def open(self, sha256: str) -> BinaryIO:
        """A seekable, buffered reader of the blob (FileNotFoundError when absent)."""
        size = self.size(sha256)
        if size is None:
            raise FileNotFoundError(sha256)
        raw = _ObjectReader(self.client, self.bucket, self.blob_key(sha256), size)
        return io.BufferedReader(raw, buffer_size=_READ)  # type: ignore[return-value]

    @contextmanager
    def local_path(self, sha256: str) -> Iterator[Path]:
        """The blob downloaded to a temporary file (removed after)."""
        self.stage_dir.mkdir(parents=True, exist_ok=True)
        fd, name = tempfile.mkstemp(prefix=".download-", dir=self.stage_dir)
        path = Path(name)
        try:
            with os.fdopen(fd, "wb") as out, self.open(sha256) as src:
                while chunk := src.read(_READ):
                    out.write(chunk)
            yield path
        finally:
            path.unlink(missing_ok=True)

    def read_range(self, sha256: str, offset: int, length: int) -> bytes:
        if length <= 0:
            return b""
        try:
            answer = self.client.get_object(
                Bucket=self.bucket,
                Key=self.blob_key(sha256),
                Range=f"bytes={offset}-{offset + length - 1}",
            )
        except Exception as exc:
            if s3_errors.code(exc) == "InvalidRange":
                return b""
            raise
        return answer["Body"].read()

    def delete(self, sha256: str) -> None:
        self.client.delete_object(Bucket=self.bucket, Key=self.blob_key(sha256))

    def holds_right_bytes(self, sha256: str) -> bool:
        """The object under the blob's name read back whole and hashed: its SHA-256 is
        its name. For a blob the server found there instead of writing it itself."""
        digest = hashlib.sha256()
        try:
            with self.open(sha256) as fh:
                while chunk := fh.read(_READ):
                    digest.update(chunk)
        except FileNotFoundError:
            return False
        return digest.hexdigest() == sha256

    def put_blob(self, sha256: str, body: Any, size: int) -> bool:
        """Write a blob once (``If-None-Match: *``); False when it was there."""
        try:
            self.client.put_object(
                Bucket=self.bucket,
                Key=self.blob_key(sha256),
                Body=body,
                ContentLength=size,
                ContentMD5=content_md5(body, size),
                IfNoneMatch="*",
            )
        except Exception as exc:
            if _already_there(exc):
                return False
            raise
        return True

    def put_blob_file(self, sha256: str, path: Path) -> bool:
        """A local file as the blob ``sha256`` (whose hash the caller checked), in parts of
        :data:`_PUT_WHOLE` when larger."""
        size = path.stat().st_size
        with open(path, "rb") as fh:
            if size <= _PUT_WHOLE:
                return self.put_blob(sha256, fh, size)
            key = self.blob_key(sha256)
            upload_id = self.client.create_multipart_upload(Bucket=self.bucket, Key=key)["UploadId"]
            try:
                parts = []
                number = 0
                while data := fh.read(_PUT_WHOLE):
                    number += 1
                    etag = self.client.upload_part(
                        Bucket=self.bucket, Key=key, UploadId=upload_id, PartNumber=number,
                        Body=data, ContentMD5=content_md5(data),
                    )["ETag"]  # fmt: skip
                    parts.append({"PartNumber": number, "ETag": etag})
                added = self._complete(key, upload_id, parts)
                if not added:  # this process's own upload, just made: nobody else ends it
                    self._abort(key, upload_id)
                return added
            except BaseException:
                self._abort(key, upload_id)
                raise

    def _complete(self, key: str, upload_id: str, parts: list[dict]) -> bool:
        """CompleteMultipartUpload under ``If-None-Match: *``; False when the object was
        there. The upload is then not aborted but left to the janitor: the object may be
        this very upload, completed by a writer whose instance died (an abort while S3
        still finishes that object can take its bytes: see :meth:`_reset`)."""
        try:
            self.client.complete_multipart_upload(
                Bucket=self.bucket,
                Key=key,
                UploadId=upload_id,
                MultipartUpload={"Parts": parts},
                IfNoneMatch="*",
            )
        except Exception as exc:
            if _already_there(exc):
                return False
            raise
        return True

    def _abort(self, key: str, upload_id: str) -> None:
        try:
            self.client.abort_multipart_upload(Bucket=self.bucket, Key=key, UploadId=upload_id)
        except Exception as exc:
            if s3_errors.code(exc) != "NoSuchUpload":
                log.warning("abort of multipart upload %s failed: %s", key, exc)

    def blobs(self) -> Iterator[tuple[str, int]]:
        """Every complete blob: (sha256, size)."""
        pages = self.client.get_paginator("list_objects_v2").paginate(
            Bucket=self.bucket, Prefix=f"{self.location.prefix}blobs/"
        )
        for page in pages:
            for item in page.get("Contents", []):
                name = item["Key"].rsplit("/", 1)[-1]
                if len(name) == 64:
                    yield name, int(item["Size"])

    # ------------------------------------------------------------ partial uploads

    def _row(self, conn: Connection, key: str) -> Any:
        return conn.execute(select(s.store_uploads).where(s.store_uploads.c.key == key)).first()

    def _rows(self, conn: Connection, key: str) -> list[Any]:
        return list(
            conn.execute(
                select(s.store_parts)
                .where(s.store_parts.c.key == key)
                .order_by(s.store_parts.c.offset)
            ).all()
        )

    def part_size(self, key: str) -> int:
        with self.db.read() as conn:
            row = self._row(conn, key)
        return int(row.held) if row is not None else 0

    def open_part(self, key: str) -> S3PartWriter | None:
        token = self._take_lease(key)
        if token is None:
            return None
        try:
            self.leases.hold(token)
            with self.db.read() as conn:
                row = self._row(conn, key)
                rows = self._rows(conn, key)
            if row.held and (
                resumable_hash.load(row.hash_state) is None or not self._parts_there(key, row, rows)
            ):
                log.warning("upload %s: its parts are gone from S3 (or its hash); it restarts", key)
                self._reset(key, row, rows)
                with self.db.read() as conn:
                    row, rows = self._row(conn, key), []
            return S3PartWriter(self, key, token, row, rows)
        except BaseException:
            self.leases.drop(token)
            self._release(key, token)
            raise

    def _parts_there(self, key: str, row: Any, rows: list[Any]) -> bool:
        """The recorded parts are in S3 (``ListParts``), checked once per process and
        upload: after a restart, or when another instance wrote them."""
        parts = {r.number: (r.etag, r.size) for r in rows if r.number is not None}
        if not parts:
            return True
        if row.upload_id is None:
            return False
        with self._mutex:
            if (key, row.upload_id) in self._verified:
                return True
        found: dict[int, tuple[str, int]] = {}
        try:
            pages = self.client.get_paginator("list_parts").paginate(
                Bucket=self.bucket, Key=self._upload_object(key), UploadId=row.upload_id
            )
            for page in pages:
                for p in page.get("Parts", []):
                    found[int(p["PartNumber"])] = (p["ETag"], int(p["Size"]))
        except Exception as exc:
            if s3_errors.code(exc) == "NoSuchUpload":
                return False
            raise
        if any(found.get(n) != v for n, v in parts.items()):
            return False
        with self._mutex:
            self._verified.add((key, row.upload_id))
        return True

    def upload_gone(self, key: str, upload_id: str) -> bool:
        """Whether S3 no longer has the multipart upload (aborted by a lifecycle rule, or
        by the janitor): asked after a part failed, since S3 servers differ in how they
        refuse a part of an upload that is gone (AWS: ``NoSuchUpload``; moto: a 500)."""
        try:
            self.client.list_parts(
                Bucket=self.bucket, Key=self._upload_object(key), UploadId=upload_id, MaxParts=1
            )
        except Exception as exc:
            if s3_errors.code(exc) != "NoSuchUpload":
                return False  # unknown: the part's own error stands
            with self._mutex:
                self._verified.discard((key, upload_id))
            return True
        return False

    def _upload_object(self, key: str) -> str:
        """The object a multipart upload completes: the blob's name (the key's hash)."""
        return self.blob_key(key.rsplit("-", 1)[-1])

    def _reset(self, key: str, row: Any, rows: list[Any]) -> None:
        """Forget what the upload held: its pieces deleted, its row at 0 (kept while a
        writer holds it). Its multipart upload is not aborted here but left to the janitor
        (``cleanup``, once older than its period): parts that look gone may be those of
        a writer whose instance died while completing the upload, and an abort then,
        while S3 is still making the object, can take the object's bytes with it (seen
        with SeaweedFS under the load test: blobs stored cut short)."""
        for r in rows:
            if r.number is None:
                self._delete_quietly(self._piece_key(key, r.offset))
        table = s.store_uploads

        def txn(conn: Connection) -> None:
            conn.execute(delete(s.store_parts).where(s.store_parts.c.key == key))
            conn.execute(
                update(table)
                .where(table.c.key == key)
                .values(
                    held=0, upload_id=None, hash_state=None, last_offset=None,
                    last_state=None, parts_used=0, updated_at=time.time(),
                )
            )  # fmt: skip

        self.db.write(txn)

    def _delete_quietly(self, object_key: str) -> None:
        try:
            self.client.delete_object(Bucket=self.bucket, Key=object_key)
        except Exception as exc:
            log.warning("delete of %s failed: %s", object_key, exc)

    def write_part(self, key: str, offset: int, data: bytes) -> None:
        part = self._wait_for_part(key)
        assert part is not None
        try:
            part.begin(offset)
            part.write([data])
            part.sync()
            self.db.write(part.record)
        finally:
            part.close()

    def same_chunk(self, key: str, offset: int, data: bytes) -> bool:
        """Whether ``data`` at ``offset`` is the last chunk recorded (its answer was lost):
        its hash from the state before it equals the state after."""
        with self.db.read() as conn:
            row = self._row(conn, key)
        if row is None or row.last_offset != offset or offset + len(data) != row.held:
            return False
        before = resumable_hash.load(row.last_state) if offset else resumable_hash.ResumableSha256()
        after = resumable_hash.load(row.hash_state)
        if before is None or after is None:
            return False
        before.update(data)
        return before.hexdigest() == after.hexdigest()

    def hash_part(self, key: str) -> str:
        with self.db.read() as conn:
            row = self._row(conn, key)
        state = resumable_hash.load(row.hash_state) if row is not None else None
        return (state or resumable_hash.ResumableSha256()).hexdigest()

    def _forget(self, key: str, rows: list[Any]) -> None:
        """The upload is complete (or discarded): its rows and pieces go."""
        for r in rows:
            if r.number is None:
                self._delete_quietly(self._piece_key(key, r.offset))

        def txn(conn: Connection) -> None:
            conn.execute(delete(s.store_parts).where(s.store_parts.c.key == key))
            conn.execute(delete(s.store_uploads).where(s.store_uploads.c.key == key))

        self.db.write(txn)

    def parts(self) -> Iterator[tuple[str, int, float]]:
        with self.db.read() as conn:
            rows = conn.execute(
                select(
                    s.store_uploads.c.key, s.store_uploads.c.held, s.store_uploads.c.updated_at
                ).order_by(s.store_uploads.c.key)
            ).all()
        for r in rows:
            yield r.key, int(r.held), float(r.updated_at)

    # ------------------------------------------------------------ staging (ingest, record copies)

    def stage(self) -> StagedBlob:
        self.stage_dir.mkdir(parents=True, exist_ok=True)
        return StagedBlob(self.stage_dir / f".stage-{secrets.token_hex(12)}")

    def promote_staged(self, staged: StagedBlob, sha256: str) -> bool:
        try:
            return self.put_blob_file(sha256, staged.path)
        finally:
            staged.path.unlink(missing_ok=True)

    def discard_stale_staging(self, before: float, *, dry_run: bool = False) -> tuple[int, int]:
        """Local staging files, multipart uploads no row records and pieces no row lists,
        all last touched before ``before`` (the janitor of ``oic-server cleanup``)."""
        files = size = 0
        if self.stage_dir.is_dir():
            for path in self.stage_dir.glob(".*-*"):
                with contextlib.suppress(FileNotFoundError):
                    st = path.stat()
                    if st.st_mtime < before:
                        files, size = files + 1, size + st.st_size
                        if not dry_run:
                            path.unlink(missing_ok=True)
        with self.db.read() as conn:
            known_uploads = set(
                conn.execute(
                    select(s.store_uploads.c.upload_id).where(
                        s.store_uploads.c.upload_id.isnot(None)
                    )
                ).scalars()
            )
            known_pieces = {
                (r.key, int(r.offset))
                for r in conn.execute(
                    select(s.store_parts.c.key, s.store_parts.c.offset).where(
                        s.store_parts.c.number.is_(None)
                    )
                ).all()
            }
        prefix = self.location.prefix
        pages = self.client.get_paginator("list_multipart_uploads").paginate(
            Bucket=self.bucket, Prefix=f"{prefix}blobs/"
        )
        for page in pages:
            for item in page.get("Uploads", []):
                if item["UploadId"] in known_uploads or item["Initiated"].timestamp() >= before:
                    continue
                files += 1
                size += self._upload_bytes(item["Key"], item["UploadId"])
                if not dry_run:
                    self._abort(item["Key"], item["UploadId"])
        pages = self.client.get_paginator("list_objects_v2").paginate(
            Bucket=self.bucket, Prefix=f"{prefix}uploads/"
        )
        for page in pages:
            for item in page.get("Contents", []):
                key, _, offset = item["Key"][len(prefix) + len("uploads/") :].partition("/")
                if not offset.isdigit() or (key, int(offset)) in known_pieces:
                    continue
                if item["LastModified"].timestamp() >= before:
                    continue
                files, size = files + 1, size + int(item["Size"])
                if not dry_run:
                    self._delete_quietly(item["Key"])
        return files, size

    def _upload_bytes(self, key: str, upload_id: str) -> int:
        total = 0
        with contextlib.suppress(Exception):
            pages = self.client.get_paginator("list_parts").paginate(
                Bucket=self.bucket, Key=key, UploadId=upload_id
            )
            for page in pages:
                total += sum(int(p["Size"]) for p in page.get("Parts", []))
        return total


class _ObjectReader(io.RawIOBase):
    """An object read as a seekable file: one ranged GET from the position to the end,
    read as far as the reader goes; a seek elsewhere starts another."""

    def __init__(self, client: Any, bucket: str, key: str, size: int):
        super().__init__()
        self.client, self.bucket, self.key, self.length = client, bucket, key, size
        self._pos = 0
        self._body: Any = None
        self._body_pos = -1

    def readable(self) -> bool:
        return True

    def seekable(self) -> bool:
        return True

    def tell(self) -> int:
        return self._pos

    def seek(self, offset: int, whence: int = io.SEEK_SET) -> int:
        base = {io.SEEK_SET: 0, io.SEEK_CUR: self._pos, io.SEEK_END: self.length}[whence]
        self._pos = max(0, base + offset)
        return self._pos

    def _open_at(self, pos: int) -> None:
        self._close_body()
        answer = self.client.get_object(Bucket=self.bucket, Key=self.key, Range=f"bytes={pos}-")
        self._body, self._body_pos = answer["Body"], pos

    def _close_body(self) -> None:
        if self._body is not None:
            with contextlib.suppress(Exception):
                self._body.close()
        self._body, self._body_pos = None, -1

    def readinto(self, buffer: Any) -> int:
        want = min(len(buffer), self.length - self._pos)
        if want <= 0:
            return 0
        for attempt in range(2):
            try:
                if self._body is None or self._body_pos != self._pos:
                    self._open_at(self._pos)
                data = self._body.read(want)
                break
            except Exception:
                self._close_body()
                if attempt:
                    raise
        if not data:
            raise OSError(f"s3://{self.bucket}/{self.key}: the object ended early")
        n = len(data)
        memoryview(buffer)[:n] = data
        self._pos += n
        self._body_pos += n
        return n

    def close(self) -> None:
        self._close_body()
        super().close()
