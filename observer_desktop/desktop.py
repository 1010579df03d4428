"""The ``observer-desktop`` program: the window, or ``--self-test`` without one.

``--self-test`` is dispatched here, before the window's module (and Qt's
widgets) is imported, so an installed copy can always be checked offscreen
and the self-test, which opens the window itself, is not imported by it
(``observer_desktop/selftest.py`` → ``ui/app.py``, never the other way).
"""

from __future__ import annotations

import sys
from collections.abc import Sequence


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    if "--self-test" in args:  # before any QApplication: the self-test makes its own
        from observer_desktop.selftest import main as self_test

        return self_test()
    from observer_desktop.ui.app import main as run_window

    return run_window(args)
