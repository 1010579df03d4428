"""Protocol v1 over HTTP: the FastAPI application (docs/protocol.md).

Thin: one router per resource (``meta``, ``auth``, ``enrollment``, ``forms``,
``submissions``, ``blobs``, ``reviews``, ``sessions``, ``agenda``), what they share in :mod:`.deps`; each
route authenticates, parses, and calls :class:`~oic_server.service.OICServer`.
What a request may send, and who may send a body at all, is decided before the
routes by :mod:`oic_server.guard`; how refusals look, by :mod:`.errors`.
"""

import asyncio
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

from fastapi import FastAPI
from fastapi.openapi.utils import get_openapi
from starlette.staticfiles import StaticFiles

from oic_server import __version__, console, public, record
from oic_server.api import (
    agenda,
    auth,
    blobs,
    crl,
    enrollment,
    forms,
    health,
    meta,
    reviews,
    sessions,
    submissions,
    tsa,
)
from oic_server.api.docs import clean_openapi
from oic_server.api.errors import install_error_handlers
from oic_server.config import Limits
from oic_server.guard import API_PREFIX, RequestGuard
from oic_server.observability.loop import watch_loop
from oic_server.observability.middleware import RequestObserver
from oic_server.service import OICServer
from oic_server.thumbnails import BackgroundWork

__all__ = ["API_PREFIX", "create_app", "openapi_document"]

ROUTERS = (meta, auth, enrollment, forms, submissions, blobs, reviews, sessions, agenda, tsa, crl)


def create_app(server: OICServer | None = None, *, background: bool = True) -> FastAPI:
    """The application. ``server`` may be None only to produce the OpenAPI document.
    With ``background``, the app runs the index upkeep and thumbnails in a thread of
    its own while it serves (:mod:`oic_server.thumbnails`)."""
    work = BackgroundWork(server) if server is not None and background else None

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        if server is not None:  # before the first request, not on the first commit
            await asyncio.to_thread(record.warm_up)
        if work is not None:
            work.start()
        watch = asyncio.create_task(watch_loop())
        try:
            yield
        finally:
            watch.cancel()
            await asyncio.gather(watch, return_exceptions=True)
            if work is not None:
                work.stop()

    app = FastAPI(
        lifespan=lifespan,
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
    app.state.background = work
    app.add_middleware(
        RequestGuard,
        limits=lambda: server.limits if server else Limits(),
        authenticate=server.authenticate if server else None,
    )
    # outermost: request id, metrics and access line also for what the guard refuses
    app.add_middleware(RequestObserver, routes=lambda: app.routes)
    install_error_handlers(app)
    for module in ROUTERS:
        app.include_router(module.router, prefix=API_PREFIX)
    app.include_router(console.router)
    app.include_router(public.router)  # /verificar/<folio>: no login (oic_server/public.py)
    app.include_router(health.router)  # /healthz, /readyz, /metrics (oic_server/api/health.py)
    app.mount("/static", StaticFiles(directory=console.STATIC), name="static")

    def custom_openapi() -> dict[str, Any]:
        if app.openapi_schema is None:
            app.openapi_schema = clean_openapi(
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


def openapi_document() -> dict[str, Any]:
    """The OpenAPI document of the app (what docs/openapi.json holds)."""
    return create_app(None).openapi()
