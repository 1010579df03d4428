"""The observer's signing identity and where its passphrase comes from.

Order: ``OBSERVER_PASSPHRASE`` (scripts, CI), then the OS keyring, then a
prompt on the terminal. The passphrase never touches the disk in plaintext:
without a keyring backend and without a terminal, signing stops with a
message saying how to provide it. A backend that keeps secrets in a file (such as
keyrings.alt's ``PlaintextKeyring``) is no keyring: :func:`system_keyring` decides,
for this module and for ``services.tokens``.
"""

from __future__ import annotations

import getpass
import os
import secrets
import sys
from collections.abc import Callable

# keyring (and its backends, ~15 ms) is imported in the functions that use it: the
# window imports this module at start, before it needs any secret
from observer_desktop.core.errors import InputError, PassphraseError
from observer_desktop.reports.signing import (
    KeyFiles,
    SigningIdentity,
    check_passphrase,
    create_identity,
    load_identity,
)
from observer_desktop.services.app import Observador

__all__ = [
    "PassphraseProvider",
    "create_key",
    "ensure_identity",
    "identity",
    "keyring_usable",
    "passphrase_for",
    "passphrase_in_keyring",
    "system_keyring",
    "terminal_prompt",
]

KEYRING_SERVICE = "observador"
PassphraseProvider = Callable[[str], str | None]  # prompt text -> passphrase or None


# Backends that keep secrets in a file (keyrings.alt's PlaintextKeyring writes them
# base64-encoded to ~/.local/share/python_keyring): no keyring at all for us (DESIGN §8)
_FILE_MODULES = (
    "keyrings.alt.file",
    "keyrings.alt.pyfs",
    "keyrings.cryptfile",
)
_FILE_NAMES = ("plaintext", "filekeyring")
_NO_KEYRING_MODULES = ("keyring.backends.fail", "keyring.backends.null")


def _is_secure_backend(backend: object) -> bool:
    """Whether one (not chained) backend is a real OS keyring: not a file, not a stub,
    and with a priority of at least 1 (keyring gives file and fallback backends less)."""
    for cls in type(backend).__mro__:
        module, name = cls.__module__, cls.__name__.lower()
        if module.startswith(_FILE_MODULES + _NO_KEYRING_MODULES):
            return False
        if any(word in name for word in _FILE_NAMES) or "file_path" in vars(cls):
            return False
    try:
        priority = float(backend.priority)  # type: ignore[attr-defined]
    except Exception:  # a backend that cannot say is not viable here
        return False
    return priority >= 1


def system_keyring():
    """The OS keyring backend to keep the passphrase and the session token in, or None.

    The one place that decides what counts as a keyring. None when there is no backend,
    or only file, fail or null backends, or any backend with priority below 1: then the
    app behaves as without a keyring (asks the passphrase, seals the token in a file
    with it). Of a chainer, the best real backend it chains is used directly, so no
    secret is ever written to, or read from, a file backend it also chains.
    May probe D-Bus: call it off the UI thread.
    """
    import keyring
    from keyring.backends.chainer import ChainerBackend

    try:
        backend = keyring.get_keyring()
        chained = list(backend.backends) if isinstance(backend, ChainerBackend) else [backend]
        secure = [b for b in chained if _is_secure_backend(b)]
    except Exception:  # a broken backend is the same as none
        return None
    return secure[0] if secure else None  # a chainer lists its backends best first


def _keyring_usable() -> bool:
    return system_keyring() is not None


keyring_usable = _keyring_usable  # public name: may probe D-Bus, call it off the UI thread


def _keyring_user(app: Observador) -> str:
    return f"firma:{app.data_dir}"


def passphrase_in_keyring(app: Observador) -> bool:
    """Whether the keyring holds a passphrase for this data folder (never returns it)."""
    import keyring.errors

    ring = system_keyring()
    if ring is None:
        return False
    try:
        return bool(ring.get_password(KEYRING_SERVICE, _keyring_user(app)))
    except keyring.errors.KeyringError:
        return False


def create_key(app: Observador, passphrase: str) -> tuple[SigningIdentity, bool]:
    """Create the observer's key encrypted with the passphrase *they* chose (the app's
    first-run assistant). Returns (identity, kept in the keyring).

    Unlike :func:`ensure_identity`, which invents a random passphrase when there is a
    keyring, the observer's own passphrase goes to the keyring: the key still opens by
    typing it if the keyring is lost or the data folder moves to another computer.
    Without a keyring nothing is stored and signing asks for it. An existing key is kept.
    """
    import keyring.errors

    existing = identity(app)
    if existing is not None:
        return existing, passphrase_in_keyring(app)
    profile = app.profile()
    if profile is None:
        raise InputError("Registre su perfil antes de crear su llave de firma.")
    created = _create_identity(app, profile, passphrase)
    ring = system_keyring()
    if ring is None:
        return created, False
    try:
        ring.set_password(KEYRING_SERVICE, _keyring_user(app), passphrase)
    except keyring.errors.KeyringError:
        return created, False  # the key is fine and the observer knows the passphrase
    return created, True


