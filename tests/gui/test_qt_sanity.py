"""Guard against a Qt binding that corrupts reference counts.

PySide6 6.12.0 on Python 3.11 drops a reference to ``None`` on every
``processEvents()`` and to ``True``/``False`` on signal emissions; after a few
thousand the interpreter aborts ("none_dealloc"). pyproject pins below it;
this test fails if an upgrade brings such a binding back.
"""

import sys
import threading

from PySide6.QtCore import QObject, Signal


class _Sender(QObject):
    fired = Signal(int, object)


def test_event_loop_and_signals_keep_reference_counts(qapp):
    got = []
    sender = _Sender()
    sender.fired.connect(lambda i, payload: got.append(i))
    for _ in range(50):  # warm up caches that legitimately hold references
        qapp.processEvents()
        sender.fired.emit(0, None)
    counts = sys.getrefcount(None), sys.getrefcount(True), sys.getrefcount(False)
    for i in range(3000):
        qapp.processEvents()
        sender.fired.emit(i, None)
    after = sys.getrefcount(None), sys.getrefcount(True), sys.getrefcount(False)
    assert len(got) == 3050
    # a healthy binding moves these by a handful; the broken one by thousands
    assert all(abs(b - a) < 500 for a, b in zip(counts, after, strict=True)), (counts, after)


# ------------------------------------------------------------------ cancel wiring


class _Control:
    def __init__(self):
        self.cancelled = 0

    def cancel(self):
        self.cancelled += 1


def test_cancel_on_close_keeps_the_task_object_until_the_dialog_goes(qtbot):
    """The object behind a progress dialog's cancel must die with the dialog, on the UI
    thread (tasks.cancel_on_close explains the deadlock when it dies on a worker)."""
    import gc
    import weakref

    from PySide6.QtWidgets import QProgressDialog

    from observer_desktop.ui.tasks import cancel_on_close

    dialog = QProgressDialog()
    control = _Control()
    alive = weakref.ref(control)
    cancel_on_close(dialog, control.cancel)
    del control
    gc.collect()
    assert alive() is not None  # held by the connection, not only by the task
    dialog.canceled.emit()
    dialog.rejected.emit()
    assert alive().cancelled == 2
    dialog.deleteLater()
    qtbot.waitUntil(lambda: (gc.collect() or True) and alive() is None, timeout=5000)


def test_pyside_holds_bound_methods_of_plain_objects_weakly(qtbot):
    """Why the lambdas: a bound method alone does not keep its object alive."""
    import gc
    import weakref

    from PySide6.QtWidgets import QProgressDialog

    dialog = QProgressDialog()
    control = _Control()
    alive = weakref.ref(control)
    dialog.canceled.connect(control.cancel)
    del control
    gc.collect()
    assert alive() is None
    dialog.deleteLater()


def test_no_dialog_signal_is_connected_to_a_method_of_a_task_object():
    """``x.connect(handle.cancel)`` / ``(control.cancel)``: use tasks.cancel_on_close."""
    import ast
    from pathlib import Path

    import observer_desktop.ui as ui

    qobjects = {"self", "controller"}  # names that hold QObjects in the ui modules
    found = []
    root = Path(ui.__file__).parent
    for path in sorted(root.rglob("*.py")):  # with the screens' packages (ui/sync/)
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Attribute)
                and node.func.attr == "connect"
                and len(node.args) == 1
                and isinstance(node.args[0], ast.Attribute)
                and isinstance(node.args[0].value, ast.Name)
                and node.args[0].value.id not in qobjects
            ):
                found.append(f"{path.relative_to(root)}:{node.lineno} {ast.unparse(node)}")
    assert found == []


# ------------------------------------------------------------------ what dies on a worker


class _Sentinel:
    """Records the thread it dies on (stands for a dialog or window a task refers to)."""

    def __init__(self, died: list[bool]):
        self.died = died

    def __del__(self):
        self.died.append(threading.current_thread() is threading.main_thread())


def test_a_task_function_and_what_it_holds_die_on_the_ui_thread(qtbot, tasks):
    """A task's closure (``lambda: load(self.backend.app())``) may hold the last reference
    to a parentless dialog; dropped by the worker, PySide would destroy the dialog there
    while the UI thread is still delivering its events."""
    died: list[bool] = []
    go = threading.Event()

    def work_holding_a_sentinel():
        sentinel = _Sentinel(died)
        return lambda: go.wait(10) and sentinel and None

    results = []
    for _ in range(10):
        tasks.run(work_holding_a_sentinel(), on_success=results.append, on_failure=print)
    go.set()  # the workers go on only once nothing but the tasks holds the sentinels
    qtbot.waitUntil(lambda: len(died) == 10, timeout=10000)
    assert len(results) == 10
    assert died == [True] * 10


def test_cyclic_garbage_is_not_collected_on_a_worker(qtbot, tasks):
    """Python collects cyclic garbage on whichever thread allocates; a closed window that
    only a reference cycle holds (a test returned; qtbot keeps weak references) would be
    destroyed on a worker while the UI thread delivers its events (the GUI suite's rare
    segfault in pytest-qt's _process_events)."""
    import gc

    died: list[bool] = []
    go = threading.Event()

    def allocate():
        go.wait(10)
        return len([[] for _ in range(200_000)])  # what a task does: many automatic collections

    tasks.run(allocate, on_success=lambda _n: None, on_failure=print)
    gc.collect()
    sentinel = _Sentinel(died)
    sentinel.cycle = sentinel
    del sentinel  # garbage now, for the cyclic collector only
    go.set()
    qtbot.waitUntil(lambda: tasks.pending() == 0, timeout=10000)
    gc.collect()  # here, on the UI thread, unless a worker's allocations collected it already
    assert died == [True]


_COLLECTED_ON_A_WORKER = """
from PySide6.QtWidgets import QApplication
from observer_desktop.ui.tasks import TaskRunner

app = QApplication([])
current = TaskRunner()
for _ in range(300):
    old = TaskRunner()
    old.cycle = old  # like a runner only closed windows' wrappers still refer to
    for _ in range(20):
        old.run(lambda: None, on_success=lambda _r: None, on_failure=print)
    old.wait()
    del old  # its results are queued for the UI thread; only the cyclic collector frees it
    done = []
    current.run(lambda: len([[] for _ in range(5000)]), on_success=done.append, on_failure=print)
    while not done:
        app.processEvents()
print("ok")
"""


def test_a_runner_freed_by_the_collector_while_its_results_arrive_does_not_crash(tmp_path):
    """The crash itself, in a child process: a runner that only cyclic garbage holds,
    collected while the UI thread delivers its queued results. Collected on a worker,
    PySide destroys it there with the GIL released and the UI thread segfaults in
    SignalManager::qt_metacall (before the fix: SIGSEGV or SIGBUS within ~100 rounds)."""
    import os
    import subprocess
    import sys
    from pathlib import Path

    import observer_desktop

    root = Path(observer_desktop.__file__).resolve().parent.parent  # this checkout's code
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(root))
    proc = subprocess.run(
        [sys.executable, "-X", "faulthandler", "-c", _COLLECTED_ON_A_WORKER],
        env=env,
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert proc.returncode == 0, proc.stderr[-3000:]
    assert proc.stdout.strip() == "ok"
