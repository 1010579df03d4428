"""One submission: its page, its signed PDF, its evidence and photos, and the
review's decisions (Tomar, Devolver with per-question comments, Validar)."""

from __future__ import annotations

import contextlib
import logging
import re
from collections.abc import Callable, Iterator
from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import Response, StreamingResponse
from starlette.concurrency import run_in_threadpool

from oic_server.console.common import (
    client_address,
    error_page,
    form_of,
    member_at_least,
    member_of,
    page,
    redirect,
    secure_headers,
    server_of,
    tile_url,
    to_login,
)
from oic_server.errors import ApiError
from oic_server.indexing import DESCRIPTION_LIMIT
from oic_server.usecases.inbox import STATES
from oic_server.usecases.staff import StaffMember, role_at_least

router = APIRouter(include_in_schema=False)

log = logging.getLogger(__name__)
_SHA = re.compile(r"[0-9a-f]{64}")
_ID = re.compile(r"[0-9a-fA-F-]{8,64}")
_COMMENT_FIELD = re.compile(r"c:([a-z][a-z0-9_]{0,99}):(-|[0-9]{1,3})")
SEVERITY_NAMES = {"alta": "Alta", "media": "Media", "baja": "Baja"}
CHUNK = 256 * 1024
_DONE = {
    "tomado": "Usted tiene este envío.",
    "tomado_de_otro": "Usted tiene este envío; quién lo tenía antes queda en la actividad.",
    "validado": "Envío validado. El observador lo verá en su próxima sincronización.",
    "devuelto": "Envío devuelto. El observador verá el motivo y sus comentarios en su próxima "
    "sincronización.",
}


def _chunks(fh: Any) -> Iterator[bytes]:
    with fh:
        while data := fh.read(CHUNK):
            yield data


async def _stream(request: Request, sha256: str, media_type: str) -> Response:
    """The blob streamed, opened before the answer starts: a store that fails (S3 not
    answering: a 503 page) or lacks the file (a 404 page, logged) is said on a page,
    never as a download cut short."""
    server = server_of(request)
    try:
        fh = await run_in_threadpool(server.store.open, sha256)
    except FileNotFoundError:
        log.error("blob %s is recorded but not in the store", sha256)
        return error_page(
            request,
            404,
            "Archivo no encontrado",
            "El archivo está registrado pero no está en el almacén del servidor; el error "
            "quedó registrado para el OIC.",
        )
    return StreamingResponse(_chunks(fh), media_type=media_type)


def _safe_name(name: str, fallback: str) -> str:
    """A download's file name: no path, quotes or control characters."""
    name = re.sub(r'[\x00-\x1f\x7f"\\/;]+', "_", name).strip(" .")[:150]
    return name or fallback


def _disposition(kind: str, name: str) -> str:
    from urllib.parse import quote

    ascii_name = name.encode("ascii", "replace").decode().replace("?", "_")
    return f"{kind}; filename=\"{ascii_name}\"; filename*=UTF-8''{quote(name)}"


def _holder(value: str) -> int | None:
    """Who had the submission on the page the form came from ("" for nobody)."""
    if not value:
        return None
    if not re.fullmatch(r"[0-9]{1,9}", value):
        raise ApiError("bad_request", "El formulario caducó; recargue la página.")
    return int(value)


async def _load(request: Request, submission_id: str) -> tuple[StaffMember | None, Any]:
    member = await member_of(request)
    if member is None or not _ID.fullmatch(submission_id):
        return member, None
    return member, submission_id


async def _read(
    request: Request, submission_id: str, read: Callable[[Any, str], Any]
) -> tuple[StaffMember, Any] | Response:
    """The member and what ``read(server, submission_id)`` gives, or the page to show
    instead: the login, or «Envío no encontrado» with the refusal's status."""
    member, sid = await _load(request, submission_id)
    if member is None:
        return to_login(request)
    try:
        return member, await run_in_threadpool(read, server_of(request), sid or "-")
    except ApiError as exc:
        return error_page(request, exc.status, "Envío no encontrado", exc.message)


async def _reviewer(request: Request, submission_id: str) -> tuple[StaffMember, str] | Response:
    """The member (a revisor at least) and the submission's id, or the page to show
    instead: the login or the refusal."""
    member = await member_at_least(request, "revisor")
    if isinstance(member, Response):
        return member
    return member, submission_id if _ID.fullmatch(submission_id) else "-"


