"""Protocol v1 over HTTP: the FastAPI application (docs/protocol.md).

Thin: every route authenticates, parses, and calls :class:`OICServer`. What a
request may send, and who may send a body at all, is decided before the routes
by :mod:`oic_server.guard`; every refusal is ``{"error": {"code", "message", …}}``
with a stable code; an unexpected failure is a logged 500 without internals.
"""

import asyncio
import logging
import re
from typing import Annotated, Any

from fastapi import Depends, FastAPI, Path, Query, Request, Response, Security
from fastapi.exceptions import RequestValidationError
from fastapi.openapi.utils import get_openapi
from fastapi.responses import JSONResponse
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from starlette.concurrency import run_in_threadpool
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.requests import ClientDisconnect

from oic_server import __version__
from oic_server.config import Limits
from oic_server.errors import ApiError
from oic_server.guard import API_PREFIX, CALLER_KEY, DIGITS, BodyRefused, RequestGuard, json_error
from oic_server.models import (
    FORM_ID_PATTERN,
    SHA256_PATTERN,
    UUID_PATTERN,
    CommitResponse,
    EnrollRequest,
    EnrollResponse,
    ErrorResponse,
    FormList,
    LoginRequest,
    LoginResponse,
    Manifest,
    Meta,
    PasswordChangeRequest,
    ReviewList,
    SubmissionInfo,
    SubmissionList,
    SubmissionState,
)
from oic_server.service import Caller, OICServer
from oic_server.throttle import Attempt

__all__ = ["API_PREFIX", "create_app", "openapi_document"]

log = logging.getLogger("oic_server.api")
_CURSOR = re.compile(r"0|[1-9][0-9]{0,18}")


def _errors(*statuses: int) -> dict[int | str, dict[str, Any]]:
    return {status: {"model": ErrorResponse} for status in statuses}


# ------------------------------------------------------------------ error bodies

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


async def _wait_out(seconds: float) -> None:
    """A login throttle's wait (its own name, so tests can see it)."""
    await asyncio.sleep(seconds)


def _address(request: Request) -> str:
    """The client's address, for the login rate limit (the proxy's X-Forwarded-For when
    serve trusts it)."""
    return request.client.host if request.client else "desconocida"


# ------------------------------------------------------------------ the app


