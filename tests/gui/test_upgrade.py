"""A new version opens a data folder written by the oldest released one.

The storage tests open every frozen schema with the services; here the whole
installed application does it, as an observer who installs an upgrade would:
the window opens on the old folder, the database is migrated after a backup,
nothing else in the folder changes, and an audit finalized under the old
version still gives a valid signed report.
"""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import pytest

from observer_desktop.services.app import Observador
from observer_desktop.storage import schema

FROZEN = Path(__file__).resolve().parents[1] / "storage" / "frozen"


def _earliest_dump() -> tuple[int, Path]:
    dumps = {int(p.stem.split("_v")[1]): p for p in FROZEN.glob("schema_v*.sql")}
    assert dumps, f"no frozen schemas in {FROZEN}"
    version = min(dumps)
    return version, dumps[version]


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def old_folder(data_dir: Path) -> tuple[int, Path]:
    """A data folder as the oldest release left it: its database, settings, a report."""
    version, dump = _earliest_dump()
    conn = sqlite3.connect(data_dir / "observer.db")
    conn.executescript(dump.read_text(encoding="utf-8"))
    conn.close()
    (data_dir / "ui.ini").write_text("[General]\nlanguage=es_MX\n", encoding="utf-8")
    reports = data_dir / "reports"
    reports.mkdir()
    (reports / "informe-antiguo.pdf").write_bytes(
        b"%PDF-1.7\n% un informe de la version anterior\n"
    )
    return version, data_dir


def test_the_window_opens_an_old_folder_and_migrates_it_after_a_backup(
    qtbot, old_folder, spanish, monkeypatch
):
    from PySide6.QtWidgets import QApplication

    from observer_desktop.ui.backend import Backend
    from observer_desktop.ui.main_window.window import MainWindow
    from observer_desktop.ui.tasks import TaskRunner

    version, folder = old_folder
    assert version < schema.LATEST_VERSION, "the earliest release must be older than this one"
    before = sqlite3.connect(folder / "observer.db")
    audits_before = before.execute("SELECT count(*) FROM audits").fetchone()[0]
    before.close()
    kept = {p: _digest(p) for p in [folder / "reports" / "informe-antiguo.pdf"]}

    tasks = TaskRunner()
    window = MainWindow(Backend(folder), tasks, first_run_check=False)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.model.rowCount() == audits_before, timeout=20000)
    # the window's other first reads (profile, server, sending status) have all answered
    # on the UI thread, where a failed one opens its error dialog at once
    qtbot.waitUntil(lambda: window.sync.status is not None and tasks.pending() == 0, timeout=20000)
    errors = [
        w.text()
        for w in QApplication.topLevelWidgets()
        if w.objectName() == "errorDialog" and w.isVisible()
    ]
    assert not errors, errors
    window.close()
    tasks.wait()

    backups = list(folder.glob(f"observer.db.backup-v{version}-*"))
    assert len(backups) == 1
    old = sqlite3.connect(backups[0])
    assert old.execute("SELECT max(version) FROM schema_migrations").fetchone()[0] == version
    assert old.execute("SELECT count(*) FROM audits").fetchone()[0] == audits_before
    old.close()
    for path, digest in kept.items():
        assert _digest(path) == digest, f"{path.name} changed during the upgrade"
    assert "language=es_MX" in (folder / "ui.ini").read_text("utf-8")  # preferences kept

    with Observador(folder) as app:
        assert app.database.schema_version() == schema.LATEST_VERSION
        assert app.database.integrity_check() == "ok"
        assert app.verify_custody() == []
        assert len(app.list_audits()) == audits_before
    # opening it again does not migrate (nor back up) a second time
    with Observador(folder):
        pass
    assert len(list(folder.glob("observer.db.backup-*"))) == 1


def test_an_audit_finalized_by_the_old_version_still_signs_and_verifies(old_folder, monkeypatch):
    from observer_desktop.services.reports import generate_report, verify_report

    _version, folder = old_folder
    monkeypatch.setenv("OBSERVER_PASSPHRASE", "frase-de-prueba-larga")
    with Observador(folder) as app:
        finalized = app.list_audits(status="finalized")
        assert finalized, "the frozen folder has finalized audits"
        made = generate_report(app, finalized[0]["id"], ask=None)
        result = verify_report(made.path, app=app)
        assert result.valid, result.reasons
        assert result.embedded_audit["id"] == finalized[0]["id"]
        assert app.resolve_audit(finalized[0]["id"])["status"] == "signed"
        assert app.verify_custody() == []


def _shape(conn: sqlite3.Connection) -> dict[str, list[tuple]]:
    """Tables and indexes with their columns: what the code relies on, whitespace aside."""
    shape: dict[str, list[tuple]] = {}
    for kind, name in conn.execute(
        "SELECT type, name FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' ORDER BY name"
    ):
        if kind == "table":
            shape[f"table {name}"] = [
                (r[1], r[2].upper(), r[3], r[5])
                for r in conn.execute(f"PRAGMA table_info('{name}')")
            ]
        elif kind in ("index", "trigger", "view"):
            shape[f"{kind} {name}"] = []
    return shape


@pytest.mark.parametrize("dump", sorted(FROZEN.glob("schema_v*.sql")), ids=lambda p: p.stem)
def test_an_upgraded_database_has_the_schema_of_a_new_one(dump, tmp_path):
    """A migration edited after release leaves old databases different from new ones: the
    upgraded database must have every table, column and index a fresh one has."""
    fresh_dir, old_dir = tmp_path / "nueva", tmp_path / "antigua"
    Observador(fresh_dir).close()
    old_dir.mkdir()
    conn = sqlite3.connect(old_dir / "observer.db")
    conn.executescript(dump.read_text(encoding="utf-8"))
    conn.close()
    Observador(old_dir).close()
    fresh = sqlite3.connect(fresh_dir / "observer.db")
    upgraded = sqlite3.connect(old_dir / "observer.db")
    try:
        want, have = _shape(fresh), _shape(upgraded)
    finally:
        fresh.close()
        upgraded.close()
    missing = sorted(set(want) - set(have))
    assert not missing, f"{dump.stem} upgraded lacks {missing}"
    differing = sorted(k for k in want if want[k] != have[k])
    assert not differing, f"{dump.stem} upgraded differs in {differing}"