async def _render(
    request: Request,
    member: StaffMember,
    submission_id: str,
    *,
    status: int = 200,
    error: str = "",
    notice: str = "",
    draft: dict[str, str] | None = None,
) -> Response:
    server = server_of(request)
    try:
        data = await run_in_threadpool(server.submission_page, submission_id)
    except ApiError as exc:
        return error_page(request, exc.status, "Envío no encontrado", exc.message)
    draft = draft or {}
    sub = data["submission"]
    may_decide = (
        role_at_least(member.role, "revisor")
        and sub["review_state"] == "received"
        and not data["later"]
    )
    points = [e for e in data["evidence"] if e["gps_lat"] is not None]
    return page(
        request,
        "submission.html",
        member=member,
        status=status,
        error=error,
        notice=notice,
        d=data,
        sub=sub,
        states=STATES,
        severity_names=SEVERITY_NAMES,
        may_decide=may_decide,
        draft=draft,
        draft_comment=lambda q, item: draft.get(f"c:{q}:{'-' if item is None else item}", ""),
        points=points,
        description_limit=DESCRIPTION_LIMIT,
        tiles=tile_url(request),
        photos=[e for e in data["evidence"] if e["thumb_state"] is not None],
        documents=[e for e in data["evidence"] if e["thumb_state"] is None],
    )


@router.get("/envios/{submission_id}")
async def submission_page(request: Request, submission_id: str) -> Response:
    member, sid = await _load(request, submission_id)
    if member is None:
        return to_login(request)
    if sid is None:
        return error_page(request, 404, "Envío no encontrado", "No existe ese envío.")
    notice = _DONE.get(request.query_params.get("hecho", ""), "")
    response = await _render(request, member, sid, notice=notice)
    if response.status_code == 200:
        await run_in_threadpool(
            server_of(request).record_activity,
            member,
            "view",
            target=sid,
            address=client_address(request),
        )
    return response


def _pdf_to_serve(server: Any, submission_id: str, original: bool) -> dict[str, Any]:
    """The submission's files and which PDF to serve: the copy of record (with the OIC's
    time-stamps) when there is one, unless ``original`` asks for the report as it
    arrived."""
    sub = dict(server.submission_files(submission_id))
    sub["pdf_sha256"], sub["pdf_kind"] = sub["report_sha256"], "informe"
    if not original:
        with contextlib.suppress(ApiError):  # committed before copies of record existed
            sub["pdf_sha256"], _ = server.record_of(None, submission_id)
            sub["pdf_kind"] = "registro"
    return sub


@router.get("/envios/{submission_id}/informe.pdf")
async def report_pdf(
    request: Request, submission_id: str, descargar: str = "", original: str = ""
) -> Response:
    got = await _read(
        request, submission_id, lambda server, sid: _pdf_to_serve(server, sid, bool(original))
    )
    if isinstance(got, Response):
        return got
    _, sub = got
    label = sub["procedure_number"] or sub["audit_id"][:8]
    name = f"{sub['pdf_kind']}-{label}-v{sub['audit_version']}.pdf"
    response = await _stream(request, sub["pdf_sha256"], "application/pdf")
    if not isinstance(response, StreamingResponse):
        return response
    response.headers["ETag"] = f'"{sub["pdf_sha256"]}"'
    response.headers["Content-Disposition"] = _disposition(
        "attachment" if descargar else "inline", _safe_name(name, "informe.pdf")
    )
    response.headers["X-Content-Type-Options"] = "nosniff"
    response.headers["Content-Security-Policy"] = "frame-ancestors 'self'"
    return response


@router.get("/envios/{submission_id}/archivo/{sha256}")
async def evidence_file(request: Request, submission_id: str, sha256: str) -> Response:
    """An evidence file as it arrived, always downloaded (never shown in the console's
    origin: a laptop's HTML or SVG must not run here)."""
    member, sid = await _load(request, submission_id)
    if member is None:
        return to_login(request)
    server = server_of(request)
    if sid is None or not _SHA.fullmatch(sha256):
        return error_page(request, 404, "Archivo no encontrado", "No existe ese archivo.")
    try:
        row = await run_in_threadpool(server.evidence_of, sid, sha256)
    except ApiError as exc:
        return error_page(request, exc.status, "Archivo no encontrado", exc.message)
    response = await _stream(request, sha256, "application/octet-stream")
    if not isinstance(response, StreamingResponse):
        return response
    response.headers["Content-Disposition"] = _disposition(
        "attachment", _safe_name(row.original_name, f"evidencia-{sha256[:12]}")
    )
    response.headers["Content-Length"] = str(row.size)
    response.headers["X-Content-Type-Options"] = "nosniff"
    response.headers["Content-Security-Policy"] = "default-src 'none'; sandbox"
    return response


