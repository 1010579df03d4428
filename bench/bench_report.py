"""Benchmark a signed report of an audit with 200 photos: wall time, PDF size, peak RSS.

Budgets in force (../shared/DESIGN.md §7, bench/budgets.py): ≤ 3 s, ≤ 25 MB,
peak RSS ≤ 300 MB.

    .venv/bin/python bench/bench_report.py [--photos 200] [--dir D]

Set-up (photos generated and imported) is not measured; the report runs in a
child process so its peak RSS is its own. ``renditions_print_ready`` counts the photos
whose report rendition the PDF embeds as it is (print size); the others are shrunk
while the report is made, which is most of its time.
"""

from __future__ import annotations

import argparse
import io
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from budgets import report
from PIL import Image, ImageDraw

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))
from helpers import answer_until_complete  # the tests' own helper, shared with them

BASES = 6


def _base_photo(seed: int) -> bytes:
    """A 12 MP photo-like JPEG (noise + shapes compress like a real photo)."""
    w, h = 4000, 3000
    noise = Image.effect_noise((w // 4, h // 4), 40 + seed * 7).resize((w, h))
    color = Image.merge("RGB", (noise, noise.rotate(90, expand=False), noise.transpose(0)))
    draw = ImageDraw.Draw(color)
    for i in range(12):
        x = (seed * 397 + i * 613) % w
        y = (seed * 211 + i * 331) % h
        draw.rectangle((x, y, x + 600, y + 400), fill=((i * 40) % 255, (seed * 60) % 255, 120))
    buf = io.BytesIO()
    exif = Image.Exif()
    exif[0x010F] = "Motorola"
    exif[0x0132] = "2026:11:18 10:22:31"
    exif[0x8825] = {1: "N", 2: (28.0, 42.0, 43.5), 3: "W", 4: (106.0, 6.0, 27.7)}
    color.save(buf, "JPEG", quality=88, exif=exif)
    return buf.getvalue()


def _variant(base: bytes, n: int) -> bytes:
    """Same picture, distinct bytes: a JPEG comment segment right after SOI."""
    text = f"foto {n}".encode()
    segment = b"\xff\xfe" + (len(text) + 2).to_bytes(2, "big") + text
    return base[:2] + segment + base[2:]


def _peak_rss_mb() -> float:
    """VmHWM: this process's own high-water mark (ru_maxrss survives exec from the parent)."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _print_ready(app, audit: str) -> int:
    from observer_desktop.reports.gallery import print_ready

    rows = app.store.evidence(audit)
    return sum(print_ready(app.evidence.rendition_path(r["sha256"])) is not None for r in rows)


def child(data_dir: str, audit_id: str, out: str) -> None:
    from observer_desktop.services.app import Observador
    from observer_desktop.services.reports import generate_report

    app = Observador(data_dir)
    stages: dict[str, float] = {}
    last = [time.perf_counter(), "start"]

    def progress(stage: str, _done: int, _total: int) -> None:
        now = time.perf_counter()
        stages[last[1]] = stages.get(last[1], 0.0) + now - last[0]
        last[:] = [now, stage]

    t0 = time.perf_counter()
    result = generate_report(app, audit_id, output=Path(out), ask=None, progress=progress)
    wall = time.perf_counter() - t0
    rss = _peak_rss_mb()
    print(
        json.dumps(
            {
                "seconds": round(wall, 2),
                "bytes": result.size,
                "peak_rss_mb": round(rss, 1),
                # time spent after each progress stage began, until the next one
                "stage_seconds": {k: round(v, 2) for k, v in stages.items()},
            }
        )
    )


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--photos", type=int, default=200)
    parser.add_argument("--dir", default=None)
    parser.add_argument("--child", nargs=3, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(*args.child)
        return
    os.environ.setdefault("OBSERVER_PASSPHRASE", "solo-para-el-benchmark")
    from observer_desktop.services import evidence as ev
    from observer_desktop.services.app import Observador

    with tempfile.TemporaryDirectory(dir=args.dir, prefix="observador-bench-") as tmp:
        tmp_path = Path(tmp)
        t0 = time.perf_counter()
        bases = [_base_photo(i) for i in range(BASES)]
        photos = []
        for n in range(args.photos):
            path = tmp_path / "fotos" / f"IMG_{n:04d}.jpg"
            path.parent.mkdir(exist_ok=True)
            path.write_bytes(_variant(bases[n % BASES], n))
            photos.append(path)
        app = Observador(tmp_path / "data")
        app.save_profile(name="Benchmark", observer_code="BENCH-1")
        audit = app.create_audit("visita_obra_publica")["id"]
        ev.add_evidence(
            app,
            audit,
            photos,
            question_id="fotografias_generales",
            caption="Vista del frente de trabajo",
        )
        answer_until_complete(app, audit)  # evidence: the photos above
        app.finalize(audit)
        ready = _print_ready(app, audit)
        app.close()
        setup = time.perf_counter() - t0
        proc = subprocess.run(
            [
                sys.executable,
                __file__,
                "--child",
                str(tmp_path / "data"),
                audit,
                str(tmp_path / "informe.pdf"),
            ],
            capture_output=True,
            text=True,
            check=True,
        )
        figures = json.loads(proc.stdout.strip().splitlines()[-1])
        photo_mb = sum(p.stat().st_size for p in photos) / 1024 / 1024
    print(
        json.dumps(
            {
                "benchmark": "signed_report",
                "photos": args.photos,
                "photos_mb": round(photo_mb, 1),
                "setup_seconds": round(setup, 1),
                "report_seconds": figures["seconds"],
                "report_mb": round(figures["bytes"] / 1024 / 1024, 2),
                "peak_rss_mb": figures["peak_rss_mb"],
                "stage_seconds": figures["stage_seconds"],
                # photos whose rendition the PDF embeds as it is (the rest are shrunk first)
                "renditions_print_ready": ready,
                "budgets": report(
                    {
                        "report_seconds": figures["seconds"],
                        "report_mb": round(figures["bytes"] / 1024 / 1024, 2),
                        "report_peak_rss_mb": figures["peak_rss_mb"],
                    }
                ),
            },
            indent=2,
        )
    )


if __name__ == "__main__":
    main()
