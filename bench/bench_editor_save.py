"""Benchmark the audit editor: one answer saved in a 96-question audit.

Prints one JSON object. What is timed is what the observer waits for after
choosing an answer: from the question widget's ``chosen`` signal (a click on
a radio button) until every task that save started has finished and its
result is on screen (the task runner's queue is empty and the event loop has
turned once more). The wait is an idle ``QEventLoop`` woken by the runner's
own signal, not by polling; a re-check once a second catches a wake-up that
signal missed (seen once under heavy load) and counts it in ``late_wakeups``,
so such a save shows as what it is instead of stopping the bench.

Two kinds of answer, alternated so each save changes something:

- **plain**: a yes/no question without red flags (nothing else changes);
- **flag**: a yes/no question whose "no" raises a red flag (a finding is
  raised, then withdrawn).

Beside the times, ``ui_apply_median_ms``: the part of it spent on the UI thread
showing the result (the editor's ``apply_state``); and ``evaluations_per_save``: how many times the checklist
engine evaluated the whole audit per save (``core.engine.evaluate`` calls,
counted by a wrapper put in place of every module's ``evaluate`` name that is
the engine's function, on whatever thread it runs) — the
cost the change signal exists to avoid.

    QT_QPA_PLATFORM=offscreen .venv/bin/python bench/bench_editor_save.py [--saves 40]

The checklist is made here: 8 sections × 12 questions (yes/no, numbers,
text), a third of the sections with a ``relevant`` condition, a red flag on
two yes/no questions of each section; the audit has its header filled and half of its
answers given before the clock starts. Every page is built (visited) first,
as after an observer went through the audit once.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

SECTIONS = 8
PER_SECTION = 12
DEADLINE_MS = 60_000
SAFETY_MS = 1000  # re-check that often whether the runner is idle (see settle)


def form_yaml() -> str:
    lines = [
        "id: bench96",
        "version: 1",
        "title: {es: Formulario de 96 preguntas, en: 96-question form}",
        "header:",
        "  - {id: numero, type: text, label: Número de procedimiento, required: true}",
        "  - {id: unidad, type: text, label: Unidad convocante, required: true}",
        "sections:",
    ]
    for s in range(SECTIONS):
        lines.append(f"  - id: s{s}")
        lines.append(f"    title: Sección {s + 1}")
        if s % 3 == 2:
            lines.append(f"    relevant: \"s{s - 1}_q0 == 'si'\"")
        lines.append("    questions:")
        for q in range(PER_SECTION):
            qid = f"s{s}_q{q}"
            if q % 3 == 1:
                lines.append(
                    f"      - {{id: {qid}, type: number, label: Cantidad {s}.{q}, required: true}}"
                )
            elif q % 3 == 2:
                lines.append(f"      - {{id: {qid}, type: text, label: Observación {s}.{q}}}")
            else:
                lines.append(f"      - id: {qid}")
                lines.append("        type: yes_no")
                lines.append(f"        label: ¿Se cumple el punto {s}.{q}?")
                lines.append("        required: true")
                if q % 6 == 3:
                    lines.append("        red_flags:")
                    lines.append(
                        f"          - {{id: rf_{qid}, when: \"{qid} == 'no'\", "
                        f"severity: media, title: Incumple {s}.{q}}}"
                    )
    return "\n".join(lines) + "\n"


def prepare(data_dir: Path) -> str:
    from observer_desktop.core.errors import InputError
    from observer_desktop.services.app import Observador

    (data_dir / "forms").mkdir(parents=True, exist_ok=True)
    (data_dir / "forms" / "bench96.yaml").write_text(form_yaml(), encoding="utf-8")
    app = Observador(data_dir)
    app.save_profile(name="Bench", observer_code="BENCH-1")
    audit = app.create_audit("bench96", header={"numero": "LP-1", "unidad": "Obras"})
    checklist = app.checklist_for(audit)
    assert len(list(checklist.questions())) == SECTIONS * PER_SECTION
    for s in range(SECTIONS):
        for q in range(0, PER_SECTION, 2):
            qid = f"s{s}_q{q}"
            value = {0: "si", 1: 3, 2: "Sin novedad"}[q % 3]
            with contextlib.suppress(InputError):  # a section that does not apply
                app.set_answer(audit["id"], qid, value)
    app.close()
    return audit["id"]


def count_calls(function) -> list[int]:
    """Count calls of ``function`` from now on, under every name modules imported it as
    (``from … import evaluate`` binds a name of its own in each module)."""
    calls = [0]

    def counting(*args, **kwargs):
        calls[0] += 1
        return function(*args, **kwargs)

    for module in list(sys.modules.values()):
        for name, value in list(vars(module).items() if module else ()):
            if value is function:
                setattr(module, name, counting)
    return calls


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--saves", type=int, default=40, help="saves of each kind")
    parser.add_argument("--dir", help="working folder (default: a temporary one)")
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    base = Path(args.dir) if args.dir else Path(tempfile.mkdtemp(prefix="bench-editor-"))
    data_dir = base / "editor-save"
    shutil.rmtree(data_dir, ignore_errors=True)  # a fresh audit each run
    audit_id = prepare(data_dir)

    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication

    from observer_desktop.core import engine
    from observer_desktop.ui.backend import Backend
    from observer_desktop.ui.tasks import TaskRunner

    qapp = QApplication.instance() or QApplication(sys.argv[:1])
    tasks = TaskRunner()
    backend = Backend(data_dir)
    try:
        from observer_desktop.ui.audit_editor import AuditEditor
    except ImportError:  # before the editor became a package (for the "before" figure)
        from observer_desktop.ui.editor import AuditEditor
    applied: list[float] = []  # UI-thread time showing each save's result
    apply_name = "apply_state" if hasattr(AuditEditor, "apply_state") else "_apply_state"
    original_apply = getattr(AuditEditor, apply_name)

    def timed_apply(self, *args, **kwargs):
        t0 = time.perf_counter()
        try:
            return original_apply(self, *args, **kwargs)
        finally:
            applied.append((time.perf_counter() - t0) * 1000)

    setattr(AuditEditor, apply_name, timed_apply)
    editor = AuditEditor(backend, tasks)
    editor.resize(1200, 800)
    editor.show()

    late_wakeups = [0]

    def settle() -> None:
        """Turn the event loop until no task is pending (woken by the runner's signal)."""
        loop = QEventLoop()

        def check(*_args) -> None:
            if tasks.pending() == 0:
                QTimer.singleShot(0, loop.quit)  # after the callback that is running now

        def late() -> None:
            """A wake-up the runner's signal did not give (seen once under heavy load):
            counted and reported, so it cannot hide in the figures."""
            if tasks.pending() == 0:
                late_wakeups[0] += 1
                loop.quit()

        tasks._relay.finished.connect(check)
        deadline = QTimer()
        deadline.setSingleShot(True)
        deadline.timeout.connect(lambda: loop.exit(1))
        deadline.start(DEADLINE_MS)
        safety = QTimer()
        safety.setInterval(SAFETY_MS)
        safety.timeout.connect(late)
        safety.start()
        check()
        code = loop.exec()
        deadline.stop()
        safety.stop()
        tasks._relay.finished.disconnect(check)
        if code != 0:
            raise SystemExit("bench_editor_save: the editor did not settle within 60 s")

    editor.open_audit(audit_id)
    settle()
    for s in range(SECTIONS):  # every page built, as after a first pass
        editor.question_widget(f"s{s}_q0")
    qapp.processEvents()
    settle()

    def save(qid: str, value: str) -> float:
        qw = editor.question_widget(qid)
        qw.set_value(value)
        t0 = time.perf_counter()
        qw.chosen.emit()
        settle()
        return (time.perf_counter() - t0) * 1000

    kinds = {"plain": "s1_q6", "flag": "s1_q3"}
    times: dict[str, list[float]] = {k: [] for k in kinds}
    flagged = editor.question_widget("s1_q3")
    flag_seen = unflag_seen = True
    calls = count_calls(engine.evaluate)
    applied.clear()
    for round_ in range(args.saves):
        value = "no" if round_ % 2 == 0 else "si"
        for kind, qid in kinds.items():
            times[kind].append(save(qid, value))
        # what the observer must see after the save: the red flag raised, then withdrawn
        shown = bool(flagged.flag_texts())
        flag_seen &= shown if value == "no" else True
        unflag_seen &= (not shown) if value == "si" else True
    evaluations = calls[0]
    saves = args.saves * len(kinds)
    out = {
        "bench": "editor_save",
        "questions": SECTIONS * PER_SECTION,
        "saves": saves,
        "evaluations_per_save": round(evaluations / saves, 2),
    }
    for kind, values in times.items():
        values.sort()
        out[f"{kind}_save_median_ms"] = round(statistics.median(values), 2)
        out[f"{kind}_save_p95_ms"] = round(values[int(0.95 * (len(values) - 1))], 2)
    out["late_wakeups"] = late_wakeups[0]  # saves whose end was seen by the 1 s re-check
    out["ui_apply_median_ms"] = round(statistics.median(applied), 2) if applied else 0.0
    from budgets import report

    worst = max(out["plain_save_p95_ms"], out["flag_save_p95_ms"])
    out["budgets"] = report({"editor_answer_p95_ms": worst})
    if not (flag_seen and unflag_seen):
        raise SystemExit("bench_editor_save: the red flag did not follow the answers on screen")
    editor.close()
    print(json.dumps(out))


if __name__ == "__main__":
    main()
