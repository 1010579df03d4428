"""The audit editor with real widgets: red flags beside the answer and in the findings
panel, manual findings, finalize (what is missing, read only, new version), keyboard
navigation between questions."""

from __future__ import annotations

import pytest

pytest.importorskip("PySide6")

from editor_support import (
    answer,
    click,
    db,
    go_to,
    new_audit,
    open_audit,
    question,
    saved,
    type_into,
)
from helpers import MINI_FORM, fill_mini
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QToolButton,
    QToolTip,
)

from observer_desktop.ui.audit_editor import AuditEditor
from observer_desktop.ui.audit_editor.common import HEADER_PAGE
from observer_desktop.ui.audit_editor.finalize import MissingItemsDialog
from observer_desktop.ui.audit_editor.findings_pane import FINDING_ROLE, AddFindingDialog


def test_red_flag_next_to_the_answer_and_in_the_findings_panel(qtbot, editor, mini_dir):
    audit_id = new_audit(mini_dir)
    open_audit(qtbot, editor, audit_id)
    publicada = question(editor, "publicada")
    click(qtbot, publicada.findChild(QRadioButton, "opt_no"))
    qtbot.waitUntil(lambda: publicada.flag_texts() != [], timeout=10000)
    assert publicada.flag_texts() == ["Alerta (Alta): Convocatoria no publicada"]
    flag = publicada.findChild(QLabel, "flagLabel")
    assert flag.property("severity") == "alta" and "Solicite la liga" in flag.text()
    panel = editor.findings_list
    titles = [panel.item(i).data(FINDING_ROLE)["title"] for i in range(panel.count())]
    assert titles == ["Convocatoria no publicada"]
    assert "Alta" in panel.item(0).text()
    with db(mini_dir) as app:
        assert [f["rule_id"] for f in app.findings(audit_id)] == ["rf_no_publicada"]
    # clearing the answer withdraws the flag too
    clear = publicada.findChild(QToolButton, "clearButton")
    assert clear.isVisible()
    click(qtbot, clear)
    qtbot.waitUntil(lambda: publicada.flag_texts() == [], timeout=10000)
    assert panel.item(0).data(FINDING_ROLE) is None  # "no findings" placeholder
    assert publicada.value() is None and not clear.isVisible()
    assert answer(mini_dir, audit_id, "publicada") is None
    # a form-level rule appears only in the panel
    for qid, text in (("publicacion", "01/03/2026"), ("apertura", "05/03/2026")):
        edit = question(editor, qid).findChild(QLineEdit, "input")
        type_into(qtbot, edit, text)
        edit.editingFinished.emit()
    qtbot.waitUntil(
        lambda: (
            (row := panel.item(0).data(FINDING_ROLE)) is not None
            and row["rule_id"] == "rf_plazo_corto"
        ),
        timeout=10000,
    )


def test_manual_finding_add_and_remove(qtbot, editor, mini_dir):
    audit_id = new_audit(mini_dir)
    open_audit(qtbot, editor, audit_id)
    question(editor, "ofertas").focus_input()
    editor.action_add_finding.trigger()
    dialog = editor.findChild(AddFindingDialog)
    assert dialog is not None and dialog.isVisible()
    # the service's Spanish message when the title is missing, inside the dialog
    click(qtbot, dialog.buttons.button(dialog.buttons.StandardButton.Save))
    error = dialog.findChild(QLabel, "findingError")
    qtbot.waitUntil(lambda: error.isVisible(), timeout=10000)
    assert "necesita un título" in error.text()
    qtbot.keyClicks(dialog.title, "El acta no estaba disponible")
    dialog.severity.setCurrentIndex(dialog.severity.findData("alta"))
    qtbot.keyClicks(dialog.recommendation, "Pedir el acta a la unidad convocante.")
    assert dialog.question.currentData() == ("ofertas", None)  # the question being answered
    with qtbot.waitSignal(dialog.finished, timeout=10000):
        click(qtbot, dialog.buttons.button(dialog.buttons.StandardButton.Save))
    with db(mini_dir) as app:
        (finding,) = app.findings(audit_id)
    assert finding["source"] == "manual" and finding["severity"] == "alta"
    assert finding["question_id"] == "ofertas"
    assert "Pedir el acta" in finding["recommendation"]
    panel = editor.findings_list
    qtbot.waitUntil(lambda: (panel.item(0).data(FINDING_ROLE) or {}).get("id") == finding["id"])
    assert question(editor, "ofertas").flag_texts() == [
        "Hallazgo (Alta): El acta no estaba disponible"
    ]
    panel.setCurrentRow(0)
    remove = editor.findChild(QPushButton, "removeFindingButton")
    assert remove.isEnabled()
    click(qtbot, remove)
    box = editor.findChild(QMessageBox, "removeFindingConfirm")
    click(qtbot, box.findChild(QPushButton, "confirmRemove"))
    qtbot.waitUntil(lambda: panel.item(0).data(FINDING_ROLE) is None, timeout=10000)
    with db(mini_dir) as app:
        assert app.findings(audit_id) == []


