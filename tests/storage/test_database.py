"""Opening the database: pragmas, migrations, backups, refusing what it cannot use."""

import os
import sqlite3
from pathlib import Path

import pytest

from observer_desktop.core.errors import StorageError
from observer_desktop.services.app import Observador
from observer_desktop.storage import database as dbmod
from observer_desktop.storage import schema
from observer_desktop.storage.database import open_database, resolve_data_dir

FROZEN = Path(__file__).parent / "frozen"


def test_pragmas(data_dir):
    db = open_database(data_dir)
    assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert db.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert db.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
    assert db.schema_version() == schema.LATEST_VERSION
    assert db.execute("PRAGMA user_version").fetchone()[0] == schema.LATEST_VERSION
    db.close()


def test_foreign_keys_are_enforced(data_dir):
    db = open_database(data_dir)
    with pytest.raises(sqlite3.IntegrityError):
        db.execute(
            "INSERT INTO answers (audit_id, question_id, created_at, updated_at) VALUES ('nope', 'q', 'x', 'x')"
        )
    db.close()


def test_data_dir_resolution(monkeypatch, tmp_path):
    monkeypatch.setenv("OBSERVER_DATA_DIR", str(tmp_path / "env"))
    assert resolve_data_dir(None) == tmp_path / "env"
    assert resolve_data_dir(tmp_path / "flag") == tmp_path / "flag"
    monkeypatch.delenv("OBSERVER_DATA_DIR")
    assert "observador" in str(resolve_data_dir(None)).lower()


def test_newer_schema_is_refused_and_left_untouched(data_dir):
    open_database(data_dir).close()
    path = data_dir / "observer.db"
    conn = sqlite3.connect(path)
    conn.execute("INSERT INTO schema_migrations VALUES (99, 'from the future', 'x')")
    conn.commit()
    conn.close()
    before = path.read_bytes()
    with pytest.raises(StorageError, match="más reciente") as info:
        open_database(data_dir)
    assert "esquema 99" in str(info.value)
    assert path.read_bytes() == before
    assert not list(data_dir.glob("observer.db.backup-*"))


def test_not_a_database(data_dir):
    (data_dir / "observer.db").write_bytes(b"esto no es sqlite" * 100)
    with pytest.raises(StorageError, match="no es una base de datos"):
        open_database(data_dir)


def test_foreign_sqlite_file_is_refused(data_dir):
    conn = sqlite3.connect(data_dir / "observer.db")
    conn.execute("CREATE TABLE something_else (x)")
    conn.commit()
    conn.close()
    with pytest.raises(StorageError, match="no de Observador"):
        open_database(data_dir)


def test_upgrade_copies_the_file_first_and_runs_each_step_in_a_transaction(data_dir, monkeypatch):
    open_database(data_dir).close()
    base = schema.LATEST_VERSION  # the two steps below come after whatever is released

    def extra(conn):
        conn.execute("ALTER TABLE audits ADD COLUMN extra TEXT")

    def broken(conn):
        conn.execute("ALTER TABLE audits ADD COLUMN extra2 TEXT")
        raise RuntimeError("step fails half-way")

    ladder = (
        *schema.MIGRATIONS,
        schema.Migration(base + 1, "extra", extra),
        schema.Migration(base + 2, "broken", broken),
    )
    monkeypatch.setattr(dbmod, "MIGRATIONS", ladder)
    monkeypatch.setattr(dbmod, "LATEST_VERSION", base + 2)
    with pytest.raises(RuntimeError):
        open_database(data_dir)
    backups = list(data_dir.glob(f"observer.db.backup-v{base}-*"))
    assert len(backups) == 1
    old = sqlite3.connect(backups[0])
    assert old.execute("SELECT max(version) FROM schema_migrations").fetchone()[0] == base
    old.close()
    conn = sqlite3.connect(data_dir / "observer.db")
    cols = {r[1] for r in conn.execute("PRAGMA table_info(audits)")}
    assert (
        "extra" in cols and "extra2" not in cols
    )  # the first step kept, the broken one rolled back
    assert conn.execute("SELECT max(version) FROM schema_migrations").fetchone()[0] == base + 1
    conn.close()


