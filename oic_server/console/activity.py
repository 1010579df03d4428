"""The activity log page (coordinador and up): who did what, filterable."""

from __future__ import annotations

from urllib.parse import urlencode

from fastapi import APIRouter, Request
from fastapi.responses import Response
from starlette.concurrency import run_in_threadpool

from oic_server.console.common import member_at_least, page, server_of
from oic_server.errors import ApiError
from oic_server.usecases.activity import ACTIONS, ActivityFilter

router = APIRouter(include_in_schema=False)
READER = "coordinador"


@router.get("/actividad")
async def activity_page(request: Request) -> Response:
    member = await member_at_least(request, READER)
    if isinstance(member, Response):
        return member
    error, status = "", 200
    params = dict(request.query_params)
    try:
        f = ActivityFilter.parse(params)
    except ApiError as exc:  # a date that is not one: said, the other filters kept
        dated = ("desde", "hasta")
        f = ActivityFilter.parse({k: v for k, v in params.items() if k not in dated})
        error, status = exc.message, exc.status
    result = await run_in_threadpool(server_of(request).activity, f)
    params = {k: v for k, v in vars(f).items() if v and k != "antes"}
    return page(
        request,
        "activity.html",
        member=member,
        status=status,
        error=error,
        f=f,
        result=result,
        actions=ACTIONS,
        next_link="/actividad?" + urlencode({**params, "antes": result["next"]})
        if result["next"]
        else "",
    )
