"""Load: 200 laptops delivering at once through nginx to two ``oic-server serve``
instances on one database, one instance killed with ``kill -9`` halfway. Prints JSON.

The bench builds and tears down everything itself (also on Ctrl-C or an error): a fresh
PostgreSQL database ``oic_load_<pid>`` on 127.0.0.1:5432 (SQLite in the data folder,
with a note, when PostgreSQL does not answer or with ``--database sqlite``),
``oic-server init``, the laptops' observers, tokens, certificates and signed
submissions (bench/load_setup.py, untimed), two instances and Debian's nginx with
packaging/nginx/oic-server.conf (TLS with the OIC's certificate), and the blob store:
the data folder's by default, ``--blob-store URL`` passed through to ``init`` and
``serve`` as given (issue 20's S3 store; with ``--seaweedfs`` the bench starts
SeaweedFS's S3 gateway on loopback for it, the endpoint and keys in the environment).

Then locust (bench/load_locustfile.py, headless, its own process, loopback only): the
laptops arrive over ``--ramp`` seconds, each on a link paced at its own rate
(``--link-mbit LOW:HIGH``, log-uniform, seeded; ``0`` for unpaced loopback), sending its
submission (``--photos`` random photos of about ``--photo-mb`` MB, the audit JSON and
the signed report) as Observador does: meta, manifest, chunks (3 blobs in flight),
commit, resuming from HEAD's offset after a failure with the laptop's backoff.
``--cut-share`` of them have their connection closed halfway through a chunk. Once the
instances have received ``--kill-at`` of the payload, instance A gets ``kill -9``; it
is started again ``--restart-after`` seconds later (negative: never). ``--max-seconds``
bounds the run: locust stops then, and the figures say what was done.

After the run: every planned submission committed once (database), each blob stored
once and every stored blob read back and hashed, the servers' received bytes (their
/metrics) against the payload. Budgets (DESIGN §7, bench/budgets.py): p99 per request
type ≤ 500 ms apart from the requests the kill caught, 0 laptop errors, 0 duplicates.

    .venv/bin/python bench/bench_load.py [--laptops 200] [--photos 20] [--photo-mb 4]
        [--link-mbit 2:20] [--ramp 120] [--cut-share 0.1] [--kill-at 0.5]
        [--restart-after 30] [--max-seconds 1800] [--database postgresql|sqlite]
        [--blob-store s3://bucket/prefix [--seaweedfs]] [--dir D] [--keep]
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from budgets import report  # noqa: E402 - bench/budgets.py
from load_figures import check_blob_files, percentile, run_figures  # noqa: E402
from load_setup import (  # noqa: E402
    NGINX,
    Instance,
    Nginx,
    build_plan,
    free_port,
    fresh_database,
    global_args,
    init_server,
    nginx_site,
    seaweedfs,
)

LOCUST = Path(sys.executable).with_name("locust")


def parse_range(text: str) -> tuple[float, float]:
    low, _, high = text.partition(":")
    return float(low), float(high or low)


def machine_cpu() -> tuple[float, float]:
    """(busy, total) jiffies of every core since boot (/proc/stat)."""
    values = [float(v) for v in Path("/proc/stat").read_text().split("\n", 1)[0].split()[1:]]
    idle = values[3] + values[4]
    return sum(values) - idle, sum(values)


def postgres_cpu() -> float:
    import psutil

    total = 0.0
    for p in psutil.process_iter(["name"]):
        if p.info["name"] in ("postgres", "postmaster"):
            with contextlib.suppress(psutil.Error):
                t = p.cpu_times()
                total += t.user + t.system
    return total


class Received:
    """Bytes each instance process counted (oic_upload_received_bytes_total), scraped
    every second: a killed process keeps its last scrape (a lower bound)."""

    def __init__(self) -> None:
        self.closed = 0.0  # processes gone
        self.current: dict[str, dict[str, float]] = {}
        self.peaks: dict[str, dict[str, float]] = {}  # worker-pool gauges' highest scrape
        self.gone: dict[str, dict[str, float]] = {}  # a killed process's last scrape

    def scrape(self, instance: Instance) -> None:
        with contextlib.suppress(Exception):
            found = self.current[instance.name] = instance.metrics()
            peaks = self.peaks.setdefault(instance.name, {})
            for key, value in found.items():
                if key.startswith(("oic_worker_tasks_waiting", "oic_worker_threads_busy")):
                    peaks[key] = max(peaks.get(key, 0.0), value)

    def retire(self, instance: Instance) -> dict[str, float]:
        last = self.current.pop(instance.name, {})
        self.gone[f"{instance.name}_killed"] = last
        self.closed += last.get("oic_upload_received_bytes_total", 0.0)
        return last

    def stalls(self) -> dict[str, dict[str, Any]]:
        """Per process: how often its event loop was late by more than 0.1, 0.5 and
        1 s (of its checks every 0.25 s), the chunk pool's wait, and the worker pools'
        busiest scrape: what made every request of an instance wait at once."""
        out: dict[str, dict[str, Any]] = {}
        for name, last in {**self.gone, **self.current}.items():
            lag = _histogram(last, "oic_event_loop_lag_seconds")
            wait = _histogram(last, "oic_worker_wait_seconds")
            peaks = self.peaks.get(name.removesuffix("_killed"), {})
            out[name] = {
                "loop_checks": int(lag.get(float("inf"), 0)),
                "loop_late_over_s": {
                    str(edge): int(lag.get(float("inf"), 0) - lag.get(edge, 0))
                    for edge in (0.1, 0.5, 1.0)
                },
                "chunk_waits": int(wait.get(float("inf"), 0)),
                "chunk_waits_over_s": {
                    str(edge): int(wait.get(float("inf"), 0) - wait.get(edge, 0))
                    for edge in (0.1, 0.5, 1.0)
                },
                "pool_peaks": {
                    key.removeprefix("oic_worker_"): int(v) for key, v in sorted(peaks.items())
                },
            }
        return out

    def total(self) -> float:
        return self.closed + sum(
            m.get("oic_upload_received_bytes_total", 0.0) for m in self.current.values()
        )


def _histogram(sample: dict[str, float], name: str) -> dict[float, float]:
    """Upper bound -> cumulative count, from ``name_bucket{le=…}`` samples."""
    found = {}
    for key, value in sample.items():
        if key.startswith(f"{name}_bucket{{le="):
            found[float(key.split("le=", 1)[1].rstrip("}"))] = value
    return found


def db_checks(data: Path, url: str | None, plan: dict[str, Any]) -> dict[str, Any]:
    """What the database holds after the run, against the plan."""
    from sqlalchemy import func, select

    from oic_server import schema as s
    from oic_server.service import OICServer

    planned = {lp["submission_id"] for lp in plan["laptops"]}
    expected = {b["sha256"] for lp in plan["laptops"] for b in lp["manifest"]["blobs"]}
    oic = OICServer.open(data, url)
    try:
        with oic.db.read() as conn:
            states = dict(
                conn.execute(
                    select(s.submissions.c.state, func.count()).group_by(s.submissions.c.state)
                ).all()
            )
            committed = {
                row.id
                for row in conn.execute(
                    select(s.submissions.c.id).where(s.submissions.c.state == "committed")
                )
            }
            twice_received = conn.execute(
                select(func.count()).select_from(
                    select(s.review_events.c.submission_id)
                    .where(s.review_events.c.state == "received")
                    .group_by(s.review_events.c.submission_id)
                    .having(func.count() > 1)
                    .subquery()
                )
            ).scalar_one()
            twice_indexed = conn.execute(
                select(func.count()).select_from(
                    select(s.submission_index.c.submission_id)
                    .group_by(s.submission_index.c.submission_id)
                    .having(func.count() > 1)
                    .subquery()
                )
            ).scalar_one()
            blob_rows = {row.sha256 for row in conn.execute(select(s.blobs.c.sha256))}
            # the copies of record the server makes at commit (issue 19), where it does
            records: set[str] = set()
            if "record_sha256" in s.submissions.c:
                column = s.submissions.c.record_sha256
                records = {r[0] for r in conn.execute(select(column).where(column.is_not(None)))}
            open_uploads = conn.execute(
                select(func.count()).select_from(s.uploads).where(s.uploads.c.complete.is_(False))
            ).scalar_one()
    finally:
        oic.close()
    return {
        "submissions_by_state": states,
        "planned_committed": len(planned & committed),
        "committed_not_planned": len(committed - planned),
        "submissions_received_twice": twice_received,
        "submissions_indexed_twice": twice_indexed,
        "blob_rows": len(blob_rows),
        "records_of_commit": len(records),
        "record_sha256s": sorted(records),
        "blob_rows_unexpected": len(blob_rows - expected - records),
        "uploads_left_incomplete": open_uploads,
    }


def store_files(data: Path, blob_store: str | None, work: Path) -> tuple[list[Path], str]:
    """The stored blobs as local files: the data folder's ``blobs/``, or an S3 store's
    objects downloaded (boto3; endpoint and keys from the environment, as the server)."""
    if not blob_store:
        return [p for p in (data / "blobs").rglob("*") if p.is_file()], "filesystem"
    if not blob_store.startswith("s3://"):
        raise SystemExit(f"--blob-store {blob_store!r}: only s3://bucket/prefix is checked here")
    from oic_server.blobstores.s3 import make_client

    bucket, _, prefix = blob_store[5:].partition("/")
    client = make_client()  # OIC_S3_ENDPOINT (or AWS_ENDPOINT_URL) and keys, as the server
    folder = work / "s3-copy"
    files = []
    blobs = f"{prefix.strip('/')}/blobs/" if prefix.strip("/") else "blobs/"
    for page in client.get_paginator("list_objects_v2").paginate(Bucket=bucket, Prefix=blobs):
        for obj in page.get("Contents", []):
            name = obj["Key"].rsplit("/", 1)[-1]
            target = folder / str(len(files)) / name  # the same name twice stays twice
            target.parent.mkdir(parents=True)
            client.download_file(bucket, obj["Key"], str(target))
            files.append(target)
    return files, f"s3 ({blob_store})"


def by_instance(records: list[dict[str, Any]], ports: dict[str, str]) -> dict[str, Any]:
    """p50/p99 of answered requests per instance nginx used (one try only) and type."""
    out: dict[str, Any] = {}
    for name, address in ports.items():
        mine = [
            r for r in records if r["outcome"] in ("ok", "refused") and r.get("upstream") == address
        ]
        out[name] = {
            kind: {
                "requests": len(times),
                "p50_ms": percentile(times, 50),
                "p99_ms": percentile(times, 99),
            }
            for kind in ("manifest", "head", "patch", "commit", "other")
            if (times := [r["server_ms"] for r in mine if r["type"] == kind])
        }
    return out


def nginx_view(records: list[dict[str, Any]]) -> dict[str, Any]:
    """The requests nginx answered with success, per type: p50/p99 of its own
    ``$request_time`` (first byte from the laptop to the last byte of the answer, on the
    server's machine) beside the laptops' figure for the same requests. Where the
    laptops' tail is far above nginx's, the time was spent in the load generator (its
    one loop for 200 laptops), not in the servers. PATCH is left out: nginx's time
    includes the body's trip over the paced link."""
    out: dict[str, Any] = {}
    for kind in ("manifest", "head", "commit", "other"):
        mine = [
            r
            for r in records
            if r["type"] == kind and r["outcome"] == "ok" and r.get("nginx_ms") is not None
        ]
        if mine:
            out[kind] = {
                "requests": len(mine),
                "nginx_p50_ms": percentile([r["nginx_ms"] for r in mine], 50),
                "nginx_p99_ms": percentile([r["nginx_ms"] for r in mine], 99),
                "laptops_p99_ms": percentile([r["server_ms"] for r in mine], 99),
            }
    return out


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--laptops", type=int, default=200)
    p.add_argument("--photos", type=int, default=20, help="photos per submission (20)")
    p.add_argument("--photo-mb", type=float, default=4.0, help="mean photo size, MB (4)")
    p.add_argument("--link-mbit", default="2:20", help="each laptop's link, LOW:HIGH Mbit/s (0)")
    p.add_argument("--ramp", type=float, default=120.0, help="seconds over which laptops arrive")
    p.add_argument("--cut-share", type=float, default=0.1, help="laptops cut mid-chunk (0.1)")
    p.add_argument("--in-flight", type=int, default=3, help="blobs in flight per laptop (3)")
    p.add_argument("--kill-at", type=float, default=0.5, help="payload share at kill -9 (0: none)")
    p.add_argument("--restart-after", type=float, default=30.0, help="s; negative: never")
    p.add_argument("--max-seconds", type=float, default=1800.0, help="wall limit of the load")
    p.add_argument("--database", default="postgresql", choices=("postgresql", "sqlite"))
    p.add_argument("--blob-store", default=None, help="passed to oic-server as given")
    p.add_argument(
        "--seaweedfs",
        action="store_true",
        help="start SeaweedFS's S3 gateway here for --blob-store s3://bucket/prefix",
    )
    p.add_argument("--seed", type=int, default=20)
    p.add_argument("--dir", default=None, help="parent folder for the data (a real disk)")
    p.add_argument("--keep", action="store_true", help="keep the work folder")
    args = p.parse_args()
    if args.seaweedfs and not (args.blob_store or "").startswith("s3://"):
        p.error("--seaweedfs needs --blob-store s3://bucket/prefix")
    if NGINX is None:
        print(json.dumps({"skipped": "nginx no está instalado (apt-get install nginx)"}))
        return 0
    link = parse_range(args.link_mbit)
    work = Path(tempfile.mkdtemp(prefix="bench-load-", dir=args.dir))
    data = work / "srv"
    processes: list[Any] = []
    locust: subprocess.Popen | None = None
    try:
        with (
            fresh_database(args.database == "postgresql") as (url, db_note),
            seaweedfs(work, args.blob_store if args.seaweedfs else None) as s3_note,
        ):
            t0 = time.monotonic()
            init_server(data, url, args.blob_store)
            plan = build_plan(
                work,
                data,
                url,
                args.blob_store,
                laptops=args.laptops,
                photos=args.photos,
                photo_bytes=int(args.photo_mb * 1e6),
                link_mbit=link,
                cut_share=args.cut_share,
                seed=args.seed,
            )
            setup_seconds = time.monotonic() - t0
            cli = global_args(data, url, args.blob_store)
            a = Instance("a", cli, free_port(), work / "serve-a.log")
            b = Instance("b", cli, free_port(), work / "serve-b.log")
            processes += [a, b]
            a.start()
            b.start()
            lb_port = free_port()
            site = nginx_site((a.port, b.port), lb_port, data, work / "nginx")
            nginx = Nginx(site, work / "nginx", lb_port, connections=max(1024, args.laptops * 8))
            processes.append(nginx)
            nginx.start()

            out = work / "locust-out.json"
            env = dict(
                os.environ,
                OIC_LOAD_PLAN=str(work / "plan.json"),
                OIC_LOAD_OUT=str(out),
                OIC_LOAD_CA=str(data / "keys" / "ca-cert.pem"),
                OIC_LOAD_PORT=str(lb_port),
                OIC_LOAD_IN_FLIGHT=str(args.in_flight),
                OIC_LOAD_SEED=str(args.seed),
                PYTHONPATH=os.pathsep.join(filter(None, [str(HERE), os.environ.get("PYTHONPATH")])),
            )
            rate = args.laptops / max(args.ramp, 0.001)
            cmd = [
                str(LOCUST),
                *("-f", str(HERE / "load_locustfile.py"), "--headless", "--only-summary"),
                *("-u", str(args.laptops), "-r", f"{rate:.4f}"),
                *("--run-time", f"{int(args.max_seconds)}s", "--stop-timeout", "0"),
                *("--host", f"https://127.0.0.1:{lb_port}", "--loglevel", "WARNING"),
                *("--csv", str(work / "locust")),
            ]
            received = Received()
            cpu0, pg0 = machine_cpu(), postgres_cpu()
            start = time.time()
            with open(work / "locust.log", "wb") as log:
                locust = subprocess.Popen(cmd, stdout=log, stderr=log, env=env, cwd=HERE)
            kill_at = restart_at = None
            killed_metrics: dict[str, float] = {}
            target = args.kill_at * plan["payload_bytes"] if args.kill_at > 0 else None
            while locust.poll() is None:
                for inst in (a, b):
                    if inst.alive():
                        received.scrape(inst)
                if target is not None and kill_at is None and received.total() >= target:
                    killed_metrics = received.retire(a)
                    kill_at = time.time()
                    a.kill()
                if (
                    kill_at is not None
                    and restart_at is None
                    and args.restart_after >= 0
                    and time.time() - kill_at >= args.restart_after
                ):
                    a.start()
                    restart_at = time.time()
                if time.time() - start > args.max_seconds + 60:  # locust did not stop itself
                    locust.terminate()
                time.sleep(1.0)
            load_seconds = time.time() - start
            cpu1, pg1 = machine_cpu(), postgres_cpu()
            for inst in (a, b):
                if inst.alive():
                    received.scrape(inst)
            cpu = {
                "locust": None,
                "instance_a": round(a.cpu_seconds(), 1),
                "instance_b": round(b.cpu_seconds(), 1),
                "nginx": round(nginx.cpu_seconds(), 1),
                "postgresql": round(pg1 - pg0, 1) if url else None,
            }
            metrics = dict(received.current)
            server_bytes = received.total()
            nginx.stop()
            a.stop()
            b.stop()

            result = json.loads(out.read_text()) if out.exists() else {"records": [], "laptops": []}
            cpu["locust"] = result.get("locust_cpu_seconds")
            upstream = {
                line.get("request_id"): line for line in nginx.access_lines()
            }  # one line per request that reached nginx
            for r in result["records"]:
                line = upstream.get(r["rid"])
                if line:
                    r["upstream"] = line.get("upstream")
                    r["nginx_status"] = line.get("status")
                    r["nginx_ms"] = float(line.get("seconds") or 0) * 1000
            addresses = {"a": f"127.0.0.1:{a.port}", "b": f"127.0.0.1:{b.port}"}
            figures = run_figures(
                result["records"],
                result["laptops"],
                planned=args.laptops,
                kill_at=kill_at,
                killed=addresses["a"],
                restart_at=restart_at,
            )
            checks_db = db_checks(data, url, plan)
            record_copies = checks_db.pop("record_sha256s")
            expected = {
                blob["sha256"]: blob["size"]
                for lp in plan["laptops"]
                for blob in lp["manifest"]["blobs"]
            }
            delivered = {lp["laptop"] for lp in result["laptops"] if lp.get("ok")}
            wanted = {
                blob["sha256"]: blob["size"]
                for lp in plan["laptops"]
                if lp["index"] in delivered
                for blob in lp["manifest"]["blobs"]
            }
            files, store_note = store_files(data, args.blob_store, work)
            # a copy of record's size is the server's own: taken from the stored file
            sizes = {f.name: f.stat().st_size for f in files}
            expected.update({sha: sizes.get(sha, -1) for sha in record_copies})
            t_check = time.monotonic()
            checks_store = check_blob_files(files, expected)
            checks_store["missing_of_delivered"] = sum(
                1 for sha in wanted if sha not in {f.name for f in files}
            )
            checks_store["check_seconds"] = round(time.monotonic() - t_check, 1)
            payload_delivered = sum(wanted.values())
            busy = cpu1[0] - cpu0[0]
            total = cpu1[1] - cpu0[1]
            duplicates = (
                checks_store["duplicates"]
                + checks_db["submissions_received_twice"]
                + checks_db["submissions_indexed_twice"]
            )
            errors = figures["laptops_gave_up"] + figures["laptops_unfinished"]
            p99 = figures["latency_ms_all_types_p99"]
            print(
                json.dumps(
                    {
                        "benchmark": "load",
                        "database": db_note,
                        "blob_store": store_note,
                        "s3_server": s3_note,
                        "laptops": args.laptops,
                        "photos": args.photos,
                        "photo_mb": args.photo_mb,
                        "link_mbit": list(link) if link[1] > 0 else "unpaced (loopback)",
                        "ramp_s": args.ramp,
                        "in_flight": args.in_flight,
                        "cut_share": args.cut_share,
                        "max_seconds": args.max_seconds,
                        "setup_seconds": round(setup_seconds, 1),
                        "load_seconds": round(load_seconds, 1),
                        "payload_bytes_planned": plan["payload_bytes"],
                        "payload_bytes_delivered": payload_delivered,
                        "kill": {
                            "at_s": round(kill_at - start, 1) if kill_at else None,
                            "restarted_at_s": round(restart_at - start, 1) if restart_at else None,
                            "instance_a_last_scrape_bytes": killed_metrics.get(
                                "oic_upload_received_bytes_total"
                            ),
                        },
                        **figures,
                        "by_instance": by_instance(result["records"], addresses),
                        "nginx_view": nginx_view(result["records"]),
                        "server_received_bytes": int(server_bytes),
                        "server_received_per_payload": round(server_bytes / payload_delivered, 5)
                        if payload_delivered
                        else None,
                        "server_metrics_at_end": {
                            n: {k: v for k, v in m.items() if "{" not in k}
                            for n, m in metrics.items()
                        },
                        "server_stalls": received.stalls(),
                        "cpu_seconds": cpu,
                        "machine_cores_busy": round(busy / total * (os.cpu_count() or 1), 2)
                        if total
                        else None,
                        "locust_peak_rss_mb": result.get("locust_peak_rss_mb"),
                        "database_checks": checks_db,
                        "store_checks": checks_store,
                        "budgets": report(
                            {
                                "load_p99_ms": p99 if p99 is not None else float("nan"),
                                "load_errors": errors,
                                "load_duplicates": duplicates,
                            }
                        ),
                    },
                    indent=2,
                )
            )
            return 0
    finally:
        if locust is not None and locust.poll() is None:
            locust.terminate()
            with contextlib.suppress(subprocess.TimeoutExpired):
                locust.wait(20)
            if locust.poll() is None:
                locust.kill()
        for proc in reversed(processes):
            with contextlib.suppress(Exception):
                proc.stop()
        if args.keep:
            print(f"work folder kept: {work}", file=sys.stderr)
        else:
            shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
