"""The OIC CA's revocation list on this laptop: fetched on every sync, checked, kept.

:func:`refresh_crl` reads ``GET /api/v1/crl`` (no session needed), keeps it only
when the pinned OIC CA signed it and its CRL number is higher than the one kept
(an older list never replaces a newer one), writes it atomically to
``<data>/keys/oic.crl`` and notes when it was fetched (setting ``sync.crl``).
A failure to fetch is a warning, never a failed sync. When the observer's own
certificate is on it, they are told (Spanish) and :func:`own_revocation` makes
``keys.enrolled_with`` answer no, so the next login or sync asks the OIC for a
new certificate (once the OIC enables them again).

:func:`local_crl` is what ``observer verify`` uses offline.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from observer_desktop.core.errors import os_reason
from observer_desktop.core.files import atomic_write
from observer_desktop.reports.revocation import CrlError, Revocation, RevocationList, load_crl
from observer_desktop.services import keys
from observer_desktop.services.app import Observador
from observer_desktop.services.sync.server import SyncOptions, _client, _server_config
from observer_desktop.services.sync_keys import CRL_KEY
from observer_desktop.storage.repositories import now_iso
from observer_desktop.sync.client import ProtocolClient
from observer_desktop.sync.errors import SyncError

__all__ = ["CrlRefresh", "crl_path", "local_crl", "own_revocation", "refresh_crl"]


@dataclass
class CrlRefresh:
    updated: bool = False  # a newer list was kept
    number: int | None = None  # the number of the list kept now
    own_revoked: Revocation | None = None
    warnings: list[str] = field(default_factory=list)


def crl_path(app: Observador) -> Path:
    return app.data_dir / "keys" / "oic.crl"


def local_crl(app: Observador) -> tuple[bytes, dict[str, Any]] | None:
    """The CRL kept here (DER) and what is noted about it (fetched_at, number,
    this_update, next_update); None when there is none yet."""
    try:
        der = crl_path(app).read_bytes()
    except OSError:
        return None
    noted = app.store.get_setting(CRL_KEY)
    return der, noted if isinstance(noted, dict) else {}


def _kept(app: Observador, ca_pem: str) -> RevocationList | None:
    found = local_crl(app)
    if found is None:
        return None
    try:
        return load_crl(found[0], ca_pem)
    except CrlError:
        return None  # damaged, or of a CA no longer pinned: any good list replaces it


def own_revocation(app: Observador, ca_pem: str | None = None) -> Revocation | None:
    """The observer's current certificate's entry on the kept CRL (None: not revoked, or
    no CRL, or not an OIC certificate)."""
    ident = keys.identity(app)
    if ident is None or ident.self_signed:
        return None
    return revocation_of(app, ident.certificate, ca_pem)


def revocation_of(app: Observador, cert: Any, ca_pem: str | None = None) -> Revocation | None:
    """``cert``'s (a cryptography certificate) entry on the kept CRL, if the OIC CA issued
    it and the list names it."""
    ca_pem = ca_pem or (_server_config(app) or {}).get("ca_pem")
    if not ca_pem:
        return None
    kept = _kept(app, ca_pem)
    if kept is None or cert.issuer != kept.crl.issuer:
        return None
    return kept.lookup(cert.serial_number)


def revoked_message(entry: Revocation) -> str:
    when = entry.revoked_at.strftime("%Y-%m-%d")
    return (
        f"El OIC revocó su certificado de firma el {when} ({entry.reason_text}). Los informes "
        "que firme con él ya no se aceptan. Cuando el OIC vuelva a habilitar su cuenta, inicie "
        "sesión de nuevo (observer login, o Envíos → Iniciar sesión en el OIC): Observador "
        "pedirá un certificado nuevo."
    )


def refresh_crl(
    app: Observador,
    client: ProtocolClient | None = None,
    *,
    options: SyncOptions | None = None,
) -> CrlRefresh:
    """Fetch the OIC's CRL and keep it if it is newer (see the module's docstring). Never
    raises for the network or a bad list: ``warnings`` says what happened."""
    result = CrlRefresh()
    config = _server_config(app)
    if not config or not config.get("ca_pem"):
        return result
    ca_pem = config["ca_pem"]
    try:
        if client is None:
            with _client(app, config["url"], None, options or SyncOptions()) as own:
                der = own.crl()
        else:
            der = client.crl()
        fetched = load_crl(der, ca_pem)
    except SyncError as exc:
        result.warnings.append(f"No se pudo obtener la lista de revocación del OIC: {exc}")
        return result
    except CrlError as exc:
        result.warnings.append(f"No se guardó la lista de revocación que envió el servidor: {exc}")
        return result
    kept = _kept(app, ca_pem)
    if kept is None or fetched.number > kept.number:
        try:
            _keep(app, fetched)
        except OSError as exc:
            result.warnings.append(
                f"No se pudo guardar la lista de revocación del OIC: {os_reason(exc)}."
            )
            return result
        result.updated = True
    result.number = max(fetched.number, kept.number if kept else fetched.number)
    result.own_revoked = own_revocation(app, ca_pem)
    if result.own_revoked is not None:
        result.warnings.insert(0, revoked_message(result.own_revoked))
    return result


def _keep(app: Observador, crl: RevocationList) -> None:
    path = crl_path(app)
    path.parent.mkdir(parents=True, exist_ok=True)
    atomic_write(path, crl.der, mode=0o644)
    with app.database.transaction():
        app.store.set_setting(
            CRL_KEY,
            {
                "fetched_at": now_iso(),
                "number": crl.number,
                "this_update": crl.this_update.isoformat(),
                "next_update": crl.next_update.isoformat() if crl.next_update else None,
            },
        )
