"""What the server benches share about processes on this machine: a free loopback port,
a figure of /proc/<pid>/status (RSS, its peak), stopping a process, and whether
PostgreSQL answers."""

from __future__ import annotations

import socket
import subprocess
from pathlib import Path

__all__ = ["free_port", "postgres_problem", "proc_status_bytes", "stop_process"]


def free_port() -> int:
    """A TCP port nothing listens on at 127.0.0.1 (the kernel's choice)."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def proc_status_bytes(pid: int, field: str) -> int:
    """A ``kB`` line of ``/proc/<pid>/status`` in bytes (``VmRSS``, ``VmHWM``)."""
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith(field + ":"):
            return int(line.split()[1]) * 1024
    raise RuntimeError(f"{field} is not in /proc/{pid}/status")


def stop_process(proc: subprocess.Popen, timeout: float = 20) -> None:
    """SIGTERM, and SIGKILL when it has not ended within ``timeout`` seconds (idle
    keep-alive connections can hold uvicorn open)."""
    proc.terminate()
    try:
        proc.wait(timeout)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait(timeout)


def postgres_problem(url: str) -> str | None:
    """None when PostgreSQL at ``url`` answers; else why not, in one line."""
    try:
        import psycopg

        with psycopg.connect(url, connect_timeout=3) as conn:
            conn.execute("SELECT 1")
        return None
    except Exception as exc:  # any reason: the bench falls back to SQLite and says why
        return f"{type(exc).__name__}: {str(exc)[:200]}"
