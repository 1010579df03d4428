"""Use cases shared by the desktop UI and the ``observer`` CLI."""
