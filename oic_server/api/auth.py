"""``/auth``: a device token for a code and password (throttled), its revocation."""

import asyncio
from typing import Any

from fastapi import APIRouter, Request, Response
from starlette.concurrency import run_in_threadpool

from oic_server.api.deps import MeEvenRevoked, Server, client_address, errors
from oic_server.models import LoginRequest, LoginResponse, PasswordChangeRequest
from oic_server.service import OICServer
from oic_server.throttle import Attempt

router = APIRouter(prefix="/auth", tags=["auth"])


async def wait_out(seconds: float) -> None:
    """A login throttle's wait (its own name, so tests can see it)."""
    await asyncio.sleep(seconds)


async def _counted(server: OICServer, code: str, request: Request) -> Attempt:
    """Count the attempt (429 at once for an address over a limit), then wait, without
    holding a worker thread, as long as ``code`` is under attack."""
    attempt = await run_in_threadpool(server.start_login, code, client_address(request))
    if attempt.delay > 0:
        await wait_out(attempt.delay)
    return attempt


@router.post(
    "/login",
    response_model=LoginResponse,
    responses=errors(400, 401, 403, 413, 429),
)
async def login(body: LoginRequest, request: Request, server: Server) -> dict[str, Any]:
    """Observer code + password → a device token (rate limited per address and per
    code from one address; answers for a code under attack come slower)."""
    attempt = await _counted(server, body.code, request)
    return await run_in_threadpool(
        server.login,
        code=body.code,
        password=body.password,
        device=body.device,
        address=client_address(request),
        attempt=attempt,
    )


@router.post(
    "/password",
    response_model=LoginResponse,
    responses=errors(400, 401, 403, 413, 429),
)
async def change_password(
    body: PasswordChangeRequest, request: Request, server: Server
) -> dict[str, Any]:
    """Code + current password + a new password of the observer's choosing → a device
    token. The only way in with a one-time password (``password_change_required``);
    closes the observer's other sessions."""
    attempt = await _counted(server, body.code, request)
    return await run_in_threadpool(
        server.change_password,
        attempt=attempt,
        code=body.code,
        password=body.password,
        new_password=body.new_password,
        device=body.device,
        address=client_address(request),
    )


@router.post("/logout", status_code=204, responses=errors(401, 403))
def logout(me: MeEvenRevoked, server: Server) -> Response:
    """Revoke the calling token (again: still 204)."""
    server.logout(me)
    return Response(status_code=204)
