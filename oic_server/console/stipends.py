"""Stipends and hours (issue 17): for a period, per observer, the validated sessions,
their hours and amount, with CSV and XLSX downloads for the payroll office; and the
rates (the UMA's value, UMAs per session) with their dates of validity, which a
coordinador sets. Every staff member reads them."""

from __future__ import annotations

import datetime as _dt
from typing import Any
from urllib.parse import urlencode

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
    server_of,
    to_login,
)
from oic_server.console.exports import _download
from oic_server.errors import ApiError
from oic_server.exports import csv_stream, file_chunks, xlsx_file
from oic_server.usecases.sessions import oic_today
from oic_server.usecases.staff import StaffMember, role_at_least
from oic_server.usecases.stipends import RATE_KINDS, STIPEND_COLUMNS, Period

__all__ = ["RATE_SETTER", "router"]

router = APIRouter(include_in_schema=False)
RATE_SETTER = "coordinador"


def _last_month() -> tuple[str, str]:
    """The period the page opens on: the last whole month at the OIC (what the payroll
    office pays), not the month under way, whose sessions are still being decided."""
    first_of_this = _dt.date.fromisoformat(oic_today()).replace(day=1)
    last = first_of_this - _dt.timedelta(days=1)
    return last.replace(day=1).isoformat(), last.isoformat()


@router.get("/estipendios")
async def stipends_page(request: Request) -> Response:
    member = await member_of(request)
    if member is None:
        return to_login(request)
    server = server_of(request)
    params = dict(request.query_params)
    start, end = _last_month()
    desde, hasta = params.get("desde") or start, params.get("hasta") or end
    context: dict[str, Any] = {"desde": desde, "hasta": hasta}
    status = 200
    try:
        period = Period.parse(desde, hasta)
        result = await run_in_threadpool(server.stipends, period)
        context["result"] = result
        context["query"] = urlencode({"desde": period.desde, "hasta": period.hasta})
    except ApiError as exc:
        context["error"], status = exc.message, exc.status
    return page(request, "stipends.html", member=member, status=status, **context)


@router.get("/estipendios.{kind}")
async def stipends_export(request: Request, kind: str) -> Response:
    member = await member_of(request)
    if member is None:
        return to_login(request)
    if kind not in ("csv", "xlsx"):
        return error_page(request, 404, "Exportación desconocida", "No existe esa exportación.")
    server = server_of(request)
    params = dict(request.query_params)
    try:
        period = Period.parse(params.get("desde", ""), params.get("hasta", ""))
    except ApiError as exc:
        return error_page(request, exc.status, "Periodo no válido", exc.message)
    rows = await run_in_threadpool(lambda: server.stipend_rows(period, as_text=kind == "csv"))
    await run_in_threadpool(
        server.record_activity,
        member,
        "export",
        target=f"estipendios.{kind}",
        detail=f"{period.desde}..{period.hasta}",
        address=client_address(request),
    )
    name = f"estipendios-{period.desde}-{period.hasta}.{kind}"
    if kind == "csv":
        return _download(csv_stream(STIPEND_COLUMNS, rows), kind, name)
    handle = await run_in_threadpool(lambda: xlsx_file(STIPEND_COLUMNS, rows, title="Estipendios"))
    return _download(file_chunks(handle), kind, name)


async def _rates(
    request: Request, member: StaffMember, *, status: int = 200, **context: Any
) -> Response:
    listing = await run_in_threadpool(server_of(request).list_rates, oic_today())
    return page(
        request,
        "rates.html",
        member=member,
        status=status,
        listing=listing,
        kinds=RATE_KINDS,
        may_set=role_at_least(member.role, RATE_SETTER),
        today=oic_today(),
        **context,
    )


@router.get("/tarifas")
async def rates_page(request: Request) -> Response:
    member = await member_of(request)
    if member is None:
        return to_login(request)
    return await _rates(request, member)


@router.post("/tarifas")
async def rates_set(request: Request) -> Response:
    member = await member_at_least(request, RATE_SETTER)
    if isinstance(member, Response):
        return member
    server = server_of(request)
    try:
        form = await form_of(request)
        server.check_csrf(member, form.get("csrf"))
        await run_in_threadpool(
            lambda: server.set_rate(
                form.get("kind", ""),
                form.get("value", ""),
                form.get("valid_from", ""),
                member,
                address=client_address(request),
            )
        )
    except ApiError as exc:
        return await _rates(request, member, status=exc.status, error=exc.message)
    return await _rates(request, member, notice="Tarifa guardada.")
