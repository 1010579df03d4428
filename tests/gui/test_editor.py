"""The audit editor with real widgets: answers reach the database, relevance and red flags
update live, findings, notes, autosave that never loses typing, finalize, new version,
keyboard navigation."""

from __future__ import annotations

from pathlib import Path

import pytest

pytest.importorskip("PySide6")

from helpers import MINI_FORM, fill_mini
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
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

from observer_desktop.services.app import Observador
from observer_desktop.services.changes import AuditChange
from observer_desktop.ui.audit_editor import AuditEditor
from observer_desktop.ui.audit_editor.common import HEADER_PAGE
from observer_desktop.ui.audit_editor.finalize import MissingItemsDialog
from observer_desktop.ui.audit_editor.findings_pane import FINDING_ROLE, AddFindingDialog
from observer_desktop.ui.question_widgets import QuestionWidget


@pytest.fixture
def mini_dir(profiled):
    """A data folder with a profile and the mini checklist in its forms/ folder."""
    forms = profiled / "forms"
    forms.mkdir(exist_ok=True)
    (forms / "mini.yaml").write_text(MINI_FORM, encoding="utf-8")
    return profiled


def new_audit(data_dir, form="mini", header=None, **answers) -> str:
    header = {"numero": "LP-001", "tipo": "lp"} if header is None else header
    with Observador(data_dir) as app:
        audit_id = app.create_audit(form, header=header)["id"]
        for qid, value in answers.items():
            app.set_answer(audit_id, qid, value)
    return audit_id


def db(data_dir):
    return Observador(data_dir)


def header_of(data_dir, audit_id) -> dict:
    import json

    with Observador(data_dir) as app:
        return json.loads(app.resolve_audit(audit_id)["header"])


def answer(data_dir, audit_id, qid, item=None):
    with db(data_dir) as app:
        return app.store.get_answer(audit_id, qid, item)


@pytest.fixture
def editor(qtbot, backend, tasks):
    ed = AuditEditor(backend, tasks)
    qtbot.addWidget(ed)
    ed.resize(1366, 740)
    ed.show()
    qtbot.waitExposed(ed)
    ed.activateWindow()
    yield ed
    ed.close()  # flushes pending saves before the runner stops
    tasks.wait()


def open_audit(qtbot, ed, audit_id, **kwargs):
    ed.open_audit(audit_id, **kwargs)
    qtbot.waitUntil(lambda: ed.audit_id == audit_id and not ed.is_loading, timeout=10000)


def saved(qtbot, ed):
    qtbot.waitUntil(lambda: not ed.has_pending_saves(), timeout=10000)


def question(ed, qid, item=None) -> QuestionWidget:
    name = f"q_{qid}" + ("" if item is None else f"_{item}")
    qw = ed.findChild(QuestionWidget, name)
    assert qw is not None, name
    return qw


def go_to(ed, page_key):
    for row in range(ed.section_list.count()):
        if ed.section_list.item(row).data(Qt.ItemDataRole.UserRole + 2) == page_key:
            ed.section_list.setCurrentRow(row)
            return
    raise AssertionError(page_key)


