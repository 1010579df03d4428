"""``GET /crl``: the OIC CA's certificate revocation list (RFC 5280), DER.

No session needed: anyone verifying a report checks its signer against it
(:mod:`oic_server.crl`)."""

from fastapi import APIRouter
from fastapi.responses import Response
from starlette.concurrency import run_in_threadpool

from oic_server.api.deps import Server
from oic_server.crl import CRL_TYPE

router = APIRouter(tags=["trust"])


@router.get(
    "/crl",
    response_class=Response,
    responses={
        200: {
            "description": "CRL de la CA del OIC (DER), con su próxima actualización",
            "content": {CRL_TYPE: {"schema": {"type": "string", "format": "binary"}}},
        }
    },
)
async def crl(server: Server) -> Response:
    """The CA's current CRL (a new one is issued when it nears its nextUpdate)."""
    return Response(await run_in_threadpool(server.crl), media_type=CRL_TYPE)
