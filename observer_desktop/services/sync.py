"""Sync use cases shared by the CLI and the UI: deliver finished audits to the OIC.

- :func:`login` / :func:`logout`: server address, observer code and password →
  a device token in the OS keyring (only in memory without one); the first
  login pins the OIC's CA and receipt key and enrolls the observer's key.
- :func:`queue_audit`: a finalized audit enters the outbox (one submission id
  per audit version). :func:`sync_now` queues every signed audit, prepares
  each submission once (report signed with the OIC certificate, manifest
  frozen), sends only what the server lacks, stores the verified receipt and
  the "delivered" mark in one transaction, fetches reviews and new checklists.
- :func:`export_batch`: the same submissions on a USB stick.
- :func:`sync_status`: a cheap summary for the window's status bar.

When the app syncs in the background is :mod:`observer_desktop.sync.schedule`'s
business (driven by the window's sync controller), not this module's.

Everything here is safe to run on a worker thread with its own
:class:`Observador`; progress comes back through plain callbacks and
:class:`~observer_desktop.sync.policy.SyncControl` pauses or cancels. No call
holds a database transaction while it talks to the network.
"""

from __future__ import annotations

import contextlib
import hashlib
import io
import json
import os
import platform
import re
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

# keyring (and its backends, ~15 ms) is imported in the functions that use it: the
# window imports this module at start, before it needs any secret
from observer_desktop.core.canonical import canonical_json
from observer_desktop.core.checklist import ChecklistError, parse_checklist
from observer_desktop.core.errors import (
    InputError,
    NotFoundError,
    ObserverError,
    PassphraseError,
    os_reason,
)
from observer_desktop.core.files import atomic_write
from observer_desktop.core.text import observer_code as canonical_code
from observer_desktop.services import keys, tokens
from observer_desktop.services.app import STATUS_LABELS, Observador
from observer_desktop.storage.repositories import now_iso
from observer_desktop.sync.batch import write_batch
from observer_desktop.sync.client import (
    Meta,
    ProtocolClient,
    check_server_url,
    format_fingerprint,
    probe_authority,
    trust_context,
)
from observer_desktop.sync.engine import (
    BlobSource,
    Outgoing,
    ProgressTracker,
    SyncProgress,
    send_submission,
)
from observer_desktop.sync.errors import (
    Cancelled,
    CertificateChangedError,
    PasswordChangeRequired,
    SyncError,
    UnknownAuthority,
    human_size,
)
from observer_desktop.sync.policy import Retrier, RetryPolicy, SyncControl
from observer_desktop.sync.receipts import manifest_sha256, verify_receipt

__all__ = [
    "AUTO_SYNC_KEY",
    "SERVER_URL_KEY",
    "LoginResult",
    "PasswordChangeRequired",
    "RetryPolicy",
    "SyncControl",
    "SyncOptions",
    "SyncProgress",
    "SyncResult",
    "SyncStatus",
    "UnknownAuthority",
    "audit_reviews",
    "export_batch",
    "login",
    "logout",
    "needs_password",
    "outbox",
    "queue_audit",
    "queue_signed",
    "returned_review",
    "review_comments_from",
    "revoke_token",
    "sync_now",
    "sync_status",
]

SERVER_URL_KEY = "sync.server_url"  # also written by the settings dialog
AUTO_SYNC_KEY = "sync.auto"  # background sync on (default) or off
SERVER_KEY = "sync.server"  # pins and limits of the server logged in to (no secret)
SESSION_KEY = "sync.session"  # who is logged in, and whether the token is in the keyring
STATE_KEY = "sync.state"  # last attempt, success and error, for sync_status
REVIEW_CURSOR_KEY = "sync.review_cursor"
REVIEW_CURSOR_OWNER_KEY = "sync.review_cursor_code"  # whose events the cursor counts
KEYRING_SERVICE = "observador"
CLOCK_SKEW_LIMIT = 300.0  # seconds, as the protocol says
PENDING_STATES = ("queued", "failed")
QUEUEABLE = ("finalized", "signed")
# failures whose cure is a new manifest: the next explicit sync prepares the audit again
# under a new submission id (the old one was never committed)
REPREPARE_CODES = {"signature_invalid", "manifest_mismatch", "submission_conflict", "prepare"}
_FORM_ID = re.compile(r"^[a-z][a-z0-9_]{0,63}$")

ProgressFn = Callable[[SyncProgress], None]


@dataclass(frozen=True)
class SyncOptions:
    """Knobs for tests, the bench and unusual networks; the defaults are the product's."""

    stall_timeout: float = 30.0
    connect_timeout: float = 15.0
    retry: RetryPolicy = field(default_factory=RetryPolicy)
    max_chunk_bytes: int | None = None  # send smaller chunks than the server allows
    transport: Any = None  # an httpx transport (tests, bench)
    verify: Any = True  # TLS verification: True, a CA bundle path or an ssl.SSLContext
    retry_failed: bool = True  # also try submissions that failed before (explicit sync)
    fetch_forms: bool = True
    device: str | None = None


# ------------------------------------------------------------------ settings


def _server_config(app: Observador) -> dict[str, Any] | None:
    value = app.store.get_setting(SERVER_KEY)
    return value if isinstance(value, dict) else None


def _configured_url(app: Observador) -> str | None:
    url = app.store.get_setting(SERVER_URL_KEY)
    return url if isinstance(url, str) and url else None


def _state(app: Observador) -> dict[str, Any]:
    value = app.store.get_setting(STATE_KEY)
    return value if isinstance(value, dict) else {}


def _set_state(app: Observador, **changes: Any) -> None:
    with app.database.transaction():
        state = _state(app)
        state.update(changes)
        app.store.set_setting(STATE_KEY, state)


def _client(
    app: Observador,
    url: str,
    token: str | None,
    options: SyncOptions,
    *,
    ca_pem: str | None = None,
) -> ProtocolClient:
    """A client for ``url`` that trusts the public authorities and the OIC CA pinned for
    that address (or ``ca_pem``, the one the observer just confirmed), for servers with
    a certificate of their own CA (``oic-server init --hostname``)."""
    verify = options.verify
    if verify is True and url.startswith("https://"):
        if ca_pem is None:
            config = _server_config(app)
            if config and config.get("url") == url:
                ca_pem = config.get("ca_pem")
        verify = trust_context(ca_pem)
    return ProtocolClient(
        url,
        token=token,
        stall_timeout=options.stall_timeout,
        connect_timeout=options.connect_timeout,
        transport=options.transport,
        verify=verify,
    )