def test_rule_findings_cannot_be_removed(qtbot, editor, mini_dir):
    audit_id = new_audit(mini_dir, publicada="no")
    open_audit(qtbot, editor, audit_id)
    editor.findings_list.setCurrentRow(0)
    assert editor.findings_list.currentItem().data(FINDING_ROLE)["source"] == "rule"
    assert not editor.findChild(QPushButton, "removeFindingButton").isEnabled()


def test_notes_are_saved(qtbot, editor, mini_dir):
    audit_id = new_audit(mini_dir)
    open_audit(qtbot, editor, audit_id)
    publicada = question(editor, "publicada")
    click(qtbot, publicada.findChild(QPushButton, "noteButton"))
    note = publicada.findChild(QPlainTextEdit, "noteEdit")
    assert note.isVisible() and note.hasFocus()
    qtbot.keyClicks(note, "Lo vi en el tablero de avisos del edificio.")
    qtbot.waitUntil(lambda: bool(editor.autosave.pending), timeout=2000)  # debounced
    saved(qtbot, editor)
    row = answer(mini_dir, audit_id, "publicada")
    assert row == {"value": None, "note": "Lo vi en el tablero de avisos del edificio."}


def test_pending_typing_is_saved_before_another_audit_opens(qtbot, editor, mini_dir):
    first = new_audit(mini_dir)
    second = new_audit(mini_dir, header={"numero": "AD-002", "tipo": "ad"})
    open_audit(qtbot, editor, first)
    go_to(editor, HEADER_PAGE)
    numero = question(editor, "numero").findChild(QLineEdit, "input")
    numero.setFocus()
    numero.selectAll()
    qtbot.keyClicks(numero, "LP-777")
    assert editor.autosave.pending  # still inside the 500 ms pause
    open_audit(qtbot, editor, second)
    with db(mini_dir) as app:
        assert app.resolve_audit(first)["title"] == "LP-777"
        assert app.resolve_audit(second)["title"] == "AD-002"
    assert question(editor, "numero").input.line.text() == "AD-002"


def test_closing_the_editor_saves_what_was_typed(qtbot, backend, tasks, mini_dir):
    audit_id = new_audit(mini_dir)
    ed = AuditEditor(backend, tasks)
    qtbot.addWidget(ed)
    ed.show()
    open_audit(qtbot, ed, audit_id)
    qtbot.keyClicks(question(ed, "ofertas").findChild(QLineEdit, "input"), "12")
    assert ed.autosave.pending
    ed.close()
    tasks.wait()
    assert answer(mini_dir, audit_id, "ofertas")["value"] == 12


