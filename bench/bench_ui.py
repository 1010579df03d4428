"""Benchmark the desktop window: cold start to a usable main window, and filter latency.

Prints one JSON object. Budgets (../shared/DESIGN.md §7): start to a usable main
window with 10,000 audits and 100,000 evidence rows ≤ 1.0 s; filter the audit
list (10,000 audits) ≤ 50 ms.

    .venv/bin/python bench/bench_ui.py [--audits 10000] [--evidence 100000] [--starts 5] [--dir D]

**Start**: a new Python process is spawned for each start (interpreter, imports,
Qt, database, first query: everything an observer waits for); the clock runs
from just before the spawn until the window is shown *and* its list holds all
the audits (the child prints a line then). Files are in the page cache after
the first start, as on a laptop that has run the app before; the first
start is reported apart.

**Filter**: in one started window, each filter change (text search, status,
checklist, date range, clearing) is timed from the call that starts the query
to the moment the table model holds the new rows, on the UI thread's clock,
without the 150 ms typing debounce.

Runs offscreen (``QT_QPA_PLATFORM=offscreen``) unless a display is set.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path

CHILD = "--child"
UNITS = [
    "Dirección de Obras Públicas",
    "Dirección de Recursos Materiales",
    "Dirección de Alumbrado Público",
    "Secretaría de Seguridad Pública",
    "DIF Municipal",
]
OBJECTS = ["uniformes", "luminarias", "pavimentación", "patrullas", "medicamentos", "papelería"]
TYPES = ["licitacion_publica", "invitacion_tres", "adjudicacion_directa"]


def populate(data_dir: Path, audits: int, evidence: int) -> float:
    from observer_desktop.services.app import Observador
    from observer_desktop.storage.repositories import now_iso

    rng = random.Random(11)
    t0 = time.perf_counter()
    app = Observador(data_dir)
    app.save_profile(name="Bench", observer_code="BENCH-1")
    ids = []
    for start in range(0, audits, 500):
        with app.database.transaction():  # one commit per batch keeps set-up fast
            for i in range(start, min(start + 500, audits)):
                ids.append(
                    app.create_audit(
                        "procedimiento_contratacion",
                        header={
                            "numero_procedimiento": f"LP-MCH-{i:05d}-2026",
                            "unidad_convocante": rng.choice(UNITS),
                            "objeto_contratacion": f"Adquisición de {rng.choice(OBJECTS)} lote {i}",
                            "tipo_procedimiento": rng.choice(TYPES),
                            "fecha_evento": f"2026-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}",
                        },
                    )["id"]
                )
    stamp = now_iso()
    for start in range(0, evidence, 5000):
        with app.database.transaction():
            for n in range(start, min(start + 5000, evidence)):
                app.store.insert_evidence(
                    {
                        "id": str(uuid.uuid4()),
                        "audit_id": ids[n % len(ids)],
                        "sha256": f"{n:064x}",
                        "size": 4_000_000,
                        "mime": "image/jpeg",
                        "original_name": f"IMG_{n:06d}.jpg",
                        "caption": "",
                        "captured_at": None,
                        "imported_at": stamp,
                        "gps_lat": None,
                        "gps_lon": None,
                        "metadata": {"kind": "image", "thumbnail": False},
                    }
                )
    app.close()
    return time.perf_counter() - t0


def child(data_dir: str, audits: int, measure_filters: bool) -> None:
    """Start the real app window and say when it is usable (then time filters)."""
    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication

    from observer_desktop.ui import i18n
    from observer_desktop.ui.app import MainWindow
    from observer_desktop.ui.backend import Backend
    from observer_desktop.ui.tasks import TaskRunner

    qt_app = QApplication(sys.argv[:1])  # noqa: F841 - must outlive the window
    backend = Backend(Path(data_dir))
    i18n.install(backend.settings().value("language"))
    tasks = TaskRunner()
    window = MainWindow(backend, tasks, first_run_check=False)
    window.show()

    def settle() -> None:
        """Run the event loop (idle, as in the app: no busy waiting that would starve
        the worker of the GIL) until every asked-for task has reached the window."""
        loop = QEventLoop()
        window.model.modelReset.connect(loop.quit)
        while tasks.pending() or not window.isVisible():
            QTimer.singleShot(200, loop.quit)  # belt and braces: re-check now and then
            loop.exec()
        window.model.modelReset.disconnect(loop.quit)

    settle()
    assert window.model.rowCount() == audits
    print("USABLE", time.perf_counter(), flush=True)
    if not measure_filters:
        return
    page = window.list_page
    results: dict[str, list[float]] = {}

    def timed(name: str, change) -> None:
        before = window._generation
        t0 = time.perf_counter()
        change()
        if window._generation == before:  # the change is debounced: start the query now
            window._debounce.stop()
            window.refresh()
        settle()  # the query, and the model filled on the UI thread
        results.setdefault(name, []).append(time.perf_counter() - t0)

    for _ in range(7):
        timed("text_search", lambda: page.search.setText("luminarias"))
        timed("clear", lambda: page.search.setText(""))
        timed("status", lambda: page.status_filter.setCurrentIndex(1))
        timed("status_all", lambda: page.status_filter.setCurrentIndex(0))
        timed("process_number", lambda: page.search.setText("LP-MCH-0042"))
        timed("clear_again", lambda: page.search.setText(""))
    page.date_from.setDate(page.date_from.date().fromString("2026-03-01", "yyyy-MM-dd"))
    page.date_to.setDate(page.date_to.date().fromString("2026-05-31", "yyyy-MM-dd"))
    for _ in range(7):
        timed("date_range", lambda: page.date_check.setChecked(True))
        timed("date_off", lambda: page.date_check.setChecked(False))
    tasks.wait()
    print(
        "FILTERS",
        json.dumps(
            {
                k: {
                    "median_ms": round(statistics.median(v) * 1000, 1),
                    "max_ms": round(max(v) * 1000, 1),
                }
                for k, v in results.items()
            }
        ),
        flush=True,
    )


def start_once(data_dir: Path, audits: int, measure_filters: bool = False) -> tuple[float, dict]:
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    t0 = time.perf_counter()
    proc = subprocess.Popen(
        [sys.executable, __file__, CHILD, str(data_dir), str(audits), str(int(measure_filters))],
        stdout=subprocess.PIPE,
        text=True,
        env=env,
    )
    usable = None
    filters: dict = {}
    for line in proc.stdout:
        if line.startswith("USABLE"):
            usable = time.perf_counter() - t0
        elif line.startswith("FILTERS"):
            filters = json.loads(line.split(" ", 1)[1])
    proc.wait(timeout=300)
    if usable is None:
        raise RuntimeError(f"the window did not start (exit {proc.returncode})")
    return usable, filters


def main() -> None:
    if len(sys.argv) > 1 and sys.argv[1] == CHILD:
        child(sys.argv[2], int(sys.argv[3]), sys.argv[4] == "1")
        return
    parser = argparse.ArgumentParser()
    parser.add_argument("--audits", type=int, default=10_000)
    parser.add_argument("--evidence", type=int, default=100_000)
    parser.add_argument("--starts", type=int, default=5)
    parser.add_argument("--dir", default=None)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(dir=args.dir, prefix="observador-bench-ui-") as tmp:
        data = Path(tmp) / "data"
        setup = populate(data, args.audits, args.evidence)
        first, _ = start_once(data, args.audits)
        starts = [start_once(data, args.audits)[0] for _ in range(args.starts)]
        _, filters = start_once(data, args.audits, measure_filters=True)
    worst_filter = max(v["median_ms"] for v in filters.values())
    print(
        json.dumps(
            {
                "benchmark": "ui",
                "python": sys.version.split()[0],
                "cpus": os.cpu_count(),
                "audits": args.audits,
                "evidence_rows": args.evidence,
                "setup_seconds": round(setup, 1),
                "start": {
                    "first_seconds": round(first, 3),
                    "median_seconds": round(statistics.median(starts), 3),
                    "max_seconds": round(max(starts), 3),
                    "all": [round(s, 3) for s in starts],
                },
                "filter_ms": filters,
                "budget": {"start_seconds": 1.0, "filter_ms": 50},
                "within_budget": {
                    "start": statistics.median(starts) <= 1.0,
                    "filter": worst_filter <= 50,
                },
            },
            indent=2,
        )
    )


if __name__ == "__main__":
    main()
