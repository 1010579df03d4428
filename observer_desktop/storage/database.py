"""Opening the local SQLite database: location, pragmas, migrations, transactions.

One file (``observer.db``) in the data folder. WAL journal, foreign keys on,
``synchronous=FULL`` so an answer the app has shown as saved survives a power
cut. Every thread opens its own :class:`Database`; writes are serialized by
SQLite's write lock (``BEGIN IMMEDIATE``) and a busy timeout.
"""

from __future__ import annotations

import datetime as _dt
import os
import sqlite3
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import sqlite_utils

from observer_desktop.core.errors import StorageError, os_reason
from observer_desktop.core.files import private_dir, private_file, tighten_file
from observer_desktop.storage.schema import LATEST_VERSION, MIGRATIONS

__all__ = [
    "DB_FILENAME",
    "Database",
    "default_data_dir",
    "open_database",
    "resolve_data_dir",
]

DB_FILENAME = "observer.db"
APP_NAME = "observador"


def default_data_dir() -> Path:
    import platformdirs

    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def resolve_data_dir(explicit: str | os.PathLike[str] | None = None) -> Path:
    """``--data-dir`` wins, then ``OBSERVER_DATA_DIR``, then the platform folder."""
    if explicit:
        return Path(explicit).expanduser().resolve()
    env = os.environ.get("OBSERVER_DATA_DIR")
    if env:
        return Path(env).expanduser().resolve()
    return default_data_dir()


class Database:
    """One connection to the local database, with a transaction helper."""

    def __init__(self, conn: sqlite3.Connection, path: Path):
        self.conn = conn
        self.path = path
        self.db = sqlite_utils.Database(conn)
        self._depth = 0
        self._owner = threading.get_ident()

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> Database:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """BEGIN IMMEDIATE … COMMIT; nested calls join the outer transaction."""
        if self._depth:
            self._depth += 1
            try:
                yield self.conn
            finally:
                self._depth -= 1
            return
        try:
            self.conn.execute("BEGIN IMMEDIATE")
        except sqlite3.OperationalError as exc:
            if _is_locked(exc):
                raise locked_error(self.path) from None
            raise
        self._depth = 1
        try:
            yield self.conn
        except BaseException:
            self._depth = 0
            self.conn.execute("ROLLBACK")
            raise
        self._depth = 0
        self.conn.execute("COMMIT")

    def change_token(self) -> tuple[int, int]:
        """A value that differs after any write through this connection or any commit by
        another one (another thread's, another process's): a reader may keep a result
        for as long as the token it was read under is the current one."""
        (version,) = self.conn.execute("PRAGMA data_version").fetchone()
        return (version, self.conn.total_changes)

    def execute(self, sql: str, params: tuple | dict = ()) -> sqlite3.Cursor:
        return self.conn.execute(sql, params)

    def query(self, sql: str, params: tuple | dict = ()) -> list[dict]:
        cur = self.conn.execute(sql, params)
        cols = [c[0] for c in cur.description]
        return [dict(zip(cols, row, strict=True)) for row in cur.fetchall()]

    def query_one(self, sql: str, params: tuple | dict = ()) -> dict | None:
        rows = self.query(sql, params)
        return rows[0] if rows else None

    def schema_version(self) -> int:
        return _schema_version(self.conn)

    def integrity_check(self) -> str:
        return self.conn.execute("PRAGMA integrity_check").fetchone()[0]


BUSY_TIMEOUT_MS = 15000


def _is_locked(exc: sqlite3.Error) -> bool:
    return "locked" in str(exc).lower() or "busy" in str(exc).lower()


def locked_error(path: Path) -> StorageError:
    return StorageError(
        f"La base de datos {path} está ocupada por otro programa de Observador (la aplicación "
        "u otro comando). Espere a que termine e intente de nuevo; no se modificó nada."
    )


def _damaged(path: Path) -> StorageError:
    return StorageError(
        f"{path} no es una base de datos de Observador o está dañada. Restaure una copia de "
        "seguridad (observer.db.backup-…) o elija otra carpeta de datos; no se modificó nada."
    )


def _set_wal(conn: sqlite3.Connection) -> str:
    """``PRAGMA journal_mode = WAL``, retried while locked: when two threads open a new
    data folder at once (the app's workers at first start), SQLite answers the
    second "database is locked" at once instead of waiting (one time in ten)."""
    deadline = time.monotonic() + BUSY_TIMEOUT_MS / 1000
    while True:
        try:
            return conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]
        except sqlite3.OperationalError as exc:
            if not _is_locked(exc) or time.monotonic() > deadline:
                raise
            time.sleep(0.02)


