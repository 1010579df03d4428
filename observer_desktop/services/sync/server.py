"""The OIC server this data folder talks to: the options of a run, the server pinned
at login (CA, receipt key, limits), a client that trusts it, the first contact with a
server holding a certificate of the OIC's own CA, and the checks every ``/meta``
answer gets (pins, clock). Retries of a single request are here too."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from observer_desktop.services.app import Observador
from observer_desktop.services.sync_keys import SERVER_KEY
from observer_desktop.sync.client import (
    Meta,
    ProtocolClient,
    format_fingerprint,
    probe_authority,
    trust_context,
)
from observer_desktop.sync.errors import CertificateChangedError, SyncError, UnknownAuthority
from observer_desktop.sync.policy import Retrier, RetryPolicy, SyncControl

CLOCK_SKEW_LIMIT = 300.0  # seconds, as the protocol says


@dataclass(frozen=True)
class SyncOptions:
    """Knobs for tests, the bench and unusual networks; the defaults are the product's."""

    stall_timeout: float = 30.0
    connect_timeout: float = 15.0
    retry: RetryPolicy = field(default_factory=RetryPolicy)
    max_chunk_bytes: int | None = None  # send smaller chunks than the server allows
    transport: Any = None  # an httpx transport (tests, bench)
    verify: Any = True  # TLS verification: True, a CA bundle path or an ssl.SSLContext
    retry_failed: bool = True  # also try submissions that failed before (explicit sync)
    fetch_forms: bool = True
    device: str | None = None


def _server_config(app: Observador) -> dict[str, Any] | None:
    value = app.store.get_setting(SERVER_KEY)
    return value if isinstance(value, dict) else None


def _client(
    app: Observador,
    url: str,
    token: str | None,
    options: SyncOptions,
    *,
    ca_pem: str | None = None,
) -> ProtocolClient:
    """A client for ``url`` that trusts the public authorities and the OIC CA pinned for
    that address (or ``ca_pem``, the one the observer just confirmed), for servers with
    a certificate of their own CA (``oic-server init --hostname``)."""
    verify = options.verify
    if verify is True and url.startswith("https://"):
        if ca_pem is None:
            config = _server_config(app)
            if config and config.get("url") == url:
                ca_pem = config.get("ca_pem")
        verify = trust_context(ca_pem)
    return ProtocolClient(
        url,
        token=token,
        stall_timeout=options.stall_timeout,
        connect_timeout=options.connect_timeout,
        transport=options.transport,
        verify=verify,
    )


def _connect(
    app: Observador, url: str, trust_ca: str | None, options: SyncOptions
) -> tuple[ProtocolClient, Meta]:
    """A client and the server's /meta, going through the first-contact check of a
    server with its own CA when the usual trust refuses it."""
    client = _client(app, url, None, options)
    try:
        return client, client.meta()
    except SyncError as exc:
        client.close()
        confirmed_ca = _first_contact(app, url, exc, trust_ca, options)
    client = _client(app, url, None, options, ca_pem=confirmed_ca)
    try:
        return client, client.meta()
    except BaseException:
        client.close()
        raise


def _first_contact(
    app: Observador, url: str, error: SyncError, trust_ca: str | None, options: SyncOptions
) -> str:
    """A TLS refusal at the first login: is it a server holding a certificate of its
    own (OIC) CA? Then the observer must confirm that CA's fingerprint before the
    password is sent; returns the confirmed CA's PEM."""
    config = _server_config(app)
    if error.code != "tls" or (config and config.get("url") == url) or options.verify is not True:
        raise error
    meta = probe_authority(
        url, connect_timeout=options.connect_timeout, transport=options.transport
    )
    if meta is None:
        raise error
    if trust_ca is None:
        raise UnknownAuthority(
            "Este servidor usa la autoridad certificadora propia del OIC, que esta computadora "
            "aún no conoce. Antes de enviar su contraseña, compare su huella con la que le dio "
            f"el OIC (en papel o por teléfono): {format_fingerprint(meta.ca_fingerprint)}",
            ca_fingerprint=meta.ca_fingerprint,
            ca_pem=meta.ca_pem,
        )
    if re.sub(r"[^0-9a-f]", "", trust_ca.lower()) != meta.ca_fingerprint:
        raise CertificateChangedError(
            "La huella de la autoridad certificadora de este servidor no es la que se confirmó "
            "(ni la que dio el OIC): podría ser un servidor falso. No se envió nada; avise al OIC.",
            code="certificate_changed",
        )
    return meta.ca_pem


def _clock_warning(meta: Meta) -> str | None:
    skew = meta.clock_skew()
    if skew is None or abs(skew) <= CLOCK_SKEW_LIMIT:
        return None
    minutes = abs(skew) / 60
    side = "adelantado" if skew < 0 else "atrasado"
    return (
        f"El reloj de esta computadora está {side} unos {minutes:.0f} minutos respecto del "
        "servidor del OIC. Corrija la fecha y la hora de la computadora (o avise al OIC si es "
        "el servidor): las fechas de sus firmas y acuses deben ser confiables."
    )


def _check_pins(config: dict[str, Any] | None, url: str, meta: Meta) -> None:
    if not config or config.get("url") != url:
        return
    for what, pinned, now in (
        ("la autoridad certificadora", config.get("ca_fingerprint"), meta.ca_fingerprint),
        ("la llave de acuses", config.get("receipt_key_fingerprint"), meta.receipt_key_fingerprint),
    ):
        if pinned and pinned != now:
            raise CertificateChangedError(
                f"¡Atención! Cambió {what} del servidor {url}: su huella ahora es "
                f"{format_fingerprint(now)[:23]}… y la registrada era "
                f"{format_fingerprint(pinned)[:23]}…. Podría ser un servidor falso, así que no "
                "se envió nada. Llame al OIC para confirmar el cambio; si es legítimo, ejecute "
                "observer logout --forget-server y vuelva a iniciar sesión.",
                code="certificate_changed",
            )


def _with_retries(
    call: Callable[[], Any], retrier: Retrier, control: SyncControl, *, first_contact: bool = False
) -> Any:
    attempts = 0
    while True:
        control.checkpoint()
        try:
            value = call()
            retrier.progressed()
            return value
        except SyncError as exc:
            attempts += 1
            # a server that never answered is simply not reachable now: say so quickly
            if first_contact and exc.code == "network" and attempts >= 3:
                raise
            retrier.failed(exc)