def click(qtbot, widget):
    """Click where a person would: on a check box or radio button, its indicator."""
    if isinstance(widget, QAbstractButton) and widget.isCheckable():
        pos = QPoint(6, widget.height() // 2)
        qtbot.mouseClick(widget, Qt.MouseButton.LeftButton, pos=pos)
    else:
        qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def type_into(qtbot, widget, text):
    widget.setFocus()
    qtbot.keyClicks(widget, text)


def test_answers_by_clicking_and_typing_reach_the_database(qtbot, editor, mini_dir):
    audit_id = new_audit(mini_dir)
    open_audit(qtbot, editor, audit_id)
    with qtbot.waitSignal(editor.tasks.changes.changed, timeout=10000) as signal:
        click(qtbot, question(editor, "publicada").findChild(QRadioButton, "opt_si"))
    change, initiator = signal.args  # the one change signal says what the save changed
    assert change.audit_id == audit_id and change.answers == {("publicada", None)}
    assert initiator is editor and change.evaluation is not None
    type_into(qtbot, question(editor, "ofertas").findChild(QLineEdit, "input"), "4")
    criterios = question(editor, "criterios")
    click(qtbot, criterios.input.boxes["precio"])
    click(qtbot, criterios.input.boxes["costo_beneficio"])
    fecha = question(editor, "publicacion").findChild(QLineEdit, "input")
    type_into(qtbot, fecha, "05/03/2026")
    fecha.editingFinished.emit()
    saved(qtbot, editor)
    assert answer(mini_dir, audit_id, "publicada")["value"] == "si"
    assert answer(mini_dir, audit_id, "ofertas")["value"] == 4
    assert answer(mini_dir, audit_id, "criterios")["value"] == ["precio", "costo_beneficio"]
    assert answer(mini_dir, audit_id, "publicacion")["value"] == "2026-03-05"
    assert editor.save_indicator.text().startswith("Guardado")


def test_a_wrong_number_is_explained_under_the_question_and_not_saved(qtbot, editor, mini_dir):
    audit_id = new_audit(mini_dir)
    open_audit(qtbot, editor, audit_id)
    ofertas = question(editor, "ofertas")
    edit = ofertas.findChild(QLineEdit, "input")
    type_into(qtbot, edit, "-2")
    edit.editingFinished.emit()
    saved(qtbot, editor)
    error = ofertas.findChild(QLabel, "questionError")
    qtbot.waitUntil(lambda: error.isVisible())
    assert "desde 0" in error.text()
    assert "No guardado" in editor.save_indicator.text()
    assert answer(mini_dir, audit_id, "ofertas") is None
    edit.clear()
    type_into(qtbot, edit, "3")
    edit.editingFinished.emit()
    saved(qtbot, editor)
    qtbot.waitUntil(lambda: not error.isVisible())
    assert answer(mini_dir, audit_id, "ofertas")["value"] == 3


def test_relevance_hides_and_shows_questions_live(qtbot, editor, mini_dir):
    audit_id = new_audit(mini_dir)
    open_audit(qtbot, editor, audit_id)
    foto = question(editor, "foto_sitio")
    # the dependent questions exist (built with the page) but are hidden
    excepcion = question(editor, "excepcion")
    assert not excepcion.isVisible() and foto.isVisible()
    go_to(editor, HEADER_PAGE)
    ad = question(editor, "tipo").findChild(QRadioButton, "opt_ad")
    click(qtbot, ad)
    ad.setFocus()
    saved(qtbot, editor)
    go_to(editor, "general")
    qtbot.waitUntil(lambda: excepcion.isVisible() and not foto.isVisible())
    # the same widgets: shown and hidden, never rebuilt
    assert question(editor, "excepcion") is excepcion
    detalle = question(editor, "excepcion_detalle")
    assert not detalle.isVisible()
    no = excepcion.findChild(QRadioButton, "opt_no")
    click(qtbot, no)
    qtbot.waitUntil(lambda: detalle.isVisible(), timeout=10000)
    assert QApplication.focusWidget() is no  # the observer stays where they were
    with db(mini_dir) as app:
        assert app.resolve_audit(audit_id)["header"].count('"ad"') == 1
        assert app.store.get_answer(audit_id, "excepcion", None)["value"] == "no"


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


def test_evidence_counts_and_request(qtbot, editor, mini_dir, tmp_path):
    from media import photo

    from observer_desktop.services.evidence import add_evidence

    audit_id = new_audit(mini_dir)
    open_audit(qtbot, editor, audit_id)
    foto = question(editor, "foto_sitio")
    label = foto.findChild(QLabel, "evidenceCount")
    assert label.text() == "Falta evidencia (obligatoria)"
    with qtbot.waitSignal(editor.request_evidence) as request:
        click(qtbot, foto.evidence_button)
    assert request.args == ["foto_sitio", None]
    with db(mini_dir) as app:
        add_evidence(
            app,
            audit_id,
            [photo(tmp_path / "a.jpg"), photo(tmp_path / "b.jpg", color=(1, 2, 3))],
            question_id="foto_sitio",
            previews=False,
        )
    # another view (the evidence panel) added them: the change signal says so
    editor.tasks.changes.emit(AuditChange(audit_id, evidence=True), None)
    qtbot.waitUntil(lambda: label.text() == "2 evidencias", timeout=10000)
    general = editor.section_list.item(1).text()
    assert "1 de 3 obligatorias" in general


def test_repeatable_items_add_and_remove(qtbot, editor, mini_dir):
    audit_id = new_audit(mini_dir)
    open_audit(qtbot, editor, audit_id)
    go_to(editor, "hitos")
    click(qtbot, question(editor, "estatus", 0).findChild(QRadioButton, "opt_completo"))
    add = editor.findChild(QPushButton, "addItemButton")
    click(qtbot, add)
    qtbot.waitUntil(lambda: editor.findChild(QuestionWidget, "q_estatus_1") is not None)
    second = question(editor, "estatus", 1)
    assert second.isAncestorOf(QApplication.focusWidget())
    click(qtbot, second.findChild(QRadioButton, "opt_no_iniciado"))
    saved(qtbot, editor)
    with db(mini_dir) as app:
        assert app.resolve_audit(audit_id)["repeat_counts"] == '{"hitos":2}'
    click(qtbot, editor.findChild(QPushButton, "removeItem_0"))
    box = editor.findChild(QMessageBox, "removeItemConfirm")
    click(qtbot, box.findChild(QPushButton, "confirmRemove"))
    qtbot.waitUntil(lambda: editor.findChild(QuestionWidget, "q_estatus_1") is None, timeout=10000)
    # the second item moved up, with its answer
    assert question(editor, "estatus", 0).value() == "no_iniciado"
    with db(mini_dir) as app:
        assert app.store.get_answer(audit_id, "estatus", 0)["value"] == "no_iniciado"


def test_big_checklist_builds_only_the_page_shown(qtbot, editor, profiled):
    sections = []
    for s in range(6):
        questions = "".join(
            f"""
      - id: p{s}_{n}
        type: {("yes_no_na", "number", "text", "date")[n % 4]}
        label: Pregunta {s}.{n}
        required: true"""
            for n in range(25)
        )
        sections.append(f"  - id: s{s}\n    title: Sección {s}\n    questions:{questions}")
    source = "id: grande\nversion: 1\ntitle: Grande\nsections:\n" + "\n".join(sections) + "\n"
    (profiled / "forms").mkdir()
    (profiled / "forms" / "grande.yaml").write_text(source, encoding="utf-8")
    audit_id = new_audit(profiled, form="grande", header={})
    open_audit(qtbot, editor, audit_id)
    assert len(editor.findChildren(QuestionWidget)) == 25
    assert editor.section_list.count() == 7
    question(editor, "p0_24").focus_input()
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_F8)
    assert question(editor, "p1_0").isAncestorOf(QApplication.focusWidget())
    assert len(editor.findChildren(QuestionWidget)) == 50


