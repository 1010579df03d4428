"""The agenda of events (issue 17): every staff member reads the upcoming and past
events and their sign-ups; a coordinador publishes, edits and cancels events,
confirms or declines sign-ups (a reason to decline: the observer reads it on the
laptop) and edits the conflict-of-interest text a sign-up accepts. Laptops read
all of it at their next sync (protocol v1, ``GET /agenda``, ``GET /signups``)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import Response
from starlette.concurrency import run_in_threadpool

from oic_server.console.common import (
    client_address,
    error_page,
    form_of,
    member_at_least,
    member_of,
    page,
    redirect,
    server_of,
    templates,
    to_login,
)
from oic_server.errors import ApiError
from oic_server.usecases import sessions as _sessions
from oic_server.usecases.agenda import EVENT_KINDS, SIGNUP_STATES, EventForm
from oic_server.usecases.staff import StaffMember, role_at_least

__all__ = ["PUBLISHER", "router"]

router = APIRouter(include_in_schema=False)
PUBLISHER = "coordinador"
_DECISIONS = {"confirmar": "confirmed", "declinar": "declined"}


def typed_title(event: Mapping[str, Any]) -> str:
    """The title typed for an event: "" when it was left empty, which stores its kind's
    name (EventForm.parse), so that the form shows it empty and a new kind renames the
    event, and pages show the kind's name in their language. «Otro» needs a title of
    its own, so one typed as "Otro" is kept as typed."""
    kind, title = event.get("kind"), event.get("title") or ""
    return "" if kind != "otro" and title == EVENT_KINDS.get(kind) else title


templates.filters["typed_title"] = typed_title


def _event_id(value: str) -> int | None:
    return int(value) if value.isdigit() and len(value) <= 18 else None


async def _list(
    request: Request, member: StaffMember, *, status: int = 200, **context: Any
) -> Response:
    server = server_of(request)
    listing = await run_in_threadpool(server.list_events)
    declaration = await run_in_threadpool(server.declaration)
    return page(
        request,
        "agenda.html",
        member=member,
        status=status,
        listing=listing,
        kinds=EVENT_KINDS,
        declaration=context.pop("declaration", declaration),
        may_publish=role_at_least(member.role, PUBLISHER),
        today=_sessions.oic_today(),
        form=context.pop("form", {}),
        **context,
    )


@router.get("/agenda")
async def agenda_page(request: Request) -> Response:
    member = await member_of(request)
    if member is None:
        return to_login(request)
    return await _list(request, member)


@router.post("/agenda")
async def agenda_publish(request: Request) -> Response:
    member = await member_at_least(request, PUBLISHER)
    if isinstance(member, Response):
        return member
    server = server_of(request)
    form: dict[str, str] = {}
    try:
        form = await form_of(request)
        server.check_csrf(member, form.get("csrf"))
        event = EventForm.parse(form)
        new_id = await run_in_threadpool(
            lambda: server.save_event(event, member, address=client_address(request))
        )
    except ApiError as exc:
        return await _list(request, member, status=exc.status, error=exc.message, form=form)
    return redirect(f"/agenda/{new_id}?publicado=1")


@router.post("/agenda/declaracion")
async def agenda_declaration(request: Request) -> Response:
    member = await member_at_least(request, PUBLISHER)
    if isinstance(member, Response):
        return member
    server = server_of(request)
    form: dict[str, str] = {}
    try:
        form = await form_of(request)
        server.check_csrf(member, form.get("csrf"))
        await run_in_threadpool(
            lambda: server.set_declaration(
                form.get("declaration", ""), member, address=client_address(request)
            )
        )
    except ApiError as exc:
        return await _list(
            request,
            member,
            status=exc.status,
            error=exc.message,
            declaration=form.get("declaration", ""),
        )
    return await _list(request, member, notice="Declaración guardada.")


async def _detail(
    request: Request, member: StaffMember, event_id: int, *, status: int = 200, **context: Any
) -> Response:
    server = server_of(request)
    found = await run_in_threadpool(server.event_detail, event_id)
    if found is None:
        return error_page(request, 404, "Evento no encontrado", "No existe ese evento.")
    return page(
        request,
        "agenda_event.html",
        member=member,
        status=status,
        e=found,
        form=context.pop("form", None) or found,
        kinds=EVENT_KINDS,
        states=SIGNUP_STATES,
        may_publish=role_at_least(member.role, PUBLISHER),
        **context,
    )


@router.get("/agenda/{event_id}")
async def event_page(request: Request, event_id: str) -> Response:
    member = await member_of(request)
    if member is None:
        return to_login(request)
    found = _event_id(event_id)
    if found is None:
        return error_page(request, 404, "Evento no encontrado", "No existe ese evento.")
    notice = "Evento publicado." if request.query_params.get("publicado") else None
    return await _detail(request, member, found, notice=notice)


@router.post("/agenda/{event_id}")
async def event_edit(request: Request, event_id: str) -> Response:
    member = await member_at_least(request, PUBLISHER)
    if isinstance(member, Response):
        return member
    found = _event_id(event_id)
    if found is None:
        return error_page(request, 404, "Evento no encontrado", "No existe ese evento.")
    server = server_of(request)
    form: dict[str, str] = {}
    try:
        form = await form_of(request)
        server.check_csrf(member, form.get("csrf"))
        event = EventForm.parse(form)
        await run_in_threadpool(
            lambda: server.save_event(
                event, member, event_id=found, address=client_address(request)
            )
        )
    except ApiError as exc:
        return await _detail(
            request, member, found, status=exc.status, error=exc.message, form=form
        )
    return await _detail(request, member, found, notice="Evento guardado.")


@router.post("/agenda/{event_id}/cancelar")
async def event_cancel(request: Request, event_id: str) -> Response:
    member = await member_at_least(request, PUBLISHER)
    if isinstance(member, Response):
        return member
    found = _event_id(event_id)
    if found is None:
        return error_page(request, 404, "Evento no encontrado", "No existe ese evento.")
    server = server_of(request)
    try:
        form = await form_of(request)
        server.check_csrf(member, form.get("csrf"))
        await run_in_threadpool(
            lambda: server.cancel_event(found, member, address=client_address(request))
        )
    except ApiError as exc:
        return await _detail(request, member, found, status=exc.status, error=exc.message)
    return await _detail(request, member, found, notice="Evento cancelado.")


@router.post("/agenda/{event_id}/inscripciones")
async def signup_decide(request: Request, event_id: str) -> Response:
    member = await member_at_least(request, PUBLISHER)
    if isinstance(member, Response):
        return member
    found = _event_id(event_id)
    if found is None:
        return error_page(request, 404, "Evento no encontrado", "No existe ese evento.")
    server = server_of(request)
    try:
        form = await form_of(request)
        server.check_csrf(member, form.get("csrf"))
        decision = _DECISIONS.get(form.get("decision", ""))
        if decision is None:
            raise ApiError("bad_request", "Elija confirmar o declinar.")
        signup_id = _event_id(form.get("inscripcion", ""))
        detail = await run_in_threadpool(server.event_detail, found)
        if (
            signup_id is None
            or detail is None
            or signup_id not in {int(x["id"]) for x in detail["signups"]}
        ):
            raise ApiError("not_found", "Esa inscripción no es de este evento.")
        await run_in_threadpool(
            lambda: server.decide_signup(
                signup_id,
                decision,
                form.get("motivo", ""),
                member,
                address=client_address(request),
            )
        )
    except ApiError as exc:
        return await _detail(request, member, found, status=exc.status, error=exc.message)
    notice = "Inscripción confirmada." if decision == "confirmed" else "Inscripción declinada."
    return await _detail(request, member, found, notice=notice)
