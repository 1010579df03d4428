"""``POST /enroll``: the OIC CA certifies the observer's signing key."""

from typing import Any

from fastapi import APIRouter

from oic_server.api.deps import Me, Server, errors
from oic_server.models import EnrollRequest, EnrollResponse

router = APIRouter(tags=["auth"])


@router.post("/enroll", response_model=EnrollResponse, responses=errors(400, 401, 403, 413))
def enroll(body: EnrollRequest, me: Me, server: Server) -> dict[str, Any]:
    """A certificate from the OIC CA for the observer's P-256 signing key."""
    return server.enroll(me, body.csr)