def _connect(
    app: Observador, url: str, trust_ca: str | None, options: SyncOptions
) -> tuple[ProtocolClient, Meta]:
    """A client and the server's /meta, going through the first-contact check of a
    server with its own CA when the usual trust refuses it."""
    client = _client(app, url, None, options)
    try:
        return client, client.meta()
    except SyncError as exc:
        client.close()
        confirmed_ca = _first_contact(app, url, exc, trust_ca, options)
    client = _client(app, url, None, options, ca_pem=confirmed_ca)
    try:
        return client, client.meta()
    except BaseException:
        client.close()
        raise


def _first_contact(
    app: Observador, url: str, error: SyncError, trust_ca: str | None, options: SyncOptions
) -> str:
    """A TLS refusal at the first login: is it a server holding a certificate of its
    own (OIC) CA? Then the observer must confirm that CA's fingerprint before the
    password is sent; returns the confirmed CA's PEM."""
    config = _server_config(app)
    if error.code != "tls" or (config and config.get("url") == url) or options.verify is not True:
        raise error
    meta = probe_authority(
        url, connect_timeout=options.connect_timeout, transport=options.transport
    )
    if meta is None:
        raise error
    if trust_ca is None:
        raise UnknownAuthority(
            "Este servidor usa la autoridad certificadora propia del OIC, que esta computadora "
            "aún no conoce. Antes de enviar su contraseña, compare su huella con la que le dio "
            f"el OIC (en papel o por teléfono): {format_fingerprint(meta.ca_fingerprint)}",
            ca_fingerprint=meta.ca_fingerprint,
            ca_pem=meta.ca_pem,
        )
    if re.sub(r"[^0-9a-f]", "", trust_ca.lower()) != meta.ca_fingerprint:
        raise CertificateChangedError(
            "La huella de la autoridad certificadora de este servidor no es la que se confirmó "
            "(ni la que dio el OIC): podría ser un servidor falso. No se envió nada; avise al OIC.",
            code="certificate_changed",
        )
    return meta.ca_pem


# ------------------------------------------------------------------ the token


def _keyring_token(app: Observador, url: str) -> str | None:
    return tokens.keyring_token(app, url)


def _delete_token(app: Observador, url: str) -> None:
    tokens.delete(app, url)


def _session_code(app: Observador) -> str:
    session = app.store.get_setting(SESSION_KEY) or {}
    return str(session.get("code") or (app.profile() or {}).get("observer_code") or "")


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
    code = _session_code(app)
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


# ------------------------------------------------------------------ login


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


def _clock_warning(meta: Meta) -> str | None:
    skew = meta.clock_skew()
    if skew is None or abs(skew) <= CLOCK_SKEW_LIMIT:
        return None
    minutes = abs(skew) / 60
    side = "adelantado" if skew < 0 else "atrasado"
    return (
        f"El reloj de esta computadora está {side} unos {minutes:.0f} minutos respecto del "
        "servidor del OIC. Corrija la fecha y la hora de la computadora (o avise al OIC si es "
        "el servidor): las fechas de sus firmas y acuses deben ser confiables."
    )


def _check_pins(config: dict[str, Any] | None, url: str, meta: Meta) -> None:
    if not config or config.get("url") != url:
        return
    for what, pinned, now in (
        ("la autoridad certificadora", config.get("ca_fingerprint"), meta.ca_fingerprint),
        ("la llave de acuses", config.get("receipt_key_fingerprint"), meta.receipt_key_fingerprint),
    ):
        if pinned and pinned != now:
            raise CertificateChangedError(
                f"¡Atención! Cambió {what} del servidor {url}: su huella ahora es "
                f"{format_fingerprint(now)[:23]}… y la registrada era "
                f"{format_fingerprint(pinned)[:23]}…. Podría ser un servidor falso, así que no "
                "se envió nada. Llame al OIC para confirmar el cambio; si es legítimo, ejecute "
                "observer logout --forget-server y vuelva a iniciar sesión.",
                code="certificate_changed",
            )


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
    code = canonical_code(code or "")
    if not code or len(code) > 40 or any(c.isspace() for c in code):
        raise InputError("Escriba su código de observador (el que le asignó el OIC, sin espacios).")
    if not password:
        raise InputError("Escriba su contraseña del servidor del OIC.")
    if new_password is not None:
        check_new_password(password, new_password)
    ask = _remembering(ask)
    config = _server_config(app)
    warnings: list[str] = []
    client, meta = _connect(app, url, trust_ca, options)
    with client:
        _check_pins(config, url, meta)
        if (w := _clock_warning(meta)) is not None:
            warnings.append(w)
        device = options.device or platform.node() or "laptop"
        if new_password is None:
            answer = client.login(code, password, device)
        else:
            answer = client.change_password(code, password, new_password, device)
        token = str(answer["token"])
        observer = answer.get("observer") if isinstance(answer.get("observer"), dict) else {}
        name = str(observer.get("name") or "")
        client.token = token
        try:
            _require_profile(app, code, name)
        except ObserverError:
            with contextlib.suppress(SyncError):
                client.logout()
            raise
        pinned_now = not config or config.get("url") != url
        previous_url = (config or {}).get("url")
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
        if previous_url and previous_url != url:
            _delete_token(app, previous_url)
        replaced = _keyring_token(app, url) if previous_url == url else None
        store, not_kept = _keep_token(app, url, code, token, ask)
        in_keyring = store == tokens.KEYRING
        if replaced and replaced != token:
            # a new login replaces the device's token: the old one must not stay valid
            with contextlib.suppress(SyncError), _client(app, url, replaced, options) as old:
                old.logout()
        with app.database.transaction():
            app.store.set_setting(
                SESSION_KEY,
                {
                    "code": code,
                    "name": name,
                    "at": now_iso(),
                    "token_in_keyring": in_keyring,
                    "token_store": store,
                },
            )
        result = LoginResult(
            server=url,
            observer_code=code,
            observer_name=name,
            ca_fingerprint=meta.ca_fingerprint,
            ca_pinned_now=pinned_now,
            token_in_keyring=in_keyring,
            token_store=store,
            token_note=not_kept,
            enrolled=False,
            warnings=warnings,
            token=token if store == tokens.MEMORY else None,
        )
        try:
            result.certificate_fingerprint = _enroll(app, client, meta, ask=ask)
            result.enrolled = True
        except (InputError, SyncError) as exc:
            result.enroll_error = str(exc)
    return result


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
    url = (config or {}).get("url") or _configured_url(app)
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
        if not token and tokens.has_file(app, url, _session_code(app)):
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
    url = _configured_url(app)
    if not url or not token:
        return False
    try:
        with _client(app, url, token, options or SyncOptions()) as client:
            client.logout()
    except SyncError as exc:
        return exc.status == 401
    return True


