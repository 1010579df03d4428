"""What the window imports before it is shown: the start budget (≤ 0.5 s, bench/bench_ui.py)
has no room for libraries that only a sync, a signature or a report needs.

Not a timing: a list of modules that must stay out of ``import observer_desktop.ui.app``
(each cost 15–35 ms; they are imported where they are used). A new top-level import of
one of them fails here, long before anyone reruns the bench.
"""

import json
import os
import subprocess
import sys

LATE = [
    "httpx",  # sync client: imported when a client is made
    "keyring",  # secrets: imported by the functions that read or store one
    "jsonschema",  # checklist validation: on the database thread, when checklists load
    "pyhanko",  # signing and verifying reports
    "reportlab",  # making reports
]


def test_the_window_module_does_not_import_what_start_does_not_need():
    code = (
        "import json, sys\n"
        "import observer_desktop.ui.app\n"
        f"print(json.dumps([m for m in {LATE!r} if m in sys.modules]))\n"
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=env, check=True
    )
    assert json.loads(out.stdout.strip().splitlines()[-1]) == []
