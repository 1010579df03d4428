"""The first main window: audit list loaded off the UI thread, search and status filter."""

import datetime as dt

import pytest

pytest.importorskip("PySide6")

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from observer_desktop.services.app import Observador
from observer_desktop.services.demo import load_demo
from observer_desktop.ui.app import Backend, MainWindow
from observer_desktop.ui.models import AUDIT_ID_ROLE, AuditTableModel
from observer_desktop.ui.tasks import TaskRunner


@pytest.fixture
def demo_dir(data_dir):
    with Observador(data_dir) as app:
        load_demo(app)
    return data_dir


@pytest.fixture
def window(qtbot, demo_dir):
    tasks = TaskRunner()
    w = MainWindow(Backend(demo_dir), tasks)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitUntil(lambda: w.model.rowCount() == 6, timeout=10000)
    yield w
    tasks.wait()


def test_lists_the_audits_with_spanish_columns(window):
    model = window.model
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert headers == [
        "Estado",
        "Fecha del evento",
        "Proceso",
        "Formulario",
        "Versión",
        "Actualizada",
    ]
    statuses = {model.index(r, 0).data() for r in range(model.rowCount())}
    assert statuses == {"Borrador", "Finalizada"}
    forms = {model.index(r, AuditTableModel.COL_FORM).data() for r in range(model.rowCount())}
    assert "Visita de verificación de obra pública" in forms
    assert (
        "Finalizada: 2" in window.counts_label.text()
        and "de 6 auditorías" in window.counts_label.text()
    )


def test_search_filters_the_list(window, qtbot):
    qtbot.keyClicks(window.search, "luminarias")
    qtbot.waitUntil(lambda: window.model.rowCount() == 1, timeout=5000)
    title = window.model.index(0, AuditTableModel.COL_TITLE).data()
    assert "luminarias" in title
    assert len(window.model.index(0, 0).data(AUDIT_ID_ROLE)) == 36


def test_status_filter(window, qtbot):
    window.status_filter.setCurrentIndex(window.status_filter.findData("finalized"))
    qtbot.waitUntil(lambda: window.model.rowCount() == 2, timeout=5000)


def test_errors_in_the_worker_reach_the_user(qtbot, tmp_path):
    bad = tmp_path / "data"
    bad.mkdir()
    (bad / "observer.db").write_bytes(b"no es una base de datos" * 50)
    tasks = TaskRunner()
    w = MainWindow(Backend(bad), tasks)
    qtbot.addWidget(w)
    qtbot.waitUntil(lambda: w.findChild(QMessageBox) is not None, timeout=5000)
    box = w.findChild(QMessageBox)
    assert "no es una base de datos de Observador" in box.text()
    tasks.wait()


def test_model_without_widgets():
    model = AuditTableModel()
    model.set_rows(
        [
            {
                "id": "a" * 36,
                "status": "draft",
                "form_id": "f",
                "title": "T",
                "version": 2,
                "event_date": None,
                "updated_at": "2026-11-26T10:00:00.000Z",
                "superseded_by": "b",
            }
        ],
        {"f": "Formulario"},
    )
    assert model.rowCount() == 1
    assert model.index(0, 0).data() == "Borrador (reemplazada)"
    assert model.index(0, AuditTableModel.COL_FORM).data() == "Formulario"
    shown = model.index(0, AuditTableModel.COL_UPDATED).data()
    expected = (
        dt.datetime(2026, 11, 26, 10, 0, tzinfo=dt.UTC).astimezone().strftime("%Y-%m-%d %H:%M")
    )
    assert shown == expected


def test_python_dash_m_starts_the_gui_entry_point():
    import subprocess
    import sys

    proc = subprocess.run(
        [sys.executable, "-m", "observer_desktop", "--version"],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert proc.returncode == 0 and proc.stdout.startswith("observer-desktop ")
