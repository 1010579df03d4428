"""``GET /meta``: what a laptop reads first (protocol range, limits, keys)."""

from typing import Any

from fastapi import APIRouter

from oic_server.api.deps import Server
from oic_server.models import Meta

router = APIRouter(tags=["meta"])


@router.get("/meta", response_model=Meta)
async def meta(server: Server) -> dict[str, Any]:  # from memory: no worker thread needed
    """Protocol range, limits, server time, the CA certificate and the receipt key."""
    return server.meta()
