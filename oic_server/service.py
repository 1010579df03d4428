"""The server's use cases, shared by the HTTP API and the ``oic-server`` command.

:class:`OICServer` holds no per-request state: everything lives in the
database and the blob store, so any number of instances (processes, hosts)
can serve one PostgreSQL database and one data folder. Races between them are
settled by row locks and unique keys (see :mod:`oic_server.db`).

Privacy rule: uploads are tracked per observer and hash. An observer learns
nothing about what others sent — not even that a file exists on the server —
while the bytes of a file sent by two observers are stored once.
"""

from __future__ import annotations

import json
import logging
import os
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, select, update

from observer_desktop.core.files import atomic_write
from oic_server import schema as s
from oic_server.blobstore import BlobStore
from oic_server.blobstores import open_store
from oic_server.config import (
    Limits,
    Paths,
    has_password,
    mask_url,
    resolve_blob_store,
    resolve_database_url,
    strip_password,
)
from oic_server.db import Database
from oic_server.errors import ApiError
from oic_server.forms import FormCatalog, seed_forms
from oic_server.keys import ServerKeys
from oic_server.schema import SCHEMA_VERSION, now_iso
from oic_server.schema_migrations import current_version, migrate, newer_schema_error
from oic_server.throttle import LoginThrottle

__all__ = ["Caller", "OICServer", "initialize"]
from oic_server.usecases.activity import ActivityCases
from oic_server.usecases.admin import AdminCases
from oic_server.usecases.agenda import AgendaCases
from oic_server.usecases.auth import AuthCases
from oic_server.usecases.base import (
    DEFAULT_SERVER_NAME,
    PROTOCOL,
    SERVER_NAME_RE,
    Caller,
    _key_passphrase,
    generate_password,
    normalize_code,
)
from oic_server.usecases.console import ConsoleCases
from oic_server.usecases.enrollment import EnrollmentCases
from oic_server.usecases.inbox import InboxCases
from oic_server.usecases.reviews import ReviewCases
from oic_server.usecases.sessions import SessionCases
from oic_server.usecases.staff import StaffCases
from oic_server.usecases.stipends import StipendCases
from oic_server.usecases.submissions import SubmissionCases
from oic_server.usecases.trust import TrustCases
from oic_server.usecases.uploads import UploadCases

__all__ = ["Caller", "OICServer", "generate_password", "initialize", "normalize_code"]

log = logging.getLogger(__name__)


