"""Participation page: sessions by period with totals, add (by hand, from an audit), remove, CSV."""

from __future__ import annotations

import csv
import datetime as dt
import io

import pytest

pytest.importorskip("PySide6")

from PySide6.QtCore import QDate, Qt, QTime

from observer_desktop.services.app import Observador
from observer_desktop.services.sessions import add_session
from observer_desktop.ui.participation.audit_picker import AuditPickerDialog
from observer_desktop.ui.participation.model import SESSION_ID_ROLE, SessionTableModel
from observer_desktop.ui.participation.page import ParticipationPage
from observer_desktop.ui.participation.period import PeriodBar, month_bounds

TODAY = dt.date.today()


def stored_sessions(data_dir) -> list[dict]:
    with Observador(data_dir) as app:
        return app.store.sessions()


def add(data_dir, *, day: dt.date, start="10:00", end="12:00", event="Junta de aclaraciones"):
    with Observador(data_dir) as app:
        return add_session(app, event=event, date=day.isoformat(), start=start, end=end)


@pytest.fixture
def page(qtbot, backend, tasks, profiled):
    widget = ParticipationPage(backend, tasks)
    qtbot.addWidget(widget)
    widget.resize(1200, 600)
    widget.show()
    qtbot.waitUntil(lambda: widget.listing is not None, timeout=10000)
    return widget


def reloaded(qtbot, page: ParticipationPage) -> None:
    page.listing = None
    page.reload()
    qtbot.waitUntil(lambda: page.listing is not None, timeout=10000)


def fill_dialog(dialog, *, event: str, day: dt.date, start: str, end: str, place: str = "") -> None:
    dialog.event_edit.setText(event)
    dialog.date_edit.setDate(QDate(day.year, day.month, day.day))
    dialog.start_edit.setTime(QTime.fromString(start, "HH:mm"))
    dialog.end_edit.setTime(QTime.fromString(end, "HH:mm"))
    dialog.place_edit.setText(place)


def test_add_a_session_by_hand(qtbot, page, profiled):
    assert page.model.rowCount() == 0 and page.empty_label.isVisible()
    page.add_action.trigger()
    dialog = page.session_dialog
    assert dialog is not None and dialog.isVisible()
    fill_dialog(
        dialog,
        event="Fallo LP-MCH-ADQ-014-2026",
        day=TODAY,
        start="09:00",
        end="11:30",
        place="Presidencia Municipal",
    )
    dialog.notes_edit.setPlainText("Acta firmada por 4 asistentes.")
    assert dialog.hours_label.text() == "2.50 horas"
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=10000)
    assert page.session_dialog is None  # closed
    [row] = stored_sessions(profiled)
    assert (row["event"], row["date"], row["start_time"], row["end_time"], row["place"]) == (
        "Fallo LP-MCH-ADQ-014-2026",
        TODAY.isoformat(),
        "09:00",
        "11:30",
        "Presidencia Municipal",
    )
    assert row["notes"] == "Acta firmada por 4 asistentes." and row["audit_id"] is None
    assert page.period_bar.totals_label.text() == "1 sesión · 2.50 horas en el periodo"
    index = page.proxy.index(0, SessionTableModel.COL_HOURS)
    assert index.data() == "2.50"
    assert "Sesión guardada" in page.status_label.text()
    assert page.selected_session() == row["id"]  # the new session is selected


def test_service_error_is_shown_in_the_dialog_and_nothing_is_stored(qtbot, page, profiled):
    add(profiled, day=TODAY, start="10:00", end="12:00", event="Apertura de proposiciones")
    page.add_action.trigger()
    dialog = page.session_dialog
    fill_dialog(dialog, event="Visita de obra", day=TODAY, start="11:00", end="13:00")
    dialog.save()
    qtbot.waitUntil(lambda: dialog.error_label.isVisible(), timeout=10000)
    assert "traslapa" in dialog.error_label.text()
    assert dialog.isVisible() and dialog.save_button.isEnabled()
    # the dialog grew: the wrapped message does not cover the notes
    assert dialog.error_label.geometry().top() >= dialog.notes_edit.geometry().bottom()
    assert len(stored_sessions(profiled)) == 1
    # a future date: refused too
    tomorrow = TODAY + dt.timedelta(days=1)
    fill_dialog(dialog, event="Visita de obra", day=tomorrow, start="14:00", end="15:00")
    assert not dialog.error_label.isVisible()  # editing clears the old message
    dialog.save()
    qtbot.waitUntil(lambda: dialog.error_label.isVisible(), timeout=10000)
    assert "aún no ocurre" in dialog.error_label.text()
    assert len(stored_sessions(profiled)) == 1
    # corrected: saved
    fill_dialog(dialog, event="Visita de obra", day=TODAY, start="12:00", end="13:00")
    dialog.save()
    qtbot.waitUntil(lambda: len(stored_sessions(profiled)) == 2, timeout=10000)
    qtbot.waitUntil(lambda: page.model.rowCount() == 2, timeout=10000)


