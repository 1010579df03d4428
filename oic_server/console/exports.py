"""Downloads: the filtered inbox and its findings (CSV, XLSX) and one submission's
evidence (ZIP), all streamed; each export is a row of the activity log."""

from __future__ import annotations

import datetime as _dt
import re
from urllib.parse import urlencode

from fastapi import APIRouter, Request
from fastapi.responses import Response, StreamingResponse
from starlette.concurrency import run_in_threadpool

from oic_server.console.common import client_address, error_page, member_of, server_of, to_login
from oic_server.errors import ApiError
from oic_server.exports import (
    FINDING_COLUMNS,
    SUBMISSION_COLUMNS,
    csv_stream,
    file_chunks,
    xlsx_file,
    zip_stream,
)
from oic_server.usecases.inbox import InboxFilter

router = APIRouter(include_in_schema=False)
_ID = re.compile(r"[0-9a-fA-F-]{8,64}")
_TYPES = {
    "csv": "text/csv; charset=utf-8",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
}


def _download(body, kind: str, name: str) -> StreamingResponse:
    response = StreamingResponse(body, media_type=_TYPES.get(kind, "application/zip"))
    response.headers["Content-Disposition"] = f'attachment; filename="{name}"'
    response.headers["X-Content-Type-Options"] = "nosniff"
    return response


@router.get("/exportar/{what}.{kind}")
async def export(request: Request, what: str, kind: str) -> Response:
    member = await member_of(request)
    if member is None:
        return to_login(request)
    if what not in ("envios", "hallazgos") or kind not in _TYPES:
        return error_page(request, 404, "Exportación desconocida", "No existe esa exportación.")
    server = server_of(request)
    try:
        f = InboxFilter.parse(dict(request.query_params))
    except ApiError as exc:
        return error_page(request, exc.status, "Filtro no válido", exc.message)
    rows = server.export_submissions(f) if what == "envios" else server.export_findings(f)
    columns = SUBMISSION_COLUMNS if what == "envios" else FINDING_COLUMNS
    await run_in_threadpool(
        server.record_activity,
        member,
        "export",
        target=f"{what}.{kind}",
        detail=urlencode(f.first_page().query()),
        address=client_address(request),
    )
    stamp = _dt.datetime.now(_dt.UTC).strftime("%Y%m%d-%H%M")
    name = f"{what}-{stamp}.{kind}"
    if kind == "csv":
        return _download(csv_stream(columns, rows), kind, name)
    title = "Envíos" if what == "envios" else "Hallazgos"
    handle = await run_in_threadpool(lambda: xlsx_file(columns, rows, title=title))
    return _download(file_chunks(handle), kind, name)


@router.get("/envios/{submission_id}/evidencia.zip")
async def evidence_zip(request: Request, submission_id: str) -> Response:
    member = await member_of(request)
    if member is None:
        return to_login(request)
    server = server_of(request)
    try:
        if not _ID.fullmatch(submission_id):
            raise ApiError("not_found", "No existe ese envío.")
        sub = await run_in_threadpool(server.submission_files, submission_id)
    except ApiError as exc:
        return error_page(request, exc.status, "Envío no encontrado", exc.message)
    files, used = [], set()
    for original_name, sha256 in sub["evidence"]:
        base = re.sub(r'[\x00-\x1f\x7f"\\/:*?<>|]+', "_", original_name).strip(" .")
        name = f"{sha256[:8]}-{base or 'archivo'}"[:180]
        if name not in used:
            used.add(name)
            files.append((name, sha256))
    files.append((f"informe-v{sub['audit_version']}.pdf", sub["report_sha256"]))
    files.append((f"auditoria-v{sub['audit_version']}.json", sub["audit_sha256"]))
    await run_in_threadpool(
        server.record_activity,
        member,
        "export",
        target=submission_id,
        detail="evidencia.zip",
        address=client_address(request),
    )
    label = sub["procedure_number"] or sub["audit_id"][:8]
    label = re.sub(r"[^A-Za-z0-9._-]+", "_", label)[:60]
    return _download(zip_stream(files, server.store.open), "zip", f"evidencia-{label}.zip")