# ------------------------------------------------------------------ outbox


def queue_audit(app: Observador, audit_ref: str) -> dict[str, Any]:
    """Put a finalized audit in the outbox (idempotent). Returns its outbox row."""
    with app.database.transaction():
        audit = app.resolve_audit(audit_ref)
        existing = [
            r
            for r in app.store.outbox_rows(audit_id=audit["id"])
            if r["state"] in (*PENDING_STATES, "delivered")
        ]
        if existing:
            return existing[-1]
        label = STATUS_LABELS[audit["status"]].lower()
        if audit["status"] == "draft":
            raise InputError(
                f"La auditoría {audit['id'][:8]} sigue en borrador: finalícela antes de enviarla "
                "(observer audit finalize)."
            )
        if audit["superseded_by"]:
            raise InputError(
                f"La auditoría {audit['id'][:8]} tiene una versión más nueva "
                f"({audit['superseded_by'][:8]}); envíe esa."
            )
        if audit["status"] not in (*QUEUEABLE, "queued"):
            raise InputError(
                f"La auditoría {audit['id'][:8]} ya está {label}. Para corregirla cree una nueva "
                "versión (observer audit new-version) y envíe esa."
            )
        submission_id = str(uuid.uuid4())
        now = now_iso()
        app.store.insert_outbox(
            {
                "submission_id": submission_id,
                "audit_id": audit["id"],
                "audit_version": audit["version"],
                "state": "queued",
                "attempts": 0,
                "created_at": now,
                "updated_at": now,
            }
        )
        app.store.update_audit(audit["id"], status="queued")
        app.store.append_custody(
            audit["id"], "submission.queued", {"submission_id": submission_id}, actor=app.actor()
        )
        return app.store.outbox_rows(audit_id=audit["id"])[-1]


def queue_signed(app: Observador) -> list[dict[str, Any]]:
    """Queue every signed audit that is the latest version and was never queued."""
    queued = []
    for audit in app.store.list_audits(status="signed", include_superseded=False, sort="created"):
        if not app.store.outbox_rows(audit_id=audit["id"]):
            queued.append(queue_audit(app, audit["id"]))
    return queued


def not_ready(app: Observador) -> list[dict[str, Any]]:
    """Finalized audits (latest version, never queued) that have no signed report yet:
    they go to the OIC once the observer signs their report."""
    return [
        {"audit": a["id"], "title": a.get("title") or "", "audit_version": a["version"]}
        for a in app.store.list_audits(status="finalized", include_superseded=False)
        if not app.store.outbox_rows(audit_id=a["id"])
    ]


def _row_json(r: dict[str, Any]) -> dict[str, Any]:
    state_label = {
        "queued": "En cola",
        "failed": "Detenido",
        "delivered": "Entregado",
    }.get(r["state"], r["state"])
    review_label = {
        "received": "Recibida por el OIC",
        "approved": "Aprobada por el OIC",
        "returned": "Devuelta por el OIC",
    }.get(r.get("review_state") or "", "")
    return {
        "submission_id": r["submission_id"],
        "audit": r["audit_id"],
        "audit_version": r["audit_version"] or r["version"],
        "title": r["title"],
        "form": r["form_id"],
        "state": r["state"],
        "state_label": state_label,
        "audit_status": r["audit_status"],
        "bytes": r["bytes_total"],
        "attempts": r["attempts"],
        "error": r["last_error"],
        "error_code": r["error_code"],
        "queued_at": r["created_at"],
        "first_sent_at": r["first_sent_at"],
        "exported_at": r["exported_at"],
        "delivered_at": r["delivered_at"],
        "received_at": r["received_at"],
        "review": r["review_state"],
        "review_label": review_label,
        "review_comment": r["review_comment"],
        "review_comments": r.get("review_comments") or [],
        "review_at": r["review_at"],
    }


def outbox(app: Observador, *, include_delivered: bool = False) -> list[dict[str, Any]]:
    """Submissions still to deliver (and, on request, those delivered), oldest first."""
    states = None if include_delivered else PENDING_STATES
    return [_row_json(r) for r in app.store.outbox_rows(states=states)]


def audit_reviews(app: Observador, audit_ref: str) -> list[dict[str, Any]]:
    """What the OIC said about this audit and its earlier versions, newest version first."""
    audit = app.resolve_audit(audit_ref)
    chain = [audit]
    while chain[-1]["supersedes"]:
        older = app.store.get_audit(chain[-1]["supersedes"])
        if older is None:
            break
        chain.append(older)
    rows = []
    for a in chain:
        rows.extend(_row_json(r) for r in app.store.outbox_rows(audit_id=a["id"]))
    rows.sort(key=lambda r: (-(r["audit_version"] or 0), r["queued_at"] or ""))
    return rows


def returned_review(audit: dict[str, Any], reviews: list[dict[str, Any]]) -> dict[str, Any] | None:
    """The return whose comments go beside the questions of ``audit``, or None.

    ``reviews``: the rows of :func:`audit_reviews`. The audit's own latest submission
    when the OIC returned it; else, while this version has not reached the OIC (a
    new version being corrected, finalized, signed or waiting in the outbox), the
    return of the version it supersedes. Once this version is delivered, what the OIC
    said about the older one no longer applies to it.
    """
    own = [r for r in reviews if r["audit"] == audit["id"]]
    current = own[-1] if own else None
    if current is not None and current.get("review") == "returned":
        return current
    if current is not None and current["state"] == "delivered":
        return None
    if audit.get("superseded_by") or not audit.get("supersedes"):
        return None
    older = [r for r in reviews if r["audit"] == audit["supersedes"] and r.get("review")]
    if older and older[-1].get("review") == "returned":
        return older[-1]
    return None


# ------------------------------------------------------------------ status


