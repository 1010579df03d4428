"""A returned audit in the editor: the OIC's reason in the banner, each per-question comment
framed beside its question (and beside the right repeat item), the same comments in the
new version that corrects it until that version is sent, and the server's text shown as
plain text, never markup."""

from __future__ import annotations

import pytest

pytest.importorskip("PySide6")

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QLineEdit, QMessageBox, QPushButton
from review_helpers import delivered_mini_audit, fetch_reviews, review_event

from observer_desktop.services import sync
from observer_desktop.services.app import Observador
from observer_desktop.ui.audit_editor.common import HEADER_PAGE, PAGE_ROLE
from observer_desktop.ui.question_widgets import QuestionWidget

REASON = "Faltan datos de los hitos."
ON_OFFERS = "¿Cuatro ofertas? El acta de apertura dice tres."
ON_SECOND_ITEM = "El hito 2 ya estaba completo en la visita."
ON_NUMBER = "Escriba el número como aparece en CompraNet."
ON_REMOVED = "Esta pregunta ya no está en la lista."
COMMENTS = [
    {"question": "ofertas", "item": None, "text": ON_OFFERS},
    {"question": "estatus", "item": 1, "text": ON_SECOND_ITEM},
    {"question": "numero", "item": None, "text": ON_NUMBER},  # a field of the process data
    {"question": "pregunta_retirada", "item": None, "text": ON_REMOVED},
]


def returned_audit(data_dir, comments=COMMENTS, reason=REASON) -> str:
    """A mini audit with two milestones, delivered and returned by the OIC with
    ``comments``, as a sync stores them."""
    with Observador(data_dir) as app:
        audit, sid = delivered_mini_audit(app, items=2)
        fetch_reviews(app, [review_event(audit, sid, comment=reason, comments=comments)])
        assert app.store.get_audit(audit["id"])["status"] == "returned"
    return audit["id"]


def open_audit(qtbot, ed, audit_id):
    ed.open_audit(audit_id)
    qtbot.waitUntil(lambda: ed.audit_id == audit_id and not ed.is_loading, timeout=10000)


def go_to(ed, page_key):
    for row in range(ed.section_list.count()):
        if ed.section_list.item(row).data(PAGE_ROLE) == page_key:
            ed.section_list.setCurrentRow(row)
            return
    raise AssertionError(page_key)


def section_text(ed, page_key) -> str:
    for row in range(ed.section_list.count()):
        if ed.section_list.item(row).data(PAGE_ROLE) == page_key:
            return ed.section_list.item(row).text()
    raise AssertionError(page_key)


def comment_labels(qw: QuestionWidget) -> list[QLabel]:
    if qw.oic_comments_box is None:
        return []
    return qw.oic_comments_box.findChildren(QLabel, "oicCommentText")


def shown_comments(ed, qid, item=None) -> list[str]:
    """The comment texts a person sees beside the question (visible labels only)."""
    qw = ed.question_widget(qid, item)
    assert qw is not None, (qid, item)
    return [label.text() for label in comment_labels(qw) if label.isVisible()]


def test_a_returned_audit_shows_the_reason_and_each_comment_beside_its_question(
    qtbot, editor, mini_dir
):
    audit_id = returned_audit(mini_dir)
    open_audit(qtbot, editor, audit_id)

    banner = editor.review_banner
    assert banner.isVisible() and banner.kind == "returned"
    text = banner.label.text()
    assert f"Devuelta por el OIC: {REASON}" in text
    assert "Comentarios del OIC sobre respuestas: 3." in text
    # a comment on a question this checklist lacks is not lost: the banner shows it
    assert f"Comentario del OIC sobre «pregunta_retirada»: {ON_REMOVED}" in text
    assert banner.findChild(QLabel, "reviewIcon").isVisible()

    go_to(editor, "general")
    offers = editor.question_widget("ofertas")
    assert shown_comments(editor, "ofertas") == [ON_OFFERS]
    assert offers.oic_comment_texts() == [f"Comentario del OIC: {ON_OFFERS}"]
    box = offers.oic_comments_box
    assert box.isVisible() and box.objectName() == "oicComments"
    assert box.findChild(QLabel, "oicCommentHeading").text() == "Comentario del OIC"
    # under the answer, where the eye is: below the input, above the red flags
    assert box.geometry().top() >= offers.input.geometry().bottom()
    # a screen reader hears it on reaching the answer
    target = offers.input.focus_target()
    assert f"Comentario del OIC: {ON_OFFERS}" in target.accessibleDescription()
    # the questions without a comment have none
    assert shown_comments(editor, "publicada") == []
    assert editor.question_widget("publicada").oic_comment_texts() == []

    # the repeatable section: beside the second milestone's question, not the first's
    go_to(editor, "hitos")
    assert shown_comments(editor, "estatus", 1) == [ON_SECOND_ITEM]
    assert shown_comments(editor, "estatus", 0) == []
    assert shown_comments(editor, "avance", 1) == []
    second = editor.findChild(QuestionWidget, "q_estatus_1")
    assert second.findChild(QLabel, "oicCommentText").isVisible()

    go_to(editor, HEADER_PAGE)
    assert shown_comments(editor, "numero") == [ON_NUMBER]

    # the list of sections says where they are
    assert "Comentarios del OIC: 1" in section_text(editor, "general")
    assert "Comentarios del OIC: 1" in section_text(editor, "hitos")
    assert "Comentarios del OIC: 1" in section_text(editor, HEADER_PAGE)
    assert editor.oic_comments() == {
        ("ofertas", None): [ON_OFFERS],
        ("estatus", 1): [ON_SECOND_ITEM],
        ("numero", None): [ON_NUMBER],
    }