def test_remove_asks_first(qtbot, page, profiled):
    keep = add(profiled, day=TODAY, start="08:00", end="09:00", event="Junta de aclaraciones")
    gone = add(profiled, day=TODAY, start="10:00", end="12:00", event="Fallo")
    reloaded(qtbot, page)
    assert page.model.rowCount() == 2
    assert page.select_session(gone["id"])
    page.table.setFocus()
    answers = iter([False, True])
    asked: list[dict] = []

    def confirm(row):
        asked.append(row)
        return next(answers)

    page._confirm_remove = confirm
    qtbot.keyClick(page.table, Qt.Key.Key_Delete)
    assert [r["id"] for r in asked] == [gone["id"]]
    reloaded(qtbot, page)
    assert len(stored_sessions(profiled)) == 2  # said no: nothing removed
    page.select_session(gone["id"])
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=10000)
    assert [r["id"] for r in stored_sessions(profiled)] == [keep["id"]]
    assert page.period_bar.totals_label.text().startswith("1 sesión")
    assert "Sesión eliminada" in page.status_label.text()


def test_period_presets_and_totals(qtbot, page, profiled):
    bar = page.period_bar
    this_first, _ = month_bounds(TODAY)
    last_first, last_last = month_bounds(this_first - dt.timedelta(days=1))
    last_year = TODAY.replace(year=TODAY.year - 1, day=1)
    days = {
        "this month": (TODAY, "09:00", "10:30"),  # 1.5 h
        "last month a": (last_first, "09:00", "11:00"),  # 2 h
        "last month b": (last_last, "16:00", "19:15"),  # 3.25 h
        "last year": (last_year, "10:00", "11:00"),  # 1 h
    }
    for name, (day, start, end) in days.items():
        add(profiled, day=day, start=start, end=end, event=name)

    def expected(first: dt.date, last: dt.date) -> tuple[int, float]:
        inside = [v for v in days.values() if first <= v[0] <= last]
        hours = sum(
            (dt.datetime.strptime(e, "%H:%M") - dt.datetime.strptime(s, "%H:%M")).seconds / 3600
            for _, s, e in inside
        )
        return len(inside), hours

    def shown() -> tuple[int, float]:
        listing = page.listing
        return listing["total_sessions"], listing["total_hours"]

    # default: the current month
    reloaded(qtbot, page)
    assert page.period() == (this_first.isoformat(), month_bounds(TODAY)[1].isoformat())
    assert shown() == expected(*month_bounds(TODAY))
    assert page.model.rowCount() == 1
    assert bar.totals_label.text() == "1 sesión · 1.50 horas en el periodo"

    bar.preset_combo.setCurrentIndex(bar.preset_combo.findData(PeriodBar.PRESET_LAST_MONTH))
    qtbot.waitUntil(lambda: page.period()[0] == last_first.isoformat())
    qtbot.waitUntil(lambda: page.listing is not None and page.listing["from"] == page.period()[0])
    assert shown() == expected(last_first, last_last) == (2, 5.25)
    assert bar.totals_label.text() == "2 sesiones · 5.25 horas en el periodo"
    dates = [page.proxy.index(r, 0).data() for r in range(page.proxy.rowCount())]
    assert dates == sorted(dates)

    bar.preset_combo.setCurrentIndex(bar.preset_combo.findData(PeriodBar.PRESET_THIS_YEAR))
    year = (TODAY.replace(month=1, day=1), TODAY.replace(month=12, day=31))
    qtbot.waitUntil(
        lambda: page.listing is not None and page.listing["from"] == year[0].isoformat()
    )
    assert shown() == expected(*year)

    page.set_period(last_year.isoformat(), TODAY.isoformat())
    qtbot.waitUntil(
        lambda: page.listing is not None and page.listing["from"] == last_year.isoformat()
    )
    assert shown() == (4, 7.75)
    assert bar.preset_combo.currentData() == PeriodBar.PRESET_CUSTOM

    # editing a date by hand switches the preset to "other dates" and reloads
    bar.apply_preset(PeriodBar.PRESET_THIS_MONTH)
    qtbot.waitUntil(lambda: page.listing is not None and shown() == (1, 1.5))
    bar.from_edit.setDate(QDate(last_year.year, last_year.month, last_year.day))
    assert bar.preset_combo.currentData() == PeriodBar.PRESET_CUSTOM
    qtbot.waitUntil(lambda: page.listing is not None and shown()[0] == 4, timeout=5000)

    # an impossible period: said so, nothing queried
    page.set_period(TODAY.isoformat(), last_year.isoformat())
    assert page.model.rowCount() == 0
    assert bar.totals_label.text() == "La fecha final es anterior a la inicial."
    assert not page.export_button.isEnabled()