@dataclass(frozen=True)
class SyncStatus:
    server_url: str | None
    configured: bool  # a server address and its pinned keys
    logged_in: bool
    needs_password: bool  # logged in, but the token was kept nowhere: log in to sync
    auto: bool
    unsent: int
    failed: int
    last_attempt_at: str | None
    last_success_at: str | None
    last_error: str | None
    warnings: tuple[str, ...] = ()
    ca_pem: str | None = None  # the pinned OIC CA: a server certificate it issued is trusted

    @property
    def summary(self) -> str:
        """One line in Spanish for a status bar."""
        if not self.server_url:
            return "Sin servidor del OIC configurado."
        if not self.logged_in:
            return "Sin sesión en el servidor del OIC: inicie sesión para enviar."
        if self.unsent == 0:
            return "Todo entregado al OIC."
        parts = [f"{self.unsent} envío(s) pendiente(s)"]
        if self.failed:
            parts.append(f"{self.failed} detenido(s)")
        return ", ".join(parts) + "."

    def to_json(self) -> dict[str, Any]:
        return {**self.__dict__, "warnings": list(self.warnings), "summary": self.summary}


def sync_status(app: Observador) -> SyncStatus:
    """Cheap (two small queries, no keyring, no network): call it as often as needed."""
    counts = app.store.outbox_counts()
    state = _state(app)
    url = _configured_url(app)
    config = _server_config(app)
    auto = app.store.get_setting(AUTO_SYNC_KEY)
    session = app.store.get_setting(SESSION_KEY)
    return SyncStatus(
        server_url=url,
        configured=bool(url and config and config.get("url") == url),
        logged_in=bool(session),
        needs_password=_token_store(session) == tokens.MEMORY,
        auto=True if auto is None else bool(auto),
        unsent=sum(counts.get(s, 0) for s in PENDING_STATES),
        failed=counts.get("failed", 0),
        last_attempt_at=state.get("last_attempt_at"),
        last_success_at=state.get("last_success_at"),
        last_error=state.get("last_error"),
        warnings=tuple(state.get("warnings") or ()),
        ca_pem=(config or {}).get("ca_pem") if config and config.get("url") == url else None,
    )


# ------------------------------------------------------------------ prepare


def _report_parts(pdf: bytes) -> tuple[bytes, bytes | None]:
    """(embedded audit JSON, DER of the signing certificate) of a signed report."""
    from pyhanko.pdf_utils.reader import PdfFileReader

    from observer_desktop.reports.verify import AUDIT_ATTACHMENT, _attachments

    reader = PdfFileReader(io.BytesIO(pdf), strict=False)
    signatures = reader.embedded_signatures
    cert_der = signatures[0].signer_cert.dump() if signatures else None
    audit_json = _attachments(reader).get(AUDIT_ATTACHMENT)
    if audit_json is None:
        raise ValueError("no audit attachment")
    return audit_json, cert_der


def _signed_by_ca(cert_der: bytes | None, ca_pem: str) -> bool:
    from cryptography import x509

    if cert_der is None:
        return False
    try:
        cert = x509.load_der_x509_certificate(cert_der)
        ca = x509.load_pem_x509_certificate(ca_pem.encode())
    except ValueError:
        return False
    return keys.issued_by(cert, ca)


def _prepare_error(audit: dict, message: str) -> SyncError:
    return SyncError(
        f"«{audit['title']}» ({audit['id'][:8]} v{audit['version']}): {message}",
        code="prepare",
        scope="submission",
    )


def _latest_good_report(
    app: Observador, audit: dict, ca_pem: str
) -> tuple[dict, bytes, bytes] | None:
    """The newest report of ``audit`` signed with an OIC certificate: (row, pdf, audit JSON)."""
    for row in reversed(app.store.reports(audit["id"])):
        path = app.data_dir / row["path"]
        try:
            pdf = path.read_bytes()
        except OSError:
            continue
        if hashlib.sha256(pdf).hexdigest() != row["pdf_sha256"]:
            continue  # changed on disk since it was signed
        try:
            audit_json, cert_der = _report_parts(pdf)
        except Exception:  # pyHanko raises many kinds on a damaged file  # noqa: S112
            continue
        if _signed_by_ca(cert_der, ca_pem):
            return row, pdf, audit_json
    return None


def _prepare(
    app: Observador,
    row: dict[str, Any],
    *,
    config: dict[str, Any],
    ask: keys.PassphraseProvider | None,
) -> Outgoing:
    """Freeze the submission of one outbox row (once), and return what to send."""
    audit = app.store.get_audit(row["audit_id"])
    if audit is None:  # pragma: no cover - foreign keys prevent it
        raise NotFoundError(f"Falta la auditoría {row['audit_id']}.")
    try:
        app.require_own_audit(audit)  # never another observer's work under this signature
    except InputError as exc:
        raise _prepare_error(audit, str(exc)) from None
    if row.get("manifest"):
        return _outgoing_from_row(app, row, audit)
    ca_pem = config["ca_pem"]
    found = _latest_good_report(app, audit, ca_pem)
    if found is None:
        if not keys.enrolled_with(app, ca_pem):
            raise _prepare_error(
                audit,
                "su llave de firma aún no tiene el certificado del OIC. Inicie sesión de nuevo "
                "(observer login) para obtenerlo.",
            )
        from observer_desktop.services.reports import generate_report

        try:
            generate_report(app, audit["id"], ask=ask)
        except InputError as exc:
            raise _prepare_error(
                audit,
                "hay que firmar su informe con el certificado del OIC y para eso se necesita la "
                "frase de paso de su llave de firma. Escríbala cuando se le pida al enviar, o "
                f"genere el informe de esta auditoría, y vuelva a enviar. Detalle: {exc}",
            ) from None
        found = _latest_good_report(app, audit, ca_pem)
        if found is None:
            raise _prepare_error(audit, "no se pudo leer el informe recién firmado.")
    report_row, pdf, audit_json = found
    try:
        document = json.loads(audit_json)
        doc_audit = document["audit"]
        evidence = document.get("evidence") or []
        form = doc_audit["form"]
    except (ValueError, KeyError, TypeError):
        raise _prepare_error(audit, "el registro adjunto al informe no es válido.") from None
    if doc_audit.get("id") != audit["id"] or doc_audit.get("version") != audit["version"]:
        raise _prepare_error(audit, "el informe corresponde a otra auditoría o versión.")
    blobs = [
        {
            "sha256": hashlib.sha256(audit_json).hexdigest(),
            "size": len(audit_json),
            "role": "audit",
        },
        {"sha256": report_row["pdf_sha256"], "size": len(pdf), "role": "report"},
    ]
    seen = {b["sha256"] for b in blobs}
    for e in evidence:
        sha, size = e.get("sha256"), e.get("size")
        if not isinstance(sha, str) or not isinstance(size, int) or sha in seen:
            continue
        seen.add(sha)
        actual = app.evidence.rehash(sha)
        name = str(e.get("original_name") or sha[:12])
        if actual is None:
            raise _prepare_error(
                audit,
                f"falta el archivo de evidencia «{name}» en la carpeta de datos. Ejecute "
                "observer evidence verify.",
            )
        if actual != sha:
            raise _prepare_error(
                audit,
                f"el archivo de evidencia «{name}» está alterado (su huella SHA-256 cambió). "
                "Ejecute observer evidence verify y restáurelo desde su copia original.",
            )
        blobs.append({"sha256": sha, "size": size, "role": "evidence", "name": name})
    manifest = {
        "audit_id": audit["id"],
        "audit_version": audit["version"],
        "form_id": form["id"],
        "form_version": form["version"],
        "audit_sha256": blobs[0]["sha256"],
        "report_sha256": blobs[1]["sha256"],
        "blobs": blobs,
    }
    _check_limits(audit, manifest, config.get("limits") or {})
    with app.database.transaction():
        current = app.store.get_outbox(row["submission_id"])
        if current is None:
            raise _prepare_error(audit, "el envío se quitó de la cola mientras se preparaba.")
        if current.get("manifest"):  # prepared meanwhile by another process: that one stands
            return _outgoing_from_row(app, current, audit)
        app.store.update_outbox(
            row["submission_id"],
            manifest=canonical_json(manifest).decode("utf-8"),
            audit_json=audit_json,
            report_path=report_row["path"],
            bytes_total=sum(b["size"] for b in blobs),
            updated_at=now_iso(),
        )
    return _outgoing_from_row(app, app.store.get_outbox(row["submission_id"]) or {}, audit)


