"""Who is logged in, and with what: :func:`login` (pins the server's keys, keeps the
device token, enrolls the signing key with the OIC), :func:`logout`,
:func:`revoke_token`, :func:`needs_password`, and where the token is kept (keyring,
encrypted file or memory; :mod:`observer_desktop.services.tokens` does the keeping).

keyring (and its backends, ~15 ms) is imported in the functions that use it: the
window imports this module at start, before it needs any secret."""

from __future__ import annotations

import contextlib
import platform
from dataclasses import dataclass, field
from typing import Any

from observer_desktop.core.errors import InputError, ObserverError, PassphraseError
from observer_desktop.core.text import observer_code as canonical_code
from observer_desktop.services import keys, settings, tokens
from observer_desktop.services.app import Observador
from observer_desktop.services.sync.server import (
    SyncOptions,
    _check_pins,
    _client,
    _clock_warning,
    _connect,
    _server_config,
)
from observer_desktop.services.sync_keys import (
    REVIEW_CURSOR_KEY,
    REVIEW_CURSOR_OWNER_KEY,
    SERVER_KEY,
    SERVER_URL_KEY,
    SESSION_KEY,
)
from observer_desktop.storage.repositories import now_iso
from observer_desktop.sync.client import Meta, ProtocolClient, check_server_url, format_fingerprint
from observer_desktop.sync.errors import SyncError


def _keyring_token(app: Observador, url: str) -> str | None:
    return tokens.keyring_token(app, url)


def _delete_token(app: Observador, url: str) -> None:
    tokens.delete(app, url)


def _token_store(session: dict[str, Any] | None) -> str | None:
    if not session:
        return None
    store = session.get("token_store")
    if store in (tokens.KEYRING, tokens.FILE, tokens.MEMORY):
        return store
    return tokens.KEYRING if session.get("token_in_keyring") else tokens.MEMORY  # before v2


def _key_passphrase(app: Observador, ask: keys.PassphraseProvider | None) -> bytes:
    """The signing key's passphrase (environment, keyring or ``ask``), checked."""
    ident = keys.ensure_identity(app, ask=ask)  # a first login may come before any report
    return keys.passphrase_for(app, ident, ask=ask)


def _file_token(app: Observador, url: str, ask: keys.PassphraseProvider | None) -> str | None:
    """The token kept in the encrypted file, opening it with the key's passphrase."""
    code = settings.login_code(app)
    if not tokens.has_file(app, url, code):
        return None
    try:
        secret = _key_passphrase(app, ask)
    except InputError as exc:
        raise PassphraseError(
            "Para enviar al OIC hay que abrir su llave de firma: la sesión de esta computadora "
            f"está guardada con su frase de paso. {exc}"
        ) from None
    return tokens.file_token(app, url, code, secret)


def _remembering(ask: keys.PassphraseProvider | None) -> keys.PassphraseProvider | None:
    """``ask`` answering each prompt once: a login opens the key for the token file and
    for enrollment, and a terminal must not ask twice. A passphrase just chosen for a
    new key also answers the prompt that opens it."""
    if ask is None:
        return None
    answers: dict[str, str | None] = {}
    latest: list[str] = []

    def remembered(prompt: str) -> str | None:
        if prompt not in answers:
            opening = prompt.startswith("Frase de paso de su llave")
            answers[prompt] = latest[-1] if opening and latest else ask(prompt)
            if answers[prompt]:
                latest.append(answers[prompt])
        return answers[prompt]

    return remembered


def _keep_token(
    app: Observador, url: str, code: str, token: str, ask: keys.PassphraseProvider | None
) -> tuple[str, str | None]:
    """Keep the token in the keyring, else in the encrypted file; (store, why not file)."""
    if tokens.store_in_keyring(app, url, token):
        return tokens.KEYRING, None
    try:
        secret = _key_passphrase(app, ask)
    except InputError as exc:
        return tokens.MEMORY, str(exc)
    tokens.store_in_file(app, url, code, token, secret)
    return tokens.FILE, None


