"""Benchmark sync on loopback: bytes on the wire per payload byte, throughput, resume cost.

Prints one JSON object. Budgets in force (../shared/DESIGN.md §7, bench/budgets.py):
bytes on the wire / payload bytes <= 1.01; bytes sent again after a cut at 50 %
<= one chunk; throughput >= 0.5 of one plain HTTP PUT of the same bytes to a
trivial server that writes them to disk (the floor any protocol pays).

    .venv/bin/python bench/bench_sync.py [--mb 256] [--files 4] [--dir D] [--parallel N]

Starts a real ``oic-server`` (subprocess, SQLite, its data under --dir) and a
counting TCP relay; the observer's data folder is under --dir too. Wire bytes
are TCP payload bytes in both directions (HTTP headers, JSON, chunks), not
IP/TCP headers.

What is timed is a steady state, as on a laptop and a server in use: the
server has committed one small submission first (its first commit imports the
signature checks, ~0.3 s once per process), and the session token is in a
keyring (here one in memory: on a laptop, the OS's), not sealed in the data
folder (opening that costs an scrypt, ~70 ms, each run). ``--parallel`` sets
how many blobs go at once (the product's choice by default).
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import httpx
from budgets import report  # bench/budgets.py
from procs import free_port, stop_process  # bench/procs.py
from relay import Relay  # bench/relay.py

from observer_desktop.services import evidence as ev
from observer_desktop.services import sync
from observer_desktop.services.app import Observador
from observer_desktop.services.reports import generate_report
from observer_desktop.sync import uploads

ROOT = Path(__file__).resolve().parent.parent
OIC = Path(sys.executable).with_name("oic-server")
PASSWORD = "contraseña-de-banco-1"
MINI = (ROOT / "tests" / "helpers.py").read_text(encoding="utf-8")


class _Sink(BaseHTTPRequestHandler):
    folder: Path
    fsync_every: int = 0  # 0: once at the end

    def do_PUT(self) -> None:
        left = int(self.headers["Content-Length"])
        with open(self.folder / "upload.bin", "wb") as fh:
            since = 0
            while left:
                piece = self.rfile.read(min(left, 1 << 20))
                if not piece:
                    break
                fh.write(piece)
                left -= len(piece)
                since += len(piece)
                if self.fsync_every and since >= self.fsync_every:
                    fh.flush()
                    os.fsync(fh.fileno())
                    since = 0
            fh.flush()
            os.fsync(fh.fileno())
        self.send_response(204)
        self.end_headers()

    def log_message(self, *args) -> None:
        pass


def plain_upload(paths: list[Path], folder: Path, relay_for=None, fsync_every: int = 0) -> dict:
    """One PUT per file, streamed, to a server that only writes to disk."""
    handler = type("Sink", (_Sink,), {"folder": folder, "fsync_every": fsync_every})
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    port = server.server_address[1]
    relay = Relay(port) if relay_for else None
    url = f"http://127.0.0.1:{relay.port if relay else port}/upload"
    total = sum(p.stat().st_size for p in paths)
    t0 = time.perf_counter()
    with httpx.Client(timeout=120) as client:
        for path in paths:
            with open(path, "rb") as fh:
                client.put(
                    url,
                    content=iter(lambda fh=fh: fh.read(1 << 20), b""),
                    headers={"Content-Length": str(path.stat().st_size)},
                )
    seconds = time.perf_counter() - t0
    server.shutdown()
    out = {
        "bytes": total,
        "seconds": round(seconds, 3),
        "mb_per_s": round(total / seconds / 1e6, 1),
    }
    if relay:
        out["wire_bytes"] = relay.up + relay.down
        out["wire_per_payload"] = round((relay.up + relay.down) / total, 5)
    return out


def start_server(folder: Path) -> tuple[subprocess.Popen, int]:
    data = folder / "oic"
    subprocess.run([OIC, "--data-dir", data, "init"], check=True, capture_output=True)
    subprocess.run(
        [
            OIC,
            "--data-dir",
            data,
            "observer",
            "add",
            "OBS-900",
            "--name",
            "Banco",
            "--password-stdin",
            "--reusable",
        ],
        input=(PASSWORD + "\n").encode(),
        check=True,
        capture_output=True,
    )
    port = free_port()
    proc = subprocess.Popen(
        [OIC, "--data-dir", data, "serve", "--port", str(port), "--log-level", "warning"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    for _ in range(300):
        try:
            httpx.get(f"http://127.0.0.1:{port}/api/v1/meta", timeout=1)
            return proc, port
        except httpx.HTTPError:
            time.sleep(0.1)
    raise SystemExit("oic-server did not start")


def make_audit(
    app: Observador, folder: Path, sizes: list[int], tag: str
) -> tuple[dict, list[Path]]:
    audit = app.create_audit("mini", header={"numero": f"LP-{tag}", "tipo": "ad"})
    for q, v in (("publicada", "si"), ("ofertas", 4), ("excepcion", "si")):
        app.set_answer(audit["id"], q, v)
    app.set_answer(audit["id"], "estatus", "completo", item=0)
    paths = []
    for i, size in enumerate(sizes):
        path = folder / f"{tag}-{i}.bin"
        with open(path, "wb") as fh:
            left = size
            while left:
                n = min(left, 8 << 20)
                fh.write(os.urandom(n))
                left -= n
        paths.append(path)
    ev.add_evidence(app, audit["id"], paths, question_id="publicada")
    app.finalize(audit["id"])
    generate_report(app, audit["id"], ask=None)
    return audit, paths


def memory_keyring():
    """A keyring holding its secrets in this process only (the bench never touches the
    machine's), of a priority the app takes for an OS keyring."""
    from keyring.backend import KeyringBackend

    class MemoryKeyring(KeyringBackend):
        priority = 5

        def __init__(self) -> None:
            super().__init__()
            self.secrets: dict[tuple[str, str], str] = {}

        def get_password(self, service: str, username: str) -> str | None:
            return self.secrets.get((service, username))

        def set_password(self, service: str, username: str, password: str) -> None:
            self.secrets[(service, username)] = password

        def delete_password(self, service: str, username: str) -> None:
            self.secrets.pop((service, username), None)

    return MemoryKeyring()


def timed_sync(app: Observador, token: str, *, cut: tuple[Relay, int] | None = None, retry=None):
    """One sync; returns (result, total seconds, upload seconds)."""
    marks: dict[str, float] = {}

    def progress(p) -> None:
        now = time.perf_counter()
        if p.stage == "upload":
            marks.setdefault("upload", now)
            if cut is not None and "cut" not in marks:
                relay, size = cut
                if p.bytes_done >= p.bytes_total - size // 2:  # half of the large file is sent
                    marks["cut"] = now
                    relay.cut_at_up = relay.up + (1 << 20)  # in the middle of the next chunk
        if p.stage == "commit":
            marks["commit"] = now

    options = sync.SyncOptions(fetch_forms=False, **({"retry": retry} if retry else {}))
    t0 = time.perf_counter()
    result = sync.sync_now(app, token=token, progress=progress, options=options)
    total = time.perf_counter() - t0
    upload = marks.get("commit", t0) - marks.get("upload", t0)
    return result, total, upload, "cut" in marks


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mb", type=int, default=256, help="evidence payload in MiB")
    parser.add_argument("--files", type=int, default=4)
    parser.add_argument("--dir", default=None)
    parser.add_argument("--parallel", type=int, default=None, help="blobs sent at once")
    args = parser.parse_args()
    if args.parallel:
        uploads.UPLOADS_IN_FLIGHT = args.parallel
    base = Path(tempfile.mkdtemp(prefix="bench-sync-", dir=args.dir))
    os.environ.setdefault("OBSERVER_PASSPHRASE", "frase de paso del banco")
    import keyring

    keyring.set_keyring(memory_keyring())  # never the real keyring: the token stays in memory
    proc, port = start_server(base)
    app = None
    try:
        forms = base / "forms"
        forms.mkdir()
        ns: dict = {}
        exec(compile(MINI, "helpers.py", "exec"), ns)
        (forms / "mini.yaml").write_text(ns["MINI_FORM"], encoding="utf-8")
        app = Observador(base / "laptop", form_dirs=[forms])
        app.save_profile(name="Banco de pruebas", observer_code="OBS-900")
        size = args.mb * (1 << 20) // args.files
        src = base / "src"
        src.mkdir()
        direct = f"http://127.0.0.1:{port}"
        chunk = httpx.get(direct + "/api/v1/meta").json()["limits"]["chunk_bytes"]

        # 0. the server's first commit (imports), as on a server in use
        token = sync.login(app, server=direct, code="OBS-900", password=PASSWORD).token
        make_audit(app, src, [1000], "warm")
        warm, warm_seconds, _, _ = timed_sync(app, token)
        assert warm.ok, warm.to_json()

        # 1. throughput straight to the server, against one plain PUT per file
        audit, paths = make_audit(app, src, [size] * args.files, "speed")
        result, total, upload, _ = timed_sync(app, token)
        assert result.ok, result.to_json()
        payload = app.store.outbox_rows(audit_id=audit["id"])[0]["bytes_total"]
        plain = plain_upload(paths, base)
        plain_relay = plain_upload(paths, base, relay_for=True)
        plain_fsync = plain_upload(paths, base, fsync_every=chunk)
        for path in paths:
            path.unlink()

        # 2. bytes on the wire, through the counting relay, fresh content
        relay = Relay(port)
        token = sync.login(
            app, server=f"http://127.0.0.1:{relay.port}", code="OBS-900", password=PASSWORD
        ).token
        audit, paths = make_audit(app, src, [size] * args.files, "wire")
        relay.reset()
        wire, _wire_total, _, _ = timed_sync(app, token)
        assert wire.ok, wire.to_json()
        wire_payload = app.store.outbox_rows(audit_id=audit["id"])[0]["bytes_total"]
        wire_bytes = relay.up + relay.down
        for path in paths:
            path.unlink()

        # 3. the link is cut at half of a large file; the next sync resumes
        audit, paths = make_audit(app, src, [size], "cut")
        first, _, _, fired = timed_sync(
            app, token, cut=(relay, size), retry=sync.RetryPolicy(max_failures=0)
        )
        second, _, _, _ = timed_sync(app, token)
        assert second.ok, second.to_json()
        cut_payload = app.store.outbox_rows(audit_id=audit["id"])[0]["bytes_total"]
        resent = first.chunk_bytes_sent + second.chunk_bytes_sent - cut_payload

        print(
            json.dumps(
                {
                    "machine": {"python": platform.python_version(), "cpus": os.cpu_count()},
                    "payload_mb": round(payload / 1e6, 1),
                    "blobs": args.files + 2,
                    "chunk_bytes": chunk,
                    "uploads_in_flight": uploads.UPLOADS_IN_FLIGHT,
                    "warmup_sync_seconds": round(warm_seconds, 3),
                    "wire_per_payload": {
                        "sync": round(wire_bytes / wire_payload, 5),
                        "plain_put": plain_relay["wire_per_payload"],
                        "sync_wire_bytes": wire_bytes,
                        "sync_payload_bytes": wire_payload,
                        "sync_requests": wire.requests,
                    },
                    "throughput_mb_per_s": {
                        "sync_total": round(payload / total / 1e6, 1),
                        "sync_upload_only": round(payload / upload / 1e6, 1) if upload else None,
                        "plain_put": plain["mb_per_s"],
                        "plain_put_fsync_every_chunk": plain_fsync["mb_per_s"],
                        "sync_total_vs_plain": round(
                            (payload / total) / (plain["bytes"] / plain["seconds"]), 3
                        ),
                        "sync_seconds": round(total, 3),
                        "plain_put_seconds": plain["seconds"],
                    },
                    "resume_after_cut_at_half": {
                        "cut_fired": fired and not first.ok,
                        "bytes_sent_again": resent,
                    },
                    "budgets": report(
                        {
                            "sync_wire_per_payload": round(wire_bytes / wire_payload, 5),
                            "sync_resent_chunks": round(resent / chunk, 3),
                            "sync_throughput_ratio": round(
                                (payload / total) / (plain["bytes"] / plain["seconds"]), 3
                            ),
                        }
                    ),
                },
                indent=2,
            )
        )
    finally:
        if app is not None:
            app.close()
        stop_process(proc, 10)
        shutil.rmtree(base, ignore_errors=True)


if __name__ == "__main__":
    main()
