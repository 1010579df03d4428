"""The OIC's staff: accounts with a role, and the console sessions they log in to.

Roles, least to most: ``consulta`` (reads), ``revisor`` (reviews), ``coordinador``
(also the agenda, participation and the activity log), ``administrador`` (also
staff accounts). A password the OIC sets (a new account, a reset) works once,
as for observers: the first login must choose the staff member's own. A session
is a random token in an HttpOnly cookie, stored hashed, with a CSRF token for
its forms; it ends at logout, when the account is disabled or its password
reset, and after ``Limits.staff_idle_seconds`` without use. Logins share the
observers' throttle (:mod:`oic_server.throttle`), in their own namespace.
"""

from __future__ import annotations

import datetime as _dt
import secrets
import time
from dataclasses import dataclass
from typing import Any

from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import Connection, delete, or_, select, update

from oic_server import schema as s
from oic_server.errors import ApiError
from oic_server.schema import now_iso
from oic_server.throttle import Attempt
from oic_server.usecases import base
from oic_server.usecases.accounts import STAFF
from oic_server.usecases.base import (
    MIN_PASSWORD,
    ServerParts,
    _check_text,
    _token_hash,
    check_code,
    normalize_code,
)

__all__ = ["ROLES", "StaffCases", "StaffMember", "role_at_least"]

ROLES = ("consulta", "revisor", "coordinador", "administrador")  # least to most
ROLE_NAMES = {
    "consulta": "Consulta",
    "revisor": "Revisor(a)",
    "coordinador": "Coordinador(a)",
    "administrador": "Administrador(a)",
}


@dataclass(frozen=True)
class StaffMember:
    """The staff member behind a console session."""

    id: int
    code: str
    name: str
    role: str
    token_hash: str
    csrf: str


_TOUCH_EVERY = 60.0  # seconds: how stale a session's idle clock may be


def _epoch(iso: str) -> float:
    return _dt.datetime.strptime(iso, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=_dt.UTC).timestamp()


def role_at_least(role: str, minimum: str) -> bool:
    return ROLES.index(role) >= ROLES.index(minimum)


def _throttle_code(code: str) -> str:
    return f"staff:{code}"  # never the same key as an observer's code


