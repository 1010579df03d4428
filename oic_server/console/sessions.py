"""Participation sessions (issue 17): the sessions laptops sent, filtered by period,
observer and state; a coordinador validates or disputes them (a reason required),
one or many at once. Decisions are append-only (each session's page lists them)
and every one moves the observer's feed, so the laptop learns it at its next sync."""

from __future__ import annotations

from typing import Any
from urllib.parse import parse_qs

from fastapi import APIRouter, Request
from fastapi.responses import Response
from starlette.concurrency import run_in_threadpool

from oic_server.console.common import (
    client_address,
    error_page,
    member_at_least,
    member_of,
    page,
    server_of,
    to_login,
)
from oic_server.console.i18n import language, translator
from oic_server.errors import ApiError
from oic_server.usecases.sessions import SESSION_STATES, SessionFilter
from oic_server.usecases.staff import StaffMember, role_at_least

__all__ = ["DECIDER", "router"]

router = APIRouter(include_in_schema=False)
DECIDER = "coordinador"
_DECISIONS = {"validar": "validated", "impugnar": "disputed"}


async def _list(
    request: Request,
    member: StaffMember,
    params: dict[str, str],
    *,
    status: int = 200,
    **context: Any,
) -> Response:
    server = server_of(request)
    try:
        f = SessionFilter.parse(params)
    except ApiError as exc:
        f, context["error"], status = SessionFilter(), exc.message, exc.status
    result = await run_in_threadpool(server.list_sessions, f)
    return page(
        request,
        "sessions.html",
        member=member,
        status=status,
        f=f,
        result=result,
        states=SESSION_STATES,
        may_decide=role_at_least(member.role, DECIDER),
        **context,
    )


@router.get("/sesiones")
async def sessions_page(request: Request) -> Response:
    member = await member_of(request)
    if member is None:
        return to_login(request)
    return await _list(request, member, dict(request.query_params))


async def _form_lists(request: Request) -> dict[str, list[str]]:
    """The urlencoded form with every value of repeated fields (the marked sessions)."""
    kind = request.headers.get("content-type", "").split(";")[0].strip().lower()
    if kind != "application/x-www-form-urlencoded":
        raise ApiError("bad_request", "El formulario no llegó como formulario; recargue la página.")
    try:
        text = (await request.body()).decode("utf-8")
        return parse_qs(text, keep_blank_values=True, max_num_fields=1100)
    except (UnicodeDecodeError, ValueError):
        raise ApiError("bad_request", "El formulario no es válido; recargue la página.") from None


@router.post("/sesiones/decision")
async def sessions_decide(request: Request) -> Response:
    member = await member_at_least(request, DECIDER)
    if isinstance(member, Response):
        return member
    server = server_of(request)
    back: dict[str, str] = {}
    try:
        form = await _form_lists(request)
        back = {k: form.get(k, [""])[0] for k in ("desde", "hasta", "observador", "estado")}
        server.check_csrf(member, form.get("csrf", [""])[0])
        decision = _DECISIONS.get(form.get("decision", [""])[0])
        if decision is None:
            raise ApiError("bad_request", "Elija validar o impugnar.")
        ids = []
        for value in form.get("s", []):
            if not value.isdigit() or len(value) > 18:
                raise ApiError(
                    "bad_request", "La lista de sesiones no es válida; recargue la página."
                )
            ids.append(int(value))
        done = await run_in_threadpool(
            server.decide_sessions,
            ids,
            decision,
            form.get("motivo", [""])[0],
            member,
            address=client_address(request),
        )
    except ApiError as exc:
        return await _list(request, member, back, status=exc.status, error=exc.message)
    _ = translator(language(request))
    said = (
        "Sesiones validadas: %s; sin cambio: %s."
        if decision == "validated"
        else ("Sesiones impugnadas: %s; sin cambio: %s.")
    )
    notice = _(said) % (done["changed"], done["unchanged"])
    return await _list(request, member, back, notice=notice)


@router.get("/sesiones/{session_id}")
async def session_page(request: Request, session_id: str) -> Response:
    member = await member_of(request)
    if member is None:
        return to_login(request)
    server = server_of(request)
    found = None
    if session_id.isdigit() and len(session_id) <= 18:
        found = await run_in_threadpool(server.session_detail, int(session_id))
    if found is None:
        return error_page(request, 404, "Sesión no encontrada", "No existe esa sesión.")
    return page(
        request,
        "session.html",
        member=member,
        s=found,
        states=SESSION_STATES,
        may_decide=role_at_least(member.role, DECIDER),
    )