def initialize(
    data_dir: Path,
    database_url: str | None = None,
    *,
    server_name: str | None = None,
    forms_source: Path | None = None,
    hostnames: list[str] | None = None,
    blob_store: str | None = None,
) -> dict[str, Any]:
    """Create (or bring up to date) the database, the keys and the forms folder;
    with ``hostnames``, the server's TLS certificate from the OIC CA (:mod:`.tls`).

    Safe to run again: nothing existing is replaced (a TLS certificate for other
    names, or near its end, is renewed). Refuses a database that already belongs
    to another set of keys (another data folder).
    """
    from oic_server import tls

    if hostnames:
        tls.parse_hostnames(hostnames)  # a bad name changes nothing
    paths = Paths(Path(data_dir))
    if server_name is not None and not SERVER_NAME_RE.fullmatch(server_name):
        raise ApiError(
            "bad_request",
            "El nombre del servidor usa minúsculas, dígitos, «.», «_» o «-» (p. ej. oic-chihuahua).",
        )
    try:
        paths.root.mkdir(parents=True, exist_ok=True)
        os.chmod(paths.root, 0o700)
        paths.logs.mkdir(exist_ok=True)
    except OSError as exc:
        raise ApiError(
            "bad_request", f"No se pudo crear la carpeta de datos {paths.root}: {exc.strerror}."
        ) from None
    url = resolve_database_url(database_url, paths)
    database = Database(url)
    try:
        before, after = migrate(database.engine)
        with database.read() as conn:
            stored = dict(conn.execute(select(s.settings.c.key, s.settings.c.value)).all())
        passphrase = _key_passphrase()
        if ServerKeys.exist(paths.keys):
            keys = ServerKeys.load(paths.keys, passphrase=passphrase)
            keys_created = False
        elif "ca_fingerprint" in stored:
            raise ApiError(
                "conflict",
                "La base de datos ya pertenece a un servidor con otra autoridad certificadora, "
                f"pero {paths.keys} no tiene sus llaves. Copie la carpeta keys/ de la instalación "
                "original (o use otra base de datos).",
            )
        else:
            keys = ServerKeys.create(paths.keys, passphrase=passphrase)
            keys_created = True
        if stored.get("ca_fingerprint", keys.ca_fingerprint) != keys.ca_fingerprint:
            raise ApiError(
                "conflict",
                f"Las llaves de {paths.keys} no son las de esta base de datos (la autoridad "
                "certificadora es otra). Use la carpeta de datos correcta con --data-dir.",
            )
        name = server_name or stored.get("server_name") or DEFAULT_SERVER_NAME
        wanted = {
            "ca_fingerprint": keys.ca_fingerprint,
            "receipt_key_fingerprint": keys.receipt_fingerprint,
            "server_name": name,
        }

        def save(conn: Connection) -> None:
            for key, value in wanted.items():
                if key not in stored:
                    conn.execute(s.settings.insert().values(key=key, value=value))
                elif stored[key] != value:
                    conn.execute(
                        update(s.settings).where(s.settings.c.key == key).values(value=value)
                    )

        database.write(save)
    finally:
        database.close()
    default_url = f"sqlite:///{paths.database}"
    notes = []
    if url != default_url:
        config = paths.read_config()
        if config.get("database") != strip_password(url):
            config["database"] = strip_password(url)
            atomic_write(
                paths.config,
                json.dumps(config, indent=2, ensure_ascii=False).encode("utf-8"),
                mode=0o600,
            )
        if has_password(url):
            notes.append(
                "La contraseña de la base de datos no se guardó en server.json: defina "
                "OIC_SERVER_DATABASE_URL, PGPASSWORD o ~/.pgpass para los siguientes comandos."
            )
    if blob_store is not None:  # recorded like the database (credentials never are)
        _record_blob_store(paths, blob_store)
    added, problems = seed_forms(paths.forms, forms_source)
    tls_result = (
        tls.issue(keys, paths.keys, hostnames, passphrase=passphrase) if hostnames else None
    )
    return {
        "data_dir": str(paths.root),
        "database": mask_url(url),
        "schema": {"from": before, "to": after},
        "keys_created": keys_created,
        "ca_fingerprint_sha256": keys.ca_fingerprint,
        "receipt_key_fingerprint_sha256": keys.receipt_fingerprint,
        "server_name": name,
        "forms_added": added,
        "forms_problems": problems,
        "tls": tls_result,
        "notes": notes,
    }


def _record_blob_store(paths: Paths, url: str) -> None:
    """``init --blob-store``: the store the next commands use (``server.json``); "" or
    ``file:`` is the data folder again."""
    from oic_server.blobstores import parse_s3

    value = "" if url.strip() in ("", "file:") else url.strip()
    if value:
        value = parse_s3(value).url
    config = paths.read_config()
    if config.get("blob_store", "") == value:
        return
    if value:
        config["blob_store"] = value
    else:
        config.pop("blob_store", None)
    atomic_write(
        paths.config,
        json.dumps(config, indent=2, ensure_ascii=False).encode("utf-8"),
        mode=0o600,
    )


# ---------------------------------------------------------------- the server