def _check_limits(audit: dict, manifest: dict, limits: dict[str, int]) -> None:
    max_blob = limits.get("max_blob_bytes")
    for b in manifest["blobs"]:
        if max_blob and b["size"] > max_blob:
            raise SyncError(
                f"«{audit['title']}»: el archivo «{b.get('name') or b['role']}» "
                f"({human_size(b['size'])}) supera el máximo que acepta el servidor del OIC "
                f"({human_size(max_blob)}). Pida al OIC que aumente el límite, o quite ese "
                "archivo en una nueva versión de la auditoría.",
                code="too_large",
                scope="submission",
            )
    max_blobs = limits.get("max_blobs_per_submission")
    if max_blobs and len(manifest["blobs"]) > max_blobs:
        raise SyncError(
            f"«{audit['title']}» tiene {len(manifest['blobs']) - 2} archivos de evidencia; el "
            f"servidor del OIC acepta hasta {max_blobs - 2} por auditoría. Reparta la evidencia "
            "o pida al OIC que aumente el límite.",
            code="too_large",
            scope="submission",
        )
    max_manifest = limits.get("max_manifest_bytes")
    if max_manifest and len(canonical_json(manifest)) > max_manifest:
        raise SyncError(
            f"«{audit['title']}»: la lista de archivos es más grande de lo que acepta el servidor "
            "del OIC. Pida al OIC que aumente el límite.",
            code="too_large",
            scope="submission",
        )


def _outgoing_from_row(app: Observador, row: dict[str, Any], audit: dict) -> Outgoing:
    manifest = json.loads(row["manifest"])
    audit_json = bytes(row["audit_json"])
    sources: dict[str, BlobSource] = {}
    for b in manifest["blobs"]:
        sha, size, role = b["sha256"], int(b["size"]), b["role"]
        name = b.get("name") or ("auditoria.json" if role == "audit" else "informe.pdf")
        if role == "audit":
            sources[sha] = BlobSource(sha, size, role, name, data=audit_json)
        elif role == "report":
            sources[sha] = BlobSource(sha, size, role, name, path=app.data_dir / row["report_path"])
        else:
            sources[sha] = BlobSource(sha, size, role, name, path=app.evidence.path_for(sha))
    return Outgoing(
        submission_id=row["submission_id"],
        manifest=manifest,
        sources=sources,
        label=f"{audit['title']} (v{audit['version']})",
    )


def _reset_for_reprepare(app: Observador, row: dict[str, Any]) -> None:
    """A submission the server refused for its content: new id, prepared again."""
    with app.database.transaction():
        app.store.replace_submission_id(
            row["submission_id"],
            str(uuid.uuid4()),
            manifest=None,
            audit_json=None,
            report_path=None,
            bytes_total=0,
            state="queued",
            first_sent_at=None,
            exported_at=None,
            updated_at=now_iso(),
        )


# ------------------------------------------------------------------ sync


@dataclass
class SyncResult:
    server: str | None = None
    delivered: list[dict[str, Any]] = field(default_factory=list)
    pending: list[dict[str, Any]] = field(default_factory=list)
    reviews: list[dict[str, Any]] = field(default_factory=list)
    forms_added: list[dict[str, Any]] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    error: str | None = None
    error_code: str | None = None
    cancelled: bool = False
    # finalized audits without a signed report: not sendable yet (they need one)
    not_ready: list[dict[str, Any]] = field(default_factory=list)
    chunk_bytes_sent: int = 0  # evidence/report/audit bytes handed to the network
    requests: int = 0

    @property
    def ok(self) -> bool:
        return not self.pending and self.error is None and not self.cancelled

    def to_json(self) -> dict[str, Any]:
        return {
            "server": self.server,
            "ok": self.ok,
            "delivered": self.delivered,
            "pending": self.pending,
            "reviews": self.reviews,
            "forms_added": self.forms_added,
            "warnings": self.warnings,
            "error": self.error,
            "error_code": self.error_code,
            "cancelled": self.cancelled,
            "not_ready": self.not_ready,
            "chunk_bytes_sent": self.chunk_bytes_sent,
            "requests": self.requests,
        }


@contextlib.contextmanager
def _sync_lock(app: Observador) -> Iterator[None]:
    """One sync per data folder at a time (the app and a script may both try)."""
    try:
        import fcntl
    except ImportError:  # pragma: no cover - Windows: the server's idempotency still holds
        yield
        return
    path = app.data_dir / "sync.lock"
    fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o600)
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            raise SyncError(
                "Ya hay un envío en curso desde esta carpeta de datos (la aplicación u otro "
                "comando observer sync). Espere a que termine.",
                code="busy",
            ) from None
        yield
    finally:
        os.close(fd)  # releases the lock


