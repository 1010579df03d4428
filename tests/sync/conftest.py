"""A real ``oic-server`` on 127.0.0.1 for the sync tests, and observers to talk to it.

The server runs as a subprocess (``oic-server serve``) so it can be killed
with SIGKILL and restarted on the same port and data folder. Its data folder
is made once per session (``init`` + two observers) and copied for each
server, which is much quicker than initializing each time.

With ``OIC_SYNC_POSTGRES=postgresql://…`` every server keeps its database in
a schema of its own on that PostgreSQL (created by ``init`` on the copied
folder, dropped at the end of the session) instead of SQLite: ``.ci/run``
runs the fault tests so when PostgreSQL answers.
"""

from __future__ import annotations

import hashlib
import os
import random
import shutil
import signal
import socket
import sqlite3
import subprocess
import sys
import time
import uuid
from contextlib import closing
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
import pytest
from helpers import fill_mini

from observer_desktop.services import evidence as ev
from observer_desktop.services import sync
from observer_desktop.services.app import Observador
from observer_desktop.services.reports import generate_report
from observer_desktop.sync.policy import RetryPolicy

OIC_SERVER = Path(sys.executable).with_name("oic-server")
POSTGRES = os.environ.get("OIC_SYNC_POSTGRES", "")
_schemas: list[str] = []  # PostgreSQL schemas made for servers, dropped at the end
PASSWORD = "contraseña-segura-14"
OTHER_PASSWORD = "otra-contraseña-15"
CODE = "OBS-014"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def oic_cli(data_dir: Path, *args: str, stdin: str | None = None) -> subprocess.CompletedProcess:
    return subprocess.run(
        [str(OIC_SERVER), "--data-dir", str(data_dir), *args],
        input=stdin,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )


@dataclass
class OICServer:
    data_dir: Path
    port: int
    log: Path
    proc: subprocess.Popen | None = None
    tls: bool = False  # HTTPS with the certificate of `init --hostname 127.0.0.1`
    database_url: str | None = None  # PostgreSQL (OIC_SYNC_POSTGRES); else SQLite in the folder

    @property
    def url(self) -> str:
        return f"{'https' if self.tls else 'http'}://127.0.0.1:{self.port}"

    def start(self) -> OICServer:
        with open(self.log, "ab") as log:
            self.proc = subprocess.Popen(
                [
                    str(OIC_SERVER),
                    "--data-dir",
                    str(self.data_dir),
                    "serve",
                    "--host",
                    "127.0.0.1",
                    "--port",
                    str(self.port),
                    "--log-level",
                    "warning",
                    *(["--tls"] if self.tls else []),
                ],
                stdout=log,
                stderr=log,
            )
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError(f"oic-server exited: {self.log.read_text(errors='replace')}")
            try:
                # the server's own certificate is checked by the tests, not here
                answer = httpx.get(self.url + "/api/v1/meta", timeout=1, verify=False)
                if answer.status_code == 200:
                    return self
            except httpx.HTTPError:
                time.sleep(0.05)
        raise RuntimeError("oic-server did not start")

    def stop(self) -> None:
        if self.proc is not None and self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(10)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait(10)
        self.proc = None

    def kill(self) -> None:
        """SIGKILL, as a power cut or the OOM killer would."""
        assert self.proc is not None
        os.kill(self.proc.pid, signal.SIGKILL)
        self.proc.wait(10)
        self.proc = None

    def cli(self, *args: str, stdin: str | None = None) -> subprocess.CompletedProcess:
        return oic_cli(self.data_dir, *args, stdin=stdin)

    # ---------------------------------------------------------------- checks

    def db(self) -> Any:
        """A connection to the server's database (``execute(sql).fetchone()`` on both)."""
        if self.database_url:
            import psycopg

            return psycopg.connect(self.database_url, autocommit=True)
        conn = sqlite3.connect(f"file:{self.data_dir / 'oic-server.db'}?mode=ro", uri=True)
        conn.execute("PRAGMA busy_timeout = 10000")
        return conn

    def committed(self) -> list[tuple[str, str, int]]:
        """(submission id, audit id, audit version) of every committed submission."""
        with closing(self.db()) as conn:
            return conn.execute(
                "SELECT id, audit_id, audit_version FROM submissions WHERE state = 'committed'"
            ).fetchall()

    def blob_ok(self, sha256: str) -> bool:
        """The stored blob exists and its content hashes to its name."""
        path = self.data_dir / "blobs" / sha256[:2] / sha256[2:4] / sha256
        if not path.is_file():
            return False
        digest = hashlib.sha256()
        with open(path, "rb") as fh:
            while chunk := fh.read(1 << 20):
                digest.update(chunk)
        return digest.hexdigest() == sha256


@pytest.fixture(scope="session")
def oic_template(tmp_path_factory) -> Path:
    """An initialized server data folder with two observers (copied by each server)."""
    folder = tmp_path_factory.mktemp("oic-template") / "data"
    done = oic_cli(folder, "init", "--server-name", "oic-prueba")
    assert done.returncode == 0, done.stderr
    _add_observers(folder)
    return folder