def create_app(server: OICServer | None = None) -> FastAPI:
    """The application. ``server`` may be None only to produce the OpenAPI document."""
    app = FastAPI(
        title="Servidor OIC — protocolo v1 de Observador",
        version=__version__,
        description=(
            "Recibe los envíos de los observadores ciudadanos, los verifica y emite "
            "constancias firmadas. Contrato: docs/protocol.md."
        ),
        docs_url=None,
        redoc_url=None,
        openapi_url=f"{API_PREFIX}/openapi.json",
    )
    app.state.server = server
    app.add_middleware(
        RequestGuard,
        limits=lambda: server.limits if server else Limits(),
        authenticate=server.authenticate if server else None,
    )
    bearer = HTTPBearer(auto_error=False, description="token de `POST /api/v1/auth/login`")

    def the_server() -> OICServer:
        if server is None:  # only the OpenAPI generator builds an app without one
            raise ApiError("unavailable", "El servidor no está configurado.")
        return server

    Credentials = Annotated[HTTPAuthorizationCredentials | None, Security(bearer)]

    def caller(request: Request, _: Credentials) -> Caller:
        found = request.scope.get("state", {}).get(CALLER_KEY)  # checked before the body
        if found is not None:
            return found
        return the_server().authenticate(request.headers.get("authorization"))

    def caller_for_logout(request: Request, _: Credentials) -> Caller:
        return the_server().authenticate(request.headers.get("authorization"), allow_revoked=True)

    Me = Annotated[Caller, Depends(caller)]
    SubmissionId = Annotated[
        str, Path(pattern=UUID_PATTERN, description="UUID chosen by the client")
    ]
    BlobHash = Annotated[str, Path(pattern=SHA256_PATTERN, description="SHA-256, lowercase hex")]

    # --------------------------------------------------------- errors

    @app.exception_handler(ApiError)
    async def _api_error(_: Request, exc: ApiError) -> JSONResponse:
        return json_error(exc)

    @app.exception_handler(RequestValidationError)
    async def _invalid(_: Request, exc: RequestValidationError) -> JSONResponse:
        return json_error(_validation_error(exc))

    @app.exception_handler(RecursionError)
    async def _too_deep(_: Request, __: RecursionError) -> JSONResponse:
        return json_error(ApiError("bad_request", "El JSON está anidado demasiado profundo."))

    @app.exception_handler(StarletteHTTPException)
    async def _http_error(_: Request, exc: StarletteHTTPException) -> JSONResponse:
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
    async def _disk(_: Request, exc: OSError) -> JSONResponse:
        log.error("storage error", exc_info=exc)
        return json_error(
            ApiError(
                "unavailable",
                "El servidor no pudo guardar o leer un archivo en este momento; intente más tarde.",
            )
        )

    @app.exception_handler(Exception)
    async def _internal(_: Request, exc: Exception) -> JSONResponse:
        log.error("internal error", exc_info=exc)
        return JSONResponse(
            {
                "error": {
                    "code": "internal",
                    "message": "Error interno del servidor; el OIC lo revisará. Intente más tarde.",
                }
            },
            status_code=500,
        )

    async def _counted(code: str, request: Request) -> Attempt:
        """Count the attempt (429 at once for an address over a limit), then wait, without
        holding a worker thread, as long as ``code`` is under attack."""
        attempt = await run_in_threadpool(the_server().start_login, code, _address(request))
        if attempt.delay > 0:
            await _wait_out(attempt.delay)
        return attempt

    # --------------------------------------------------------- routes

    @app.get(f"{API_PREFIX}/meta", response_model=Meta, tags=["meta"])
    def meta() -> dict[str, Any]:
        """Protocol range, limits, server time, the CA certificate and the receipt key."""
        return the_server().meta()

    @app.post(
        f"{API_PREFIX}/auth/login",
        response_model=LoginResponse,
        responses=_errors(400, 401, 403, 413, 429),
        tags=["auth"],
    )
    async def login(body: LoginRequest, request: Request) -> dict[str, Any]:
        """Observer code + password → a device token (rate limited per address and per
        code from one address; answers for a code under attack come slower)."""
        attempt = await _counted(body.code, request)
        return await run_in_threadpool(
            the_server().login,
            code=body.code,
            password=body.password,
            device=body.device,
            address=_address(request),
            attempt=attempt,
        )

    @app.post(
        f"{API_PREFIX}/auth/password",
        response_model=LoginResponse,
        responses=_errors(400, 401, 403, 413, 429),
        tags=["auth"],
    )
    async def change_password(body: PasswordChangeRequest, request: Request) -> dict[str, Any]:
        """Code + current password + a new password of the observer's choosing → a device
        token. The only way in with a one-time password (``password_change_required``);
        closes the observer's other sessions."""
        attempt = await _counted(body.code, request)
        return await run_in_threadpool(
            the_server().change_password,
            attempt=attempt,
            code=body.code,
            password=body.password,
            new_password=body.new_password,
            device=body.device,
            address=_address(request),
        )

    @app.post(
        f"{API_PREFIX}/auth/logout",
        status_code=204,
        responses=_errors(401, 403),
        tags=["auth"],
    )
    def logout(me: Annotated[Caller, Depends(caller_for_logout)]) -> Response:
        """Revoke the calling token (again: still 204)."""
        the_server().logout(me)
        return Response(status_code=204)

    @app.post(
        f"{API_PREFIX}/enroll",
        response_model=EnrollResponse,
        responses=_errors(400, 401, 403, 413),
        tags=["auth"],
    )
    def enroll(body: EnrollRequest, me: Me) -> dict[str, Any]:
        """A certificate from the OIC CA for the observer's P-256 signing key."""
        return the_server().enroll(me, body.csr)

    @app.get(
        f"{API_PREFIX}/forms",
        response_model=FormList,
        responses=_errors(401, 403),
        tags=["forms"],
    )
    def forms(me: Me) -> dict[str, Any]:
        """The checklists this server distributes."""
        return the_server().forms_list()

    @app.get(
        f"{API_PREFIX}/forms/{{form_id}}/{{version}}",
        responses={200: {"content": {"application/yaml": {}}}} | _errors(400, 401, 403, 404),
        response_class=Response,
        tags=["forms"],
    )
    def form(
        form_id: Annotated[str, Path(pattern=FORM_ID_PATTERN)],
        version: Annotated[int, Path(ge=1, le=1_000_000)],
        me: Me,
    ) -> Response:
        """One checklist: its YAML text, SHA-256 as listed."""
        data, digest = the_server().form(form_id, version)
        return Response(
            data,
            media_type="application/yaml; charset=utf-8",
            headers={"ETag": f'"{digest}"'},
        )

    @app.put(
        f"{API_PREFIX}/submissions/{{submission_id}}",
        response_model=SubmissionState,
        responses={201: {"model": SubmissionState}} | _errors(400, 401, 403, 409, 413, 422),
        tags=["submissions"],
    )
    def put_submission(submission_id: SubmissionId, body: Manifest, me: Me) -> JSONResponse:
        """Declare a submission by its manifest; answers which blobs are missing."""
        created, state = the_server().put_submission(me, submission_id, body)
        return JSONResponse(state, status_code=201 if created else 200)

    @app.get(
        f"{API_PREFIX}/submissions",
        response_model=SubmissionList,
        responses=_errors(401, 403),
        tags=["submissions"],
    )
    def list_submissions(me: Me) -> dict[str, Any]:
        """The caller's own submissions with their review state."""
        return the_server().list_submissions(me)

    @app.get(
        f"{API_PREFIX}/submissions/{{submission_id}}",
        response_model=SubmissionInfo,
        responses=_errors(400, 401, 403, 404),
        tags=["submissions"],
    )
    def get_submission(submission_id: SubmissionId, me: Me) -> dict[str, Any]:
        """One of the caller's submissions."""
        return the_server().get_submission(me, submission_id)

    @app.post(
        f"{API_PREFIX}/submissions/{{submission_id}}/commit",
        response_model=CommitResponse,
        responses=_errors(400, 401, 403, 404, 409, 422),
        tags=["submissions"],
    )
    def commit(submission_id: SubmissionId, me: Me) -> dict[str, Any]:
        """Check everything and answer with the server's signed receipt (same one again)."""
        return the_server().commit(me, submission_id)

    def _blob_headers(status: dict[str, Any]) -> dict[str, str]:
        return {
            "Upload-Offset": str(status["offset"]),
            "Upload-Length": str(status["length"]),
            "Blob-Complete": "true" if status["complete"] else "false",
        }

    @app.head(
        f"{API_PREFIX}/blobs/{{sha256}}",
        responses={
            200: {
                "description": "headers Upload-Offset, Upload-Length, Blob-Complete",
                "headers": {
                    "Upload-Offset": {"schema": {"type": "integer"}},
                    "Upload-Length": {"schema": {"type": "integer"}},
                    "Blob-Complete": {"schema": {"type": "string", "enum": ["true", "false"]}},
                },
            }
        }
        | _errors(400, 401, 403, 404),
        response_class=Response,
        tags=["blobs"],
    )
    def blob_status(sha256: BlobHash, me: Me) -> Response:
        """How many bytes of one of the caller's blobs the server holds."""
        return Response(
            status_code=200, headers=_blob_headers(the_server().blob_status(me, sha256))
        )

    @app.patch(
        f"{API_PREFIX}/blobs/{{sha256}}",
        status_code=204,
        responses={
            204: {
                "description": "chunk stored; headers Upload-Offset and Blob-Complete",
                "headers": {
                    "Upload-Offset": {"schema": {"type": "integer"}},
                    "Blob-Complete": {"schema": {"type": "string", "enum": ["true", "false"]}},
                },
            }
        }
        | _errors(400, 401, 403, 404, 409, 413, 422),
        response_class=Response,
        tags=["blobs"],
        openapi_extra={
            "parameters": [
                {
                    "name": "Upload-Offset",
                    "in": "header",
                    "required": True,
                    "schema": {"type": "integer", "minimum": 0},
                }
            ],
            "requestBody": {
                "required": True,
                "content": {
                    "application/offset+octet-stream": {
                        "schema": {"type": "string", "format": "binary"}
                    }
                },
            },
        },
    )
    async def patch_blob(sha256: BlobHash, request: Request, me: Me) -> Response:
        """Append a chunk at Upload-Offset; the hash is checked when the blob is complete."""
        raw_offset = request.headers.get("upload-offset", "")
        if not DIGITS.fullmatch(raw_offset):
            raise ApiError(
                "bad_request",
                "Falta el encabezado Upload-Offset o no es un número entero no negativo.",
            )
        content_type = request.headers.get("content-type", "").split(";")[0].strip().lower()
        if content_type != "application/offset+octet-stream":
            raise ApiError(
                "bad_request",
                "El fragmento se envía con Content-Type: application/offset+octet-stream.",
            )
        # the upload must exist before its bytes are read (a chunk is up to chunk_bytes)
        await run_in_threadpool(the_server().blob_status, me, sha256)
        try:
            data = await request.body()
        except ClientDisconnect:  # the chunk never arrived whole: nothing is written
            return Response(status_code=400)
        status = await run_in_threadpool(the_server().patch_blob, me, sha256, int(raw_offset), data)
        headers = _blob_headers(status)
        return Response(status_code=204, headers=headers)

    @app.get(
        f"{API_PREFIX}/reviews",
        response_model=ReviewList,
        responses=_errors(400, 401, 403),
        tags=["submissions"],
    )
    def reviews(
        me: Me,
        request: Request,
        since: Annotated[
            int, Query(ge=0, le=2**62, description="cursor: 0 at first, then the last answer's")
        ] = 0,
    ) -> dict[str, Any]:
        """Review changes of the caller's submissions after ``since`` (0 at first). Cursors
        count the caller's own review events only."""
        given = request.query_params.getlist("since")
        if len(given) > 1 or (given and not _CURSOR.fullmatch(given[0])):
            raise ApiError(
                "bad_request",
                "El parámetro since va una sola vez y es un número entero sin signo ni "
                "decimales (0 la primera vez).",
            )
        return the_server().reviews(me, since)

    def custom_openapi() -> dict[str, Any]:
        if app.openapi_schema is None:
            app.openapi_schema = _clean_openapi(
                get_openapi(
                    title=app.title,
                    version=app.version,
                    description=app.description,
                    routes=app.routes,
                )
            )
        return app.openapi_schema

    app.openapi = custom_openapi  # type: ignore[method-assign]
    return app