def needs_password(app: Observador) -> bool:
    """Whether a sync from here must log in again: no token in the keyring nor in the
    encrypted file. Probes the keyring."""
    url = _configured_url(app)
    if not url:
        return False
    if tokens.has_file(app, url, _session_code(app)):
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


def sync_now(
    app: Observador,
    *,
    token: str | None = None,
    password: str | None = None,
    progress: ProgressFn | None = None,
    should_cancel: Callable[[], bool] | None = None,
    control: SyncControl | None = None,
    ask: keys.PassphraseProvider | None = None,
    options: SyncOptions | None = None,
) -> SyncResult:
    """Deliver everything in the outbox, then fetch reviews and new checklists.

    The token comes from ``token`` (held in memory by the UI), else the keyring,
    else a login with ``password`` for this run only (revoked at the end), else
    the encrypted token file, opened with the key's passphrase (``ask``).
    Missing configuration raises :class:`InputError`; everything that happens
    after the first request is reported in the :class:`SyncResult` (and in
    :func:`sync_status`), never raised.
    """
    options = options or SyncOptions()
    control = control or SyncControl(should_cancel)
    url = _configured_url(app)
    config = _server_config(app)
    if not url:
        raise InputError(
            "No hay servidor del OIC configurado. Inicie sesión primero: "
            "observer login --server https://… --code SU-CODIGO."
        )
    if not config or config.get("url") != url:
        raise InputError(
            f"Aún no ha iniciado sesión en {url} desde esta computadora (o cambió la dirección "
            f"del servidor). Inicie sesión: observer login --server {url} --code SU-CODIGO."
        )
    kept = False  # the token is this computer's (keyring or file): forget it if revoked
    if not token:
        token = _keyring_token(app, url) or (None if password else _file_token(app, url, ask))
        kept = token is not None
    session = app.store.get_setting(SESSION_KEY) or {}
    ephemeral = False
    if not token and not password:
        raise _not_logged_in(url)
    result = SyncResult(server=url)
    tracker = ProgressTracker(progress)
    with _sync_lock(app):
        queue_signed(app)  # before any request: offline, they count as pending too
        _set_state(app, last_attempt_at=now_iso())
        client = _client(app, url, token, options)
        try:
            tracker.emit(stage="connect", message="Conectando con el servidor del OIC…")
            if not token:
                code = session.get("code") or (app.profile() or {}).get("observer_code") or ""
                answer = client.login(
                    code, password or "", options.device or platform.node() or "laptop"
                )
                client.token = str(answer["token"])
                ephemeral = True
            _run(app, client, config, result, tracker, control, ask, options)
        except Cancelled:
            result.cancelled = True
        except SyncError as exc:
            result.error, result.error_code = str(exc), exc.code
            if exc.code == "unauthenticated" and kept:
                _forget_session(app, url)  # revoked on the server: status must say so
        finally:
            if ephemeral:
                with contextlib.suppress(SyncError):
                    client.logout()
            result.chunk_bytes_sent = client.stats.chunk_bytes_sent
            result.requests = client.stats.requests
            client.close()
        result.pending = outbox(app)
        result.not_ready = not_ready(app)
        state: dict[str, Any] = {"warnings": result.warnings}
        if result.error:
            state.update(last_error=result.error, last_error_code=result.error_code)
        elif result.pending and not result.cancelled:
            first = next((p for p in result.pending if p["error"]), None)
            state.update(
                last_error=first["error"] if first else None,
                last_error_code=first["error_code"] if first else None,
            )
        else:
            state.update(last_error=None, last_error_code=None)
        if result.ok:
            state["last_success_at"] = now_iso()
        _set_state(app, **state)
        tracker.emit(stage="done", message="")
    return result


def _forget_session(app: Observador, url: str) -> None:
    _delete_token(app, url)
    with app.database.transaction():
        app.store.set_setting(SESSION_KEY, None)


def _run(
    app: Observador,
    client: ProtocolClient,
    config: dict[str, Any],
    result: SyncResult,
    tracker: ProgressTracker,
    control: SyncControl,
    ask: keys.PassphraseProvider | None,
    options: SyncOptions,
) -> None:
    def on_wait(delay: float, error: SyncError) -> None:
        tracker.emit(stage="waiting", retry_in=delay, message=str(error))

    retrier = Retrier(options.retry, control, on_wait=on_wait)
    meta = _with_retries(client.meta, retrier, control, first_contact=True)
    _check_pins(config, client.server_url, meta)
    if (w := _clock_warning(meta)) is not None:
        result.warnings.append(w)
    config = {**config, "limits": meta.limits}
    with app.database.transaction():
        app.store.set_setting(SERVER_KEY, config)

    if not keys.enrolled_with(app, config["ca_pem"]):
        try:
            _enroll(app, client, meta, ask=ask)
        except InputError as exc:
            result.warnings.append(str(exc))
        except SyncError as exc:
            if exc.scope == "run" and exc.code not in ("enroll_mismatch",):
                raise
            result.warnings.append(str(exc))

    states = PENDING_STATES if options.retry_failed else ("queued",)
    rows = app.store.outbox_rows(states=states)
    for r in rows:
        if r["state"] == "failed" and r["error_code"] in REPREPARE_CODES and not r["exported_at"]:
            _reset_for_reprepare(app, r)
    rows = [app.store.get_outbox(r["submission_id"]) for r in app.store.outbox_rows(states=states)]
    rows = [r for r in rows if r is not None]

    outgoing: list[tuple[dict[str, Any], Outgoing]] = []
    tracker.emit(stage="prepare", message="Preparando los envíos…")
    for row in rows:
        control.checkpoint()
        try:
            outgoing.append((row, _prepare(app, row, config=config, ask=ask)))
        except SyncError as exc:
            _mark_failed(app, row["submission_id"], exc)
        except InputError as exc:
            _mark_failed(app, row["submission_id"], SyncError(str(exc), code="prepare"))
    tracker.set_totals(
        files=sum(len(o.sources) for _, o in outgoing),
        nbytes=sum(sum(s.size for s in o.sources.values()) for _, o in outgoing),
        submissions=len(outgoing),
    )
    chunk = meta.chunk_bytes
    if options.max_chunk_bytes:
        chunk = min(chunk, options.max_chunk_bytes)
    done = 0
    for row, item in outgoing:
        control.checkpoint()
        sid = row["submission_id"]
        tracker.emit(current=item.label, message=f"Enviando «{item.label}»…")
        with app.database.transaction():
            app.store.update_outbox(
                sid,
                attempts=(row["attempts"] or 0) + 1,
                first_sent_at=row["first_sent_at"] or now_iso(),
                updated_at=now_iso(),
            )
        try:
            body = send_submission(
                client,
                item,
                chunk_bytes=chunk,
                retrier=retrier,
                control=control,
                tracker=tracker,
            )
            signed = verify_receipt(
                body,
                public_key_pem=config["receipt_key_pem"],
                submission_id=sid,
                manifest=item.manifest,
            )
            delivered = _mark_delivered(app, row, item, signed, server=client.server_url)
            if delivered is not None:
                result.delivered.append(delivered)
            done += 1
            tracker.emit(submissions_done=done)
        except SyncError as exc:
            if exc.scope == "submission" and not exc.retryable:
                _mark_failed(app, sid, exc)
                continue
            _note_error(app, sid, exc)
            raise
    if options.fetch_forms:
        tracker.emit(stage="forms", message="Buscando listas de verificación nuevas…")
        try:
            result.forms_added = _fetch_forms(app, client, result.warnings)
        except SyncError as exc:
            if exc.scope == "run":
                raise
            result.warnings.append(str(exc))
        except OSError as exc:
            result.warnings.append(
                f"No se pudieron guardar las listas de verificación nuevas: {os_reason(exc)}."
            )
    tracker.emit(stage="reviews", message="Consultando revisiones del OIC…")
    result.reviews = _fetch_reviews(app, client, retrier, control)


