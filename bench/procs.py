"""What the server benches share about processes on this machine: a free loopback port
and a figure of /proc/<pid>/status (RSS, its peak)."""

from __future__ import annotations

import socket
from pathlib import Path

__all__ = ["free_port", "proc_status_bytes"]


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