class OICServer(
    AuthCases,
    EnrollmentCases,
    SubmissionCases,
    UploadCases,
    ReviewCases,
    AdminCases,
    StaffCases,
    InboxCases,
    ConsoleCases,
    ActivityCases,
    SessionCases,
    StipendCases,
    AgendaCases,
    TrustCases,
):
    """One server instance: database, keys, blob store, forms, limits; its use cases come
    from the classes of :mod:`oic_server.usecases`."""

    def __init__(
        self,
        *,
        paths: Paths,
        database: Database,
        keys: ServerKeys,
        store: BlobStore,
        limits: Limits,
        server_name: str,
    ):
        self.paths = paths
        self.db = database
        self.keys = keys
        self.store = store
        self.limits = limits
        self.server_name = server_name
        self.forms = FormCatalog(paths.forms)
        self.throttle = LoginThrottle(database, limits)

    @classmethod
    def open(
        cls,
        data_dir: Path,
        database_url: str | None = None,
        *,
        limits: Limits | None = None,
        blob_store: str | None = None,
    ) -> OICServer:
        """Open an initialized server; a clear error says when ``init`` is needed.
        ``blob_store``: ``s3://bucket/prefix`` (else ``OIC_SERVER_BLOB_STORE``, the one
        ``init`` recorded, or the data folder)."""
        paths = Paths(Path(data_dir))
        url = resolve_database_url(database_url, paths)
        if url == f"sqlite:///{paths.database}" and not paths.database.is_file():
            raise ApiError(
                "unavailable",
                f"No hay servidor en {paths.root}: ejecute primero «oic-server init» (o indique "
                "--data-dir / --database).",
            )
        database = Database(url)
        try:
            with database.read() as conn:
                version = current_version(conn)
                if version == 0:
                    raise ApiError(
                        "unavailable",
                        f"La base de datos {mask_url(url)} está vacía: ejecute «oic-server init».",
                    )
                if version > SCHEMA_VERSION:
                    raise newer_schema_error(version)
                if version < SCHEMA_VERSION:
                    raise ApiError(
                        "unavailable",
                        f"La base de datos tiene el esquema versión {version}; esta versión del "
                        f"servidor usa la {SCHEMA_VERSION}. Ejecute «oic-server init» para "
                        "actualizarla (se hace una copia antes).",
                    )
                stored = dict(conn.execute(select(s.settings.c.key, s.settings.c.value)).all())
            keys = ServerKeys.load(paths.keys, passphrase=_key_passphrase())
            if (
                stored.get("ca_fingerprint") != keys.ca_fingerprint
                or stored.get("receipt_key_fingerprint") != keys.receipt_fingerprint
            ):
                raise ApiError(
                    "unavailable",
                    f"Las llaves de {paths.keys} no son las de la base de datos {mask_url(url)}. "
                    "Todas las instancias deben usar la misma carpeta keys/.",
                )
            store = open_store(
                resolve_blob_store(blob_store, paths), root=paths.root, database=database
            )
        except BaseException:
            database.close()
            raise
        return cls(
            paths=paths,
            database=database,
            keys=keys,
            store=store,
            limits=limits or Limits(),
            server_name=stored.get("server_name", DEFAULT_SERVER_NAME),
        )

    def close(self) -> None:
        self.db.close()

    # ------------------------------------------------------------ meta

    def meta(self) -> dict[str, Any]:
        return {
            "protocol": dict(PROTOCOL),
            "server_time": now_iso(),
            "limits": self.limits.public(),
            "ca": {"fingerprint_sha256": self.keys.ca_fingerprint, "certificate": self.keys.ca_pem},
            "receipt_key": {
                "fingerprint_sha256": self.keys.receipt_fingerprint,
                "public_key": self.keys.receipt_public_pem,
            },
        }

    # ------------------------------------------------------------ forms

    def forms_list(self) -> dict[str, Any]:
        entries, problems = self.forms.entries()
        for p in problems:
            log.warning("form left out: %s: %s", p.path, p.message)
        return {"forms": [e.to_json() for e in entries]}

    def form(self, form_id: str, version: int) -> tuple[bytes, str]:
        entry, data = self.forms.get(form_id, version)
        return data, entry.sha256
