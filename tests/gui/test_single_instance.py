"""One app per data folder: two windows on one folder overwrote each other's answers
silently. A second start hands its files to the running window and ends."""

from __future__ import annotations

import os
import subprocess
import sys
import time

from observer_desktop.ui.single_instance import SingleInstance


def test_a_second_start_hands_its_files_to_the_first(qtbot, data_dir, tmp_path):
    first = SingleInstance(data_dir)
    assert first.acquire()
    received: list[list[str]] = []
    first.activated.connect(received.append)
    second = SingleInstance(data_dir)
    assert not second.acquire()  # the folder is taken
    report = tmp_path / "informe.pdf"
    report.write_bytes(b"%PDF-1.7\n")
    import threading

    done: list[bool] = []
    thread = threading.Thread(target=lambda: done.append(second.hand_over([str(report)])))
    thread.start()  # a real second app blocks on its socket; the first serves meanwhile
    qtbot.waitUntil(lambda: bool(received) and bool(done), timeout=10000)
    thread.join(10)
    assert done == [True] and received == [[str(report.resolve())]]
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
    import threading

    from PySide6.QtCore import QTimer

    first = SingleInstance(data_dir)
    assert first.acquire()
    received: list[list[str]] = []
    first.activated.connect(received.append)
    first.stop_listening()  # what main() does when the event loop ends
    second = SingleInstance(data_dir)
    assert not second.acquire()
    answers: list[bool] = []
    thread = threading.Thread(target=lambda: answers.append(second.hand_over(["informe.pdf"])))
    thread.start()
    qtbot.waitUntil(lambda: bool(answers), timeout=10000)
    thread.join(10)
    assert answers == [False] and received == []
    QTimer.singleShot(300, first.release)  # the closing app finishes and lets go
    acquired: list[bool] = []
    thread = threading.Thread(target=lambda: acquired.append(second.acquire(wait_ms=10000)))
    thread.start()
    qtbot.waitUntil(lambda: bool(acquired), timeout=15000)
    thread.join(10)
    assert acquired == [True]
    second.release()


def test_a_listener_that_never_answers_has_not_taken_the_files(qtbot, data_dir):
    from PySide6.QtNetwork import QLocalServer

    from observer_desktop.ui import single_instance

    mute = QLocalServer()
    QLocalServer.removeServer(single_instance.socket_name(data_dir))
    assert mute.listen(single_instance.socket_name(data_dir))  # accepts, reads nothing
    try:
        import threading

        answers: list[bool] = []
        guard = SingleInstance(data_dir)
        thread = threading.Thread(target=lambda: answers.append(guard.hand_over(["a.pdf"])))
        thread.start()
        qtbot.waitUntil(lambda: bool(answers), timeout=15000)
        thread.join(10)
        assert answers == [False]
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
