"""Running several instances: what a load balancer and an operator see of each one.

- :mod:`.logs`: log lines as JSON (or text) carrying the request's id;
- :mod:`.metrics`: the Prometheus metrics and who may read them;
- :mod:`.middleware`: the ASGI middleware that gives every request its id, times
  it, counts it by route template and writes its access line;
- :mod:`.health`: liveness and readiness (database and blob store reachable).

The routes (``/healthz``, ``/readyz``, ``/metrics``) are in
:mod:`oic_server.api.health`; docs/server.md, "Varias instancias detrás de nginx".
"""