def test_finalize_lists_what_is_missing_and_jumps_to_it(qtbot, editor, mini_dir):
    audit_id = new_audit(mini_dir, publicada="no")
    open_audit(qtbot, editor, audit_id)
    editor.setFocus()
    editor.action_finalize.trigger()
    qtbot.waitUntil(lambda: editor.findChild(MissingItemsDialog) is not None, timeout=10000)
    dialog = editor.findChild(MissingItemsDialog)
    listing = dialog.findChild(QListWidget, "missingList")
    rows = [listing.item(i).data(Qt.ItemDataRole.UserRole + 3) for i in range(listing.count())]
    assert [(m["kind"], m["id"], m["item"]) for m in rows] == [
        ("evidence", "publicada", None),
        ("answer", "ofertas", None),
        ("evidence", "foto_sitio", None),
        ("answer", "estatus", 0),
    ]
    text = listing.item(3).text()
    assert "Falta responder «Estatus» (Hito 1)" in text and "Sección: Hitos" in text
    # a question on another section: the page changes and its input gets the focus
    go_to(editor, "general")
    listing.setCurrentRow(3)
    listing.setFocus()
    qtbot.keyClick(listing, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    estatus = question(editor, "estatus", 0)
    assert editor.pages.currentWidget().key == "hitos"
    qtbot.waitUntil(lambda: estatus.isAncestorOf(QApplication.focusWidget()))
    # an evidence-required item focuses the question's evidence button
    editor.action_finalize.trigger()
    qtbot.waitUntil(
        lambda: (d := editor.findChild(MissingItemsDialog)) is not None and d.isVisible(),
        timeout=10000,
    )
    dialog = next(d for d in editor.findChildren(MissingItemsDialog) if d.isVisible())
    listing = dialog.findChild(QListWidget, "missingList")
    listing.itemActivated.emit(listing.item(0))
    assert editor.pages.currentWidget().key == "general"
    button = question(editor, "publicada").evidence_button
    qtbot.waitUntil(lambda: QApplication.focusWidget() is button)


def test_finalize_complete_audit_then_read_only_then_new_version(qtbot, editor, mini_dir):
    audit_id = new_audit(mini_dir, header={"numero": "AD-1", "tipo": "ad"})
    with db(mini_dir) as app:
        fill_mini(app, audit_id)
    open_audit(qtbot, editor, audit_id)
    editor.action_finalize.trigger()
    qtbot.waitUntil(
        lambda: editor.findChild(QMessageBox, "finalizeConfirm") is not None, timeout=10000
    )
    box = editor.findChild(QMessageBox, "finalizeConfirm")
    assert "solo lectura" in box.informativeText()
    with qtbot.waitSignal(editor.tasks.changes.changed, timeout=10000) as changed:
        click(qtbot, box.findChild(QPushButton, "confirmFinalize"))
    change, _initiator = changed.args
    assert change.audit_id == audit_id and change.status
    qtbot.waitUntil(lambda: editor.read_only and not editor.is_loading, timeout=10000)
    with db(mini_dir) as app:
        assert app.resolve_audit(audit_id)["status"] == "finalized"
    assert editor.banner.isVisible() and "finalizada" in editor.banner_label.text()
    radio = question(editor, "publicada").findChild(QRadioButton, "opt_si")
    assert radio.isChecked() and not radio.isEnabled()
    number = question(editor, "ofertas").findChild(QLineEdit, "input")
    assert number.isReadOnly()
    assert not editor.action_finalize.isEnabled() and not editor.action_add_finding.isEnabled()
    go_to(editor, "hitos")
    assert not editor.findChild(QPushButton, "addItemButton").isEnabled()
    with qtbot.waitSignal(editor.new_version_created, timeout=10000) as created:
        click(qtbot, editor.new_version_button)
    new_id = created.args[0]
    qtbot.waitUntil(lambda: editor.audit_id == new_id and not editor.is_loading, timeout=10000)
    assert not editor.read_only and not editor.banner.isVisible()
    with db(mini_dir) as app:
        assert app.resolve_audit(new_id)["status"] == "draft"
        assert app.resolve_audit(new_id)["supersedes"] == audit_id
        assert app.resolve_audit(audit_id)["superseded_by"] == new_id
    assert editor.pages.currentWidget().key == "hitos"  # the observer stays on their page
    go_to(editor, "general")
    assert question(editor, "ofertas").findChild(QLineEdit, "input").text() == "4"


def test_finalize_without_a_profile_shows_the_services_message(qtbot, backend, tasks, data_dir):
    forms = data_dir / "forms"
    forms.mkdir()
    (forms / "mini.yaml").write_text(MINI_FORM, encoding="utf-8")
    audit_id = new_audit(data_dir, header={"numero": "AD-1", "tipo": "ad"})
    with db(data_dir) as app:
        fill_mini(app, audit_id)
    ed = AuditEditor(backend, tasks)
    qtbot.addWidget(ed)
    ed.show()
    open_audit(qtbot, ed, audit_id)
    ed.action_finalize.trigger()
    qtbot.waitUntil(lambda: ed.findChild(QMessageBox, "finalizeConfirm") is not None)
    click(
        qtbot,
        ed.findChild(QMessageBox, "finalizeConfirm").findChild(QPushButton, "confirmFinalize"),
    )
    qtbot.waitUntil(lambda: ed.findChild(QMessageBox, "errorDialog") is not None, timeout=10000)
    assert "perfil de observador" in ed.findChild(QMessageBox, "errorDialog").text()
    assert not ed.read_only
    tasks.wait()


def test_keyboard_next_and_previous_question(qtbot, editor, mini_dir):
    audit_id = new_audit(mini_dir)
    open_audit(qtbot, editor, audit_id)
    go_to(editor, HEADER_PAGE)
    question(editor, "fecha_fin").focus_input()
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_F8)
    # next visible question: first of the General section
    assert editor.pages.currentWidget().key == "general"
    assert question(editor, "publicada").isAncestorOf(QApplication.focusWidget())
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_F8)
    assert QApplication.focusWidget() is question(editor, "ofertas").input.edit
    # hidden questions (excepcion, excepcion_detalle: tipo is lp) are skipped
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_F8)
    assert QApplication.focusWidget() is question(editor, "publicacion").input.edit
    question(editor, "foto_sitio").focus_input()
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_F8)
    assert editor.pages.currentWidget().key == "hitos"
    assert question(editor, "estatus", 0).isAncestorOf(QApplication.focusWidget())
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_F8, Qt.KeyboardModifier.ShiftModifier)
    assert editor.pages.currentWidget().key == "general"
    assert question(editor, "foto_sitio").isAncestorOf(QApplication.focusWidget())
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_F8, Qt.KeyboardModifier.ShiftModifier)
    assert question(editor, "criterios").isAncestorOf(QApplication.focusWidget())


