"""UI-thread latency while the evidence panel imports photos (budget in force: ≤ 50 ms).

An event-loop probe (a 10 ms precise timer on the UI thread) runs while the real
`EvidencePanel` imports N generated photos and loads their thumbnails; how late
each tick fires is how long the UI thread was busy. Waiting is done in an idle
`QEventLoop`, never by spinning `processEvents()` (that would starve the workers
of the GIL and measure the bench, not the app).

    QT_QPA_PLATFORM=offscreen .venv/bin/python bench/bench_ui_import.py [--photos 200] [--dir D]

Prints one JSON object. The same flow is tested functionally (rows appear while
importing, the loop keeps running) in tests/gui/test_evidence_panel.py; the
figure lives here because timed assertions fail on a loaded machine.
"""

from __future__ import annotations

import argparse
import itertools
import json
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from budgets import report
from PIL import Image, ImageDraw
from PySide6.QtCore import QEventLoop, Qt, QTimer
from PySide6.QtWidgets import QApplication

from observer_desktop.services.app import Observador


def make_photos(folder: Path, count: int) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for i in range(count):
        im = Image.new("RGB", (1600, 1200), (i * 7 % 256, 120, 60))
        ImageDraw.Draw(im).rectangle((0, 0, 500, 300), fill=(230, 40, 40))
        exif = Image.Exif()
        exif[0x0132] = f"2026:11:18 10:{i // 60 % 60:02d}:{i % 60:02d}"  # DateTime
        path = folder / f"foto_{i:03d}.jpg"
        im.save(path, "JPEG", quality=85, exif=exif)
        paths.append(path)
    return paths


def wait(app: QApplication, done, timeout_s: float) -> None:
    """Run the event loop (idle, not spinning) until ``done()`` or the timeout."""
    loop = QEventLoop()
    check = QTimer()
    check.setInterval(20)
    check.timeout.connect(lambda: done() and loop.quit())
    check.start()
    QTimer.singleShot(int(timeout_s * 1000), loop.quit)
    loop.exec()
    check.stop()
    if not done():
        raise SystemExit("timed out waiting for the import")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--photos", type=int, default=200)
    parser.add_argument("--dir", default=None, help="where to put the temporary data")
    args = parser.parse_args()

    from observer_desktop.ui import i18n
    from observer_desktop.ui.backend import Backend
    from observer_desktop.ui.evidence.panel import EvidencePanel
    from observer_desktop.ui.tasks import TaskRunner

    app = QApplication(sys.argv[:1])
    i18n.install("es_MX")
    with tempfile.TemporaryDirectory(dir=args.dir) as tmp:
        root = Path(tmp)
        data = root / "data"
        with Observador(data) as obs:
            obs.save_profile(name="Bench", observer_code="OBS-900")
            audit_id = obs.create_audit("visita_obra_publica")["id"]
        files = make_photos(root / "lote", args.photos)

        tasks = TaskRunner()
        panel = EvidencePanel(Backend(data), tasks)
        panel.resize(1000, 700)
        panel.show()
        panel.set_audit(audit_id, True)
        wait(app, lambda: not panel.loading, 30)

        ticks: list[float] = []
        probe = QTimer()
        probe.setTimerType(Qt.TimerType.PreciseTimer)
        probe.setInterval(10)
        probe.timeout.connect(lambda: ticks.append(time.perf_counter()))
        probe.start()
        started = time.perf_counter()
        panel.add_files(files)
        wait(app, lambda: not panel.import_running and not panel.loading, 600)
        imported = time.perf_counter() - started
        wait(app, lambda: panel.model.rowCount() == args.photos and panel.loader.idle, 120)
        elapsed = time.perf_counter() - started
        probe.stop()
        tasks.wait()

        late = sorted(max(0.0, b - a - 0.010) * 1000 for a, b in itertools.pairwise(ticks))
        result = {
            "photos": args.photos,
            "import_s": round(imported, 2),
            "with_thumbnails_s": round(elapsed, 2),
            "ticks": len(ticks),
            "lateness_ms_median": round(statistics.median(late), 1),
            "lateness_ms_p99": round(late[int(0.99 * (len(late) - 1))], 1),
            "lateness_ms_worst": round(late[-1], 1),
            "budgets": report({"import_ui_stall_ms": round(late[-1], 1)}),
        }
        panel.close()
    print(json.dumps(result))


if __name__ == "__main__":
    main()
