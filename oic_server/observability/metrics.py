"""The Prometheus metrics of one ``serve`` process, and who may read them.

Each instance is its own process and is scraped on its own address (no
multiprocess mode: ``serve`` runs one process; Prometheus adds the ``instance``
label and sums across them). Labels are bounded: a route is its template
(``/api/v1/blobs/{sha256}``, never the path), a status its class (``2xx``).

Who may read ``GET /metrics``: a client whose address is in the allowed networks
(loopback and the private ranges by default, ``serve --metrics-allow``), or one
that sends ``Authorization: Bearer <OIC_SERVER_METRICS_TOKEN>`` when that variable
is set. The address is the one uvicorn settled on, i.e. X-Forwarded-For only from
``--forwarded-allow-ips``; the nginx configuration refuses ``/metrics`` anyway.
"""

from __future__ import annotations

import hmac
import ipaddress
from collections.abc import Iterable
from dataclasses import dataclass, field

from prometheus_client import REGISTRY, Counter, Gauge, Histogram, disable_created_metrics
from prometheus_client.exposition import CONTENT_TYPE_LATEST, generate_latest

from oic_server.config import METRICS_NETWORKS

__all__ = [
    "CONTENT_TYPE_LATEST",
    "MetricsAccess",
    "parse_networks",
    "render",
]

DEFAULT_METRICS_NETWORKS = "127.0.0.0/8,::1/128,10.0.0.0/8,172.16.0.0/12,192.168.0.0/16,fc00::/7"
disable_created_metrics()  # the *_created series say nothing a scrape needs
Network = ipaddress.IPv4Network | ipaddress.IPv6Network

# an upload chunk may take a minute on a rural link; probes take a millisecond
_BUCKETS = (0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0, 30.0, 60.0)

REQUESTS = Counter(
    "oic_http_requests",
    "HTTP requests answered, by method, route template and status class.",
    ("method", "route", "status"),
)
LATENCY = Histogram(
    "oic_http_request_duration_seconds",
    "Time from a request's arrival to the end of its answer, by method and route template.",
    ("method", "route"),
    buckets=_BUCKETS,
)
IN_FLIGHT = Gauge("oic_http_requests_in_progress", "HTTP requests being handled now.")
UPLOAD_BYTES = Counter(
    "oic_upload_received_bytes",
    "Bytes of upload chunks received (PATCH /api/v1/blobs/…), accepted or not.",
)
UPLOADS_IN_PROGRESS = Gauge(
    "oic_uploads_in_progress", "Upload chunks (PATCH /api/v1/blobs/…) being received now."
)
COMMITS = Counter(
    "oic_commits",
    "Commits answered with success (POST /api/v1/submissions/{id}/commit; a repeated "
    "commit, answered with its stored receipt, counts again).",
)
# what makes every request of a process wait at once: the event loop busy (a task
# that blocks it) or the worker threads all taken (oic_server.api.workers)
LOOP_LAG = Histogram(
    "oic_event_loop_lag_seconds",
    "How late the event loop ran a task that slept 0.25 s: time during which this "
    "process could start or answer no request.",
    buckets=(0.001, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0),
)
WORKER_LIMIT = Gauge(
    "oic_worker_threads_limit", "Worker threads a pool may use at once.", ("pool",)
)
WORKER_BUSY = Gauge("oic_worker_threads_busy", "Worker threads of a pool in use.", ("pool",))
WORKER_WAITING = Gauge(
    "oic_worker_tasks_waiting", "Requests' work waiting for a thread of a pool.", ("pool",)
)
WORKER_WAIT = Histogram(
    "oic_worker_wait_seconds",
    "Time a piece of upload-chunk work waited for a thread of the chunk pool.",
    buckets=(0.001, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0),
)


def set_pools(pools: dict[str, tuple[int, int, int]]) -> None:
    """The worker pools' (limit, busy, waiting) now, read at each scrape."""
    for pool, (limit, busy, waiting) in pools.items():
        WORKER_LIMIT.labels(pool).set(limit)
        WORKER_BUSY.labels(pool).set(busy)
        WORKER_WAITING.labels(pool).set(waiting)


def render() -> bytes:
    """The text exposition of this process's metrics (with the process collector's)."""
    return generate_latest(REGISTRY)


def parse_networks(text: str) -> tuple[Network, ...]:
    """``10.0.0.0/8,::1`` → networks; ``""`` or ``none`` → none (token only).
    Raises ValueError naming the bad entry."""
    if text.strip().lower() in ("", "none"):
        return ()
    networks = []
    for part in text.split(","):
        entry = part.strip()
        if not entry:
            continue
        try:
            networks.append(ipaddress.ip_network(entry, strict=False))
        except ValueError:
            raise ValueError(entry) from None
    return tuple(networks)


@dataclass(frozen=True)
class MetricsAccess:
    """Who may read ``/metrics``: see the module docstring."""

    networks: tuple[Network, ...] = field(default_factory=lambda: parse_networks(METRICS_NETWORKS))
    token: str | None = None

    def allows(self, client: str | None, headers: Iterable[tuple[bytes, bytes]]) -> bool:
        if self.token:
            for name, value in headers:
                if name == b"authorization":
                    scheme, _, given = value.decode("latin-1").partition(" ")
                    if scheme.lower() == "bearer" and hmac.compare_digest(
                        given.strip().encode(), self.token.encode()
                    ):
                        return True
        if not client:
            return False
        try:
            address = ipaddress.ip_address(client)
        except ValueError:
            return False
        if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped is not None:
            address = address.ipv4_mapped
        return any(address in network for network in self.networks)
