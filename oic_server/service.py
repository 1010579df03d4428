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

import datetime as _dt
import getpass
import hashlib
import json
import logging
import os
import re
import secrets
import time
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from cryptography.hazmat.primitives import serialization
from sqlalchemy import Connection, and_, func, select, update

from observer_desktop.core.canonical import canonical_json, sha256_hex
from observer_desktop.core.files import atomic_write
from observer_desktop.core.text import observer_code
from oic_server import schema as s
from oic_server.blobstore import BlobStore, FilesystemBlobStore
from oic_server.config import (
    KEY_PASSPHRASE_ENV,
    Limits,
    Paths,
    has_password,
    mask_url,
    resolve_database_url,
    strip_password,
)
from oic_server.content import check_audit_json, check_report
from oic_server.db import Database, insert_ignore
from oic_server.errors import ApiError
from oic_server.forms import FormCatalog, seed_forms
from oic_server.keys import ServerKeys, certificate_fingerprint, parse_csr
from oic_server.models import Manifest
from oic_server.schema import SCHEMA_VERSION, current_version, migrate, now_iso
from oic_server.throttle import Attempt, LoginThrottle

__all__ = ["Caller", "OICServer", "initialize"]

log = logging.getLogger(__name__)

MIN_CLEANUP_DAYS = 1.0  # an upload idle for less may still be going on

PROTOCOL = {"min": 1, "max": 1}
DEFAULT_SERVER_NAME = "oic-chihuahua"
CODE_RE = re.compile(r"[A-Z0-9][A-Z0-9._-]{0,63}")
SERVER_NAME_RE = re.compile(r"[a-z0-9][a-z0-9._-]{0,63}")
MIN_PASSWORD = 10
_PASSWORD_ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789"  # noqa: S105 - no 0/o, 1/l/i to misread
_hasher = PasswordHasher()
# verified against when the code is unknown, so both answers take the same time
_DUMMY_HASH = _hasher.hash(secrets.token_urlsafe(16))


@dataclass(frozen=True)
class Caller:
    """The observer behind a request's token."""

    observer_id: int
    code: str
    name: str
    token_hash: str


def _key_passphrase() -> bytes | None:
    value = os.environ.get(KEY_PASSPHRASE_ENV)
    return value.encode("utf-8") if value else None


