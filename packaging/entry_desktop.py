"""Bundle entry point of ``observer-desktop`` (the window; ``--self-test``, ``--version``).

``--self-test`` is dispatched here too, before anything creates a
QApplication, so an installed copy can always be checked offscreen whatever
the window's own argument parsing does.
"""

import sys

if __name__ == "__main__":
    if "--self-test" in sys.argv[1:]:
        from observer_desktop.selftest import main as self_test

        sys.exit(self_test())
    from observer_desktop.ui.app import main

    sys.exit(main())