def test_process_data_are_edited_in_place_and_retitle_the_audit(qtbot, editor, mini_dir):
    audit_id = new_audit(mini_dir)
    open_audit(qtbot, editor, audit_id)
    assert editor.title_label.text() == "LP-001"
    go_to(editor, HEADER_PAGE)
    numero = question(editor, "numero").input.line
    numero.setFocus()
    numero.selectAll()
    qtbot.keyClicks(numero, "LP-002")
    qtbot.keyClick(numero, Qt.Key.Key_Tab)
    qtbot.waitUntil(lambda: editor.title_label.text() == "LP-002", timeout=10000)
    with db(mini_dir) as app:
        assert app.resolve_audit(audit_id)["title"] == "LP-002"
    assert "Datos del proceso" in editor.section_list.item(0).text()


def test_tab_goes_from_the_sections_to_the_questions_to_the_findings(qtbot, editor, mini_dir):
    audit_id = new_audit(mini_dir)
    open_audit(qtbot, editor, audit_id)
    editor.section_list.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is editor.section_list)
    qtbot.keyClick(editor.section_list, Qt.Key.Key_Tab)
    assert question(editor, "publicada").isAncestorOf(QApplication.focusWidget())
    # Shift+Tab from the findings list comes back to the last question of the page
    editor.findings_list.setFocus()
    qtbot.keyClick(editor.findings_list, Qt.Key.Key_Backtab)
    assert question(editor, "foto_sitio").isAncestorOf(QApplication.focusWidget())
    # the same for a page built later
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_F8)
    assert editor.pages.currentWidget().key == "hitos"
    editor.section_list.setFocus()
    qtbot.keyClick(editor.section_list, Qt.Key.Key_Tab)
    assert question(editor, "estatus", 0).isAncestorOf(QApplication.focusWidget())