@dataclass
class LoginResult:
    server: str
    observer_code: str
    observer_name: str
    ca_fingerprint: str
    ca_pinned_now: bool  # first time this server's CA was seen: show it to the observer
    token_in_keyring: bool
    enrolled: bool
    token_store: str = tokens.KEYRING  # keyring | file (encrypted) | memory (this run only)
    token_note: str | None = None  # why not kept on disk (memory)
    certificate_fingerprint: str | None = None
    enroll_error: str | None = None
    warnings: list[str] = field(default_factory=list)
    token: str | None = field(default=None, repr=False)  # in memory only; never in to_json

    def to_json(self) -> dict[str, Any]:
        return {
            "server": self.server,
            "observer_code": self.observer_code,
            "observer_name": self.observer_name,
            "ca_fingerprint": self.ca_fingerprint,
            "ca_fingerprint_display": format_fingerprint(self.ca_fingerprint),
            "ca_pinned_now": self.ca_pinned_now,
            "token_in_keyring": self.token_in_keyring,
            "token_store": self.token_store,
            "enrolled": self.enrolled,
            "certificate_fingerprint": self.certificate_fingerprint,
            "enroll_error": self.enroll_error,
            "warnings": self.warnings,
        }


def _require_profile(app: Observador, code: str, name: str) -> None:
    profile = app.profile()
    if profile is None:
        app.save_profile(name=name or code, observer_code=code)
        return
    if canonical_code(profile["observer_code"]) != code:
        raise InputError(
            f"Su perfil en esta computadora es del observador {profile['observer_code']}, pero "
            f"inició sesión como {code}. Use su propio código, o corrija el perfil "
            "(observer init --code …) si el OIC le asignó otro."
        )


MIN_PASSWORD = 10  # the server's rule (it answers min_length; it checks again)


def check_new_password(current: str, new: str, *, minimum: int = MIN_PASSWORD) -> None:
    """Refuse, before any request, a new password the server would refuse."""
    if len(new) < minimum:
        raise InputError(f"La contraseña nueva debe tener al menos {minimum} caracteres.")
    if new == current:
        raise InputError(
            "La contraseña nueva debe ser distinta de la que le dio el OIC (esa sirve una sola vez)."
        )


def login(
    app: Observador,
    *,
    server: str,
    code: str,
    password: str,
    new_password: str | None = None,
    trust_ca: str | None = None,
    ask: keys.PassphraseProvider | None = None,
    options: SyncOptions | None = None,
) -> LoginResult:
    """Log in, keep the token, pin the server's keys and enroll the signing key.

    A wrong address, password or a changed CA changes nothing. A one-time
    password from the OIC raises :class:`PasswordChangeRequired`: call again with
    ``new_password`` (the observer's own), which the server then keeps. The
    token goes to the keyring, else to a file encrypted with the signing key's
    passphrase (:mod:`.tokens`), else stays in ``LoginResult.token`` only. A
    first contact with a server whose certificate comes from the OIC's own CA
    raises :class:`UnknownAuthority` before the password is sent: call again
    with ``trust_ca`` (the fingerprint the observer confirmed).
    Enrollment needs that passphrase too (keyring, ``OBSERVER_PASSPHRASE`` or
    ``ask``); without it the login still holds and ``enroll_error`` says what to do.
    """
    options = options or SyncOptions()
    url = check_server_url(server)
    code = _checked_login(code, password, new_password)
    ask = _remembering(ask)
    config = _server_config(app)
    client, meta = _connect(app, url, trust_ca, options)
    with client:
        return _log_in_and_keep(
            app,
            client,
            meta,
            url=url,
            config=config,
            code=code,
            password=password,
            new_password=new_password,
            ask=ask,
            options=options,
        )


def _log_in_and_keep(
    app: Observador,
    client: ProtocolClient,
    meta: Meta,
    *,
    url: str,
    config: dict[str, Any] | None,
    code: str,
    password: str,
    new_password: str | None,
    ask: keys.PassphraseProvider | None,
    options: SyncOptions,
) -> LoginResult:
    """Once the server has answered /meta: its keys checked against the pins, the login,
    the profile, the pins and the token kept, the session noted, the key enrolled."""
    _check_pins(config, url, meta)
    warnings: list[str] = []
    if (w := _clock_warning(meta)) is not None:
        warnings.append(w)
    token, name = _log_in(client, code, password, new_password, options)
    _require_profile_or_log_out(app, client, code, name)
    pinned_now = _pin_server(app, url, code, meta, config)
    store, not_kept = _keep_new_token(
        app, url, code, token, previous_url=(config or {}).get("url"), ask=ask, options=options
    )
    _note_session(app, code, name, store)
    result = LoginResult(
        server=url,
        observer_code=code,
        observer_name=name,
        ca_fingerprint=meta.ca_fingerprint,
        ca_pinned_now=pinned_now,
        token_in_keyring=store == tokens.KEYRING,
        token_store=store,
        token_note=not_kept,
        enrolled=False,
        warnings=warnings,
        token=token if store == tokens.MEMORY else None,
    )
    from observer_desktop.services.sync.crl import refresh_crl  # crl imports this package

    # a revoked certificate of this laptop is replaced just below; the observer is told
    crl = refresh_crl(app, client)
    told = len(result.warnings)
    result.warnings.extend(crl.warnings)
    try:
        result.certificate_fingerprint = _enroll(app, client, meta, ask=ask)
        result.enrolled = True
    except (InputError, SyncError) as exc:
        result.enroll_error = str(exc)
    if crl.own_revoked is not None and result.enrolled:
        result.warnings[told] = (
            "El OIC había revocado su certificado de firma; ya se obtuvo uno nuevo. Los "
            "informes pendientes se firmarán de nuevo con él."
        )
    return result