def _with_retries(
    call: Callable[[], Any], retrier: Retrier, control: SyncControl, *, first_contact: bool = False
) -> Any:
    attempts = 0
    while True:
        control.checkpoint()
        try:
            value = call()
            retrier.progressed()
            return value
        except SyncError as exc:
            attempts += 1
            # a server that never answered is simply not reachable now: say so quickly
            if first_contact and exc.code == "network" and attempts >= 3:
                raise
            retrier.failed(exc)


def _mark_failed(app: Observador, submission_id: str, exc: SyncError) -> None:
    with app.database.transaction():
        if app.store.get_outbox(submission_id) is None:
            return
        app.store.update_outbox(
            submission_id,
            state="failed",
            last_error=str(exc),
            error_code=exc.code,
            updated_at=now_iso(),
        )


def _note_error(app: Observador, submission_id: str, exc: SyncError) -> None:
    """A failure that stopped the whole run: the row stays queued, with the reason."""
    with app.database.transaction():
        if app.store.get_outbox(submission_id) is None:
            return
        app.store.update_outbox(
            submission_id, last_error=str(exc), error_code=exc.code, updated_at=now_iso()
        )


def _mark_delivered(
    app: Observador,
    row: dict[str, Any],
    item: Outgoing,
    signed: dict[str, Any],
    *,
    server: str,
) -> dict[str, Any] | None:
    """Receipt, outbox mark, audit status and custody entry: one transaction."""
    receipt = signed["receipt"]
    sid = row["submission_id"]
    with app.database.transaction():
        current = app.store.get_outbox(sid)
        if current is None or current["state"] == "delivered":
            return None  # another process stored it first
        if app.store.get_receipt(sid) is None:
            app.store.insert_receipt(sid, signed, receipt["received_at"])
        now = now_iso()
        app.store.update_outbox(
            sid,
            state="delivered",
            delivered_at=now,
            last_error=None,
            error_code=None,
            updated_at=now,
            review_state=current["review_state"] or "received",
        )
        audit = app.store.get_audit(row["audit_id"])
        if audit is not None and audit["status"] in ("queued", "signed", "finalized"):
            app.store.update_audit(row["audit_id"], status="delivered")
        app.store.append_custody(
            row["audit_id"],
            "submission.delivered",
            {
                "submission_id": sid,
                "server": server,
                "received_at": receipt["received_at"],
                "manifest_sha256": manifest_sha256(item.manifest),
                "receipt_signature": signed["signature"],
            },
            actor=app.actor(),
        )
    return {
        "submission_id": sid,
        "audit": row["audit_id"],
        "audit_version": row["audit_version"],
        "title": item.label,
        "received_at": receipt["received_at"],
    }


def _fetch_reviews(
    app: Observador, client: ProtocolClient, retrier: Retrier, control: SyncControl
) -> list[dict[str, Any]]:
    changes: list[dict[str, Any]] = []
    cursor = app.store.get_setting(REVIEW_CURSOR_KEY) or 0
    for _ in range(50):  # pages
        page = _with_retries(lambda c=cursor: client.reviews(c), retrier, control)
        reviews = [r for r in page.get("reviews") or [] if isinstance(r, dict)]
        new_cursor = page.get("cursor", cursor)
        with app.database.transaction():
            for review in reviews:
                change = _apply_review(app, review)
                if change is not None:
                    changes.append(change)
            app.store.set_setting(REVIEW_CURSOR_KEY, new_cursor)
        if not reviews or new_cursor == cursor:
            break
        cursor = new_cursor
    return changes


MAX_REVIEW_COMMENTS = 500  # per review: a reviewer comments on questions, not on a whole form
MAX_COMMENT_CHARS = 10_000


def review_comments_from(review: dict[str, Any]) -> list[dict[str, Any]]:
    """The per-question comments of a review event (feed or submission), in order:
    ``[{"question", "item", "text"}]``. A server older than this field sends none, and
    an entry of another shape is left out (the rest of the review still counts)."""
    raw = review.get("comments")
    if not isinstance(raw, list):
        return []
    out: list[dict[str, Any]] = []
    for entry in raw[:MAX_REVIEW_COMMENTS]:
        if not isinstance(entry, dict):
            continue
        question, item, text = entry.get("question"), entry.get("item"), entry.get("text")
        if not isinstance(question, str) or not question.strip():
            continue
        if item is not None and (isinstance(item, bool) or not isinstance(item, int) or item < 0):
            continue
        if not isinstance(text, str) or not text.strip():
            continue
        out.append({"question": question, "item": item, "text": text[:MAX_COMMENT_CHARS]})
    return out


