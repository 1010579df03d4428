"""The main window, one module per job (translations in ``es_MX/main_window.ts``):

- :mod:`.window` — ``MainWindow``: composes the parts, follows the change signal, opens
  and shows the pages;
- :mod:`.list_page` — ``AuditListPage``: search, filters, the table, the empty text;
- :mod:`.audit_page` — ``AuditPage``: the editor beside the audit's evidence;
- :mod:`.menus` — the window's actions and menus, from two tables;
- :mod:`.status_bar` — ``WindowStatusBar``: counts, passing messages, unsent, the server;
- :mod:`.server_check` — ``ServerCheck``: does the OIC server answer;
- :mod:`.dialogs` — ``WindowDialogs``: new audit, report, verify, settings, first run, about.

The entry point that builds the window is ``ui/app.py``.
"""
