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
