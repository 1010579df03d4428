"""Audit packages from the window: export one (File/Audit menus), import it elsewhere."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest

pytest.importorskip("PySide6")

from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QMessageBox, QProgressDialog

from observer_desktop.services.app import Observador
from observer_desktop.services.evidence import verify_evidence
from observer_desktop.ui import open_files
from observer_desktop.ui.backend import Backend
from observer_desktop.ui.main_window.window import PAGE_AUDIT, MainWindow
from observer_desktop.ui.tasks import TaskRunner


@pytest.fixture
def make_window(qtbot):
    runners: list[TaskRunner] = []

    def make(folder: Path, rows: int) -> MainWindow:
        tasks = TaskRunner()
        runners.append(tasks)
        window = MainWindow(Backend(folder), tasks, first_run_check=False)
        qtbot.addWidget(window)
        window.show()
        qtbot.waitUntil(lambda: window.model.rowCount() == rows, timeout=10000)
        return window

    yield make
    for tasks in runners:
        assert tasks.wait()


def shown(window: MainWindow, name: str) -> list:
    return [d for d in window.files.dialogs if d.objectName() == name and d.isVisible()]


def finalized_audit(folder: Path) -> dict:
    with Observador(folder) as app:
        return app.list_audits(status="finalized")[0]


def save_as(monkeypatch, target: Path, seen: list) -> None:
    def fake(parent, title, suggested, filters):
        seen.append((title, suggested, filters))
        return str(target), filters

    monkeypatch.setattr(open_files.QFileDialog, "getSaveFileName", staticmethod(fake))


def test_export_from_the_list_and_import_on_another_laptop(
    qtbot, make_window, demo_dir, tmp_path, monkeypatch
):
    audit = finalized_audit(demo_dir)
    window = make_window(demo_dir, 6)
    window.list_page.select_audit(audit["id"])
    seen: list = []
    target = tmp_path / "usb" / "para-la-coordinación"  # the suffix is added
    target.parent.mkdir()
    save_as(monkeypatch, target, seen)

    window.act_export_package.trigger()
    qtbot.waitUntil(lambda: bool(shown(window, "exportPackageDone")), timeout=30000)
    (title, suggested, filters) = seen[0]
    assert title == "Exportar paquete de auditoría"
    assert Path(suggested).name == f"auditoria-{audit['id'][:8]}-v{audit['version']}.observador.zip"
    assert "*.observador.zip" in filters
    written = target.with_name(target.name + ".observador.zip")
    done = shown(window, "exportPackageDone")[0].text()
    assert str(written) in done and "Importar paquete" in done
    assert written.is_file() and not list(written.parent.glob(".*.tmp"))

    # the other laptop: File → Import audit package, the audit opens with its evidence
    other = tmp_path / "otra-laptop"
    other.mkdir()
    with Observador(other) as app:
        app.save_profile(name="Luis Soto", observer_code="OBS-002")
    monkeypatch.setattr(
        open_files.QFileDialog,
        "getOpenFileName",
        staticmethod(lambda *a: (str(written), "")),
    )
    second = make_window(other, 0)
    with qtbot.waitSignal(second.files.imported, timeout=30000) as imported:
        second.act_import_package.trigger()
    assert imported.args == [audit["id"]]
    qtbot.waitUntil(
        lambda: (
            second.stack.currentIndex() == PAGE_AUDIT
            and (second._open_audit or {}).get("id") == audit["id"]
        ),
        timeout=10000,
    )
    with Observador(other) as app, Observador(demo_dir) as origin:
        here, there = app.audit_document(audit["id"]), origin.audit_document(audit["id"])
        assert {k: v for k, v in here.items() if k != "custody"} == {
            k: v for k, v in there.items() if k != "custody"
        }
        assert here["custody"]["count"] == there["custody"]["count"] + 1  # "imported"
        assert app.verify_custody() == []
        report = verify_evidence(app)
        assert report.ok and report.checked == len(origin.audit_document(audit["id"])["evidence"])


def test_export_shows_progress_in_bytes_and_can_be_cancelled(
    qtbot, make_window, demo_dir, tmp_path, monkeypatch
):
    audit = finalized_audit(demo_dir)
    window = make_window(demo_dir, 6)
    gate = threading.Event()
    real = open_files.write_package

    def held(*args, **kwargs):  # the export waits until the observer has pressed Cancel
        assert gate.wait(10)
        return real(*args, **kwargs)

    monkeypatch.setattr(open_files, "write_package", held)
    target = tmp_path / "cancelada.observador.zip"
    progress = window.files.export_package(audit["id"], target)
    assert isinstance(progress, QProgressDialog) and progress.isVisible()
    assert progress.labelText() == "Escribiendo cancelada.observador.zip…"
    qtbot.keyClick(progress, Qt.Key.Key_Escape)  # as the observer would
    gate.set()
    qtbot.waitUntil(lambda: bool(shown(window, "exportPackageCancelled")), timeout=10000)
    assert "no se escribió ningún paquete" in shown(window, "exportPackageCancelled")[0].text()
    assert not list(tmp_path.glob("*cancelada*")) and not list(tmp_path.glob(".*.tmp"))


def test_progress_reaches_the_dialog(qtbot, make_window, demo_dir, tmp_path, monkeypatch):
    audit = finalized_audit(demo_dir)
    window = make_window(demo_dir, 6)
    labels: list[str] = []
    values: list[int] = []
    real = open_files.write_package

    def slow(app, audit_id, target, *, progress):
        def step(done, total):
            progress(done, total)
            if done < total:
                threading.Event().wait(0.12)  # slower than the 50 ms progress coalescing

        return real(app, audit_id, target, progress=step)

    monkeypatch.setattr(open_files, "write_package", slow)
    dialog = window.files.export_package(audit["id"], tmp_path / "p.observador.zip")
    dialog.setLabelText = lambda text, f=dialog.setLabelText: (labels.append(text), f(text))[1]
    dialog.setValue = lambda v, f=dialog.setValue: (values.append(v), f(v))[1]
    qtbot.waitUntil(lambda: bool(shown(window, "exportPackageDone")), timeout=30000)
    assert any(" de " in text and "Escribiendo p.observador.zip:" in text for text in labels)
    assert values and all(0 <= v <= 1000 for v in values)


def test_export_with_nothing_chosen_says_what_to_do(qtbot, make_window, demo_dir):
    window = make_window(demo_dir, 6)
    window.list_page.table.setCurrentIndex(window.model.index(-1, -1))
    window.act_export_package.trigger()
    assert "Seleccione una auditoría" in window.flash_label.text()
    assert not window.files.dialogs


def test_a_package_dropped_on_the_list_asks_to_import(qtbot, make_window, data_dir, tmp_path):
    from observer_desktop.services.demo import load_demo
    from observer_desktop.services.packages import export_package

    elsewhere = tmp_path / "otra"
    with Observador(elsewhere) as other:
        load_demo(other)
        audit = other.list_audits(status="finalized")[0]
        package = export_package(other, audit["id"], tmp_path / "x.observador.zip")
    with Observador(data_dir) as app:
        app.save_profile(name="Ana Pérez", observer_code="OBS-001")
    window = make_window(data_dir, 0)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(package))])
    event = QDropEvent(
        QPointF(10, 10),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
    )
    window.dropEvent(event)
    qtbot.waitUntil(lambda: bool(shown(window, "importPackageQuestion")), timeout=5000)
    question = shown(window, "importPackageQuestion")[0]
    with qtbot.waitSignal(window.files.imported, timeout=30000):
        question.button(QMessageBox.StandardButton.Yes).click()
    qtbot.waitUntil(lambda: window.model.rowCount() == 1, timeout=10000)
