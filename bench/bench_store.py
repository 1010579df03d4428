"""Benchmark the local store: answer-save latency and audit-list queries at 10,000 audits.

Prints one JSON object. Budgets (docs: ../shared/DESIGN.md §7): save one answer,
fsync included, p99 <= 20 ms; filter the audit list (10,000 audits) <= 50 ms.

    .venv/bin/python bench/bench_store.py [--audits 10000] [--saves 2000] [--dir D]

The data folder must be on a real disk (not tmpfs), or fsync costs nothing.
"""

from __future__ import annotations

import argparse
import json
import platform
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

from observer_desktop.services.app import Observador

UNITS = [
    "Dirección de Obras Públicas",
    "Dirección de Recursos Materiales",
    "Dirección de Alumbrado Público",
    "Secretaría de Seguridad Pública",
    "DIF Municipal",
]
OBJECTS = [
    "uniformes",
    "luminarias",
    "pavimentación",
    "patrullas",
    "medicamentos",
    "papelería",
    "mantenimiento de parques",
    "combustible",
    "equipo de cómputo",
    "techumbre",
]
TYPES = ["licitacion_publica", "invitacion_tres", "adjudicacion_directa"]


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
    rng = random.Random(7)
    with tempfile.TemporaryDirectory(dir=args.dir, prefix="observador-bench-") as tmp:
        app = Observador(Path(tmp) / "data")
        app.save_profile(name="Bench", observer_code="BENCH-1")

        t0 = time.perf_counter()
        batch = 500
        for start in range(0, args.audits, batch):
            with app.database.transaction():  # one commit per batch keeps set-up fast
                for i in range(start, min(start + batch, args.audits)):
                    app.create_audit(
                        "procedimiento_contratacion",
                        header={
                            "numero_procedimiento": f"LP-MCH-{i:05d}-2026",
                            "unidad_convocante": rng.choice(UNITS),
                            "objeto_contratacion": f"Adquisición de {rng.choice(OBJECTS)} lote {i}",
                            "tipo_procedimiento": rng.choice(TYPES),
                            "fecha_evento": f"2026-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}",
                        },
                    )
        setup_s = time.perf_counter() - t0

        # answer saves, each its own transaction with fsync, as in the app
        audit_id = app.list_audits(limit=1)[0]["id"]
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
            "filter_status": timed(lambda: app.list_audits(status="finalized"), 30),
            "filter_date_range": timed(
                lambda: app.list_audits(date_from="2026-03-01", date_to="2026-03-31"), 30
            ),
            "status_counts": timed(lambda: app.status_counts(), 30),
        }
        app.close()
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
            "p99_ms": ms(pct(save_times, 0.99)),
            "max_ms": ms(max(save_times)),
            "budget_p99_ms": 20,
        },
        "audit_list": queries,
        "audit_list_budget_ms": 50,
    }
    print(json.dumps(result, indent=2, ensure_ascii=False))


if __name__ == "__main__":
    main()
