"""bench_load.py's figures, from what locust's laptops recorded (one record per request,
load_locustfile.Run.call) and what the server kept (its blob store): pure functions,
tested in tests/unit/test_bench_load.py.

A record: ``type`` (manifest | head | patch | commit | other), ``start``/``end`` (wall
clock, seconds), ``ms`` (the whole request), ``server_ms`` (for a paced chunk, from its
last body byte to the answer: the link's own time is not the server's; else ``ms``),
``status`` (0: no answer), ``outcome`` (ok | refused | failed | cut), optionally
``upstream`` (the instances nginx tried, from its access log).
"""

from __future__ import annotations

import hashlib
import math
import re
from collections.abc import Iterable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

__all__ = [
    "KINDS",
    "check_blob_files",
    "in_flight_at",
    "killed_in_flight",
    "latency_figures",
    "percentile",
    "run_figures",
]

KINDS = ("manifest", "head", "patch", "commit", "other")
HEX64 = re.compile(r"[0-9a-f]{64}")


def percentile(values: Iterable[float], p: float) -> float | None:
    """Nearest-rank percentile (p in 0-100) of ``values``; None when there are none."""
    ordered = sorted(values)
    if not ordered:
        return None
    rank = max(1, math.ceil(p / 100 * len(ordered)))
    return ordered[min(rank, len(ordered)) - 1]


def in_flight_at(record: dict[str, Any], moment: float | None) -> bool:
    return moment is not None and record["start"] <= moment <= record["end"]


def killed_in_flight(record: dict[str, Any], kill_at: float | None, killed: str | None) -> bool:
    """A request the ``kill -9`` caught: in flight at that instant and failed, or sent by
    nginx to the killed instance (``killed``, its address) before another."""
    if not in_flight_at(record, kill_at):
        return False
    if record["outcome"] == "failed":
        return True
    return bool(killed) and killed in (record.get("upstream") or "")


def latency_figures(records: list[dict[str, Any]]) -> dict[str, dict[str, Any]]:
    """Per request type: answered count, p50/p99/max of ``server_ms``."""
    out: dict[str, dict[str, Any]] = {}
    for kind in KINDS:
        times = [r["server_ms"] for r in records if r["type"] == kind]
        out[kind] = {
            "requests": len(times),
            "p50_ms": _round(percentile(times, 50)),
            "p99_ms": _round(percentile(times, 99)),
            "max_ms": _round(max(times) if times else None),
        }
    return out


def _round(value: float | None) -> float | None:
    return None if value is None else round(value, 1)


def run_figures(
    records: list[dict[str, Any]],
    laptops: list[dict[str, Any]],
    *,
    planned: int,
    kill_at: float | None = None,
    killed: str | None = None,
    restart_at: float | None = None,
) -> dict[str, Any]:
    """The run's figures: throughput, latencies (answered requests, apart from the ones
    the kill caught), failures (during the kill apart), laptops' errors."""
    caught = [r for r in records if killed_in_flight(r, kill_at, killed)]
    caught_ids = {id(r) for r in caught}
    answered = [r for r in records if r["outcome"] in ("ok", "refused") and id(r) not in caught_ids]
    failed = [r for r in records if r["outcome"] == "failed" and id(r) not in caught_ids]
    done = [lp for lp in laptops if lp.get("ok") is True]
    gave_up = [lp for lp in laptops if lp.get("ok") is False]
    starts = [lp["start"] for lp in laptops if "start" in lp]
    ends = [lp["end"] for lp in done]
    span = (max(ends) - min(starts)) if done and starts else 0.0
    delivery = [lp["end"] - lp["start"] for lp in done]
    p99s = [v["p99_ms"] for v in latency_figures(answered).values() if v["p99_ms"] is not None]
    return {
        "laptops_planned": planned,
        "laptops_delivered": len(done),
        "laptops_gave_up": len(gave_up),
        "laptops_unfinished": planned - len(done) - len(gave_up),
        "gave_up_reasons": sorted({lp.get("error", "") for lp in gave_up})[:10],
        "span_seconds": round(span, 1),
        "submissions_per_minute": round(len(done) / span * 60, 2) if span > 0 else 0.0,
        "delivery_seconds": {
            "p50_s": _round(percentile(delivery, 50)),
            "max_s": _round(max(delivery) if delivery else None),
        },
        "requests": len(records),
        "latency_ms": latency_figures(answered),
        "latency_ms_all_types_p99": max(p99s) if p99s else None,
        "latency_ms_with_kill_caught": latency_figures(
            [r for r in records if r["outcome"] in ("ok", "refused")]
        ),
        "refused": _count_by_type(r for r in answered if r["outcome"] == "refused"),
        "failed_outside_kill": _count_by_type(failed),
        "failed_outside_kill_examples": sorted({str(r.get("error"))[:120] for r in failed})[:8],
        "caught_by_kill": _count_by_type(caught),
        "cuts": sum(1 for r in records if r["outcome"] == "cut"),
        "latency_ms_by_phase": phase_figures(answered, kill_at, restart_at),
    }


