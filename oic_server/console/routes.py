"""The console's routes: login and logout, home, staff accounts (see the package docstring)."""

from __future__ import annotations

import asyncio
import secrets
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from jinja2 import Environment, FileSystemLoader, select_autoescape
from starlette.concurrency import run_in_threadpool

from oic_server.errors import ApiError
from oic_server.service import OICServer
from oic_server.usecases.base import MIN_PASSWORD, normalize_code
from oic_server.usecases.staff import ROLE_NAMES, ROLES, StaffMember, role_at_least

__all__ = ["STATIC", "error_page", "router"]

HERE = Path(__file__).resolve().parent
STATIC = HERE / "static"
SESSION_COOKIE = "oic_sesion"
LOGIN_COOKIE = "oic_ingreso"  # the login form's own CSRF token (double submit)
_LOOPBACK = {"127.0.0.1", "localhost", "::1", "[::1]"}
CSP = (
    "default-src 'none'; style-src 'self'; img-src 'self' data:; form-action 'self'; "
    "frame-ancestors 'none'; base-uri 'none'"
)
_REASONS = {
    "salio": "Cerró su sesión.",
    "expirada": "Su sesión se cerró tras un tiempo sin uso; inicie sesión de nuevo. No se "
    "guardó ningún cambio pendiente.",
}

templates = Environment(
    loader=FileSystemLoader(HERE / "templates"),
    autoescape=select_autoescape(["html"]),
    auto_reload=False,
)
router = APIRouter(include_in_schema=False)


# ------------------------------------------------------------------ helpers


def _secure_headers(response: Response) -> Response:
    response.headers["Content-Security-Policy"] = CSP
    response.headers["X-Content-Type-Options"] = "nosniff"
    response.headers["Referrer-Policy"] = "same-origin"
    response.headers["X-Frame-Options"] = "DENY"
    return response


def _page(
    request: Request,
    template: str,
    *,
    member: StaffMember | None = None,
    status: int = 200,
    **context: Any,
) -> HTMLResponse:
    html = templates.get_template(template).render(
        member=member,
        role_name=ROLE_NAMES[member.role] if member else "",
        can_manage_staff=bool(member and role_at_least(member.role, "administrador")),
        role_names=ROLE_NAMES,
        roles=ROLES,  # least first: a new account starts with the least it may need
        **context,
    )
    return _secure_headers(HTMLResponse(html, status_code=status))


def error_page(request: Request, status: int, title: str, message: str) -> HTMLResponse:
    """A console error in Spanish, never a stack trace (also used by the API's handlers
    for paths outside ``/api``)."""
    return _page(request, "error.html", status=status, title=title, message=message, back="/")


def _redirect(to: str) -> RedirectResponse:
    return _secure_headers(RedirectResponse(to, status_code=303))  # type: ignore[return-value]


async def wait_out(seconds: float) -> None:
    """A login throttle's wait (its own name, so tests can see it)."""
    await asyncio.sleep(seconds)


def client_address(request: Request) -> str:
    """As the API's: the proxy's X-Forwarded-For when serve trusts it."""
    return request.client.host if request.client else "desconocida"


def _secure_cookie(request: Request) -> bool:
    """Secure unless a browser on this very machine talks plain HTTP to it: over HTTPS
    (TLS in serve, or a proxy's X-Forwarded-Proto that serve trusts), and from any
    other address, the cookie must never travel in clear."""
    client = request.client.host if request.client else ""
    return request.url.scheme == "https" or client not in _LOOPBACK


def _server(request: Request) -> OICServer:
    server = request.app.state.server
    if server is None:
        raise ApiError("unavailable", "El servidor no está configurado.")
    return server


async def _form(request: Request) -> dict[str, str]:
    """An urlencoded form (the guard bounds its size). Repeated fields: the first."""
    kind = request.headers.get("content-type", "").split(";")[0].strip().lower()
    if kind != "application/x-www-form-urlencoded":
        raise ApiError("bad_request", "El formulario no llegó como formulario; recargue la página.")
    try:
        text = (await request.body()).decode("utf-8")
        fields = parse_qs(text, keep_blank_values=True, max_num_fields=20, strict_parsing=False)
    except (UnicodeDecodeError, ValueError):
        raise ApiError("bad_request", "El formulario no es válido; recargue la página.") from None
    return {key: values[0] for key, values in fields.items()}


async def _member(request: Request) -> StaffMember | None:
    """The staff member of the request's session, or None (no session, ended, expired)."""
    token = request.cookies.get(SESSION_COOKIE)
    if not token:
        return None
    try:
        return await run_in_threadpool(_server(request).staff_session, token)
    except ApiError:
        return None