def test_export_the_period_to_csv(qtbot, page, profiled, tmp_path):
    this_first, _ = month_bounds(TODAY)
    add(profiled, day=TODAY, start="09:00", end="10:30", event="=Fallo, sala «B»")
    add(profiled, day=this_first - dt.timedelta(days=1), event="Fuera del periodo")
    reloaded(qtbot, page)
    target = tmp_path / "salida" / "participación.csv"
    target.parent.mkdir()
    suggested: list[str] = []

    def ask(default):
        suggested.append(default)
        return str(target)

    page.csv_export.ask_path = ask
    page.setFocus()
    page.activateWindow()
    qtbot.keyClick(
        page, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    qtbot.waitUntil(lambda: page.csv_export.last_export is not None, timeout=10000)
    start, end = page.period()
    assert suggested[0].endswith(f"participacion-{start}-a-{end}.csv")
    raw = target.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # BOM: Excel reads the accents
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig"))))
    assert rows[0] == [
        "fecha", "evento", "inicio", "fin", "horas", "lugar", "auditoria", "notas",
        "estado", "motivo_impugnacion",
    ]  # fmt: skip
    assert rows[1][:5] == [TODAY.isoformat(), "'=Fallo, sala «B»", "09:00", "10:30", "1.50"]
    assert rows[1][-2:] == ["Por enviar", ""]
    assert rows[2][:2] == ["TOTAL", "1 sesiones"] and rows[2][4] == "1.50"
    assert len(rows) == 3
    assert str(target) in page.status_label.text()


def test_add_from_an_audit_prefills_the_session(qtbot, page, profiled):
    event_day = TODAY - dt.timedelta(days=3)
    with Observador(profiled) as app:
        app.create_audit("visita_obra_publica")  # another one, for the audit list
        audit = app.create_audit(
            "procedimiento_contratacion",
            header={
                "numero_procedimiento": "LP-MCH-OBR-077-2026",
                "unidad_convocante": "Dirección de Obras Públicas",
                "evento_observado": "apertura_proposiciones",
                "fecha_evento": event_day.isoformat(),
                "lugar": "Sala de juntas de Obras Públicas",
            },
        )
    page.set_period(event_day.isoformat(), TODAY.isoformat())
    picked: list[bool] = []
    page._pick_audit = lambda: picked.append(True) or audit["id"]
    page.add_from_audit_action.trigger()
    qtbot.waitUntil(lambda: page.session_dialog is not None, timeout=10000)
    dialog = page.session_dialog
    assert picked == [True]
    assert dialog.event_edit.text() == (
        "Presentación y apertura de proposiciones LP-MCH-OBR-077-2026"
    )
    assert dialog.date_edit.date().toString(Qt.DateFormat.ISODate) == event_day.isoformat()
    assert dialog.place_edit.text() == "Sala de juntas de Obras Públicas"
    assert dialog.audit_combo.currentData() == audit["id"]
    # the list of audits arrives later and keeps the choice
    qtbot.waitUntil(lambda: dialog.audit_combo.count() == 3, timeout=10000)
    assert dialog.audit_combo.currentData() == audit["id"]
    dialog.start_edit.setTime(QTime(9, 30))
    dialog.end_edit.setTime(QTime(13, 0))
    dialog.save()
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=10000)
    [row] = stored_sessions(profiled)
    assert row["audit_id"] == audit["id"] and row["date"] == event_day.isoformat()
    assert row["event"] == "Presentación y apertura de proposiciones LP-MCH-OBR-077-2026"
    audit_cell = page.proxy.index(0, SessionTableModel.COL_AUDIT)
    assert audit_cell.data() == audit["title"]
    assert audit_cell.data(Qt.ItemDataRole.ToolTipRole) == audit["id"]
    assert page.proxy.index(0, 0).data(SESSION_ID_ROLE) == row["id"]
    assert page.period_bar.totals_label.text() == "1 sesión · 3.50 horas en el periodo"


