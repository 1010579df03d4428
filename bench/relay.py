"""A TCP relay for the sync benches: counts bytes both ways, can reset once.

Used by bench_sync.py and bench_server.py (run from the repository root, so
``bench/`` is on ``sys.path`` as the script's own folder).
"""

from __future__ import annotations

import contextlib
import socket
import threading

_RST = b"\1\0\0\0\0\0\0\0"  # SO_LINGER on, 0 s: close() sends a reset


class Relay:
    """127.0.0.1:port → 127.0.0.1:target. ``up`` counts client→server bytes,
    ``down`` server→client; set ``cut_at_up`` to reset the connection once the
    upload passes that many bytes."""

    def __init__(self, target_port: int):
        self.target = target_port
        self.up = 0
        self.down = 0
        self.cut_at_up: int | None = None
        self._lock = threading.Lock()
        self.sock = socket.create_server(("127.0.0.1", 0))
        self.port = self.sock.getsockname()[1]
        threading.Thread(target=self._accept, daemon=True).start()

    def _accept(self) -> None:
        while True:
            try:
                client, _ = self.sock.accept()
            except OSError:
                return
            server = socket.create_connection(("127.0.0.1", self.target))
            for s in (client, server):
                s.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
            for a, b, up in ((client, server, True), (server, client, False)):
                threading.Thread(target=self._pipe, args=(a, b, up), daemon=True).start()

    def _pipe(self, src: socket.socket, dst: socket.socket, up: bool) -> None:
        try:
            while data := src.recv(1 << 20):
                with self._lock:
                    if up and self.cut_at_up is not None and self.up + len(data) > self.cut_at_up:
                        self.cut_at_up = None
                        for s in (src, dst):
                            s.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, _RST)
                            # a close alone waits for the other thread's recv on the socket
                            # to return (it never does while the server awaits the body):
                            # the server would hear of the cut only at its body timeout
                            with contextlib.suppress(OSError):
                                s.shutdown(socket.SHUT_RDWR)
                            s.close()
                        return
                    if up:
                        self.up += len(data)
                    else:
                        self.down += len(data)
                dst.sendall(data)
        except OSError:
            return  # either side closed: the finally below closes the other
        finally:
            for s in (src, dst):
                with contextlib.suppress(OSError):
                    s.shutdown(socket.SHUT_RDWR)

    def reset(self) -> None:
        with self._lock:
            self.up = self.down = 0
