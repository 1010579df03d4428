"""``/submissions``: declare by manifest, list, read, commit for a signed receipt, and
download the copy of record."""

from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import JSONResponse, StreamingResponse
from starlette.concurrency import run_in_threadpool

from oic_server.api.deps import Me, Server, SubmissionId, errors
from oic_server.models import (
    CommitResponse,
    Manifest,
    SubmissionInfo,
    SubmissionList,
    SubmissionState,
)

router = APIRouter(prefix="/submissions", tags=["submissions"])


@router.put(
    "/{submission_id}",
    response_model=SubmissionState,
    responses={201: {"model": SubmissionState}} | errors(400, 401, 403, 409, 413, 422),
)
def put_submission(
    submission_id: SubmissionId, body: Manifest, me: Me, server: Server
) -> JSONResponse:
    """Declare a submission by its manifest; answers which blobs are missing."""
    created, state = server.put_submission(me, submission_id, body)
    return JSONResponse(state, status_code=201 if created else 200)


@router.get("", response_model=SubmissionList, responses=errors(401, 403))
def list_submissions(me: Me, server: Server) -> dict[str, Any]:
    """The caller's own submissions with their review state."""
    return server.list_submissions(me)


@router.get("/{submission_id}", response_model=SubmissionInfo, responses=errors(400, 401, 403, 404))
def get_submission(submission_id: SubmissionId, me: Me, server: Server) -> dict[str, Any]:
    """One of the caller's submissions."""
    return server.get_submission(me, submission_id)


@router.post(
    "/{submission_id}/commit",
    response_model=CommitResponse,
    response_model_exclude_unset=True,  # the receipt exactly as signed (older ones lack fields)
    responses=errors(400, 401, 403, 404, 409, 422),
)
def commit(submission_id: SubmissionId, me: Me, server: Server, request: Request) -> dict[str, Any]:
    """Check everything and answer with the server's signed receipt (same one again)."""
    answer = server.commit(me, submission_id)
    work = getattr(request.app.state, "background", None)
    if work is not None:
        work.wake()  # the new photos' thumbnails
    return answer


@router.get(
    "/{submission_id}/record",
    response_class=StreamingResponse,
    responses={
        200: {
            "description": "La copia de registro del informe (PDF, PAdES B-LTA con los sellos "
            "de tiempo del OIC); su SHA-256 es el record_sha256 del acuse y su ETag",
            "content": {"application/pdf": {"schema": {"type": "string", "format": "binary"}}},
        }
    }
    | errors(400, 401, 403, 404),
)
async def record(submission_id: SubmissionId, me: Me, server: Server) -> StreamingResponse:
    """The copy of record of one of the caller's committed submissions."""
    sha256, size = await run_in_threadpool(server.record_of, me.observer_id, submission_id)
    return StreamingResponse(
        server.record_chunks(sha256),
        media_type="application/pdf",
        headers={
            "ETag": f'"{sha256}"',
            "Content-Length": str(size),
            "Content-Disposition": f'attachment; filename="registro-{submission_id}.pdf"',
            "X-Content-Type-Options": "nosniff",
        },
    )
