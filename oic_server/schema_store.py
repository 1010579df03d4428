"""The S3 blob store's tables (issue 20), part of the schema in :mod:`oic_server.schema`
(its migration 11 creates them, 12 adds ``parts_used``; the filesystem store does not
use them).

A partial upload in S3 is a multipart upload whose parts cannot be read, listed
only by S3 itself, and whose running hash lives nowhere else: the row of
``store_uploads`` keeps what the server acknowledged (``held``), the hash of those
bytes (:mod:`oic_server.blobstores.resumable_hash`), the hash state before the last
chunk (a repeat whose answer was lost is recognised), and who writes it now (a short lease:
several instances take turns). ``store_parts`` lists its parts (number and ETag)
and the pieces shorter than S3's minimum part that wait for the next chunk.

A part number is never used twice in one multipart upload (``parts_used`` counts
those handed out): a writer that lost its lease, or whose instance died while its part
was on the way, may still have that part land in S3 after another writer sent the
same bytes again; under a number of its own it is never one of the parts completed,
which are the recorded (number, ETag) pairs only.
"""

from __future__ import annotations

from sqlalchemy import (
    BigInteger,
    Column,
    Float,
    Integer,
    LargeBinary,
    MetaData,
    Table,
    Text,
    text,
)

__all__ = ["store_tables"]


def store_tables(md: MetaData, t: dict[str, Table], version: int) -> None:
    t["store_uploads"] = Table(
        "store_uploads",
        md,
        Column("key", Text, primary_key=True),  # the store's upload key (<observer>-<sha256>)
        Column("upload_id", Text),  # the S3 multipart upload; NULL before its first part
        Column("held", BigInteger, nullable=False),  # bytes acknowledged: parts and pieces
        Column("hash_state", LargeBinary),  # SHA-256 state after `held` bytes
        Column("last_offset", BigInteger),  # the last acknowledged chunk: where it began…
        Column("last_state", LargeBinary),  # …and the hash state there (a repeat is checked)
        Column("writer", Text),  # a random token while a chunk is written…
        Column("writer_until", Float),  # …until then (POSIX time; renewed as it goes)
        Column("created_at", Float, nullable=False),  # POSIX times (the janitor compares)
        Column("updated_at", Float, nullable=False),
        # v12: the highest part number handed out in this multipart upload
        *(
            [Column("parts_used", Integer, nullable=False, server_default=text("0"))]
            if version >= 12
            else []
        ),
    )
    t["store_parts"] = Table(
        "store_parts",
        md,
        Column("key", Text, primary_key=True),
        Column("offset", BigInteger, primary_key=True, autoincrement=False),
        Column("size", BigInteger, nullable=False),
        Column("number", Integer),  # the S3 part number; NULL: a piece (an object of its own)
        Column("etag", Text),
    )
