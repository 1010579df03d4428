"""PySide6 user interface: the only package that imports Qt (import-linter enforces it).

Screens are packages, one module per job (``main_window/``, ``audit_editor/``,
``evidence/``, ``reports/``, ``participation/``, ``settings/``, ``sync/``,
``wizard/``); writes run as ops whose changes reach every view by one signal
(:mod:`.changes`, :mod:`.tasks`). docs/ui.md is the map.
"""
