"""Sync with the OIC from the window, against a real ``oic-server`` on 127.0.0.1: login through
the dialog (CA fingerprint, token in the keyring, OIC certificate), background sync with
progress, pause and cancel, a returned audit corrected as a new version, failures in Spanish,
and the session kept only in memory (and revoked at close) without a keyring."""

from __future__ import annotations

import dataclasses
import random
import shutil
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest

pytest.importorskip("PySide6")

from helpers import MINI_FORM, fill_mini
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QMessageBox, QPushButton

from observer_desktop.services import evidence as ev
from observer_desktop.services import keys, sync
from observer_desktop.services.app import Observador
from observer_desktop.services.reports import generate_report
from observer_desktop.services.sync import SyncResult
from observer_desktop.sync.client import format_fingerprint
from observer_desktop.sync.policy import RetryPolicy
from observer_desktop.sync.schedule import SyncSchedule
from observer_desktop.ui.app import MainWindow
from observer_desktop.ui.sync import LoginDialog, SyncController, SyncOutcome

OIC_SERVER = Path(sys.executable).with_name("oic-server")
CODE = "OBS-021"
NAME = "Rosa Íñiguez Peña"
PASSWORD = "clave-de-prueba-21"

FAST = sync.SyncOptions(
    stall_timeout=2.0,
    connect_timeout=2.0,
    retry=RetryPolicy(base=0.02, cap=0.2, max_failures=20, seed=3),
    max_chunk_bytes=64 * 1024,
    fetch_forms=False,
)

# ------------------------------------------------------------------ the server


def oic_cli(data: Path, *args: str, stdin: str | None = None) -> subprocess.CompletedProcess:
    return subprocess.run(
        [str(OIC_SERVER), "--data-dir", str(data), *args],
        input=stdin,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )


