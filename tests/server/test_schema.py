"""The migration ladder: the migrated database is exactly the tables the code uses."""

from __future__ import annotations

import threading

from sqlalchemy import inspect, select

from oic_server import schema
from oic_server.db import Database
from oic_server.schema import SCHEMA_VERSION
from oic_server.schema_migrations import MIGRATIONS, migrate


def _url(database_url, tmp_path):
    return database_url or f"sqlite:///{tmp_path / 'oic.db'}"


def _at_version(conn, version: int) -> None:
    """The database as the first ``version`` migrations leave it, recorded as such."""
    for step in MIGRATIONS[:version]:
        step.apply(conn)
        conn.execute(schema.schema_version.insert().values(version=step.version, applied_at="x"))


def test_migrated_schema_matches_the_tables(database_url, tmp_path):
    from oic_server.config import normalize_database_url

    db = Database(normalize_database_url(_url(database_url, tmp_path)))
    try:
        assert migrate(db.engine) == (0, SCHEMA_VERSION)
        assert migrate(db.engine) == (SCHEMA_VERSION, SCHEMA_VERSION)
        with db.engine.connect() as conn:
            found = inspect(conn)
            assert set(found.get_table_names()) == set(schema.metadata.tables)
            for table in schema.metadata.sorted_tables:
                columns = {c["name"]: c for c in found.get_columns(table.name)}
                assert set(columns) == {c.name for c in table.columns}, table.name
                for column in table.columns:
                    assert columns[column.name]["nullable"] == column.nullable, (
                        table.name,
                        column.name,
                    )
                pk = found.get_pk_constraint(table.name)["constrained_columns"]
                assert set(pk) == {c.name for c in table.primary_key}, table.name
    finally:
        db.close()


def test_two_instances_migrating_at_once_apply_each_step_once(database_url, tmp_path):
    """On SQLite, many fresh files: two instances switching a new file to WAL together
    used to get "database is locked" at once, about one time in eight."""
    from oic_server.config import normalize_database_url

    if database_url:
        _migrate_together(normalize_database_url(database_url))
        return
    for trial in range(15):
        _migrate_together(normalize_database_url(f"sqlite:///{tmp_path / f'oic-{trial}.db'}"))


def _migrate_together(url: str) -> None:
    databases = [Database(url), Database(url)]
    errors = []

    def run(db):
        try:
            migrate(db.engine)
        except Exception as exc:  # reported below
            errors.append(exc)

    threads = [threading.Thread(target=run, args=(db,)) for db in databases]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    try:
        assert errors == []
        with databases[0].read() as conn:
            versions = [r[0] for r in conn.execute(select(schema.schema_version.c.version))]
            counters = conn.execute(select(schema.counters)).all()
        assert versions == list(range(1, SCHEMA_VERSION + 1)) and len(counters) == 1
    finally:
        for db in databases:
            db.close()


def test_a_version_1_database_keeps_its_observers_passwords(database_url, tmp_path):
    """Migration 2 adds one-time passwords; observers made before it are not forced
    to change theirs (nothing told them it was temporary)."""
    from oic_server.config import normalize_database_url

    db = Database(normalize_database_url(_url(database_url, tmp_path)))
    try:
        with db.engine.begin() as conn:
            MIGRATIONS[0].apply(conn)
            conn.execute(schema.schema_version.insert().values(version=1, applied_at="x"))
            conn.exec_driver_sql(
                "INSERT INTO observers (code, name, password_hash, created_at) "
                "VALUES ('OBS-001', 'Ana', 'h', 'x')"
            )
        assert migrate(db.engine) == (1, SCHEMA_VERSION)
        with db.read() as conn:
            row = conn.execute(select(schema.observers)).one()
        assert row.code == "OBS-001" and row.must_change_password is False
        if not database_url:
            assert list(tmp_path.glob("oic.db.backup-v1-*")), "the v1 file was not copied first"
    finally:
        db.close()


