"""Sync with the OIC from the window, against a real ``oic-server`` on 127.0.0.1: login through
the dialog (CA fingerprint, token in the keyring, OIC certificate), background sync with
progress, pause and cancel, a returned audit corrected as a new version, failures in Spanish,
and the session kept only in memory (and revoked at close) without a keyring."""

from __future__ import annotations

import dataclasses
import random
import time

import httpx
import pytest

pytest.importorskip("PySide6")

from PySide6.QtWidgets import QPushButton
from sync_ui_support import (
    FAST,
    audit_row,
    finished_audit,
    log_in,
    message_box,
    set_auto,
)

from observer_desktop.services import sync
from observer_desktop.services.app import Observador
from observer_desktop.services.sync import SyncResult
from observer_desktop.sync.policy import RetryPolicy
from observer_desktop.sync.schedule import SyncSchedule
from observer_desktop.ui.sync.controller import SyncController
from observer_desktop.ui.sync.run import SyncOutcome

# ------------------------------------------------------------------ background sync


def test_background_sync_delivers_with_progress_when_the_server_answers(
    oic, laptop, make_window, qtbot
):
    log_in(laptop, oic)
    audit_id = finished_audit(laptop, size=600_000, seed=1)
    assert audit_row(laptop, audit_id)["status"] == "signed"

    progress, texts = [], []
    window = make_window()
    window.sync.progress_changed.connect(
        lambda p: p is not None and (progress.append(p), texts.append(window.sync_status.text))
    )
    # nobody asks: the window's server check finds the server and the run starts by itself
    qtbot.waitUntil(lambda: window.sync.last_outcome is not None, timeout=30000)
    outcome = window.sync.last_outcome
    assert not outcome.manual and outcome.result.ok, outcome.result
    assert [d["audit"] for d in outcome.result.delivered] == [audit_id]
    assert window.server_state == "online"

    row = audit_row(laptop, audit_id)
    assert row["status"] == "delivered"
    with Observador(laptop) as app:
        assert sync.sync_status(app).unsent == 0
        actions = [e["action"] for e in app.custody_log(audit_id)]
        # delivered, then the OIC's timestamped copy downloaded (issue 19)
        assert actions[-2:] == ["submission.delivered", "submission.record_saved"]
    assert progress, "no progress reached the window"
    last = progress[-1]
    assert last.files_total == 3 and last.files_done == 3  # audit JSON, report, photo
    assert last.bytes_total > 600_000 and last.bytes_done == last.bytes_total
    assert any(t for t in texts)  # the status bar said something while sending

    # the status bar: nothing pending, the last result, the server
    qtbot.waitUntil(lambda: window.unsent == 0, timeout=10000)
    assert window.unsent_label.text().startswith("✓")
    qtbot.waitUntil(lambda: window.sync_status.text.startswith("✓"), timeout=10000)
    assert "OIC" in window.sync_status.text and window.sync_status.isVisible()
    qtbot.waitUntil(
        lambda: window.model.rowCount() == 1 and window.model.index(0, 0).data() == "Entregada",
        timeout=10000,
    )


