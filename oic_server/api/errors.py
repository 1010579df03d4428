"""How the API answers what went wrong: every refusal as ``{"error": {"code", "message",
…}}`` with a stable code (docs/protocol.md), validation problems in Spanish with the
field, an unexpected failure as a logged 500 without internals."""

import logging
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from starlette.exceptions import HTTPException as StarletteHTTPException

from oic_server.blobstores import s3_errors
from oic_server.console.common import error_page
from oic_server.errors import ApiError
from oic_server.guard import BodyRefused, json_error

__all__ = ["install_error_handlers"]

log = logging.getLogger("oic_server.api")

_PROBLEMS = {
    "missing": "falta",
    "extra_forbidden": "no es un campo de este mensaje",
    "string_type": "debe ser texto",
    "int_type": "debe ser un número entero",
    "int_parsing": "debe ser un número entero",
    "int_from_float": "debe ser un número entero",
    "bool_type": "debe ser true o false",
    "list_type": "debe ser una lista",
    "dict_type": "debe ser un objeto JSON",
    "model_type": "debe ser un objeto JSON",
    "model_attributes_type": "debe ser un objeto JSON",
    "string_pattern_mismatch": "no tiene el formato esperado",
    "string_too_long": "es demasiado largo",
    "string_too_short": "no puede estar vacío",
    "too_short": "tiene muy pocos elementos",
    "too_long": "tiene demasiados elementos",
    "greater_than_equal": "es demasiado pequeño",
    "less_than_equal": "es demasiado grande",
    "literal_error": "no es un valor permitido",
    "json_invalid": "no es JSON válido",
    "json_type": "no es JSON válido",
    "value_error": "no es válido",
}


def _field(loc: tuple[Any, ...]) -> str:
    parts = list(loc)
    where = {"body": "", "path": "dirección: ", "query": "parámetro: ", "header": "encabezado: "}
    prefix = where.get(str(parts[0]), "") if parts else ""
    if parts and str(parts[0]) in where:
        parts = parts[1:]
    text = ""
    for p in parts:
        text += f"[{p}]" if isinstance(p, int) else (f".{p}" if text else str(p))
    return prefix + (text or "cuerpo")


def _validation_error(exc: RequestValidationError) -> ApiError:
    problems = []
    for err in exc.errors()[:10]:
        kind = err.get("type", "")
        if kind == "json_invalid":
            return ApiError("bad_request", "El cuerpo de la solicitud no es JSON válido.")
        ctx = err.get("ctx") or {}
        what = _PROBLEMS.get(kind, "no es válido")
        if kind == "literal_error" and "expected" in ctx:
            what += f" (se espera {ctx['expected']})"
        if kind in ("greater_than_equal", "less_than_equal"):
            bound = ctx.get("ge", ctx.get("le"))
            what += f" (límite {bound})"
        if kind == "value_error" and isinstance(ctx.get("error"), ValueError):
            what = str(ctx["error"])
        problems.append({"field": _field(tuple(err.get("loc", ()))), "problem": what})
    summary = "; ".join(f"{p['field']}: {p['problem']}" for p in problems[:3])
    return ApiError(
        "bad_request",
        f"Solicitud no válida — {summary}." if summary else "Solicitud no válida.",
        problems=problems,
    )


def _is_console(request: Request) -> bool:
    """Whether an error answers a person (a page) rather than a laptop (JSON)."""
    path = request.url.path
    return not (path == "/api" or path.startswith("/api/"))


def install_error_handlers(app: FastAPI) -> None:
    @app.exception_handler(ApiError)
    async def _api_error(request: Request, exc: ApiError) -> Response:
        if _is_console(request):
            return error_page(request, exc.status, "No se pudo", exc.message)
        return json_error(exc)

    @app.exception_handler(RequestValidationError)
    async def _invalid(_: Request, exc: RequestValidationError) -> JSONResponse:
        return json_error(_validation_error(exc))

    @app.exception_handler(RecursionError)
    async def _too_deep(_: Request, __: RecursionError) -> JSONResponse:
        return json_error(ApiError("bad_request", "El JSON está anidado demasiado profundo."))

    @app.exception_handler(StarletteHTTPException)
    async def _http_error(request: Request, exc: StarletteHTTPException) -> Response:
        if _is_console(request) and exc.status_code == 404:
            return error_page(
                request, 404, "No existe esa página", "La dirección no es de la consola del OIC."
            )
        if _is_console(request) and not isinstance(exc, BodyRefused):
            return error_page(
                request,
                exc.status_code,
                "No se pudo",
                "Esa página no admite esta operación; vuelva al inicio."
                if exc.status_code == 405
                else "La solicitud no es válida; recargue la página.",
            )
        if isinstance(exc, BodyRefused):
            error = exc.error
        elif exc.status_code == 404:
            error = ApiError("not_found", "No existe esa dirección en la API del servidor.")
        elif exc.status_code == 405:
            error = ApiError(
                "method_not_allowed",
                "Esa dirección no admite este método.",
                headers=dict(exc.headers or {}),
            )
        elif exc.status_code == 413:
            error = ApiError("too_large", "La solicitud es demasiado grande.")
        else:
            error = ApiError("bad_request", "Solicitud no válida.")
        return json_error(error)

    @app.exception_handler(OSError)
    async def _disk(request: Request, exc: OSError) -> Response:
        log.error("storage error", exc_info=exc)
        return _unavailable(
            request,
            ApiError(
                "unavailable",
                "El servidor no pudo guardar o leer un archivo en este momento; intente más tarde.",
            ),
        )

    async def _object_store(request: Request, exc: Exception) -> Response:
        if not s3_errors.passes(exc):  # a bug, or a setting (keys, bucket): 500
            return _internal_error(request, exc)
        # S3 unreachable, busy, or refusing a body that did not arrive whole (BadDigest):
        # the store failed for now, not the request; nothing of the chunk was kept
        log.error("object store error (%s)", s3_errors.name(exc), exc_info=exc)
        return _unavailable(
            request,
            ApiError(
                "unavailable",
                "El almacén de archivos del servidor (S3) falló o no respondió; el error quedó "
                "registrado para el OIC. Intente de nuevo en unos minutos.",
                headers={"Retry-After": "10"},
            ),
        )

    for store_error in s3_errors.ERRORS:
        app.add_exception_handler(store_error, _object_store)

    @app.exception_handler(Exception)
    async def _internal(request: Request, exc: Exception) -> Response:
        return _internal_error(request, exc)


def _unavailable(request: Request, error: ApiError) -> Response:
    """A storage failure that passes: a page for the console, JSON for a laptop."""
    if _is_console(request):
        return error_page(request, error.status, "No disponible", error.message)
    return json_error(error)


def _internal_error(request: Request, exc: Exception) -> Response:
    log.error("internal error", exc_info=exc)
    if _is_console(request):
        return error_page(
            request,
            500,
            "Error interno",
            "Algo falló en el servidor; el error quedó registrado para el OIC. Intente de "
            "nuevo más tarde.",
        )
    return JSONResponse(
        {
            "error": {
                "code": "internal",
                "message": "Error interno del servidor; el OIC lo revisará. Intente más tarde.",
            }
        },
        status_code=500,
    )
