"""A real ``oic-server serve`` in a subprocess for the resource tests (its own descriptor
limit, its own memory to measure), and raw sockets to press it with. Not collected."""

from __future__ import annotations

import contextlib
import resource
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest

OIC_SERVER = Path(sys.executable).with_name("oic-server")
MIB = 1024 * 1024
needs_oic_server = pytest.mark.skipif(
    not OIC_SERVER.exists(), reason="oic-server no está instalado en este venv"
)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class ServeProcess:
    """``oic-server serve`` on a fresh data folder, optionally under ``ulimit -n``."""

    def __init__(
        self, tmp: Path, *args: str, nofile: int | None = None, init: tuple[str, ...] = ()
    ):
        self.init = init
        self.data = tmp / "oic"
        self.log = tmp / "serve.log"
        self.port = free_port()
        self.args = args
        self.nofile = nofile
        self.proc: subprocess.Popen | None = None

    def __enter__(self) -> ServeProcess:
        done = subprocess.run(
            [str(OIC_SERVER), "--data-dir", str(self.data), "init", *self.init],
            capture_output=True,
            text=True,
            timeout=120,
            check=False,
        )
        assert done.returncode == 0, done.stderr
        nofile = self.nofile

        def limit() -> None:
            if nofile is not None:  # soft and hard: serve cannot raise it
                resource.setrlimit(resource.RLIMIT_NOFILE, (nofile, nofile))

        with open(self.log, "wb") as log:
            self.proc = subprocess.Popen(
                [
                    str(OIC_SERVER),
                    "--data-dir",
                    str(self.data),
                    "serve",
                    "--port",
                    str(self.port),
                    "--log-level",
                    "warning",
                    *self.args,
                ],
                stdout=log,
                stderr=log,
                preexec_fn=limit,  # only setrlimit, before exec
            )
        deadline = time.monotonic() + 60  # startup wait, not a performance assertion
        while True:
            assert self.proc.poll() is None, self.log.read_text(errors="replace")
            with contextlib.suppress(httpx.HTTPError):  # not listening yet
                if httpx.get(self.url + "/meta", timeout=2, verify=False).status_code == 200:
                    return self
            assert time.monotonic() < deadline, "oic-server did not start"
            time.sleep(0.05)

    def __exit__(self, *exc: object) -> None:
        assert self.proc is not None
        self.proc.terminate()
        try:
            self.proc.wait(15)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait(15)

    @property
    def url(self) -> str:
        scheme = "https" if "--tls" in self.args else "http"
        return f"{scheme}://127.0.0.1:{self.port}/api/v1"

    def status(self, field: str) -> int:
        """A field of /proc/PID/status in bytes (VmRSS, VmHWM)."""
        assert self.proc is not None
        for line in Path(f"/proc/{self.proc.pid}/status").read_text().splitlines():
            if line.startswith(field + ":"):
                return int(line.split()[1]) * 1024
        raise AssertionError(field)


def raise_own_fd_limit(needed: int) -> None:
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    if soft < needed:
        if hard != resource.RLIM_INFINITY and hard < needed:
            pytest.skip(
                f"este proceso puede abrir solo {hard} descriptores; la prueba usa {needed}"
            )
        resource.setrlimit(resource.RLIMIT_NOFILE, (needed, hard))


def connect(port: int) -> socket.socket:
    s = socket.create_connection(("127.0.0.1", port), timeout=10)
    s.setblocking(True)
    return s


def closed_by_server(s: socket.socket, wait: float) -> bool:
    """True when the server closed ``s`` (EOF or reset) within ``wait`` seconds."""
    s.settimeout(wait)
    try:
        while True:
            data = s.recv(4096)
            if not data:
                return True
    except (ConnectionResetError, BrokenPipeError):
        return True
    except TimeoutError:
        return False