def test_the_controller_asks_the_schedule_when_a_background_run_may_start(
    laptop, backend, tasks, qtbot
):
    """No server here: the run itself is replaced by a record of the starts; the outcomes
    are what a worker would hand back."""
    from PySide6.QtWidgets import QWidget

    now = [1_000.0]
    host = QWidget()
    qtbot.addWidget(host)
    schedule = SyncSchedule(retry=RetryPolicy(seed=9))  # the app's backoff, jitter seeded
    ctl = SyncController(backend, tasks, host, schedule=schedule, clock=lambda: now[0])
    qtbot.waitUntil(lambda: ctl.status is not None)
    starts: list[bool] = []
    ctl.runs.start = lambda *, manual: starts.append(manual)  # no worker, no server

    ctl.status = dataclasses.replace(ctl.status, configured=True, logged_in=True, auto=False)
    ctl.server_checked(True)
    assert starts == []  # background sync off: nothing runs by itself
    ctl.sync_now()
    assert starts == [True]  # the observer asked: it runs

    ctl.status = dataclasses.replace(ctl.status, auto=True)
    ctl.server_checked(False)
    assert starts == [True]  # the server did not answer: nothing attempted
    ctl.server_checked(True)
    assert starts == [True, False]  # it answers: the background run starts

    # the run failed on the network: the next one waits the policy's delay
    failed = SyncResult(error="No se pudo comunicar con el servidor del OIC.", error_code="network")
    ctl.runs.finished(SyncOutcome(False, result=failed))  # what the worker hands back
    delay = RetryPolicy().delay(1, random.Random(9))
    assert schedule.failures == 1 and schedule.next_start == now[0] + delay
    now[0] += delay - 0.01
    ctl.server_checked(True)
    assert starts == [True, False]
    now[0] += 0.01
    ctl.server_checked(True)
    assert starts == [True, False, False]

    # a crashed worker counts as a failure too; a manual sync ignores the wait
    ctl.runs.crashed(RuntimeError("boom"), "Traceback: boom")
    assert schedule.failures == 2 and not schedule.may_start(now[0])
    ctl.server_checked(True)
    assert starts == [True, False, False]
    ctl.sync_now()
    assert starts == [True, False, False, True]

    # it went through: no wait, reviews in 15 minutes; a cancel holds background runs
    ctl.runs.finished(SyncOutcome(True, result=SyncResult()))
    assert schedule.failures == 0 and schedule.reviews_due_at == now[0] + 900.0
    ctl.runs.finished(SyncOutcome(False, result=SyncResult(cancelled=True)))
    ctl.poke()  # a report was signed meanwhile: the hold still stands
    assert starts == [True, False, False, True]
    now[0] += 900.0
    ctl.server_checked(True)
    assert starts == [True, False, False, True, False]
    ctl.shutdown(revoke=False)


def test_a_changed_participation_session_starts_a_background_run(laptop, backend, tasks, qtbot):
    """A session added, corrected or removed (the change signal's ``sessions``) pokes the
    schedule as a signed report does: a backoff ends and the run starts, when background
    sync may run; the controller's own news of a run does not."""
    from PySide6.QtWidgets import QWidget

    from observer_desktop.ui.changes import AuditChange

    now = [1_000.0]
    host = QWidget()
    qtbot.addWidget(host)
    schedule = SyncSchedule(retry=RetryPolicy(seed=9))
    ctl = SyncController(backend, tasks, host, schedule=schedule, clock=lambda: now[0])
    qtbot.waitUntil(lambda: ctl.status is not None)
    starts: list[bool] = []
    ctl.runs.start = lambda *, manual: starts.append(manual)  # no worker, no server
    page = QWidget()  # the participation page, as the change's initiator
    qtbot.addWidget(page)
    failed = SyncResult(error="No se pudo comunicar con el servidor del OIC.", error_code="network")

    ctl.status = dataclasses.replace(ctl.status, configured=True, logged_in=True, auto=True)
    ctl.server_checked(True)
    assert starts == [False]
    ctl.runs.finished(SyncOutcome(False, result=failed))
    assert not schedule.may_start(now[0])  # backing off
    ctl.server_checked(True)
    assert starts == [False]

    tasks.changes.emit(AuditChange(None), page)  # nothing to send changed
    assert starts == [False]
    tasks.changes.emit(AuditChange(None, sessions=True), page)  # a session saved
    assert starts == [False, False]  # the backoff ended: it goes now

    ctl.runs.finished(SyncOutcome(False, result=failed))
    tasks.changes.emit(AuditChange(None, sessions=True), ctl)  # a run's own news
    assert starts == [False, False]
    tasks.changes.emit(AuditChange(None, agenda=True), page)  # a sign-up to an event
    assert starts == [False, False, False]
    ctl.runs.finished(SyncOutcome(False, result=failed))

    # background sync off, or the server silent at the last check: nothing by itself
    ctl.status = dataclasses.replace(ctl.status, auto=False)
    tasks.changes.emit(AuditChange(None, sessions=True), page)
    assert starts == [False] * 3
    ctl.status = dataclasses.replace(ctl.status, auto=True)
    ctl.server_checked(False)
    tasks.changes.emit(AuditChange(None, sessions=True), page)
    assert starts == [False] * 3
    ctl.server_online = True
    tasks.changes.emit(AuditChange(None, sessions=True), page)
    assert starts == [False] * 4
    ctl.shutdown(revoke=False)


# ------------------------------------------------------------------ pause and cancel


