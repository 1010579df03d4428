"""Benchmark the desktop window: spawn to a usable main window, and filter latency.

Prints one JSON object. Budgets in force (../shared/DESIGN.md §7, bench/budgets.py):
start to a usable main window with 10,000 audits and 100,000 evidence rows
≤ 0.5 s; filter the audit list (10,000 audits), keystroke to rows shown ≤ 30 ms.

    .venv/bin/python bench/bench_ui.py [--audits 10000] [--evidence 100000] [--starts 5] [--dir D]

What is timed is what the observer waits for, and nothing else:

**Start**: a new Python process is spawned for each start (interpreter, imports,
Qt, database, checklists, first query); the clock runs from just before the
spawn until the list model holds every audit and the event loop has turned
once more (the table is painted and the window takes input); the child prints
a line then. Background work the window starts meanwhile (sync status, server
check) is not waited for. Files are in the page cache after the first start,
as on a laptop that has run the app before; the first start is reported apart.

**Filter**: in one started window, each filter change (text search, status,
date range, clearing) is timed on the UI thread's clock from the change (for
typing and dates: from the end of the 150 ms debounce, which the bench skips)
to the next reset of the list model plus one turn of the event loop (rows
painted). Between two changes the bench lets every pending task end, untimed.

Both waits are idle ``QEventLoop``s woken by the model's own signal: no
polling timer, no busy loop.

Runs offscreen (``QT_QPA_PLATFORM=offscreen``) unless a display is set.
"""

from __future__ import annotations

import argparse
import itertools
import json
import os
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

CHILD = "--child"
DEADLINE_MS = 120_000  # a window that never shows its rows fails the bench, never hangs it


def populate(data_dir: Path, audits: int, evidence: int) -> float:
    from fixtures import add_evidence_rows, create_audits

    from observer_desktop.services.app import Observador
    from observer_desktop.storage.repositories import now_iso

    t0 = time.perf_counter()
    app = Observador(data_dir)
    app.save_profile(name="Bench", observer_code="BENCH-1")
    ids = create_audits(app, audits, seed=11)
    add_evidence_rows(app, ids, evidence, stamp=now_iso())
    app.close()
    return time.perf_counter() - t0