def _to_login(request: Request) -> RedirectResponse:
    reason = "expirada" if request.cookies.get(SESSION_COOKIE) else ""
    response = _redirect(f"/ingresar?motivo={reason}" if reason else "/ingresar")
    response.delete_cookie(SESSION_COOKIE, path="/")
    return response


def _forbidden(request: Request, member: StaffMember, minimum: str) -> HTMLResponse:
    return _page(
        request,
        "error.html",
        member=member,
        status=403,
        title="Sin permiso",
        message=f"Su rol ({ROLE_NAMES[member.role]}) no permite esto; hace falta "
        f"{ROLE_NAMES[minimum]} o más. No se cambió nada.",
        back="/",
    )


# ------------------------------------------------------------------ login, logout, home


@router.get("/ingresar")
async def login_form(request: Request, motivo: str = "") -> Response:
    if await _member(request) is not None:
        return _redirect("/")
    return _login_page(request, notice=_REASONS.get(motivo, ""))


def _login_page(
    request: Request,
    *,
    status: int = 200,
    code: str = "",
    change: bool = False,
    error: str = "",
    notice: str = "",
) -> HTMLResponse:
    token = request.cookies.get(LOGIN_COOKIE) or secrets.token_urlsafe(32)
    response = _page(
        request,
        "login.html",
        status=status,
        login_csrf=token,
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
        secure=_secure_cookie(request),
        path="/ingresar",
    )
    return response


@router.post("/ingresar")
async def login(request: Request) -> Response:
    try:
        form = await _form(request)
    except ApiError as exc:
        return _login_page(request, status=400, error=exc.message)
    code = form.get("code", "").strip()
    expected = request.cookies.get(LOGIN_COOKIE)
    if not expected or not secrets.compare_digest(form.get("csrf", ""), expected):
        return _login_page(
            request,
            status=403,
            code=code,
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
            change=True,
            error="Las dos contraseñas nuevas no son iguales.",
        )
    server = _server(request)
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
        change = changing or exc.code == "password_change_required"
        page = _login_page(
            request,
            status=exc.status,
            code=code,
            change=change,
            error="" if exc.code == "password_change_required" and not changing else exc.message,
            notice=exc.message if exc.code == "password_change_required" and not changing else "",
        )
        page.headers.update(exc.headers)  # Retry-After on 429
        return page
    response = _redirect("/")
    response.set_cookie(
        SESSION_COOKIE,
        session["token"],
        httponly=True,
        samesite="strict",
        secure=_secure_cookie(request),
        path="/",
    )
    response.delete_cookie(LOGIN_COOKIE, path="/ingresar")
    return response


@router.post("/salir")
async def logout(request: Request) -> Response:
    member = await _member(request)
    if member is None:
        return _to_login(request)
    form = await _form(request)
    try:
        _server(request).check_csrf(member, form.get("csrf"))
    except ApiError as exc:
        return _page(
            request,
            "error.html",
            member=member,
            status=403,
            title="No se cerró la sesión",
            message=exc.message,
            back="/",
        )
    await run_in_threadpool(_server(request).staff_logout, member)
    response = _redirect("/ingresar?motivo=salio")
    response.delete_cookie(SESSION_COOKIE, path="/")
    return response


@router.get("/")
async def home(request: Request) -> Response:
    member = await _member(request)
    if member is None:
        return _to_login(request)
    return _page(request, "home.html", member=member)


# ------------------------------------------------------------------ staff accounts


@router.get("/personal")
async def staff_page(request: Request) -> Response:
    member = await _member(request)
    if member is None:
        return _to_login(request)
    if not role_at_least(member.role, "administrador"):
        return _forbidden(request, member, "administrador")
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
    staff = await run_in_threadpool(_server(request).list_staff)
    return _page(
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
    member = await _member(request)
    if member is None:
        return _to_login(request)
    if not role_at_least(member.role, "administrador"):
        return _forbidden(request, member, "administrador")
    server = _server(request)
    try:
        form = await _form(request)
        server.check_csrf(member, form.get("csrf"))
        notice, password = await run_in_threadpool(action, server, form, member)
    except ApiError as exc:
        return await _staff_page(request, member, status=exc.status, error=exc.message)
    return await _staff_page(request, member, notice=notice, password=password)


@router.post("/personal")
async def staff_add(request: Request) -> Response:
    def add(server: OICServer, form: dict[str, str], _: StaffMember) -> tuple[str, dict[str, str]]:
        made = server.add_staff(form.get("code", ""), form.get("name", ""), form.get("role", ""))
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
