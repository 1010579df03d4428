"""The inbox at ``/``: committed submissions, filtered in the URL (bookmarkable)."""

from __future__ import annotations

from urllib.parse import urlencode

from fastapi import APIRouter, Request
from fastapi.responses import Response
from starlette.concurrency import run_in_threadpool

from oic_server.console.common import member_of, page, server_of, to_login
from oic_server.errors import ApiError
from oic_server.usecases.inbox import STATES, InboxFilter

router = APIRouter(include_in_schema=False)

SEVERITY_NAMES = {3: "Alta", 2: "Media", 1: "Baja", 0: "—"}
SORT_NAMES = {"recibida": "Recepción", "fecha": "Fecha del evento", "severidad": "Severidad"}


@router.get("/")
async def inbox(request: Request) -> Response:
    member = await member_of(request)
    if member is None:
        return to_login(request)
    server = server_of(request)
    error, status = "", 200
    try:
        f = InboxFilter.parse(dict(request.query_params))
    except ApiError as exc:
        f, error, status = InboxFilter(), exc.message, exc.status
    result = await run_in_threadpool(server.inbox, f)
    choices = await run_in_threadpool(server.inbox_choices)
    forms = {e.id: e.title for e in server.forms.entries()[0]}
    return page(
        request,
        "inbox.html",
        member=member,
        status=status,
        error=error,
        f=f,
        result=result,
        choices=choices,
        forms=forms,
        states=STATES,
        severity_names=SEVERITY_NAMES,
        sort_names=SORT_NAMES,
        link=lambda **changes: "/?" + urlencode(f.first_page().query(**changes)),
        next_link="/?" + urlencode(f.query(despues=result["next"])) if result["next"] else "",
        export_query=urlencode(f.first_page().query()),
    )