def _require_profile_or_log_out(
    app: Observador, client: ProtocolClient, code: str, name: str
) -> None:
    """:func:`_require_profile`; a refused login leaves no session open on the server."""
    try:
        _require_profile(app, code, name)
    except ObserverError:
        with contextlib.suppress(SyncError):
            client.logout()
        raise


def _note_session(app: Observador, code: str, name: str, store: str) -> None:
    """Who is logged in from here, and where the token is kept."""
    with app.database.transaction():
        app.store.set_setting(
            SESSION_KEY,
            {
                "code": code,
                "name": name,
                "at": now_iso(),
                "token_in_keyring": store == tokens.KEYRING,
                "token_store": store,
            },
        )


def _checked_login(code: str, password: str, new_password: str | None) -> str:
    """The observer code in its canonical form, once what was typed can be sent."""
    code = canonical_code(code or "")
    if not code or len(code) > 40 or any(c.isspace() for c in code):
        raise InputError("Escriba su código de observador (el que le asignó el OIC, sin espacios).")
    if not password:
        raise InputError("Escriba su contraseña del servidor del OIC.")
    if new_password is not None:
        check_new_password(password, new_password)
    return code


def _log_in(
    client: ProtocolClient,
    code: str,
    password: str,
    new_password: str | None,
    options: SyncOptions,
) -> tuple[str, str]:
    """(token, observer's name) from the server; the client carries the token from now on."""
    device = options.device or platform.node() or "laptop"
    if new_password is None:
        answer = client.login(code, password, device)
    else:
        answer = client.change_password(code, password, new_password, device)
    token = str(answer["token"])
    observer = answer.get("observer") if isinstance(answer.get("observer"), dict) else {}
    client.token = token
    return token, str(observer.get("name") or "")


def _pin_server(
    app: Observador, url: str, code: str, meta: Meta, config: dict[str, Any] | None
) -> bool:
    """Keep the server's keys and limits as pinned for ``url``; whether pinned just now."""
    pinned_now = not config or config.get("url") != url
    with app.database.transaction():
        app.store.set_setting(
            SERVER_KEY,
            {
                "url": url,
                "ca_fingerprint": meta.ca_fingerprint,
                "ca_pem": meta.ca_pem,
                "receipt_key_fingerprint": meta.receipt_key_fingerprint,
                "receipt_key_pem": meta.receipt_key_pem,
                "limits": meta.limits,
                "pinned_at": (config or {}).get("pinned_at") if not pinned_now else now_iso(),
            },
        )
        app.store.set_setting(SERVER_URL_KEY, url)
        # review cursors count one observer's events (server schema 3): another code
        # on this server starts from 0, or it would skip that observer's first events
        owner = app.store.get_setting(REVIEW_CURSOR_OWNER_KEY)
        if pinned_now or (owner is not None and owner != code):
            app.store.set_setting(REVIEW_CURSOR_KEY, 0)
        app.store.set_setting(REVIEW_CURSOR_OWNER_KEY, code)
    return pinned_now


def _keep_new_token(
    app: Observador,
    url: str,
    code: str,
    token: str,
    *,
    previous_url: str | None,
    ask: keys.PassphraseProvider | None,
    options: SyncOptions,
) -> tuple[str, str | None]:
    """Keep the login's token (:func:`_keep_token`), dropping the token of another
    server and revoking the one it replaces; (store, why not kept on disk)."""
    if previous_url and previous_url != url:
        _delete_token(app, previous_url)
    replaced = _keyring_token(app, url) if previous_url == url else None
    kept = _keep_token(app, url, code, token, ask)
    if replaced and replaced != token:
        # a new login replaces the device's token: the old one must not stay valid
        with contextlib.suppress(SyncError), _client(app, url, replaced, options) as old:
            old.logout()
    return kept


