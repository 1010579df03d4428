"""Whether the OIC server answers: its ``/api/v1/meta`` asked every minute and whenever the
sync asks (the network changed), on Qt's own network thread; and what a sync learnt."""

from __future__ import annotations

import json
from typing import Any

from PySide6.QtCore import QObject, QTimer, QUrl, Signal
from PySide6.QtNetwork import QNetworkAccessManager, QNetworkReply, QNetworkRequest

from observer_desktop.ui.sync.controller import SyncController

SERVER_CHECK_MS = 60_000


class ServerCheck(QObject):
    """``state``: ``unset`` (no address), ``unknown`` (not asked yet), ``online`` or
    ``offline``; ``state_changed`` when it is set. An answer is passed on to the sync
    (``server_checked``: reachable, a background sync may start)."""

    state_changed = Signal()

    def __init__(self, sync: SyncController, parent: QObject | None = None):
        super().__init__(parent)
        self.sync = sync
        self.url: str | None = None
        self.state = "unknown"
        self.network = QNetworkAccessManager(self)
        self._timer = QTimer(self)
        self._timer.setInterval(SERVER_CHECK_MS)
        self._timer.timeout.connect(self.check)
        self._timer.start()

    def check(self) -> None:
        """Ask the OIC server's /api/v1/meta without blocking (Qt's own network thread)."""
        if not self.url:
            self.state = "unset"
            self.state_changed.emit()
            return
        url = QUrl(self.url.rstrip("/") + "/api/v1/meta")
        request = QNetworkRequest(url)
        request.setTransferTimeout(5000)
        status = self.sync.status
        if status is not None and status.ca_pem and self.url.startswith("https://"):
            # a server certificate from the pinned OIC CA (oic-server init --hostname)
            from PySide6.QtNetwork import QSslCertificate

            ssl = request.sslConfiguration()
            ssl.addCaCertificates(QSslCertificate.fromData(status.ca_pem.encode("ascii")))
            request.setSslConfiguration(ssl)
        reply = self.network.get(request)  # the server answers GET only (HEAD is 405)

        def finished() -> None:
            ok = reply.error() == QNetworkReply.NetworkError.NoError
            if ok:  # an OIC server, not a hotel's login page answering everything
                try:
                    ok = "protocol" in json.loads(bytes(reply.readAll().data()))
                except (ValueError, TypeError):
                    ok = False
            self.state = "online" if ok else "offline"
            reply.deleteLater()
            self.state_changed.emit()
            self.sync.server_checked(ok)  # reachable: a background sync may start

        reply.finished.connect(finished)

    def learn(self, outcome: Any) -> None:
        """A sync ended (a ``SyncOutcome``): what it just learnt about the server beats the
        last periodic check (the bar said "reachable" for up to a minute while the sync
        said offline)."""
        result = outcome.result
        if result is not None and self.url and not outcome.skipped:
            if result.error_code in ("network", "stalled", "tls"):
                self.state = "offline"
            elif result.error is None:
                self.state = "online"
            self.state_changed.emit()
