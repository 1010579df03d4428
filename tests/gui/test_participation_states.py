"""Participation page: each session's state at the OIC (Por enviar / Enviada / Validada /
Impugnada) with the reason in the tooltip and under the table; a validated one cannot be
edited or removed and the page says why; a sync that changed sessions reaches the page
through the change signal. The profile form's optional institution."""

from __future__ import annotations

import datetime as dt
from types import SimpleNamespace

import pytest

pytest.importorskip("PySide6")

from PySide6.QtCore import Qt

from observer_desktop.services.app import Observador
from observer_desktop.services.sessions import add_session
from observer_desktop.services.sync import SessionsSynced, SyncResult
from observer_desktop.ui.changes import AuditChange
from observer_desktop.ui.participation.model import SessionTableModel
from observer_desktop.ui.participation.page import ParticipationPage
from observer_desktop.ui.sync.controller import SyncController
from observer_desktop.ui.sync.run import SyncOutcome
from observer_desktop.ui.wizard.profile_form import ProfileForm

DAY = dt.date.today().replace(day=1)
REASON = "El acta dice que la junta terminó a las 11:00 <b>no</b> 12:00."


def _sessions(data_dir) -> dict[str, str]:
    """Four sessions of this month, one per state, as a sync leaves them."""
    ids = {}
    with Observador(data_dir) as app:
        for n, state in enumerate(("to_send", "sent", "validated", "disputed")):
            row = add_session(app, event=f"Evento {state}", date=DAY.isoformat(),
                              start=f"{8 + 2 * n:02d}:00", end=f"{9 + 2 * n:02d}:00")  # fmt: skip
            ids[state] = row["id"]
        server = {
            "sent": {"server_state": "received"},
            "validated": {"server_state": "validated", "decided_at": "2026-03-10T17:00:00Z"},
            "disputed": {"server_state": "disputed", "reason": REASON},
        }
        for state, fields in server.items():
            app.store.update_session(ids[state], {"sent_version": 1, **fields})
    return ids


@pytest.fixture
def page(qtbot, backend, tasks, profiled):
    widget = ParticipationPage(backend, tasks)
    qtbot.addWidget(widget)
    widget.resize(1300, 600)
    widget.show()
    qtbot.waitUntil(lambda: widget.listing is not None, timeout=10000)
    return widget


def _reload(qtbot, page):
    page.listing = None
    page.reload()
    qtbot.waitUntil(lambda: page.listing is not None, timeout=10000)


def _cell(page, session_id: str, role=Qt.ItemDataRole.DisplayRole):
    for r in range(page.proxy.rowCount()):
        if page.proxy.index(r, 0).data(Qt.ItemDataRole.UserRole + 1) == session_id:
            return page.proxy.index(r, SessionTableModel.COL_STATE).data(role)
    raise AssertionError(session_id)


def test_each_session_shows_its_state_and_why(qtbot, page, profiled):
    ids = _sessions(profiled)
    _reload(qtbot, page)
    header = page.model.headerData(SessionTableModel.COL_STATE, Qt.Orientation.Horizontal)
    assert header == "Estado"
    texts = {state: _cell(page, sid) for state, sid in ids.items()}
    assert texts == {
        "to_send": "Por enviar",
        "sent": "Enviada",
        "validated": "Validada",
        "disputed": "Impugnada",
    }
    tip = _cell(page, ids["disputed"], Qt.ItemDataRole.ToolTipRole)
    assert tip.startswith("Impugnada por el OIC: " + REASON) and "Corríjala" in tip
    assert "10/03/2026" in _cell(page, ids["validated"], Qt.ItemDataRole.ToolTipRole)
    assert "próxima sincronización" in _cell(page, ids["to_send"], Qt.ItemDataRole.ToolTipRole)

    # a disputed one may be corrected: its reason under the table, as plain text
    assert page.select_session(ids["disputed"])
    assert page.edit_button.isEnabled() and page.remove_button.isEnabled()
    assert page.state_label.isVisible() and REASON in page.state_label.text()
    assert page.state_label.textFormat() == Qt.TextFormat.PlainText


