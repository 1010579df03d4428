"""The agenda page: upcoming / mine / past, the sign-up behind the declaration (its box
required), a withdrawal, a confirmed event starting the audit and the session (pre-filled),
a sync that changed the agenda reaching the page, and the window's Ver → Agenda."""

from __future__ import annotations

import datetime as dt
import json
import os
from types import SimpleNamespace

import pytest

pytest.importorskip("PySide6")

from observer_desktop.services.agenda import DECLARATION_KEY
from observer_desktop.services.app import Observador
from observer_desktop.services.sync import SyncResult
from observer_desktop.services.sync.agenda import AgendaSynced
from observer_desktop.ui.agenda.declaration import DeclarationDialog
from observer_desktop.ui.agenda.page import AgendaPage
from observer_desktop.ui.changes import AuditChange
from observer_desktop.ui.sync.controller import SyncController
from observer_desktop.ui.sync.run import SyncOutcome

TODAY = dt.date.today()
TEXT = "Declaro que no tengo conflicto de interés <b>alguno</b> con el procedimiento."


def day(offset: int) -> str:
    return (TODAY + dt.timedelta(days=offset)).isoformat()


def _event(eid: int, date: str, title: str, **kw) -> dict:
    return {
        "id": eid, "kind": "junta_aclaraciones", "title": title, "date": date,
        "start_time": "10:00", "place": "Sala de juntas, piso 2",
        "procedure_number": f"LP-{eid:03d}-2026", "convening_unit": "Obras Públicas",
        "seats": 3, "seats_taken": 1, "notes": "", "cancelled": 0, "seq": eid,
        "received_at": "2026-03-01T00:00:00Z", **kw,
    }  # fmt: skip


def _seed(data_dir) -> None:
    """What a sync leaves: three events and the declaration; a confirmed sign-up to #2."""
    with Observador(data_dir) as app, app.database.transaction():
        app.store.set_setting(DECLARATION_KEY, {"server": "x", "text": TEXT})
        app.store.upsert_event(_event(1, day(2), "Junta de aclaraciones LP-001"))
        app.store.upsert_event(_event(2, day(4), "Apertura de proposiciones LP-002",
                                      kind="apertura_proposiciones"))  # fmt: skip
        app.store.upsert_event(_event(3, day(-6), "Fallo LP-003", kind="fallo"))
        app.store.insert_signup({
            "id": "5f0c7c55-1d1e-4b7c-9d55-a5a3c1c0e002", "event_id": 2,
            "declaration_text": TEXT, "declared_at": "2026-03-01T00:00:00Z", "withdrawn": 0,
            "version": 1, "sent_version": 1, "state": "confirmed",
            "created_at": "2026-03-01T00:00:00Z", "updated_at": "2026-03-01T00:00:00Z",
        })  # fmt: skip


@pytest.fixture
def page(qtbot, backend, tasks, profiled):
    _seed(profiled)
    widget = AgendaPage(backend, tasks)
    qtbot.addWidget(widget)
    widget.resize(1100, 560)
    widget.show()
    qtbot.waitUntil(lambda: widget.table.rowCount() == 2, timeout=10000)
    return widget


def _row(page, title: str) -> int:
    return next(r for r in range(page.table.rowCount()) if page.table.item(r, 2).text() == title)


def _status(page, title: str) -> str:
    return page.table.item(_row(page, title), 5).text()


def test_the_tabs_show_upcoming_mine_and_past_in_spanish(qtbot, page):
    assert [page.tabs.tabText(i) for i in range(3)] == ["&Próximos", "&Míos", "Pa&sados"]
    assert _status(page, "Apertura de proposiciones LP-002") == "Confirmada"
    assert _status(page, "Junta de aclaraciones LP-001") == ""
    page.tabs.setCurrentIndex(1)
    qtbot.waitUntil(lambda: page.table.rowCount() == 1, timeout=10000)
    page.tabs.setCurrentIndex(2)
    qtbot.waitUntil(lambda: page.table.item(0, 2).text() == "Fallo LP-003", timeout=10000)
    assert not page.signup_button.isEnabled()  # past: nothing to sign up to
    day = page.table.item(0, 0).text()  # dates as the observer writes them, not ISO
    assert len(day) == 10 and day[2] == day[5] == "/", day
    if os.environ.get("AGENDA_SCREENSHOT"):
        page.tabs.setCurrentIndex(0)
        qtbot.wait(300)
        page.grab().save(os.environ["AGENDA_SCREENSHOT"])


