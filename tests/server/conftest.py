"""Fixtures of the server tests: a fresh server per test on SQLite and on PostgreSQL.

PostgreSQL is used when reachable (``OIC_TEST_POSTGRES``, by default
``postgresql://postgres@127.0.0.1:5432/test``); each test gets its own schema,
created and dropped here, so parallel sessions never meet. Without PostgreSQL
those tests are skipped with the reason.
"""

from __future__ import annotations

import logging
import os
import shutil
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from oic_testing import (
    PASSPHRASE,
    Dispatcher,
    Laptop,
    RunningServer,
    UvicornThread,
    copy_laptop,
    make_laptop_template,
)

from oic_server.api import create_app
from oic_server.config import Limits
from oic_server.forms import seed_forms
from oic_server.service import OICServer, initialize
from oic_server.usecases import base

PG_URL = os.environ.get("OIC_TEST_POSTGRES", "postgresql://postgres@127.0.0.1:5432/test")
_pg_state: dict[str, str | None] = {}


def postgres_problem() -> str | None:
    """None when PostgreSQL answers; else why not (checked once per session)."""
    if "problem" not in _pg_state:
        try:
            import psycopg

            with psycopg.connect(PG_URL, connect_timeout=3) as conn:
                conn.execute("SELECT 1")
            _pg_state["problem"] = None
        except Exception as exc:
            _pg_state["problem"] = f"PostgreSQL no disponible en {PG_URL}: {type(exc).__name__}"
    return _pg_state["problem"]


@contextmanager
def postgres_schema() -> Iterator[str]:
    """A database URL whose search_path is a new, empty schema (dropped afterwards)."""
    import psycopg

    schema = f"oic_test_{uuid.uuid4().hex[:16]}"
    with psycopg.connect(PG_URL, autocommit=True) as conn:
        conn.execute(f'CREATE SCHEMA "{schema}"')
    try:
        yield f"{PG_URL}?options=-csearch_path%3D{schema}"
    finally:
        with psycopg.connect(PG_URL, autocommit=True) as conn:
            conn.execute(f'DROP SCHEMA IF EXISTS "{schema}" CASCADE')


@pytest.fixture(params=["sqlite", "postgresql"])
def database_url(request: pytest.FixtureRequest) -> Iterator[str | None]:
    if request.param == "sqlite":
        yield None
        return
    problem = postgres_problem()
    if problem:
        pytest.skip(problem)
    with postgres_schema() as url:
        yield url


@pytest.fixture(autouse=True)
def fast_password_hashing(monkeypatch: pytest.MonkeyPatch) -> None:
    """argon2id with small parameters: the same code path, a fraction of the time and memory.
    (test_auth checks the production parameters separately.)"""
    from argon2 import PasswordHasher

    monkeypatch.setattr(
        base, "_hasher", PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1)
    )


# the loggers `serve` configures (oic_server.observability.logs.logging_config)
_SERVE_LOGGERS = ("", "uvicorn", "uvicorn.error", "uvicorn.access", "oic_server", "py.warnings")


@pytest.fixture(autouse=True)
def logging_restored() -> Iterator[None]:
    """A test that runs ``serve`` in this process (uvicorn stubbed) configures logging
    with a handler on the standard error pytest captures for that test alone: put the
    loggers back afterwards, or later tests' lines go to a closed stream ("--- Logging
    error ---"). (pytest itself undoes ``logging.captureWarnings``.)"""
    saved = {}
    for name in _SERVE_LOGGERS:
        found = logging.getLogger(name)
        saved[name] = (found.handlers[:], found.level, found.propagate, found.disabled)
    yield
    for name, (handlers, level, propagate, disabled) in saved.items():
        found = logging.getLogger(name)
        found.handlers[:] = handlers
        found.setLevel(level)
        found.propagate = propagate
        found.disabled = disabled


