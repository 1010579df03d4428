"""One app per data folder: two windows on one folder overwrote each other's answers
silently. A second start hands its files to the running window and ends."""

from __future__ import annotations

import os
import subprocess
import sys
import time

from observer_desktop.ui.single_instance import SingleInstance

ENV = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}


def _in_another_process(data_dir, body: str) -> subprocess.Popen:
    """A second app as a real second start is: its own process (Qt objects on a Python
    thread of this one crashed the suite now and then: docs/ui.md, Traps)."""
    code = (
        "import sys, time\n"
        "from pathlib import Path\n"
        "from PySide6.QtCore import QCoreApplication\n"
        "from observer_desktop.ui.single_instance import SingleInstance\n"
        "app = QCoreApplication([])\n"
        f"guard = SingleInstance(Path({str(data_dir)!r}))\n" + body
    )
    return subprocess.Popen(
        [sys.executable, "-c", code], env=ENV, stdout=subprocess.PIPE, text=True
    )


def test_a_second_start_hands_its_files_to_the_first(qtbot, data_dir, tmp_path):
    first = SingleInstance(data_dir)
    assert first.acquire()
    received: list[list[str]] = []
    first.activated.connect(received.append)
    second = SingleInstance(data_dir)
    assert not second.acquire()  # the folder is taken
    report = tmp_path / "informe.pdf"
    report.write_bytes(b"%PDF-1.7\n")
    proc = _in_another_process(data_dir, f"print(guard.hand_over([{str(report)!r}]))\n")
    # the first serves meanwhile, on its own event loop
    qtbot.waitUntil(lambda: bool(received) and proc.poll() is not None, timeout=20000)
    assert proc.stdout.read().strip() == "True" and received == [[str(report.resolve())]]
    other = SingleInstance(tmp_path / "otra")  # another folder: its own app
    (tmp_path / "otra").mkdir()
    assert other.acquire()
    other.release()
    first.release()
    again = SingleInstance(data_dir)
    assert again.acquire()  # released: the next start is the first again
    again.release()


def test_a_file_opened_while_the_app_closes_is_not_lost(qtbot, data_dir, tmp_path):
    """Found in review: the app still listened while it closed (its event loop over):
    a double-clicked report was "handed over" to nobody. Now a hand-over counts only
    when answered, and the later start waits for the lock and opens the file itself."""
    closing = _in_another_process(
        data_dir,
        "assert guard.acquire()\n"
        "guard.stop_listening()  # what main() does when the event loop ends\n"
        "print('closing', flush=True)\n"
        "time.sleep(1.0)  # finishing its work\n"
        "guard.release()\n",
    )
    assert closing.stdout.readline().strip() == "closing"
    second = SingleInstance(data_dir)
    assert not second.acquire()
    assert second.hand_over(["informe.pdf"]) is False  # nobody to take it
    assert second.acquire(wait_ms=20000)  # the closing app let go: this one opens it
    second.release()
    closing.wait(30)


def test_a_listener_that_never_answers_has_not_taken_the_files(qtbot, data_dir):
    from PySide6.QtNetwork import QLocalServer

    from observer_desktop.ui import single_instance

    mute = QLocalServer()
    QLocalServer.removeServer(single_instance.socket_name(data_dir))
    assert mute.listen(single_instance.socket_name(data_dir))  # accepts, reads nothing
    try:
        proc = _in_another_process(data_dir, "print(guard.hand_over(['a.pdf']))\n")
        qtbot.waitUntil(lambda: proc.poll() is not None, timeout=20000)
        assert proc.stdout.read().strip() == "False"
    finally:
        mute.close()


def test_a_crashed_apps_lock_does_not_keep_the_folder(data_dir):
    code = (
        "import os, sys\n"
        "from pathlib import Path\n"
        "from PySide6.QtCore import QCoreApplication\n"
        "from observer_desktop.ui.single_instance import SingleInstance\n"
        "app = QCoreApplication([])\n"
        f"assert SingleInstance(Path({str(data_dir)!r})).acquire()\n"
        "os._exit(9)  # dies holding the lock\n"
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    dead = subprocess.run([sys.executable, "-c", code], env=env, timeout=60)
    assert dead.returncode == 9
    guard = SingleInstance(data_dir)
    assert guard.acquire()  # its process is gone: the lock is taken over
    guard.release()


def test_the_real_app_ends_a_second_start_at_once(data_dir, tmp_path):
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    exe = [sys.executable, "-m", "observer_desktop.ui.app", "--data-dir", str(data_dir)]
    first = subprocess.Popen(exe, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 60
        while not (data_dir / ".observador-ventana.lock").exists():
            assert first.poll() is None and time.monotonic() < deadline
            time.sleep(0.1)
        second = subprocess.run(exe, env=env, timeout=60, capture_output=True)
        assert second.returncode == 0  # handed over, ended
        assert first.poll() is None  # the first window is still open
    finally:
        first.terminate()
        first.wait(30)


def test_a_folder_open_on_another_computer_is_named_so(qtbot, data_dir):
    """A data folder on a shared drive, open on another computer: its app cannot be
    reached, and the message said only that it "does not answer"."""
    from observer_desktop.ui.single_instance import LOCK_NAME

    lock = data_dir / LOCK_NAME
    here = SingleInstance(data_dir)
    assert here.acquire()
    assert SingleInstance(data_dir).holder_host() is None  # this computer
    lines = lock.read_text().splitlines()
    here.release()
    lines[2] = "laptop-de-beto"  # pid, app name, host name (Qt's lock file)
    lock.write_text("\n".join(lines) + "\n")
    other = SingleInstance(data_dir)
    assert not other.acquire()  # another computer's process cannot be checked: kept
    assert other.holder_host() == "laptop-de-beto"
