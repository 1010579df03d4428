"""What the window's sync tests share: a real oic-server on 127.0.0.1, a laptop data
folder with a finished audit, and helpers to log in and read the outbox."""

from __future__ import annotations

import shutil
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest

pytest.importorskip("PySide6")

from helpers import fill_mini
from PySide6.QtWidgets import QMessageBox

from observer_desktop.services import evidence as ev
from observer_desktop.services import sync
from observer_desktop.services.app import Observador
from observer_desktop.services.reports import generate_report
from observer_desktop.sync.policy import RetryPolicy
from observer_desktop.ui.main_window.window import MainWindow

OIC_SERVER = Path(sys.executable).with_name("oic-server")


CODE = "OBS-021"


NAME = "Rosa Íñiguez Peña"


PASSWORD = "clave-de-prueba-21"


FAST = sync.SyncOptions(
    stall_timeout=2.0,
    connect_timeout=2.0,
    retry=RetryPolicy(base=0.02, cap=0.2, max_failures=20, seed=3),
    max_chunk_bytes=64 * 1024,
    fetch_forms=False,
)


def oic_cli(data: Path, *args: str, stdin: str | None = None) -> subprocess.CompletedProcess:
    return subprocess.run(
        [str(OIC_SERVER), "--data-dir", str(data), *args],
        input=stdin,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )


def free_port() -> int:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Server:
    def __init__(self, data: Path, *, tls: bool = False):
        self.data = data
        self.port = free_port()
        self.proc: subprocess.Popen | None = None
        self.tls = tls  # HTTPS with the certificate of `init --hostname 127.0.0.1`

    @property
    def url(self) -> str:
        return f"{'https' if self.tls else 'http'}://127.0.0.1:{self.port}"

    def start(self) -> Server:
        self.proc = subprocess.Popen(
            [
                str(OIC_SERVER),
                "--data-dir",
                str(self.data),
                "serve",
                "--host",
                "127.0.0.1",
                "--port",
                str(self.port),
                "--log-level",
                "warning",
                *(["--tls"] if self.tls else []),
            ],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            assert self.proc.poll() is None, "oic-server exited"
            try:
                # the certificate is what the tests check, not this wait
                answer = httpx.get(self.url + "/api/v1/meta", timeout=1, verify=False)
                if answer.status_code == 200:
                    return self
            except httpx.HTTPError:
                time.sleep(0.05)  # the server process is starting (not the app under test)
        raise RuntimeError("oic-server did not start")

    def stop(self) -> None:
        if self.proc is not None and self.proc.poll() is None:
            self.proc.terminate()
            self.proc.wait(10)
        self.proc = None

    def meta(self) -> dict:
        return httpx.get(self.url + "/api/v1/meta", timeout=5).json()

    def meta_unchecked(self) -> dict:
        return httpx.get(self.url + "/api/v1/meta", timeout=5, verify=False).json()

    def cli(self, *args: str) -> subprocess.CompletedProcess:
        return oic_cli(self.data, *args)


def copy_server(template: Path, where: Path) -> Server:
    data = where / "oic-data"
    shutil.copytree(template, data)
    return Server(data)


def finished_audit(data_dir: Path, *, size: int = 150_000, seed: int = 0) -> str:
    """A finalized audit with its signed (self-signed, pre-enrollment) report."""
    with Observador(data_dir) as app:
        audit = app.create_audit("mini", header={"numero": f"LP-{seed}", "tipo": "ad"})
        fill_mini(app, audit["id"])
        path = data_dir.parent / f"foto-{audit['id'][:8]}.bin"
        path.write_bytes(audit["id"].encode() + bytes(range(256)) * (size // 256))
        ev.add_evidence(app, audit["id"], [path], question_id="publicada")
        app.finalize(audit["id"])
        generate_report(app, audit["id"], ask=None)
        return audit["id"]


def log_in(data_dir: Path, server: Server) -> None:
    with Observador(data_dir) as app:
        sync.login(app, server=server.url, code=CODE, password=PASSWORD, options=FAST)


def set_auto(data_dir: Path, on: bool) -> None:
    with Observador(data_dir) as app:
        app.store.set_setting(sync.AUTO_SYNC_KEY, on)


def audit_row(data_dir: Path, audit_id: str) -> dict:
    with Observador(data_dir) as app:
        return app.store.get_audit(audit_id)


def message_box(window: MainWindow, name: str) -> QMessageBox | None:
    return window.findChild(QMessageBox, name)
