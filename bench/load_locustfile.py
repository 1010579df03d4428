"""The laptops of bench_load.py, for locust (run by the bench: ``locust -f`` this file,
headless, in a process of its own). Not for pytest, not imported by the bench.

Each locust user is one laptop of the plan (``OIC_LOAD_PLAN``), in the order users are
spawned (the ramp), sending its one submission through nginx over TLS, trusting only
the OIC's CA, as Observador does (protocol v1, docs/protocol.md): ``GET /meta`` for the
chunk size, ``PUT`` of the manifest, up to ``OIC_LOAD_IN_FLIGHT`` blobs at once (3, as
``observer_desktop/sync/uploads.py``), smallest first, each on its own connection, in
``PATCH`` chunks of the server's ``chunk_bytes``; after a failure (network error, 408,
429, 5xx) it backs off as ``observer_desktop/sync/policy.py`` does (equal jitter, 1 s
doubling, capped at 300 s, giving up after 6 failures in a row without progress), asks
``HEAD`` for the offset and resumes from there; then ``commit``, retried the same way.

The client is a small HTTP/1.1 one (h11 on gevent's sockets) so that a chunk's body can
be paced (load_common.Pacer: each laptop's link, shared by its uploads) and cut halfway
(laptops with ``cut_at``: the connection closed in the middle of a chunk, once). Every
request is reported to locust (name = manifest | head | patch | commit | other) and kept
in the records written to ``OIC_LOAD_OUT`` at the end, with what locust's own process
used (CPU seconds).
"""

from __future__ import annotations

import contextlib
import json
import os
import random
import resource
import socket
import ssl
import time
from itertools import count
from pathlib import Path
from typing import Any

import gevent
import h11
from load_common import Pacer, Photo, base_buffer, chunk_of, piece_bytes
from locust import User, events, task
from locust.exception import StopUser

PLAN = json.loads(Path(os.environ["OIC_LOAD_PLAN"]).read_text(encoding="utf-8"))
OUT = Path(os.environ["OIC_LOAD_OUT"])
CA = os.environ["OIC_LOAD_CA"]
HOST, PORT = "127.0.0.1", int(os.environ["OIC_LOAD_PORT"])
IN_FLIGHT = int(os.environ.get("OIC_LOAD_IN_FLIGHT", "3"))
SEED = int(os.environ.get("OIC_LOAD_SEED", "20"))
BASE = base_buffer(PLAN["base_seed"], PLAN["base_size"])
TLS = ssl.create_default_context(cafile=CA)
API = "/api/v1"
MAX_FAILURES = 6  # observer_desktop/sync/policy.py RetryPolicy.max_failures
BACKOFF_CAP = 300.0
IDLE_REUSE = 4.0  # seconds: an older idle connection is not reused (nginx closes at 5 s)

NEXT = count()
RECORDS: list[dict[str, Any]] = []
LAPTOPS: dict[int, dict[str, Any]] = {}
STARTED = time.time()


class NetworkError(Exception):
    """The connection failed or was cut: the laptop backs off and asks HEAD."""


class LaptopError(Exception):
    """What a laptop would show its observer: the submission could not be delivered."""


class Answer:
    def __init__(self, status: int, headers: dict[str, str], body: bytes):
        self.status = status
        self.headers = headers
        self.body = body

    def json(self) -> Any:
        return json.loads(self.body)


