"""``/blobs/{sha256}``: resumable uploads — how much the server holds, the next chunk."""

from typing import Any

from fastapi import APIRouter, Request, Response
from starlette.concurrency import run_in_threadpool
from starlette.requests import ClientDisconnect

from oic_server.api.deps import BlobHash, Me, Server, errors
from oic_server.errors import ApiError
from oic_server.guard import DIGITS

router = APIRouter(prefix="/blobs", tags=["blobs"])


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
def blob_status(sha256: BlobHash, me: Me, server: Server) -> Response:
    """How many bytes of one of the caller's blobs the server holds."""
    return Response(status_code=200, headers=_blob_headers(server.blob_status(me, sha256)))


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
    # the upload must exist before its bytes are read (a chunk is up to chunk_bytes)
    await run_in_threadpool(server.blob_status, me, sha256)
    try:
        data = await request.body()
    except ClientDisconnect:  # the chunk never arrived whole: nothing is written
        return Response(status_code=400)
    status = await run_in_threadpool(server.patch_blob, me, sha256, int(raw_offset), data)
    return Response(status_code=204, headers=_blob_headers(status))
