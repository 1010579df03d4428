"""The settings the window reads and changes: the OIC server address, background sync,
the largest evidence file and the observer profile, saved together.

The keys belong to the services that use them (``services.sync_keys``,
``services.evidence``); this module is where the UI reads and writes them, so it
never opens a transaction of its own. ``services.sync`` reads them here too.
"""

from __future__ import annotations

from typing import Any

from observer_desktop.core.errors import InputError
from observer_desktop.services import evidence
from observer_desktop.services.app import Observador
from observer_desktop.services.sync_keys import AUTO_SYNC_KEY, SERVER_URL_KEY, SESSION_KEY


class SettingRefused(InputError):
    """A value :func:`save` refused; ``setting`` names which (``max_bytes`` or ``profile``)."""

    def __init__(self, setting: str, message: str):
        super().__init__(message)
        self.setting = setting


def server_url(app: Observador) -> str | None:
    """The OIC server address set here (in the settings or at a login), or ``None``."""
    url = app.store.get_setting(SERVER_URL_KEY)
    return url if isinstance(url, str) and url else None


def auto_sync(app: Observador) -> bool:
    """Whether the window syncs in the background (on until someone turns it off)."""
    auto = app.store.get_setting(AUTO_SYNC_KEY)
    return True if auto is None else bool(auto)


def login_code(app: Observador) -> str:
    """The observer code to offer at a login: the last session's, else the profile's, else ""."""
    session = app.store.get_setting(SESSION_KEY) or {}
    return str(session.get("code") or (app.profile() or {}).get("observer_code") or "")


def save(
    app: Observador,
    *,
    server_url: str | None = None,
    auto_sync: bool | None = None,
    max_bytes: int | None = None,
    profile: dict[str, Any] | None = None,
) -> None:
    """Write the values given (``None``: leave as it is) in one transaction.

    ``server_url=""`` forgets the address. A refused value raises
    :class:`SettingRefused` and leaves every setting as it was.
    """
    with app.database.transaction():
        if server_url is not None:
            app.store.set_setting(SERVER_URL_KEY, server_url or None)
        if auto_sync is not None:
            app.store.set_setting(AUTO_SYNC_KEY, bool(auto_sync))
        if max_bytes is not None:
            try:
                evidence.set_max_evidence_bytes(app, max_bytes)
            except InputError as exc:
                raise SettingRefused("max_bytes", str(exc)) from exc
        if profile is not None:
            try:
                app.save_profile(**profile)
            except InputError as exc:
                raise SettingRefused("profile", str(exc)) from exc