# nginx's fail_timeout in packaging/nginx/oic-server.conf: how long after the restart
# nginx may still keep the instance out
FAIL_TIMEOUT = 10.0


def phase_figures(
    answered: list[dict[str, Any]], kill_at: float | None, restart_at: float | None
) -> dict[str, Any]:
    """p50/p99 per type in three phases: both instances up before the kill; one instance
    alone (from the kill until nginx may send to the restarted one again); both again.
    A request is in a phase when it started and ended in it; those across a boundary
    count only in ``latency_ms``."""
    if kill_at is None:
        return {"before_kill": latency_figures(answered)}
    back = (restart_at + FAIL_TIMEOUT) if restart_at is not None else float("inf")
    phases = {
        "before_kill": [r for r in answered if r["end"] < kill_at],
        "one_instance": [r for r in answered if r["start"] >= kill_at and r["end"] < back],
        "both_again": [r for r in answered if r["start"] >= back],
    }
    return {name: latency_figures(mine) for name, mine in phases.items()}


def _count_by_type(records: Iterable[dict[str, Any]]) -> dict[str, int]:
    out: dict[str, int] = {}
    for r in records:
        out[r["type"]] = out.get(r["type"], 0) + 1
    return out


def _sha256_file(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        while block := fh.read(4 * 1024 * 1024):
            digest.update(block)
    return digest.hexdigest()


def check_blob_files(
    files: Iterable[Path], expected: dict[str, int], *, threads: int = 2
) -> dict[str, Any]:
    """Every stored blob file read back and hashed: its name must be its SHA-256, each
    hash stored once, each expected blob (hash -> size) present with its size, nothing
    else stored."""
    paths = sorted(files)
    seen: dict[str, int] = {}
    for p in paths:
        seen[p.name] = seen.get(p.name, 0) + 1
    with ThreadPoolExecutor(threads) as pool:  # hashlib releases the GIL on big updates
        digests = list(pool.map(_sha256_file, paths))
    wrong = [str(p) for p, d in zip(paths, digests, strict=True) if d != p.name]
    unnamed = [str(p) for p in paths if not HEX64.fullmatch(p.name)]
    sizes = {p.name: p.stat().st_size for p in paths}
    return {
        "files": len(paths),
        "bytes": sum(sizes.values()),
        "hash_checked": len(paths),
        "hash_mismatch": len(wrong),
        "hash_mismatch_examples": wrong[:5],
        "not_a_hash_name": len(unnamed),
        "duplicates": sum(n - 1 for n in seen.values()),
        "missing": sum(1 for sha in expected if sha not in seen),
        "wrong_size": sum(1 for sha, n in expected.items() if sha in sizes and sizes[sha] != n),
        "unexpected": sum(1 for name in seen if name not in expected),
    }
