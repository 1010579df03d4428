"""The language switch: ``GET /idioma?l=en&volver=/envios/…`` sets the language cookie
and goes back. No session needed: the login page has the switch too."""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import Response

from oic_server.console.common import redirect, secure_cookie
from oic_server.console.i18n import COOKIE, LANGUAGES, safe_return

router = APIRouter(include_in_schema=False)
COOKIE_SECONDS = 365 * 24 * 3600


@router.get("/idioma")
async def choose_language(request: Request) -> Response:
    response = redirect(safe_return(request.query_params.get("volver", "/")))
    chosen = request.query_params.get("l", "")
    if chosen in LANGUAGES:
        response.set_cookie(
            COOKIE,
            chosen,
            max_age=COOKIE_SECONDS,
            httponly=True,
            samesite="strict",
            secure=secure_cookie(request),
            path="/",
        )
    return response
