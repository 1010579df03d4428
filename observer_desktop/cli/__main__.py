"""``python -m observer_desktop.cli``: the same as the ``observer`` command."""

import sys

from observer_desktop.cli import main

sys.exit(main())
