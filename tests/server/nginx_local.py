"""Debian's nginx running the packaged site (packaging/nginx/oic-server.conf) on
127.0.0.1, in the foreground, with its temporary folders, pid and logs in a folder of
the caller's: for tests/server/test_two_instances.py and bench/load_setup.py.

The packaged file is used as shipped but for its ports and paths; each replacement
must apply, so a change of the packaged file's shape fails here, not silently.
"""

from __future__ import annotations

import contextlib
import os
import re
import shutil
import socket
import subprocess
import time
from pathlib import Path

__all__ = ["NGINX", "NGINX_SITE", "LocalNginx", "packaged_site"]

NGINX_SITE = Path(__file__).resolve().parents[2] / "packaging" / "nginx" / "oic-server.conf"
NGINX = shutil.which("nginx") or next(
    (p for p in ("/usr/sbin/nginx", "/sbin/nginx") if Path(p).exists()), None
)


def packaged_site(upstreams: tuple[int, int], port: int, data: Path, access_log: Path) -> str:
    """The packaged site with two upstream ports, the TLS port on 127.0.0.1, the data
    folder (its keys) and the access log's path. RuntimeError when a pattern is gone."""
    text = NGINX_SITE.read_text(encoding="utf-8")
    replacements = [
        (r"server 127\.0\.0\.1:8001 ", f"server 127.0.0.1:{upstreams[0]} "),
        (r"server 127\.0\.0\.1:8002 ", f"server 127.0.0.1:{upstreams[1]} "),
        (r"listen 443 ssl;", f"listen 127.0.0.1:{port} ssl;"),
        (r"\n\s*listen \[::\]:443 ssl;", ""),
        (r"/srv/oic-server", str(data)),
        (r"/var/log/nginx/oic-server\.access\.log", str(access_log)),
    ]
    for pattern, replacement in replacements:
        text, count = re.subn(pattern, replacement, text)
        if count < 1:
            raise RuntimeError(f"{pattern!r} not found in {NGINX_SITE}")
    return text


class LocalNginx:
    """nginx with ``site`` in ``work``: :meth:`start` checks the configuration with
    ``nginx -t`` and waits until ``port`` takes connections; :meth:`stop` is a fast
    shutdown. A context manager too."""

    def __init__(
        self, site: str, work: Path, port: int, *, workers: str = "1", connections: int = 128
    ):
        self.work = work
        self.port = port
        work.mkdir(parents=True, exist_ok=True)
        (work / "site.conf").write_text(site, encoding="utf-8")
        user = "user root;\n" if os.geteuid() == 0 else ""  # temp folders are the caller's
        temps = "".join(
            f"{kind}_temp_path {work}/{kind};\n"
            for kind in ("client_body", "proxy", "fastcgi", "uwsgi", "scgi")
        )
        (work / "nginx.conf").write_text(
            f"{user}worker_processes {workers};\ndaemon off;\npid {work}/nginx.pid;\n"
            f"worker_rlimit_nofile {connections * 4};\n"
            f"error_log {work}/error.log warn;\nevents {{ worker_connections {connections}; }}\n"
            f"http {{\n{temps}include {work}/site.conf;\n}}\n",
            encoding="utf-8",
        )
        self.proc: subprocess.Popen | None = None

    def start(self) -> LocalNginx:
        if NGINX is None:
            raise RuntimeError("nginx is not installed (apt-get install nginx)")
        conf = ["-p", str(self.work), "-c", str(self.work / "nginx.conf")]
        checked = subprocess.run(
            [NGINX, "-t", *conf], capture_output=True, text=True, timeout=30, check=False
        )
        if checked.returncode != 0:
            raise RuntimeError(f"nginx -t: {checked.stderr}")
        self.proc = subprocess.Popen(
            [NGINX, *conf],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            start_new_session=True,
        )
        deadline = time.monotonic() + 30  # startup wait, not a performance figure
        while True:
            if self.proc.poll() is not None:
                raise RuntimeError((self.work / "error.log").read_text(errors="replace"))
            with contextlib.suppress(OSError):
                socket.create_connection(("127.0.0.1", self.port), timeout=1).close()
                return self
            if time.monotonic() > deadline:
                raise RuntimeError("nginx did not start")
            time.sleep(0.05)

    def stop(self) -> None:
        if self.proc is not None and self.proc.poll() is None:
            self.proc.terminate()  # SIGTERM: fast shutdown
            try:
                self.proc.wait(15)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait(15)

    def __enter__(self) -> LocalNginx:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()
