"""Guard against a Qt binding that corrupts reference counts.

PySide6 6.12.0 on Python 3.11 drops a reference to ``None`` on every
``processEvents()`` and to ``True``/``False`` on signal emissions; after a few
thousand the interpreter aborts ("none_dealloc"). pyproject pins below it;
this test fails if an upgrade brings such a binding back.
"""

import sys

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
    for path in sorted(Path(ui.__file__).parent.glob("*.py")):
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
                found.append(f"{path.name}:{node.lineno} {ast.unparse(node)}")
    assert found == []