class StaffCases(ServerParts):
    """Staff accounts (``oic-server staff``, the console's administrador) and sessions."""

    # ------------------------------------------------------------ accounts

    @staticmethod
    def _role(role: str) -> str:
        role = role.strip().lower()
        if role not in ROLES:
            raise ApiError(
                "bad_request",
                f"El rol {role!r} no existe: use {', '.join(reversed(ROLES))}.",
            )
        return role

    def add_staff(
        self,
        code: str,
        name: str,
        role: str,
        password: str | None = None,
        *,
        one_time: bool = True,
    ) -> dict[str, Any]:
        """A new staff account. The password (generated unless given) works once unless
        ``one_time`` is false: the first login chooses the staff member's own."""
        code = check_code(code, "REV-01")
        name = _check_text(name, "el nombre", max_length=200)
        role = self._role(role)
        secret = self._password(password)
        hashed = base._hasher.hash(secret)
        STAFF.insert(
            self.db,
            code,
            name=name,
            role=role,
            password_hash=hashed,
            must_change_password=one_time,
            created_at=now_iso(),
        )
        return {
            "code": code,
            "name": name,
            "role": role,
            "password": secret if password is None else None,
        }

    def list_staff(self) -> list[dict[str, Any]]:
        with self.db.read() as conn:
            rows = conn.execute(select(s.staff).order_by(s.staff.c.code)).all()
        return [
            {
                "code": r.code,
                "name": r.name,
                "role": r.role,
                "disabled": r.disabled_at is not None,
                "first_login_pending": bool(r.must_change_password),
                "created_at": r.created_at,
            }
            for r in rows
        ]

    def set_staff_disabled(self, code: str, disabled: bool) -> dict[str, Any]:
        """Disable (ending every session at once) or enable a staff account."""
        row, changed = STAFF.set_disabled(self.db, code, disabled)
        return {"code": row.code, "name": row.name, "disabled": disabled, "changed": changed}

    def reset_staff_password(self, code: str, password: str | None = None) -> dict[str, Any]:
        """A one-time password from the OIC; every open session of the account ends."""
        secret = self._password(password)
        row = STAFF.reset_password(self.db, code, base._hasher.hash(secret), one_time=True)
        return {
            "code": row.code,
            "name": row.name,
            "password": secret if password is None else None,
        }

    # ------------------------------------------------------------ sessions

    def start_staff_login(self, code: str, address: str) -> Attempt:
        """Count a console login attempt (429 at once for an address over a limit); the
        console waits ``attempt.delay`` seconds before :meth:`staff_login`."""
        return self.throttle.begin(_throttle_code(normalize_code(code)), address, time.time())

    def staff_login(
        self,
        code: str,
        password: str,
        address: str,
        *,
        new_password: str | None = None,
        attempt: Attempt | None = None,
    ) -> dict[str, Any]:
        """A console session for a right code and password (``new_password`` replaces a
        one-time password, or the member's own). Throttled as observers' logins are."""
        code = normalize_code(code)
        if new_password is not None:
            new_password = self._password(new_password)
        if attempt is None:
            attempt = self.throttle.begin(_throttle_code(code), address, time.time())
        with self.db.read() as conn:
            row = conn.execute(select(s.staff).where(s.staff.c.code == code)).first()
        try:
            ok = base._hasher.verify(row.password_hash if row else base._DUMMY_HASH, password)
        except (VerificationError, InvalidHashError):
            ok = False
        if not ok or row is None:
            raise ApiError("bad_credentials", "El código o la contraseña no son correctos.")
        if row.disabled_at is not None:
            self.db.write(lambda conn: self.throttle.succeeded(conn, attempt))
            raise ApiError(
                "forbidden",
                "Esta cuenta está deshabilitada; pida a un administrador que la active.",
            )
        if new_password is None and row.must_change_password:
            self.db.write(lambda conn: self.throttle.succeeded(conn, attempt))
            raise ApiError(
                "password_change_required",
                "Esta contraseña la asignó el OIC y sirve una sola vez: elija ahora la suya "
                f"(al menos {MIN_PASSWORD} caracteres).",
                min_length=MIN_PASSWORD,
            )
        if new_password is not None and new_password == password:
            self.db.write(lambda conn: self.throttle.succeeded(conn, attempt))
            raise ApiError("bad_request", "La contraseña nueva debe ser distinta de la actual.")
        token = secrets.token_urlsafe(32)
        csrf = secrets.token_urlsafe(32)
        new_hash = base._hasher.hash(new_password) if new_password is not None else None

        def txn(conn: Connection) -> None:
            self.throttle.succeeded(conn, attempt)
            if new_hash is not None:
                STAFF.end_sessions(conn, row.id)
                conn.execute(
                    update(s.staff)
                    .where(s.staff.c.id == row.id)
                    .values(password_hash=new_hash, must_change_password=False)
                )
            # sessions of this member that ended or outlived any lifetime: gone for good
            conn.execute(
                delete(s.staff_sessions).where(
                    s.staff_sessions.c.staff_id == row.id,
                    or_(
                        s.staff_sessions.c.revoked_at.is_not(None),
                        s.staff_sessions.c.last_seen
                        < time.time() - self.limits.staff_session_max_seconds,
                    ),
                )
            )
            conn.execute(
                s.staff_sessions.insert().values(
                    token_hash=_token_hash(token),
                    staff_id=row.id,
                    csrf=csrf,
                    address=address[:200],
                    created_at=now_iso(),
                    last_seen=time.time(),
                )
            )

        self.db.write(txn)
        return {
            "token": token,
            "csrf": csrf,
            "staff": {"code": row.code, "name": row.name, "role": row.role},
        }

    def staff_session(self, token: str | None, *, now: float | None = None) -> StaffMember:
        """The staff member of a session token, its idle clock restarted; ``unauthenticated``
        when there is none, it ended, it sat idle too long, or it is older than
        ``Limits.staff_session_max_seconds``. The idle clock is written at most once a
        minute: most pages cost a read only."""
        now = time.time() if now is None else now
        if not token or not 16 <= len(token) <= 256:
            raise ApiError("unauthenticated", "Inicie sesión en la consola del OIC.")
        digest = _token_hash(token)
        idle, most = self.limits.staff_idle_seconds, self.limits.staff_session_max_seconds
        with self.db.read() as conn:  # a made-up cookie costs a read, never a write
            row = conn.execute(
                select(
                    s.staff_sessions.c.csrf,
                    s.staff_sessions.c.last_seen,
                    s.staff_sessions.c.created_at,
                    s.staff_sessions.c.revoked_at,
                    s.staff.c.id,
                    s.staff.c.code,
                    s.staff.c.name,
                    s.staff.c.role,
                    s.staff.c.disabled_at,
                )
                .join(s.staff, s.staff.c.id == s.staff_sessions.c.staff_id)
                .where(s.staff_sessions.c.token_hash == digest)
            ).first()
        if row is None or row.revoked_at is not None or row.disabled_at is not None:
            raise ApiError("unauthenticated", "Inicie sesión en la consola del OIC.")
        age = now - _epoch(row.created_at)
        if now - row.last_seen > idle or age > most:
            self.db.write(
                lambda conn: conn.execute(
                    update(s.staff_sessions)
                    .where(s.staff_sessions.c.token_hash == digest)
                    .values(revoked_at=now_iso())
                )
            )
            if age > most:
                raise ApiError(
                    "unauthenticated",
                    f"Su sesión cumplió {most // 3600} horas y se cerró; inicie sesión de nuevo. "
                    "No se guardó ningún cambio pendiente.",
                )
            raise ApiError(
                "unauthenticated",
                f"Su sesión se cerró tras {idle // 60} minutos sin uso; inicie sesión de nuevo. "
                "No se guardó ningún cambio pendiente.",
            )
        if now - row.last_seen > _TOUCH_EVERY:
            self.db.write(
                lambda conn: conn.execute(
                    update(s.staff_sessions)
                    .where(
                        s.staff_sessions.c.token_hash == digest,
                        s.staff_sessions.c.revoked_at.is_(None),
                    )
                    .values(last_seen=now)
                )
            )
        return StaffMember(row.id, row.code, row.name, row.role, digest, row.csrf)

    def staff_logout(self, member: StaffMember) -> None:
        self.db.write(
            lambda conn: conn.execute(
                update(s.staff_sessions)
                .where(
                    s.staff_sessions.c.token_hash == member.token_hash,
                    s.staff_sessions.c.revoked_at.is_(None),
                )
                .values(revoked_at=now_iso())
            )
        )

    @staticmethod
    def require_role(member: StaffMember, minimum: str) -> None:
        """Refuse (403) what ``member``'s role does not allow; checked on every route."""
        if not role_at_least(member.role, minimum):
            raise ApiError(
                "forbidden",
                f"Su rol ({ROLE_NAMES[member.role]}) no permite esto; hace falta "
                f"{ROLE_NAMES[minimum]} o más.",
            )

    @staticmethod
    def check_csrf(member: StaffMember, given: str | None) -> None:
        """Refuse a form whose CSRF token is not its session's (nothing changes)."""
        if not given or not secrets.compare_digest(
            given.encode("utf-8", "replace"), member.csrf.encode("ascii")
        ):
            raise ApiError(
                "forbidden",
                "El formulario caducó o no viene de esta consola; recargue la página e "
                "intente de nuevo. No se cambió nada.",
            )
