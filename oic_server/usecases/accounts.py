"""The rows observers and OIC staff accounts both are: a code and a name, a password
hash the OIC may set to work once, a mark when disabled, and sessions that end when
the password is reset or the account disabled. Each change is one transaction of
the database it is given. What differs (an observer's tokens, a
staff member's console sessions; the words of a refusal) is each kind's
:class:`Accounts`."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, Table, select, update

from oic_server import schema as s
from oic_server.db import Database
from oic_server.errors import ApiError
from oic_server.schema import now_iso
from oic_server.usecases.base import normalize_code

__all__ = ["OBSERVERS", "STAFF", "Accounts"]


@dataclass(frozen=True)
class Accounts:
    """One kind of account: its table, the table of its sessions (``owner`` names the
    account's column there), and the refusals ``missing`` and ``exists`` (``{code}`` is
    the account's code)."""

    table: Table
    sessions: Table
    owner: str
    missing: str
    exists: str

    def find(self, conn: Connection, code: str) -> Any:
        """The account of ``code`` (as typed), or ``not_found``."""
        code = normalize_code(code)
        row = conn.execute(select(self.table).where(self.table.c.code == code)).first()
        if row is None:
            raise ApiError("not_found", self.missing.format(code=code))
        return row

    def insert(self, db: Database, code: str, **values: Any) -> None:
        """A new account with ``code`` (checked already) and ``values``; ``conflict`` when
        the code is taken."""

        def txn(conn: Connection) -> None:
            if conn.execute(select(self.table.c.id).where(self.table.c.code == code)).first():
                raise ApiError("conflict", self.exists.format(code=code))
            conn.execute(self.table.insert().values(code=code, **values))

        db.write(txn)

    def end_sessions(self, conn: Connection, account_id: int, now: str | None = None) -> None:
        sessions = self.sessions.c
        conn.execute(
            update(self.sessions)
            .where(sessions[self.owner] == account_id, sessions.revoked_at.is_(None))
            .values(revoked_at=now or now_iso())
        )

    def reset_password(self, db: Database, code: str, hashed: str, *, one_time: bool) -> Any:
        """A password the OIC sets for the account of ``code`` (returned): every open
        session of the account ends."""

        def txn(conn: Connection) -> Any:
            row = self.find(conn, code)
            conn.execute(
                update(self.table)
                .where(self.table.c.id == row.id)
                .values(password_hash=hashed, must_change_password=one_time)
            )
            self.end_sessions(conn, row.id)
            return row

        return db.write(txn)

    def set_disabled(
        self,
        db: Database,
        code: str,
        disabled: bool,
        *,
        on_disable: Callable[[Connection, Any], None] | None = None,
    ) -> tuple[Any, bool]:
        """Disable (every session ends) or enable the account of ``code``: the account,
        and False when it already was. ``on_disable(conn, account)`` runs in the same
        transaction at every disable, also of an account disabled already (an
        observer's certificates are revoked there, :mod:`oic_server.crl`)."""

        def txn(conn: Connection) -> tuple[Any, bool]:
            row = self.find(conn, code)
            if disabled and on_disable is not None:
                on_disable(conn, row)
            if (row.disabled_at is not None) == disabled:
                return row, False
            now = now_iso()
            conn.execute(
                update(self.table)
                .where(self.table.c.id == row.id)
                .values(disabled_at=now if disabled else None)
            )
            if disabled:
                self.end_sessions(conn, row.id, now)
            return row, True

        return db.write(txn)


OBSERVERS = Accounts(
    table=s.observers,
    sessions=s.tokens,
    owner="observer_id",
    missing="No existe el observador {code} (vea «oic-server observer list»).",
    exists="Ya existe el observador {code}. Para darle otra contraseña use "
    "«oic-server observer password {code}».",
)
STAFF = Accounts(
    table=s.staff,
    sessions=s.staff_sessions,
    owner="staff_id",
    missing="No existe la cuenta de personal {code} (vea «oic-server staff list»).",
    exists="Ya existe la cuenta {code}. Para darle otra contraseña use «oic-server "
    "staff password {code}».",
)
