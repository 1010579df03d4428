"""Time from launching the bundled ``observer-desktop`` to its main window on screen.

    python packaging/measure_startup.py [--program dist/observador/observer-desktop]
                                        [--runs 3] [--drop-caches]

Starts a private X server (Xvfb), fills a throw-away data folder with the
sample audits (the bundle's own ``observer demo``), then launches the window
``--runs`` times and polls the X server until a top-level window titled
"Observador" is mapped. ``--drop-caches`` (root) empties the kernel's page
cache before the first run, so it is a true cold start from disk. Prints JSON.
Needs Xvfb and xwininfo (``apt-get install xvfb x11-utils``).
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TIMEOUT_S = 60.0


def _window_shown(display: str) -> bool:
    out = subprocess.run(
        ["xwininfo", "-root", "-tree", "-display", display],
        capture_output=True,
        text=True,
        check=False,
    ).stdout
    return any('"Observador' in line and "Observador —" in line for line in out.splitlines())


def _start_x(display: str) -> subprocess.Popen:
    xvfb = subprocess.Popen(
        ["Xvfb", display, "-screen", "0", "1366x768x24", "-nolisten", "tcp"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:
        probe = subprocess.run(
            ["xwininfo", "-root", "-display", display], capture_output=True, check=False
        )
        if probe.returncode == 0:
            return xvfb
        time.sleep(0.05)
    xvfb.kill()
    raise SystemExit(f"Xvfb no arrancó en {display}")


def measure(program: Path, runs: int, drop_caches: bool) -> dict:
    for tool in ("Xvfb", "xwininfo"):
        if shutil.which(tool) is None:
            raise SystemExit(f"Falta {tool}: apt-get install xvfb x11-utils")
    display = f":{90 + os.getpid() % 9}"
    xvfb = _start_x(display)
    results = []
    try:
        with tempfile.TemporaryDirectory(prefix="observador-arranque-") as tmp:
            home = Path(tmp)
            data = home / "datos"
            env = {
                k: v
                for k, v in os.environ.items()
                if not k.startswith(("QT_", "OBSERVER_", "XDG_", "WAYLAND"))
            }
            env.update(DISPLAY=display, HOME=str(home), OBSERVER_LOG_DIR=str(home / "logs"))
            cli = program.with_name("observer")
            subprocess.run(
                [str(cli), "--data-dir", str(data), "demo"],
                env=env,
                check=True,
                capture_output=True,
            )
            for run in range(runs):
                if drop_caches and run == 0:
                    subprocess.run(["sync"], check=False)
                    Path("/proc/sys/vm/drop_caches").write_text("3\n")
                started = time.perf_counter()
                app = subprocess.Popen(
                    [str(program), "--data-dir", str(data)],
                    env=env,
                    stdout=subprocess.DEVNULL,
                    stderr=subprocess.DEVNULL,
                )
                shown = None
                while time.perf_counter() - started < TIMEOUT_S:
                    if _window_shown(display):
                        shown = time.perf_counter() - started
                        break
                    if app.poll() is not None:
                        break
                    time.sleep(0.02)
                app.terminate()
                try:
                    app.wait(10)
                except subprocess.TimeoutExpired:
                    app.kill()
                results.append(None if shown is None else round(shown, 2))
    finally:
        xvfb.terminate()
        xvfb.wait(10)
    return {
        "program": str(program),
        "start_to_window_s": results,
        "first_run_cold_cache": drop_caches,
    }


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument(
        "--program", type=Path, default=ROOT / "dist" / "observador" / "observer-desktop"
    )
    p.add_argument("--runs", type=int, default=3)
    p.add_argument("--drop-caches", action="store_true")
    args = p.parse_args()
    print(json.dumps(measure(args.program.resolve(), args.runs, args.drop_caches)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
