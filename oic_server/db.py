"""Engines and transactions for SQLite and PostgreSQL.

Writes run in :meth:`Database.write`: on SQLite a ``BEGIN IMMEDIATE``
transaction (one writer at a time, readers never blocked thanks to WAL), on
PostgreSQL READ COMMITTED with explicit row locks (``SELECT … FOR UPDATE``)
where two instances could race. A write that loses a race (a unique key taken
meanwhile, a deadlock) is retried from the start, so callers write their
transaction as a function of the connection and keep it free of side effects
that cannot be repeated.
"""

from __future__ import annotations

import logging
import sqlite3
import time
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from typing import Any, TypeVar

from sqlalchemy import Connection, Engine, Table, create_engine, event
from sqlalchemy.exc import DBAPIError, IntegrityError, OperationalError

from oic_server.errors import ApiError

__all__ = ["Database", "insert_ignore"]

log = logging.getLogger(__name__)
T = TypeVar("T")
_RETRIES = 4


def _sqlite_engine(url: str) -> Engine:
    engine = create_engine(
        url,
        connect_args={"check_same_thread": False, "timeout": 30},
        pool_size=8,
        max_overflow=24,
    )

    @event.listens_for(engine, "connect")
    def _connect(dbapi_conn: Any, _record: Any) -> None:
        dbapi_conn.isolation_level = None  # SQLAlchemy emits BEGIN itself (below)
        cur = dbapi_conn.cursor()
        cur.execute("PRAGMA busy_timeout=30000")
        _set_wal(cur)
        cur.execute("PRAGMA synchronous=FULL")
        cur.execute("PRAGMA foreign_keys=ON")
        cur.close()

    @event.listens_for(engine, "begin")
    def _begin(conn: Connection) -> None:
        mode = conn.get_execution_options().get("sqlite_begin", "IMMEDIATE")
        conn.exec_driver_sql(f"BEGIN {mode}")

    return engine


def _set_wal(cur: Any) -> None:
    """``PRAGMA journal_mode=WAL``, retried: on a new file, two instances starting at
    once make SQLite answer "database is locked" at once, without its busy wait
    (seen in about one start in eight of two instances)."""
    deadline = time.monotonic() + 30
    while True:
        try:
            cur.execute("PRAGMA journal_mode=WAL")
            return
        except sqlite3.OperationalError as exc:
            if "locked" not in str(exc) or time.monotonic() > deadline:
                raise
            time.sleep(0.02)


def make_engine(url: str) -> Engine:
    if url.startswith("sqlite"):
        return _sqlite_engine(url)
    return create_engine(url, pool_pre_ping=True, pool_size=8, max_overflow=24, pool_timeout=60)


def _is_retryable(exc: DBAPIError) -> bool:
    if isinstance(exc, IntegrityError):
        return True
    sqlstate = getattr(exc.orig, "sqlstate", None)
    return sqlstate in ("40001", "40P01")  # serialization failure, deadlock


class Database:
    """An engine plus the two ways the server touches it: :meth:`read` and :meth:`write`."""

    def __init__(self, url: str):
        self.url = url
        self.engine = make_engine(url)

    @property
    def dialect(self) -> str:
        return self.engine.dialect.name

    def close(self) -> None:
        self.engine.dispose()

    @contextmanager
    def read(self) -> Iterator[Connection]:
        try:
            with self.engine.connect() as conn:
                conn = conn.execution_options(sqlite_begin="DEFERRED")
                with conn.begin():
                    yield conn
        except OperationalError as exc:
            raise _unavailable(exc) from exc

    def write(self, fn: Callable[[Connection], T]) -> T:
        """Run ``fn(conn)`` in one transaction; retried when it loses a race."""
        for attempt in range(_RETRIES):
            try:
                with self.engine.begin() as conn:
                    return fn(conn)
            except (IntegrityError, OperationalError) as exc:
                if attempt + 1 < _RETRIES and _is_retryable(exc):
                    log.info("write retried after %s", type(exc.orig).__name__)
                    time.sleep(0.01 * (attempt + 1))
                    continue
                if isinstance(exc, IntegrityError):
                    raise
                raise _unavailable(exc) from exc
        raise AssertionError("unreachable")


def _unavailable(exc: Exception) -> ApiError:
    log.warning("database unavailable: %s", exc)
    return ApiError(
        "unavailable",
        "La base de datos del servidor no está disponible en este momento; intente más tarde.",
    )


def insert_ignore(conn: Connection, table: Table, rows: Iterable[dict[str, Any]]) -> None:
    """INSERT … ON CONFLICT DO NOTHING, on either engine."""
    rows = list(rows)
    if not rows:
        return
    if conn.dialect.name == "postgresql":
        from sqlalchemy.dialects.postgresql import insert
    else:
        from sqlalchemy.dialects.sqlite import insert
    conn.execute(insert(table).on_conflict_do_nothing(), rows)
