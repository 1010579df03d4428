"""The new audit dialog: choose a checklist, fill the process data, create on the worker."""

from __future__ import annotations

import json

import pytest

pytest.importorskip("PySide6")

from helpers import MINI_FORM
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QRadioButton

from observer_desktop.services.app import Observador
from observer_desktop.ui.new_audit import FORM_ROLE, NewAuditDialog
from observer_desktop.ui.question_widgets import QuestionWidget


@pytest.fixture
def dialog(qtbot, backend, tasks, mini_dir):
    d = NewAuditDialog(backend, tasks)
    qtbot.addWidget(d)
    d.show()
    qtbot.waitExposed(d)
    d.activateWindow()
    qtbot.waitUntil(lambda: d.form_list.count() > 0, timeout=10000)
    yield d
    tasks.wait()


def audits(data_dir) -> list[dict]:
    with Observador(data_dir) as app:
        return [app.resolve_audit(a["id"]) for a in app.list_audits()]


def choose(d, form_id):
    for row in range(d.form_list.count()):
        if d.form_list.item(row).data(FORM_ROLE).id == form_id:
            d.form_list.setCurrentRow(row)
            return
    raise AssertionError(form_id)


def field(d, fid) -> QuestionWidget:
    qw = d.findChild(QuestionWidget, f"q_{fid}")
    assert qw is not None, fid
    return qw


def line(d, fid) -> QLineEdit:
    return field(d, fid).findChild(QLineEdit, "input")


def test_lists_the_checklists_with_their_description(dialog):
    ids = [dialog.form_list.item(r).data(FORM_ROLE).id for r in range(dialog.form_list.count())]
    assert ids == [
        "mini",
        "procedimiento_contratacion",
        "seguimiento_gobierno_abierto",
        "transparencia_contratacion",
        "visita_obra_publica",
    ]
    choose(dialog, "visita_obra_publica")
    assert dialog.form_title.text() == "Visita de verificación de obra pública"
    assert "Tome fotografías" in dialog.form_description.text()
    # every header field the checklist declares, each with its own input
    names = [qw.question.id for qw in dialog.fields]
    assert names[:3] == ["numero_contrato", "nombre_obra", "ubicacion"]
    assert len(names) == 13
    assert field(dialog, "monto_contratado").findChild(QLabel, "unit").text() == "MXN"
    assert "2 secciones" in dialog.form_list.item(0).text()


def test_creates_an_audit_with_the_header_typed(qtbot, dialog, mini_dir):
    choose(dialog, "mini")
    qtbot.keyClicks(line(dialog, "numero"), "AD-2026-014")
    ad = field(dialog, "tipo").findChild(QRadioButton, "opt_ad")
    qtbot.mouseClick(ad, Qt.MouseButton.LeftButton, pos=QPoint(6, ad.height() // 2))
    qtbot.keyClicks(line(dialog, "fecha_fin"), "5/3/2026")
    with qtbot.waitSignal(dialog.created, timeout=10000) as created:
        qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    (audit,) = audits(mini_dir)
    assert created.args == [audit["id"]]
    assert audit["form_id"] == "mini" and audit["status"] == "draft"
    assert json.loads(audit["header"]) == {
        "numero": "AD-2026-014",
        "tipo": "ad",
        "fecha_fin": "2026-03-05",
    }
    assert audit["title"] == "AD-2026-014"
    assert not dialog.isVisible()


def test_a_wrong_value_is_explained_under_its_field_and_nothing_is_created(qtbot, dialog, mini_dir):
    choose(dialog, "mini")
    qtbot.keyClicks(line(dialog, "numero"), "LP-1")
    qtbot.keyClicks(line(dialog, "fecha_fin"), "31/02/2026")
    qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    error = field(dialog, "fecha_fin").findChild(QLabel, "questionError")
    assert error.isVisible() and "espera una fecha" in error.text()
    assert QApplication.focusWidget() is line(dialog, "fecha_fin")
    assert "Revise los campos" in dialog.status.text()
    assert dialog.isVisible()
    tasks_done = audits(mini_dir)
    assert tasks_done == []
    line(dialog, "fecha_fin").clear()
    qtbot.keyClicks(line(dialog, "fecha_fin"), "28/02/2026")
    with qtbot.waitSignal(dialog.created, timeout=10000):
        qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    assert json.loads(audits(mini_dir)[0]["header"])["fecha_fin"] == "2026-02-28"


def test_the_identifying_field_is_needed(qtbot, dialog, mini_dir):
    choose(dialog, "mini")
    qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    error = field(dialog, "numero").findChild(QLabel, "questionError")
    assert error.isVisible() and "identifica" in error.text()
    assert audits(mini_dir) == []


def test_keyboard_only(qtbot, dialog, mini_dir):
    dialog.form_list.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.form_list)
    qtbot.keyClick(dialog.form_list, Qt.Key.Key_Down)  # procedimiento_contratacion
    assert dialog.checklist.id == "procedimiento_contratacion"
    qtbot.keyClick(dialog.form_list, Qt.Key.Key_Tab)
    first = line(dialog, "numero_procedimiento")
    assert QApplication.focusWidget() is first
    qtbot.keyClicks(first, "LA-MCH-001-2025")
    qtbot.keyClick(first, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is line(dialog, "unidad_convocante")
    with qtbot.waitSignal(dialog.created, timeout=10000):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    (audit,) = audits(mini_dir)
    assert audit["form_id"] == "procedimiento_contratacion"
    assert audit["title"] == "LA-MCH-001-2025"


def test_a_service_error_is_shown_in_the_dialog(qtbot, backend, tasks, mini_dir):
    # an audit pinned the mini checklist; then someone edited the file without a new version
    with Observador(mini_dir) as app:
        app.create_audit("mini", header={"numero": "X-1"})
    (mini_dir / "forms" / "mini.yaml").write_text(
        MINI_FORM + "# cambio sin subir la versión\n", encoding="utf-8"
    )
    d = NewAuditDialog(backend, tasks)
    qtbot.addWidget(d)
    d.show()
    qtbot.waitUntil(lambda: d.form_list.count() > 0, timeout=10000)
    choose(d, "mini")
    qtbot.keyClicks(line(d, "numero"), "LP-2")
    qtbot.mouseClick(d.create_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "cambió desde que se usó" in d.status.text(), timeout=10000)
    assert d.isVisible() and d.create_button.isEnabled()
    assert len(audits(mini_dir)) == 1
    tasks.wait()
