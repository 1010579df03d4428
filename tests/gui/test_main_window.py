"""The first main window: audit list loaded off the UI thread, search and status filter."""

import datetime as dt

import pytest

pytest.importorskip("PySide6")

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from observer_desktop.ui.backend import Backend
from observer_desktop.ui.main_window.window import MainWindow
from observer_desktop.ui.models import AUDIT_ID_ROLE, AuditTableModel
from observer_desktop.ui.tasks import TaskRunner


@pytest.fixture
def window(qtbot, demo_dir):
    tasks = TaskRunner()
    w = MainWindow(Backend(demo_dir), tasks)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitUntil(lambda: w.model.rowCount() == 6, timeout=10000)
    yield w
    tasks.wait()


def test_lists_the_audits_with_spanish_columns(window):
    model = window.model
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert headers == [
        "Estado",
        "Fecha del evento",
        "Proceso",
        "Formulario",
        "Versión",
        "Actualizada",
    ]
    statuses = {model.index(r, 0).data() for r in range(model.rowCount())}
    assert statuses == {"Borrador", "Finalizada"}
    forms = {model.index(r, AuditTableModel.COL_FORM).data() for r in range(model.rowCount())}
    assert "Visita de verificación de obra pública" in forms
    assert (
        "Finalizada: 2" in window.counts_label.text()
        and "de 6 auditorías" in window.counts_label.text()
    )


def test_search_filters_the_list(window, qtbot):
    qtbot.keyClicks(window.search, "luminarias")
    qtbot.waitUntil(lambda: window.model.rowCount() == 1, timeout=5000)
    title = window.model.index(0, AuditTableModel.COL_TITLE).data()
    assert "luminarias" in title
    assert len(window.model.index(0, 0).data(AUDIT_ID_ROLE)) == 36


def test_status_filter(window, qtbot):
    window.status_filter.setCurrentIndex(window.status_filter.findData("finalized"))
    qtbot.waitUntil(lambda: window.model.rowCount() == 2, timeout=5000)


def test_errors_in_the_worker_reach_the_user(qtbot, tmp_path):
    bad = tmp_path / "data"
    bad.mkdir()
    (bad / "observer.db").write_bytes(b"no es una base de datos" * 50)
    tasks = TaskRunner()
    w = MainWindow(Backend(bad), tasks)
    qtbot.addWidget(w)
    qtbot.waitUntil(lambda: w.findChild(QMessageBox) is not None, timeout=5000)
    box = w.findChild(QMessageBox)
    assert "no es una base de datos de Observador" in box.text()
    tasks.wait()


def test_model_without_widgets():
    model = AuditTableModel()
    model.set_rows(
        [
            {
                "id": "a" * 36,
                "status": "draft",
                "form_id": "f",
                "title": "T",
                "version": 2,
                "event_date": None,
                "updated_at": "2026-11-26T10:00:00.000Z",
                "superseded_by": "b",
            }
        ],
        {"f": "Formulario"},
    )
    assert model.rowCount() == 1
    assert model.index(0, 0).data() == "Borrador (reemplazada)"
    assert model.index(0, AuditTableModel.COL_FORM).data() == "Formulario"
    shown = model.index(0, AuditTableModel.COL_UPDATED).data()
    expected = (
        dt.datetime(2026, 11, 26, 10, 0, tzinfo=dt.UTC).astimezone().strftime("%d/%m/%Y %H:%M")
    )
    assert shown == expected


