"""The OS's word that the network changed (a cable, Wi-Fi back): the window checks the
server at once instead of at its next periodic check (every 60 s)."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from observer_desktop.ui.sync.controller import SyncController


def watch_network(controller: SyncController) -> None:
    """Emit ``controller.check_requested`` when the OS reports a reachability change."""
    try:
        from PySide6.QtNetwork import QNetworkInformation

        if QNetworkInformation.instance() is None:
            QNetworkInformation.loadBackendByFeatures(QNetworkInformation.Feature.Reachability)
        info = QNetworkInformation.instance()
    except Exception:  # no backend on this system: the periodic check still runs
        return
    if info is not None:
        # signal to signal: gone with this controller when its window closes
        info.reachabilityChanged.connect(controller.check_requested)