@pytest.fixture(autouse=True)
def observer_passphrase(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("OBSERVER_PASSPHRASE", PASSPHRASE)


@pytest.fixture
def limits() -> Limits:
    """Small chunks so that multi-chunk uploads stay small; tests may override."""
    return Limits(chunk_bytes=64 * 1024)


@pytest.fixture(scope="session")
def published_forms(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The shipped checklists as ``init`` publishes them (parsed once per session)."""
    folder = tmp_path_factory.mktemp("published") / "forms"
    seed_forms(folder)
    return folder


@pytest.fixture(scope="session")
def uvicorn_session() -> Iterator[Dispatcher]:
    """One real uvicorn on 127.0.0.1 (a free port) for the session; see :class:`Dispatcher`."""
    dispatcher = Dispatcher()
    with UvicornThread(dispatcher) as running:
        dispatcher.base_url = running.base_url  # type: ignore[attr-defined]
        yield dispatcher


@pytest.fixture(scope="session")
def moto_endpoint() -> Iterator[str]:
    """An S3 server (moto's) on 127.0.0.1 for the session: multipart uploads, ListParts,
    EntityTooSmall and If-None-Match as S3 does them."""
    import logging

    from moto.server import ThreadedMotoServer

    logging.getLogger("werkzeug").setLevel(logging.ERROR)  # one line per request otherwise
    running = ThreadedMotoServer(ip_address="127.0.0.1", port=0, verbose=False)
    running.start()
    _, port = running.get_host_and_port()
    yield f"http://127.0.0.1:{port}"
    running.stop()


@pytest.fixture
def s3_bucket(moto_endpoint: str, monkeypatch: pytest.MonkeyPatch) -> str:
    """``s3://<a new bucket>/oic`` on the session's moto, its endpoint and credentials in
    the environment (as a deployment gives them)."""
    monkeypatch.setenv("OIC_S3_ENDPOINT", moto_endpoint)
    monkeypatch.setenv("AWS_ACCESS_KEY_ID", "prueba")
    monkeypatch.setenv("AWS_SECRET_ACCESS_KEY", "prueba-secreta")
    monkeypatch.setenv("AWS_REGION", "us-east-1")
    from oic_server.blobstores.s3 import make_client

    bucket = f"oic-{uuid.uuid4().hex[:12]}"
    make_client().create_bucket(Bucket=bucket)
    return f"s3://{bucket}/oic"


BLOB_STORE_ENV = "OIC_TEST_BLOB_STORE"  # "fs" or "s3": every server test on that store


@pytest.fixture
def blob_store(request: pytest.FixtureRequest, database_url: str | None) -> str:
    """Which store ``server`` uses. The store follows the database, so every server test
    runs once on each store at no extra cost: the data folder's files on SQLite, S3 (the
    session's moto) on PostgreSQL. ``OIC_TEST_BLOB_STORE=fs|s3`` sets one store for all
    (where PostgreSQL does not answer, ``=s3`` runs the suite on S3 with SQLite). A test
    module may override this fixture with ``params=["fs", "s3"]`` to run each store on
    each database (tests/server/test_protocol_store.py)."""
    chosen = getattr(request, "param", None) or os.environ.get(BLOB_STORE_ENV)
    if chosen:
        if chosen not in ("fs", "s3"):
            raise pytest.UsageError(f"{BLOB_STORE_ENV} is fs or s3, not {chosen!r}")
        return chosen
    return "s3" if database_url else "fs"


@pytest.fixture
def server(
    tmp_path: Path,
    database_url: str | None,
    limits: Limits,
    published_forms: Path,
    uvicorn_session: Dispatcher,
    blob_store: str,
    request: pytest.FixtureRequest,
) -> Iterator[RunningServer]:
    uvicorn_base_url = uvicorn_session.base_url  # type: ignore[attr-defined]
    data = tmp_path / "server"
    # init finds the same files published and skips parsing them again
    shutil.copytree(published_forms, data / "forms")
    initialize(data, database_url)
    store_url = request.getfixturevalue("s3_bucket") if blob_store == "s3" else None
    oic = OICServer.open(data, database_url, limits=limits, blob_store=store_url)
    uvicorn_session.target = create_app(oic)
    try:
        yield RunningServer(data, database_url, oic, uvicorn_base_url, store_url)
    finally:
        uvicorn_session.target = None
        oic.close()


# ------------------------------------------------------------------ laptops


@pytest.fixture(scope="session")
def laptop_templates(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Laptop]:
    """Finalized audits with keys, made once per session and copied for each test."""
    from helpers import MINI_FORM

    base = tmp_path_factory.mktemp("laptops")
    forms = base / "forms"
    forms.mkdir()
    (forms / "mini.yaml").write_text(MINI_FORM, encoding="utf-8")
    previous = os.environ.get("OBSERVER_PASSPHRASE")
    os.environ["OBSERVER_PASSPHRASE"] = PASSPHRASE
    try:
        templates = {}
        sizes = (("OBS-001", (900, 700)), ("OBS-002", (400, 300)), ("DEMO-001", (300, 200)))
        for code, size in sizes:
            folder = base / code
            audit_id = make_laptop_template(folder, code=code, forms=forms, photo_size=size)
            templates[code] = Laptop(folder, code, forms, audit_id)
    finally:
        if previous is None:
            os.environ.pop("OBSERVER_PASSPHRASE", None)
        else:
            os.environ["OBSERVER_PASSPHRASE"] = previous
    return templates


@pytest.fixture
def make_laptop(laptop_templates: dict[str, Laptop], tmp_path: Path):
    opened: list[Laptop] = []

    def make(code: str = "OBS-001") -> Laptop:
        laptop = copy_laptop(laptop_templates[code], tmp_path / f"laptop-{code}-{len(opened)}")
        opened.append(laptop)
        return laptop

    yield make
    for laptop in opened:
        laptop.close()


@pytest.fixture
def enrolled(server: RunningServer, make_laptop):
    """(laptop, logged-in client) of observer OBS-001, enrolled with this server's CA."""
    server.add_observer("OBS-001", "Ana López")
    laptop = make_laptop("OBS-001")
    client = server.login("OBS-001")
    laptop.enroll(client)
    yield laptop, client
    client.close()
