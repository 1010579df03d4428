"""The desktop entry point and a first main window: the list of audits.

The full observer workflow (editor, evidence, reports, sync) arrives with the
UI issue; this window already follows its rules: Spanish on screen, every
database call off the UI thread through :class:`~observer_desktop.ui.tasks.TaskRunner`,
and errors shown in a dialog and logged.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
import threading
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QTableView,
    QToolBar,
)

from observer_desktop import __version__
from observer_desktop.core.errors import ObserverError
from observer_desktop.services.app import Observador
from observer_desktop.storage.database import resolve_data_dir
from observer_desktop.ui.models import STATUS_LABELS, AuditTableModel
from observer_desktop.ui.tasks import TaskRunner

log = logging.getLogger(__name__)


class Backend:
    """Services for the UI, used only from the worker thread (one connection per thread)."""

    def __init__(self, data_dir: Path):
        self.data_dir = data_dir
        self._local = threading.local()

    def app(self) -> Observador:
        app = getattr(self._local, "app", None)
        if app is None:
            app = Observador(self.data_dir)
            self._local.app = app
        return app

    def load_audits(self, *, text: str, status: str | None) -> dict:
        app = self.app()
        rows = app.list_audits(text=text or None, status=status)
        return {
            "rows": rows,
            "counts": app.status_counts(),
            "forms": {c.id: c.title.es for c in app.forms.all_latest()},
            "problems": [str(p.error) for p in app.forms.problems],
        }


class MainWindow(QMainWindow):
    def __init__(self, backend: Backend, tasks: TaskRunner):
        super().__init__()
        self.backend = backend
        self.tasks = tasks
        self.setWindowTitle("Observador — Auditorías")
        self.resize(1100, 680)

        self.model = AuditTableModel(self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(AuditTableModel.COL_TITLE, QHeaderView.ResizeMode.Stretch)
        self.table.setAccessibleName("Lista de auditorías")
        self.setCentralWidget(self.table)

        bar = QToolBar("Búsqueda", self)
        bar.setMovable(False)
        self.addToolBar(bar)
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(
            "Buscar por número de procedimiento, unidad convocante o texto (Ctrl+F)"
        )
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName("Buscar auditorías")
        bar.addWidget(QLabel(" Buscar: "))
        bar.addWidget(self.search)
        self.status_filter = QComboBox(self)
        self.status_filter.setAccessibleName("Filtrar por estado")
        self.status_filter.addItem("Todos los estados", None)
        for key, label in STATUS_LABELS.items():
            self.status_filter.addItem(label, key)
        bar.addWidget(QLabel("  Estado: "))
        bar.addWidget(self.status_filter)

        focus_search = QAction("Buscar", self)
        focus_search.setShortcut(QKeySequence.StandardKey.Find)
        focus_search.triggered.connect(lambda: (self.search.setFocus(), self.search.selectAll()))
        self.addAction(focus_search)
        refresh = QAction("Actualizar", self)
        refresh.setShortcut(QKeySequence.StandardKey.Refresh)
        refresh.triggered.connect(self.refresh)
        self.addAction(refresh)
        quit_action = QAction("Salir", self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        self.addAction(quit_action)

        self.counts_label = QLabel(self)
        self.statusBar().addWidget(self.counts_label, 1)
        self.statusBar().addPermanentWidget(QLabel(f"Datos: {backend.data_dir}"))

        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(150)
        self._debounce.timeout.connect(self.refresh)
        self.search.textChanged.connect(self._debounce.start)
        self.status_filter.currentIndexChanged.connect(self.refresh)
        self._generation = 0
        self.refresh()

    def refresh(self) -> None:
        self._generation += 1
        generation = self._generation
        text = self.search.text()
        status = self.status_filter.currentData()
        self.counts_label.setText("Cargando…")

        def loaded(result: dict) -> None:
            if generation != self._generation:
                return  # an older query finished after a newer one was asked for
            self.model.set_rows(result["rows"], result["forms"])
            counts = result["counts"]
            total = sum(counts.values())
            parts = [f"{STATUS_LABELS[k]}: {counts[k]}" for k in STATUS_LABELS if counts.get(k)]
            shown = f"Mostrando {len(result['rows'])} de {total} auditorías"
            self.counts_label.setText(shown + ("  ·  " + "  ·  ".join(parts) if parts else ""))
            if result["problems"]:
                self.statusBar().showMessage(
                    f"{len(result['problems'])} formulario(s) con errores no se cargaron", 10000
                )

        self.tasks.run(
            lambda: self.backend.load_audits(text=text, status=status),
            on_success=loaded,
            on_failure=self.show_error,
        )

    def show_error(self, exc: BaseException, details: str) -> None:
        self.counts_label.setText("")
        if isinstance(exc, ObserverError):
            text = str(exc)
        else:
            text = f"Ocurrió un error inesperado: {exc}"
            log.error("unexpected error in background task:\n%s", details)
        box = QMessageBox(QMessageBox.Icon.Warning, "Observador", text, parent=self)
        if not isinstance(exc, ObserverError):
            box.setDetailedText(details)
        box.open()


def _parse_args(argv: Sequence[str]) -> argparse.Namespace:
    p = argparse.ArgumentParser(
        prog="observer-desktop", description="Observador (aplicación de escritorio)"
    )
    p.add_argument("--data-dir", help="carpeta de datos")
    p.add_argument("--version", action="version", version=f"observer-desktop {__version__}")
    return p.parse_known_args(argv)[0]


def main(argv: Sequence[str] | None = None) -> int:
    args = _parse_args(list(sys.argv[1:] if argv is None else argv))
    logging.basicConfig(level=os.environ.get("OBSERVER_LOG_LEVEL", "INFO"))
    qt_app = QApplication.instance() or QApplication(sys.argv[:1])
    qt_app.setApplicationName("Observador")
    qt_app.setOrganizationName("OIC Chihuahua")
    data_dir = resolve_data_dir(args.data_dir)
    tasks = TaskRunner()
    tasks.pool.setExpiryTimeout(-1)
    window = MainWindow(Backend(data_dir), tasks)
    window.show()
    code = qt_app.exec()
    tasks.wait()
    return code


if __name__ == "__main__":
    sys.exit(main())
