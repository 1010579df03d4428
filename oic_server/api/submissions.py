"""``/submissions``: declare by manifest, list, read, commit for a signed receipt."""

from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import JSONResponse

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
    responses=errors(400, 401, 403, 404, 409, 422),
)
def commit(submission_id: SubmissionId, me: Me, server: Server, request: Request) -> dict[str, Any]:
    """Check everything and answer with the server's signed receipt (same one again)."""
    answer = server.commit(me, submission_id)
    work = getattr(request.app.state, "background", None)
    if work is not None:
        work.wake()  # the new photos' thumbnails
    return answer
