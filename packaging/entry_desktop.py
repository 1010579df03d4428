"""Bundle entry point of ``observer-desktop`` (the window; ``--self-test``, ``--version``).

``--self-test`` is dispatched by ``observer_desktop.desktop``, before anything
creates a QApplication, so an installed copy can always be checked offscreen.
"""

import sys

if __name__ == "__main__":
    from observer_desktop.desktop import main

    sys.exit(main())
