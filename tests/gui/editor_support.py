"""What the audit editor's GUI tests share: audits made through the services, the editor
driven the way a person would (click on the indicator, type, go to a page). The fixtures
``mini_dir`` and ``editor`` are in tests/gui/conftest.py."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QAbstractButton

from observer_desktop.services.app import Observador
from observer_desktop.ui.question_widgets import QuestionWidget


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