def test_a_version_2_database_keeps_the_cursors_laptops_hold(database_url, tmp_path):
    """Migration 3 makes review cursors per observer. A laptop holds the last cursor it
    saw, a server-wide number: its own events keep that number, and its next one follows
    it, so nothing is missed and nothing comes twice."""
    from oic_server.config import Limits, normalize_database_url
    from oic_server.service import Caller, OICServer

    db = Database(normalize_database_url(_url(database_url, tmp_path)))
    try:
        with db.engine.begin() as conn:
            _at_version(conn, 2)
            for code in ("OBS-001", "OBS-002"):
                conn.exec_driver_sql(
                    "INSERT INTO observers (code, name, password_hash, created_at) "
                    f"VALUES ('{code}', 'X', 'h', 'x')"
                )
            for n in (1, 2):
                conn.exec_driver_sql(
                    "INSERT INTO submissions (id, observer_id, manifest_sha256, manifest, "
                    "audit_id, audit_version, form_id, form_version, audit_sha256, "
                    f"report_sha256, state, source, created_at) VALUES ('s{n}', {n}, 'm', "
                    "'{}', 'a', 1, 'f', 1, 'a', 'r', 'committed', 'api', 'x')"
                )
            # server-wide cursors: 1, 3 for OBS-001; 2, 4, 5 for OBS-002
            for cursor, observer in ((1, 1), (2, 2), (3, 1), (4, 2), (5, 2)):
                conn.exec_driver_sql(
                    "INSERT INTO review_events (cursor, submission_id, observer_id, state, "
                    f"comment, at, actor) VALUES ({cursor}, 's{observer}', {observer}, "
                    "'received', '', 'x', 'x')"
                )
            conn.exec_driver_sql("UPDATE counters SET value = 5 WHERE name = 'review_cursor'")
        assert migrate(db.engine) == (2, SCHEMA_VERSION)
        server = OICServer.__new__(OICServer)  # only what reviews() and _next_cursor use
        server.db, server.limits = db, Limits()
        one = Caller(1, "OBS-001", "X", "t")
        assert [e["cursor"] for e in server.reviews(one, 0)["reviews"]] == [1, 3]
        with db.engine.begin() as conn:
            assert OICServer._next_cursor(conn, 1) == (6, 4)  # after OBS-001's own 3
            assert OICServer._next_cursor(conn, 2) == (7, 6)
    finally:
        db.close()


def test_an_instance_still_on_version_2_cannot_write_events_laptops_would_miss(
    database_url, tmp_path
):
    """Migration 3 on a shared database while another instance still runs older code:
    that instance's review events (no per-observer cursor) are refused loudly, not kept
    where no laptop would ever fetch them."""
    import pytest
    from sqlalchemy.exc import IntegrityError

    from oic_server.config import normalize_database_url

    db = Database(normalize_database_url(_url(database_url, tmp_path)))
    try:
        assert migrate(db.engine) == (0, SCHEMA_VERSION)
        with db.engine.begin() as conn:
            conn.exec_driver_sql(
                "INSERT INTO observers (code, name, password_hash, created_at) "
                "VALUES ('OBS-001', 'X', 'h', 'x')"
            )
            conn.exec_driver_sql(
                "INSERT INTO submissions (id, observer_id, manifest_sha256, manifest, "
                "audit_id, audit_version, form_id, form_version, audit_sha256, "
                "report_sha256, state, source, created_at) VALUES ('s1', 1, 'm', "
                "'{}', 'a', 1, 'f', 1, 'a', 'r', 'committed', 'api', 'x')"
            )
        with pytest.raises(IntegrityError), db.engine.begin() as conn:
            conn.exec_driver_sql(  # what a version-2 server inserts
                "INSERT INTO review_events (cursor, submission_id, observer_id, state, "
                "comment, at, actor) VALUES (1, 's1', 1, 'received', '', 'x', 'server')"
            )
    finally:
        db.close()


