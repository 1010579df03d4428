"""``POST /tsa``: the OIC's time-stamping authority, RFC 3161 over HTTP (§3.4).

A DER ``TimeStampReq`` with ``Content-Type: application/timestamp-query`` in, a
DER ``TimeStampResp`` (``application/timestamp-reply``) out, status 200, whether
it holds a token or a rejection: the RFC's PKIStatusInfo says which
(:mod:`oic_server.tsa`). No session is needed (a laptop may ask before it logs
in); when the request carries a valid observer token, the observer is logged as
the requester. Each client address may send :data:`~oic_server.tsa.REQUESTS_PER_MINUTE`
a minute (429 with Retry-After past that, before the body is read).
"""

from fastapi import APIRouter, Request
from fastapi.responses import Response
from starlette.concurrency import run_in_threadpool

from oic_server.api.deps import Server, client_address, errors
from oic_server.errors import ApiError
from oic_server.throttle import client_key
from oic_server.tsa import QUERY_TYPE, REPLY_TYPE, rejection

router = APIRouter(tags=["trust"])

_BINARY = {"schema": {"type": "string", "format": "binary"}}


@router.post(
    "/tsa",
    response_class=Response,
    responses={
        200: {
            "description": "TimeStampResp (RFC 3161): un sello o el rechazo con su motivo",
            "content": {REPLY_TYPE: _BINARY},
        },
        **errors(429),
    },
    openapi_extra={"requestBody": {"required": True, "content": {QUERY_TYPE: _BINARY}}},
)
async def timestamp(request: Request, server: Server) -> Response:
    """A time-stamp token (RFC 3161) for the message imprint of a TimeStampReq."""
    address = client_key(client_address(request))
    server.tsa_rate.check(address)
    media = request.headers.get("content-type", "").split(";")[0].strip().lower()
    if media != QUERY_TYPE:
        await request.body()  # within the guard's small-body limit
        reply = rejection(
            "bad_data_format",
            f"El tipo de contenido debe ser {QUERY_TYPE} (RFC 3161), no {media or 'ninguno'}.",
        )
    else:
        query = await request.body()
        authorization = request.headers.get("authorization")

        def answer() -> bytes:
            requester = None
            if authorization:
                try:
                    requester = server.authenticate(authorization).code
                except ApiError:  # the TSA is public: a stale token is no refusal
                    requester = None
            return server.timestamp_reply(query, requester=requester, address=address)

        reply = await run_in_threadpool(answer)
    return Response(reply, media_type=REPLY_TYPE)