def _create_identity(app: Observador, profile: dict, passphrase: str) -> SigningIdentity:
    """A new key, encrypted with ``passphrase``, and its certificate, for ``profile``."""
    return create_identity(
        app.data_dir / "keys",
        name=profile["name"],
        observer_code=profile["observer_code"],
        municipality=profile["municipality"],
        passphrase=passphrase.encode(),
    )


def terminal_prompt(prompt: str) -> str | None:
    if not sys.stdin or not sys.stdin.isatty():
        return None
    return getpass.getpass(prompt)


def identity(app: Observador) -> SigningIdentity | None:
    return load_identity(KeyFiles(app.data_dir / "keys").folder)


def ensure_identity(
    app: Observador, *, ask: PassphraseProvider | None = terminal_prompt
) -> SigningIdentity:
    """The observer's identity, created on first use (key + self-signed certificate)."""
    import keyring.errors

    existing = identity(app)
    if existing is not None:
        return existing
    profile = app.profile()
    if profile is None:
        raise InputError("Registre su perfil (observer init) antes de crear su llave de firma.")
    passphrase = os.environ.get("OBSERVER_PASSPHRASE")
    ring = None if passphrase else system_keyring()
    if ring is not None:
        passphrase = secrets.token_urlsafe(32)  # strong, and nobody has to remember it
    if not passphrase and ask is not None:
        first = ask("Elija una frase de paso para su llave de firma (mín. 8 caracteres): ")
        again = ask("Escríbala otra vez: ") if first else None
        if first and first != again:
            raise InputError("Las frases de paso no coinciden; no se creó la llave.")
        passphrase = first
    if not passphrase:
        raise PassphraseError(
            "No hay llavero del sistema para guardar la frase de paso de su llave de firma: "
            "hace falta escribirla para crear la llave."
        )
    created = _create_identity(app, profile, passphrase)
    if ring is not None:
        try:
            ring.set_password(KEYRING_SERVICE, _keyring_user(app), passphrase)
        except keyring.errors.KeyringError as exc:
            created.files.key.unlink(missing_ok=True)
            created.files.cert.unlink(missing_ok=True)
            raise PassphraseError(
                f"No se pudo guardar la frase de paso en el llavero del sistema ({exc}); "
                "no se creó la llave. Intente de nuevo."
            ) from None
    return created


def passphrase_for(
    app: Observador, ident: SigningIdentity, *, ask: PassphraseProvider | None = terminal_prompt
) -> bytes:
    import keyring.errors

    candidates: list[str] = []
    env = os.environ.get("OBSERVER_PASSPHRASE")
    if env:
        candidates.append(env)
    ring = system_keyring()
    if ring is not None:
        try:
            stored = ring.get_password(KEYRING_SERVICE, _keyring_user(app))
        except keyring.errors.KeyringError:
            stored = None
        if stored:
            candidates.append(stored)
    for candidate in candidates:
        try:
            check_passphrase(ident, candidate.encode())
            return candidate.encode()
        except InputError:
            continue
    if ask is not None:
        typed = ask("Frase de paso de su llave de firma: ")
        if typed:
            check_passphrase(ident, typed.encode())
            return typed.encode()
    raise PassphraseError(
        "Falta la frase de paso de su llave de firma: no está guardada en el llavero del "
        "sistema. Escríbala cuando se le pida."
        if not candidates
        else "La frase de paso guardada no abre su llave de firma: escríbala de nuevo."
    )


# ------------------------------------------------------------ OIC identity (sync)

SELF_SIGNED_BACKUP = "signing-cert-autofirmado.pem"


def _private_key(app: Observador, ident: SigningIdentity, ask: PassphraseProvider | None):
    from cryptography.hazmat.primitives import serialization

    passphrase = passphrase_for(app, ident, ask=ask)
    return serialization.load_pem_private_key(ident.files.key.read_bytes(), password=passphrase)


def make_csr(app: Observador, passphrase_provider: PassphraseProvider | None) -> str:
    """A PKCS#10 request (PEM) for the observer's key, to be certified by the OIC CA.

    Creates the key first if there is none (as the first report would). The OIC
    writes its own subject; ours only says who asks.
    """
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.x509.oid import NameOID

    ident = ensure_identity(app, ask=passphrase_provider)
    key = _private_key(app, ident, passphrase_provider)
    profile = app.profile() or {}
    subject = x509.Name(
        [
            x509.NameAttribute(NameOID.SERIAL_NUMBER, str(profile.get("observer_code", ""))[:64]),
            x509.NameAttribute(NameOID.COMMON_NAME, str(profile.get("name", "Observador"))[:64]),
        ]
    )
    csr = x509.CertificateSigningRequestBuilder().subject_name(subject).sign(key, hashes.SHA256())
    return csr.public_bytes(serialization.Encoding.PEM).decode("ascii")


