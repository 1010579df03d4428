"""What the status bar shows: :func:`sync_status` (two small queries, no keyring, no
network), and the record of the last attempt, success and error that it reads."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from observer_desktop.services import settings, tokens
from observer_desktop.services.app import Observador
from observer_desktop.services.sync.outbox import PENDING_STATES
from observer_desktop.services.sync.server import _server_config
from observer_desktop.services.sync.session import _token_store
from observer_desktop.services.sync_keys import SESSION_KEY, STATE_KEY


def _state(app: Observador) -> dict[str, Any]:
    value = app.store.get_setting(STATE_KEY)
    return value if isinstance(value, dict) else {}


def _set_state(app: Observador, **changes: Any) -> None:
    with app.database.transaction():
        state = _state(app)
        state.update(changes)
        app.store.set_setting(STATE_KEY, state)


@dataclass(frozen=True)
class SyncStatus:
    server_url: str | None
    configured: bool  # a server address and its pinned keys
    logged_in: bool
    needs_password: bool  # logged in, but the token was kept nowhere: log in to sync
    auto: bool
    unsent: int
    failed: int
    last_attempt_at: str | None
    last_success_at: str | None
    last_error: str | None
    warnings: tuple[str, ...] = ()
    ca_pem: str | None = None  # the pinned OIC CA: a server certificate it issued is trusted

    @property
    def summary(self) -> str:
        """One line in Spanish for a status bar."""
        if not self.server_url:
            return "Sin servidor del OIC configurado."
        if not self.logged_in:
            return "Sin sesión en el servidor del OIC: inicie sesión para enviar."
        if self.unsent == 0:
            return "Todo entregado al OIC."
        parts = [f"{self.unsent} envío(s) pendiente(s)"]
        if self.failed:
            parts.append(f"{self.failed} detenido(s)")
        return ", ".join(parts) + "."

    def to_json(self) -> dict[str, Any]:
        return {**self.__dict__, "warnings": list(self.warnings), "summary": self.summary}


def sync_status(app: Observador) -> SyncStatus:
    """Cheap (two small queries, no keyring, no network): call it as often as needed."""
    counts = app.store.outbox_counts()
    state = _state(app)
    url = settings.server_url(app)
    config = _server_config(app)
    session = app.store.get_setting(SESSION_KEY)
    return SyncStatus(
        server_url=url,
        configured=bool(url and config and config.get("url") == url),
        logged_in=bool(session),
        needs_password=_token_store(session) == tokens.MEMORY,
        auto=settings.auto_sync(app),
        unsent=sum(counts.get(s, 0) for s in PENDING_STATES),
        failed=counts.get("failed", 0),
        last_attempt_at=state.get("last_attempt_at"),
        last_success_at=state.get("last_success_at"),
        last_error=state.get("last_error"),
        warnings=tuple(state.get("warnings") or ()),
        ca_pem=(config or {}).get("ca_pem") if config and config.get("url") == url else None,
    )
