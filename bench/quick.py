"""Every bench at small sizes: proof that none of them crashed, hung or rotted.

    .venv/bin/python bench/quick.py [--dir D] [--only bench_ui ...]

``make bench-quick`` runs it and ``.ci/run`` calls that after the tests. Each
bench runs in its own process, at the sizes below, with a time limit. The run
fails when a bench exits with an error, prints no JSON, or reports an
impossible figure — a budget figure missing, not a number, negative or not
finite; a time below zero or a count of zero anywhere in its JSON (see
``budgets.problems``) — and when a ``bench_*.py`` has no entry here. A bench in
``MAY_SKIP`` may print ``{"skipped": reason}`` where it cannot run (not root);
the table says so. It never fails on a timing: CI machines are noisy, and the
small sizes are not the budgets' sizes. It prints one table: bench, figure,
budget, value.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from budgets import BUDGETS, problems

HERE = Path(__file__).resolve().parent
# 4 MB at 20 Mbit/s, 40 ms RTT, 1 % loss; then 6 MB with a drop of 0.5 s every 3 s (~30 s)
RURAL_QUICK = "--mb 4 --files 4 --rate-mbit 20 --rtt-ms 40 --drop-mb 6 --drop-every 3 --outage 0.5"
# 10 laptops of 3 photos of 1 MB on 2-8 Mbit/s links, arriving over 5 s; one cut, the kill
LOAD_QUICK = "--laptops 10 --photos 3 --photo-mb 1 --link-mbit 2:8 --ramp 5 --restart-after 5"
# bench -> (arguments at small size, time limit in seconds)
QUICK: dict[str, tuple[list[str], int]] = {
    "bench_store": (["--audits", "1000", "--saves", "200"], 120),
    "bench_ui": (["--audits", "1000", "--evidence", "5000", "--starts", "2"], 180),
    "bench_ui_import": (["--photos", "12"], 180),
    "bench_editor_save": (["--saves", "10"], 120),
    "bench_report": (["--photos", "6"], 180),
    "bench_evidence": (["--photos", "12", "--big-mb", "24", "--repeat", "1"], 240),
    "bench_server": (["--mb", "16"], 180),
    "bench_sync": (["--mb", "16", "--files", "2"], 240),
    "bench_abuse": (["--idle", "1100", "--bodies", "60", "--at-once", "30"], 120),
    "bench_console": (
        ["--submissions", "2000", "--export", "1000", "--photos", "40", "--requests", "60"],
        300,
    ),
    "bench_rural": (RURAL_QUICK.split(), 180),
    "bench_load": (LOAD_QUICK.split(), 240),
    "bench_record": (["--photos", "6"], 120),
}
DIR_BENCHES = {"bench_store", "bench_ui", "bench_ui_import", "bench_editor_save", "bench_report",
               "bench_evidence", "bench_sync", "bench_console", "bench_rural", "bench_load",
               "bench_record"}  # fmt: skip
# benches that cannot run everywhere and say so: {"skipped": "the reason"} and nothing else
# (bench_rural needs root for its network namespaces); any other bench that skips fails
MAY_SKIP = {"bench_rural", "bench_load"}  # bench_load: without nginx


def run(
    bench: str, args: list[str], limit: int, work: Path
) -> tuple[dict | None, list[str], float]:
    cmd = [sys.executable, str(HERE / f"{bench}.py"), *args]
    if bench in DIR_BENCHES:
        cmd += ["--dir", str(work)]
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    t0 = time.monotonic()
    try:
        proc = subprocess.run(cmd, capture_output=True, text=True, timeout=limit, env=env)
    except subprocess.TimeoutExpired as exc:
        tail = (exc.stderr or b"")[-2000:]
        tail = tail.decode(errors="replace") if isinstance(tail, bytes) else tail
        return None, [f"{bench}: still running after {limit} s (hung?)\n{tail}"], limit
    seconds = time.monotonic() - t0
    if proc.returncode != 0:
        return None, [f"{bench}: exit {proc.returncode}\n{proc.stderr[-3000:]}"], seconds
    try:
        result = json.loads(proc.stdout[proc.stdout.index("{") :])
    except ValueError:
        return None, [f"{bench}: printed no JSON\n{proc.stdout[-1000:]}"], seconds
    if "skipped" in result:
        if bench in MAY_SKIP and isinstance(result["skipped"], str) and result["skipped"]:
            return result, [], seconds
        return result, [f"{bench}: skipped ({result['skipped']!r}), and it may not"], seconds
    return result, problems(bench, result), seconds


def missing_entries() -> list[str]:
    return [
        f"{p.stem}: no quick size in bench/quick.py (add one)"
        for p in sorted(HERE.glob("bench_*.py"))
        if p.stem not in QUICK
    ]


def table(rows: list[tuple[str, str, str, str]]) -> str:
    head = ("bench", "figure", "budget", "value")
    widths = [max(len(r[i]) for r in [head, *rows]) for i in range(4)]
    lines = ["  ".join(c.ljust(w) for c, w in zip(r, widths, strict=True)) for r in [head, *rows]]
    lines.insert(1, "  ".join("-" * w for w in widths))
    return "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--dir", default=None, help="parent folder for the benches' data")
    parser.add_argument("--only", nargs="*", help="run only these benches")
    args = parser.parse_args()
    failures = missing_entries()
    rows: list[tuple[str, str, str, str]] = []
    total = time.monotonic()
    with tempfile.TemporaryDirectory(dir=args.dir, prefix="observador-bench-quick-") as tmp:
        for bench, (bench_args, limit) in QUICK.items():
            if args.only and bench not in args.only:
                continue
            result, found, seconds = run(bench, bench_args, limit, Path(tmp))
            failures.extend(found)
            skipped = (result or {}).get("skipped") if not found else None
            note = " — FAILED" if found else f" — skipped: {skipped}" if skipped else ""
            print(f"{bench}: {seconds:.1f} s{note}", flush=True)
            budgets = (result or {}).get("budgets") or {}
            for name, budget in BUDGETS.items():
                if budget.bench == bench:
                    value = "skipped" if skipped else budgets.get(name, {}).get("value", "—")
                    rows.append((bench, name, budget.text(), str(value)))
    print()
    print(table(rows))
    print(f"\n{len(QUICK)} benches in {time.monotonic() - total:.0f} s (small sizes: figures")
    print("are not comparable with the budgets; bench/README.md has the full-size ones)")
    if failures:
        print("\nbench-quick FAILED:", file=sys.stderr)
        for failure in failures:
            print(f"- {failure}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