class SlowTransport(httpx.HTTPTransport):
    """Loopback is too fast to press a button during the upload: a 15 ms link per chunk."""

    def handle_request(self, request):
        if request.method == "PATCH":
            time.sleep(0.015)  # the simulated network, on the sync worker thread
        return super().handle_request(request)


def test_pause_resume_cancel_and_continue_without_sending_again(
    oic, laptop, make_window, qtbot, monkeypatch
):
    import threading

    from PySide6.QtCore import QCoreApplication

    from observer_desktop.sync.policy import SyncControl

    # the engine holds a paused sync in SyncControl.checkpoint, between two chunks: watch it
    holding = threading.Event()  # the worker reached a checkpoint while paused
    went_on: list[float] = []  # checkpoints that let it go on while still paused
    checkpoint = SyncControl.checkpoint

    def watched(control: SyncControl) -> None:
        paused = control.paused
        if paused:
            holding.set()
        try:
            checkpoint(control)
        finally:
            if paused and control.paused:
                went_on.append(time.monotonic())

    monkeypatch.setattr(SyncControl, "checkpoint", watched)
    log_in(laptop, oic)
    set_auto(laptop, False)
    audit_id = finished_audit(laptop, size=1_500_000, seed=2)
    slow = sync.SyncOptions(
        stall_timeout=5.0,
        connect_timeout=5.0,
        retry=FAST.retry,
        max_chunk_bytes=16 * 1024,
        fetch_forms=False,
        transport=SlowTransport(),
    )
    window = make_window(slow)
    sync_ctl = window.sync
    qtbot.waitUntil(lambda: sync_ctl.status is not None and sync_ctl.status.logged_in)
    assert not sync_ctl.act_pause.isEnabled() and not sync_ctl.act_cancel.isEnabled()

    sync_ctl.act_sync.trigger()  # F9
    assert sync_ctl.running and sync_ctl.manual_run
    qtbot.waitUntil(
        lambda: (
            sync_ctl.progress is not None
            and sync_ctl.progress.stage == "upload"
            and sync_ctl.progress.bytes_done > 100_000
        ),
        timeout=20000,
    )
    assert window.sync_status.pause_button.isVisible()
    assert window.sync_status.bar.value() > 0
    assert "archivos" in window.sync_status.text  # "Enviando: 1 de 3 archivos · …"

    sync_ctl.act_pause.trigger()  # Shift+F9
    assert sync_ctl.paused and sync_ctl.act_pause.text() == "&Reanudar envío"
    qtbot.waitUntil(lambda: window.sync_status.text.startswith("En pausa"))
    held = sync_ctl.progress.bytes_done
    qtbot.waitUntil(holding.is_set, timeout=5000)  # the chunk in flight is done; it holds
    QCoreApplication.processEvents()  # the progress it posted before holding
    assert sync_ctl.progress.bytes_done - held <= 16 * 1024  # at most the chunk in flight
    assert not went_on
    held = sync_ctl.progress.bytes_done

    total = sync_ctl.progress.bytes_total
    sync_ctl.act_pause.trigger()  # resume
    qtbot.waitUntil(lambda: sync_ctl.progress.bytes_done > held + 32 * 1024, timeout=10000)
    assert not went_on  # nothing moved until the resume
    sync_ctl.act_cancel.trigger()
    qtbot.waitUntil(lambda: not sync_ctl.running, timeout=15000)
    first = sync_ctl.last_outcome.result
    assert first.cancelled and not first.delivered
    assert audit_row(laptop, audit_id)["status"] == "queued"
    assert not window.sync_status.pause_button.isVisible()

    # the next run continues where the first stopped
    sync_ctl.options = FAST
    sync_ctl.act_sync.trigger()
    qtbot.waitUntil(lambda: not sync_ctl.running, timeout=20000)
    second = sync_ctl.last_outcome.result
    assert second.ok and [d["audit"] for d in second.delivered] == [audit_id]
    # the server kept what it had (> held + 32 KiB): at most the chunk cut by the cancel again
    assert 0 < second.chunk_bytes_sent <= total - held
    assert audit_row(laptop, audit_id)["status"] == "delivered"


# ------------------------------------------------------------------ USB batch


