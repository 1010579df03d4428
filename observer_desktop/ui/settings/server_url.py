"""The OIC server's address as the settings and the sync's login accept it."""

from __future__ import annotations

from observer_desktop.core.errors import InputError
from observer_desktop.sync import client as sync_client


def check_server_url(text: str) -> tuple[str | None, str | None]:
    """``(url, None)`` for a usable OIC server address, ``(None, message)`` otherwise.

    An empty text means "no server yet" and is allowed; anything else follows the
    sync client's own rule (``sync.client.check_server_url``: HTTPS, plain HTTP
    only to this computer), so the dialog never accepts an address sync refuses.
    """
    if not text.strip():
        return "", None
    try:
        return sync_client.check_server_url(text), None
    except InputError as exc:
        return None, str(exc)
