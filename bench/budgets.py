"""The budgets in force (../shared/DESIGN.md §7, second column), in one place.

Every bench adds ``"budgets": report({...})`` to the JSON it prints: for each
figure it measures, the budget, the value and whether it is within it.
``bench/quick.py`` (``make bench-quick``) checks that every figure below is
reported by its bench, as a finite, non-negative number.

Used from the repository root, so ``bench/`` is on ``sys.path`` as the
script's own folder.
"""

from __future__ import annotations

import math
from dataclasses import dataclass


@dataclass(frozen=True)
class Budget:
    bench: str  # the script that reports it
    what: str  # the line of DESIGN §7
    limit: float
    unit: str
    at_most: bool = True  # False: the figure must be at least the limit

    def text(self) -> str:
        return f"{'≤' if self.at_most else '≥'} {self.limit:g} {self.unit}".rstrip()

    def within(self, value: float) -> bool:
        return value <= self.limit if self.at_most else value >= self.limit


BUDGETS: dict[str, Budget] = {
    "start_seconds": Budget(
        "bench_ui", "start to a usable window, 10,000 audits, 100,000 evidence rows", 0.5, "s"
    ),
    "filter_ms": Budget(
        "bench_ui", "filter the audit list (10,000 audits), worst median", 30, "ms"
    ),
    "answer_save_p99_ms": Budget("bench_store", "save one answer, fsync included, p99", 5, "ms"),
    "audit_query_ms": Budget(
        "bench_store", "audit-list query (10,000 audits), worst median", 30, "ms"
    ),
    "photos_seconds_per_1000": Budget(
        "bench_evidence", "import 1,000 photos of 12 MP, report renditions included", 25, "s"
    ),
    "photos_peak_rss_mb": Budget("bench_evidence", "peak RSS of that import", 250, "MB"),
    "big_file_ratio_to_cp_fsync": Budget(
        "bench_evidence", "import one 1 GB file / cp followed by fsync", 0.75, "", at_most=False
    ),
    "editor_answer_p95_ms": Budget(
        "bench_editor_save", "answer chosen to shown saved, 96-question audit, p95", 50, "ms"
    ),
    "import_ui_stall_ms": Budget(
        "bench_ui_import", "longest UI-thread stall during an import", 50, "ms"
    ),
    "report_seconds": Budget("bench_report", "signed report, 200 photos", 3, "s"),
    "report_mb": Budget("bench_report", "size of that report", 25, "MB"),
    "report_peak_rss_mb": Budget("bench_report", "peak RSS while making it", 300, "MB"),
    "sync_wire_per_payload": Budget("bench_sync", "sync bytes on the wire / payload", 1.01, ""),
    "sync_resent_chunks": Budget(
        "bench_sync", "bytes sent again after a cut at 50 %, in chunks", 1, "chunk"
    ),
    "sync_throughput_ratio": Budget(
        "bench_sync", "sync throughput on loopback / one plain PUT", 0.5, "", at_most=False
    ),
    "server_wire_per_payload": Budget(
        "bench_server", "server upload path: bytes on the wire / payload", 1.01, ""
    ),
    "server_resent_chunks": Budget(
        "bench_server", "server upload path: bytes sent again after a cut, in chunks", 1, "chunk"
    ),
    # issue 18: the rural link (bench_rural.py: 2 Mbit/s, 300 ms RTT, 1 % loss)
    "rural_sync_ratio": Budget(
        "bench_rural",
        "sync over an emulated rural link / one plain PUT over the same link",
        0.9,
        "",
        at_most=False,
    ),
    "rural_resent_chunks_per_drop": Budget(
        "bench_rural",
        "link that drops every 60 s: bytes sent again per drop, in chunks",
        1,
        "chunk",
    ),
    "rural_drop_delivered": Budget(
        "bench_rural",
        "link that drops every 60 s: share of the submission delivered within twice a "
        "plain PUT's time on the clean link",
        1,
        "",
        at_most=False,
    ),
    # issue 14's "done when" (DESIGN §8: no anonymous client can exhaust the server)
    "abuse_meta_seconds": Budget(
        "bench_abuse", "GET /meta behind 1,100 idle sockets, ulimit -n 1024", 1, "s"
    ),
    "abuse_log_mb": Budget("bench_abuse", "server log written meanwhile", 1, "MB"),
    "abuse_json_rss_rise_mb": Budget(
        "bench_abuse", "RSS rise, 300 anonymous 1 MiB JSON bodies at once", 100, "MB"
    ),
    # issue 15's console figures
    "inbox_p95_ms": Budget(
        "bench_console",
        "inbox page with filters, 100,000 submissions on PostgreSQL, p95",
        100,
        "ms",
    ),
    "submission_page_to_thumbnails_s": Budget(
        "bench_console", "submission page of 200 photos: request to thumbnails shown", 1, "s"
    ),
    "export_xlsx_peak_rss_mb": Budget(
        "bench_console", "peak server RSS exporting 10,000 submissions to XLSX", 200, "MB"
    ),
    # issue 20: 200 laptops syncing at once through 2 instances (bench_load.py)
    "load_p99_ms": Budget(
        "bench_load",
        "200 laptops through 2 instances: p99 per request type, apart from the requests "
        "kill -9 caught",
        500,
        "ms",
    ),
    "load_errors": Budget(
        "bench_load", "laptops whose submission was not delivered after retries", 0, ""
    ),
    "load_duplicates": Budget(
        "bench_load", "blobs stored twice or submissions committed twice", 0, ""
    ),
}


