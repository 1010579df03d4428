"""Time the copy of record (oic_server/record.py, issue 19) of bench_report.py's 200-photo
report and of a one-photo report: make_record (wall and CPU, 5 runs after a warm-up, the
TSA in-process on SQLite), writing it into the store, check_record's CPU.

    .venv/bin/python bench/bench_record.py [--dir D]

The reports are signed with the bench's self-signed key, so check_record says "not
valid" (the OIC CA did not issue it); its time is still the time of a full check.
"""

import argparse
import json
import os
import resource
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
import bench_report as br
from budgets import report
from helpers import answer_until_complete

os.environ.setdefault("OBSERVER_PASSPHRASE", "solo-para-el-benchmark")


def make_report(tmp: Path, photos: int) -> bytes:
    from observer_desktop.services import evidence as ev
    from observer_desktop.services.app import Observador
    from observer_desktop.services.reports import generate_report

    bases = [br._base_photo(i) for i in range(br.BASES)]
    paths = []
    for n in range(photos):
        p = tmp / "fotos" / f"IMG_{n:04d}.jpg"
        p.parent.mkdir(exist_ok=True)
        p.write_bytes(br._variant(bases[n % br.BASES], n))
        paths.append(p)
    app = Observador(tmp / "data")
    app.save_profile(name="Benchmark", observer_code="BENCH-1")
    audit = app.create_audit("visita_obra_publica")["id"]
    if paths:
        ev.add_evidence(app, audit, paths, question_id="fotografias_generales", caption="Vista")
    answer_until_complete(app, audit)
    app.finalize(audit)
    out = tmp / "informe.pdf"
    generate_report(app, audit, output=out, ask=None)
    app.close()
    return out.read_bytes()


def main():
    from oic_server.record import check_record, make_record
    from oic_server.service import OICServer, initialize

    parser = argparse.ArgumentParser()
    parser.add_argument("--dir", default=None)
    parser.add_argument("--photos", type=int, default=200, help="photos of the large report")
    args = parser.parse_args()
    reports = {}
    for photos in (args.photos, 1):
        with tempfile.TemporaryDirectory(dir=args.dir, prefix="observador-bench-") as t:
            reports[photos] = make_report(Path(t), photos)
    with tempfile.TemporaryDirectory(dir=args.dir, prefix="oic-bench-") as t:
        initialize(Path(t) / "srv", None)
        server = OICServer.open(Path(t) / "srv", None)
        trust = server.record_trust()
        stamper = server.record_timestamper
        make_record(reports[1], timestamper=stamper, trust=trust)  # warm: imports, sample token
        out = {}
        for photos, data in reports.items():
            runs = []
            for _ in range(5):
                w0, c0 = time.perf_counter(), time.process_time()
                rec = make_record(data, timestamper=stamper, trust=trust)
                runs.append((time.perf_counter() - w0, time.process_time() - c0))
            s0 = time.perf_counter()
            server._store_copy(rec, None)
            store_s = time.perf_counter() - s0
            c0 = time.process_time()
            ok = check_record(rec, trust).valid
            check_cpu = time.process_time() - c0
            out[photos] = {
                "report_mb": round(len(data) / 2**20, 2),
                "record_extra_kb": round((len(rec) - len(data)) / 1024, 1),
                "wall_s": sorted(round(w, 3) for w, _ in runs),
                "cpu_s": sorted(round(c, 3) for _, c in runs),
                "store_write_s": round(store_s, 3),
                "check_record_cpu_s": round(check_cpu, 3),
                "valid": ok,
            }
        server.close()
    out["peak_rss_mb"] = round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)
    # DESIGN §7 sets no budget of its own for the copy of record: it is part of a commit,
    # whose latency bench_load.py holds to load_p99_ms
    out["budgets"] = report({})
    print(json.dumps(out, indent=1))


if __name__ == "__main__":
    main()