_ERROR_CONTENT = {"application/json": {"schema": {"$ref": "#/components/schemas/ErrorResponse"}}}
# answers any route may give whatever its body (docs/server.md, "Limits")
_ANY_ROUTE = {"503": "Service Unavailable (base de datos o disco no disponibles)"}
_WITH_BODY = {
    "400": "Bad Request",
    "408": "Request Timeout (el cuerpo dejó de llegar)",
    "413": "Content Too Large (cuerpo o JSON demasiado grandes)",
}
_WITH_SESSION = {"401": "Unauthorized"}


def _clean_openapi(doc: dict[str, Any]) -> dict[str, Any]:
    """FastAPI documents its own 422 for validation; this server answers 400 bad_request.
    Every refusal the guard or the server can give a route is documented on it."""
    for path in doc.get("paths", {}).values():
        for operation in path.values():
            responses = operation.get("responses", {})
            if "422" in responses and "HTTPValidationError" in str(responses["422"]):
                del responses["422"]
                responses.setdefault("400", {"description": "Bad Request"})
            extra = dict(_ANY_ROUTE)
            if "requestBody" in operation:
                extra |= _WITH_BODY
            if operation.get("security"):
                extra |= _WITH_SESSION
            for status, description in extra.items():
                responses.setdefault(status, {"description": description})
            for status, response in responses.items():
                if status[0] in "45" and "content" not in response:
                    response["content"] = _ERROR_CONTENT
    schemas = doc.get("components", {}).get("schemas", {})
    schemas.pop("HTTPValidationError", None)
    schemas.pop("ValidationError", None)
    doc["info"]["x-protocol"] = {"min": 1, "max": 1}
    return doc


def openapi_document() -> dict[str, Any]:
    """The OpenAPI document of the app (what docs/openapi.json holds)."""
    return create_app(None).openapi()
