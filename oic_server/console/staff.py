"""Staff accounts: an administrador adds, disables, enables and resets them."""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse, Response
from starlette.concurrency import run_in_threadpool

from oic_server.console.common import (
    client_address,
    existing_account_said,
    form_of,
    member_at_least,
    page,
    server_of,
)
from oic_server.errors import ApiError
from oic_server.service import OICServer
from oic_server.usecases.base import normalize_code
from oic_server.usecases.staff import StaffMember

router = APIRouter(include_in_schema=False)


# ------------------------------------------------------------------ staff accounts


@router.get("/personal")
async def staffpage(request: Request) -> Response:
    member = await member_at_least(request, "administrador")
    if isinstance(member, Response):
        return member
    return await _staff_page(request, member)


async def _staff_page(
    request: Request,
    member: StaffMember,
    *,
    status: int = 200,
    notice: str = "",
    error: str = "",
    password: dict[str, str] | None = None,
) -> HTMLResponse:
    staff = await run_in_threadpool(server_of(request).list_staff)
    return page(
        request,
        "staff.html",
        member=member,
        status=status,
        staff=staff,
        notice=notice,
        error=error,
        password=password,
    )


async def _staff_change(request: Request, action) -> Response:
    """Run ``action(server, form, member)`` for an administrador with a valid CSRF token;
    the page again with what happened (a one-time password shown once)."""
    member = await member_at_least(request, "administrador")
    if isinstance(member, Response):
        return member
    server = server_of(request)
    try:
        form = await form_of(request)
        server.check_csrf(member, form.get("csrf"))
        notice, password = await run_in_threadpool(action, server, form, member)
        await run_in_threadpool(
            lambda: server.record_activity(
                member, "staff", detail=notice, address=client_address(request)
            )
        )
    except ApiError as exc:
        return await _staff_page(request, member, status=exc.status, error=exc.message)
    return await _staff_page(request, member, notice=notice, password=password)


@router.post("/personal")
async def staff_add(request: Request) -> Response:
    def add(server: OICServer, form: dict[str, str], _: StaffMember) -> tuple[str, dict[str, str]]:
        with existing_account_said(f"la cuenta {normalize_code(form.get('code', ''))}"):
            made = server.add_staff(
                form.get("code", ""), form.get("name", ""), form.get("role", "")
            )
        return f"Cuenta {made['code']} registrada.", {
            "code": made["code"],
            "password": made["password"],
        }

    return await _staff_change(request, add)


@router.post("/personal/{code}/{action}")
async def staff_action(request: Request, code: str, action: str) -> Response:
    def change(
        server: OICServer, form: dict[str, str], member: StaffMember
    ) -> tuple[str, dict[str, str] | None]:
        if normalize_code(code) == member.code:  # as the use case will read it
            raise ApiError(
                "forbidden",
                "No puede cambiar su propia cuenta desde aquí; pida a otro administrador.",
            )
        if action in ("deshabilitar", "habilitar"):
            done = server.set_staff_disabled(code, action == "deshabilitar")
            state = (
                "deshabilitada; sus sesiones se cerraron"
                if action == "deshabilitar"
                else "habilitada"
            )
            return f"Cuenta {done['code']} {state}.", None
        if action == "contrasena":
            done = server.reset_staff_password(code)
            return (
                f"Cuenta {done['code']}: contraseña nueva; sus sesiones se cerraron.",
                {"code": done["code"], "password": done["password"]},
            )
        raise ApiError("not_found", "Esa acción no existe.")

    return await _staff_change(request, change)