@pytest.mark.parametrize("dump", sorted(FROZEN.glob("schema_v*.sql")), ids=lambda p: p.stem)
def test_frozen_released_schema_opens_and_upgrades(dump, data_dir):
    conn = sqlite3.connect(data_dir / "observer.db")
    conn.executescript(dump.read_text(encoding="utf-8"))
    conn.close()
    version = int(dump.stem.split("_v")[1])
    with Observador(data_dir) as app:
        assert app.database.schema_version() == schema.LATEST_VERSION
        if version < schema.LATEST_VERSION:
            assert list(data_dir.glob(f"observer.db.backup-v{version}-*"))
        audits = app.list_audits()
        assert len(audits) >= 5
        assert app.verify_custody() == []
        assert app.database.integrity_check() == "ok"
        for audit in audits:
            app.audit_document(audit["id"])  # every pinned checklist still parses
        draft = next(a for a in audits if a["status"] == "draft")
        app.evaluate(draft["id"])


def test_every_released_schema_has_a_frozen_copy():
    have = {int(p.stem.split("_v")[1]) for p in FROZEN.glob("schema_v*.sql")}
    assert have == {m.version for m in schema.MIGRATIONS}


posix_only = pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")


def _mode(path: Path) -> int:
    return path.stat().st_mode & 0o777


@posix_only
def test_a_new_data_folder_is_the_observers_alone(tmp_path):
    old = os.umask(0o022)  # the usual desktop umask, whatever the test runner has
    try:
        data = tmp_path / "nueva" / "datos"
        with Observador(data) as app:
            app.save_profile(name="Ana López", observer_code="OBS-014")
            app.create_audit("visita_obra_publica")
            files = [data / "observer.db", data / "observer.db-wal", data / "observer.db-shm"]
            assert _mode(data) == 0o700
            for file in files:
                assert file.is_file() and _mode(file) == 0o600, file
    finally:
        os.umask(old)


@posix_only
def test_opening_an_old_folder_tightens_it(data_dir):
    first = open_database(data_dir)  # keeps the -wal and -shm files in place
    private = [
        data_dir / "observer.db",
        data_dir / "observer.db-wal",
        data_dir / "observer.db-shm",
        data_dir / "observer.db.backup-v1-20240101T000000Z",
    ]
    private[-1].touch()
    for file in private:
        file.chmod(0o644)  # as an older version left them
    data_dir.chmod(0o755)
    second = open_database(data_dir)
    try:
        assert _mode(data_dir) == 0o700
        for file in private:
            assert _mode(file) == 0o600, file
        assert first.execute("SELECT count(*) FROM audits").fetchone()[0] == 0
    finally:
        second.close()
        first.close()


@posix_only
def test_the_backup_before_an_upgrade_is_private(data_dir, monkeypatch):
    open_database(data_dir).close()
    base = schema.LATEST_VERSION
    ladder = (*schema.MIGRATIONS, schema.Migration(base + 1, "extra", lambda conn: None))
    monkeypatch.setattr(dbmod, "MIGRATIONS", ladder)
    monkeypatch.setattr(dbmod, "LATEST_VERSION", base + 1)
    open_database(data_dir).close()
    [backup] = data_dir.glob(f"observer.db.backup-v{base}-*")
    assert _mode(backup) == 0o600


@posix_only
def test_the_signing_key_folder_is_private(app):
    from observer_desktop.services import keys

    keys.create_key(app, "mi frase secreta")
    assert _mode(app.data_dir / "keys") == 0o700
    assert _mode(app.data_dir / "keys" / "signing-key.pem") == 0o600
