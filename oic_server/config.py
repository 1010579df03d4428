"""Where the server keeps its data, which database it uses, and its limits.

The data folder follows the ``observer`` convention: ``--data-dir`` wins, then
``OIC_SERVER_DATA_DIR``, then the platform folder (``~/.local/share/oic-server``
on Linux). The database is ``--database URL``, else ``OIC_SERVER_DATABASE_URL``,
else the URL ``init`` recorded in ``<data>/server.json``, else SQLite in the
data folder. A password in a URL is never written to disk: PostgreSQL reads it
from ``PGPASSWORD`` or ``~/.pgpass`` as well.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

from oic_server.errors import ApiError

__all__ = [
    "APP_NAME",
    "BLOB_STORE_ENV",
    "DATABASE_ENV",
    "DATA_DIR_ENV",
    "KEY_PASSPHRASE_ENV",
    "METRICS_NETWORKS",
    "METRICS_TOKEN_ENV",
    "Limits",
    "Paths",
    "mask_url",
    "normalize_database_url",
    "resolve_blob_store",
    "resolve_data_dir",
    "resolve_database_url",
]

APP_NAME = "oic-server"
DATA_DIR_ENV = "OIC_SERVER_DATA_DIR"
DATABASE_ENV = "OIC_SERVER_DATABASE_URL"
BLOB_STORE_ENV = "OIC_SERVER_BLOB_STORE"  # s3://bucket/prefix; else the data folder
KEY_PASSPHRASE_ENV = "OIC_SERVER_KEY_PASSPHRASE"  # noqa: S105 - a variable name, no secret
# a bearer token that reads GET /metrics from any address (serve --metrics-allow for networks)
METRICS_TOKEN_ENV = "OIC_SERVER_METRICS_TOKEN"  # noqa: S105 - a variable name, no secret
METRICS_NETWORKS = "127.0.0.0/8,::1/128,10.0.0.0/8,172.16.0.0/12,192.168.0.0/16,fc00::/7"
DB_FILENAME = "oic-server.db"


@dataclass(frozen=True)
class Limits:
    """What the server accepts; published by ``GET /api/v1/meta``."""

    max_blob_bytes: int = 500 * 1024 * 1024
    chunk_bytes: int = 4 * 1024 * 1024
    max_manifest_bytes: int = 1024 * 1024
    max_blobs_per_submission: int = 2000
    max_login_bytes: int = 16 * 1024  # POST /auth/login and /auth/password (anonymous)
    max_enroll_bytes: int = 64 * 1024  # POST /enroll (a CSR)
    max_session_bytes: int = 64 * 1024  # PUT /sessions/{id} (a note of 5000 characters)
    max_small_body_bytes: int = 16 * 1024  # any other route (none takes a body)
    # the console's decision form: 5,000 characters of reason and 200 comments of 2,000,
    # percent-encoded (up to 9 bytes a character), and an empty field per answer row
    max_decision_form_bytes: int = 4 * 1024 * 1024
    max_json_values: int = 50_000  # objects, arrays and values in one JSON body
    json_parsers: int = 8  # JSON bodies parsed and handled at once (per process)
    body_timeout: float = 60.0  # longest silence while a request body arrives
    min_body_rate: int = 1024  # bytes a second a whole body must keep (after body_timeout)
    login_failures: int = 5  # failed logins allowed per code from one address…
    login_address_failures: int = 20  # …and per address, whatever the code…
    login_window_seconds: int = 60  # …within this many seconds (then 429)
    login_code_failures: int = 5  # failures of one code from everywhere before answers slow
    login_delay_ceiling: float = 3.0  # the longest a slowed login answer waits (seconds)
    staff_idle_seconds: int = 30 * 60  # a console session unused this long ends
    staff_session_max_seconds: int = 12 * 3600  # and any session ends this long after login
    reviews_page: int = 1000
    max_audit_json_bytes: int = 64 * 1024 * 1024  # parsed in memory at commit
    max_report_bytes: int = 128 * 1024 * 1024  # verified in memory at commit

    def public(self) -> dict[str, int]:
        return {
            "max_blob_bytes": self.max_blob_bytes,
            "chunk_bytes": self.chunk_bytes,
            "max_manifest_bytes": self.max_manifest_bytes,
            "max_blobs_per_submission": self.max_blobs_per_submission,
        }


@dataclass(frozen=True)
class Paths:
    """The layout of the data folder."""

    root: Path

    @property
    def database(self) -> Path:
        return self.root / DB_FILENAME

    @property
    def config(self) -> Path:
        return self.root / "server.json"

    @property
    def keys(self) -> Path:
        return self.root / "keys"

    @property
    def blobs(self) -> Path:
        return self.root / "blobs"

    @property
    def forms(self) -> Path:
        return self.root / "forms"

    @property
    def logs(self) -> Path:
        return self.root / "logs"

    def read_config(self) -> dict:
        try:
            data = json.loads(self.config.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return {}
        except (OSError, ValueError) as exc:
            raise ApiError(
                "bad_request",
                f"No se pudo leer {self.config} ({type(exc).__name__}); corríjalo o bórrelo y "
                "ejecute «oic-server init» de nuevo.",
            ) from None
        return data if isinstance(data, dict) else {}


def default_data_dir() -> Path:
    import platformdirs

    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def resolve_data_dir(explicit: str | os.PathLike[str] | None = None) -> Path:
    """``--data-dir`` wins, then ``OIC_SERVER_DATA_DIR``, then the platform folder."""
    if explicit:
        return Path(explicit).expanduser().resolve()
    env = os.environ.get(DATA_DIR_ENV)
    if env:
        return Path(env).expanduser().resolve()
    return default_data_dir()


def normalize_database_url(url: str) -> str:
    """Accept the usual spellings; PostgreSQL always goes through psycopg 3."""
    url = url.strip()
    scheme, sep, rest = url.partition("://")
    if not sep:
        raise ApiError(
            "bad_request",
            f"La dirección de base de datos {mask_url(url)!r} no es válida: use "
            "postgresql://usuario@servidor:5432/base o sqlite:////ruta/archivo.db.",
        )
    scheme = scheme.lower()
    if scheme in ("postgres", "postgresql", "postgresql+psycopg", "postgresql+psycopg3"):
        return f"postgresql+psycopg://{rest}"
    if scheme in ("sqlite", "sqlite+pysqlite"):
        return f"sqlite://{rest}"
    raise ApiError(
        "bad_request",
        f"Base de datos no soportada ({scheme}): el servidor funciona con SQLite o PostgreSQL.",
    )


def resolve_database_url(explicit: str | None, paths: Paths) -> str:
    if explicit:
        return normalize_database_url(explicit)
    env = os.environ.get(DATABASE_ENV)
    if env:
        return normalize_database_url(env)
    recorded = paths.read_config().get("database")
    if isinstance(recorded, str) and recorded:
        return normalize_database_url(recorded)
    return f"sqlite:///{paths.database}"


def resolve_blob_store(explicit: str | None, paths: Paths) -> str:
    """``--blob-store`` wins, then ``OIC_SERVER_BLOB_STORE``, then the one ``init``
    recorded in ``server.json``; "" is the data folder's ``blobs/``. The S3 endpoint and
    credentials come from the environment only (docs/server.md, "Evidencia en S3")."""
    for value in (explicit, os.environ.get(BLOB_STORE_ENV), paths.read_config().get("blob_store")):
        if isinstance(value, str) and value.strip():
            return value.strip()
    return ""


def mask_url(url: str) -> str:
    """The URL without its password, for messages and ``server.json``."""
    try:
        parts = urlsplit(url)
    except ValueError:
        return "<dirección no válida>"
    if parts.password is None:
        return url
    netloc = parts.netloc.rsplit("@", 1)
    user = (parts.username or "") + ":***"
    return urlunsplit(parts._replace(netloc=f"{user}@{netloc[-1]}"))


def strip_password(url: str) -> str:
    parts = urlsplit(url)
    if parts.password is None:
        return url
    host = parts.netloc.rsplit("@", 1)[-1]
    user = parts.username or ""
    return urlunsplit(parts._replace(netloc=f"{user}@{host}" if user else host))


def has_password(url: str) -> bool:
    try:
        return urlsplit(url).password is not None
    except ValueError:
        return False
