"""Opening the database: pragmas, migrations, backups, refusing what it cannot use."""

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