def expected(bench: str) -> list[str]:
    """The figures ``bench`` must report."""
    return [name for name, b in BUDGETS.items() if b.bench == bench]


def report(values: dict[str, float]) -> dict[str, dict]:
    """The ``budgets`` part of a bench's JSON: budget, value and verdict per figure."""
    out = {}
    for name, value in values.items():
        budget = BUDGETS[name]  # a KeyError here is a bench reporting a figure not listed
        out[name] = {
            "budget": budget.text(),
            "value": value,
            "within": bool(isinstance(value, int | float) and budget.within(value)),
        }
    return out


def problems(bench: str, result: dict) -> list[str]:
    """What makes a bench's JSON impossible: a figure missing, not a number, negative or
    not finite; a time below zero or a row count of zero anywhere in it."""
    found = []
    budgets = result.get("budgets")
    if not isinstance(budgets, dict):
        return [f"{bench}: no 'budgets' in its JSON"]
    for name in expected(bench):
        entry = budgets.get(name)
        if not isinstance(entry, dict) or "value" not in entry:
            found.append(f"{bench}: budget figure {name!r} missing")
            continue
        value = entry["value"]
        if isinstance(value, bool) or not isinstance(value, int | float):
            found.append(f"{bench}: {name} = {value!r} is not a number")
        elif not math.isfinite(value) or value < 0:
            found.append(f"{bench}: {name} = {value!r} is impossible")
    found.extend(_impossible(bench, result, ""))
    return found


_TIME_SUFFIXES = ("_ms", "_s", "seconds", "_ms_worst")
_COUNT_KEYS = ("rows", "count", "photos", "files")


def _impossible(bench: str, node: object, where: str) -> list[str]:
    found = []
    if isinstance(node, dict):
        for key, value in node.items():
            path = f"{where}.{key}" if where else str(key)
            if isinstance(value, int | float) and not isinstance(value, bool):
                if key.endswith(_TIME_SUFFIXES) and (value < 0 or not math.isfinite(value)):
                    found.append(f"{bench}: {path} = {value} (a time below zero)")
                if key in _COUNT_KEYS and value <= 0:
                    found.append(f"{bench}: {path} = {value} (nothing was measured)")
            else:
                found.extend(_impossible(bench, value, path))
    elif isinstance(node, list):
        for i, value in enumerate(node):
            if isinstance(value, int | float) and not isinstance(value, bool):
                if where.endswith(_TIME_SUFFIXES) and value < 0:
                    found.append(f"{bench}: {where}[{i}] = {value} (a time below zero)")
            else:
                found.extend(_impossible(bench, value, f"{where}[{i}]"))
    return found
