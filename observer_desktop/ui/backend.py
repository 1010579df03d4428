"""The services as the UI sees them.

``Backend.app()`` returns an :class:`~observer_desktop.services.app.Observador`
for the calling thread (one SQLite connection per thread). Call it only inside
functions given to :class:`~observer_desktop.ui.tasks.TaskRunner` — never on
the UI thread, which must not do I/O.

``Backend.settings()`` holds the window's own preferences (language, geometry,
last open audit) in ``<data folder>/ui.ini``: small, read once, cached by Qt.
"""

from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtCore import QSettings, QStandardPaths

from observer_desktop.services.app import Observador


def documents_folder() -> str:
    """Where save and open dialogs start: Documents when it exists, else the home folder
    (a dialog given a missing folder starts in the program's working folder instead)."""
    docs = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return docs if docs and Path(docs).is_dir() else str(Path.home())


class Backend:
    def __init__(self, data_dir: Path):
        self.data_dir = Path(data_dir)
        self._apps: dict[int, Observador] = {}
        self._lock = threading.Lock()
        self._settings: QSettings | None = None

    def app(self) -> Observador:
        # Keyed by the OS thread, not threading.local: Qt's pool threads are not
        # Python's, and PySide gives them a fresh Python thread state (so a fresh
        # threading.local) for every task — that would reopen the database and
        # re-read every checklist each time (~150 ms per query).
        ident = threading.get_ident()
        app = self._apps.get(ident)
        if app is None:
            app = Observador(self.data_dir)
            with self._lock:
                self._apps[ident] = app
        return app

    def settings(self) -> QSettings:
        if self._settings is None:
            self._settings = QSettings(str(self.data_dir / "ui.ini"), QSettings.Format.IniFormat)
        return self._settings

    def load_audits(
        self,
        *,
        text: str = "",
        status: str | None = None,
        form_id: str | None = None,
        date_from: str | None = None,
        date_to: str | None = None,
    ) -> dict:
        app = self.app()
        filters = {
            k: v
            for k, v in {
                "text": text or None,
                "status": status,
                "form_id": form_id,
                "date_from": date_from,
                "date_to": date_to,
            }.items()
            if v
        }
        rows = app.list_audits(**filters, sort=None, brief=True)  # the model sorts
        return {
            "rows": rows,
            "counts": app.status_counts(),
            "forms": {c.id: c.title.es for c in app.forms.all_latest()},
            "problems": [str(p.error) for p in app.forms.problems],
        }