def test_the_new_version_keeps_the_comments_beside_its_questions_until_it_is_sent(
    qtbot, editor, mini_dir
):
    audit_id = returned_audit(mini_dir)
    open_audit(qtbot, editor, audit_id)
    with qtbot.waitSignal(editor.new_version_created, timeout=10000) as created:
        qtbot.mouseClick(editor.review_banner.new_version_button, Qt.MouseButton.LeftButton)
    new_id = created.args[0]
    qtbot.waitUntil(lambda: editor.audit_id == new_id and not editor.is_loading, timeout=10000)
    assert not editor.read_only

    text = editor.review_banner.label.text()
    assert f"El OIC devolvió la versión 1: {REASON}" in text
    assert "Comentarios del OIC sobre respuestas: 3." in text
    go_to(editor, "general")
    offers = editor.question_widget("ofertas")
    assert shown_comments(editor, "ofertas") == [ON_OFFERS]
    heading = offers.oic_comments_box.findChild(QLabel, "oicCommentHeading")
    assert heading.text() == "Comentario del OIC sobre la versión 1"
    go_to(editor, "hitos")
    assert shown_comments(editor, "estatus", 1) == [ON_SECOND_ITEM]
    assert shown_comments(editor, "estatus", 0) == []

    # correcting the answer keeps the comment beside it
    go_to(editor, "general")
    field = offers.findChild(QLineEdit, "input")
    field.setFocus()
    field.selectAll()
    qtbot.keyClicks(field, "3")
    qtbot.keyClick(field, Qt.Key.Key_Tab)
    qtbot.waitUntil(lambda: not editor.has_pending_saves(), timeout=10000)
    with Observador(mini_dir) as app:
        assert app.store.get_answer(new_id, "ofertas", None)["value"] == 3
    assert shown_comments(editor, "ofertas") == [ON_OFFERS]

    # finalized and waiting in the outbox: still not sent, still shown
    with Observador(mini_dir) as app:
        app.finalize(new_id)
        row = sync.queue_audit(app, new_id)
    open_audit(qtbot, editor, new_id)
    go_to(editor, "general")
    assert shown_comments(editor, "ofertas") == [ON_OFFERS]

    # delivered: the OIC reviews this version now, the old comments no longer apply
    with Observador(mini_dir) as app, app.database.transaction():
        app.store.update_outbox(row["submission_id"], state="delivered", review_state="received")
        app.store.update_audit(new_id, status="delivered")
    editor.open_audit(new_id)
    qtbot.waitUntil(lambda: not editor.is_loading, timeout=10000)
    go_to(editor, "general")
    assert shown_comments(editor, "ofertas") == []
    assert editor.oic_comments() == {}
    assert "Comentario" not in section_text(editor, "general")


def test_removing_the_commented_item_moves_its_comment_to_the_banner(qtbot, editor, mini_dir):
    audit_id = returned_audit(mini_dir)
    with Observador(mini_dir) as app:
        new_id = app.new_version(audit_id)["id"]
    open_audit(qtbot, editor, new_id)
    go_to(editor, "hitos")
    assert shown_comments(editor, "estatus", 1) == [ON_SECOND_ITEM]
    qtbot.mouseClick(editor.findChild(QPushButton, "removeItem_1"), Qt.MouseButton.LeftButton)
    box = editor.findChild(QMessageBox, "removeItemConfirm")
    qtbot.mouseClick(box.findChild(QPushButton, "confirmRemove"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: editor.findChild(QuestionWidget, "q_estatus_1") is None, timeout=10000)
    qtbot.waitUntil(lambda: ON_SECOND_ITEM in editor.review_banner.label.text(), timeout=10000)
    assert "«Estatus (Hito 2)»" in editor.review_banner.label.text()
    assert shown_comments(editor, "estatus", 0) == []
    assert ("estatus", 1) not in editor.oic_comments()


def test_the_oic_text_is_shown_as_written_never_as_markup(qtbot, editor, mini_dir):
    hostile = '<b>x</b> <img src="file:///etc/passwd"> <a href="http://evil">clic</a>'
    audit_id = returned_audit(
        mini_dir,
        comments=[{"question": "ofertas", "item": None, "text": hostile}],
        reason="<i>motivo</i>",
    )
    open_audit(qtbot, editor, audit_id)
    go_to(editor, "general")
    offers = editor.question_widget("ofertas")
    (label,) = comment_labels(offers)
    assert label.textFormat() == Qt.TextFormat.PlainText
    assert label.text() == hostile
    assert label.isVisible()
    assert offers.oic_comment_texts() == [f"Comentario del OIC: {hostile}"]
    # laid out as the literal characters: as wide as a plain-text label of them, far wider
    # than the bold "x" and the link that markup would make of them
    plain = QLabel()
    plain.setTextFormat(Qt.TextFormat.PlainText)
    plain.setFont(label.font())
    plain.setText(hostile)
    rich = QLabel()
    rich.setTextFormat(Qt.TextFormat.RichText)
    rich.setFont(label.font())
    rich.setText(hostile)
    label.setWordWrap(False)
    assert label.sizeHint().width() == plain.sizeHint().width()
    assert label.sizeHint().width() > rich.sizeHint().width()
    banner = editor.review_banner.label
    assert banner.textFormat() == Qt.TextFormat.PlainText
    assert "Devuelta por el OIC: <i>motivo</i>" in banner.text()
    # selectable, so it can be copied as written
    assert label.textInteractionFlags() & Qt.TextInteractionFlag.TextSelectableByMouse