def test_next_question_from_the_section_list_starts_on_the_page_shown(qtbot, editor, mini_dir):
    audit_id = new_audit(mini_dir)
    open_audit(qtbot, editor, audit_id)
    go_to(editor, HEADER_PAGE)
    question(editor, "fecha_fin").focus_input()  # visited before choosing a section
    go_to(editor, "general")
    editor.section_list.setFocus()
    qtbot.keyClick(editor.section_list, Qt.Key.Key_F8)
    assert question(editor, "publicada").isAncestorOf(QApplication.focusWidget())
    editor.section_list.setFocus()
    qtbot.keyClick(editor.section_list, Qt.Key.Key_F8, Qt.KeyboardModifier.ShiftModifier)
    assert question(editor, "foto_sitio").isAncestorOf(QApplication.focusWidget())


def test_opening_an_audit_puts_the_keyboard_in_it(qtbot, editor, mini_dir):
    audit_id = new_audit(mini_dir)
    editor.show()
    open_audit(qtbot, editor, audit_id)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is editor.section_list)


def test_the_report_of_a_draft_says_to_finalize_first(qtbot, editor, mini_dir):
    audit_id = new_audit(mini_dir)
    open_audit(qtbot, editor, audit_id)
    asked = []
    editor.request_report.connect(asked.append)
    editor.action_report.trigger()
    assert asked == []
    assert "finalice" in QToolTip.text()
