"""What every use case of the server shares: the caller, codes, passwords, and the
parts of :class:`~oic_server.service.OICServer` the use-case classes read."""

from __future__ import annotations

import getpass
import hashlib
import os
import re
import secrets
import unicodedata
from dataclasses import dataclass

from argon2 import PasswordHasher

from observer_desktop.core.text import observer_code
from oic_server.blobstore import BlobStore
from oic_server.config import KEY_PASSPHRASE_ENV, Limits, Paths
from oic_server.db import Database
from oic_server.errors import ApiError
from oic_server.forms import FormCatalog
from oic_server.keys import ServerKeys
from oic_server.throttle import LoginThrottle

MIN_CLEANUP_DAYS = 1.0  # an upload idle for less may still be going on

PROTOCOL = {"min": 1, "max": 1}
DEFAULT_SERVER_NAME = "oic-chihuahua"
CODE_RE = re.compile(r"[A-Z0-9][A-Z0-9._-]{0,63}")
SERVER_NAME_RE = re.compile(r"[a-z0-9][a-z0-9._-]{0,63}")
MIN_PASSWORD = 10
_PASSWORD_ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789"  # noqa: S105 - no 0/o, 1/l/i to misread
_hasher = PasswordHasher()  # read as base._hasher at each use: tests swap in a cheap one
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


def check_code(code: str, example: str) -> str:
    """An account's code as stored (observers' and staff's alike), or a refusal."""
    code = normalize_code(code)
    if not CODE_RE.fullmatch(code):
        raise ApiError(
            "bad_request",
            f"El código {code!r} no es válido: use letras, dígitos, «.», «_» o «-» (p. ej. "
            f"{example}), hasta 64 caracteres.",
        )
    return code


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


def current_user() -> str:
    """Who runs the command, for the review log."""
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return "desconocido"


class ServerParts:
    """The server's parts, as :class:`~oic_server.service.OICServer` sets them; the
    use-case classes (one module each) are mixed into it and read them."""

    paths: Paths
    db: Database
    keys: ServerKeys
    store: BlobStore
    limits: Limits
    server_name: str
    forms: FormCatalog
    throttle: LoginThrottle
