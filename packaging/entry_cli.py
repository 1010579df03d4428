"""Bundle entry point of ``observer`` (the command line)."""

import sys

from observer_desktop.cli import main

if __name__ == "__main__":
    sys.exit(main())