def test_signing_up_needs_the_box_and_is_stored_to_send(qtbot, page, profiled):
    dialog = DeclarationDialog("Junta", TEXT)
    qtbot.addWidget(dialog)
    assert dialog.text_view.toPlainText() == TEXT  # as text, not markup
    assert not dialog.ok_button.isEnabled()
    dialog.accept()
    assert dialog.result() != DeclarationDialog.DialogCode.Accepted
    dialog.check.setChecked(True)
    assert dialog.ok_button.isEnabled()

    page.table.selectRow(_row(page, "Junta de aclaraciones LP-001"))
    assert page.signup_button.isEnabled() and not page.start_button.isEnabled()
    page._ask_declaration = lambda title, text: None  # cancelled: nothing stored
    page.sign_up_selected()
    page._ask_declaration = lambda title, text: (text, True)
    page.sign_up_selected()
    title = "Junta de aclaraciones LP-001"
    qtbot.waitUntil(lambda: _status(page, title) == "Inscripción por enviar", timeout=10000)
    assert "se envía al OIC" in page.status_label.text()
    with Observador(profiled) as app:
        row = app.store.signup_for_event(1)
        assert row["declaration_text"] == TEXT and row["declared_at"]
    page.table.selectRow(_row(page, title))
    assert page.withdraw_button.isEnabled()
    page.withdraw_selected()
    qtbot.waitUntil(lambda: _status(page, title) == "Retiro por enviar", timeout=10000)


def test_a_confirmed_event_starts_the_audit_and_the_prefilled_session(qtbot, page, profiled):
    opened: list[str] = []
    shown = []
    page.open_audit_requested.connect(opened.append)
    page._choose_checklist = lambda options: "procedimiento_contratacion"
    page._show_session_dialog = shown.append
    page.table.selectRow(_row(page, "Apertura de proposiciones LP-002"))
    assert page.start_button.isEnabled()
    assert "Unidad convocante: Obras Públicas" in page.details.text()
    page.start_selected()
    qtbot.waitUntil(lambda: bool(shown), timeout=10000)
    dialog = shown[0]
    assert dialog.event_edit.text() == "Apertura de proposiciones LP-002"
    assert dialog.place_edit.text() == "Sala de juntas, piso 2"
    assert dialog.date_edit.date().toString("yyyy-MM-dd") == day(4)
    assert dialog.start_edit.time().toString("HH:mm") == "10:00"
    audit_id = dialog.audit_combo.currentData()
    with Observador(profiled) as app:
        header = app.resolve_audit(audit_id)["header"]
    header = json.loads(header) if isinstance(header, str) else header
    assert header["numero_procedimiento"] == "LP-002-2026"
    assert header["evento_observado"] == "apertura_proposiciones"
    dialog.reject()
    assert opened == [audit_id]  # the window opens the audit


def test_a_sync_that_changed_the_agenda_reaches_the_page(qtbot, page, profiled, tasks):
    with Observador(profiled) as app, app.database.transaction():
        app.store.upsert_event(_event(4, day(9), "Visita de obra LP-004", kind="visita_obra"))
    heard: list[AuditChange] = []
    tasks.changes.changed.connect(lambda change, _by: heard.append(change))
    controller = SimpleNamespace(
        sync_finished=SimpleNamespace(emit=lambda _o: None), tasks=tasks, closing=True,
        report=None,
    )  # fmt: skip
    result = SyncResult(agenda=AgendaSynced(events=1))
    SyncController.synced(controller, SyncOutcome(manual=True, result=result))
    assert [c.agenda for c in heard] == [True]
    qtbot.waitUntil(lambda: page.table.rowCount() == 3, timeout=10000)
    heard.clear()
    SyncController.synced(controller, SyncOutcome(manual=True, result=SyncResult()))
    assert heard == []


def test_the_window_opens_the_agenda_from_ver(qtbot, backend, tasks, profiled):
    from observer_desktop.ui.main_window.window import PAGE_AGENDA, MainWindow

    _seed(profiled)
    w = MainWindow(backend, tasks)
    qtbot.addWidget(w)
    w.show()
    assert w.act_agenda.text() == "A&genda" and w.act_agenda.shortcut().toString() == "Ctrl+3"
    w.act_agenda.trigger()
    assert w.stack.currentIndex() == PAGE_AGENDA and w.windowTitle() == "Observador — Agenda"
    qtbot.waitUntil(lambda: w.agenda.table.rowCount() == 2, timeout=10000)
