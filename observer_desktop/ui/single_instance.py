"""One app per data folder: a second start hands its files to the running window and ends.

Two windows on one data folder overwrote each other's answers silently (each kept
its own copy on screen). As Anki does, the first start holds a lock file in the
data folder and listens on a local socket named after the folder; a later start
finds the lock, sends the files it was asked to open (a double-clicked report, a
package) and exits, and the running window comes forward and opens them.

The lock is a ``QLockFile``: a crashed app's lock is recognised (its process is
gone) and taken over, never by age.

A hand-over counts only when the first app answers ``ok`` (it has passed the files
to its window). An app that is closing stops listening as soon as its event loop
ends (:meth:`SingleInstance.stop_listening`), so a file double-clicked then is not
sent into the void: the later start waits for the lock (:meth:`acquire` with
``wait_ms``) and opens the file itself.
"""

from __future__ import annotations

import hashlib
import json
import logging
from pathlib import Path

from PySide6.QtCore import QByteArray, QLockFile, QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

from observer_desktop.ui.tasks import alive

log = logging.getLogger(__name__)

LOCK_NAME = ".observador-ventana.lock"
CONNECT_MS = 2000
POLL_MS = 20


def socket_name(data_dir: Path) -> str:
    digest = hashlib.sha256(str(Path(data_dir).resolve()).encode("utf-8")).hexdigest()
    return f"observador-{digest[:24]}"


class SingleInstance(QObject):
    """``acquire()`` in the first app; ``hand_over(files)`` in any later one.

    ``activated(files)`` is emitted in the first app when a later start hands over.
    """

    activated = Signal(list)

    def __init__(self, data_dir: Path, parent: QObject | None = None):
        super().__init__(parent)
        self.data_dir = Path(data_dir)
        self.name = socket_name(self.data_dir)
        self._lock = QLockFile(str(self.data_dir / LOCK_NAME))
        self._lock.setStaleLockTime(0)  # stale only when its process is gone, never by age
        self._server: QLocalServer | None = None

    def acquire(self, wait_ms: int = 100) -> bool:
        """True: this is the only app on the folder (and now listens for later starts).
        ``wait_ms``: how long to wait for an app that is closing to let go."""
        if not self._lock.tryLock(wait_ms):
            return False
        server = QLocalServer(self)
        server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        QLocalServer.removeServer(self.name)  # a crashed app's socket file
        if not server.listen(self.name):
            log.warning("no local socket %s: %s", self.name, server.errorString())
        server.newConnection.connect(self._accept)
        self._server = server
        return True

    def hand_over(self, files: list[str]) -> bool:
        """Send ``files`` to the app holding the folder; True when it took them."""
        sock = QLocalSocket()
        sock.connectToServer(self.name)
        if not sock.waitForConnected(CONNECT_MS):
            return False
        payload = json.dumps({"files": [str(Path(f).resolve()) for f in files]}).encode()
        sock.write(QByteArray(payload + b"\n"))
        sock.flush()
        # taken only when the first app says so: one that is closing reads nothing
        # in short waits: PySide holds the GIL inside waitFor…(), and a first app in this
        # same process (the tests) could not answer during one long wait
        for _ in range(CONNECT_MS // POLL_MS):
            if sock.canReadLine() or sock.state() != QLocalSocket.LocalSocketState.ConnectedState:
                break
            sock.waitForReadyRead(POLL_MS)
        taken = sock.canReadLine() and bytes(sock.readLine().data()).strip() == b"ok"
        sock.disconnectFromServer()
        return taken

    def holder_host(self) -> str | None:
        """The other computer holding the lock (a data folder on a shared drive), or None
        when it is this one (or unknown)."""
        from PySide6.QtCore import QSysInfo

        info = self._lock.getLockInfo()
        if not isinstance(info, tuple) or len(info) < 2 or not info[1]:
            return None
        host = str(info[1])
        return None if host == QSysInfo.machineHostName() else host

    def stop_listening(self) -> None:
        """The event loop has ended: later starts must not hand files to this app."""
        if self._server is not None:
            self._server.close()
            self._server = None

    def release(self) -> None:
        self.stop_listening()
        self._lock.unlock()

    # -- the first app

    def _accept(self) -> None:
        server = self._server
        while server is not None and server.hasPendingConnections():
            sock = server.nextPendingConnection()
            sock.readyRead.connect(lambda s=sock: self._read(s))
            sock.disconnected.connect(lambda s=sock: alive(s) and s.deleteLater())
            self._read(sock)  # what arrived before readyRead was connected

    def _read(self, sock: QLocalSocket) -> None:
        if not alive(sock) or not sock.canReadLine():
            return
        line = bytes(sock.readLine().data())
        try:
            files = json.loads(line).get("files") or []
            files = [str(f) for f in files if isinstance(f, str)]
        except (ValueError, AttributeError):
            files = []
        if self._server is None:
            return  # closing: no answer, the later start opens them itself
        self.activated.emit(files)
        sock.write(QByteArray(b"ok\n"))
        sock.flush()
