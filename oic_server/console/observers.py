"""Observers: each with their last sync and counts; an administrador adds them (the
one-time password shown once, on a printable sheet), resets passwords and disables
them (which revokes their laptops' tokens and, with the reason chosen, their
certificates: :mod:`oic_server.crl`)."""

from __future__ import annotations

from functools import partial
from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import Response
from starlette.concurrency import run_in_threadpool

from oic_server.console.common import (
    client_address,
    error_page,
    existing_account_said,
    form_of,
    member_at_least,
    member_of,
    page,
    redirect,
    server_of,
    to_login,
)
from oic_server.crl import REASONS
from oic_server.errors import ApiError
from oic_server.usecases.base import normalize_code
from oic_server.usecases.staff import StaffMember, role_at_least

router = APIRouter(include_in_schema=False)
MANAGER = "administrador"  # DESIGN.md §9: staff, observers, settings


async def _list(
    request: Request, member: StaffMember, *, status: int = 200, **context: Any
) -> Response:
    observers = await run_in_threadpool(server_of(request).list_observers)
    return page(
        request,
        "observers.html",
        member=member,
        status=status,
        observers=observers,
        may_manage=role_at_least(member.role, MANAGER),
        **context,
    )


@router.get("/observadores")
async def observers_page(request: Request) -> Response:
    member = await member_of(request)
    if member is None:
        return to_login(request)
    return await _list(request, member)


def _sheet(request: Request, member: StaffMember, made: dict[str, Any], why: str) -> Response:
    server = server_of(request)
    return page(
        request,
        "observer_sheet.html",
        member=member,
        made=made,
        why=why,
        address=str(request.base_url).rstrip("/"),
        ca_fingerprint=server.keys.ca_fingerprint,
    )


async def _change(request: Request, action) -> Response:
    member = await member_at_least(request, MANAGER)
    if isinstance(member, Response):
        return member
    server = server_of(request)
    try:
        form = await form_of(request)
        server.check_csrf(member, form.get("csrf"))
        return await action(server, form, member)
    except ApiError as exc:
        return await _list(request, member, status=exc.status, error=exc.message)


@router.post("/observadores")
async def observer_add(request: Request) -> Response:
    async def add(server: Any, form: dict[str, str], member: StaffMember) -> Response:
        with existing_account_said(f"el observador {normalize_code(form.get('code', ''))}"):
            made = await run_in_threadpool(
                server.add_observer, form.get("code", ""), form.get("name", "")
            )
        await run_in_threadpool(
            server.record_activity,
            member,
            "observer",
            target=made["code"],
            detail="alta",
            address=client_address(request),
        )
        return _sheet(request, member, made, "alta")

    return await _change(request, add)


@router.get("/observadores/{code}/deshabilitar")
async def disable_page(request: Request, code: str) -> Response:
    """What disabling does, and its reason to choose: a step of its own, never one click
    from the list (it revokes the observer's certificates at once)."""
    member = await member_at_least(request, MANAGER)
    if isinstance(member, Response):
        return member
    return await _disable_page(request, member, code)


async def _disable_page(
    request: Request, member: StaffMember, code: str, *, status: int = 200, error: str = ""
) -> Response:
    try:  # the one account, not the list with every observer's counts
        found = await run_in_threadpool(server_of(request).observer_account, code)
    except ApiError as exc:
        if exc.code != "not_found":
            raise
        return error_page(request, 404, "Observador no encontrado", "No existe ese observador.")
    if found["disabled"]:
        return redirect("/observadores")
    return page(
        request,
        "observer_disable.html",
        member=member,
        status=status,
        error=error,
        o=found,
        reasons=list(REASONS.values()),
    )


@router.post("/observadores/{code}/{action}")
async def observer_action(request: Request, code: str, action: str) -> Response:
    async def change(server: Any, form: dict[str, str], member: StaffMember) -> Response:
        code_ = normalize_code(code)
        address = client_address(request)
        if action == "contrasena":
            made = await run_in_threadpool(server.set_password, code_)
            await run_in_threadpool(
                server.record_activity,
                member,
                "observer",
                target=made["code"],
                detail="contraseña nueva",
                address=address,
            )
            return _sheet(request, member, made, "contraseña nueva")
        if action == "deshabilitar":
            if not form.get("reason"):  # chosen on the confirmation page, never a default
                return await _disable_page(
                    request,
                    member,
                    code,
                    status=400,
                    error="Elija el motivo de la revocación; no se cambió nada.",
                )
            done = await run_in_threadpool(
                partial(server.set_disabled, code_, True, reason=form.get("reason"))
            )
            words = REASONS[done["reason"]][1]
            await run_in_threadpool(
                server.record_activity,
                member,
                "observer",
                target=done["code"],
                detail=f"deshabilitar ({words}; {done['revoked']} certificados revocados)",
                address=address,
            )
            notice = (
                f"Observador {done['code']} deshabilitado: sus laptops ya no pueden sincronizar."
                + (
                    f" {done['revoked']} certificado(s) revocado(s) ({words}); la lista de "
                    "revocación se publicó de nuevo."
                    if done["revoked"]
                    else ""
                )
            )
            return await _list(request, member, notice=notice)
        if action == "habilitar":
            done = await run_in_threadpool(server.set_disabled, code_, False)
            await run_in_threadpool(
                server.record_activity,
                member,
                "observer",
                target=done["code"],
                detail=action,
                address=address,
            )
            notice = f"Observador {done['code']} habilitado."
            return await _list(request, member, notice=notice)
        raise ApiError("not_found", "Esa acción no existe.")

    return await _change(request, change)
