"""Sending audits to the OIC, on screen: login, background and manual sync, progress, outbox.

One module per job:

- :mod:`.controller` — :class:`SyncController`, the sync of one window: its state, the parts
  it composes, the change signal it follows and emits after a run;
- :mod:`.actions` — :class:`SyncActions`: the "Envíos" menu's actions and when each may be used;
- :mod:`.run` — :class:`SyncRuns`: a run on the controller's own worker, progress,
  pause/resume/cancel, its end fed to the background schedule (``sync/schedule.py``);
  :class:`SyncOutcome`, what a run hands back;
- :mod:`.report` — :class:`RunReport`: what the observer reads after a run;
- :mod:`.session_flows` — :class:`SessionFlows`: login and logout on a worker, the token
  held in memory without a keyring;
- :mod:`.batch_export` — :class:`BatchExport`: the batch for a USB stick, with progress;
- :mod:`.network_watch` — the OS's network changes ask the window to check the server;
- :mod:`.login_dialog` — :class:`LoginDialog` and its flow, with its pages
  :mod:`.login_form` (server address, observer code, password, a new password) and
  :mod:`.login_done` (who is logged in, the OIC CA fingerprint);
- :mod:`.status_widget` — :class:`SyncStatusWidget`, the status bar part;
- :mod:`.outbox_dialog` — :class:`OutboxDialog`: every submission, its state and review;
- :mod:`.review_banner` — :class:`ReviewBanner`, what the OIC said about the audit open in
  the editor (the editor imports only this module);
- :mod:`.passphrase` — :class:`PassphraseBridge`: a worker asks for the signing key's
  passphrase on the UI thread;
- :mod:`.common` — :func:`local_time` ("today at 10:20"), non-blocking message boxes, and
  :class:`SyncPart`, what each part of the controller is.

Translations: every module here shares ``translations/es_MX/sync.ts``.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from observer_desktop.ui.sync.common import local_time
    from observer_desktop.ui.sync.controller import SyncController
    from observer_desktop.ui.sync.login_dialog import LoginDialog
    from observer_desktop.ui.sync.outbox_dialog import OutboxDialog
    from observer_desktop.ui.sync.passphrase import PassphraseBridge
    from observer_desktop.ui.sync.review_banner import ReviewBanner
    from observer_desktop.ui.sync.run import SyncOutcome
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
    "SyncOutcome": "run",
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
