"""The server database's migration ladder (the tables are in :mod:`oic_server.schema`).

Migrations are an append-only ladder: each step runs in one transaction with
its ``schema_version`` row (PostgreSQL also holds an advisory lock, so two
instances starting together cannot both migrate). A SQLite file is copied
before it is upgraded; a database newer than this code is refused. To change
the schema, add ``Migration(N + 1, …)`` below and change the tables in
:mod:`oic_server.schema` to match.
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy import Connection, MetaData, inspect, select, text
from sqlalchemy.exc import DBAPIError

from oic_server.errors import ApiError
from oic_server.schema import SCHEMA_VERSION, _tables, now_iso, schema_version

__all__ = [
    "MIGRATIONS",
    "Migration",
    "current_version",
    "migrate",
    "newer_schema_error",
    "trigram_search_index",
]


@dataclass(frozen=True)
class Migration:
    version: int
    description: str
    apply: Callable[[Connection], None]


def _v1(conn: Connection) -> None:
    md = MetaData()
    tables = _tables(md, version=1)
    md.create_all(conn)
    conn.execute(tables["counters"].insert(), [{"name": "review_cursor", "value": 0}])


def _v2(conn: Connection) -> None:
    # observers created before v2 keep the password they have: nothing said it was
    # temporary, and forcing a change would stop their laptops' syncs until they log in
    conn.execute(
        text("ALTER TABLE observers ADD COLUMN must_change_password BOOLEAN NOT NULL DEFAULT FALSE")
    )


def _v3(conn: Connection) -> None:
    # Events already sent keep the global cursor the laptops hold as theirs (it told
    # what it told); each observer's counter continues from their own last one.
    conn.execute(text("ALTER TABLE observers ADD COLUMN review_seq BIGINT NOT NULL DEFAULT 0"))
    if conn.dialect.name == "postgresql":
        conn.execute(text("ALTER TABLE review_events ADD COLUMN seq BIGINT"))
        conn.execute(text("UPDATE review_events SET seq = cursor"))
        conn.execute(text("ALTER TABLE review_events ALTER COLUMN seq SET NOT NULL"))
        conn.execute(
            text("CREATE INDEX ix_review_events_observer_seq ON review_events (observer_id, seq)")
        )
    else:  # SQLite adds a NOT NULL column only with a default: the table is rebuilt
        conn.execute(text("DROP INDEX ix_review_events_observer_cursor"))
        conn.execute(text("ALTER TABLE review_events RENAME TO review_events_v2"))
        _tables(MetaData(), version=3)["review_events"].create(conn)
        conn.execute(
            text(
                "INSERT INTO review_events "
                "(cursor, submission_id, observer_id, state, comment, at, actor, seq) "
                "SELECT cursor, submission_id, observer_id, state, comment, at, actor, cursor "
                "FROM review_events_v2"
            )
        )
        conn.execute(text("DROP TABLE review_events_v2"))
    conn.execute(
        text(
            "UPDATE observers SET review_seq = COALESCE((SELECT MAX(e.seq) FROM review_events e "
            "WHERE e.observer_id = observers.id), 0)"
        )
    )


def _v4(conn: Connection) -> None:
    tables = _tables(MetaData(), version=4)
    tables["staff"].create(conn)
    tables["staff_sessions"].create(conn)


def _v5(conn: Connection) -> None:
    # Submissions committed before v5 are indexed by the serving process's background
    # thread (thumbnails.BackgroundWork → InboxCases.index_missing): reading their audit
    # JSON needs the blob store, which a migration does not have.
    md = MetaData()
    tables = _tables(md, version=5)
    conn.execute(
        text("ALTER TABLE submissions ADD COLUMN assignee_id INTEGER REFERENCES staff(id)")
    )
    conn.execute(text("ALTER TABLE submissions ADD COLUMN assigned_at TEXT"))
    conn.execute(text("ALTER TABLE submissions ADD COLUMN review_comments TEXT"))
    conn.execute(text("CREATE INDEX ix_submissions_committed ON submissions (committed_at, id)"))
    conn.execute(text("ALTER TABLE review_events ADD COLUMN comments TEXT"))
    for name in ("submission_index", "findings", "evidence", "thumbnails", "activity"):
        tables[name].create(conn)
    if conn.dialect.name == "postgresql":
        trigram_search_index(conn)


def _v6(conn: Connection) -> None:
    conn.execute(text("ALTER TABLE observers ADD COLUMN institution TEXT"))
    tables = _tables(MetaData(), version=6)
    for name in ("participation_sessions", "session_decisions", "rates"):
        tables[name].create(conn)


def _v7(conn: Connection) -> None:
    _tables(MetaData(), version=7)["constancias"].create(conn)


def _v8(conn: Connection) -> None:
    tables = _tables(MetaData(), version=8)
    tables["agenda_events"].create(conn)
    tables["signups"].create(conn)  # counters' "agenda_seq" is made at the first event


def _v9(conn: Connection) -> None:
    # the TSA's key and the first CRL are made at the next start (keys.py, crl.py): a
    # migration has no keys
    conn.execute(text("ALTER TABLE certificates ADD COLUMN revoked_at TEXT"))
    conn.execute(text("ALTER TABLE certificates ADD COLUMN revocation_reason TEXT"))
    conn.execute(text("CREATE INDEX ix_certificates_revoked ON certificates (revoked_at)"))
    tables = _tables(MetaData(), version=9)
    tables["tsa_tokens"].create(conn)
    tables["crls"].create(conn)


def _v10(conn: Connection) -> None:
    # submissions committed before v10 have no copy of record until an operator runs
    # `oic-server retimestamp --missing` (their OIC time is then that run's)
    conn.execute(text("ALTER TABLE submissions ADD COLUMN record_sha256 TEXT"))
    conn.execute(text("ALTER TABLE submissions ADD COLUMN oic_timestamp_at TEXT"))
    conn.execute(text("ALTER TABLE submissions ADD COLUMN record_renew_by TEXT"))
    conn.execute(
        text("CREATE INDEX ix_submissions_record_renew_by ON submissions (record_renew_by)")
    )
    _tables(MetaData(), version=10)["record_copies"].create(conn)


def _v11(conn: Connection) -> None:
    tables = _tables(MetaData(), version=11)
    tables["store_uploads"].create(conn)
    tables["store_parts"].create(conn)


def _v12(conn: Connection) -> None:
    # uploads in progress continue: their next part takes the next number (parts_used
    # starts above every part they recorded)
    conn.execute(text("ALTER TABLE store_uploads ADD COLUMN parts_used INTEGER NOT NULL DEFAULT 0"))
    conn.execute(
        text(
            "UPDATE store_uploads SET parts_used = COALESCE((SELECT MAX(number) FROM store_parts "
            "WHERE store_parts.key = store_uploads.key), 0)"
        )
    )


def trigram_search_index(conn: Connection) -> bool:
    """On PostgreSQL, a trigram index makes the inbox's free text (``LIKE '%word%'``)
    an index scan. It needs the ``pg_trgm`` extension, which a database owner may not
    be allowed to create: then the search scans, slower but the same. True if made."""
    savepoint = conn.begin_nested()
    try:
        where = conn.execute(
            text(
                "SELECT extnamespace::regnamespace::text FROM pg_extension WHERE extname = 'pg_trgm'"
            )
        ).scalar()
        if where is None:  # in public: dropping an application schema never drops it
            conn.execute(text("CREATE EXTENSION pg_trgm WITH SCHEMA public"))
            where = "public"
        conn.execute(
            text(
                "CREATE INDEX IF NOT EXISTS ix_submission_index_search ON submission_index "
                f"USING gin (search_text {where}.gin_trgm_ops)"
            )
        )
    except DBAPIError:
        savepoint.rollback()
        return False
    savepoint.commit()
    return True


MIGRATIONS: tuple[Migration, ...] = (
    Migration(1, "initial schema", _v1),
    Migration(2, "one-time passwords (observers.must_change_password)", _v2),
    Migration(3, "review cursors per observer (observers.review_seq, review_events.seq)", _v3),
    Migration(4, "the OIC's staff and their console sessions", _v4),
    Migration(5, "submissions indexed for the console, thumbnails, assignee, activity log", _v5),
    Migration(6, "participation sessions, their decisions, rates", _v6),
    Migration(7, "constancias de participación", _v7),
    Migration(8, "agenda events and sign-ups", _v8),
    Migration(9, "time-stamp tokens, CRLs, certificates' revocation", _v9),
    Migration(10, "copies of record (PAdES B-LTA) of committed reports", _v10),
    Migration(11, "the S3 blob store's multipart uploads, parts and pieces", _v11),
    Migration(12, "S3 part numbers never used twice (store_uploads.parts_used)", _v12),
)
assert MIGRATIONS[-1].version == SCHEMA_VERSION, "SCHEMA_VERSION is the last migration's"
_ADVISORY_LOCK = 0x0B5E_7AD0  # any constant shared by every instance


def current_version(conn: Connection) -> int:
    """0 for an empty database; the highest applied migration otherwise."""
    if not inspect(conn).has_table("schema_version"):
        return 0
    value = conn.execute(select(schema_version.c.version).order_by(schema_version.c.version.desc()))
    row = value.first()
    return int(row[0]) if row else 0


def newer_schema_error(found: int) -> ApiError:
    return ApiError(
        "unavailable",
        f"La base de datos tiene el esquema versión {found}, más nuevo que esta versión del "
        f"servidor (que conoce hasta la {SCHEMA_VERSION}). Actualice oic-server; la base de "
        "datos no se modificó.",
    )


def migrate(engine) -> tuple[int, int]:
    """Bring the database to :data:`SCHEMA_VERSION`. Returns (from, to)."""
    with engine.connect() as probe:
        found = current_version(probe)
        probe.rollback()
    if found > SCHEMA_VERSION:
        raise newer_schema_error(found)
    if found == SCHEMA_VERSION:
        return found, found
    if engine.dialect.name == "sqlite" and found > 0:
        _backup_sqlite(engine, found)
    with engine.begin() as conn:
        if conn.dialect.name == "postgresql":
            conn.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": _ADVISORY_LOCK})
        start = current_version(conn)  # another instance may have migrated meanwhile
        if start > SCHEMA_VERSION:
            raise newer_schema_error(start)
        for step in MIGRATIONS:
            if step.version <= start:
                continue
            step.apply(conn)
            conn.execute(schema_version.insert().values(version=step.version, applied_at=now_iso()))
    return found, SCHEMA_VERSION


def _backup_sqlite(engine, version: int) -> None:
    path = engine.url.database
    if not path or path == ":memory:":
        return
    stamp = _dt.datetime.now(_dt.UTC).strftime("%Y%m%dT%H%M%SZ")
    import sqlite3

    source = sqlite3.connect(path)
    try:
        target = sqlite3.connect(f"{path}.backup-v{version}-{stamp}")
        try:
            source.backup(target)
        finally:
            target.close()
    finally:
        source.close()
