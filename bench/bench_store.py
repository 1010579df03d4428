"""Benchmark the local store: answer-save latency and audit-list queries at 10,000 audits.

Prints one JSON object. Budgets in force (../shared/DESIGN.md §7, bench/budgets.py):
save one answer, fsync included, p99 <= 5 ms; an audit-list query at 10,000 audits
<= 30 ms (the window's own figure, keystroke to rows shown, is bench_ui.py's).

    .venv/bin/python bench/bench_store.py [--audits 10000] [--saves 2000] [--dir D]

The data folder must be on a real disk (not tmpfs), or fsync costs nothing.
"""

from __future__ import annotations

import argparse
import json
import platform
import statistics
import sys
import tempfile
import time
from pathlib import Path

from budgets import report
from fixtures import UNITS, create_audits

from observer_desktop.services.app import Observador


def pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def ms(seconds: float) -> float:
    return round(seconds * 1000, 3)


def timed(fn, repeat: int) -> dict:
    times = []
    result = None
    for _ in range(repeat):
        t0 = time.perf_counter()
        result = fn()
        times.append(time.perf_counter() - t0)
    return {
        "median_ms": ms(statistics.median(times)),
        "p95_ms": ms(pct(times, 0.95)),
        "rows": len(result) if isinstance(result, list) else result,
    }


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--audits", type=int, default=10_000)
    parser.add_argument("--saves", type=int, default=2_000)
    parser.add_argument("--dir", default=None, help="parent folder for the temporary data folder")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(dir=args.dir, prefix="observador-bench-") as tmp:
        app = Observador(Path(tmp) / "data")
        app.save_profile(name="Bench", observer_code="BENCH-1")

        t0 = time.perf_counter()
        create_audits(app, args.audits)
        setup_s = time.perf_counter() - t0

        # answer saves, each its own transaction with fsync, as in the app, on an audit of
        # its own: a public tender, where every question below applies (an invitation or a
        # direct award hides the bid-clarification meeting, so its questions are refused)
        audit_id = app.create_audit(
            "procedimiento_contratacion",
            header={
                "numero_procedimiento": "LP-MCH-BENCH-2026",
                "unidad_convocante": UNITS[0],
                "objeto_contratacion": "Adquisición de luminarias (respuestas del bench)",
                "tipo_procedimiento": "licitacion_publica",
                "fecha_evento": "2026-06-15",
            },
        )["id"]
        questions = [
            ("numero_proposiciones", lambda i: i % 7),
            ("asistentes_junta", lambda i: i % 9),
            ("convocatoria_publicada", lambda i: ["si", "no", "na"][i % 3]),
            ("observaciones_observador", lambda i: f"Observación número {i} con acentos: ñandú"),
        ]
        save_times = []
        for i in range(args.saves):
            qid, value = questions[i % len(questions)]
            t = time.perf_counter()
            app.set_answer(audit_id, qid, value(i))
            save_times.append(time.perf_counter() - t)

        queries = {
            "list_all_sorted": timed(lambda: app.list_audits(), 15),
            "search_text": timed(lambda: app.list_audits(text="luminarias"), 30),
            "search_two_words": timed(lambda: app.list_audits(text="obras lote 12"), 30),
            "filter_status": timed(lambda: app.list_audits(status="delivered"), 30),
            "filter_date_range": timed(
                lambda: app.list_audits(date_from="2026-03-01", date_to="2026-03-31"), 30
            ),
            "status_counts": timed(lambda: app.status_counts(), 30),
        }
        app.close()
    p99 = ms(pct(save_times, 0.99))
    result = {
        "benchmark": "store",
        "python": sys.version.split()[0],
        "machine": platform.machine(),
        "audits": args.audits,
        "setup_seconds": round(setup_s, 2),
        "answer_save": {
            "count": len(save_times),
            "p50_ms": ms(pct(save_times, 0.50)),
            "p95_ms": ms(pct(save_times, 0.95)),
            "p99_ms": p99,
            "max_ms": ms(max(save_times)),
        },
        "audit_list": queries,
        "budgets": report(
            {
                "answer_save_p99_ms": p99,
                "audit_query_ms": max(q["median_ms"] for q in queries.values()),
            }
        ),
    }
    print(json.dumps(result, indent=2, ensure_ascii=False))


if __name__ == "__main__":
    main()
