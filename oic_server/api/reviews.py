"""``GET /reviews``: the caller's review events after a cursor of their own."""

import re
from typing import Annotated, Any

from fastapi import APIRouter, Query, Request

from oic_server.api.deps import Me, Server, errors
from oic_server.errors import ApiError
from oic_server.models import ReviewList

router = APIRouter(tags=["submissions"])
_CURSOR = re.compile(r"0|[1-9][0-9]{0,18}")


@router.get("/reviews", response_model=ReviewList, responses=errors(400, 401, 403))
def reviews(
    me: Me,
    request: Request,
    server: Server,
    since: Annotated[
        int, Query(ge=0, le=2**62, description="cursor: 0 at first, then the last answer's")
    ] = 0,
) -> dict[str, Any]:
    """Review changes of the caller's submissions after ``since`` (0 at first). Cursors
    count the caller's own review events only."""
    given = request.query_params.getlist("since")
    if len(given) > 1 or (given and not _CURSOR.fullmatch(given[0])):
        raise ApiError(
            "bad_request",
            "El parámetro since va una sola vez y es un número entero sin signo ni "
            "decimales (0 la primera vez).",
        )
    return server.reviews(me, since)
