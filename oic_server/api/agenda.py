"""``/agenda`` and ``/signups``: the OIC's agenda of events (a feed after a cursor, with
the conflict-of-interest text in force) and the caller's sign-ups to them: sign up,
withdraw, and the feed of their states after a cursor of the caller's own (issue 17)."""

import re
from typing import Annotated, Any

from fastapi import APIRouter, Path, Query, Request
from fastapi.responses import JSONResponse

from oic_server.api.deps import Me, Server, errors
from oic_server.errors import ApiError
from oic_server.models import UUID_PATTERN, AgendaFeed, SignupBody, SignupFeed, SignupState

router = APIRouter(tags=["agenda"])
_CURSOR = re.compile(r"0|[1-9][0-9]{0,18}")
ClientId = Annotated[str, Path(pattern=UUID_PATTERN, description="the laptop's sign-up UUID")]
Since = Annotated[
    int, Query(ge=0, le=2**62, description="cursor: 0 at first, then the last answer's next")
]


def _one_cursor(request: Request) -> None:
    given = request.query_params.getlist("since")
    if len(given) > 1 or (given and not _CURSOR.fullmatch(given[0])):
        raise ApiError(
            "bad_request",
            "El parámetro since va una sola vez y es un número entero sin signo ni "
            "decimales (0 la primera vez).",
        )


@router.get("/agenda", response_model=AgendaFeed, responses=errors(400, 401, 403))
def agenda_feed(me: Me, request: Request, server: Server, since: Since = 0) -> dict[str, Any]:
    """Events published, changed or cancelled after ``since`` (those of the last 90 days
    and every upcoming one), and the conflict-of-interest text a sign-up accepts."""
    _one_cursor(request)
    return server.agenda_feed(me, since)


@router.put(
    "/signups/{client_id}",
    response_model=SignupState,
    responses={201: {"model": SignupState}} | errors(400, 401, 403, 404, 409, 413, 422),
)
def put_signup(client_id: ClientId, body: SignupBody, me: Me, server: Server) -> JSONResponse:
    """Sign the caller up to an event, declaring no conflict of interest (the same id
    again: its state as it is)."""
    created, state = server.put_signup(me, client_id, body)
    return JSONResponse(state, status_code=201 if created else 200)


@router.delete(
    "/signups/{client_id}", response_model=SignupState, responses=errors(400, 401, 403, 404, 422)
)
def delete_signup(client_id: ClientId, me: Me, server: Server) -> dict[str, Any]:
    """Withdraw the caller's sign-up, until the event's day (again: the same answer)."""
    return server.delete_signup(me, client_id)


@router.get("/signups", response_model=SignupFeed, responses=errors(400, 401, 403))
def signup_feed(me: Me, request: Request, server: Server, since: Since = 0) -> dict[str, Any]:
    """The caller's sign-ups whose state changed after ``since``."""
    _one_cursor(request)
    return server.signup_feed(me, since)
