"""What the routes share: the server, the caller behind a token, path types, error docs."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import Depends, Path, Request, Security
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from starlette.concurrency import run_in_threadpool

from oic_server.errors import ApiError
from oic_server.guard import CALLER_KEY
from oic_server.models import SHA256_PATTERN, UUID_PATTERN, ErrorResponse
from oic_server.service import Caller, OICServer

__all__ = [
    "BlobHash",
    "Me",
    "MeEvenRevoked",
    "Server",
    "SubmissionId",
    "client_address",
    "errors",
]

bearer = HTTPBearer(auto_error=False, description="token de `POST /api/v1/auth/login`")
Credentials = Annotated[HTTPAuthorizationCredentials | None, Security(bearer)]


# The dependencies are ``async`` so that they run on the event loop: FastAPI runs a
# ``def`` dependency on a worker thread, a hop (and under load a wait for a free thread,
# oic_server.api.workers) only to read app.state. What blocks (a token looked up in the
# database) still goes to a thread.


def server_of(request: Request) -> OICServer:
    server = request.app.state.server
    if server is None:  # only the OpenAPI generator builds an app without one
        raise ApiError("unavailable", "El servidor no está configurado.")
    return server


async def the_server(request: Request) -> OICServer:
    return server_of(request)


Server = Annotated[OICServer, Depends(the_server)]


async def caller(request: Request, _: Credentials) -> Caller:
    found = request.scope.get("state", {}).get(CALLER_KEY)  # checked before the body
    if found is not None:
        return found
    header = request.headers.get("authorization")
    return await run_in_threadpool(server_of(request).authenticate, header)


async def caller_for_logout(request: Request, _: Credentials) -> Caller:
    header = request.headers.get("authorization")
    return await run_in_threadpool(server_of(request).authenticate, header, allow_revoked=True)


Me = Annotated[Caller, Depends(caller)]
MeEvenRevoked = Annotated[Caller, Depends(caller_for_logout)]
SubmissionId = Annotated[str, Path(pattern=UUID_PATTERN, description="UUID chosen by the client")]
BlobHash = Annotated[str, Path(pattern=SHA256_PATTERN, description="SHA-256, lowercase hex")]


def errors(*statuses: int) -> dict[int | str, dict[str, Any]]:
    """The error answers a route documents (all ``ErrorResponse``)."""
    return {status: {"model": ErrorResponse} for status in statuses}


def client_address(request: Request) -> str:
    """The client's address, for the login rate limit (the proxy's X-Forwarded-For when
    serve trusts it)."""
    return request.client.host if request.client else "desconocida"