def test_a_batch_for_usb_is_ingested_and_the_next_sync_only_collects_the_receipt(
    oic, laptop, make_window, qtbot, tmp_path
):
    log_in(laptop, oic)
    set_auto(laptop, False)
    audit_id = finished_audit(laptop, seed=5)
    window = make_window()
    qtbot.waitUntil(lambda: window.sync.act_export.isEnabled())
    target = tmp_path / "usb" / "entrega.obsbatch"
    target.parent.mkdir()
    window.sync.export_batch(target)
    qtbot.waitUntil(lambda: message_box(window, "exportDoneDialog") is not None, timeout=20000)
    box = message_box(window, "exportDoneDialog")
    assert str(target) in box.text() and "1 auditoría" in box.text()
    box.close()
    assert target.is_file()
    assert audit_row(laptop, audit_id)["status"] == "queued"  # not delivered by a USB stick

    # what was sent: the outbox window says it waits, and that it went on a USB stick
    window.sync.act_outbox.trigger()
    outbox = window.sync.outbox_dialog
    qtbot.waitUntil(lambda: outbox.table.rowCount() == 1, timeout=10000)
    assert outbox.table.item(0, 2).text() == "Por enviar"
    assert outbox.table.item(0, 4).text().startswith("Guardada en un lote para USB")
    outbox.close()  # closed before the next sync ends: nothing may call it any more
    qtbot.waitUntil(lambda: window.sync.outbox_dialog is None)

    done = oic.cli("ingest", str(target))
    assert done.returncode == 0, done.stderr
    window.sync.act_sync.trigger()
    qtbot.waitUntil(lambda: not window.sync.running, timeout=20000)
    result = window.sync.last_outcome.result
    assert result.ok and [d["audit"] for d in result.delivered] == [audit_id]
    assert result.chunk_bytes_sent == 0  # the server had it all: only the receipt came back
    assert audit_row(laptop, audit_id)["status"] == "delivered"
    outbox = window.sync.show_outbox()
    qtbot.waitUntil(
        lambda: outbox.table.rowCount() == 1 and outbox.table.item(0, 2).text() == "Entregado",
        timeout=10000,
    )
    assert outbox.table.item(0, 3).text() == "Recibida, aún sin revisar"


# ------------------------------------------------------------------ reviews


def test_a_returned_audit_shows_the_oic_comment_and_is_corrected_as_a_new_version(
    oic, laptop, make_window, qtbot
):
    log_in(laptop, oic)
    set_auto(laptop, False)
    audit_id = finished_audit(laptop, seed=3)
    with Observador(laptop) as app:
        delivered = sync.sync_now(app, options=FAST).delivered
    (submission,) = [d["submission_id"] for d in delivered]
    comment = "Falta la foto del acta de apertura; agréguela y envíe de nuevo."
    done = oic.cli("review", submission, "return", "--comment", comment)
    assert done.returncode == 0, done.stderr

    window = make_window()
    window.open_audit(audit_id)
    editor = window.audit_page.editor
    qtbot.waitUntil(lambda: editor.audit_id == audit_id and not editor.is_loading, timeout=10000)
    banner = editor.review_banner
    assert banner.isVisible() and "Entregada al OIC" in banner.label.text()

    window.sync.act_sync.trigger()
    qtbot.waitUntil(lambda: message_box(window, "reviewsDialog") is not None, timeout=20000)
    box = message_box(window, "reviewsDialog")
    assert comment in box.text() and "devolvió" in box.text()
    assert box.findChild(QPushButton, "openReturnedButton") is not None
    box.close()

    # the editor follows: the comment, and the way to correct it
    qtbot.waitUntil(lambda: banner.kind == "returned", timeout=10000)
    assert banner.isVisible()
    assert banner.label.text().startswith("Devuelta por el OIC: " + comment)
    button = banner.new_version_button
    assert button.isVisible() and button.isEnabled()
    assert button.text() == "Crear nueva versión para &corregir"
    assert not editor.banner.isVisible()  # one banner, not two offering the same thing
    assert audit_row(laptop, audit_id)["status"] == "returned"

    button.click()
    qtbot.waitUntil(lambda: editor.audit_id != audit_id and not editor.is_loading, timeout=10000)
    new_id = editor.audit_id
    new = audit_row(laptop, new_id)
    assert new["status"] == "draft" and new["supersedes"] == audit_id and new["version"] == 2
    assert audit_row(laptop, audit_id)["superseded_by"] == new_id
    # the draft remembers why it exists
    assert banner.isVisible() and "devolvió la versión 1" in banner.label.text()
    assert comment in banner.label.text() and not banner.new_version_button.isVisible()
