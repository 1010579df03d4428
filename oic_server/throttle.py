"""The login throttle: slows a password guesser without locking the owner out.

Three counts of failed attempts, in the ``login_failures`` table, over the last
``login_window_seconds`` (docs/server.md, "Limits"):

- ``ca:<code>|<address>`` — one code from one address: after
  ``login_failures`` failures that address gets 429 for that code;
- ``a:<address>`` — one address, any code: after ``login_address_failures``;
- ``c:<code>`` — one code from everywhere: never a refusal (that would let
  anyone keep the owner out from another address), only a wait before the
  answer that doubles with each failure past ``login_code_failures``, up to
  ``login_delay_ceiling`` seconds.

An attempt is counted *before* its password is checked, in one transaction
that also checks the counts (PostgreSQL: an advisory lock per key; SQLite:
one writer at a time), so parallel attempts cannot pass the limit together;
an address over a limit is refused there, before any wait. A right password
(even a one-time one, or a disabled observer's) takes its own attempt back and
forgets the failures of that code from that address. IPv6 clients are counted
by their /64.
"""

from __future__ import annotations

import ipaddress
import math
import zlib
from dataclasses import dataclass

from sqlalchemy import Connection, delete, func, select, text

from oic_server import schema as s
from oic_server.config import Limits
from oic_server.db import Database
from oic_server.errors import ApiError

__all__ = ["Attempt", "LoginThrottle", "client_key"]

_BASE_DELAY = 0.25  # seconds, at the first failure past the per-code threshold


@dataclass(frozen=True)
class Attempt:
    """An attempt counted as a failure until :meth:`LoginThrottle.succeeded` says not;
    ``delay`` is how long its answer waits before the password is checked."""

    ids: tuple[int, ...]
    pair_key: str
    delay: float = 0.0


def client_key(address: str) -> str:
    """The address as the throttle counts it: an IPv6 client by its /64 (one customer's
    network hands out a whole /64, so counting single addresses would count nothing)."""
    try:
        ip = ipaddress.ip_address(address)
    except ValueError:
        return address
    if isinstance(ip, ipaddress.IPv6Address):
        if ip.ipv4_mapped is not None:  # ::ffff:192.0.2.1 is that IPv4 client
            return str(ip.ipv4_mapped)
        return str(ipaddress.ip_network(f"{ip}/64", strict=False))
    return str(ip)


def _keys(code: str, address: str) -> tuple[str, str, str]:
    address = client_key(address)
    return (f"ca:{code}|{address}"[:200], f"a:{address}"[:200], f"c:{code}"[:200])


class LoginThrottle:
    def __init__(self, db: Database, limits: Limits):
        self.db = db
        self.limits = limits

    def delay(self, code: str, now: float) -> float:
        """Seconds to wait before checking a password for ``code`` (0 most of the time)."""
        with self.db.read() as conn:
            return self._delay(conn, _keys(code, "")[2], now)

    def _delay(self, conn: Connection, code_key: str, now: float) -> float:
        excess = self._count(conn, code_key, now) - self.limits.login_code_failures
        if excess < 0:
            return 0.0
        return min(self.limits.login_delay_ceiling, _BASE_DELAY * 2 ** min(excess, 30))

    def begin(self, code: str, address: str, now: float) -> Attempt:
        """Count an attempt, or refuse it (``rate_limited``) at once when its address is over
        a limit: a refused address never waits, so it holds nothing."""
        pair, addr, code_key = _keys(code, address)
        limits = self.limits

        def txn(conn: Connection) -> Attempt:
            if conn.dialect.name == "postgresql":
                for key in sorted((pair, addr)):  # one order everywhere: no deadlock
                    conn.execute(
                        text("SELECT pg_advisory_xact_lock(:k)"),
                        {"k": zlib.crc32(key.encode("utf-8"))},
                    )
            retry = max(
                self._retry(conn, pair, limits.login_failures, now),
                self._retry(conn, addr, limits.login_address_failures, now),
            )
            if retry > 0:
                raise _rate_limited(retry)
            conn.execute(
                delete(s.login_failures).where(
                    s.login_failures.c.at < now - limits.login_window_seconds
                )
            )
            delay = self._delay(conn, code_key, now)  # from the failures before this one
            ids = tuple(
                int(
                    conn.execute(
                        s.login_failures.insert().values(key=key, at=now)
                    ).inserted_primary_key[0]
                )
                for key in (pair, addr, code_key)
            )
            return Attempt(ids, pair, delay)

        return self.db.write(txn)

    def succeeded(self, conn: Connection, attempt: Attempt) -> None:
        """In the transaction that lets the observer in: the attempt was no failure, and
        earlier failures of this code from this address are forgiven."""
        conn.execute(delete(s.login_failures).where(s.login_failures.c.id.in_(attempt.ids)))
        conn.execute(delete(s.login_failures).where(s.login_failures.c.key == attempt.pair_key))

    def withdraw(self, conn: Connection, attempt: Attempt) -> None:
        """The attempt never reached a password check (its request was refused first)."""
        conn.execute(delete(s.login_failures).where(s.login_failures.c.id.in_(attempt.ids)))

    def _count(self, conn: Connection, key: str, now: float) -> int:
        since = now - self.limits.login_window_seconds
        return int(
            conn.execute(
                select(func.count())
                .select_from(s.login_failures)
                .where(s.login_failures.c.key == key, s.login_failures.c.at > since)
            ).scalar_one()
        )

    def _retry(self, conn: Connection, key: str, limit: int, now: float) -> float:
        """Seconds until ``key`` may try again; 0 when it may now."""
        window = self.limits.login_window_seconds
        rows = conn.execute(
            select(s.login_failures.c.at)
            .where(s.login_failures.c.key == key, s.login_failures.c.at > now - window)
            .order_by(s.login_failures.c.at.desc())
            .limit(limit)
        ).all()
        if len(rows) < limit:
            return 0.0
        # the attempt that frees a slot is the oldest of the last `limit` failures
        return max(rows[-1][0] + window - now, 0.001)


def _rate_limited(retry: float) -> ApiError:
    seconds = max(1, math.ceil(retry))
    return ApiError(
        "rate_limited",
        f"Demasiados intentos fallidos de inicio de sesión. Espere {seconds} segundos e "
        "intente de nuevo.",
        headers={"Retry-After": str(seconds)},
        retry_after=seconds,
    )