def _token_hash(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def normalize_code(code: str) -> str:
    return observer_code(code)  # the laptop writes codes the same way


def generate_password() -> str:
    groups = ["".join(secrets.choice(_PASSWORD_ALPHABET) for _ in range(4)) for _ in range(4)]
    return "-".join(groups)


def _check_text(value: str, what: str, *, max_length: int) -> str:
    value = unicodedata.normalize("NFC", value.strip())
    if not value:
        raise ApiError("bad_request", f"Falta {what}.")
    if len(value) > max_length:
        raise ApiError(
            "bad_request", f"{what.capitalize()} es demasiado largo (máximo {max_length})."
        )
    if any(unicodedata.category(c).startswith("C") for c in value):
        raise ApiError("bad_request", f"{what.capitalize()} contiene caracteres de control.")
    return value


# ---------------------------------------------------------------- initialization


def initialize(
    data_dir: Path,
    database_url: str | None = None,
    *,
    server_name: str | None = None,
    forms_source: Path | None = None,
    hostnames: list[str] | None = None,
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


# ---------------------------------------------------------------- the server


class OICServer:
    """One server instance: database, keys, blob store, forms, limits."""

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
    ) -> OICServer:
        """Open an initialized server; a clear error says when ``init`` is needed."""
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
                    raise s.newer_schema_error(version)
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
        except BaseException:
            database.close()
            raise
        return cls(
            paths=paths,
            database=database,
            keys=keys,
            store=FilesystemBlobStore(paths.root),
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

    # ------------------------------------------------------------ authentication

    def start_login(self, code: str, address: str) -> Attempt:
        """Count a login attempt before its password is checked (429 at once for an address
        over a limit); the API waits ``attempt.delay`` seconds before :meth:`login`."""
        return self.throttle.begin(normalize_code(code), address, time.time())

    def _check_credentials(
        self, code: str, password: str, address: str, attempt: Attempt | None
    ) -> tuple[Any, Attempt]:
        """The observer row for a right code and password, else a refusal. The attempt is
        counted before the password is checked (:mod:`oic_server.throttle`)."""
        if attempt is None:
            attempt = self.throttle.begin(code, address, time.time())
        with self.db.read() as conn:
            row = conn.execute(select(s.observers).where(s.observers.c.code == code)).first()
        stored_hash = row.password_hash if row is not None else _DUMMY_HASH
        try:
            ok = _hasher.verify(stored_hash, password)
        except (VerificationError, InvalidHashError):
            ok = False
        if not ok or row is None:
            raise ApiError(
                "bad_credentials",
                "El código de observador o la contraseña no son correctos.",
            )
        if row.disabled_at is not None:
            self._forgive(attempt)  # the right password: no guess to count
            raise ApiError(
                "observer_disabled",
                "El OIC deshabilitó a este observador; comuníquese con el OIC.",
            )
        return row, attempt

    def _forgive(self, attempt: Attempt) -> None:
        self.db.write(lambda conn: self.throttle.succeeded(conn, attempt))

    def _issue_token(
        self, row: Any, device: str, attempt: Attempt, *, new_hash: str | None, changed: bool
    ) -> dict[str, Any]:
        """A new device token for ``row``; ``new_hash`` replaces the stored hash (a
        rehash, or the observer's own new password when ``changed``)."""
        token = secrets.token_urlsafe(32)
        now = now_iso()

        def issue(conn: Connection) -> None:
            if changed:  # a new password closes every session opened with the old one
                conn.execute(
                    update(s.tokens)
                    .where(s.tokens.c.observer_id == row.id, s.tokens.c.revoked_at.is_(None))
                    .values(revoked_at=now)
                )
            conn.execute(
                s.tokens.insert().values(
                    token_hash=_token_hash(token),
                    observer_id=row.id,
                    device=device.strip()[:200],
                    created_at=now,
                )
            )
            self.throttle.succeeded(conn, attempt)
            if new_hash:
                values: dict[str, Any] = {"password_hash": new_hash}
                if changed:
                    values["must_change_password"] = False
                conn.execute(update(s.observers).where(s.observers.c.id == row.id).values(**values))

        self.db.write(issue)
        return {"token": token, "observer": {"code": row.code, "name": row.name}}

    def login(
        self,
        *,
        code: str,
        password: str,
        device: str,
        address: str,
        attempt: Attempt | None = None,
    ) -> dict[str, Any]:
        """A device token for a right code and password. A one-time password (set by
        the OIC) gives none: the observer must choose their own (:meth:`change_password`).
        ``attempt`` is :meth:`start_login`'s, when the caller counted it first."""
        code = normalize_code(code)
        row, attempt = self._check_credentials(code, password, address, attempt)
        if row.must_change_password:
            self._forgive(attempt)
            raise ApiError(
                "password_change_required",
                "Esta contraseña la asignó el OIC y sirve una sola vez: elija ahora su propia "
                f"contraseña (al menos {MIN_PASSWORD} caracteres) para iniciar sesión.",
                min_length=MIN_PASSWORD,
            )
        rehash = _hasher.check_needs_rehash(row.password_hash)
        new_hash = _hasher.hash(password) if rehash else None
        return self._issue_token(row, device, attempt, new_hash=new_hash, changed=False)

    def change_password(
        self,
        *,
        code: str,
        password: str,
        new_password: str,
        device: str,
        address: str,
        attempt: Attempt | None = None,
    ) -> dict[str, Any]:
        """The observer replaces their password (the OIC's one-time one, or their own)
        and gets a device token; every other session of theirs is closed."""
        code = normalize_code(code)
        try:
            new_password = self._password(new_password)
        except ApiError:
            if attempt is not None:  # the password was not checked: no guess to count
                self.db.write(lambda conn: self.throttle.withdraw(conn, attempt))
            raise
        row, attempt = self._check_credentials(code, password, address, attempt)
        if new_password == password:
            self._forgive(attempt)
            raise ApiError(
                "bad_request",
                "La contraseña nueva debe ser distinta de la actual"
                + (
                    " (la que le dio el OIC sirve una sola vez)."
                    if row.must_change_password
                    else "."
                ),
            )
        return self._issue_token(
            row, device, attempt, new_hash=_hasher.hash(new_password), changed=True
        )

    def authenticate(self, authorization: str | None, *, allow_revoked: bool = False) -> Caller:
        scheme, _, token = (authorization or "").partition(" ")
        token = token.strip()
        if scheme.lower() != "bearer" or not 16 <= len(token) <= 256:
            raise ApiError(
                "unauthenticated",
                "Falta la sesión (encabezado Authorization: Bearer …): inicie sesión.",
                headers={"WWW-Authenticate": "Bearer"},
            )
        digest = _token_hash(token)
        with self.db.read() as conn:
            row = conn.execute(
                select(
                    s.tokens.c.revoked_at,
                    s.observers.c.id,
                    s.observers.c.code,
                    s.observers.c.name,
                    s.observers.c.disabled_at,
                )
                .join(s.observers, s.observers.c.id == s.tokens.c.observer_id)
                .where(s.tokens.c.token_hash == digest)
            ).first()
        if row is None or (row.revoked_at is not None and not allow_revoked):
            if row is not None and row.disabled_at is not None:
                raise ApiError(
                    "observer_disabled",
                    "El OIC deshabilitó a este observador; comuníquese con el OIC.",
                )
            raise ApiError(
                "unauthenticated",
                "La sesión no es válida o se cerró: inicie sesión de nuevo.",
                headers={"WWW-Authenticate": "Bearer"},
            )
        if row.disabled_at is not None:
            raise ApiError(
                "observer_disabled", "El OIC deshabilitó a este observador; comuníquese con el OIC."
            )
        return Caller(row.id, row.code, row.name, digest)

    def logout(self, caller: Caller) -> None:
        def revoke(conn: Connection) -> None:
            conn.execute(
                update(s.tokens)
                .where(s.tokens.c.token_hash == caller.token_hash, s.tokens.c.revoked_at.is_(None))
                .values(revoked_at=now_iso())
            )

        self.db.write(revoke)

    # ------------------------------------------------------------ enrollment

    def enroll(self, caller: Caller, csr_pem: str) -> dict[str, Any]:
        csr = parse_csr(csr_pem)
        csr_sha = hashlib.sha256(csr.public_bytes(serialization.Encoding.DER)).hexdigest()

        def issue(conn: Connection) -> str:
            existing = conn.execute(
                select(s.certificates.c.pem).where(
                    s.certificates.c.observer_id == caller.observer_id,
                    s.certificates.c.csr_sha256 == csr_sha,
                )
            ).first()
            if existing is not None:  # the same request again: the same certificate
                return existing.pem
            cert = self.keys.issue(csr, code=caller.code, name=caller.name)
            pem = cert.public_bytes(serialization.Encoding.PEM).decode("ascii")
            conn.execute(
                s.certificates.insert().values(
                    fingerprint=certificate_fingerprint(cert),
                    observer_id=caller.observer_id,
                    serial=format(cert.serial_number, "x"),
                    csr_sha256=csr_sha,
                    pem=pem,
                    issued_at=now_iso(),
                    not_after=cert.not_valid_after_utc.strftime("%Y-%m-%dT%H:%M:%SZ"),
                )
            )
            return pem

        pem = self.db.write(issue)
        return {
            "certificate": pem,
            "chain": [self.keys.ca_pem],
            "ca_fingerprint_sha256": self.keys.ca_fingerprint,
        }

    def certificate_fingerprints(self, conn: Connection, observer_id: int) -> set[str]:
        rows = conn.execute(
            select(s.certificates.c.fingerprint).where(s.certificates.c.observer_id == observer_id)
        ).all()
        return {r.fingerprint for r in rows}

    # ------------------------------------------------------------ forms

    def forms_list(self) -> dict[str, Any]:
        entries, problems = self.forms.entries()
        for p in problems:
            log.warning("form left out: %s: %s", p.path, p.message)
        return {"forms": [e.to_json() for e in entries]}

    def form(self, form_id: str, version: int) -> tuple[bytes, str]:
        entry, data = self.forms.get(form_id, version)
        return data, entry.sha256

    # ------------------------------------------------------------ submissions

    def validate_manifest(self, manifest: Manifest) -> tuple[dict[str, Any], str]:
        """Semantic checks a schema cannot make. Returns (manifest as JSON, its hash)."""
        m = manifest.model_dump(mode="json", exclude_unset=True)  # exactly the fields sent
        blobs = m["blobs"]
        limit = self.limits
        if len(blobs) > limit.max_blobs_per_submission:
            raise ApiError(
                "too_large",
                f"El envío lista {len(blobs)} archivos; el máximo es "
                f"{limit.max_blobs_per_submission}. Divida la evidencia en otra versión.",
            )
        for b in blobs:
            if b["size"] > limit.max_blob_bytes:
                raise ApiError(
                    "too_large",
                    f"El archivo {b.get('name') or b['sha256'][:12]} mide {b['size']} bytes; el "
                    f"máximo es {limit.max_blob_bytes}.",
                    sha256=b["sha256"],
                )
        seen = set()
        for b in blobs:
            if b["sha256"] in seen:
                raise ApiError(
                    "bad_request", f"El manifiesto lista dos veces el archivo {b['sha256']}."
                )
            seen.add(b["sha256"])
        for role, key in (("audit", "audit_sha256"), ("report", "report_sha256")):
            found = [b for b in blobs if b["role"] == role]
            if len(found) != 1 or found[0]["sha256"] != m[key]:
                raise ApiError(
                    "manifest_mismatch",
                    f"El manifiesto debe listar exactamente un archivo con role «{role}» cuyo "
                    f"sha256 sea {key}.",
                    reason=f"{role}_blob",
                )
        for role, most, what in (
            ("audit", limit.max_audit_json_bytes, "El JSON de la auditoría"),
            ("report", limit.max_report_bytes, "El informe firmado"),
        ):
            size = next(b["size"] for b in blobs if b["role"] == role)
            if size > most:
                raise ApiError("too_large", f"{what} mide {size} bytes; el máximo es {most}.")
        return m, sha256_hex(canonical_json(m))

    def _missing(self, conn: Connection, observer_id: int, submission_id: str) -> list[dict]:
        rows = conn.execute(
            select(s.uploads.c.sha256, s.uploads.c.size, s.uploads.c.held)
            .join(
                s.submission_blobs,
                and_(
                    s.submission_blobs.c.sha256 == s.uploads.c.sha256,
                    s.submission_blobs.c.submission_id == submission_id,
                ),
            )
            .where(s.uploads.c.observer_id == observer_id, s.uploads.c.complete.is_(False))
            .order_by(s.uploads.c.sha256)
        ).all()
        return [{"sha256": r.sha256, "size": r.size, "offset": r.held} for r in rows]

    def _record_submission(
        self,
        conn: Connection,
        *,
        observer_id: int,
        submission_id: str,
        manifest: dict[str, Any],
        manifest_sha: str,
        source: str,
    ) -> tuple[bool, Any]:
        """Insert the submission (or find the same one). Returns (created, row)."""
        row = conn.execute(
            select(s.submissions).where(s.submissions.c.id == submission_id).with_for_update()
        ).first()
        if row is not None:
            if row.observer_id != observer_id:
                raise ApiError(
                    "forbidden",
                    "Ese identificador de envío pertenece a otro observador: genere otro.",
                )
            if row.manifest_sha256 != manifest_sha:
                raise ApiError(
                    "submission_conflict",
                    "Ya existe un envío con este identificador y otro contenido. Un cambio en la "
                    "auditoría debe enviarse con un identificador nuevo.",
                )
            return False, row
        blobs = sorted(manifest["blobs"], key=lambda b: b["sha256"])
        held = {
            r.sha256: r
            for r in conn.execute(
                select(s.uploads).where(
                    s.uploads.c.observer_id == observer_id,
                    s.uploads.c.sha256.in_([b["sha256"] for b in blobs]),
                )
            ).all()
        }
        for b in blobs:
            prior = held.get(b["sha256"])
            if prior is not None and prior.size != b["size"]:
                raise ApiError(
                    "manifest_mismatch",
                    f"El archivo {b['sha256']} se declaró antes con {prior.size} bytes y ahora con "
                    f"{b['size']}: el mismo contenido siempre mide lo mismo.",
                    reason="blob_size",
                    sha256=b["sha256"],
                )
        now = now_iso()
        conn.execute(
            s.submissions.insert().values(
                id=submission_id,
                observer_id=observer_id,
                manifest_sha256=manifest_sha,
                manifest=canonical_json(manifest).decode("utf-8"),
                audit_id=manifest["audit_id"],
                audit_version=manifest["audit_version"],
                form_id=manifest["form_id"],
                form_version=manifest["form_version"],
                audit_sha256=manifest["audit_sha256"],
                report_sha256=manifest["report_sha256"],
                state="open",
                source=source,
                created_at=now,
            )
        )
        conn.execute(
            s.submission_blobs.insert(),
            [
                {
                    "submission_id": submission_id,
                    "sha256": b["sha256"],
                    "size": b["size"],
                    "role": b["role"],
                    "name": b.get("name"),
                }
                for b in blobs
            ],
        )
        insert_ignore(
            conn,
            s.uploads,
            (
                {
                    "observer_id": observer_id,
                    "sha256": b["sha256"],
                    "size": b["size"],
                    "held": 0,
                    "complete": False,
                    "updated_at": now,
                }
                for b in blobs
            ),
        )
        row = conn.execute(select(s.submissions).where(s.submissions.c.id == submission_id)).one()
        return True, row

    def put_submission(
        self, caller: Caller, submission_id: str, manifest: Manifest
    ) -> tuple[bool, dict[str, Any]]:
        m, digest = self.validate_manifest(manifest)

        def txn(conn: Connection) -> tuple[bool, dict[str, Any]]:
            created, row = self._record_submission(
                conn,
                observer_id=caller.observer_id,
                submission_id=submission_id,
                manifest=m,
                manifest_sha=digest,
                source="api",
            )
            missing = (
                [] if row.state == "committed" else self._missing(conn, caller.observer_id, row.id)
            )
            return created, {"submission_id": row.id, "state": row.state, "missing": missing}

        return self.db.write(txn)

    def _own_submission(self, conn: Connection, caller: Caller, submission_id: str) -> Any:
        row = conn.execute(select(s.submissions).where(s.submissions.c.id == submission_id)).first()
        if row is None or row.observer_id != caller.observer_id:
            raise ApiError("not_found", "No existe ese envío (entre los suyos).")
        return row

    @staticmethod
    def _submission_json(row: Any) -> dict[str, Any]:
        review = None
        if row.review_state is not None:
            review = {
                "state": row.review_state,
                "comment": row.review_comment or "",
                "at": row.review_at,
            }
        return {
            "submission_id": row.id,
            "audit_id": row.audit_id,
            "audit_version": row.audit_version,
            "state": row.state,
            "review": review,
        }

    def list_submissions(self, caller: Caller) -> dict[str, Any]:
        with self.db.read() as conn:
            rows = conn.execute(
                select(s.submissions)
                .where(s.submissions.c.observer_id == caller.observer_id)
                .order_by(s.submissions.c.created_at, s.submissions.c.id)
            ).all()
        return {"submissions": [self._submission_json(r) for r in rows]}

    def get_submission(self, caller: Caller, submission_id: str) -> dict[str, Any]:
        with self.db.read() as conn:
            return self._submission_json(self._own_submission(conn, caller, submission_id))

    # ------------------------------------------------------------ blobs

    def _upload(self, conn: Connection, caller: Caller, sha256: str, *, lock: bool) -> Any:
        query = select(s.uploads).where(
            s.uploads.c.observer_id == caller.observer_id, s.uploads.c.sha256 == sha256
        )
        row = conn.execute(query.with_for_update() if lock else query).first()
        if row is None:
            raise ApiError(
                "not_found",
                "Ese archivo no figura en ninguno de sus envíos: envíe primero el manifiesto.",
            )
        return row

    def blob_status(self, caller: Caller, sha256: str) -> dict[str, Any]:
        with self.db.read() as conn:
            row = self._upload(conn, caller, sha256, lock=False)
        return {"offset": row.held, "length": row.size, "complete": bool(row.complete)}

    def patch_blob(self, caller: Caller, sha256: str, offset: int, data: bytes) -> dict[str, Any]:
        """Append ``data`` at ``offset``. Returns {offset, length, complete}."""
        if len(data) > self.limits.chunk_bytes:
            raise ApiError(
                "too_large",
                f"El fragmento mide {len(data)} bytes; el máximo es {self.limits.chunk_bytes}.",
            )
        key = f"{caller.observer_id}-{sha256}"
        store = self.store

        def txn(conn: Connection) -> tuple[str, dict[str, Any]]:
            row = self._upload(conn, caller, sha256, lock=True)
            size, held = int(row.size), int(row.held)
            status = {"offset": held, "length": size, "complete": bool(row.complete)}
            if row.complete:
                if offset == size and not data:
                    return "ok", status
                if (
                    data
                    and offset + len(data) == size
                    and store.read_range(sha256, offset, len(data)) == data
                ):
                    return "ok", status  # the last chunk again (its answer was lost)
                return "mismatch", status
            actual = store.part_size(key)
            if actual < held:  # bytes a crash took away: resume from what is really there
                held = actual
                conn.execute(
                    update(s.uploads)
                    .where(
                        s.uploads.c.observer_id == caller.observer_id, s.uploads.c.sha256 == sha256
                    )
                    .values(held=held, updated_at=now_iso())
                )
                status["offset"] = held
            if offset != held:
                if (
                    data
                    and offset < held
                    and offset + len(data) == held
                    and store.read_part(key, offset, len(data)) == data
                ):
                    return "ok", status  # the previous chunk again (its answer was lost)
                return "mismatch", status
            if offset + len(data) > size:
                return "overflow", status
            if not data:
                return "ok", status
            store.write_part(key, offset, data)
            new = offset + len(data)
            where = and_(
                s.uploads.c.observer_id == caller.observer_id, s.uploads.c.sha256 == sha256
            )
            if new < size:
                conn.execute(update(s.uploads).where(where).values(held=new, updated_at=now_iso()))
                return "ok", {"offset": new, "length": size, "complete": False}
            if store.hash_part(key) != sha256:
                store.discard_part(key)
                conn.execute(update(s.uploads).where(where).values(held=0, updated_at=now_iso()))
                return "hash_mismatch", {"offset": 0, "length": size, "complete": False}
            store.promote_part(key, sha256)
            insert_ignore(conn, s.blobs, [{"sha256": sha256, "size": size, "stored_at": now_iso()}])
            conn.execute(
                update(s.uploads)
                .where(where)
                .values(held=size, complete=True, updated_at=now_iso())
            )
            return "ok", {"offset": size, "length": size, "complete": True}

        outcome, status = self.db.write(txn)
        if outcome == "mismatch":
            raise ApiError(
                "offset_mismatch",
                f"El servidor tiene {status['offset']} bytes de este archivo; continúe desde ahí.",
                headers={"Upload-Offset": str(status["offset"])},
                offset=status["offset"],
            )
        if outcome == "overflow":
            raise ApiError(
                "bad_request",
                f"El fragmento termina después del tamaño declarado del archivo ({status['length']} "
                "bytes).",
            )
        if outcome == "hash_mismatch":
            raise ApiError(
                "hash_mismatch",
                "El archivo recibido no tiene el SHA-256 declarado (se dañó en el camino o cambió "
                "en el disco). Se descartó; envíelo de nuevo desde el principio.",
                headers={"Upload-Offset": "0"},
                offset=0,
            )
        return status

    # ------------------------------------------------------------ commit

    def _receipt(self, row: Any, code: str) -> dict[str, Any]:
        receipt = {
            "submission_id": row.id,
            "audit_id": row.audit_id,
            "audit_version": row.audit_version,
            "observer": code,
            "manifest_sha256": row.manifest_sha256,
            "report_sha256": row.report_sha256,
            "received_at": now_iso(),
            "server": self.server_name,
        }
        return {
            "receipt": receipt,
            "signature": self.keys.sign_receipt(receipt),
            "key_fingerprint_sha256": self.keys.receipt_fingerprint,
        }

    def check_content(
        self, manifest: dict[str, Any], fingerprints: set[str], *, observer_code: str
    ) -> str:
        """Audit JSON and signed report of ``observer_code``'s submission whose blobs are
        all stored. Returns the report signer's certificate fingerprint."""
        with self.store.open(manifest["audit_sha256"]) as fh:
            audit_bytes = fh.read(self.limits.max_audit_json_bytes + 1)
        check_audit_json(manifest, audit_bytes, observer_code=observer_code)
        with self.store.local_path(manifest["report_sha256"]) as path:
            return check_report(
                path, audit_sha256=manifest["audit_sha256"], fingerprints=fingerprints
            )

    def _commit_locked(
        self, conn: Connection, *, submission_id: str, code: str, signer: str
    ) -> dict[str, Any]:
        """Mark committed, sign the receipt, start the review as ``received`` (in ``conn``)."""
        row = conn.execute(
            select(s.submissions).where(s.submissions.c.id == submission_id).with_for_update()
        ).one()
        if row.state == "committed":
            return json.loads(row.receipt)
        answer = self._receipt(row, code)
        at = answer["receipt"]["received_at"]
        cursor, seq = self._next_cursor(conn, row.observer_id)
        conn.execute(
            update(s.submissions)
            .where(s.submissions.c.id == submission_id)
            .values(
                state="committed",
                committed_at=at,
                receipt=canonical_json(answer).decode("utf-8"),
                signer_fingerprint=signer,
                review_state="received",
                review_comment="",
                review_at=at,
                review_cursor=cursor,
            )
        )
        conn.execute(
            s.review_events.insert().values(
                cursor=cursor,
                seq=seq,
                submission_id=submission_id,
                observer_id=row.observer_id,
                state="received",
                comment="",
                at=at,
                actor="server",
            )
        )
        return answer

    @staticmethod
    def _next_cursor(conn: Connection, observer_id: int) -> tuple[int, int]:
        """The next global cursor (the server's order of events) and the observer's own
        (what their laptop sees). Both rows stay locked until commit, so cursors become
        visible in order."""
        conn.execute(
            update(s.counters)
            .where(s.counters.c.name == "review_cursor")
            .values(value=s.counters.c.value + 1)
        )
        cursor = conn.execute(
            select(s.counters.c.value).where(s.counters.c.name == "review_cursor")
        ).scalar_one()
        conn.execute(
            update(s.observers)
            .where(s.observers.c.id == observer_id)
            .values(review_seq=s.observers.c.review_seq + 1)
        )
        seq = conn.execute(
            select(s.observers.c.review_seq).where(s.observers.c.id == observer_id)
        ).scalar_one()
        return int(cursor), int(seq)

    def commit(self, caller: Caller, submission_id: str) -> dict[str, Any]:
        with self.db.read() as conn:
            row = conn.execute(
                select(s.submissions).where(s.submissions.c.id == submission_id)
            ).first()
            if row is None or row.observer_id != caller.observer_id:  # the same to both
                raise ApiError(
                    "not_found", "No existe ese envío: envíe primero el manifiesto (PUT)."
                )
            if row.state == "committed":
                return json.loads(row.receipt)
            missing = self._missing(conn, caller.observer_id, submission_id)
            fingerprints = self.certificate_fingerprints(conn, caller.observer_id)
        if missing:
            raise ApiError(
                "incomplete",
                f"Faltan {len(missing)} archivo(s) por subir completos antes de confirmar el envío.",
                missing=missing,
            )
        if not fingerprints:
            raise ApiError(
                "not_enrolled",
                "El OIC aún no le emitió un certificado: inscriba su llave de firma (enroll), "
                "firme el informe de nuevo y vuelva a enviarlo.",
            )
        manifest = json.loads(row.manifest)
        signer = self.check_content(manifest, fingerprints, observer_code=caller.code)
        return self.db.write(
            lambda conn: self._commit_locked(
                conn, submission_id=submission_id, code=caller.code, signer=signer
            )
        )

    # ------------------------------------------------------------ reviews

    def reviews(self, caller: Caller, since: int) -> dict[str, Any]:
        with self.db.read() as conn:
            rows = conn.execute(
                select(
                    s.review_events.c.seq,
                    s.review_events.c.state,
                    s.review_events.c.comment,
                    s.review_events.c.at,
                    s.submissions.c.id,
                    s.submissions.c.audit_id,
                    s.submissions.c.audit_version,
                )
                .join(s.submissions, s.submissions.c.id == s.review_events.c.submission_id)
                .where(
                    s.review_events.c.observer_id == caller.observer_id,
                    s.review_events.c.seq > since,
                )
                .order_by(s.review_events.c.seq)
                .limit(self.limits.reviews_page)
            ).all()
        reviews = [
            {
                "submission_id": r.id,
                "audit_id": r.audit_id,
                "audit_version": r.audit_version,
                "state": r.state,
                "comment": r.comment,
                "at": r.at,
                "cursor": int(r.seq),
            }
            for r in rows
        ]
        return {"reviews": reviews, "cursor": reviews[-1]["cursor"] if reviews else since}

    # ------------------------------------------------------------ administration (CLI)

    def _observer(self, conn: Connection, code: str) -> Any:
        row = conn.execute(
            select(s.observers).where(s.observers.c.code == normalize_code(code))
        ).first()
        if row is None:
            raise ApiError(
                "not_found",
                f"No existe el observador {normalize_code(code)} (vea «oic-server observer list»).",
            )
        return row

    @staticmethod
    def _password(password: str | None) -> str:
        if password is None:
            return generate_password()
        password = password.strip("\r\n")
        if len(password) < MIN_PASSWORD:
            raise ApiError(
                "bad_request", f"La contraseña debe tener al menos {MIN_PASSWORD} caracteres."
            )
        if len(password) > 1024:
            raise ApiError("bad_request", "La contraseña es demasiado larga (máximo 1024).")
        return password

    def add_observer(
        self, code: str, name: str, password: str | None = None, *, one_time: bool = True
    ) -> dict[str, Any]:
        """A new observer. The password (generated unless given) is one-time unless
        ``one_time`` is false (tests, demos): the first login chooses their own."""
        code = normalize_code(code)
        if not CODE_RE.fullmatch(code):
            raise ApiError(
                "bad_request",
                f"El código {code!r} no es válido: use letras, dígitos, «.», «_» o «-» (p. ej. "
                "OBS-001), hasta 64 caracteres.",
            )
        name = _check_text(name, "el nombre", max_length=200)
        secret = self._password(password)
        hashed = _hasher.hash(secret)

        def txn(conn: Connection) -> None:
            exists = conn.execute(
                select(s.observers.c.id).where(s.observers.c.code == code)
            ).first()
            if exists is not None:
                raise ApiError(
                    "conflict",
                    f"Ya existe el observador {code}. Para darle otra contraseña use "
                    f"«oic-server observer password {code}».",
                )
            conn.execute(
                s.observers.insert().values(
                    code=code,
                    name=name,
                    password_hash=hashed,
                    created_at=now_iso(),
                    must_change_password=one_time,
                )
            )

        self.db.write(txn)
        return {"code": code, "name": name, "password": secret if password is None else None}

    def set_password(
        self, code: str, password: str | None = None, *, one_time: bool = True
    ) -> dict[str, Any]:
        """A password from the OIC (a reset): one-time like a new observer's; every open
        session of the observer is closed."""
        secret = self._password(password)
        hashed = _hasher.hash(secret)

        def txn(conn: Connection) -> Any:
            row = self._observer(conn, code)
            conn.execute(
                update(s.observers)
                .where(s.observers.c.id == row.id)
                .values(password_hash=hashed, must_change_password=one_time)
            )
            conn.execute(
                update(s.tokens)
                .where(s.tokens.c.observer_id == row.id, s.tokens.c.revoked_at.is_(None))
                .values(revoked_at=now_iso())
            )
            return row

        row = self.db.write(txn)
        return {
            "code": row.code,
            "name": row.name,
            "password": secret if password is None else None,
        }

    def set_disabled(self, code: str, disabled: bool) -> dict[str, Any]:
        def txn(conn: Connection) -> tuple[Any, bool]:
            row = self._observer(conn, code)
            if (row.disabled_at is not None) == disabled:
                return row, False
            now = now_iso()
            conn.execute(
                update(s.observers)
                .where(s.observers.c.id == row.id)
                .values(disabled_at=now if disabled else None)
            )
            if disabled:
                conn.execute(
                    update(s.tokens)
                    .where(s.tokens.c.observer_id == row.id, s.tokens.c.revoked_at.is_(None))
                    .values(revoked_at=now)
                )
            return row, True

        row, changed = self.db.write(txn)
        return {"code": row.code, "name": row.name, "disabled": disabled, "changed": changed}

    def cleanup(
        self, older_than_days: float, *, dry_run: bool = False, now: float | None = None
    ) -> dict[str, Any]:
        """Free the disk that abandoned uploads hold (``oic-server cleanup``).

        An upload not touched for ``older_than_days`` loses its bytes; its row stays,
        at offset 0, so an observer who comes back after weeks offline is told to
        start that file again (HEAD says 0), never refused. Part files no upload
        row needs, and staging files of interrupted ingests, go too. Complete
        blobs and submissions are never touched.
        """
        if not older_than_days >= MIN_CLEANUP_DAYS:
            raise ApiError(
                "bad_request",
                f"--older-than debe ser al menos {MIN_CLEANUP_DAYS:g} día(s): una subida más "
                "reciente puede estar en curso. No se borró nada.",
            )
        now = time.time() if now is None else now
        before = now - older_than_days * 86400
        cutoff = _dt.datetime.fromtimestamp(before, _dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
        store = self.store
        with self.db.read() as conn:
            pending = conn.execute(
                select(s.uploads.c.observer_id, s.uploads.c.sha256, s.uploads.c.updated_at).where(
                    s.uploads.c.complete.is_(False)
                )
            ).all()
        stale = [(r.observer_id, r.sha256) for r in pending if r.updated_at < cutoff]
        wanted = {f"{r.observer_id}-{r.sha256}" for r in pending}
        abandoned = abandoned_bytes = 0

        for observer_id, sha256 in stale:

            def txn(conn: Connection, observer_id=observer_id, sha256=sha256) -> int:
                where = and_(s.uploads.c.observer_id == observer_id, s.uploads.c.sha256 == sha256)
                row = conn.execute(select(s.uploads).where(where).with_for_update()).first()
                key = f"{observer_id}-{sha256}"
                if row is None or row.complete or row.updated_at >= cutoff:
                    return -1  # finished or resumed meanwhile
                held = store.part_size(key)
                if not dry_run:
                    store.discard_part(key)
                    conn.execute(update(s.uploads).where(where).values(held=0))
                return held

            held = self.db.write(txn)
            if held > 0:
                abandoned, abandoned_bytes = abandoned + 1, abandoned_bytes + held
        orphans = orphan_bytes = 0
        for key, size, mtime in store.parts():
            if key not in wanted and mtime < before:
                orphans, orphan_bytes = orphans + 1, orphan_bytes + size
                if not dry_run:
                    store.discard_part(key)
        staged, staged_bytes = store.discard_stale_staging(before, dry_run=dry_run)
        log.info(
            "cleanup%s: %d abandoned uploads (%d bytes), %d orphan parts, %d staging files",
            " (dry run)" if dry_run else "",
            abandoned,
            abandoned_bytes,
            orphans,
            staged,
        )
        return {
            "older_than_days": older_than_days,
            "dry_run": dry_run,
            "abandoned_uploads": abandoned,
            "abandoned_upload_bytes": abandoned_bytes,
            "orphan_parts": orphans,
            "orphan_part_bytes": orphan_bytes,
            "staging_files": staged,
            "staging_bytes": staged_bytes,
            "bytes_freed": 0 if dry_run else abandoned_bytes + orphan_bytes + staged_bytes,
        }

    def list_observers(self) -> list[dict[str, Any]]:
        with self.db.read() as conn:
            certs = dict(
                conn.execute(
                    select(s.certificates.c.observer_id, func.count()).group_by(
                        s.certificates.c.observer_id
                    )
                ).all()
            )
            subs = dict(
                conn.execute(
                    select(s.submissions.c.observer_id, func.count()).group_by(
                        s.submissions.c.observer_id
                    )
                ).all()
            )
            rows = conn.execute(select(s.observers).order_by(s.observers.c.code)).all()
        return [
            {
                "code": r.code,
                "name": r.name,
                "created_at": r.created_at,
                "disabled": r.disabled_at is not None,
                "disabled_at": r.disabled_at,
                "must_change_password": bool(r.must_change_password),
                "certificates": certs.get(r.id, 0),
                "submissions": subs.get(r.id, 0),
            }
            for r in rows
        ]

    def admin_submissions(
        self, *, observer: str | None = None, state: str | None = None
    ) -> list[dict[str, Any]]:
        query = (
            select(s.submissions, s.observers.c.code)
            .join(s.observers, s.observers.c.id == s.submissions.c.observer_id)
            .order_by(s.submissions.c.created_at, s.submissions.c.id)
        )
        with self.db.read() as conn:
            if observer:
                query = query.where(
                    s.submissions.c.observer_id == self._observer(conn, observer).id
                )
            if state in ("open", "committed"):
                query = query.where(s.submissions.c.state == state)
            elif state:
                query = query.where(s.submissions.c.review_state == state)
            rows = conn.execute(query).all()
        return [self._admin_json(r) for r in rows]

    @staticmethod
    def _admin_json(r: Any) -> dict[str, Any]:
        manifest = json.loads(r.manifest)
        return {
            "submission_id": r.id,
            "observer": r.code,
            "audit_id": r.audit_id,
            "audit_version": r.audit_version,
            "form": f"{r.form_id} v{r.form_version}",
            "state": r.state,
            "source": r.source,
            "created_at": r.created_at,
            "committed_at": r.committed_at,
            "review": r.review_state,
            "review_comment": r.review_comment,
            "review_at": r.review_at,
            "files": len(manifest["blobs"]),
            "bytes": sum(b["size"] for b in manifest["blobs"]),
        }

    def resolve_submission(self, conn: Connection, ref: str) -> Any:
        ref = ref.strip().lower()
        if len(ref) < 4 or not re.fullmatch(r"[0-9a-f-]+", ref):
            raise ApiError(
                "bad_request",
                "Indique el envío por su identificador o al menos sus primeros 4 caracteres.",
            )
        rows = conn.execute(
            select(s.submissions, s.observers.c.code)
            .join(s.observers, s.observers.c.id == s.submissions.c.observer_id)
            .where(s.submissions.c.id.like(ref + "%"))
            .limit(3)
        ).all()
        if not rows:
            raise ApiError(
                "not_found", f"No existe el envío {ref} (vea «oic-server submissions list»)."
            )
        if len(rows) > 1:
            raise ApiError(
                "bad_request", f"«{ref}» corresponde a varios envíos: escriba más caracteres."
            )
        return rows[0]

    def submission_detail(self, ref: str) -> dict[str, Any]:
        with self.db.read() as conn:
            row = self.resolve_submission(conn, ref)
            blobs = conn.execute(
                select(s.submission_blobs)
                .where(s.submission_blobs.c.submission_id == row.id)
                .order_by(s.submission_blobs.c.role, s.submission_blobs.c.name)
            ).all()
            events = conn.execute(
                select(s.review_events)
                .where(s.review_events.c.submission_id == row.id)
                .order_by(s.review_events.c.cursor)
            ).all()
        out = self._admin_json(row)
        out["receipt"] = json.loads(row.receipt) if row.receipt else None
        out["signer_fingerprint"] = row.signer_fingerprint
        out["blobs"] = [
            {"sha256": b.sha256, "size": b.size, "role": b.role, "name": b.name} for b in blobs
        ]
        out["history"] = [
            {"state": e.state, "comment": e.comment, "at": e.at, "actor": e.actor} for e in events
        ]
        return out

    def review(self, ref: str, decision: str, comment: str, *, actor: str | None = None) -> dict:
        """The OIC's decision on a committed submission: ``approve`` or ``return``."""
        states = {"approve": "approved", "return": "returned"}
        if decision not in states:
            raise ApiError(
                "bad_request", "La decisión es «approve» (aprobar) o «return» (devolver)."
            )
        comment = unicodedata.normalize("NFC", comment.strip())
        if decision == "return" and not comment:
            raise ApiError(
                "bad_request",
                "Al devolver un envío escriba en --comment qué debe corregir el observador.",
            )
        if len(comment) > 5000:
            raise ApiError("bad_request", "El comentario es demasiado largo (máximo 5000).")
        if any(unicodedata.category(c) == "Cc" and c not in "\n\t" for c in comment):
            raise ApiError("bad_request", "El comentario contiene caracteres de control.")
        state = states[decision]
        who = actor or f"cli:{_user()}"

        def txn(conn: Connection) -> tuple[Any, bool]:
            row = self.resolve_submission(conn, ref)
            row = conn.execute(
                select(s.submissions).where(s.submissions.c.id == row.id).with_for_update()
            ).one()
            if row.state != "committed":
                raise ApiError(
                    "conflict",
                    "Ese envío aún no está confirmado (faltan archivos o la confirmación): no se "
                    "puede revisar todavía.",
                )
            if row.review_state == state and (row.review_comment or "") == comment:
                return row, False
            at = now_iso()
            cursor, seq = self._next_cursor(conn, row.observer_id)
            conn.execute(
                update(s.submissions)
                .where(s.submissions.c.id == row.id)
                .values(
                    review_state=state, review_comment=comment, review_at=at, review_cursor=cursor
                )
            )
            conn.execute(
                s.review_events.insert().values(
                    cursor=cursor,
                    seq=seq,
                    submission_id=row.id,
                    observer_id=row.observer_id,
                    state=state,
                    comment=comment,
                    at=at,
                    actor=who,
                )
            )
            return row, True

        row, changed = self.db.write(txn)
        return {"submission_id": row.id, "review": state, "comment": comment, "changed": changed}

    def export_submission(self, ref: str, target: Path) -> dict[str, Any]:
        """Copy a submission's report, audit JSON, receipt and evidence into ``target``."""
        detail = self.submission_detail(ref)
        target = Path(target)
        if target.exists() and (not target.is_dir() or any(target.iterdir())):
            raise ApiError(
                "conflict", f"{target} ya existe y no está vacía: indique una carpeta nueva."
            )
        files = []
        try:
            (target / "evidencia").mkdir(parents=True, exist_ok=True)
            for b in detail["blobs"]:
                if not self.store.has(b["sha256"]):
                    continue  # not uploaded yet (open submission)
                if b["role"] == "report":
                    name = "informe.pdf"
                elif b["role"] == "audit":
                    name = "auditoria.json"
                else:
                    name = f"evidencia/{b['sha256'][:12]}-{_safe_name(b['name'] or 'archivo')}"
                with self.store.open(b["sha256"]) as src, open(target / name, "xb") as dst:
                    while chunk := src.read(1024 * 1024):
                        dst.write(chunk)
                files.append(name)
            summary = {k: v for k, v in detail.items()}
            (target / "envio.json").write_text(
                json.dumps(summary, indent=2, ensure_ascii=False), encoding="utf-8"
            )
            files.append("envio.json")
        except OSError as exc:
            raise ApiError(
                "bad_request", f"No se pudo escribir en {target}: {exc.strerror or exc}."
            ) from None
        return {"submission_id": detail["submission_id"], "folder": str(target), "files": files}


def _user() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return "desconocido"


def _safe_name(name: str) -> str:
    name = unicodedata.normalize("NFC", Path(name.replace("\\", "/")).name)
    cleaned = "".join(c if c.isalnum() or c in "._- " else "_" for c in name).strip(" .")
    return cleaned[:120] or "archivo"