def _apply_review(app: Observador, review: dict[str, Any]) -> dict[str, Any] | None:
    state = review.get("state")
    if state not in ("received", "approved", "returned"):
        return None
    row = app.store.get_outbox(str(review.get("submission_id") or ""))
    if row is None:
        return None  # sent from another computer or another data folder
    comment = review.get("comment") if isinstance(review.get("comment"), str) else None
    at = review.get("at") if isinstance(review.get("at"), str) else now_iso()
    comments = review_comments_from(review)
    known = (row["review_state"], row["review_comment"], row["review_at"], row["review_comments"])
    if known == (state, comment, at, comments):
        return None
    if state == "received" and row["review_state"] == "received":  # known since the receipt
        app.store.update_outbox(
            row["submission_id"], review_comment=comment, review_at=at, review_comments=comments
        )
        return None
    app.store.update_outbox(
        row["submission_id"],
        review_state=state,
        review_comment=comment,
        review_at=at,
        review_comments=comments,
        updated_at=now_iso(),
    )
    audit = app.store.get_audit(row["audit_id"])
    if audit is not None and state in ("approved", "returned"):
        if audit["status"] in ("queued", "delivered", "approved", "returned"):
            app.store.update_audit(row["audit_id"], status=state)
        details: dict[str, Any] = {
            "submission_id": row["submission_id"],
            "comment": comment,
            "at": at,
        }
        if comments:  # the entries of reviews without them keep their earlier shape
            details["comments"] = comments
        app.store.append_custody(row["audit_id"], f"review.{state}", details, actor="OIC")
    return {
        "submission_id": row["submission_id"],
        "audit": row["audit_id"],
        "audit_version": row["audit_version"],
        "title": audit["title"] if audit else "",
        "state": state,
        "comment": comment,
        "comments": comments,
        "at": at,
    }


def _fetch_forms(app: Observador, client: ProtocolClient, warnings: list[str]) -> list[dict]:
    added = []
    known = {(c.id, c.version): c.sha256 for c in app.forms.checklists.values()}
    folder = app.data_dir / "forms"
    for entry in client.forms():
        form_id, version, sha = entry.get("id"), entry.get("version"), entry.get("sha256")
        if not isinstance(form_id, str) or not _FORM_ID.match(form_id):
            continue
        if not isinstance(version, int) or not isinstance(sha, str):
            continue
        have = known.get((form_id, version))
        target = folder / f"{form_id}-v{version}.yaml"
        if have is None and target.is_file():
            have = hashlib.sha256(target.read_bytes()).hexdigest()
        if have == sha:
            continue
        if have is not None:
            warnings.append(
                f"El servidor tiene otra lista de verificación «{form_id}» versión {version} que "
                "la de esta computadora; se conserva la de aquí. Avise al OIC."
            )
            continue
        data = client.form(form_id, version)
        if hashlib.sha256(data).hexdigest() != sha:
            warnings.append(
                f"La lista de verificación «{form_id}» v{version} llegó dañada; se intentará en "
                "el próximo envío."
            )
            continue
        try:
            checklist = parse_checklist(data, file=f"{form_id} v{version} (servidor)")
        except ChecklistError as exc:
            warnings.append(f"La lista de verificación del servidor no es válida: {exc}")
            continue
        if (checklist.id, checklist.version) != (form_id, version):
            continue
        atomic_write(target, data, mode=0o644)
        known[(form_id, version)] = sha
        added.append({"id": form_id, "version": version, "title": checklist.title.es})
    if added:
        app.forms.reload()
    return added


# ------------------------------------------------------------------ batch


def export_batch(
    app: Observador,
    path: Path,
    *,
    ask: keys.PassphraseProvider | None = None,
    control: SyncControl | None = None,
    on_bytes: Callable[[int], None] | None = None,
) -> dict[str, Any]:
    """Write every queued submission to a signed batch for ``oic-server ingest``.

    Needs the OIC certificate (one login, ever) and the signing key's
    passphrase. The submissions stay queued: the next online sync gets their
    receipts from the server ("committed" answer) and marks them delivered.
    """
    with _sync_lock(app):
        return _export_batch(app, Path(path), ask=ask, control=control, on_bytes=on_bytes)


def _export_batch(
    app: Observador,
    path: Path,
    *,
    ask: keys.PassphraseProvider | None,
    control: SyncControl | None,
    on_bytes: Callable[[int], None] | None,
) -> dict[str, Any]:
    control = control or SyncControl()
    config = _server_config(app)
    if not config:
        raise InputError(
            "Para entregar en USB necesita antes el certificado del OIC: inicie sesión una vez "
            "(observer login --server … --code …) desde una conexión a internet."
        )
    if not keys.enrolled_with(app, config["ca_pem"]):
        raise InputError(
            "Su llave de firma aún no tiene el certificado del OIC, que el servidor exige para "
            "aceptar un lote. Inicie sesión (observer login) para obtenerlo."
        )
    queue_signed(app)
    for r in app.store.outbox_rows(states=("failed",)):
        if r["error_code"] in REPREPARE_CODES and not r["exported_at"]:
            _reset_for_reprepare(app, r)
    items: list[tuple[dict, Outgoing]] = []
    problems: list[str] = []
    for r in app.store.outbox_rows(states=PENDING_STATES):
        row = app.store.get_outbox(r["submission_id"])
        if row is None:
            continue
        try:
            items.append((row, _prepare(app, row, config=config, ask=ask)))
        except SyncError as exc:
            _mark_failed(app, row["submission_id"], exc)
            problems.append(str(exc))
    if not items:
        raise InputError(
            "No hay envíos en la cola que se puedan exportar."
            + (" " + " ".join(problems) if problems else "")
        )
    profile = app.profile() or {}
    summary = write_batch(
        Path(path),
        observer_code=str(profile.get("observer_code", "")),
        submissions=[o for _, o in items],
        certificate_pem=keys.certificate_pem(app),
        sign=lambda data: keys.sign_bytes(app, data, ask),
        control=control,
        on_bytes=on_bytes,
    )
    now = now_iso()
    with app.database.transaction():
        for row, _ in items:
            app.store.update_outbox(row["submission_id"], exported_at=now, updated_at=now)
            app.store.append_custody(
                row["audit_id"],
                "submission.exported",
                {"submission_id": row["submission_id"], "file": Path(path).name},
                actor=app.actor(),
            )
    summary["audits"] = [
        {"audit": row["audit_id"], "version": row["audit_version"], "title": o.label}
        for row, o in items
    ]
    summary["problems"] = problems
    return summary
