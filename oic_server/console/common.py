"""What the console's pages share: templates, the session, forms, headers, refusals."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlencode, urlsplit

from fastapi import Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from jinja2 import Environment, FileSystemLoader, select_autoescape
from starlette.concurrency import run_in_threadpool

from oic_server.console.i18n import LANGUAGE_NAMES, LANGUAGES, language, safe_return, translator
from oic_server.errors import ApiError
from oic_server.oic_time import shown_time
from oic_server.service import OICServer
from oic_server.usecases.staff import ROLE_NAMES, ROLES, StaffMember, role_at_least

__all__ = [
    "STATIC",
    "client_address",
    "error_page",
    "existing_account_said",
    "forbidden",
    "form_of",
    "login_return",
    "member_at_least",
    "member_of",
    "page",
    "redirect",
    "secure_headers",
    "server_of",
    "to_login",
]

HERE = Path(__file__).resolve().parent
STATIC = HERE / "static"
SESSION_COOKIE = "oic_sesion"
LOGIN_COOKIE = "oic_ingreso"  # the login form's own CSRF token (double submit)
_LOOPBACK = {"127.0.0.1", "localhost", "::1", "[::1]"}
CSP = (
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:{tiles}; "
    "frame-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'"
)


def tile_url(request: Request) -> str:
    """The map's tile URL (``serve --map-tiles``; "" for no tiles: the map still shows
    its points on a blank background)."""
    return getattr(request.app.state, "map_tiles", "")


def _tile_origin(url: str) -> str:
    parts = urlsplit(url)
    return f" {parts.scheme}://{parts.netloc}" if parts.scheme in ("http", "https") else ""


_REASONS = {
    "salio": "Cerró su sesión.",
    "expirada": "Su sesión se cerró tras un tiempo sin uso; inicie sesión de nuevo. No se "
    "guardó ningún cambio pendiente.",
}


@contextmanager
def existing_account_said(who: str) -> Iterator[None]:
    """An account that already exists, said as the console lets one act on it (the use
    case's words name the command line): «Nueva contraseña» on its row of the list."""
    try:
        yield
    except ApiError as exc:
        if exc.code != "conflict":
            raise
        raise ApiError(
            "conflict",
            f"Ya existe {who}: búsquelo en la lista; ahí «Nueva contraseña» le da otra "
            "contraseña y, si está deshabilitado, «Habilitar» lo deja entrar de nuevo.",
        ) from None


templates = Environment(
    loader=FileSystemLoader(HERE / "templates"),
    autoescape=select_autoescape(["html"]),
    auto_reload=False,
)


def _local(iso: str | None) -> str:
    """A camera's local time as it recorded it (no zone: none is known)."""
    return (iso or "").replace("T", " ")


templates.filters["when"] = shown_time  # in the OIC's zone
templates.filters["local"] = _local


# ------------------------------------------------------------------ helpers


def secure_headers(response: Response, request: Request | None = None) -> Response:
    tiles = _tile_origin(tile_url(request)) if request is not None else ""
    response.headers["Content-Security-Policy"] = CSP.format(tiles=tiles)
    response.headers["X-Content-Type-Options"] = "nosniff"
    response.headers["Referrer-Policy"] = "same-origin"
    response.headers["X-Frame-Options"] = "DENY"
    return response


def _here(request: Request) -> str:
    """Where the language switch returns to: this page, or for a form's answer (a POST)
    the page the form was on (a POST's own address may not answer a GET)."""
    if request.method == "GET":
        url = request.url
    else:
        url = urlsplit(request.headers.get("referer", ""))
    path = url.path or "/"
    return safe_return(f"{path}?{url.query}" if url.query else path)


def page(
    request: Request,
    template: str,
    *,
    member: StaffMember | None = None,
    status: int = 200,
    **context: Any,
) -> HTMLResponse:
    lang = language(request)
    _ = translator(lang)
    for key in ("notice", "error", "title", "message"):  # the routes' fixed messages
        if isinstance(context.get(key), str):
            context[key] = _(context[key])
    here = _here(request)
    html = templates.get_template(template).render(
        _=_,
        lang=lang,
        language_names=LANGUAGE_NAMES,
        language_links={
            code: "/idioma?" + urlencode({"l": code, "volver": here}) for code in LANGUAGES
        },
        member=member,
        role_name=_(ROLE_NAMES[member.role]) if member else "",
        can_manage_staff=bool(member and role_at_least(member.role, "administrador")),
        can_read_activity=bool(member and role_at_least(member.role, "coordinador")),
        can_review=bool(member and role_at_least(member.role, "revisor")),
        role_names=ROLE_NAMES,
        roles=ROLES,  # least first: a new account starts with the least it may need
        **context,
    )
    response = HTMLResponse(html, status_code=status)
    response.headers["Content-Language"] = "en" if lang == "en" else "es-MX"
    response.headers["Vary"] = "Accept-Language, Cookie"
    return secure_headers(response, request)


def error_page(request: Request, status: int, title: str, message: str) -> HTMLResponse:
    """A console error in the page's language (Spanish when the catalog lacks the
    message), never a stack trace (also used by the API's handlers for paths outside
    ``/api``)."""
    return page(request, "error.html", status=status, title=title, message=message, back="/")


def redirect(to: str) -> RedirectResponse:
    return secure_headers(RedirectResponse(to, status_code=303))  # type: ignore[return-value]


async def wait_out(seconds: float) -> None:
    """A login throttle's wait (its own name, so tests can see it)."""
    await asyncio.sleep(seconds)


def client_address(request: Request) -> str:
    """As the API's: the proxy's X-Forwarded-For when serve trusts it."""
    return request.client.host if request.client else "desconocida"


def secure_cookie(request: Request) -> bool:
    """Secure unless a browser on this very machine talks plain HTTP to it: over HTTPS
    (TLS in serve, or a proxy's X-Forwarded-Proto that serve trusts), and from any
    other address, the cookie must never travel in clear."""
    client = request.client.host if request.client else ""
    return request.url.scheme == "https" or client not in _LOOPBACK


def server_of(request: Request) -> OICServer:
    server = request.app.state.server
    if server is None:
        raise ApiError("unavailable", "El servidor no está configurado.")
    return server


async def form_of(request: Request, *, max_fields: int = 20) -> dict[str, str]:
    """An urlencoded form (the guard bounds its size). Repeated fields: the first."""
    kind = request.headers.get("content-type", "").split(";")[0].strip().lower()
    if kind != "application/x-www-form-urlencoded":
        raise ApiError("bad_request", "El formulario no llegó como formulario; recargue la página.")
    try:
        text = (await request.body()).decode("utf-8")
        fields = parse_qs(
            text, keep_blank_values=True, max_num_fields=max_fields, strict_parsing=False
        )
    except (UnicodeDecodeError, ValueError):
        raise ApiError("bad_request", "El formulario no es válido; recargue la página.") from None
    return {key: values[0] for key, values in fields.items()}


async def member_of(request: Request) -> StaffMember | None:
    """The staff member of the request's session, or None (no session, ended, expired)."""
    token = request.cookies.get(SESSION_COOKIE)
    if not token:
        return None
    try:
        return await run_in_threadpool(server_of(request).staff_session, token)
    except ApiError:
        return None


async def member_at_least(request: Request, minimum: str) -> StaffMember | Response:
    """The staff member of the request's session when their role is ``minimum`` or more;
    otherwise the page to answer with: the login, or the refusal."""
    member = await member_of(request)
    if member is None:
        return to_login(request)
    if not role_at_least(member.role, minimum):
        return forbidden(request, member, minimum)
    return member


def to_login(request: Request) -> RedirectResponse:
    """To the login page, which returns here after it (``volver``): the page asked for,
    or for a form sent (its route is not a page) the page the form was on."""
    reason = "expirada" if request.cookies.get(SESSION_COOKIE) else ""
    params = {"motivo": reason} if reason else {}
    back = _came_from(request)
    if back != "/":
        params["volver"] = back
    response = redirect("/ingresar?" + urlencode(params) if params else "/ingresar")
    response.delete_cookie(SESSION_COOKIE, path="/")
    return response


def _came_from(request: Request) -> str:
    if request.method == "GET":  # as the browser sent it (request.url.path is decoded)
        path = request.scope.get("raw_path") or request.url.path.encode()
        query = request.scope.get("query_string") or b""
        target = path.decode("latin-1") + (f"?{query.decode('latin-1')}" if query else "")
    else:  # the page of the form, when the browser says it and it is this site's
        referer = urlsplit(request.headers.get("referer", ""))
        if referer.netloc != request.url.netloc:
            return "/"
        target = referer.path + (f"?{referer.query}" if referer.query else "")
    return login_return(target)


def login_return(target: str) -> str:
    """Where a login goes: a same-site page (:func:`safe_return`), never the login or
    logout routes themselves."""
    target = safe_return(target)
    return "/" if target.startswith(("/ingresar", "/salir")) else target


def forbidden(request: Request, member: StaffMember, minimum: str) -> HTMLResponse:
    _ = translator(language(request))
    return page(
        request,
        "error.html",
        member=member,
        status=403,
        title="Sin permiso",
        message=_("Su rol (%s) no permite esto; hace falta %s o más. No se cambió nada.")
        % (_(ROLE_NAMES[member.role]), _(ROLE_NAMES[minimum])),
        back="/",
    )