def free_port() -> int:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Server:
    def __init__(self, data: Path, *, tls: bool = False):
        self.data = data
        self.port = free_port()
        self.proc: subprocess.Popen | None = None
        self.tls = tls  # HTTPS with the certificate of `init --hostname 127.0.0.1`

    @property
    def url(self) -> str:
        return f"{'https' if self.tls else 'http'}://127.0.0.1:{self.port}"

    def start(self) -> Server:
        self.proc = subprocess.Popen(
            [
                str(OIC_SERVER),
                "--data-dir",
                str(self.data),
                "serve",
                "--host",
                "127.0.0.1",
                "--port",
                str(self.port),
                "--log-level",
                "warning",
                *(["--tls"] if self.tls else []),
            ],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            assert self.proc.poll() is None, "oic-server exited"
            try:
                # the certificate is what the tests check, not this wait
                answer = httpx.get(self.url + "/api/v1/meta", timeout=1, verify=False)
                if answer.status_code == 200:
                    return self
            except httpx.HTTPError:
                time.sleep(0.05)  # the server process is starting (not the app under test)
        raise RuntimeError("oic-server did not start")

    def stop(self) -> None:
        if self.proc is not None and self.proc.poll() is None:
            self.proc.terminate()
            self.proc.wait(10)
        self.proc = None

    def meta(self) -> dict:
        return httpx.get(self.url + "/api/v1/meta", timeout=5).json()

    def meta_unchecked(self) -> dict:
        return httpx.get(self.url + "/api/v1/meta", timeout=5, verify=False).json()

    def cli(self, *args: str) -> subprocess.CompletedProcess:
        return oic_cli(self.data, *args)


@pytest.fixture(scope="module")
def oic_template(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("oic-gui-template") / "data"
    done = oic_cli(folder, "init", "--server-name", "oic-gui")
    assert done.returncode == 0, done.stderr
    done = oic_cli(
        folder,
        "observer",
        "add",
        CODE,
        "--name",
        NAME,
        "--password-stdin",
        "--reusable",
        stdin=PASSWORD + "\n",
    )
    assert done.returncode == 0, done.stderr
    return folder


def copy_server(template: Path, where: Path) -> Server:
    data = where / "oic-data"
    shutil.copytree(template, data)
    return Server(data)


@pytest.fixture(scope="module")
def oic(oic_template, tmp_path_factory):
    """One server for the module (tests keep apart by their own data folders)."""
    server = copy_server(oic_template, tmp_path_factory.mktemp("oic-gui")).start()
    yield server
    server.stop()


# ------------------------------------------------------------------ the laptop


@pytest.fixture
def laptop(data_dir):
    """A data folder with the observer's profile and the mini checklist."""
    (data_dir / "forms").mkdir(exist_ok=True)
    (data_dir / "forms" / "mini.yaml").write_text(MINI_FORM, encoding="utf-8")
    with Observador(data_dir) as app:
        app.save_profile(name=NAME, observer_code=CODE)
    return data_dir


def finished_audit(data_dir: Path, *, size: int = 150_000, seed: int = 0) -> str:
    """A finalized audit with its signed (self-signed, pre-enrollment) report."""
    with Observador(data_dir) as app:
        audit = app.create_audit("mini", header={"numero": f"LP-{seed}", "tipo": "ad"})
        fill_mini(app, audit["id"])
        path = data_dir.parent / f"foto-{audit['id'][:8]}.bin"
        path.write_bytes(audit["id"].encode() + bytes(range(256)) * (size // 256))
        ev.add_evidence(app, audit["id"], [path], question_id="publicada")
        app.finalize(audit["id"])
        generate_report(app, audit["id"], ask=None)
        return audit["id"]


def log_in(data_dir: Path, server: Server) -> None:
    with Observador(data_dir) as app:
        sync.login(app, server=server.url, code=CODE, password=PASSWORD, options=FAST)


def set_auto(data_dir: Path, on: bool) -> None:
    with Observador(data_dir) as app:
        app.store.set_setting(sync.AUTO_SYNC_KEY, on)


def audit_row(data_dir: Path, audit_id: str) -> dict:
    with Observador(data_dir) as app:
        return app.store.get_audit(audit_id)


@pytest.fixture
def make_window(qtbot, backend, tasks):
    windows: list[MainWindow] = []

    def make(options: sync.SyncOptions = FAST) -> MainWindow:
        window = MainWindow(backend, tasks, first_run_check=False)
        window.sync.options = options
        qtbot.addWidget(window)
        window.resize(1366, 740)
        window.show()
        qtbot.waitExposed(window)
        window.activateWindow()
        windows.append(window)
        return window

    yield make
    for window in windows:
        window.close()
        assert window.sync.wait(20000)
    tasks.wait()


def message_box(window: MainWindow, name: str) -> QMessageBox | None:
    return window.findChild(QMessageBox, name)


# ------------------------------------------------------------------ login


def test_login_dialog_pins_the_ca_installs_the_certificate_and_keeps_the_token(
    oic, laptop, make_window, qtbot, memory_keyring
):
    window = make_window()
    assert window.sync.act_logout.isEnabled() is False
    window.sync.act_login.trigger()
    dialog = window.sync.login_dialog
    assert isinstance(dialog, LoginDialog)
    qtbot.waitUntil(lambda: dialog.code_edit.text() == CODE)  # from the profile
    qtbot.keyClicks(dialog.server_edit, oic.url)

    # a wrong password: said in Spanish, in the dialog, and nothing is kept
    qtbot.keyClicks(dialog.password_edit, "no-es-la-clave")
    dialog.login_button.click()
    qtbot.waitUntil(lambda: dialog.error_label.isVisible(), timeout=15000)
    assert "contraseña no son correctos" in dialog.error_label.text()
    assert dialog.password_edit.text() == ""
    assert not any(k[1].startswith("token:") for k in memory_keyring.store)

    qtbot.keyClicks(dialog.password_edit, PASSWORD)
    dialog.login_button.click()
    qtbot.waitUntil(lambda: dialog.page == LoginDialog.PAGE_DONE, timeout=20000)

    ca = oic.meta()["ca"]["fingerprint_sha256"]
    assert dialog.fingerprint_box.isVisible()
    assert dialog.fingerprint_label.text().replace("\n", ":") == format_fingerprint(ca)
    assert NAME in dialog.done_title.text()
    assert dialog.certificate_label.text().startswith("✓")
    token = memory_keyring.store[("observador", f"token:{oic.url}:{laptop}")]
    assert len(token) >= 32
    with Observador(laptop) as app:
        assert keys.enrolled_with(app, oic.meta()["ca"]["certificate"])  # OIC certificate
        assert app.store.get_setting(sync.SERVER_KEY)["ca_fingerprint"] == ca  # pinned
    assert window.sync.token is None  # in the keyring, not in memory

    dialog.done_button.click()
    qtbot.waitUntil(lambda: window.sync.login_dialog is None)
    qtbot.waitUntil(lambda: window.sync.status is not None and window.sync.status.logged_in)
    # the server answers, so a background run fetches the OIC's reviews straight away
    qtbot.waitUntil(lambda: window.sync.last_outcome is not None, timeout=15000)
    qtbot.waitUntil(lambda: not window.sync.running and window.sync.act_logout.isEnabled())

    # logging in again to the same server: nothing to compare any more
    dialog = window.sync.open_login()
    qtbot.waitUntil(lambda: dialog.server_edit.text() == oic.url)
    qtbot.keyClicks(dialog.password_edit, PASSWORD)
    dialog.login_button.click()
    qtbot.waitUntil(lambda: dialog.page == LoginDialog.PAGE_DONE, timeout=20000)
    assert not dialog.fingerprint_box.isVisible() and not dialog.mismatch_button.isVisible()
    dialog.done_button.click()
    token = memory_keyring.store[("observador", f"token:{oic.url}:{laptop}")]

    # log out: the token leaves the keyring and the server revokes it
    qtbot.waitUntil(lambda: window.sync.act_logout.isEnabled(), timeout=15000)
    window.sync.logout(confirm=False)
    qtbot.waitUntil(lambda: not window.sync.status.logged_in, timeout=15000)
    assert not any(k[1].startswith("token:") for k in memory_keyring.store)
    answer = httpx.get(
        oic.url + "/api/v1/submissions", headers={"Authorization": f"Bearer {token}"}, timeout=5
    )
    assert answer.status_code == 401


def test_sync_now_without_a_session_opens_the_login(laptop, make_window, qtbot):
    window = make_window()
    qtbot.waitUntil(lambda: window.sync.status is not None)
    qtbot.keyClick(window, Qt.Key.Key_F9)  # the shortcut reaches the action: no clash
    qtbot.waitUntil(lambda: window.sync.login_dialog is not None, timeout=10000)
    dialog = window.sync.login_dialog
    assert dialog.then_sync and dialog.reason_label.isVisible()
    assert "inicie sesión en el servidor del OIC" in dialog.reason_label.text()
    dialog.reject()


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
        assert app.custody_log(audit_id)[-1]["action"] == "submission.delivered"
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
    ctl._start = lambda *, manual: starts.append(manual)  # no worker, no server

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
    ctl._finished(SyncOutcome(False, result=failed))  # what the worker hands back
    delay = RetryPolicy().delay(1, random.Random(9))
    assert schedule.failures == 1 and schedule.next_start == now[0] + delay
    now[0] += delay - 0.01
    ctl.server_checked(True)
    assert starts == [True, False]
    now[0] += 0.01
    ctl.server_checked(True)
    assert starts == [True, False, False]

    # a crashed worker counts as a failure too; a manual sync ignores the wait
    ctl._crashed(RuntimeError("boom"), "Traceback: boom")
    assert schedule.failures == 2 and not schedule.may_start(now[0])
    ctl.server_checked(True)
    assert starts == [True, False, False]
    ctl.sync_now()
    assert starts == [True, False, False, True]

    # it went through: no wait, reviews in 15 minutes; a cancel holds background runs
    ctl._finished(SyncOutcome(True, result=SyncResult()))
    assert schedule.failures == 0 and schedule.reviews_due_at == now[0] + 900.0
    ctl._finished(SyncOutcome(False, result=SyncResult(cancelled=True)))
    ctl.poke()  # a report was signed meanwhile: the hold still stands
    assert starts == [True, False, False, True]
    now[0] += 900.0
    ctl.server_checked(True)
    assert starts == [True, False, False, True, False]
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


# ------------------------------------------------------------------ failures


def test_an_unreachable_server_is_explained_in_spanish(
    oic_template, laptop, make_window, qtbot, tmp_path
):
    server = copy_server(oic_template, tmp_path).start()
    try:
        log_in(laptop, server)
    finally:
        server.stop()  # the village link goes down
    set_auto(laptop, False)
    finished_audit(laptop, seed=4)
    window = make_window()
    qtbot.waitUntil(lambda: window.server_state == "offline", timeout=15000)
    assert "no disponible" in window.server_label.text()

    window.sync.act_sync.trigger()
    qtbot.waitUntil(lambda: message_box(window, "syncErrorDialog") is not None, timeout=20000)
    box = message_box(window, "syncErrorDialog")
    assert "No se pudo comunicar con el servidor del OIC" in box.text()
    assert "Revise su conexión" in box.text()  # and what to do
    box.close()
    qtbot.waitUntil(lambda: window.sync_status.text.startswith("⚠"), timeout=10000)
    assert "No se pudo comunicar" in window.sync_status.label.toolTip()
    assert window.unsent == 1


def _login_in_window(window, qtbot, server_url: str, password: str = PASSWORD) -> LoginDialog:
    dialog = window.sync.open_login()
    qtbot.waitUntil(lambda: dialog.code_edit.text() == CODE)
    qtbot.keyClicks(dialog.server_edit, server_url)
    qtbot.keyClicks(dialog.password_edit, password)
    dialog.login_button.click()
    return dialog


def test_without_a_keyring_the_session_is_sealed_and_outlives_the_window(
    oic, laptop, make_window, qtbot, no_keyring
):
    """The app asked for the password at every start without a keyring: the session is
    now kept sealed with the key's passphrase, asked once per run."""
    window = make_window()
    dialog = _login_in_window(window, qtbot, oic.url)
    # the signing key is made here; without a keyring its passphrase is chosen now
    bridge = window.sync.bridge
    qtbot.waitUntil(lambda: bridge.dialog is not None, timeout=20000)
    ask = bridge.dialog
    assert ask.mode == "create"
    qtbot.keyClicks(ask.edit, "frase de paso larga")
    qtbot.keyClicks(ask.again, "frase de paso larga")
    ask.ok_button.click()
    qtbot.waitUntil(lambda: dialog.page == LoginDialog.PAGE_DONE, timeout=20000)
    assert dialog.certificate_label.text().startswith("✓")
    assert bridge.dialog is None  # one question for the key, the session and enrollment
    notes = dialog.findChild(QLabel, "loginNotes")
    assert notes.isVisible() and "frase de paso" in notes.text()
    dialog.done_button.click()
    assert window.sync.token is None  # nothing held in memory
    window.close()
    window.tasks.wait()

    # the next run: still logged in; the first sync asks for the passphrase, once
    set_auto(laptop, False)
    window = make_window()
    qtbot.waitUntil(lambda: window.sync.status is not None and window.sync.status.logged_in)
    assert not window.sync.status.needs_password
    assert "Inicie sesión de nuevo" not in window.sync_status.text
    window.sync.act_sync.trigger()
    bridge = window.sync.bridge
    qtbot.waitUntil(lambda: bridge.dialog is not None, timeout=20000)
    assert bridge.dialog.mode == "ask"
    qtbot.keyClicks(bridge.dialog.edit, "frase de paso larga")
    bridge.dialog.ok_button.click()
    qtbot.waitUntil(lambda: not window.sync.running, timeout=30000)
    assert window.sync.last_outcome.result.ok
    window.sync.act_sync.trigger()  # asked once per run
    qtbot.waitUntil(lambda: window.sync.running, timeout=5000)
    qtbot.waitUntil(lambda: not window.sync.running, timeout=30000)
    assert bridge.dialog is None and window.sync.last_outcome.result.ok


def test_without_keyring_nor_passphrase_the_session_lives_in_memory_and_is_revoked_at_close(
    oic, laptop, make_window, qtbot, no_keyring
):
    window = make_window()
    dialog = _login_in_window(window, qtbot, oic.url)
    bridge = window.sync.bridge
    qtbot.waitUntil(lambda: bridge.dialog is not None, timeout=20000)
    bridge.dialog.reject()  # the observer does not make a key now
    qtbot.waitUntil(lambda: dialog.page == LoginDialog.PAGE_DONE, timeout=20000)
    notes = dialog.findChild(QLabel, "loginNotes")
    assert notes.isVisible() and "mientras" in notes.text()
    dialog.done_button.click()

    token = window.sync.token
    assert token and len(token) >= 32
    qtbot.waitUntil(lambda: window.sync.status is not None and window.sync.status.needs_password)
    headers = {"Authorization": f"Bearer {token}"}
    assert httpx.get(oic.url + "/api/v1/submissions", headers=headers).status_code == 200

    window.close()
    window.tasks.wait()
    assert window.sync.token is None
    assert httpx.get(oic.url + "/api/v1/submissions", headers=headers).status_code == 401
    with Observador(laptop) as app:
        assert not sync.sync_status(app).logged_in


def test_the_first_login_with_the_oics_password_chooses_the_observers_own(
    oic_template, laptop, make_window, qtbot, tmp_path
):
    server = copy_server(oic_template, tmp_path)
    done = oic_cli(
        server.data, "observer", "password", CODE, "--password-stdin", stdin="del-oic-1234\n"
    )
    assert done.returncode == 0, done.stderr
    server.start()
    try:
        window = make_window()
        dialog = _login_in_window(window, qtbot, server.url, "del-oic-1234")
        qtbot.waitUntil(lambda: dialog.changing_password, timeout=20000)
        assert dialog.page == LoginDialog.PAGE_FORM
        note = dialog.findChild(QLabel, "loginChangeNote")
        assert note.isVisible() and "una sola vez" in note.text() and "10" in note.text()
        assert dialog.password_edit.text() == "del-oic-1234"  # needed once more
        assert dialog.new_password_edit.hasFocus()
        assert not dialog.login_button.isEnabled()
        # two different new passwords: said on the spot, nothing sent
        qtbot.keyClicks(dialog.new_password_edit, "la-mia-propia-1")
        qtbot.keyClicks(dialog.again_edit, "la-mia-propia-2")
        dialog.login_button.click()
        assert "no son iguales" in dialog.error_label.text() and dialog.changing_password
        qtbot.keyClicks(dialog.again_edit, "la-mia-propia-1")
        dialog.login_button.click()
        qtbot.waitUntil(lambda: dialog.page == LoginDialog.PAGE_DONE, timeout=20000)
        notes = dialog.findChild(QLabel, "loginNotes")
        assert "contraseña nueva" in notes.text()
        dialog.done_button.click()
        # the OIC's password is spent; the observer's own logs in
        with httpx.Client(base_url=server.url + "/api/v1") as c:
            spent = c.post("/auth/login", json={"code": CODE, "password": "del-oic-1234"})
            own = c.post("/auth/login", json={"code": CODE, "password": "la-mia-propia-1"})
        assert spent.status_code == 401 and own.status_code == 200
    finally:
        server.stop()


def test_first_contact_with_a_server_of_the_oics_own_ca_asks_to_confirm_it_first(
    oic_template, laptop, make_window, qtbot, tmp_path
):
    server = copy_server(oic_template, tmp_path)
    assert oic_cli(server.data, "init", "--hostname", "127.0.0.1").returncode == 0
    # and a one-time password: the confirmed authority must hold for the second request
    done = oic_cli(
        server.data, "observer", "password", CODE, "--password-stdin", stdin="del-oic-5678\n"
    )
    assert done.returncode == 0, done.stderr
    server.tls = True
    server.start()
    try:
        ca = server.meta_unchecked()["ca"]["fingerprint_sha256"]
        window = make_window()
        dialog = _login_in_window(window, qtbot, server.url, "del-oic-5678")
        qtbot.waitUntil(lambda: getattr(dialog, "ca_confirm", None) is not None, timeout=20000)
        box = dialog.ca_confirm
        assert box.objectName() == "caConfirm" and box.isVisible()
        shown = box.informativeText().replace("\n", ":")
        assert shown == format_fingerprint(ca)
        # "it does not match": nothing sent
        no = next(b for b in box.buttons() if b.objectName() != "caMatches")
        no.click()
        assert "No se envió su contraseña" in dialog.error_label.text()
        assert dialog.page == LoginDialog.PAGE_FORM
        qtbot.keyClicks(dialog.password_edit, "del-oic-5678")
        dialog.login_button.click()
        qtbot.waitUntil(lambda: dialog.ca_confirm is not box, timeout=20000)
        dialog.ca_confirm.findChild(QPushButton, "caMatches").click()
        qtbot.waitUntil(lambda: dialog.changing_password, timeout=20000)
        qtbot.keyClicks(dialog.new_password_edit, "la-de-rosa-2026")
        qtbot.keyClicks(dialog.again_edit, "la-de-rosa-2026")
        dialog.login_button.click()  # asks nothing more about the authority
        qtbot.waitUntil(lambda: dialog.page == LoginDialog.PAGE_DONE, timeout=20000)
        assert not dialog.fingerprint_box.isVisible()  # confirmed already: not asked twice
        assert dialog.certificate_label.text().startswith("✓")
        dialog.done_button.click()
        with Observador(laptop) as app:
            assert sync.sync_status(app).configured
            assert app.store.get_setting(sync.SERVER_KEY)["ca_fingerprint"] == ca
        # the status bar's check trusts the pinned CA too (it said "not reachable")
        window.sync.refresh_status()
        qtbot.waitUntil(
            lambda: window.sync.status is not None and window.sync.status.ca_pem is not None,
            timeout=20000,
        )
        window.check_server()
        qtbot.waitUntil(lambda: window.server_state == "online", timeout=20000)
        window.close()  # its connection kept alive would hold the server's shutdown
        window.network.clearConnectionCache()
    finally:
        server.stop()


def test_a_report_signed_before_enrollment_is_signed_again_asking_the_passphrase(
    oic, laptop, make_window, qtbot, no_keyring, monkeypatch
):
    monkeypatch.setenv("OBSERVER_PASSPHRASE", "frase secreta de Rosa")
    audit_id = finished_audit(laptop, seed=6)  # signed with the self-signed certificate
    with Observador(laptop) as app:
        result = sync.login(app, server=oic.url, code=CODE, password=PASSWORD, options=FAST)
    assert result.enrolled and result.token_store == "file"
    monkeypatch.delenv("OBSERVER_PASSPHRASE")  # from now on only the observer knows it
    set_auto(laptop, False)

    window = make_window()
    qtbot.waitUntil(lambda: window.sync.status is not None and window.sync.status.logged_in)
    window.sync.act_sync.trigger()
    bridge = window.sync.bridge
    qtbot.waitUntil(lambda: bridge.dialog is not None, timeout=20000)
    first = bridge.dialog
    assert first.mode == "ask" and window.sync.running  # the worker waits for the answer
    qtbot.keyClicks(first.edit, "no es esta")
    first.ok_button.click()
    # a wrong passphrase is asked again, saying why
    qtbot.waitUntil(lambda: bridge.dialog is not None and bridge.dialog is not first, timeout=10000)
    again = bridge.dialog
    assert again.error_label.isVisible() and again.error_label.text()
    qtbot.keyClicks(again.edit, "frase secreta de Rosa")
    again.ok_button.click()
    qtbot.waitUntil(lambda: not window.sync.running, timeout=30000)
    outcome = window.sync.last_outcome
    assert outcome.result.ok and [d["audit"] for d in outcome.result.delivered] == [audit_id]
    with Observador(laptop) as app:
        assert len(app.store.reports(audit_id)) == 2  # signed again, with the OIC certificate
    assert audit_row(laptop, audit_id)["status"] == "delivered"


def test_the_first_automatic_sync_after_login_uses_the_passphrase_just_typed(
    oic, laptop, make_window, qtbot, no_keyring, monkeypatch
):
    """Without a keyring the first automatic sync stopped ("Detenido", with a message
    naming OBSERVER_PASSPHRASE and a terminal command) although the observer had typed
    the passphrase seconds before, at login: it is remembered for the app's run."""
    monkeypatch.setenv("OBSERVER_PASSPHRASE", "frase secreta de Rosa")
    audit_id = finished_audit(laptop, seed=8)  # signed with the self-signed certificate
    monkeypatch.delenv("OBSERVER_PASSPHRASE")
    set_auto(laptop, True)
    window = make_window()
    dialog = window.sync.open_login()
    qtbot.waitUntil(lambda: dialog.code_edit.text() == CODE)
    qtbot.keyClicks(dialog.server_edit, oic.url)
    qtbot.keyClicks(dialog.password_edit, PASSWORD)
    dialog.login_button.click()
    bridge = window.sync.bridge
    qtbot.waitUntil(lambda: bridge.dialog is not None, timeout=20000)
    ask = bridge.dialog
    assert ask.mode == "ask"  # enrollment signs a request with the existing key
    qtbot.keyClicks(ask.edit, "frase secreta de Rosa")
    ask.ok_button.click()
    qtbot.waitUntil(lambda: dialog.page == LoginDialog.PAGE_DONE, timeout=20000)
    dialog.done_button.click()
    # the background sync signs the report again with the OIC certificate and sends it,
    # asking nothing more
    qtbot.waitUntil(lambda: audit_row(laptop, audit_id)["status"] == "delivered", timeout=40000)
    qtbot.waitUntil(lambda: window.sync.last_outcome is not None, timeout=20000)
    assert bridge.dialog is None
    outcome = window.sync.last_outcome
    assert not outcome.manual and outcome.result.ok
    with Observador(laptop) as app:
        assert len(app.store.reports(audit_id)) == 2
