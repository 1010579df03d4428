"""The public verification page of constancias, ``/verificar/<folio>``: no login.

Anyone holding a constancia (or its QR code) learns here whether the folio exists
and, if so, whom and what it certifies — the observer's name, the period, the
number of validated sessions, the hours, the issue date — and nothing more: no
observer code or email, no session details, no other observer, no evidence. A
folio that was never issued, or whose check characters are wrong, answers
"No existe." and nothing else (404), the same page either way.

The form uploads a PDF (``multipart/form-data``, at most
:data:`~oic_server.constancias.cases.MAX_UPLOAD_BYTES`; the request guard refuses a
larger body before reading it) and says whether it is exactly the constancia issued
(its SHA-256) and its signature verifies with the OIC CA as the trust root. The
check is stateless: it changes nothing, so it needs no CSRF token; each check reads
a PDF with pyHanko, so only :data:`CHECKS_AT_ONCE` run at once per process. The
answers are the same for everyone and carry no cookie, so a reverse proxy may rate
limit ``/verificar`` by address without breaking anything.
"""

from __future__ import annotations

import asyncio
import email.parser
import email.policy

from fastapi import APIRouter, Request
from fastapi.responses import Response
from starlette.concurrency import run_in_threadpool

from oic_server.console.common import page, server_of
from oic_server.constancias.cases import MAX_UPLOAD_BYTES, check_upload, public_view
from oic_server.constancias.document import day_text, hours_text
from oic_server.oic_time import oic_day

__all__ = ["CHECKS_AT_ONCE", "router"]

router = APIRouter(include_in_schema=False)
CHECKS_AT_ONCE = 2
_checks: dict[asyncio.AbstractEventLoop, asyncio.Semaphore] = {}


def _slots() -> asyncio.Semaphore:
    loop = asyncio.get_running_loop()
    return _checks.setdefault(loop, asyncio.Semaphore(CHECKS_AT_ONCE))


def _shown(view: dict) -> dict:
    """Only what the page may say (never the row itself)."""
    return {
        "folio": view["folio"],
        "name": view["name"],
        "date_from": day_text(view["date_from"]),
        "date_to": day_text(view["date_to"]),
        "sessions": view["session_count"],
        "hours": hours_text(view["hours"]),
        "issued": day_text(oic_day(view["issued_at"])),
    }


def _no_such(request: Request) -> Response:
    return page(request, "verify_public.html", status=404, found=None)


def _uploaded_pdf(content_type: str, body: bytes) -> bytes | None:
    """The file of the form's ``archivo`` field, or None (not a form, no file)."""
    if not content_type.lower().startswith("multipart/form-data"):
        return None
    message = email.parser.BytesParser(policy=email.policy.HTTP).parsebytes(
        b"Content-Type: " + content_type.encode("latin-1") + b"\r\n\r\n" + body
    )
    if not message.is_multipart():
        return None
    for part in message.iter_parts():
        if part.get_param("name", header="content-disposition") == "archivo":
            data = part.get_payload(decode=True)
            return data if isinstance(data, bytes) and data else None
    return None


@router.get("/verificar/{folio}")
async def verify_page(request: Request, folio: str) -> Response:
    view = await run_in_threadpool(public_view, server_of(request), folio)
    if view is None:
        return _no_such(request)
    return page(request, "verify_public.html", found=_shown(view), limit_mb=_limit_mb())


def _limit_mb() -> int:
    return MAX_UPLOAD_BYTES // (1024 * 1024)


@router.post("/verificar/{folio}")
async def verify_upload(request: Request, folio: str) -> Response:
    server = server_of(request)
    view = await run_in_threadpool(public_view, server, folio)
    if view is None:
        return _no_such(request)
    shown = _shown(view)
    body = await request.body()  # the guard bounds it (MAX_UPLOAD_BYTES and the form's parts)
    try:
        pdf = _uploaded_pdf(request.headers.get("content-type", ""), body)
    except (ValueError, LookupError, UnicodeError):
        pdf = None
    if pdf is None:
        return page(
            request,
            "verify_public.html",
            status=400,
            found=shown,
            limit_mb=_limit_mb(),
            error="Elija el archivo PDF de la constancia y vuelva a enviarlo.",
        )
    if len(pdf) > MAX_UPLOAD_BYTES:
        return page(
            request,
            "verify_public.html",
            status=413,
            found=shown,
            limit_mb=_limit_mb(),
            error="El archivo es más grande que cualquier constancia: no es esta constancia.",
        )
    async with _slots():
        checked = await run_in_threadpool(check_upload, server, view, pdf)
    return page(request, "verify_public.html", found=shown, limit_mb=_limit_mb(), checked=checked)
