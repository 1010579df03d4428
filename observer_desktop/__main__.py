"""``python -m observer_desktop`` starts the desktop application."""

import sys

from observer_desktop.desktop import main

sys.exit(main())
