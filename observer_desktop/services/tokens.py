"""Where this computer keeps its session token on the OIC server.

Three places, best first, chosen at login (``sync.session`` says which):

- ``keyring``: the OS keyring (service ``observador``, one entry per data
  folder and server address); a file "keyring" does not count
  (``keys.system_keyring``).
- ``file``: without a keyring, ``sync-token.enc`` in the data folder,
  encrypted with the passphrase of the observer's signing key — the same
  passphrase the app asks for once per run to sign, so a restart costs no new
  login and the password is never stored. AES-256-GCM from ``cryptography``
  under a key derived by scrypt (n=2**15, r=8, p=1: about 30 MB and 0.1 s),
  with a new salt and nonce at every write; the server address and observer
  code are authenticated with it, so a file copied to another folder's
  settings does not open for another server.
- ``memory``: when neither can be had (the passphrase was not given), the UI
  holds the token for the run and revokes it when it closes.

Nothing here touches the network.
"""

from __future__ import annotations

import base64
import contextlib
import json
import os
from typing import Any

from observer_desktop.core.files import atomic_write
from observer_desktop.services import keys
from observer_desktop.services.app import Observador

__all__ = [
    "FILE",
    "FILE_NAME",
    "KEYRING",
    "MEMORY",
    "delete",
    "file_token",
    "has_file",
    "keyring_token",
    "store_in_file",
    "store_in_keyring",
]

KEYRING, FILE, MEMORY = "keyring", "file", "memory"
FILE_NAME = "sync-token.enc"
KEYRING_SERVICE = keys.KEYRING_SERVICE
_SCRYPT = {"n": 2**15, "r": 8, "p": 1}
_FORMAT = 1


def _user(app: Observador, url: str) -> str:
    return f"token:{url}:{app.data_dir}"


def keyring_token(app: Observador, url: str) -> str | None:
    import keyring.errors

    ring = keys.system_keyring()
    if ring is None:
        return None
    try:
        return ring.get_password(KEYRING_SERVICE, _user(app, url))
    except keyring.errors.KeyringError:
        return None


def store_in_keyring(app: Observador, url: str, token: str) -> bool:
    import keyring.errors

    ring = keys.system_keyring()
    if ring is None:
        return False
    try:
        ring.set_password(KEYRING_SERVICE, _user(app, url), token)
    except keyring.errors.KeyringError:
        return False
    return True


def _path(app: Observador):
    return app.data_dir / FILE_NAME


def _aad(url: str, code: str) -> bytes:
    return json.dumps([_FORMAT, url, code]).encode()


def _key(passphrase: bytes, salt: bytes) -> bytes:
    from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

    return Scrypt(salt=salt, length=32, **_SCRYPT).derive(passphrase)


def store_in_file(app: Observador, url: str, code: str, token: str, passphrase: bytes) -> None:
    """Write the token encrypted with ``passphrase`` (owner-only file, atomic)."""
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    salt, nonce = os.urandom(16), os.urandom(12)
    sealed = AESGCM(_key(passphrase, salt)).encrypt(nonce, token.encode(), _aad(url, code))
    body = {
        "format": _FORMAT,
        "what": "Sesión de Observador en el servidor del OIC, cifrada con la frase de paso "
        "de la llave de firma. Borrarla solo obliga a iniciar sesión de nuevo.",
        "url": url,
        "code": code,
        "kdf": {"name": "scrypt", **_SCRYPT},
        "salt": base64.b64encode(salt).decode(),
        "nonce": base64.b64encode(nonce).decode(),
        "sealed": base64.b64encode(sealed).decode(),
    }
    atomic_write(_path(app), json.dumps(body, indent=1).encode() + b"\n", mode=0o600)


def _read(app: Observador) -> dict[str, Any] | None:
    try:
        body = json.loads(_path(app).read_bytes())
    except (OSError, ValueError):
        return None
    return body if isinstance(body, dict) and body.get("format") == _FORMAT else None


def has_file(app: Observador, url: str, code: str) -> bool:
    """Whether a token file for this server and observer is here (nothing decrypted)."""
    body = _read(app)
    return body is not None and body.get("url") == url and body.get("code") == code


def file_token(app: Observador, url: str, code: str, passphrase: bytes) -> str | None:
    """The token, or None: no file, another server or observer, or a passphrase that
    does not open it (the key's passphrase was changed: log in again)."""
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    body = _read(app)
    if body is None or body.get("url") != url or body.get("code") != code:
        return None
    try:
        salt = base64.b64decode(body["salt"], validate=True)
        nonce = base64.b64decode(body["nonce"], validate=True)
        sealed = base64.b64decode(body["sealed"], validate=True)
        plain = AESGCM(_key(passphrase, salt)).decrypt(nonce, sealed, _aad(url, code))
    except (KeyError, TypeError, ValueError, InvalidTag):
        return None
    return plain.decode("utf-8", "replace") or None


def delete(app: Observador, url: str | None) -> None:
    """Forget the token everywhere on this computer (keyring entry and file)."""
    import keyring.errors

    with contextlib.suppress(OSError):
        _path(app).unlink(missing_ok=True)
    ring = keys.system_keyring() if url else None
    if ring is not None:
        with contextlib.suppress(keyring.errors.KeyringError):
            ring.delete_password(KEYRING_SERVICE, _user(app, url))
