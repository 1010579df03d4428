"""The main window as a whole: first run, opening audits, restoring the last session,
switching language, dropping files and PDFs on the window."""

from __future__ import annotations

from pathlib import Path

import media
import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication

from observer_desktop.services.app import Observador
from observer_desktop.ui.app import _Shell
from observer_desktop.ui.main_window.window import (
    PAGE_AUDIT,
    PAGE_LIST,
    PAGE_PARTICIPATION,
    MainWindow,
)
from observer_desktop.ui.models import AUDIT_ID_ROLE


def _window(qtbot, backend, tasks, **kw) -> MainWindow:
    w = MainWindow(backend, tasks, **kw)
    qtbot.addWidget(w)
    w.show()
    return w


def _drop(widget, paths: list[Path]) -> None:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    enter = QDragEnterEvent(
        QPoint(20, 20),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(widget, enter)
    assert enter.isAccepted()
    dropped = QDropEvent(
        QPointF(20, 20),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(widget, dropped)


def _draft_id(data_dir) -> str:
    with Observador(data_dir) as app:
        return next(a["id"] for a in app.list_audits() if a["status"] == "draft")


def test_first_run_shows_the_assistant(qtbot, backend, tasks):
    from observer_desktop.ui.wizard.assistant import FirstRunWizard

    w = _window(qtbot, backend, tasks)
    qtbot.waitUntil(lambda: w.findChild(FirstRunWizard) is not None, timeout=10000)
    assert w.findChild(FirstRunWizard).isVisible()


def test_no_assistant_once_there_is_a_profile(qtbot, backend, tasks, profiled):
    from observer_desktop.ui.wizard.assistant import FirstRunWizard

    w = _window(qtbot, backend, tasks)
    qtbot.waitUntil(lambda: tasks.pending() == 0, timeout=10000)
    assert w.findChild(FirstRunWizard) is None
    assert w.list_page.empty_label.isVisible()  # no audits yet: it says how to start


def test_open_an_audit_with_the_keyboard_and_come_back(qtbot, backend, tasks, demo_dir):
    w = _window(qtbot, backend, tasks)
    qtbot.waitUntil(lambda: w.model.rowCount() == 6, timeout=10000)
    table = w.list_page.table
    draft = _draft_id(demo_dir)
    w.list_page.select_audit(draft)
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: w.stack.currentIndex() == PAGE_AUDIT, timeout=5000)
    editor = w.audit_page.editor
    qtbot.waitUntil(lambda: editor.audit_id == draft and not editor.is_loading, timeout=10000)
    qtbot.waitUntil(lambda: w.act_add_evidence.isEnabled(), timeout=5000)
    assert not w.act_report.isEnabled()  # a draft has no report yet
    assert w.audit_page.evidence.audit_id == draft
    qtbot.keyClick(w, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert w.stack.currentIndex() == PAGE_LIST
    assert w.list_page.selected_audit() == draft  # the list keeps the place


def test_geometry_and_last_open_audit_come_back(qtbot, demo_dir):
    from observer_desktop.ui.backend import Backend
    from observer_desktop.ui.tasks import TaskRunner

    draft = _draft_id(demo_dir)
    tasks = TaskRunner()
    first = _window(qtbot, Backend(demo_dir), tasks)
    first.resize(700, 520)  # the offscreen screen is 800x600
    size = (first.width(), first.height())
    first.open_audit(draft)
    qtbot.waitUntil(lambda: first._open_audit is not None, timeout=10000)
    first.close()
    tasks.wait()

    tasks2 = TaskRunner()
    second = _window(qtbot, Backend(demo_dir), tasks2)
    assert (second.width(), second.height()) == size
    qtbot.waitUntil(lambda: second.stack.currentIndex() == PAGE_AUDIT, timeout=10000)
    qtbot.waitUntil(lambda: second.audit_page.editor.audit_id == draft, timeout=10000)
    second.show_list()  # back on the list: the next start begins there
    second.close()
    tasks2.wait()
    tasks3 = TaskRunner()
    third = _window(qtbot, Backend(demo_dir), tasks3)
    qtbot.waitUntil(lambda: tasks3.pending() == 0, timeout=10000)
    assert third.stack.currentIndex() == PAGE_LIST
    tasks3.wait()


def test_language_switch_rebuilds_the_window_in_english_and_back(qtbot, backend, tasks, demo_dir):
    shell = _Shell(backend, tasks)
    w = shell.build(first_run_check=False)
    qtbot.addWidget(w)
    qtbot.waitUntil(lambda: w.model.rowCount() == 6, timeout=10000)
    assert w.list_page.new_button.text() == "&Nueva auditoría"
    shell.switch_language("en")
    english = shell.window
    qtbot.addWidget(english)
    assert english is not w
    assert english.list_page.new_button.text() == "&New audit"
    qtbot.waitUntil(lambda: english.model.rowCount() == 6, timeout=10000)
    assert english.model.headerData(0, Qt.Orientation.Horizontal) == "Status"
    assert backend.settings().value("language") == "en"
    shell.switch_language("es_MX")
    spanish = shell.window
    qtbot.addWidget(spanish)
    assert spanish.list_page.new_button.text() == "&Nueva auditoría"
    assert spanish.model.headerData(0, Qt.Orientation.Horizontal) == "Estado"


def test_a_pdf_dropped_on_the_list_is_verified(qtbot, backend, tasks, demo_dir, tmp_path):
    from observer_desktop.ui.reports.verify_dialog import VerifyDialog

    w = _window(qtbot, backend, tasks)
    qtbot.waitUntil(lambda: w.model.rowCount() == 6, timeout=10000)
    pdf = media.pdf(tmp_path / "contrato.pdf")
    _drop(w, [pdf])
    qtbot.waitUntil(lambda: w.findChild(VerifyDialog) is not None, timeout=5000)


def test_files_dropped_on_an_open_draft_become_its_evidence(
    qtbot, backend, tasks, demo_dir, tmp_path
):
    w = _window(qtbot, backend, tasks)
    qtbot.waitUntil(lambda: w.model.rowCount() == 6, timeout=10000)
    draft = _draft_id(demo_dir)
    w.open_audit(draft)
    qtbot.waitUntil(lambda: w.act_add_evidence.isEnabled(), timeout=10000)
    photos = [media.photo(tmp_path / f"foto {i}.jpg", color=(i * 60, 20, 20)) for i in range(3)]
    _drop(w, photos)
    qtbot.waitUntil(lambda: not w.audit_page.evidence.import_running, timeout=20000)
    with Observador(demo_dir) as app:
        names = {e["original_name"] for e in app.store.evidence(draft)}
    assert {"foto 0.jpg", "foto 1.jpg", "foto 2.jpg"} <= names


def test_participation_page_from_the_keyboard(qtbot, backend, tasks, demo_dir):
    w = _window(qtbot, backend, tasks)
    qtbot.waitUntil(lambda: w.model.rowCount() == 6, timeout=10000)
    qtbot.keyClick(w, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert w.stack.currentIndex() == PAGE_PARTICIPATION
    qtbot.keyClick(w, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert w.stack.currentIndex() == PAGE_LIST


@pytest.mark.parametrize("size", [(1366, 768)])
def test_fits_a_small_laptop_screen(qtbot, backend, tasks, demo_dir, size):
    w = _window(qtbot, backend, tasks)
    w.resize(*size)
    qtbot.waitUntil(lambda: w.model.rowCount() == 6, timeout=10000)
    assert w.minimumSizeHint().width() <= size[0] and w.minimumSizeHint().height() <= size[1]
    w.open_audit(_draft_id(demo_dir))
    qtbot.waitUntil(
        lambda: w.audit_page is not None and not w.audit_page.editor.is_loading, timeout=10000
    )
    assert w.minimumSizeHint().width() <= size[0] and w.minimumSizeHint().height() <= size[1]


def test_row_ids_are_audit_ids(qtbot, backend, tasks, demo_dir):
    w = _window(qtbot, backend, tasks)
    qtbot.waitUntil(lambda: w.model.rowCount() == 6, timeout=10000)
    ids = {w.model.index(r, 0).data(AUDIT_ID_ROLE) for r in range(6)}
    with Observador(demo_dir) as app:
        assert ids == {a["id"] for a in app.list_audits()}


def test_editor_keys_work_from_the_evidence_panel(qtbot, backend, tasks, demo_dir):
    """F8 and Ctrl+Shift+H did nothing once the focus was in the evidence panel (after
    Ctrl+E or a click on a thumbnail): they belong to the whole open audit."""
    from observer_desktop.ui.audit_editor.findings_pane import AddFindingDialog

    w = _window(qtbot, backend, tasks)
    qtbot.waitUntil(lambda: w.model.rowCount() == 6, timeout=10000)
    draft = _draft_id(demo_dir)
    w.open_audit(draft)
    editor = w.audit_page.editor
    qtbot.waitUntil(lambda: editor.audit_id == draft and not editor.is_loading, timeout=10000)
    panel = w.audit_page.evidence
    w.activateWindow()
    panel.view.setFocus()
    qtbot.waitUntil(lambda: panel.view.hasFocus(), timeout=5000)
    before = editor.current_question()
    qtbot.keyClick(panel.view, Qt.Key.Key_F8)
    qtbot.waitUntil(lambda: editor.current_question() not in (None, before), timeout=5000)
    assert editor.isAncestorOf(QApplication.focusWidget())  # F8 took the keyboard there

    panel.view.setFocus()
    qtbot.waitUntil(lambda: panel.view.hasFocus(), timeout=5000)
    qtbot.keyClick(
        panel.view,
        Qt.Key.Key_H,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    qtbot.waitUntil(lambda: w.findChild(AddFindingDialog) is not None, timeout=5000)
    w.findChild(AddFindingDialog).reject()
    w.show_list()
    qtbot.keyClick(w.list_page.table, Qt.Key.Key_F8)  # on the list F8 is nobody's
    assert w.stack.currentIndex() == PAGE_LIST


def test_a_new_window_fills_a_small_screen_and_the_process_column_is_readable(
    qtbot, backend, tasks, profiled
):
    """Without a window manager "maximized" is only a wish: the window stayed 686×326 with
    the process column three letters wide. It takes the screen's size itself now."""
    w = _window(qtbot, backend, tasks)
    screen = w.screen().availableGeometry()
    assert screen.width() <= 1440  # the offscreen screen: a small laptop's
    assert w.width() >= screen.width() * 0.95 and w.height() >= screen.height() * 0.95
    w.showNormal()
    w.resize(1024, 700)
    qtbot.waitUntil(lambda: w.width() == 1024, timeout=5000)
    header = w.list_page.table.horizontalHeader()
    title = header.sectionSize(w.model.COL_TITLE)
    others = [header.sectionSize(c) for c in range(w.model.columnCount()) if c != w.model.COL_TITLE]
    assert title >= 300 and title > max(others)
