"""Login (with the first-login password change), logout and the home page."""

from __future__ import annotations

import secrets

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse, Response
from starlette.concurrency import run_in_threadpool

from oic_server.console.common import (
    _REASONS,
    LOGIN_COOKIE,
    SESSION_COOKIE,
    client_address,
    form_of,
    login_return,
    member_of,
    page,
    redirect,
    secure_cookie,
    server_of,
    to_login,
    wait_out,
)
from oic_server.errors import ApiError
from oic_server.usecases.base import MIN_PASSWORD, normalize_code

router = APIRouter(include_in_schema=False)


# ------------------------------------------------------------------ login, logout, home


@router.get("/ingresar")
async def loginform_of(request: Request, motivo: str = "", volver: str = "") -> Response:
    back = login_return(volver)
    if await member_of(request) is not None:
        return redirect(back)
    return _login_page(request, notice=_REASONS.get(motivo, ""), back=back)


def _login_page(
    request: Request,
    *,
    status: int = 200,
    code: str = "",
    change: bool = False,
    error: str = "",
    notice: str = "",
    back: str = "/",
) -> HTMLResponse:
    token = request.cookies.get(LOGIN_COOKIE) or secrets.token_urlsafe(32)
    response = page(
        request,
        "login.html",
        status=status,
        login_csrf=token,
        back=back,
        code=code,
        change=change,
        min_length=MIN_PASSWORD,
        error=error,
        notice=notice,
    )
    response.set_cookie(
        LOGIN_COOKIE,
        token,
        httponly=True,
        samesite="strict",
        secure=secure_cookie(request),
        path="/ingresar",
    )
    return response


@router.post("/ingresar")
async def login(request: Request) -> Response:
    try:
        form = await form_of(request)
    except ApiError as exc:
        return _login_page(request, status=400, error=exc.message)  # no form: no return
    code = form.get("code", "").strip()
    back = login_return(form.get("volver", ""))
    expected = request.cookies.get(LOGIN_COOKIE)
    given = form.get("csrf", "").encode("utf-8", "replace")
    if not expected or not secrets.compare_digest(given, expected.encode("utf-8", "replace")):
        return _login_page(
            request,
            status=403,
            code=code,
            back=back,
            error="El formulario caducó; escriba de nuevo su código y contraseña.",
        )
    password = form.get("password", "")
    new_password = form.get("new_password")
    changing = new_password is not None
    if changing and new_password != form.get("again"):
        return _login_page(
            request,
            status=400,
            code=code,
            back=back,
            change=True,
            error="Las dos contraseñas nuevas no son iguales.",
        )
    server = server_of(request)
    try:
        attempt = await run_in_threadpool(server.start_staff_login, code, client_address(request))
        if attempt.delay > 0:  # a code under attack from many addresses: slower answers
            await wait_out(attempt.delay)
        session = await run_in_threadpool(
            lambda: server.staff_login(
                code,
                password,
                client_address(request),
                new_password=new_password,
                attempt=attempt,
            )
        )
    except ApiError as exc:
        if exc.code == "bad_credentials":  # not the throttle's 429s: bounded
            detail = exc.message[:200]
            await run_in_threadpool(
                lambda: server.record_activity(
                    None,
                    "login_failed",
                    actor=normalize_code(code)[:64] or "?",
                    detail=detail,
                    address=client_address(request),
                )
            )
        change = changing or exc.code == "password_change_required"
        answer = _login_page(
            request,
            status=exc.status,
            code=code,
            back=back,
            change=change,
            error="" if exc.code == "password_change_required" and not changing else exc.message,
            notice=exc.message if exc.code == "password_change_required" and not changing else "",
        )
        answer.headers.update(exc.headers)  # Retry-After on 429
        return answer
    await run_in_threadpool(
        lambda: server.record_activity(
            None, "login", actor=normalize_code(code), address=client_address(request)
        )
    )
    response = redirect(back)
    response.set_cookie(
        SESSION_COOKIE,
        session["token"],
        httponly=True,
        samesite="strict",
        secure=secure_cookie(request),
        path="/",
    )
    response.delete_cookie(LOGIN_COOKIE, path="/ingresar")
    return response


@router.post("/salir")
async def logout(request: Request) -> Response:
    member = await member_of(request)
    if member is None:
        return to_login(request)
    form = await form_of(request)
    try:
        server_of(request).check_csrf(member, form.get("csrf"))
    except ApiError as exc:
        return page(
            request,
            "error.html",
            member=member,
            status=403,
            title="No se cerró la sesión",
            message=exc.message,
            back="/",
        )
    await run_in_threadpool(server_of(request).staff_logout, member)
    await run_in_threadpool(
        lambda: server_of(request).record_activity(
            member, "logout", address=client_address(request)
        )
    )
    response = redirect("/ingresar?motivo=salio")
    response.delete_cookie(SESSION_COOKIE, path="/")
    return response