def test_a_version_4_database_with_submissions_is_indexed_after_migration(database_url, tmp_path):
    """Migration 5 adds the console's index; submissions already stored get their rows
    from the background thread (index_missing), with the review state they have, even
    when their audit JSON is missing from the store."""
    from oic_server.blobstore import FilesystemBlobStore
    from oic_server.config import Limits, normalize_database_url
    from oic_server.forms import FormCatalog
    from oic_server.service import OICServer

    db = Database(normalize_database_url(_url(database_url, tmp_path)))
    try:
        with db.engine.begin() as conn:
            _at_version(conn, 4)
            conn.exec_driver_sql(
                "INSERT INTO observers (code, name, password_hash, created_at) "
                "VALUES ('OBS-001', 'X', 'h', 'x')"
            )
            for n, state in ((1, "received"), (2, "returned")):
                conn.exec_driver_sql(
                    "INSERT INTO submissions (id, observer_id, manifest_sha256, manifest, "
                    "audit_id, audit_version, form_id, form_version, audit_sha256, "
                    "report_sha256, state, source, created_at, committed_at, review_state, "
                    f"signer_fingerprint) VALUES ('s{n}', 1, 'm', '{{}}', 'a{n}', 1, 'f', 1, "
                    f"'{'0' * 64}', 'r', 'committed', 'api', 'x', '2026-01-0{n}T00:00:00Z', "
                    f"'{state}', 'fp')"
                )
        assert migrate(db.engine) == (4, SCHEMA_VERSION)
        server = OICServer.__new__(OICServer)  # only what index_missing uses
        server.db, server.limits = db, Limits()
        server.store = FilesystemBlobStore(tmp_path / "store")
        server.forms = FormCatalog(tmp_path / "forms")  # the checklist "f" is unknown here
        assert server.index_missing() == 2 and server.index_missing() == 0
        with db.read() as conn:
            rows = conn.execute(
                select(schema.submission_index).order_by(schema.submission_index.c.submission_id)
            ).all()
        assert [(r.review_state, r.committed_at[:10]) for r in rows] == [
            ("received", "2026-01-01"),
            ("returned", "2026-01-02"),
        ]
        assert all('"recorded":"migration"' in r.verification for r in rows)
    finally:
        db.close()


def test_a_version_5_database_gains_participation_sessions(database_url, tmp_path):
    """Migration 6 (issue 17): observers keep their rows and get no institution until
    their laptop sends one; sessions, decisions and rates start empty."""
    from oic_server.config import normalize_database_url

    db = Database(normalize_database_url(_url(database_url, tmp_path)))
    try:
        with db.engine.begin() as conn:
            _at_version(conn, 5)
            conn.exec_driver_sql(
                "INSERT INTO observers (code, name, password_hash, created_at) "
                "VALUES ('OBS-001', 'Ana', 'h', 'x')"
            )
        assert migrate(db.engine) == (5, SCHEMA_VERSION)
        with db.read() as conn:
            row = conn.execute(select(schema.observers)).one()
            assert (row.code, row.institution) == ("OBS-001", None)
            for table in (schema.participation_sessions, schema.session_decisions, schema.rates):
                assert conn.execute(select(table)).all() == []
    finally:
        db.close()


def test_a_version_11_database_numbers_new_parts_after_those_recorded(database_url, tmp_path):
    """Migration 12 (issue 20): an S3 upload in progress keeps its parts, and its next part
    takes a number above every one it recorded (a number is never used twice)."""
    from oic_server.config import normalize_database_url

    db = Database(normalize_database_url(_url(database_url, tmp_path)))
    try:
        with db.engine.begin() as conn:
            _at_version(conn, 11)
            for key in ("1-" + "a" * 64, "1-" + "b" * 64):
                conn.exec_driver_sql(
                    "INSERT INTO store_uploads (key, held, created_at, updated_at) "
                    f"VALUES ('{key}', 0, 0, 0)"
                )
            conn.exec_driver_sql(
                'INSERT INTO store_parts (key, "offset", size, number, etag) VALUES '
                f"('1-{'a' * 64}', 0, 5, 1, 'e1'), ('1-{'a' * 64}', 5, 5, 3, 'e3'), "
                f"('1-{'a' * 64}', 10, 2, NULL, NULL)"
            )
        assert migrate(db.engine) == (11, SCHEMA_VERSION)
        with db.read() as conn:
            rows = conn.execute(
                select(schema.store_uploads.c.key, schema.store_uploads.c.parts_used)
            ).all()
        found = {key: used for key, used in rows}
        assert found == {"1-" + "a" * 64: 3, "1-" + "b" * 64: 0}
    finally:
        db.close()
