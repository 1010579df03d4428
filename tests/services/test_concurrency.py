"""Two writers on one data folder (the app and a CLI script): no lost update, no unlocking."""

import sqlite3
import subprocess
import sys

import pytest
from helpers import fill_mini

from observer_desktop.core.errors import AuditLockedError, StorageError
from observer_desktop.services.app import Observador
from observer_desktop.storage.database import open_database


@pytest.fixture
def two(data_dir, mini_form_dir):
    a = Observador(data_dir, form_dirs=[mini_form_dir])
    a.save_profile(name="Ana", observer_code="OBS-1")
    b = Observador(data_dir, form_dirs=[mini_form_dir])
    yield a, b
    a.close()
    b.close()


def test_finalized_by_another_process_cannot_be_changed(two):
    a, b = two
    audit = a.create_audit("mini", header={"numero": "1", "tipo": "ad"})["id"]
    fill_mini(a, audit)
    a.resolve_audit(audit)  # A has looked at the draft…
    b.finalize(audit)  # …then B finalizes it
    with pytest.raises(AuditLockedError):
        a.set_answer(audit, "ofertas", 9)
    with pytest.raises(AuditLockedError):
        a.finalize(audit)
    actions = [e["action"] for e in a.custody_log(audit)]
    assert actions.count("audit.finalized") == 1 and actions[-1] == "audit.finalized"


def test_items_added_from_two_processes_are_all_kept(two):
    a, b = two
    audit = a.create_audit("mini")["id"]
    assert a.add_group_item(audit, "hitos") == 1
    assert b.add_group_item(audit, "hitos") == 2
    counts = a.audit_state(a.resolve_audit(audit)).groups["hitos"]
    assert len(counts) == 3
    items = [e["details"]["item"] for e in a.custody_log(audit) if e["action"] == "item.added"]
    assert items == [1, 2]


def test_header_changes_from_two_processes_are_both_kept(two):
    a, b = two
    audit = a.create_audit("mini")["id"]
    a.set_header(audit, {"numero": "LP-1"})
    b.set_header(audit, {"tipo": "ad"})
    header = a.audit_document(audit)["audit"]["header"]
    assert header == {"numero": "LP-1", "tipo": "ad"}


def test_foreign_sqlite_file_keeps_its_journal_mode(data_dir):
    path = data_dir / "observer.db"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE other (x)")
    conn.commit()
    conn.close()
    with pytest.raises(StorageError):
        open_database(data_dir)
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    conn.close()


def test_busy_database_gives_a_clear_message(data_dir, monkeypatch):
    from observer_desktop.storage import database

    open_database(data_dir).close()
    monkeypatch.setattr(database, "BUSY_TIMEOUT_MS", 100)
    holder = sqlite3.connect(data_dir / "observer.db", isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    try:
        db = open_database(data_dir)
        db.conn.execute("PRAGMA busy_timeout = 100")
        with pytest.raises(StorageError, match="ocupada"), db.transaction():
            pass
        db.close()
    finally:
        holder.execute("ROLLBACK")
        holder.close()


def test_two_processes_creating_the_same_folder(tmp_path):
    code = (
        "import sys; from observer_desktop.storage.database import open_database;"
        "open_database(sys.argv[1]).close(); print('ok')"
    )
    for trial in range(5):
        folder = tmp_path / f"d{trial}"
        procs = [
            subprocess.Popen(
                [sys.executable, "-c", code, str(folder)],
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
                text=True,
            )
            for _ in range(3)
        ]
        for p in procs:
            out, err = p.communicate(timeout=60)
            assert p.returncode == 0, err
            assert out.strip() == "ok"
        with Observador(folder) as app:
            assert app.database.schema_version() >= 1


def test_two_threads_opening_a_new_folder_at_once(tmp_path):
    """The app's workers open a new data folder together at first start; SQLite used to
    refuse the second switch to WAL at once ("ocupada por otro programa", 1 in 10)."""
    import threading

    for trial in range(30):
        folder = tmp_path / f"d{trial}"
        errors: list[BaseException] = []

        def open_it(folder=folder, errors=errors):
            try:
                Observador(folder).close()
            except BaseException as exc:  # reported below
                errors.append(exc)

        threads = [threading.Thread(target=open_it) for _ in range(2)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        assert errors == [], f"trial {trial}"


def _interleave(app, action):
    """Make ``action`` (another process's change) happen just before ``app`` takes the write lock."""
    original = app.database.transaction
    state = {"done": False}

    def transaction():
        if not state["done"]:
            state["done"] = True
            action()
        return original()

    app.database.transaction = transaction


def test_finalize_slipping_in_before_an_answer_is_saved(two):
    a, b = two
    audit = a.create_audit("mini", header={"numero": "1", "tipo": "ad"})["id"]
    fill_mini(a, audit)
    _interleave(a, lambda: b.finalize(audit))
    with pytest.raises(AuditLockedError):
        a.set_answer(audit, "ofertas", 9)
    assert a.store.get_answer(audit, "ofertas", None)["value"] == 4


def test_item_added_slipping_in_is_not_lost(two):
    a, b = two
    audit = a.create_audit("mini")["id"]
    _interleave(a, lambda: b.add_group_item(audit, "hitos"))
    assert a.add_group_item(audit, "hitos") == 2
    assert len(a.audit_state(a.resolve_audit(audit)).groups["hitos"]) == 3
