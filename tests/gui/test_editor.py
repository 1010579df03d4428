"""The audit editor with real widgets: answers reach the database, relevance and red flags
update live, findings, notes, autosave that never loses typing, finalize, new version,
keyboard navigation."""

from __future__ import annotations

from pathlib import Path

import pytest

pytest.importorskip("PySide6")

from editor_support import (
    answer,
    click,
    db,
    go_to,
    header_of,
    new_audit,
    open_audit,
    question,
    saved,
    type_into,
)
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
)

from observer_desktop.services.app import Observador
from observer_desktop.services.changes import AuditChange
from observer_desktop.ui.audit_editor import AuditEditor
from observer_desktop.ui.audit_editor.common import HEADER_PAGE
from observer_desktop.ui.question_widgets import QuestionWidget


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
