"""``/sessions``: the caller's participation sessions (issue 17): create or replace,
remove, and the feed of their states after a cursor of the caller's own."""

import re
from typing import Annotated, Any

from fastapi import APIRouter, Path, Query, Request
from fastapi.responses import JSONResponse

from oic_server.api.deps import Me, Server, errors
from oic_server.errors import ApiError
from oic_server.models import UUID_PATTERN, SessionBody, SessionDeleted, SessionFeed, SessionState

router = APIRouter(prefix="/sessions", tags=["sessions"])
_CURSOR = re.compile(r"0|[1-9][0-9]{0,18}")
ClientId = Annotated[str, Path(pattern=UUID_PATTERN, description="the laptop's session UUID")]


@router.put(
    "/{client_id}",
    response_model=SessionState,
    responses={201: {"model": SessionState}} | errors(400, 401, 403, 409, 413, 422),
)
def put_session(client_id: ClientId, body: SessionBody, me: Me, server: Server) -> JSONResponse:
    """Create or replace the caller's session while the OIC has not validated it (the
    same body again: the same answer)."""
    created, state = server.put_session(me, client_id, body)
    return JSONResponse(state, status_code=201 if created else 200)


@router.delete(
    "/{client_id}", response_model=SessionDeleted, responses=errors(400, 401, 403, 404, 409)
)
def delete_session(client_id: ClientId, me: Me, server: Server) -> dict[str, Any]:
    """Remove the caller's session (again: the same answer); refused once validated."""
    return server.delete_session(me, client_id)


@router.get("", response_model=SessionFeed, responses=errors(400, 401, 403))
def session_feed(
    me: Me,
    request: Request,
    server: Server,
    since: Annotated[
        int, Query(ge=0, le=2**62, description="cursor: 0 at first, then the last answer's next")
    ] = 0,
) -> dict[str, Any]:
    """The caller's sessions whose state changed after ``since``."""
    given = request.query_params.getlist("since")
    if len(given) > 1 or (given and not _CURSOR.fullmatch(given[0])):
        raise ApiError(
            "bad_request",
            "El parámetro since va una sola vez y es un número entero sin signo ni "
            "decimales (0 la primera vez).",
        )
    return server.session_feed(me, since)
