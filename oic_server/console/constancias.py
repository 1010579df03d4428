"""Constancias de participación in the console: the list of those issued (every staff
member reads it and downloads the PDFs), and *Emitir constancia* for an observer and a
period (coordinador and up). The PDF, the folio and the checks are in
:mod:`oic_server.constancias`."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import Response
from starlette.concurrency import run_in_threadpool

from oic_server.console.common import (
    client_address,
    form_of,
    member_at_least,
    page,
    secure_headers,
    server_of,
)
from oic_server.constancias.cases import constancia_pdf, issue_constancia, list_constancias
from oic_server.errors import ApiError
from oic_server.usecases.staff import StaffMember, role_at_least

router = APIRouter(include_in_schema=False)
READER = "consulta"
ISSUER = "coordinador"  # DESIGN.md §9: coordinators approve sessions; they certify them


def public_base_url(request: Request) -> str:
    """The address the QR code points at: ``serve``'s public URL when it has one, else
    the one this request came to (the proxy's, when serve trusts its headers)."""
    return getattr(request.app.state, "public_url", "") or str(request.base_url)


async def _list(
    request: Request, member: StaffMember, *, status: int = 200, **context: Any
) -> Response:
    server = server_of(request)
    issued = await run_in_threadpool(list_constancias, server)
    observers = await run_in_threadpool(server.list_observers)
    return page(
        request,
        "constancias.html",
        member=member,
        status=status,
        issued=issued,
        observers=observers,
        may_issue=role_at_least(member.role, ISSUER),
        **context,
    )


@router.get("/constancias")
async def constancias_page(request: Request) -> Response:
    member = await member_at_least(request, READER)
    if isinstance(member, Response):
        return member
    return await _list(request, member)


@router.post("/constancias")
async def constancia_issue(request: Request) -> Response:
    member = await member_at_least(request, ISSUER)
    if isinstance(member, Response):
        return member
    server = server_of(request)
    form: dict[str, str] = {}
    try:
        form = await form_of(request)
        server.check_csrf(member, form.get("csrf"))
        issued = await run_in_threadpool(
            lambda: issue_constancia(
                server,
                staff_id=member.id,
                actor=member.code,
                observer_code=form.get("observador", ""),
                date_from=form.get("desde", ""),
                date_to=form.get("hasta", ""),
                base_url=public_base_url(request),
                address=client_address(request),
            )
        )
    except ApiError as exc:
        return await _list(request, member, status=exc.status, error=exc.message, form=form)
    return await _list(
        request,
        member,
        notice=f"Constancia {issued.folio} emitida: {issued.sessions} sesiones validadas.",
        just_issued=issued.folio,
    )


@router.get("/constancias/{folio}.pdf")
async def constancia_download(request: Request, folio: str) -> Response:
    member = await member_at_least(request, READER)
    if isinstance(member, Response):
        return member
    server = server_of(request)
    try:
        pdf = await run_in_threadpool(constancia_pdf, server, folio)
    except ApiError as exc:
        return page(
            request,
            "error.html",
            member=member,
            status=exc.status,
            title="No encontrado",
            message=exc.message,
            back="/constancias",
        )
    await run_in_threadpool(
        server.record_activity,
        member,
        "export",
        target=folio,
        detail="constancia (PDF)",
        address=client_address(request),
    )
    response = Response(
        pdf,
        media_type="application/pdf",
        headers={"Content-Disposition": f'attachment; filename="constancia-{folio}.pdf"'},
    )
    return secure_headers(response, request)
