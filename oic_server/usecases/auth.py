"""Logging in: code and password (throttled) for a device token, the one-time password
changed for the observer's own, tokens checked and revoked."""

from __future__ import annotations

import secrets
import time
from typing import Any

from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import Connection, select, update

from oic_server import schema as s
from oic_server.errors import ApiError
from oic_server.schema import now_iso
from oic_server.throttle import Attempt
from oic_server.usecases import base
from oic_server.usecases.accounts import OBSERVERS
from oic_server.usecases.base import (
    _DUMMY_HASH,
    MIN_PASSWORD,
    Caller,
    ServerParts,
    _token_hash,
    generate_password,
    normalize_code,
)


class AuthCases(ServerParts):
    """Who the caller is: passwords checked under the throttle, tokens issued and revoked."""

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
            ok = base._hasher.verify(stored_hash, password)
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
                OBSERVERS.end_sessions(conn, row.id, now)
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
        rehash = base._hasher.check_needs_rehash(row.password_hash)
        new_hash = base._hasher.hash(password) if rehash else None
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
            row, device, attempt, new_hash=base._hasher.hash(new_password), changed=True
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