@router.get("/envios/{submission_id}/{kind}/{sha256}.jpg")
async def picture(request: Request, submission_id: str, kind: str, sha256: str) -> Response:
    """A photo's thumbnail (``miniatura``) or browser view (``vista``)."""
    member, sid = await _load(request, submission_id)
    if member is None:
        return Response(status_code=401)
    if kind not in ("miniatura", "vista") or sid is None or not _SHA.fullmatch(sha256):
        return Response(status_code=404)
    server = server_of(request)
    try:
        await run_in_threadpool(server.evidence_of, sid, sha256)
    except ApiError:
        return Response(status_code=404)
    data = await run_in_threadpool(
        server.thumbnail, sha256, "thumb" if kind == "miniatura" else "view"
    )
    if data is None:
        return Response(status_code=404)
    return Response(
        data,
        media_type="image/jpeg",
        headers={"Cache-Control": "private, max-age=86400", "X-Content-Type-Options": "nosniff"},
    )


@router.get("/envios/{submission_id}/foto/{sha256}")
async def photo_page(request: Request, submission_id: str, sha256: str) -> Response:
    got = await _read(request, submission_id, lambda server, sid: server.submission_photos(sid))
    if isinstance(got, Response):
        return got
    member, data = got
    photos = data["photos"]
    at = next((i for i, e in enumerate(photos) if e["sha256"] == sha256), None)
    if at is None:
        return error_page(request, 404, "Foto no encontrada", "Esa foto no es de este envío.")
    return page(
        request,
        "photo.html",
        member=member,
        d=data,
        sub=data["submission"],
        labels=data["labels"],
        photo=photos[at],
        number=at + 1,
        total=len(photos),
        before=photos[at - 1] if at > 0 else None,
        after=photos[at + 1] if at + 1 < len(photos) else None,
    )


@router.post("/envios/{submission_id}/tomar")
async def take(request: Request, submission_id: str) -> Response:
    got = await _reviewer(request, submission_id)
    if isinstance(got, Response):
        return got
    member, sid = got
    server = server_of(request)
    try:
        form = await form_of(request)
        server.check_csrf(member, form.get("csrf"))
        done = await run_in_threadpool(
            lambda: server.take_submission(
                member,
                sid,
                address=client_address(request),
                holder=_holder(form.get("holder", "")),
            )
        )
    except ApiError as exc:
        return await _render(request, member, sid, status=exc.status, error=exc.message)
    # to the submission's own address (reloading it takes nothing again); who had it
    # before is in the activity log, not in a URL anyone could write
    taken = "tomado_de_otro" if done.get("from") else "tomado"
    return secure_headers(redirect(f"/envios/{sid}?hecho={taken}"), request)


@router.post("/envios/{submission_id}/decision")
async def decide(request: Request, submission_id: str) -> Response:
    got = await _reviewer(request, submission_id)
    if isinstance(got, Response):
        return got
    member, sid = got
    server = server_of(request)
    form: dict[str, str] = {}
    try:
        form = await form_of(request, max_fields=5000)  # the guard bounds its bytes
        server.check_csrf(member, form.get("csrf"))
        comments = []
        for key, text in form.items():
            match = _COMMENT_FIELD.fullmatch(key)
            if match and text.strip():
                item = None if match.group(2) == "-" else int(match.group(2))
                comments.append({"question": match.group(1), "item": item, "text": text})
        seen = form.get("seen", "")
        if not re.fullmatch(r"[0-9]{1,18}", seen):
            raise ApiError("bad_request", "El formulario caducó; recargue la página.")
        done = await run_in_threadpool(
            lambda: server.decide(
                member,
                sid,
                form.get("decision", ""),
                form.get("comment", ""),
                comments,
                seen=int(seen),
                address=client_address(request),
                holder=_holder(form.get("holder", "")),
            )
        )
    except ApiError as exc:
        draft = {k: v for k, v in form.items() if k == "comment" or k.startswith("c:")}
        return await _render(
            request, member, sid, status=exc.status, error=exc.message, draft=draft
        )
    what = "validado" if done["review"] == "approved" else "devuelto"
    return secure_headers(redirect(f"/envios/{sid}?hecho={what}"), request)
