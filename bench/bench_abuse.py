"""What anonymous clients can do to ``oic-server serve`` (issue 14), measured. Prints JSON.

Runs a real ``oic-server serve`` subprocess under ``ulimit -n 1024`` (soft and hard,
as systemd's default soft limit) on 127.0.0.1, then:

- **idle**: opens ``--idle`` TCP connections that send nothing, and times ``GET
  /api/v1/meta`` and a login while they are open; then how many descriptors the
  server still holds after its header timeout, and how much it logged;
- **anonymous JSON**: ``--bodies`` requests of 1 MiB ``[{},{},…]`` to ``PUT
  /submissions/…`` and ``POST /enroll`` without a token, ``--at-once`` at a time;
  the server's RSS before and its peak (VmHWM) after.

Budgets (issue 14's "done when"; bench/budgets.py): /meta within 1 s behind the
idle sockets, log under 1 MB, RSS raised by less than 100 MiB.

    .venv/bin/python bench/bench_abuse.py [--idle 1100] [--bodies 600] [--at-once 300]

Loopback only; every loop is bounded in count and time.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import resource
import socket
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from budgets import report  # noqa: E402 - bench/budgets.py
from procs import free_port, proc_status_bytes, stop_process  # noqa: E402 - bench/procs.py

OIC_SERVER = Path(sys.executable).with_name("oic-server")
PASSWORD = "contraseña-del-bench-1"
MIB = 1024 * 1024


class Serve:
    def __init__(self, data: Path, log: Path, header_timeout: int):
        self.port = free_port()
        self.log = log

        def limit() -> None:
            resource.setrlimit(resource.RLIMIT_NOFILE, (1024, 1024))

        self.proc = subprocess.Popen(
            [
                str(OIC_SERVER),
                "--data-dir",
                str(data),
                "serve",
                "--port",
                str(self.port),
                "--header-timeout",
                str(header_timeout),
                "--log-level",
                "warning",
            ],
            stdout=open(log, "wb"),
            stderr=subprocess.STDOUT,
            preexec_fn=limit,  # only setrlimit, before exec
        )
        deadline = time.monotonic() + 60  # waiting for startup, not measuring it
        while True:
            if self.proc.poll() is not None:
                raise RuntimeError(log.read_text(errors="replace"))
            with contextlib.suppress(httpx.HTTPError):  # not listening yet
                if httpx.get(self.url + "/meta", timeout=2).status_code == 200:
                    return
            if time.monotonic() > deadline:
                raise RuntimeError("oic-server did not start")
            time.sleep(0.05)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}/api/v1"

    def stop(self) -> None:
        stop_process(self.proc)


def idle(data: Path, work: Path, count: int) -> dict:
    serve = Serve(data, work / "idle.log", header_timeout=3)
    socks = []
    try:
        for _ in range(count):
            s = socket.socket()
            s.settimeout(10)
            s.connect(("127.0.0.1", serve.port))
            socks.append(s)
        t0 = time.monotonic()
        meta = httpx.get(serve.url + "/meta", timeout=30).status_code
        meta_s = time.monotonic() - t0
        t0 = time.monotonic()
        login = httpx.post(
            serve.url + "/auth/login", json={"code": "OBS-001", "password": PASSWORD}, timeout=30
        ).status_code
        login_s = time.monotonic() - t0
        time.sleep(5)  # past the header timeout (3 s)
        fds = sum(1 for _ in Path(f"/proc/{serve.proc.pid}/fd").iterdir())
    finally:
        for s in socks:
            s.close()
        serve.stop()
    log = serve.log.read_text(errors="replace")
    return {
        "idle_sockets": count,
        "meta_status": meta,
        "meta_seconds": round(meta_s, 4),
        "login_status": login,
        "login_seconds": round(login_s, 4),
        "server_fds_after_timeout": fds,
        "log_bytes": len(log.encode()),
        "accept_failures_logged": log.count("out of system resource"),
    }


async def _flood(port: int, bodies: int, at_once: int) -> list[str]:
    body = b"[" + b"{}," * (MIB // 3 - 1) + b"{}]"
    slots = asyncio.Semaphore(at_once)

    async def one(n: int) -> str:
        path, method = (
            (f"/api/v1/submissions/{uuid.uuid4()}", "PUT") if n % 2 else ("/api/v1/enroll", "POST")
        )
        async with slots:
            try:
                reader, writer = await asyncio.open_connection("127.0.0.1", port)
                writer.write(
                    f"{method} {path} HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                    f"Content-Length: {len(body)}\r\n\r\n".encode()
                    + body
                )
                with contextlib.suppress(ConnectionError, TimeoutError):
                    await asyncio.wait_for(writer.drain(), 60)  # answered before reading it all
                line = await asyncio.wait_for(reader.readline(), 60)
                writer.close()
                return line[9:12].decode() or "closed"
            except (ConnectionError, TimeoutError) as exc:
                return type(exc).__name__

    return await asyncio.gather(*(one(n) for n in range(bodies)))


def anonymous_json(data: Path, work: Path, bodies: int, at_once: int) -> dict:
    serve = Serve(data, work / "json.log", header_timeout=15)
    try:
        before = proc_status_bytes(serve.proc.pid, "VmRSS")
        t0 = time.monotonic()
        answers = asyncio.run(_flood(serve.port, bodies, at_once))
        seconds = time.monotonic() - t0
        peak = proc_status_bytes(serve.proc.pid, "VmHWM")
    finally:
        serve.stop()
    return {
        "bodies": bodies,
        "at_once": at_once,
        "seconds": round(seconds, 3),
        "answers": {a: answers.count(a) for a in sorted(set(answers))},
        "rss_before_mb": round(before / MIB, 1),
        "rss_peak_mb": round(peak / MIB, 1),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--idle", type=int, default=1100)
    parser.add_argument("--bodies", type=int, default=600)
    parser.add_argument("--at-once", type=int, default=300)
    args = parser.parse_args()
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    needed = args.idle + args.at_once + 200
    if soft < needed and (hard == resource.RLIM_INFINITY or hard >= needed):
        resource.setrlimit(resource.RLIMIT_NOFILE, (needed, hard))
    with tempfile.TemporaryDirectory(prefix="bench-abuse-") as tmp:
        work = Path(tmp)
        data = work / "oic"
        subprocess.run(
            [str(OIC_SERVER), "--data-dir", str(data), "init"], check=True, capture_output=True
        )
        subprocess.run(
            [
                *(str(OIC_SERVER), "--data-dir", str(data), "observer", "add", "OBS-001"),
                *("--name", "Banco", "--password-stdin", "--reusable"),
            ],
            input=PASSWORD + "\n",
            text=True,
            check=True,
            capture_output=True,
        )
        idle_figures = idle(data, work, args.idle)
        json_figures = anonymous_json(data, work, args.bodies, args.at_once)
    print(
        json.dumps(
            {
                "bench": "bench_abuse",
                "ulimit_n": 1024,
                "idle": idle_figures,
                "anonymous_json": json_figures,
                "budgets": report(
                    {
                        "abuse_meta_seconds": idle_figures["meta_seconds"],
                        "abuse_log_mb": round(idle_figures["log_bytes"] / MIB, 4),
                        "abuse_json_rss_rise_mb": round(
                            json_figures["rss_peak_mb"] - json_figures["rss_before_mb"], 1
                        ),
                    }
                ),
            },
            indent=2,
        )
    )


if __name__ == "__main__":
    main()
