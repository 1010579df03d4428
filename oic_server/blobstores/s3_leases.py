"""The leases by which several instances take turns on an S3 partial upload.

A writer (:class:`~oic_server.blobstores.s3_writer.S3PartWriter`) holds its upload
through a lease in the upload's row (``store_uploads.writer`` and ``writer_until``).
The lease is short, :data:`LEASE` seconds, so that when an instance dies (``kill -9``,
a lost machine) the uploads it held are free again within seconds: a laptop resuming on
another instance asks ``HEAD`` first, and ``HEAD`` waits while the upload looks busy.

A live writer does not renew its own lease. A :class:`LeaseKeeper`, one per store and
a thread of its own, renews every lease of the process at once every :data:`RENEW`
seconds (one ``UPDATE`` per second for the whole instance, however many chunks arrive),
while the writer makes progress: each batch of the body handed to it (``WRITE_BATCH``,
1 MiB, in ``oic_server/api/blobs.py``), and the start of sending a part or piece to S3.
A writer with no progress for :data:`STALL` seconds is no longer renewed, and its upload
passes to whichever instance the laptop tries next, as it did when each writer renewed
its own lease: a frozen thread, an ``UploadPart`` slower than that (the writer checks
its lease again before sending, and its part is never recorded), or a body slower than
one batch in :data:`STALL` seconds (under ~0.6 Mbit/s; the laptop's pacer sends a chunk
in about 8 s of its line).

The times are wall-clock (``time.time()``) compared between instances: their clocks must
agree to well under :data:`LEASE` seconds (NTP; docs/server.md). When they do not, or
the database is slow to answer a renewal, two instances may both write a chunk of an
upload; the chunk is then still recorded only where the upload's offset is the one it
began at, and the blob is still completed only when its hash matches.
"""

from __future__ import annotations

import logging
import secrets
import threading
import time
from collections.abc import Callable, Collection

from sqlalchemy import Connection, or_, select, update

from oic_server import schema as s
from oic_server.db import Database, insert_ignore

__all__ = ["LEASE", "RENEW", "STALL", "LeaseKeeper", "LeasedUploads"]

log = logging.getLogger(__name__)

LEASE = 4.0  # seconds a lease lasts unless renewed (a dead instance's uploads free after it)
RENEW = 1.0  # seconds between the keeper's renewals (so a lease survives three missed ones)
STALL = 15.0  # seconds without progress after which a writer's lease is left to run out


class LeaseKeeper:
    """Renews the leases of this process's open writers from a thread of its own.

    ``renew(tokens, lease)`` is called with the tokens to renew and the seconds their
    leases last from the moment the database writes them; it returns nothing and may
    raise (the error is logged and the next round tries again). A round slower than half
    a lease is logged: the leases may have looked free meanwhile. The thread starts with
    the first lease held and ends when none is left."""

    def __init__(self, renew: Callable[[Collection[str], float], object]):
        self._renew = renew
        self._lock = threading.Lock()
        self._active: dict[str, float] = {}  # token -> monotonic time of its last progress
        self._thread: threading.Thread | None = None
        self.rounds = 0  # renewals made (for tests and debugging)

    def hold(self, token: str) -> None:
        """A writer took a lease: keep it while it makes progress."""
        with self._lock:
            self._active[token] = time.monotonic()
            if self._thread is None:
                thread = threading.Thread(target=self._run, name="s3-lease-keeper", daemon=True)
                thread.start()  # raises (no thread left): the next hold() tries again
                self._thread = thread

    def touch(self, token: str) -> None:
        """The writer made progress (bytes received, a part being sent)."""
        with self._lock:
            if token in self._active:
                self._active[token] = time.monotonic()

    def drop(self, token: str) -> None:
        """The writer is done (it released its lease, or its row is gone)."""
        with self._lock:
            self._active.pop(token, None)

    def held(self) -> list[str]:
        with self._lock:
            return list(self._active)

    def _due(self) -> list[str] | None:
        """The tokens to renew now, or None when no lease is held (the thread then ends)."""
        with self._lock:
            if not self._active:
                self._thread = None
                return None
            now = time.monotonic()
            return [t for t, seen in self._active.items() if now - seen < STALL]

    def _run(self) -> None:
        while True:
            time.sleep(RENEW)
            due = self._due()
            if due is None:
                return
            if not due:
                continue
            started = time.monotonic()
            try:
                self._renew(due, LEASE)
                self.rounds += 1
            except Exception as exc:  # the database away for a moment: the next round
                log.warning("renewing %d upload leases failed: %s", len(due), exc)
            took = time.monotonic() - started
            if took > LEASE / 2:
                log.warning(
                    "renewing %d upload leases took %.1f s (a lease lasts %g s)",
                    len(due),
                    took,
                    LEASE,
                )


