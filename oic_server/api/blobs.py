"""``/blobs/{sha256}``: resumable uploads — how much the server holds, the next chunk.

A chunk's body is not gathered in memory: its pieces go to the part file as they
arrive (:class:`~oic_server.usecases.uploads.ChunkUpload`), about a MiB at a
time, each write overlapping the reception of the next piece.
"""

import asyncio
from collections.abc import AsyncIterator
from typing import Any

from fastapi import APIRouter, Request, Response
from starlette.concurrency import run_in_threadpool
from starlette.requests import ClientDisconnect

from oic_server.api.deps import BlobHash, Me, Server, errors
from oic_server.api.workers import chunk_io
from oic_server.errors import ApiError
from oic_server.guard import DIGITS
from oic_server.usecases.uploads import LOCK_WAIT, ChunkUpload, busy_error

router = APIRouter(prefix="/blobs", tags=["blobs"])

WRITE_BATCH = 1024 * 1024  # body bytes handed to one write of the part file
HEAD_WAIT = 10.0  # seconds a HEAD waits for a chunk being written to end
# a chunk whose body is silent this long gives its upload up (408), well before a request
# waiting for the upload (LOCK_WAIT) does: a connection the client lost without the
# server hearing of it (a dropped line, a NAT that forgot it) must not hold the upload
# for the whole body timeout
PATCH_SILENCE = 10.0
_POLL = 0.02


def _blob_headers(status: dict[str, Any]) -> dict[str, str]:
    return {
        "Upload-Offset": str(status["offset"]),
        "Upload-Length": str(status["length"]),
        "Blob-Complete": "true" if status["complete"] else "false",
    }


@router.head(
    "/{sha256}",
    responses={
        200: {
            "description": "headers Upload-Offset, Upload-Length, Blob-Complete",
            "headers": {
                "Upload-Offset": {"schema": {"type": "integer"}},
                "Upload-Length": {"schema": {"type": "integer"}},
                "Blob-Complete": {"schema": {"type": "string", "enum": ["true", "false"]}},
            },
        }
    }
    | errors(400, 401, 403, 404),
    response_class=Response,
)
async def blob_status(sha256: BlobHash, me: Me, server: Server) -> Response:
    """How many bytes of one of the caller's blobs the server holds."""
    # a chunk being written is waited for (a while): the answer then counts it, or not,
    # for good (after a failure the client asks here before its next chunk)
    deadline = asyncio.get_running_loop().time() + HEAD_WAIT
    while await run_in_threadpool(server.blob_busy, me, sha256):
        if asyncio.get_running_loop().time() > deadline:
            break  # the chunk's fate is not known yet: what is on disk for good
        await asyncio.sleep(_POLL)
    status = await run_in_threadpool(server.blob_status, me, sha256)
    return Response(status_code=200, headers=_blob_headers(status))


@router.patch(
    "/{sha256}",
    status_code=204,
    responses={
        204: {
            "description": "chunk stored; headers Upload-Offset and Blob-Complete",
            "headers": {
                "Upload-Offset": {"schema": {"type": "integer"}},
                "Blob-Complete": {"schema": {"type": "string", "enum": ["true", "false"]}},
            },
        }
    }
    | errors(400, 401, 403, 404, 409, 413, 422),
    response_class=Response,
    openapi_extra={
        "parameters": [
            {
                "name": "Upload-Offset",
                "in": "header",
                "required": True,
                "schema": {"type": "integer", "minimum": 0},
            }
        ],
        "requestBody": {
            "required": True,
            "content": {
                "application/offset+octet-stream": {
                    "schema": {"type": "string", "format": "binary"}
                }
            },
        },
    },
)
async def patch_blob(sha256: BlobHash, request: Request, me: Me, server: Server) -> Response:
    """Append a chunk at Upload-Offset; the hash is checked when the blob is complete."""
    raw_offset = request.headers.get("upload-offset", "")
    if not DIGITS.fullmatch(raw_offset):
        raise ApiError(
            "bad_request",
            "Falta el encabezado Upload-Offset o no es un número entero no negativo.",
        )
    content_type = request.headers.get("content-type", "").split(";")[0].strip().lower()
    if content_type != "application/offset+octet-stream":
        raise ApiError(
            "bad_request",
            "El fragmento se envía con Content-Type: application/offset+octet-stream.",
        )
    raw_length = request.headers.get("content-length")
    length = int(raw_length) if raw_length is not None and DIGITS.fullmatch(raw_length) else None
    # the upload must exist, and the offset be right, before its bytes are read
    chunk = await _start(server, me, sha256, int(raw_offset), length)
    try:
        if chunk.mode == "answer":
            status = chunk.status
        elif chunk.mode == "compare":
            status = await chunk_io(chunk.compare, await request.body())
        else:
            silence = min(PATCH_SILENCE, server.limits.body_timeout)
            status = await _receive(request, chunk, silence)
    except ClientDisconnect:  # the chunk never arrived whole: nothing of it is kept
        return Response(status_code=400)
    finally:
        await chunk_io(chunk.close)
    return Response(status_code=204, headers=_blob_headers(status))


async def _pieces(request: Request, silence: float) -> AsyncIterator[bytes]:
    """The body's pieces as they arrive (as ``request.stream()``), refused 408 when none
    comes for ``silence`` seconds."""
    receive = request.receive
    while True:
        try:
            async with asyncio.timeout(silence):  # no task per piece, unlike wait_for
                message = await receive()
        except TimeoutError:
            raise ApiError(
                "request_timeout",
                f"El fragmento dejó de llegar durante {silence:g} segundos; se descartó. "
                "Envíelo de nuevo.",
                headers={"Connection": "close"},
            ) from None
        if message["type"] == "http.disconnect":
            raise ClientDisconnect()
        if body := message.get("body", b""):
            yield body
        if not message.get("more_body", False):
            return


async def _start(server: Server, me: Me, sha256: str, offset: int, length: int | None) -> Any:
    """The chunk, once no other request writes this upload (503 after a while)."""
    deadline = asyncio.get_running_loop().time() + LOCK_WAIT
    while True:
        chunk = await chunk_io(server.start_chunk, me, sha256, offset, length)
        if chunk is not None:
            return chunk
        if asyncio.get_running_loop().time() > deadline:
            raise busy_error()
        await asyncio.sleep(_POLL)


async def _receive(request: Request, chunk: ChunkUpload, silence: float) -> dict[str, Any]:
    """The body into the part file as it arrives: each batch is written on a worker
    thread while the next one is received; then :meth:`ChunkUpload.finish`."""
    writing: asyncio.Future | None = None
    batch: list[bytes] = []
    batched = 0
    try:
        async for piece in _pieces(request, silence):
            batch.append(piece)
            batched += len(piece)
            if batched >= WRITE_BATCH:
                if writing is not None:
                    await writing
                writing = asyncio.ensure_future(chunk_io(chunk.write, batch))
                batch, batched = [], 0
        if writing is not None:
            await writing
            writing = None
        if batch:
            await chunk_io(chunk.write, batch)
        return await chunk_io(chunk.finish)
    except BaseException:
        if writing is not None:  # let the write in flight end before the file is cut
            await asyncio.gather(writing, return_exceptions=True)
        await chunk_io(chunk.cut_back)
        raise