def _fingerprint(cert) -> str:
    from cryptography.hazmat.primitives import hashes

    return cert.fingerprint(hashes.SHA256()).hex()


def _spki(key) -> bytes:
    from cryptography.hazmat.primitives import serialization

    return key.public_bytes(
        serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo
    )


def issued_by(cert, ca_cert) -> bool:
    """Whether ``ca_cert`` signed ``cert`` (an ECDSA or RSA signature check, no path rules)."""
    from cryptography.exceptions import InvalidSignature

    try:
        cert.verify_directly_issued_by(ca_cert)
    except (ValueError, TypeError, InvalidSignature):
        return False
    return True


def enrolled_with(app: Observador, ca_pem: str | None) -> bool:
    """Whether the current signing certificate was issued by the CA ``ca_pem`` and is not
    on the revocation list kept here (a revoked one must be replaced: enroll again)."""
    from cryptography import x509

    from observer_desktop.services.sync.crl import own_revocation  # sync imports this module

    ident = identity(app)
    if ident is None or not ca_pem or ident.self_signed:
        return False
    try:
        ca = x509.load_pem_x509_certificate(ca_pem.encode())
    except ValueError:
        return False
    return issued_by(ident.certificate, ca) and own_revocation(app, ca_pem) is None


def install_certificate(
    app: Observador,
    cert_pem: str | bytes,
    chain_pems: list[str],
    *,
    expected_ca_fingerprint: str | None = None,
) -> SigningIdentity:
    """Replace the self-signed (or an older OIC) certificate with one the OIC CA issued.

    Refused, changing nothing, unless the certificate is for *our* key, is issued
    by the first certificate of ``chain_pems``, and that CA is the one pinned
    (``expected_ca_fingerprint``). The first self-signed certificate is kept as
    ``keys/signing-cert-autofirmado.pem`` (reports signed with it name it);
    ``keys/chain.pem`` gets the CA so signatures carry the whole chain.
    """
    from cryptography import x509
    from cryptography.hazmat.primitives import serialization

    from observer_desktop.core.files import atomic_write

    ident = identity(app)
    if ident is None:
        raise InputError("No hay llave de firma en esta carpeta de datos; no hay qué certificar.")
    refused = "El certificado que envió el servidor no se instaló: "
    try:
        cert = x509.load_pem_x509_certificate(
            cert_pem.encode() if isinstance(cert_pem, str) else cert_pem
        )
        chain = [x509.load_pem_x509_certificate(p.encode()) for p in chain_pems]
    except (ValueError, AttributeError):
        raise InputError(refused + "no se puede leer.") from None
    if not chain:
        raise InputError(refused + "falta el certificado de la autoridad del OIC.")
    ca = chain[0]
    if expected_ca_fingerprint and _fingerprint(ca) != expected_ca_fingerprint.lower():
        raise InputError(refused + "lo emitió una autoridad distinta de la del servidor.")
    if _spki(cert.public_key()) != _spki(ident.certificate.public_key()):
        raise InputError(refused + "no corresponde a su llave de firma.")
    if not issued_by(cert, ca):
        raise InputError(refused + "su firma no es de la autoridad del OIC.")
    files = ident.files
    backup = files.folder / SELF_SIGNED_BACKUP
    if ident.self_signed and not backup.exists():
        atomic_write(backup, files.cert.read_bytes(), mode=0o600)
    atomic_write(
        files.chain,
        b"".join(c.public_bytes(serialization.Encoding.PEM) for c in chain),
        mode=0o644,
    )
    atomic_write(files.cert, cert.public_bytes(serialization.Encoding.PEM), mode=0o600)
    installed = identity(app)
    assert installed is not None
    return installed


def certificate_pem(app: Observador) -> bytes:
    ident = identity(app)
    if ident is None:
        raise InputError("No hay llave de firma en esta carpeta de datos.")
    return ident.files.cert.read_bytes()


def sign_bytes(
    app: Observador, data: bytes, passphrase_provider: PassphraseProvider | None
) -> bytes:
    """An ECDSA P-256 / SHA-256 signature (DER) of ``data`` with the observer's key."""
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.asymmetric import ec

    ident = identity(app)
    if ident is None:
        raise InputError("No hay llave de firma en esta carpeta de datos.")
    key = _private_key(app, ident, passphrase_provider)
    return key.sign(data, ec.ECDSA(hashes.SHA256()))
