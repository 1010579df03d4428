"""The change signal in the real window: one operation reaches each subscribed view once,
and each view refreshes only what the change touches (docs/ui.md, ui/changes.py)."""

from __future__ import annotations

from collections import Counter

import pytest
from PySide6.QtWidgets import QPushButton

from observer_desktop.core import engine
from observer_desktop.services.app import Observador
from observer_desktop.ui.audit_editor import AuditEditor
from observer_desktop.ui.backend import Backend
from observer_desktop.ui.evidence.panel import EvidencePanel
from observer_desktop.ui.main_window.window import MainWindow
from observer_desktop.ui.participation.page import ParticipationPage
from observer_desktop.ui.sync.controller import SyncController
from observer_desktop.ui.tasks import TaskRunner

SUBSCRIBERS = {
    "window": MainWindow,
    "editor": AuditEditor,
    "evidence": EvidencePanel,
    "participation": ParticipationPage,
    "sync": SyncController,
}


@pytest.fixture
def calls(monkeypatch):
    """Every subscribed view's handler, counted (patched before the window connects them),
    with the change each one received."""
    seen: list[tuple[str, object]] = []
    for name, cls in SUBSCRIBERS.items():
        original = cls._changed

        def counting(self, change, initiator, _name=name, _original=original):
            seen.append((_name, change))
            return _original(self, change, initiator)

        monkeypatch.setattr(cls, "_changed", counting)
    return seen


@pytest.fixture
def counted(monkeypatch):
    """How often each view re-read what it shows."""
    counts: Counter = Counter()
    for key, cls, method in [
        ("list", MainWindow, "refresh"),
        ("editor_reload", AuditEditor, "_refresh"),
        ("editor_open", AuditEditor, "open_audit"),
        ("evidence", EvidencePanel, "refresh"),
        ("participation", ParticipationPage, "reload"),
    ]:
        original = getattr(cls, method)

        def counting(self, *args, _key=key, _original=original, **kwargs):
            counts[_key] += 1
            return _original(self, *args, **kwargs)

        monkeypatch.setattr(cls, method, counting)
    return counts


@pytest.fixture
def draft(demo_dir):
    """A new draft audit in the demo data, and a yes/no question of it that always applies."""
    app = Observador(demo_dir)
    try:
        audit = app.create_audit(
            "procedimiento_contratacion", header={"numero_procedimiento": "LP-9"}
        )
        checklist = app.checklist_for(audit)
        question = next(
            q
            for q in checklist.questions()
            if q.type in ("yes_no", "yes_no_na")
            and q.relevant is None
            and q.group_id is None
            and checklist.section(q.section_id).relevant is None
        )
        return audit["id"], question.id
    finally:
        app.close()


@pytest.fixture
def window(qtbot, demo_dir, calls, counted):
    tasks = TaskRunner()
    w = MainWindow(Backend(demo_dir), tasks)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitUntil(lambda: w.model.rowCount() > 0, timeout=10000)
    w.show_participation()  # every view exists and listens
    qtbot.waitUntil(lambda: w.participation.listing is not None, timeout=10000)
    yield w
    tasks.wait()


def settle(qtbot, window):
    qtbot.waitUntil(lambda: window.tasks.pending() == 0, timeout=10000)
    qtbot.wait(300)  # the list's 150 ms debounce, and anything a view would start after it
    qtbot.waitUntil(lambda: window.tasks.pending() == 0, timeout=10000)


def open_draft(qtbot, window, audit_id):
    window.open_audit(audit_id)
    editor = window.audit_page.editor
    qtbot.waitUntil(lambda: editor.audit_id == audit_id and not editor.is_loading, timeout=10000)
    settle(qtbot, window)
    return editor


def test_one_answer_reaches_each_view_once_and_refreshes_only_the_list(
    qtbot, window, draft, calls, counted, monkeypatch
):
    audit_id, qid = draft
    editor = open_draft(qtbot, window, audit_id)
    calls.clear()
    counted.clear()
    evaluations = []
    original = engine.evaluate
    import observer_desktop.services.findings as findings_module

    monkeypatch.setattr(
        findings_module, "evaluate", lambda *a, **k: evaluations.append(1) or original(*a, **k)
    )
    import observer_desktop.services.audit_view as view_module

    monkeypatch.setattr(
        view_module, "evaluate", lambda *a, **k: evaluations.append(2) or original(*a, **k)
    )

    qw = editor.question_widget(qid)
    qw.set_value("no")
    qw.chosen.emit()
    settle(qtbot, window)

    assert sorted(name for name, _ in calls) == sorted(SUBSCRIBERS)  # each view, once
    changes = {id(change) for _, change in calls}
    assert len(changes) == 1  # the same change object for all
    change = calls[0][1]
    assert change.audit_id == audit_id and change.answers == {(qid, None)}
    # the write evaluated the audit once; the editor showed that evaluation, no second one
    assert evaluations == [1]
    # only the list re-read (once, debounced); nobody else read anything again
    assert counted == Counter({"list": 1})


def test_finalizing_reaches_each_view_once_and_the_evidence_panel_turns_read_only(
    qtbot, window, draft, calls, counted, demo_dir, tmp_path
):
    from helpers import answer_until_complete

    audit_id, _qid = draft
    app = Observador(demo_dir)
    try:
        answer_until_complete(app, audit_id, photos=tmp_path)
    finally:
        app.close()
    editor = open_draft(qtbot, window, audit_id)
    assert window.act_add_evidence.isEnabled()
    calls.clear()
    counted.clear()

    editor.action_finalize.trigger()
    qtbot.waitUntil(lambda: editor.findChild(QPushButton, "confirmFinalize") is not None)
    editor.findChild(QPushButton, "confirmFinalize").click()
    qtbot.waitUntil(lambda: editor.read_only and not editor.is_loading, timeout=10000)
    settle(qtbot, window)

    assert sorted(name for name, _ in calls) == sorted(SUBSCRIBERS)
    change = calls[0][1]
    assert change.audit_id == audit_id and change.status
    assert counted["list"] == 1 and counted["editor_open"] == 1
    assert counted["participation"] == 0 and counted["editor_reload"] == 0
    qtbot.waitUntil(lambda: not window.act_add_evidence.isEnabled(), timeout=10000)
    assert window.audit_page.evidence.read_only_note.isVisibleTo(window.audit_page.evidence)