class LeasedUploads:
    """The S3 store's leases on its partial uploads (``store_uploads.writer`` and
    ``writer_until``): taken, released, renewed by one writer or by the
    :class:`LeaseKeeper` for all, and a part number claimed with a renewal."""

    db: Database

    def part_busy(self, key: str) -> bool:
        with self.db.read() as conn:
            row = conn.execute(select(s.store_uploads).where(s.store_uploads.c.key == key)).first()
        return bool(row is not None and row.writer and (row.writer_until or 0) > time.time())

    def _take_lease(self, key: str) -> str | None:
        token = secrets.token_hex(12)
        now = time.time()
        table = s.store_uploads

        def txn(conn: Connection) -> bool:
            insert_ignore(
                conn, table, [{"key": key, "held": 0, "created_at": now, "updated_at": now}]
            )
            taken = conn.execute(
                update(table)
                .where(
                    table.c.key == key,
                    or_(table.c.writer.is_(None), table.c.writer_until < now),
                )
                .values(writer=token, writer_until=now + LEASE)
            )
            return taken.rowcount == 1

        return token if self.db.write(txn) else None

    def _release(self, key: str, token: str) -> None:
        table = s.store_uploads
        self.db.write(
            lambda conn: conn.execute(
                update(table)
                .where(table.c.key == key, table.c.writer == token)
                .values(writer=None, writer_until=None)
            )
        )

    def _renew(self, key: str, token: str) -> bool:
        """The lease renewed for another :data:`~.LEASE` seconds; False when it ran out and
        another instance took the upload."""
        table = s.store_uploads
        return bool(
            self.db.write(
                lambda conn: (
                    conn.execute(
                        update(table)
                        .where(table.c.key == key, table.c.writer == token)
                        .values(writer_until=time.time() + LEASE)
                    ).rowcount
                    == 1
                )
            )
        )

    def _claim_part(self, key: str, token: str) -> int | None:
        """The lease renewed and the next part number of the upload, never handed out
        before (``store_uploads.parts_used``); None when the lease ran out and another
        instance took the upload."""
        table = s.store_uploads

        def txn(conn: Connection) -> int | None:
            claimed = conn.execute(
                update(table)
                .where(table.c.key == key, table.c.writer == token)
                .values(
                    parts_used=table.c.parts_used + 1,
                    writer_until=time.time() + LEASE,
                )
            )
            if claimed.rowcount != 1:
                return None
            return int(conn.execute(select(table.c.parts_used).where(table.c.key == key)).scalar())

        return self.db.write(txn)

    def _renew_leases(self, tokens: Collection[str], lease: float) -> None:
        """Every lease in ``tokens`` renewed for ``lease`` seconds from when the
        transaction runs, not from when it was asked for (:class:`LeaseKeeper`)."""
        table = s.store_uploads
        self.db.write(
            lambda conn: conn.execute(
                update(table)
                .where(table.c.writer.in_(list(tokens)))
                .values(writer_until=time.time() + lease)
            )
        )
