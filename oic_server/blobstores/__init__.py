"""Which blob store a server uses: the filesystem under the data folder (the default,
:class:`~oic_server.blobstore.FilesystemBlobStore`) or an S3-compatible bucket
(``s3://bucket/prefix``, :mod:`.s3`), chosen by URL like the database
(:func:`oic_server.config.resolve_blob_store`)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from oic_server.blobstore import BlobStore, FilesystemBlobStore
from oic_server.errors import ApiError

__all__ = ["describe", "open_store", "parse_s3"]


def parse_s3(url: str) -> Any:
    """The :class:`~.s3.S3Location` of ``s3://bucket/prefix``; a clear error otherwise."""
    from oic_server.blobstores.s3 import S3Location

    try:
        return S3Location.parse(url)
    except ValueError:
        raise ApiError(
            "bad_request",
            f"El almacén {url!r} no es válido: use s3://cubeta/prefijo (la cubeta de 3 a 63 "
            "caracteres), o nada para la carpeta de datos.",
        ) from None


def open_store(url: str, *, root: Path, database: Any) -> BlobStore:
    """The store of ``url`` ("" or ``file:`` for the data folder ``root``)."""
    if not url or url == "file:":
        return FilesystemBlobStore(root)
    if not url.startswith("s3://"):
        raise ApiError(
            "bad_request",
            f"Almacén de archivos no soportado ({url!r}): use s3://cubeta/prefijo o nada "
            "(la carpeta de datos).",
        )
    from oic_server.blobstores.s3 import S3BlobStore

    return S3BlobStore(parse_s3(url), database=database, root=root)


def describe(url: str) -> str:
    """Where the blobs are, for messages."""
    return url if url.startswith("s3://") else "la carpeta de datos (blobs/)"