def _connect(path: Path) -> sqlite3.Connection:
    """Open and check the file *before* changing anything in it (journal mode included)."""
    try:
        conn = sqlite3.connect(str(path), isolation_level=None, timeout=BUSY_TIMEOUT_MS / 1000)
    except sqlite3.Error:
        raise _damaged(path) from None
    try:
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        version = _schema_version(conn)
        if version > LATEST_VERSION:
            raise StorageError(
                f"La base de datos {path} fue creada por una versión más reciente de Observador "
                f"(esquema {version}; esta versión llega al {LATEST_VERSION}). "
                "Actualice la aplicación; no se modificó nada."
            )
        mode = _set_wal(conn)
        if mode.lower() != "wal":
            raise StorageError(f"No se pudo activar el modo WAL en {path} (modo {mode}).")
        conn.execute("PRAGMA synchronous = FULL")
        conn.execute("PRAGMA foreign_keys = ON")
    except sqlite3.OperationalError as exc:
        conn.close()
        if _is_locked(exc):
            raise locked_error(path) from None
        raise _damaged(path) from None
    except sqlite3.DatabaseError:
        conn.close()
        raise _damaged(path) from None
    except BaseException:
        conn.close()
        raise
    return conn


def _schema_version(conn: sqlite3.Connection) -> int:
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    if "schema_migrations" not in tables:
        if tables - {"sqlite_sequence"}:
            raise StorageError(
                "El archivo es una base de datos SQLite, pero no de Observador "
                "(no tiene tabla schema_migrations). Elija otra carpeta de datos."
            )
        return 0
    row = conn.execute("SELECT max(version) FROM schema_migrations").fetchone()
    return int(row[0] or 0)


def backup_path_for(path: Path, version: int) -> Path:
    stamp = _dt.datetime.now(_dt.UTC).strftime("%Y%m%dT%H%M%SZ")
    return path.with_name(f"{path.name}.backup-v{version}-{stamp}")


def open_database(data_dir: str | os.PathLike[str], *, migrate: bool = True) -> Database:
    """Open (creating or upgrading as needed) the database in ``data_dir``."""
    data_dir = Path(data_dir)
    try:
        private_dir(data_dir)  # 0700: the audits, the key and the session are the observer's
    except OSError as exc:
        raise StorageError(
            f"No se puede crear la carpeta de datos {data_dir}: {os_reason(exc)}. "
            "Elija otra con --data-dir u OBSERVER_DATA_DIR."
        ) from None
    path = data_dir / DB_FILENAME
    private_file(path)  # 0600, and SQLite gives its -wal and -shm the same mode
    conn = _connect(path)
    # made by an older version, which left them to the umask (0644)
    for sibling in (path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
        tighten_file(sibling)
    for backup in data_dir.glob(DB_FILENAME + ".backup-*"):
        tighten_file(backup)
    try:
        version = _schema_version(conn)
        if version < LATEST_VERSION and migrate:
            if version > 0:
                target = backup_path_for(path, version)
                private_file(target)
                _backup(conn, target)
            _migrate(conn)
    except sqlite3.OperationalError as exc:
        conn.close()
        if _is_locked(exc):
            raise locked_error(path) from None
        raise
    except BaseException:
        conn.close()
        raise
    return Database(conn, path)


def _backup(conn: sqlite3.Connection, target: Path) -> None:
    """Copy the whole database (WAL included) to ``target`` before upgrading."""
    dest = sqlite3.connect(str(target))
    try:
        conn.backup(dest)
    finally:
        dest.close()


def _migrate(conn: sqlite3.Connection) -> None:
    for step in MIGRATIONS:
        conn.execute("BEGIN IMMEDIATE")
        # read again under the write lock: another process may have just migrated
        if _schema_version(conn) >= step.version:
            conn.execute("ROLLBACK")
            continue
        try:
            if step.version == 1:
                conn.execute(
                    "CREATE TABLE schema_migrations ("
                    " version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)"
                )
            step.apply(conn)
            conn.execute(
                "INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)",
                (step.version, step.name, _dt.datetime.now(_dt.UTC).isoformat()),
            )
            conn.execute(f"PRAGMA user_version = {int(step.version)}")
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