def test_a_validated_session_cannot_be_edited_or_removed_and_says_why(qtbot, page, profiled):
    ids = _sessions(profiled)
    _reload(qtbot, page)
    assert page.select_session(ids["validated"])
    why = "Validada por el OIC el 10/03/2026; ya no se puede cambiar."
    assert not page.edit_button.isEnabled() and not page.edit_action.isEnabled()
    assert not page.remove_button.isEnabled() and not page.remove_action.isEnabled()
    assert page.edit_button.toolTip() == why and page.remove_button.toolTip() == why
    assert page.state_label.text() == why
    page.edit_selected()  # Enter or a double-click: no dialog, the reason instead
    assert page.session_dialog is None and page.status_label.text() == why
    page._confirm_remove = lambda row: pytest.fail("asked to remove a validated session")
    page.remove_selected()
    assert page.status_label.text() == why
    # another session selected: the actions come back
    assert page.select_session(ids["sent"])
    assert page.edit_button.isEnabled() and page.remove_button.isEnabled()
    assert page.edit_button.toolTip() != why


def test_a_sync_that_changed_sessions_reaches_the_page(qtbot, page, profiled, tasks):
    ids = _sessions(profiled)
    _reload(qtbot, page)
    assert _cell(page, ids["sent"]) == "Enviada"
    with Observador(profiled) as app:  # what the run stored: the OIC validated it
        app.store.update_session(
            ids["sent"], {"server_state": "validated", "decided_at": "2026-03-11T10:00:00Z"}
        )
    result = SyncResult(sessions=SessionsSynced(decided=[{"session": ids["sent"]}]))
    heard: list[AuditChange] = []
    tasks.changes.changed.connect(lambda change, _by: heard.append(change))
    controller = SimpleNamespace(
        sync_finished=SimpleNamespace(emit=lambda _o: None),
        tasks=tasks,
        closing=True,
        report=None,
    )
    SyncController.synced(controller, SyncOutcome(manual=True, result=result))
    assert [c.sessions for c in heard] == [True]
    qtbot.waitUntil(lambda: _cell(page, ids["sent"]) == "Validada", timeout=10000)
    # a run that changed no session says nothing to the page
    heard.clear()
    SyncController.synced(controller, SyncOutcome(manual=True, result=SyncResult()))
    assert heard == []


def test_the_profile_form_has_an_optional_institution(qtbot):
    form = ProfileForm()
    qtbot.addWidget(form)
    assert form.labels[-1].text() == "&Institución (opcional):"
    form.set_values({"name": "Ana", "observer_code": "OBS-1", "institution": "UACH"})
    assert form.values()["institution"] == "UACH" and not form.is_edited()
    form.institution.clear()
    assert form.values()["institution"] is None


def test_correcting_a_disputed_session_shows_the_oics_reason_above_the_fields(
    qtbot, page, profiled
):
    ids = _sessions(profiled)
    _reload(qtbot, page)
    assert page.select_session(ids["disputed"])
    page.edit_selected()
    dialog = page.session_dialog
    assert dialog is not None and dialog.windowTitle() == "Editar sesión"
    label = dialog.dispute_label
    assert label is not None and label.isVisible()
    assert label.text() == (
        f"Impugnada por el OIC: {REASON}\n"
        "Corrija lo que señala y guarde: la sesión se enviará de nuevo al OIC."
    )
    assert label.textFormat() == Qt.TextFormat.PlainText  # the OIC's words, never markup
    # read-only, above the fields
    assert label.textInteractionFlags() & Qt.TextInteractionFlag.TextEditable == (
        Qt.TextInteractionFlag.NoTextInteraction
    )
    assert (
        label.mapTo(dialog, label.rect().bottomLeft()).y()
        <= dialog.event_edit.mapTo(dialog, dialog.event_edit.rect().topLeft()).y()
    )
    dialog.reject()
    qtbot.waitUntil(lambda: page.session_dialog is None, timeout=5000)
    # a session the OIC did not dispute: no such line
    assert page.select_session(ids["sent"])
    page.edit_selected()
    assert page.session_dialog.dispute_label is None
    assert page.session_dialog.findChild(type(label), "disputeLabel") is None
    page.session_dialog.reject()
