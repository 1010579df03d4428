"""The settings the dialog shows, read on the worker, and the save of what changed."""

from __future__ import annotations

from typing import Any

from observer_desktop.core.errors import InputError
from observer_desktop.services import evidence, keys
from observer_desktop.services import settings as settings_service
from observer_desktop.services.app import Observador
from observer_desktop.ui.settings.common import TAB_GENERAL, TAB_PROFILE
from observer_desktop.ui.wizard.signing_key import KeyInfo, keyring_usable, passphrase_in_keyring


class SectionError(InputError):
    """A refused value, with the settings tab it belongs to."""

    def __init__(self, section: int, message: str):
        super().__init__(message)
        self.section = section


def load_settings(app: Observador) -> dict[str, Any]:
    """Everything the dialog shows, read on the worker."""
    ident = keys.identity(app)
    return {
        "profile": app.profile(),
        "server_url": settings_service.server_url(app) or "",
        "auto_sync": settings_service.auto_sync(app),
        "max_bytes": evidence.max_evidence_bytes(app),
        "key": KeyInfo.of(ident) if ident is not None else None,
        "keyring": keyring_usable(),
        "in_keyring": passphrase_in_keyring(app) if ident is not None else False,
    }


def save_settings(app: Observador, changes: dict[str, Any]) -> dict[str, Any]:
    """Write the changed values in one transaction; a refused one leaves everything as it was."""
    try:
        settings_service.save(app, **changes)
    except settings_service.SettingRefused as exc:
        tab = TAB_PROFILE if exc.setting == "profile" else TAB_GENERAL
        raise SectionError(tab, str(exc)) from exc
    return load_settings(app)