def _enroll(
    app: Observador, client: ProtocolClient, meta: Meta, *, ask: keys.PassphraseProvider | None
) -> str:
    """Make sure the signing certificate is the OIC's; returns its fingerprint."""
    if keys.enrolled_with(app, meta.ca_pem):
        ident = keys.identity(app)
        assert ident is not None
        return ident.fingerprint
    try:
        csr = keys.make_csr(app, ask)
    except InputError as exc:
        raise InputError(
            "Se inició la sesión, pero falta obtener su certificado del OIC: para pedirlo hay "
            f"que abrir su llave de firma. {exc}"
        ) from None
    answer = client.enroll(csr)
    claimed = str(answer.get("ca_fingerprint_sha256") or meta.ca_fingerprint).lower()
    if claimed != meta.ca_fingerprint:
        raise SyncError(
            "El certificado que envió el servidor es de otra autoridad; no se instaló.",
            code="enroll_mismatch",
        )
    installed = keys.install_certificate(
        app,
        answer["certificate"],
        [str(p) for p in answer["chain"]],
        expected_ca_fingerprint=meta.ca_fingerprint,
    )
    with app.database.transaction():
        known = app.store.get_setting("keys.oic_certificates") or []
        if installed.fingerprint not in known:
            app.store.set_setting("keys.oic_certificates", [*known, installed.fingerprint])
    return installed.fingerprint


def logout(
    app: Observador,
    *,
    forget_server: bool = False,
    token: str | None = None,
    ask: keys.PassphraseProvider | None = None,
    options: SyncOptions | None = None,
) -> dict[str, Any]:
    """Revoke the token on the server and delete it here (keyring, file or ``token``;
    a file token is revoked only if ``ask`` opens the key, and deleted in any case).

    Offline, the token is still deleted from this computer and ``revoked`` is
    false with a warning. ``forget_server`` also drops the pinned keys, the way
    to accept a CA the OIC really changed.
    """
    options = options or SyncOptions()
    config = _server_config(app)
    url = (config or {}).get("url") or settings.server_url(app)
    session = app.store.get_setting(SESSION_KEY)
    result: dict[str, Any] = {
        "server": url,
        "was_logged_in": bool(session),
        "revoked": False,
        "warning": None,
        "forgot_server": forget_server,
    }
    if url:
        if not token:
            token = _keyring_token(app, url)
        if not token and tokens.has_file(app, url, settings.login_code(app)):
            try:
                token = _file_token(app, url, ask)
            except InputError:
                result["warning"] = (
                    "La sesión sigue abierta en el servidor del OIC: para cerrarla allá hacía "
                    "falta la frase de paso de su llave de firma. En esta computadora ya se "
                    "borró; pida al OIC que la cierre si perdió la computadora."
                )
        if token:
            try:
                with _client(app, url, token, options) as client:
                    client.logout()
                result["revoked"] = True
            except SyncError as exc:
                if exc.status == 401:
                    result["revoked"] = True  # already revoked: what we wanted
                else:
                    result["warning"] = (
                        "No se pudo avisar al servidor del OIC, así que la sesión sigue abierta "
                        f"allá ({exc}). El token ya se borró de esta computadora; pida al OIC que "
                        "la cierre si perdió la computadora."
                    )
        _delete_token(app, url)
    with app.database.transaction():
        app.store.set_setting(SESSION_KEY, None)
        if forget_server:
            app.store.set_setting(SERVER_KEY, None)
            app.store.set_setting(REVIEW_CURSOR_KEY, 0)
    return result


def revoke_token(app: Observador, token: str, *, options: SyncOptions | None = None) -> bool:
    """Revoke a token held only in memory (no keyring) when it is no longer needed."""
    url = settings.server_url(app)
    if not url or not token:
        return False
    try:
        with _client(app, url, token, options or SyncOptions()) as client:
            client.logout()
    except SyncError as exc:
        return exc.status == 401
    return True


def needs_password(app: Observador) -> bool:
    """Whether a sync from here must log in again: no token in the keyring nor in the
    encrypted file. Probes the keyring."""
    url = settings.server_url(app)
    if not url:
        return False
    if tokens.has_file(app, url, settings.login_code(app)):
        return False
    return _keyring_token(app, url) is None


def _not_logged_in(url: str) -> InputError:
    return InputError(
        f"No hay una sesión abierta en el servidor del OIC ({url}). Inicie sesión: "
        f"observer login --server {url} --code SU-CODIGO (en la aplicación: Envíos → Iniciar sesión en el OIC)."
        + (
            ""
            if keys.keyring_usable()
            else " Esta computadora no tiene llavero del sistema: use --password-stdin o escriba "
            "la contraseña cuando se le pida."
        )
    )


def _forget_session(app: Observador, url: str) -> None:
    _delete_token(app, url)
    with app.database.transaction():
        app.store.set_setting(SESSION_KEY, None)
