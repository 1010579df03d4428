"""kill -9 a process that is saving answers, many times: nothing confirmed is ever lost."""

import os
import random
import signal
import sqlite3
import subprocess
import sys
import textwrap
import time

from observer_desktop.services.app import Observador

CHILD = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from observer_desktop.services.app import Observador

    data_dir, forms, audit_id, start = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])
    app = Observador(data_dir, form_dirs=[Path(forms)])
    print("ready", flush=True)
    i = start
    while True:
        app.set_answer(audit_id, "ofertas", i, note=f"valor {i}")
        # only now has the answer been shown to the user as saved
        print(f"saved {i}", flush=True)
        i += 1
    """
)


def test_kill_9_while_saving_loses_nothing_confirmed(data_dir, mini_form_dir, tmp_path):
    with Observador(data_dir, form_dirs=[mini_form_dir]) as app:
        app.save_profile(name="Ana", observer_code="OBS-1")
        audit_id = app.create_audit("mini", header={"numero": "X"})["id"]
    script = tmp_path / "child.py"
    script.write_text(CHILD, encoding="utf-8")
    rng = random.Random(20261126)
    confirmed: list[int] = []
    next_value = 0
    kills = 0
    for _ in range(20):
        proc = subprocess.Popen(
            [
                sys.executable,
                str(script),
                str(data_dir),
                str(mini_form_dir),
                audit_id,
                str(next_value),
            ],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        assert proc.stdout.readline().strip() == "ready", proc.stderr.read()
        deadline = time.monotonic() + rng.uniform(0.02, 0.4)
        last = None
        os.set_blocking(proc.stdout.fileno(), False)
        while time.monotonic() < deadline:
            line = proc.stdout.readline()
            if line.startswith("saved "):
                last = int(line.split()[1])
                confirmed.append(last)
            elif not line:
                time.sleep(0.001)
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait()
        kills += 1
        # lines written before the kill but not yet read are confirmations too
        rest = proc.stdout.read() or ""
        for line in rest.splitlines():
            if line.startswith("saved "):
                last = int(line.split()[1])
                confirmed.append(last)

        conn = sqlite3.connect(data_dir / "observer.db")
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        conn.close()
        with Observador(data_dir, form_dirs=[mini_form_dir]) as app:
            assert app.verify_custody() == []
            stored = app.store.get_answer(audit_id, "ofertas", None)
            logged = {
                e["details"]["value"]
                for e in app.custody_log(audit_id)
                if e["action"] == "answer.set" and e["details"]["question"] == "ofertas"
            }
            if last is not None:
                # the saved value is the last confirmed one or one saved just before the kill
                assert stored["value"] in (last, last + 1)
            missing = [v for v in confirmed if v not in logged]
            assert not missing, f"confirmed but lost: {missing[:5]}"
            next_value = (stored["value"] + 1) if stored else 0
    assert kills == 20
    assert len(confirmed) > 20, "the child should have saved many answers"
