"""Sending audits to the OIC, on screen: login, background and manual sync, progress, outbox.

One module per job:

- :mod:`.controller` — :class:`SyncController`, the sync of one window: menu actions,
  status, background and manual runs (the policy lives in ``sync/schedule.py``);
- :mod:`.login_dialog` — :class:`LoginDialog`: server address, observer code, password,
  the OIC CA fingerprint;
- :mod:`.status_widget` — :class:`SyncStatusWidget`, the status bar part;
- :mod:`.outbox_dialog` — :class:`OutboxDialog`: every submission, its state and review;
- :mod:`.review_banner` — :class:`ReviewBanner`, what the OIC said about the audit open in
  the editor (the editor imports only this module);
- :mod:`.passphrase` — :class:`PassphraseBridge`: a worker asks for the signing key's
  passphrase on the UI thread;
- :mod:`.common` — :func:`local_time` ("today at 10:20") and non-blocking message boxes.

Translations: every module here shares ``translations/es_MX/sync.ts``.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from observer_desktop.ui.sync.common import local_time
    from observer_desktop.ui.sync.controller import SyncController, SyncOutcome
    from observer_desktop.ui.sync.login_dialog import LoginDialog
    from observer_desktop.ui.sync.outbox_dialog import OutboxDialog
    from observer_desktop.ui.sync.passphrase import PassphraseBridge
    from observer_desktop.ui.sync.review_banner import ReviewBanner
    from observer_desktop.ui.sync.status_widget import SyncStatusWidget

# Loaded on first use (PEP 562), so importing one module of the package (the editor's
# review_banner) does not load the controller and its dialogs with it. The app and the
# editor import the modules themselves (explicit for readers and for the bundle's scan).
_MODULES = {
    "LoginDialog": "login_dialog",
    "OutboxDialog": "outbox_dialog",
    "PassphraseBridge": "passphrase",
    "ReviewBanner": "review_banner",
    "SyncController": "controller",
    "SyncOutcome": "controller",
    "SyncStatusWidget": "status_widget",
    "local_time": "common",
}


def __getattr__(name: str):
    if name not in _MODULES:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(importlib.import_module(f"{__name__}.{_MODULES[name]}"), name)


__all__ = [
    "LoginDialog",
    "OutboxDialog",
    "PassphraseBridge",
    "ReviewBanner",
    "SyncController",
    "SyncOutcome",
    "SyncStatusWidget",
    "local_time",
]