def new_server(template: Path, where: Path) -> OICServer:
    data = where / "oic-data"
    shutil.copytree(template, data)
    if not POSTGRES:
        return OICServer(data, free_port(), where / "oic-server.log")
    import psycopg

    schema = f"oic_sync_{uuid.uuid4().hex[:16]}"
    with psycopg.connect(POSTGRES, autocommit=True) as conn:
        conn.execute(f'CREATE SCHEMA "{schema}"')
    _schemas.append(schema)
    url = f"{POSTGRES}?options=-csearch_path%3D{schema}"
    (data / "oic-server.db").unlink()
    (data / "server.json").unlink(missing_ok=True)
    # the template's keys and forms, a new database (init records it in server.json)
    done = oic_cli(data, "--database", url, "init", "--server-name", "oic-prueba")
    assert done.returncode == 0, done.stderr
    _add_observers(data)
    return OICServer(data, free_port(), where / "oic-server.log", database_url=url)


def _add_observers(folder: Path) -> None:
    for code, name, password in (
        (CODE, "Ana López Ñúñez", PASSWORD),
        ("OBS-015", "Beto Ruiz", OTHER_PASSWORD),
    ):
        done = oic_cli(
            folder,
            "observer",
            "add",
            code,
            "--name",
            name,
            "--password-stdin",
            "--reusable",
            stdin=password + "\n",
        )
        assert done.returncode == 0, done.stderr


@pytest.fixture(scope="session", autouse=True)
def _drop_postgres_schemas():
    yield
    if _schemas:
        import psycopg

        with psycopg.connect(POSTGRES, autocommit=True) as conn:
            for schema in _schemas:
                conn.execute(f'DROP SCHEMA IF EXISTS "{schema}" CASCADE')


@pytest.fixture(scope="session")
def oic(oic_template, tmp_path_factory):
    """One running server for the session: tests keep apart by their own content (every
    evidence file starts with its audit's id). It allows 5 failed logins a minute from
    127.0.0.1: tests that need more use ``own_oic``."""
    server = new_server(oic_template, tmp_path_factory.mktemp("oic")).start()
    yield server
    server.stop()


@pytest.fixture
def own_oic(oic_template, tmp_path):
    """A server of the test's own (to kill, restart, or change)."""
    server = new_server(oic_template, tmp_path)
    yield server
    server.stop()


FAST = sync.SyncOptions(
    stall_timeout=2.0,
    connect_timeout=2.0,
    retry=RetryPolicy(base=0.02, cap=0.3, max_failures=30, seed=1),
    max_chunk_bytes=64 * 1024,
    fetch_forms=False,
)


def open_observer(data_dir: Path, form_dir: Path) -> Observador:
    app = Observador(data_dir, form_dirs=[form_dir])
    if app.profile() is None:
        app.save_profile(name="Ana López Ñúñez", observer_code=CODE)
    return app


@pytest.fixture
def observer(tmp_path, mini_form_dir):
    """An observer's data folder (profile only; not logged in)."""
    app = open_observer(tmp_path / "laptop", mini_form_dir)
    yield app
    app.close()


def login(app: Observador, server: OICServer | str, password: str = PASSWORD, code: str = CODE):
    url = server if isinstance(server, str) else server.url
    return sync.login(app, server=url, code=code, password=password, options=FAST)


def make_audit(
    app: Observador,
    folder: Path,
    *,
    sizes: tuple[int, ...] = (40_000,),
    seed: int = 0,
    number: str | None = None,
    sign: bool = True,
) -> dict:
    """A finalized audit with evidence of random bytes (its own content: never deduplicated)."""
    rng = random.Random(seed)
    audit = app.create_audit(
        "mini", header={"numero": number or f"LP-{seed}-{rng.randrange(10**6)}", "tipo": "ad"}
    )
    fill_mini(app, audit["id"])
    folder.mkdir(parents=True, exist_ok=True)
    files = []
    for i, size in enumerate(sizes):
        path = folder / f"{audit['id'][:8]}-{i}.bin"
        unique = f"{audit['id']}:{i}:".encode()  # never the same content as another test's
        path.write_bytes((unique + rng.randbytes(size))[:size])
        files.append(path)
    if files:
        ev.add_evidence(app, audit["id"], files, question_id="publicada")
    app.finalize(audit["id"])
    if sign:
        generate_report(app, audit["id"], ask=None)
    return app.store.get_audit(audit["id"])


def manifest_blobs(app: Observador) -> set[str]:
    import json

    blobs = set()
    for row in app.store.outbox_rows():
        full = app.store.get_outbox(row["submission_id"])
        if full and full["manifest"]:
            blobs.update(b["sha256"] for b in json.loads(full["manifest"])["blobs"])
    return blobs


class InProcessServer:
    """The real server application under uvicorn in a thread, with limits of the test's choice
    (``oic-server serve`` has no option for them)."""

    def __init__(self, data_dir: Path, **limits: int):
        from oic_server.config import Limits
        from oic_server.service import OICServer as Service

        self.service = Service.open(data_dir, limits=Limits(**limits))
        self.port = free_port()
        self.thread = None
        self.server = None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def __enter__(self) -> InProcessServer:
        import threading

        import uvicorn

        from oic_server.api import create_app

        config = uvicorn.Config(
            create_app(self.service), host="127.0.0.1", port=self.port, log_level="warning"
        )
        self.server = uvicorn.Server(config)
        self.thread = threading.Thread(target=self.server.run, daemon=True)
        self.thread.start()
        deadline = time.monotonic() + 30
        while not self.server.started:
            assert time.monotonic() < deadline, "uvicorn did not start"
            time.sleep(0.02)
        return self

    def __exit__(self, *exc) -> None:
        self.server.should_exit = True
        self.thread.join(10)
        self.service.close()