class Connection:
    """One HTTP/1.1 keep-alive connection over TLS to nginx."""

    def __init__(self) -> None:
        self.sock: ssl.SSLSocket | None = None
        self.h11: h11.Connection | None = None
        self.idle_since = 0.0

    def close(self) -> None:
        if self.sock is not None:
            with contextlib.suppress(OSError):  # already gone: nothing to close
                self.sock.close()
        self.sock = None
        self.h11 = None

    def _open(self) -> None:
        if self.sock is not None and time.monotonic() - self.idle_since < IDLE_REUSE:
            return
        self.close()
        raw = socket.create_connection((HOST, PORT), timeout=120)
        raw.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        try:
            self.sock = TLS.wrap_socket(raw, server_hostname=HOST)
        except OSError:
            raw.close()
            raise
        self.h11 = h11.Connection(our_role=h11.CLIENT)

    def request(
        self,
        method: str,
        target: str,
        headers: list[tuple[str, str]],
        body: bytes = b"",
        *,
        pacer: Pacer | None = None,
        cut_at: int | None = None,
    ) -> tuple[Answer | None, dict[str, float]]:
        """Send one request; (answer, times). ``cut_at``: close the connection after that
        many body bytes and return no answer. Raises NetworkError."""
        times = {"start": time.time()}
        try:
            self._open()
        except OSError as exc:
            raise NetworkError(f"connect: {exc}") from exc
        times["connected"] = time.time()
        conn, sock = self.h11, self.sock
        assert conn is not None and sock is not None
        head = [("Host", HOST), *headers]
        if method in ("PUT", "PATCH", "POST") or body:
            head.append(("Content-Length", str(len(body))))
        sent_error: Exception | None = None
        try:
            sock.sendall(conn.send(h11.Request(method=method, target=target, headers=head)))
            if body:
                size = piece_bytes(pacer.rate) if pacer else len(body)
                pieces = pacer.pieces(body, size) if pacer else [memoryview(body)]
                sent = 0
                for piece in pieces:
                    if cut_at is not None and sent + len(piece) > cut_at:
                        sock.sendall(conn.send(h11.Data(data=bytes(piece[: cut_at - sent]))))
                        self.close()
                        times["sent"] = times["end"] = time.time()
                        return None, times
                    sock.sendall(conn.send(h11.Data(data=bytes(piece))))
                    sent += len(piece)
            sock.sendall(conn.send(h11.EndOfMessage()))
        except (OSError, h11.LocalProtocolError) as exc:
            sent_error = exc  # the server may have answered (and closed) before the end
        times["sent"] = time.time()
        try:
            answer = self._read(conn, sock)
        except (OSError, h11.RemoteProtocolError, NetworkError) as exc:
            self.close()
            reason = sent_error or exc
            raise NetworkError(f"{type(reason).__name__}: {reason}") from exc
        times["end"] = time.time()
        if conn.our_state is h11.DONE and conn.their_state is h11.DONE:
            conn.start_next_cycle()
            self.idle_since = time.monotonic()
        else:
            self.close()
        return answer, times

    @staticmethod
    def _read(conn: h11.Connection, sock: ssl.SSLSocket) -> Answer:
        response = None
        parts: list[bytes] = []
        while True:
            event = conn.next_event()
            if event is h11.NEED_DATA:
                data = sock.recv(65536)
                conn.receive_data(data)
                if not data and conn.their_state is not h11.DONE:
                    if response is None:
                        raise NetworkError("connection closed before an answer")
                continue
            if isinstance(event, h11.Response):
                response = event
            elif isinstance(event, h11.Data):
                parts.append(bytes(event.data))
            elif isinstance(event, h11.EndOfMessage | h11.ConnectionClosed):
                break
        assert response is not None
        headers = {k.decode().lower(): v.decode() for k, v in response.headers}
        return Answer(response.status_code, headers, b"".join(parts))


def retryable(answer: Answer | None) -> bool:
    return answer is None or answer.status in (408, 429) or answer.status >= 500