def child(data_dir: str, audits: int, measure_filters: bool) -> None:
    """Start the real app window and say when it is usable (then time filters)."""
    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication

    from observer_desktop.storage.database import DB_FILENAME
    from observer_desktop.ui import i18n
    from observer_desktop.ui.backend import Backend
    from observer_desktop.ui.main_window.window import MainWindow
    from observer_desktop.ui.tasks import TaskRunner

    qt_app = QApplication(sys.argv[:1])  # noqa: F841 - must outlive the window
    backend = Backend(Path(data_dir))
    i18n.install(backend.settings().value("language"))
    tasks = TaskRunner()
    window = MainWindow(backend, tasks, first_run_check=False)
    window.show()

    def until_rows_shown(rows_expected: int | None = None) -> None:
        """Wait, idle as the app does (a busy loop would starve the worker of the GIL),
        for the list model's next reset and then one more turn of the event loop, in which
        Qt paints the table: the rows are on screen and the window takes input. Nothing
        else is waited for: not the sync status, not the server check."""
        loop = QEventLoop()
        failed: list[str] = []

        def reset() -> None:
            if rows_expected is not None and window.model.rowCount() != rows_expected:
                return  # an earlier, partial state: keep waiting
            QTimer.singleShot(0, loop.quit)  # after the paint events the reset posted

        def too_late() -> None:
            failed.append("the list never showed its rows")
            loop.quit()

        deadline = QTimer()
        deadline.setSingleShot(True)
        deadline.timeout.connect(too_late)
        deadline.start(DEADLINE_MS)
        window.model.modelReset.connect(reset)
        loop.exec()
        window.model.modelReset.disconnect(reset)
        deadline.stop()
        if failed:
            raise RuntimeError(failed[0])

    def quiet() -> None:
        """Between two timed changes: let every task asked for so far end (not timed)."""
        loop = QEventLoop()
        while tasks.pending():
            QTimer.singleShot(5, loop.quit)
            loop.exec()

    if window.model.rowCount() != audits:
        until_rows_shown(audits)
    print("USABLE", time.perf_counter(), flush=True)
    if not measure_filters:
        return
    quiet()
    page = window.list_page
    results: dict[str, dict[str, list[float]]] = {}
    rows: dict[str, int] = {}
    touch = sqlite3.connect(Path(data_dir) / DB_FILENAME, isolation_level=None)
    ticks = itertools.count()

    def timed(kind: str, name: str, change) -> None:
        if kind == "cold":
            # another connection commits first (as the long-task thread does after an
            # import): the window's connection must read the list again, not reuse it
            touch.execute(
                "INSERT OR REPLACE INTO settings (key, value, updated_at) VALUES (?, ?, ?)",
                ("bench.tick", json.dumps(next(ticks)), "2026-01-01T00:00:00Z"),
            )
        before = window._generation
        t0 = time.perf_counter()
        change()
        if window._generation == before:
            # a debounced change (typing, dates): the clock starts when the debounce
            # ends, so start the query now instead of waiting 150 ms for it
            window._debounce.stop()
            window.refresh()
        until_rows_shown()
        results.setdefault(name, {}).setdefault(kind, []).append(time.perf_counter() - t0)
        rows[name] = window.model.rowCount()
        quiet()

    dates_set = False
    for kind in ("cold", "warm"):
        for _ in range(7):
            timed(kind, "text_search", lambda: page.search.setText("luminarias"))
            timed(kind, "clear", lambda: page.search.setText(""))
            timed(kind, "status", lambda: page.status_filter.setCurrentIndex(1))
            timed(kind, "status_all", lambda: page.status_filter.setCurrentIndex(0))
            timed(kind, "process_number", lambda: page.search.setText("LP-MCH-0042"))
            timed(kind, "clear_again", lambda: page.search.setText(""))
        if not dates_set:
            page.date_from.setDate(page.date_from.date().fromString("2026-03-01", "yyyy-MM-dd"))
            page.date_to.setDate(page.date_to.date().fromString("2026-05-31", "yyyy-MM-dd"))
            quiet()
            dates_set = True
        for _ in range(7):
            timed(kind, "date_range", lambda: page.date_check.setChecked(True))
            timed(kind, "date_off", lambda: page.date_check.setChecked(False))
    touch.close()
    tasks.wait()
    print(
        "FILTERS",
        json.dumps(
            {
                k: {
                    "rows": rows[k],
                    **{
                        kind: {
                            "median_ms": round(statistics.median(times) * 1000, 1),
                            "max_ms": round(max(times) * 1000, 1),
                        }
                        for kind, times in v.items()
                    },
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
    from budgets import report

    with tempfile.TemporaryDirectory(dir=args.dir, prefix="observador-bench-ui-") as tmp:
        data = Path(tmp) / "data"
        setup = populate(data, args.audits, args.evidence)
        first, _ = start_once(data, args.audits)
        starts = [start_once(data, args.audits)[0] for _ in range(args.starts)]
        _, filters = start_once(data, args.audits, measure_filters=True)
    worst_filter = max(v["cold"]["median_ms"] for v in filters.values())
    start_median = statistics.median(starts)
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
                    "median_seconds": round(start_median, 3),
                    "max_seconds": round(max(starts), 3),
                    "all_seconds": [round(s, 3) for s in starts],
                },
                "filter_ms": filters,
                "budgets": report(
                    {"start_seconds": round(start_median, 3), "filter_ms": worst_filter}
                ),
            },
            indent=2,
        )
    )


if __name__ == "__main__":
    main()
