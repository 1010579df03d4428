"""``/healthz``, ``/readyz``, ``/metrics``: for load balancers and monitoring, outside the
protocol (not under ``/api/v1``, not in the OpenAPI document, no login).

- ``GET /healthz``: the process answers (touches nothing else) → 200.
- ``GET /readyz``: the database answers and the blob store takes writes → 200, else
  503 with what fails (:mod:`oic_server.observability.health`).
- ``GET /metrics``: Prometheus text, for the addresses or token of
  :class:`~oic_server.observability.metrics.MetricsAccess` (else 403).
"""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import JSONResponse, Response

from oic_server.api.workers import pool_statistics
from oic_server.observability import metrics
from oic_server.observability.health import Readiness

router = APIRouter(include_in_schema=False)
DEFAULT_ACCESS = metrics.MetricsAccess()  # loopback and private networks, no token


@router.get("/healthz")
async def healthz() -> dict[str, Any]:
    return {"status": "ok"}


def _readiness(request: Request) -> Readiness | None:
    state = request.app.state
    if getattr(state, "server", None) is None:
        return None
    found = getattr(state, "readiness", None)
    if found is None:  # made on the first probe: an app never probed starts no thread
        found = state.readiness = Readiness(state.server)
    return found


@router.get("/readyz")
async def readyz(request: Request) -> JSONResponse:
    readiness = _readiness(request)
    if readiness is None:
        ready, checks = False, {"server": {"ok": False, "error": "sin configurar"}}
    else:
        ready, checks = await readiness.check()
    if ready:
        return JSONResponse({"status": "ok", "checks": checks})
    failing = ", ".join(name for name, check in checks.items() if not check["ok"])
    return JSONResponse(
        {
            "status": "unavailable",
            "checks": checks,
            "error": {
                "code": "unavailable",
                "message": f"Esta instancia no puede atender: falla {failing}.",
            },
        },
        status_code=503,
        headers={"Retry-After": "5"},
    )


@router.get("/metrics")
async def prometheus_metrics(request: Request) -> Response:
    access = getattr(request.app.state, "metrics_access", None) or DEFAULT_ACCESS
    client = request.client.host if request.client else None
    if not access.allows(client, request.scope.get("headers", ())):
        return JSONResponse(
            {
                "error": {
                    "code": "forbidden",
                    "message": "Las métricas solo se leen desde las redes permitidas "
                    "(serve --metrics-allow) o con el token de OIC_SERVER_METRICS_TOKEN.",
                }
            },
            status_code=403,
        )
    metrics.set_pools(pool_statistics())
    return Response(metrics.render(), media_type=metrics.CONTENT_TYPE_LATEST)