class Run:
    """One laptop's delivery."""

    def __init__(self, user: User, plan: dict[str, Any]):
        self.user = user
        self.plan = plan
        self.index = plan["index"]
        self.rng = random.Random(SEED * 100_003 + self.index)
        self.pacer = Pacer(plan["rate"], time.monotonic, gevent.sleep)
        self.failures = 0  # consecutive, without progress
        self.requests = 0
        self.sent = 0  # body bytes handed to the network (chunks)
        self.cut_from = (
            int(plan["cut_at"] * plan["payload_bytes"]) if plan["cut_at"] is not None else None
        )
        self.cuts = 0
        self.state = LAPTOPS.setdefault(self.index, {"laptop": self.index})
        self.blobs: dict[str, bytes | Photo] = {
            plan["manifest"]["audit_sha256"]: Path(plan["audit_path"]).read_bytes(),
            plan["manifest"]["report_sha256"]: Path(plan["report_path"]).read_bytes(),
        }
        for p in plan["photos"]:
            self.blobs[p["sha256"]] = Photo(p["size"], bytes.fromhex(p["tail"]))

    # ---------------------------------------------------------------- requests

    def call(
        self,
        conn: Connection,
        kind: str,
        method: str,
        target: str,
        body: bytes = b"",
        headers: list[tuple[str, str]] | None = None,
        *,
        paced: bool = False,
        cut_at: int | None = None,
    ) -> Answer | None:
        """One request, recorded; None for a network error or a cut."""
        self.requests += 1
        rid = f"L{self.index}-{self.requests}"
        head = [("Authorization", f"Bearer {self.plan['token']}"), ("X-Request-ID", rid)]
        head += headers or []
        error = None
        answer = None
        try:
            answer, times = conn.request(
                method, target, head, body, pacer=self.pacer if paced else None, cut_at=cut_at
            )
        except NetworkError as exc:
            error = str(exc)[:200]
            times = {"start": time.time(), "end": time.time()}
        start, end = times.get("connected", times["start"]), times["end"]
        server_ms = (end - times.get("sent", start)) * 1000 if paced else (end - start) * 1000
        cut = cut_at is not None and answer is None and error is None
        status = answer.status if answer is not None else 0
        outcome = (
            "cut"
            if cut
            else "failed"
            if error is not None or retryable(answer)
            else "ok"
            if status < 400
            else "refused"
        )
        record = {
            "type": kind,
            "laptop": self.index,
            "rid": rid,
            "start": round(times["start"], 4),
            "end": round(end, 4),
            "ms": round((end - start) * 1000, 2),
            "server_ms": round(server_ms, 2),
            "status": status,
            "outcome": outcome,
            "error": error
            or (answer.body[:200].decode(errors="replace") if outcome == "failed" else None),
            "body_bytes": len(body) if cut_at is None else cut_at,
        }
        RECORDS.append(record)
        if outcome == "failed":  # nginx closes after an error page: never reuse that one
            conn.close()
        self.user.environment.events.request.fire(
            request_type=method,
            name=kind,
            response_time=server_ms,
            response_length=len(answer.body) if answer is not None else 0,
            exception=None
            if outcome in ("ok", "refused", "cut")
            else RuntimeError(record["error"]),
            context={},
        )
        return answer

    def backoff(self, what: str) -> None:
        """One more failure in a row; wait (equal jitter) or give up."""
        self.failures += 1
        if self.failures >= MAX_FAILURES:
            raise LaptopError(f"{what}: {self.failures} fallos seguidos sin avance")
        ceiling = min(BACKOFF_CAP, 1.0 * 2 ** (self.failures - 1))
        gevent.sleep(ceiling / 2 + self.rng.uniform(0, ceiling / 2))

    def json_call(self, conn: Connection, kind: str, method: str, target: str, body=None) -> Any:
        """A JSON request retried until it succeeds (or the laptop gives up)."""
        data = json.dumps(body).encode() if body is not None else b""
        headers = [("Content-Type", "application/json")] if body is not None else []
        while True:
            answer = self.call(conn, kind, method, target, data, headers)
            if answer is not None and not retryable(answer):
                if answer.status >= 400:
                    raise LaptopError(f"{kind}: {answer.status} {answer.body[:300]!r}")
                self.failures = 0
                return answer.json()
            self.backoff(kind)

    # ---------------------------------------------------------------- blobs

    def bytes_of(self, sha256: str, offset: int, length: int) -> bytes:
        blob = self.blobs[sha256]
        if isinstance(blob, Photo):
            return chunk_of(BASE, blob, offset, length)
        return blob[offset : offset + length]

    def upload(self, sha256: str, size: int, offset: int, chunk: int) -> None:
        conn = Connection()
        target = f"{API}/blobs/{sha256}"
        ask = False
        try:
            while True:
                if ask:
                    answer = self.call(conn, "head", "HEAD", target)
                    if answer is None or retryable(answer):
                        self.backoff("head")
                        continue
                    if answer.status != 200:
                        raise LaptopError(f"head: {answer.status}")
                    offset = int(answer.headers["upload-offset"])
                    ask = False
                    if answer.headers.get("blob-complete") == "true":
                        return
                body = self.bytes_of(sha256, offset, chunk)
                cut_at = None
                if self.cut_from is not None and not self.cuts and self.sent >= self.cut_from:
                    cut_at = len(body) // 2
                    self.cuts += 1
                headers = [
                    ("Upload-Offset", str(offset)),
                    ("Content-Type", "application/offset+octet-stream"),
                ]
                self.sent += len(body) if cut_at is None else cut_at
                answer = self.call(
                    conn, "patch", "PATCH", target, body, headers, paced=True, cut_at=cut_at
                )
                if answer is not None and answer.status == 204:
                    self.failures = 0
                    offset = int(answer.headers["upload-offset"])
                    if answer.headers.get("blob-complete") == "true" or offset >= size:
                        return
                    continue
                if answer is not None and answer.status == 409:
                    offset = int(
                        answer.headers.get("upload-offset") or answer.json()["error"]["offset"]
                    )
                    continue
                if answer is not None and not retryable(answer):
                    raise LaptopError(f"patch: {answer.status} {answer.body[:300]!r}")
                self.backoff("patch")  # a network error, a cut, 408, 429 or 5xx
                ask = True
        finally:
            conn.close()

    # ---------------------------------------------------------------- the delivery

    def deliver(self) -> None:
        plan = self.plan
        conn = Connection()
        self.state.update(start=time.time(), rate=plan["rate"], cut=plan["cut_at"] is not None)
        try:
            meta = self.json_call(conn, "other", "GET", f"{API}/meta")
            chunk = int(meta["limits"]["chunk_bytes"])
            sid = plan["submission_id"]
            answer = self.json_call(
                conn, "manifest", "PUT", f"{API}/submissions/{sid}", plan["manifest"]
            )
            todo = sorted(answer["missing"], key=lambda m: m["size"])
            conn.close()  # idle while the blobs go: a new one for the commit

            def worker() -> None:
                while todo:
                    m = todo.pop(0)
                    self.upload(m["sha256"], m["size"], m["offset"], chunk)

            workers = [gevent.spawn(worker) for _ in range(max(1, min(IN_FLIGHT, len(todo))))]
            gevent.joinall(workers, raise_error=True)
            receipt = self.json_call(conn, "commit", "POST", f"{API}/submissions/{sid}/commit")
            if receipt.get("receipt", {}).get("submission_id") != sid:
                raise LaptopError(f"commit: a receipt for another submission: {receipt}")
            self.state.update(ok=True)
        except LaptopError as exc:
            self.state.update(ok=False, error=str(exc)[:500])
        finally:
            conn.close()
            self.state.update(
                end=time.time(),
                requests=self.requests,
                sent=self.sent,
                cuts=self.cuts,
                paced_wait_s=round(self.pacer.waited, 2),
            )


class Laptop(User):
    """One laptop: delivers its submission once, then stops."""

    @task
    def deliver(self) -> None:
        index = next(NEXT)
        if index >= len(PLAN["laptops"]):
            raise StopUser
        Run(self, PLAN["laptops"][index]).deliver()
        finished = sum(1 for s in LAPTOPS.values() if "end" in s)
        if finished >= len(PLAN["laptops"]):
            gevent.spawn_later(0.1, self.environment.runner.quit)
        raise StopUser


def write_out(**_kwargs: Any) -> None:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    OUT.write_text(
        json.dumps(
            {
                "records": RECORDS,
                "laptops": list(LAPTOPS.values()),
                "locust_cpu_seconds": round(usage.ru_utime + usage.ru_stime, 2),
                "locust_wall_seconds": round(time.time() - STARTED, 2),
                "locust_peak_rss_mb": round(usage.ru_maxrss / 1024, 1),
            }
        ),
        encoding="utf-8",
    )


events.quitting.add_listener(write_out)