def test_python_dash_m_starts_the_gui_entry_point():
    import subprocess
    import sys

    proc = subprocess.run(
        [sys.executable, "-m", "observer_desktop", "--version"],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert proc.returncode == 0 and proc.stdout.startswith("observer-desktop ")


def test_every_menu_action_has_a_shortcut_or_mnemonic(window):
    actions = [
        a for menu in window.menuBar().findChildren(type(window.audit_menu)) for a in menu.actions()
    ]
    visible = [a for a in actions if not a.isSeparator() and a.text()]
    assert len(visible) >= 12
    for action in visible:
        assert "&" in action.text() or not action.shortcut().isEmpty(), action.text()
    shortcuts = {
        a.objectName(): a.shortcut().toString() for a in window.actions() if a.objectName()
    }
    assert shortcuts["actNew"] == "Ctrl+N"
    assert shortcuts["actAddEvidence"] == "Ctrl+E"
    assert shortcuts["actSearch"] == "Ctrl+F"
    # the menus read in Spanish
    titles = [m.title() for m in window.menuBar().findChildren(type(window.audit_menu))]
    assert "&Archivo" in titles and "A&uditoría" in titles


def test_sort_by_column_and_filters_by_checklist_and_date(window, qtbot):
    model = window.model
    window.list_page.table.sortByColumn(AuditTableModel.COL_TITLE, Qt.SortOrder.AscendingOrder)
    titles = [model.index(r, AuditTableModel.COL_TITLE).data() for r in range(model.rowCount())]
    assert titles == sorted(titles, key=str.casefold)
    window.list_page.table.sortByColumn(AuditTableModel.COL_TITLE, Qt.SortOrder.DescendingOrder)
    assert model.index(0, AuditTableModel.COL_TITLE).data() == titles[-1]

    forms = window.list_page.form_filter
    qtbot.waitUntil(lambda: forms.count() > 2, timeout=5000)
    forms.setCurrentIndex(forms.findData("visita_obra_publica"))
    qtbot.waitUntil(
        lambda: (
            {model.index(r, AuditTableModel.COL_FORM).data() for r in range(model.rowCount())}
            == {"Visita de verificación de obra pública"}
        ),
        timeout=5000,
    )
    forms.setCurrentIndex(0)
    qtbot.waitUntil(lambda: model.rowCount() == 6, timeout=5000)
    page = window.list_page
    page.date_from.setDate(dt.date(1990, 1, 1))
    page.date_to.setDate(dt.date(1990, 12, 31))
    page.date_check.setChecked(True)
    qtbot.waitUntil(lambda: model.rowCount() == 0, timeout=5000)
    assert page.empty_label.isVisible()
    page.date_check.setChecked(False)
    qtbot.waitUntil(lambda: model.rowCount() == 6, timeout=5000)


def test_status_bar_shows_unsent_work_and_server_state(window, qtbot):
    # the demo has two finalized audits that have not been sent
    qtbot.waitUntil(lambda: "2" in window.unsent_label.text(), timeout=5000)
    assert "sin enviar" in window.unsent_label.text()
    qtbot.waitUntil(lambda: window.server_state == "unset", timeout=5000)
    assert window.server_label.text() == "Servidor: no configurado"


def test_a_passing_message_leaves_the_counters_in_place(window, qtbot):
    """QStatusBar.showMessage() hid the counters while a message was shown."""
    qtbot.waitUntil(lambda: "de 6" in window.counts_label.text(), timeout=5000)
    window.flash("Seleccione una auditoría en la lista", 60000)
    assert window.flash_label.text() == "Seleccione una auditoría en la lista"
    assert window.counts_label.isVisible() and "de 6" in window.counts_label.text()
    assert window.unsent_label.isVisible() and window.server_label.isVisible()
    window.flash("Se va pronto", 10)
    qtbot.waitUntil(lambda: window.flash_label.text() == "", timeout=5000)


def test_a_sync_that_found_no_network_marks_the_server_unreachable(window, qtbot):
    """The bar said "Servidor disponible" for up to a minute after a sync said offline."""
    from observer_desktop.services.sync import SyncResult
    from observer_desktop.ui.sync import SyncOutcome

    qtbot.waitUntil(lambda: window.tasks.pending() == 0, timeout=10000)
    window.server_url = "https://oic.example.mx"
    window.server_state = "online"
    window._show_server_state()
    cut = SyncResult(error="No se pudo comunicar con el servidor del OIC", error_code="network")
    window._synced(SyncOutcome(manual=False, result=cut))
    assert window.server_state == "offline" and "sin conexión" in window.server_label.text()
    window._synced(SyncOutcome(manual=False, result=SyncResult()))
    assert window.server_state == "online" and "disponible" in window.server_label.text()


def _http_server(status: int):
    import http.server
    import threading

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self):  # the OIC server's /api/v1/meta
            body = b'{"protocol": {"min": 1, "max": 1}}'
            self.send_response(status)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args):
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


def test_server_reachability_is_checked_without_blocking(window, qtbot):
    # the window's own start-up reading of the settings must not overwrite ours
    qtbot.waitUntil(lambda: window.tasks.pending() == 0, timeout=10000)
    server = _http_server(200)
    try:
        window.server_url = f"http://127.0.0.1:{server.server_address[1]}"
        window.check_server()
        qtbot.waitUntil(lambda: window.server_state == "online", timeout=10000)
        assert "disponible" in window.server_label.text()
    finally:
        server.shutdown()
        server.server_close()
    window.check_server()  # nobody listens there any more
    qtbot.waitUntil(lambda: window.server_state == "offline", timeout=10000)
    assert "sin conexión" in window.server_label.text()


def test_unexpected_worker_errors_are_logged_and_shown_with_details(qtbot, caplog):
    import logging

    from observer_desktop.core.errors import InputError
    from observer_desktop.ui.errors import show_error
    from observer_desktop.ui.tasks import TaskRunner

    tasks = TaskRunner()
    shown = []

    def boom():
        raise ZeroDivisionError("división entre cero")

    with caplog.at_level(logging.ERROR):
        tasks.run(boom, on_failure=lambda exc, tb: shown.append(show_error(None, exc, tb)))
        qtbot.waitUntil(lambda: bool(shown), timeout=5000)
    box = shown[0]
    assert "inesperado" in box.text() and "división entre cero" in box.text()
    assert "ZeroDivisionError" in box.detailedText()
    assert any("ZeroDivisionError" in r.getMessage() or r.exc_info for r in caplog.records)
    box.close()
    caplog.clear()
    with caplog.at_level(logging.ERROR, logger="observer_desktop.ui.errors"):
        expected = show_error(None, InputError("El archivo está vacío."), "")
    assert expected.text() == "El archivo está vacío." and not expected.detailedText()
    assert not [r for r in caplog.records if r.name == "observer_desktop.ui.errors"]
    expected.close()
    tasks.wait()


def test_error_text_names_the_file_and_the_log(tmp_path):
    import logging
    import logging.handlers

    from observer_desktop.ui.errors import error_text

    full = OSError(28, "No queda espacio en el dispositivo", str(tmp_path / "copia.jpg"))
    text = error_text(full)
    assert "copia.jpg" in text and "No queda espacio" in text
    handler = logging.handlers.RotatingFileHandler(tmp_path / "observador.log")
    logging.getLogger().addHandler(handler)
    try:
        text = error_text(KeyError("sha256"))
    finally:
        logging.getLogger().removeHandler(handler)
        handler.close()
    assert "inesperado" in text and str(tmp_path / "observador.log") in text