def test_closing_the_window_around_the_editor_saves_what_was_typed(qtbot, backend, tasks, mini_dir):
    from PySide6.QtWidgets import QMainWindow

    audit_id = new_audit(mini_dir)
    window = QMainWindow()
    qtbot.addWidget(window)
    ed = AuditEditor(backend, tasks)
    window.setCentralWidget(ed)
    window.show()
    open_audit(qtbot, ed, audit_id)
    publicada = question(ed, "publicada")
    publicada.open_note()
    qtbot.keyClicks(publicada.note_edit, "Escrito justo antes de cerrar")
    assert ed.autosave.pending
    window.close()
    tasks.wait()
    assert answer(mini_dir, audit_id, "publicada")["note"] == "Escrito justo antes de cerrar"


def test_a_date_picked_on_the_calendar_is_saved(qtbot, editor, mini_dir):
    from PySide6.QtCore import QDate
    from PySide6.QtWidgets import QCalendarWidget, QDialog

    audit_id = new_audit(mini_dir)
    open_audit(qtbot, editor, audit_id)
    apertura = question(editor, "apertura")
    apertura.input.edit.setFocus()
    qtbot.keyClick(apertura.input.edit, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    dialog = apertura.findChild(QDialog, "calendarDialog")
    assert dialog is not None and dialog.isVisible()
    dialog.findChild(QCalendarWidget).setSelectedDate(QDate(2026, 4, 9))
    dialog.accept()
    assert apertura.input.edit.text() == "09/04/2026"
    saved(qtbot, editor)
    assert answer(mini_dir, audit_id, "apertura")["value"] == "2026-04-09"


def test_the_editor_counts_required_answers_as_the_report_does(qtbot, editor, mini_dir):
    """The window said "20 de 20" and the report "14 de 14" for one audit (the report
    left the header out): both print Evaluation.required_total now."""
    import re

    from observer_desktop.core.engine import evaluate

    audit_id = new_audit(mini_dir)
    open_audit(qtbot, editor, audit_id)
    with db(mini_dir) as app:
        audit = app.resolve_audit(audit_id)
        result = evaluate(app.checklist_for(audit), app.audit_state(audit))
    answered, required = result.required_total
    header_required = sum(1 for f in app.checklist_for(audit).header if f.required)
    assert header_required and result.header.required == header_required
    assert required == result.header.required + sum(p.required for p in result.progress.values())
    shown = re.search(r"(\d+) de (\d+)", editor.summary_label.text())
    assert shown is not None, editor.summary_label.text()
    assert (int(shown.group(1)), int(shown.group(2))) == (answered, required)


def test_an_amount_reads_as_in_the_report_and_parses_back(qtbot):
    """The editor showed 4850000 where the report prints 4,850,000.00 MXN."""
    from observer_desktop.core.checklist_loader import load_checklist
    from observer_desktop.ui.answer_inputs import NumberInput

    forms = Path(__file__).resolve().parents[2] / "forms"
    checklist = load_checklist(forms / "procedimiento_contratacion.yaml")
    amount = checklist.header_field("monto_estimado")
    assert amount.unit == "MXN"
    widget = NumberInput(amount, "es")
    qtbot.addWidget(widget)
    widget.set_value(4850000)
    assert widget.edit.text() == "4,850,000.00"
    assert widget.value() == 4850000
    people = checklist.question("asistentes_junta")
    count = NumberInput(people, "es")
    qtbot.addWidget(count)
    count.set_value(12)
    assert count.edit.text() == "12" and count.value() == 12


def test_a_note_changed_elsewhere_is_not_overwritten_and_its_text_is_shown(qtbot, editor, mini_dir):
    """Window B saved a note, window A saved the same note over it while B still showed
    its own as "Guardado". Now the later write is refused and says what is stored."""
    audit_id = new_audit(mini_dir)
    open_audit(qtbot, editor, audit_id)
    with db(mini_dir) as other:  # the command line, or a second app of an older version
        other.set_note(audit_id, "publicada", "Escrita en la otra ventana")
    publicada = question(editor, "publicada")
    click(qtbot, publicada.findChild(QPushButton, "noteButton"))
    note = publicada.findChild(QPlainTextEdit, "noteEdit")
    qtbot.keyClicks(note, "Escrita aqui")
    saved(qtbot, editor)
    qtbot.waitUntil(lambda: ("publicada", None) in editor.autosave.errors, timeout=5000)
    message = editor.autosave.errors[("publicada", None)]
    assert "cambió en otra parte" in message and "Escrita en la otra ventana" in message
    assert answer(mini_dir, audit_id, "publicada")["note"] == "Escrita en la otra ventana"
    qtbot.keyClicks(note, ", revisada")  # the observer saw it and keeps theirs
    saved(qtbot, editor)
    qtbot.waitUntil(
        lambda: answer(mini_dir, audit_id, "publicada")["note"] == "Escrita aqui, revisada",
        timeout=5000,
    )


def test_a_header_field_changed_elsewhere_is_not_overwritten(qtbot, editor, mini_dir):
    """The header fields (the procedure number, the audit's title) saved without saying
    what they showed: the other window's value was replaced silently."""
    audit_id = new_audit(mini_dir)
    open_audit(qtbot, editor, audit_id)
    go_to(editor, HEADER_PAGE)
    with db(mini_dir) as other:
        other.set_header(audit_id, {"numero": "LP-900"})
    numero = question(editor, "numero").findChild(QLineEdit, "input")
    numero.setFocus()
    numero.selectAll()
    qtbot.keyClicks(numero, "LP-123")
    saved(qtbot, editor)
    qtbot.waitUntil(lambda: ("numero", None) in editor.autosave.errors, timeout=5000)
    assert "ahora dice «LP-900»" in editor.autosave.errors[("numero", None)]
    with db(mini_dir) as app:
        assert app.resolve_audit(audit_id)["title"] == "LP-900"
    qtbot.keyClicks(numero, "4")  # seen; the observer keeps theirs
    saved(qtbot, editor)
    qtbot.waitUntil(
        lambda: header_of(mini_dir, audit_id).get("numero") == "LP-1234",
        timeout=5000,
    )


def test_after_a_refused_save_leaving_the_field_does_not_overwrite(qtbot, editor, mini_dir):
    """Found in review: after a refusal, Tab saved the refused value over the other change
    (the stored value was learnt, so the next save 'expected' it)."""
    audit_id = new_audit(mini_dir)
    open_audit(qtbot, editor, audit_id)
    with db(mini_dir) as other:
        other.set_answer(audit_id, "ofertas", 7)
    edit = question(editor, "ofertas").findChild(QLineEdit, "input")
    type_into(qtbot, edit, "4")
    qtbot.waitUntil(lambda: ("ofertas", None) in editor.autosave.errors, timeout=5000)
    saved(qtbot, editor)
    assert "ahora dice «7»" in editor.autosave.errors[("ofertas", None)]
    qtbot.keyClick(edit, Qt.Key.Key_Tab)  # the observer only moves on
    saved(qtbot, editor)
    assert answer(mini_dir, audit_id, "ofertas")["value"] == 7
    assert ("ofertas", None) in editor.autosave.errors  # the message stays
    edit.setFocus()
    edit.selectAll()
    qtbot.keyClicks(edit, "5")  # read it, and chose another value: that one is saved
    qtbot.keyClick(edit, Qt.Key.Key_Tab)
    saved(qtbot, editor)
    qtbot.waitUntil(lambda: answer(mini_dir, audit_id, "ofertas")["value"] == 5, timeout=5000)


def test_a_failed_save_does_not_make_the_next_one_a_false_conflict(
    qtbot, editor, mini_dir, monkeypatch
):
    """Found in review: a save queued behind one that failed (the database busy) expected
    the failed value and was refused as "changed elsewhere"."""
    from observer_desktop.storage.database import locked_error

    audit_id = new_audit(mini_dir)
    open_audit(qtbot, editor, audit_id)
    real = Observador.set_answer
    calls: list = []

    def busy_once(self, *args, **kwargs):
        calls.append(kwargs.get("expected"))
        if len(calls) == 1:
            raise locked_error(self.database.path)  # the command line held the lock
        return real(self, *args, **kwargs)

    monkeypatch.setattr(Observador, "set_answer", busy_once)
    qw = question(editor, "ofertas")
    edit = qw.findChild(QLineEdit, "input")
    edit.setText("4")
    editor.autosave.save_answer(qw, quiet=False)  # fails: busy
    edit.setText("5")
    editor.autosave.save_answer(qw, quiet=False)  # typed on while the first waited
    saved(qtbot, editor)
    assert calls == [None, None]  # the second expected what is really stored: nothing
    assert "cambió en otra parte" not in (editor.autosave.errors.get(("ofertas", None)) or "")
    assert answer(mini_dir, audit_id, "ofertas")["value"] == 5