def test_audit_picker_filters_and_chooses(qtbot, backend, tasks, profiled):
    with Observador(profiled) as app:
        ids = [
            app.create_audit(
                "procedimiento_contratacion",
                header={"numero_procedimiento": n, "fecha_evento": "2026-03-05"},
            )["id"]
            for n in ("LP-001-2026", "AD-002-2026", "LP-003-2026")
        ]
    dialog = AuditPickerDialog(backend, tasks)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.proxy.rowCount() == 3, timeout=10000)
    assert dialog.status.text() == "3 auditorías"  # "1 auditorías" before: Qt plurals now
    shown = dialog.proxy.index(0, 0).data()
    assert shown.startswith("05/03/2026 · "), shown  # dates as everywhere, not 2026-03-05
    qtbot.keyClicks(dialog.filter_edit, "ad-002")
    assert dialog.proxy.rowCount() == 1
    qtbot.keyClick(dialog.filter_edit, Qt.Key.Key_Down)
    assert dialog.focusWidget() is dialog.list  # Down in the filter box goes to the list
    assert dialog.selected_audit() == ids[1]
    qtbot.keyClick(dialog.list, Qt.Key.Key_Return)
    assert dialog.result() == dialog.DialogCode.Accepted


def test_a_session_is_corrected_with_enter_and_keeps_its_id(qtbot, page, profiled):
    """Sessions could only be deleted and typed again."""
    other = add(profiled, day=TODAY, start="13:00", end="14:00", event="Fallo")
    session = add(profiled, day=TODAY, start="10:00", end="12:00", event="Junta de aclaracoines")
    reloaded(qtbot, page)
    assert page.select_session(session["id"])
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    dialog = page.session_dialog
    assert dialog is not None and dialog.windowTitle() == "Editar sesión"
    assert dialog.event_edit.text() == "Junta de aclaracoines"
    assert dialog.start_edit.time() == QTime(10, 0) and dialog.end_edit.time() == QTime(12, 0)
    dialog.event_edit.setText("Junta de aclaraciones")
    dialog.end_edit.setTime(QTime(13, 30))  # overlaps the other session: refused
    dialog.save()
    qtbot.waitUntil(lambda: dialog.error_label.isVisible(), timeout=10000)
    assert "traslapa" in dialog.error_label.text() and "Fallo" in dialog.error_label.text()
    dialog.end_edit.setTime(QTime(12, 30))  # its own old times are no overlap
    dialog.save()
    qtbot.waitUntil(lambda: page.session_dialog is None, timeout=10000)
    rows = {r["id"]: r for r in stored_sessions(profiled)}
    assert set(rows) == {session["id"], other["id"]}
    fixed = rows[session["id"]]
    assert (fixed["event"], fixed["start_time"], fixed["end_time"]) == (
        "Junta de aclaraciones",
        "10:00",
        "12:30",
    )


def test_times_are_typed_after_tab_without_touching_the_date(qtbot, page, profiled):
    """Typing "16:00" after Tab changed the date to 03/10/2026 (Tab went to the date's
    month); a click in a time and typing did nothing."""
    from PySide6.QtCore import QPoint

    page.add_action.trigger()
    dialog = page.session_dialog
    day = QDate(TODAY.year, TODAY.month, TODAY.day)
    dialog.date_edit.setDate(day)
    dialog.date_edit.setFocus()
    qtbot.waitUntil(lambda: dialog.date_edit.hasFocus(), timeout=5000)
    qtbot.keyClick(dialog.date_edit, Qt.Key.Key_Tab)  # leaves the date: to the start time
    qtbot.waitUntil(lambda: dialog.start_edit.hasFocus(), timeout=5000)
    qtbot.waitUntil(lambda: dialog.start_edit.lineEdit().selectedText() == "10", timeout=5000)
    qtbot.keyClicks(dialog.start_edit, "16:00")
    assert dialog.start_edit.time() == QTime(16, 0)
    assert dialog.date_edit.date() == day
    end = dialog.end_edit
    qtbot.mouseClick(end, Qt.MouseButton.LeftButton, pos=QPoint(6, end.height() // 2))
    qtbot.waitUntil(lambda: end.lineEdit().selectedText() == "12", timeout=5000)  # the hour
    qtbot.keyClicks(end, "18")
    assert end.time() == QTime(18, 0)
    dialog.reject()
