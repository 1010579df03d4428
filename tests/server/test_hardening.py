"""What an anonymous client could do to the server, from the adversarial pass of issue 14.

The resource tests run a real ``oic-server serve`` in a subprocess (its own
descriptor limit, its own memory to measure), on loopback, each bounded in
count and time. The login tests use the in-process server of every test,
with client addresses given through X-Forwarded-For from a trusted loopback
proxy, as behind the reverse proxy docs/server.md recommends.
"""

from __future__ import annotations

import asyncio
import json
import resource
import socket
import subprocess
import sys
import threading
import time
import uuid
from concurrent.futures import ThreadPoolExecutor
from contextlib import ExitStack
from pathlib import Path

import httpx
import pytest
from oic_testing import PASSWORD, error_code

from oic_server.config import Limits

OIC_SERVER = Path(sys.executable).with_name("oic-server")
MIB = 1024 * 1024


# ------------------------------------------------------------------ a real server process


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class ServeProcess:
    """``oic-server serve`` on a fresh data folder, optionally under ``ulimit -n``."""

    def __init__(
        self, tmp: Path, *args: str, nofile: int | None = None, init: tuple[str, ...] = ()
    ):
        self.init = init
        self.data = tmp / "oic"
        self.log = tmp / "serve.log"
        self.port = _free_port()
        self.args = args
        self.nofile = nofile
        self.proc: subprocess.Popen | None = None

    def __enter__(self) -> ServeProcess:
        done = subprocess.run(
            [str(OIC_SERVER), "--data-dir", str(self.data), "init", *self.init],
            capture_output=True,
            text=True,
            timeout=120,
            check=False,
        )
        assert done.returncode == 0, done.stderr
        nofile = self.nofile

        def limit() -> None:
            if nofile is not None:  # soft and hard: serve cannot raise it
                resource.setrlimit(resource.RLIMIT_NOFILE, (nofile, nofile))

        with open(self.log, "wb") as log:
            self.proc = subprocess.Popen(
                [
                    str(OIC_SERVER),
                    "--data-dir",
                    str(self.data),
                    "serve",
                    "--port",
                    str(self.port),
                    "--log-level",
                    "warning",
                    *self.args,
                ],
                stdout=log,
                stderr=log,
                preexec_fn=limit,  # only setrlimit, before exec
            )
        deadline = time.monotonic() + 60  # startup wait, not a performance assertion
        while True:
            assert self.proc.poll() is None, self.log.read_text(errors="replace")
            try:
                if httpx.get(self.url + "/meta", timeout=2, verify=False).status_code == 200:
                    return self
            except httpx.HTTPError:
                pass
            assert time.monotonic() < deadline, "oic-server did not start"
            time.sleep(0.05)

    def __exit__(self, *exc: object) -> None:
        assert self.proc is not None
        self.proc.terminate()
        try:
            self.proc.wait(15)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait(15)

    @property
    def url(self) -> str:
        scheme = "https" if "--tls" in self.args else "http"
        return f"{scheme}://127.0.0.1:{self.port}/api/v1"

    def status(self, field: str) -> int:
        """A field of /proc/PID/status in bytes (VmRSS, VmHWM)."""
        assert self.proc is not None
        for line in Path(f"/proc/{self.proc.pid}/status").read_text().splitlines():
            if line.startswith(field + ":"):
                return int(line.split()[1]) * 1024
        raise AssertionError(field)


def _raise_own_fd_limit(needed: int) -> None:
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    if soft < needed:
        if hard != resource.RLIM_INFINITY and hard < needed:
            pytest.skip(
                f"este proceso puede abrir solo {hard} descriptores; la prueba usa {needed}"
            )
        resource.setrlimit(resource.RLIMIT_NOFILE, (needed, hard))


def _connect(port: int) -> socket.socket:
    s = socket.create_connection(("127.0.0.1", port), timeout=10)
    s.setblocking(True)
    return s


def _closed_by_server(s: socket.socket, wait: float) -> bool:
    """True when the server closed ``s`` (EOF or reset) within ``wait`` seconds."""
    s.settimeout(wait)
    try:
        while True:
            data = s.recv(4096)
            if not data:
                return True
    except (ConnectionResetError, BrokenPipeError):
        return True
    except TimeoutError:
        return False


@pytest.mark.skipif(not OIC_SERVER.exists(), reason="oic-server no está instalado en este venv")
def test_idle_sockets_under_ulimit_1024_do_not_keep_clients_out(tmp_path):
    """1,100 silent TCP connections against a server limited to 1,024 descriptors:
    /meta, a login and an authenticated request still get answers, the log stays small,
    and the silent sockets are closed after the header timeout."""
    _raise_own_fd_limit(1400)
    with ExitStack() as stack, ServeProcess(tmp_path, "--header-timeout", "3", nofile=1024) as srv:
        subprocess.run(
            [
                str(OIC_SERVER),
                "--data-dir",
                str(srv.data),
                "observer",
                "add",
                "OBS-001",
                "--name",
                "Ana",
                "--password-stdin",
                "--reusable",
            ],
            input=PASSWORD + "\n",
            text=True,
            capture_output=True,
            timeout=60,
            check=True,
        )
        idle = [stack.enter_context(_connect(srv.port)) for _ in range(1100)]
        # the server answers while the silent sockets are still open on our side
        with httpx.Client(base_url=srv.url, timeout=5) as client:
            assert client.get("/meta").status_code == 200
            r = client.post("/auth/login", json={"code": "OBS-001", "password": PASSWORD})
            assert r.status_code == 200, r.text
            token = r.json()["token"]
            r = client.get("/submissions", headers={"Authorization": f"Bearer {token}"})
            assert r.status_code == 200
        # every silent socket is closed by the server (evicted for newcomers, or timed out
        # after 3 s): within 10 s, generously
        deadline = time.monotonic() + 10
        still_open = [
            s for s in idle if not _closed_by_server(s, max(0.01, deadline - time.monotonic()))
        ]
        assert still_open == []
        assert srv.log.stat().st_size < MIB, srv.log.read_text(errors="replace")[-2000:]
        # the descriptors in reserve held: no accept() failed (asyncio would have stopped
        # accepting for a second, the client seeing a stall)
        assert "out of system resource" not in srv.log.read_text(errors="replace")


@pytest.mark.skipif(not OIC_SERVER.exists(), reason="oic-server no está instalado en este venv")
def test_slowloris_headers_are_cut_at_the_header_timeout(tmp_path):
    """Half a header, then a line now and then: closed once the header timeout passes,
    however often a line arrives."""
    with ExitStack() as stack, ServeProcess(tmp_path, "--header-timeout", "2") as srv:
        slow = [stack.enter_context(_connect(srv.port)) for _ in range(30)]
        for s in slow:
            s.sendall(b"GET /api/v1/meta HTTP/1.1\r\nHost: x\r\n")
        started = time.monotonic()
        closed = set()
        while time.monotonic() - started < 8 and len(closed) < len(slow):
            for i, s in enumerate(slow):
                if i in closed:
                    continue
                try:
                    s.sendall(b"X-Lento: 1\r\n")
                except OSError:
                    closed.add(i)
                    continue
                if _closed_by_server(s, wait=0.05):
                    closed.add(i)
            time.sleep(0.5)
        assert len(closed) == len(slow)
        # a complete request on a new connection is answered as usual
        assert httpx.get(srv.url + "/meta", timeout=5).status_code == 200


@pytest.mark.skipif(not OIC_SERVER.exists(), reason="oic-server no está instalado en este venv")
def test_a_tls_handshake_that_never_starts_is_cut_at_the_header_timeout(tmp_path):
    init = ("--hostname", "127.0.0.1")
    with (
        ExitStack() as stack,
        ServeProcess(tmp_path, "--tls", "--header-timeout", "2", init=init) as srv,
    ):
        silent = [stack.enter_context(_connect(srv.port)) for _ in range(20)]
        deadline = time.monotonic() + 8
        still_open = [
            s for s in silent if not _closed_by_server(s, max(0.01, deadline - time.monotonic()))
        ]
        assert still_open == []
        assert httpx.get(srv.url + "/meta", timeout=5, verify=False).status_code == 200


@pytest.mark.skipif(not OIC_SERVER.exists(), reason="oic-server no está instalado en este venv")
def test_silent_tls_sockets_under_ulimit_512_do_not_keep_clients_out(tmp_path):
    """Sockets that never start their TLS handshake used to hold descriptors uncounted
    until asyncio's handshake timeout: 700 of them under ``ulimit -n 512`` made accept()
    fail and HTTPS requests time out."""
    _raise_own_fd_limit(1000)
    init = ("--hostname", "127.0.0.1")
    with ExitStack() as stack, ServeProcess(tmp_path, "--tls", init=init, nofile=512) as srv:
        for _ in range(700):
            stack.enter_context(_connect(srv.port))
        for _ in range(3):
            assert httpx.get(srv.url + "/meta", timeout=5, verify=False).status_code == 200
        assert "out of system resource" not in srv.log.read_text(errors="replace")


async def _flood(port: int, requests: list[bytes], body: bytes) -> list[bytes]:
    """Send each request head followed by ``body``, all at once; the status line of each."""

    async def one(head: bytes) -> bytes:
        reader, writer = await asyncio.open_connection("127.0.0.1", port)
        try:
            writer.write(head)
            try:
                writer.write(body)
                await asyncio.wait_for(writer.drain(), 30)
            except (ConnectionError, TimeoutError):
                pass  # the server answered without reading it all
            line = await asyncio.wait_for(reader.readline(), 30)
            return line
        except (ConnectionError, TimeoutError):
            return b"reset"
        finally:
            writer.close()

    return await asyncio.gather(*(one(h) for h in requests))


@pytest.mark.skipif(not OIC_SERVER.exists(), reason="oic-server no está instalado en este venv")
def test_anonymous_json_bodies_are_not_parsed(tmp_path):
    """300 anonymous 1 MiB bodies of ``[{},{},…]`` at once, to the routes that take JSON:
    answered 401 (or 413 for a login) and the server's peak memory hardly moves."""
    body = b"[" + b"{}," * (MIB // 3 - 1) + b"{}]"
    heads = []
    for n in range(300):
        path = ("/api/v1/enroll", f"/api/v1/submissions/{uuid.uuid4()}", "/api/v1/auth/login")[
            n % 3
        ]
        method = "PUT" if "submissions" in path else "POST"
        heads.append(
            f"{method} {path} HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
            f"Content-Length: {len(body)}\r\n\r\n".encode()
        )
    _raise_own_fd_limit(1000)
    with ServeProcess(tmp_path) as srv:
        before = srv.status("VmRSS")
        lines = asyncio.run(_flood(srv.port, heads, body))
        peak = srv.status("VmHWM")
    statuses = [line.split(b" ")[1] if line.startswith(b"HTTP/1.1") else line for line in lines]
    assert {s for s in statuses if s not in (b"reset",)} <= {b"401", b"413"}, set(statuses)
    assert statuses.count(b"401") >= 150  # most answers arrive (a reset is allowed)
    assert peak - before < 100 * MIB, f"RSS {before / MIB:.0f} → pico {peak / MIB:.0f} MiB"


# ------------------------------------------------------------------ the login throttle


def _login(c: httpx.Client, code: str, password: str, address: str) -> httpx.Response:
    return c.post(
        "/auth/login",
        json={"code": code, "password": password, "device": "prueba"},
        headers={"X-Forwarded-For": address},
    )


@pytest.mark.parametrize("limits", [Limits(login_delay_ceiling=0.5)])
def test_failures_from_another_address_do_not_lock_the_owner_out(server, limits):
    server.add_observer("OBS-001")
    with server.client() as c:
        attacker = [
            _login(c, "OBS-001", f"adivina-{n}", "203.0.113.9").status_code for n in range(12)
        ]
        assert attacker == [401] * 5 + [429] * 7
        # the owner, from their own address, with the right password: in
        r = _login(c, "OBS-001", PASSWORD, "198.51.100.7")
        assert r.status_code == 200, r.text
        # the attacker keeps trying meanwhile; the owner still gets in, every time
        for n in range(4):
            assert _login(c, "OBS-001", f"otra-{n}", "203.0.113.9").status_code == 429
            assert _login(c, "OBS-001", PASSWORD, "198.51.100.7").status_code == 200
        # from yet another address the attacker starts over, and is limited there too
        more = [_login(c, "OBS-001", "x", "192.0.2.44").status_code for _ in range(6)]
        assert more == [401] * 5 + [429]
        assert _login(c, "OBS-001", PASSWORD, "198.51.100.7").status_code == 200


def test_failures_of_one_code_from_everywhere_only_slow_it_down(server):
    """The per-code count never refuses; it adds a wait that doubles, up to a ceiling."""
    server.add_observer("OBS-001")
    throttle = server.oic.throttle
    now = time.time()
    assert throttle.delay("OBS-001", now) == 0
    delays = []
    for n in range(12):
        attempt = throttle.begin("OBS-001", f"198.51.100.{n}", now)
        assert attempt.ids  # counted, not refused: each address is new
        delays.append(throttle.delay("OBS-001", now))
    limits = server.oic.limits
    assert delays[: limits.login_code_failures - 1] == [0] * (limits.login_code_failures - 1)
    assert delays[limits.login_code_failures - 1] > 0
    assert delays == sorted(delays) and max(delays) == limits.login_delay_ceiling
    assert throttle.delay("OBS-001", now + limits.login_window_seconds + 1) == 0


@pytest.mark.parametrize("limits", [Limits(login_delay_ceiling=0.1)])
def test_parallel_wrong_passwords_check_at_most_the_limit(server, limits, monkeypatch):
    from oic_server.usecases import base

    server.add_observer("OBS-001")
    checked = []
    real = base._hasher

    class Counting:
        def __getattr__(self, name):
            return getattr(real, name)

        def verify(self, stored, password):
            checked.append(password)
            return real.verify(stored, password)

    monkeypatch.setattr(base, "_hasher", Counting())
    start = threading.Barrier(60)

    def attempt(n: int) -> int:
        with server.client() as c:
            start.wait(30)
            return _login(c, "OBS-001", f"equivocada-{n}", "203.0.113.20").status_code

    with ThreadPoolExecutor(60) as pool:
        codes = list(pool.map(attempt, range(60)))
    assert len(checked) <= server.oic.limits.login_failures, len(checked)
    assert codes.count(401) == len(checked) and codes.count(429) == 60 - len(checked)


# ------------------------------------------------------------------ small leaks


def test_405_says_which_methods_are_allowed(server):
    with server.client() as c:
        r = c.delete("/meta")
        assert r.status_code == 405 and error_code(r) == "method_not_allowed"
        assert r.headers["allow"] == "GET"
        r = c.get("/auth/login")
        assert r.status_code == 405 and r.headers["allow"] == "POST"


@pytest.mark.parametrize(
    "query", ["since=1&since=0", "since=0.0", "since=1e3", "since=%2B1", "since=01", "since="]
)
def test_review_cursor_is_one_plain_integer(server, query):
    server.add_observer("OBS-001")
    with server.login("OBS-001") as c:
        r = c.get(f"/reviews?{query}")
        assert r.status_code == 400 and error_code(r) == "bad_request", r.text
        assert c.get("/reviews?since=0").status_code == 200


def test_review_cursors_count_only_the_callers_events(server, make_laptop):
    """Cursors used to come from one server-wide counter: B's cursor jumped by every
    event of A. Now each observer's cursors are 1, 2, 3… whatever others do."""
    from oic_testing import send_all

    for code in ("OBS-001", "OBS-002"):
        server.add_observer(code)
    subs = {}
    with server.login("OBS-001") as a, server.login("OBS-002") as b:
        for code, client in (("OBS-001", a), ("OBS-002", b)):
            laptop = make_laptop(code)
            laptop.enroll(client)
            subs[code] = laptop.submission()
        # A is busy: three submissions and reviews before B sends anything
        send_all(a, subs["OBS-001"], chunk=64 * 1024)
        for decision in ("return", "approve"):
            server.oic.review(subs["OBS-001"].submission_id, decision, "revisado")
        send_all(b, subs["OBS-002"], chunk=64 * 1024)
        server.oic.review(subs["OBS-002"].submission_id, "return", "falta la foto")
        assert [e["cursor"] for e in a.get("/reviews").json()["reviews"]] == [1, 2, 3]
        seen = b.get("/reviews").json()
        assert [e["cursor"] for e in seen["reviews"]] == [1, 2] and seen["cursor"] == 2
        assert b.get("/reviews", params={"since": 2}).json() == {"reviews": [], "cursor": 2}


def test_anonymous_bodies_are_refused_before_they_are_read(server):
    """The guard answers 401 for a route that needs a session whatever its body is —
    even one that is not JSON at all, or larger than the route accepts."""
    with server.client() as c:
        for method, path in (
            ("PUT", f"/submissions/{uuid.uuid4()}"),
            ("POST", "/enroll"),
            ("PATCH", f"/blobs/{'a' * 64}"),
        ):
            r = c.request(method, path, content=b"{" * 5000)
            assert r.status_code == 401 and error_code(r) == "unauthenticated", (path, r.text)
        # the connection is still usable afterwards (the unread body was dropped)
        assert c.get("/meta").status_code == 200


def test_json_bodies_are_bounded_by_what_they_expand_to(server):
    server.add_observer("OBS-001")
    with server.login("OBS-001") as c:
        r = c.put(
            f"/submissions/{uuid.uuid4()}",
            content=b"[" + b"0," * 60_000 + b"0]",
            headers={"Content-Type": "application/json"},
        )
        assert r.status_code == 413 and error_code(r) == "too_large"
        assert "50000" in r.json()["error"]["message"]
    with server.client() as c:
        r = c.post("/auth/login", content=json.dumps({"code": "x" * 20_000, "password": "y"}))
        assert r.status_code == 413 and error_code(r) == "too_large"


def test_a_chunk_for_an_undeclared_blob_is_refused_before_it_is_read(server, monkeypatch):
    from starlette.requests import Request

    server.add_observer("OBS-001")
    read = []
    real_body = Request.body

    async def counting_body(self):
        data = await real_body(self)
        read.append(len(data))
        return data

    with server.login("OBS-001") as c:
        monkeypatch.setattr(Request, "body", counting_body)
        r = c.patch(
            f"/blobs/{'b' * 64}",
            content=b"x" * 32768,  # within the chunk limit of these tests
            headers={"Upload-Offset": "0", "Content-Type": "application/offset+octet-stream"},
        )
        assert r.status_code == 404 and error_code(r) == "not_found"
        assert c.get("/meta").status_code == 200
    assert read == []


def test_a_failed_accept_is_logged_once_per_interval(caplog):
    """asyncio logs every failed accept() with a traceback (68 MB per 10 s were seen):
    the filter lets one line through per interval, saying how many it stands for."""
    import logging

    from oic_server.connections import AcceptErrorFilter

    accept_filter = AcceptErrorFilter(interval=60)
    logger = logging.getLogger("oic-test-accept")
    logger.addFilter(accept_filter)
    try:
        with caplog.at_level(logging.ERROR, logger="oic-test-accept"):
            for _ in range(1000):
                try:
                    raise OSError(24, "Too many open files")
                except OSError:
                    logger.error("socket.accept() out of system resource", exc_info=True)
            logger.error("otro problema")
            assert [r.getMessage()[:24] for r in caplog.records] == [
                "socket.accept() out of s",
                "otro problema",
            ]
            assert caplog.records[0].exc_info is None
            accept_filter.last -= 61  # the interval passed
            logger.error("socket.accept() out of system resource", exc_info=True)
            assert "(999 más desde el aviso anterior)" in caplog.records[-1].getMessage()
    finally:
        logger.removeFilter(accept_filter)


@pytest.mark.parametrize("limits", [Limits(chunk_bytes=64 * 1024, body_timeout=1.0)])
@pytest.mark.parametrize("route", ["patch", "put"])
def test_a_body_that_stops_arriving_is_answered_408(server, limits, route):
    server.add_observer("OBS-001")
    with server.login("OBS-001") as c:
        token = c.headers["Authorization"]
    port = int(server.base_url.rsplit(":", 1)[1])
    if route == "patch":  # an upload the observer declared, so the chunk is awaited
        from oic_server import schema

        server.oic.db.write(
            lambda conn: conn.execute(
                schema.uploads.insert().values(
                    observer_id=1,
                    sha256="c" * 64,
                    size=5000,
                    held=0,
                    complete=False,
                    updated_at="x",
                )
            )
        )
        head = (
            f"PATCH /api/v1/blobs/{'c' * 64} HTTP/1.1\r\nUpload-Offset: 0\r\n"
            "Content-Type: application/offset+octet-stream\r\n"
        )
    else:
        head = f"PUT /api/v1/submissions/{uuid.uuid4()} HTTP/1.1\r\n"
    with socket.create_connection(("127.0.0.1", port), timeout=10) as s:
        s.sendall(
            f"{head}Host: x\r\nAuthorization: {token}\r\nContent-Length: 1000\r\n\r\n".encode()
            + b"{" * 10
        )
        answer = b""
        while b"\r\n\r\n" not in answer:
            data = s.recv(4096)
            assert data, answer
            answer += data
    assert answer.split(b" ", 2)[1] == b"408", answer
    assert b"connection: close" in answer.lower()
    with server.login("OBS-001") as c:  # nothing of the cut chunk was kept
        assert c.head(f"/blobs/{'c' * 64}").headers.get("upload-offset") in (None, "0")


@pytest.mark.parametrize("limits", [Limits(chunk_bytes=64 * 1024, json_parsers=2)])
def test_only_json_parsers_json_requests_are_handled_at_once(server, limits, monkeypatch):
    server.add_observer("OBS-001")
    inside, most = 0, 0
    lock = threading.Lock()
    real = server.oic.put_submission

    def slow_put(*args, **kwargs):
        nonlocal inside, most
        with lock:
            inside += 1
            most = max(most, inside)
        time.sleep(0.3)
        with lock:
            inside -= 1
        return real(*args, **kwargs)

    monkeypatch.setattr(server.oic, "put_submission", slow_put)
    with server.login("OBS-001") as c:
        token = c.headers["Authorization"]

    def put_valid(n: int) -> int:
        manifest = {
            "audit_id": str(uuid.uuid4()),
            "audit_version": 1,
            "form_id": "mini",
            "form_version": 1,
            "audit_sha256": f"{n:064x}",
            "report_sha256": f"{n + 100:064x}",
            "blobs": [
                {"sha256": f"{n:064x}", "size": 10, "role": "audit"},
                {"sha256": f"{n + 100:064x}", "size": 10, "role": "report"},
            ],
        }
        with server.client() as each:
            return each.put(
                f"/submissions/{uuid.uuid4()}", json=manifest, headers={"Authorization": token}
            ).status_code

    with ThreadPoolExecutor(6) as pool:
        codes = list(pool.map(put_valid, range(6)))
    assert len(codes) == 6
    assert 0 < most <= 2  # six at once reach the service two at a time, never more


@pytest.mark.parametrize("limits", [Limits(login_delay_ceiling=2.0)])
def test_an_address_over_its_limit_is_refused_before_any_wait(server, limits, monkeypatch):
    """A hot code makes answers wait; an address already refused must not wait too
    (it would hold a connection for free, and an attacker would pay nothing)."""
    from oic_server.api import auth as api

    waits: list[float] = []

    async def recorded(seconds):
        waits.append(seconds)

    monkeypatch.setattr(api, "wait_out", recorded)
    server.add_observer("OBS-001")
    with server.client() as c:
        for n in range(8):  # the code gets hot from many addresses
            assert _login(c, "OBS-001", "x", f"198.51.100.{n}").status_code == 401
        assert waits and max(waits) > 0
        for _ in range(5):
            _login(c, "OBS-001", "x", "203.0.113.5")
        waits.clear()
        r = _login(c, "OBS-001", "x", "203.0.113.5")
        assert r.status_code == 429 and waits == []
        # the owner still gets in, after a wait
        assert _login(c, "OBS-001", PASSWORD, "192.0.2.10").status_code == 200
        assert waits and 0 < waits[-1] <= limits.login_delay_ceiling


def test_ipv6_clients_are_counted_by_their_64():
    from oic_server.throttle import client_key

    assert client_key("2001:db8:1:2:aaaa::1") == client_key("2001:db8:1:2:bbbb::99")
    assert client_key("2001:db8:1:2::1") != client_key("2001:db8:1:3::1")
    assert client_key("::ffff:192.0.2.7") == client_key("192.0.2.7") == "192.0.2.7"
    assert client_key("desconocida") == "desconocida"


@pytest.mark.parametrize("limits", [Limits(login_failures=2)])
def test_right_passwords_and_refused_requests_are_not_counted_as_guesses(server, limits):
    server.add_observer("OBS-001", password="del-oic-12345", one_time=True)
    with server.client() as c:
        for _ in range(4):  # the right one-time password: no guess
            r = _login(c, "OBS-001", "del-oic-12345", "203.0.113.8")
            assert r.status_code == 403 and error_code(r) == "password_change_required"
        for _ in range(4):  # a new password too short: refused before any check
            r = c.post(
                "/auth/password",
                json={"code": "OBS-001", "password": "x", "new_password": "corta"},
                headers={"X-Forwarded-For": "203.0.113.8"},
            )
            assert r.status_code == 400, r.text
        r = c.post(
            "/auth/password",
            json={"code": "OBS-001", "password": "del-oic-12345", "new_password": "la-de-ana-123"},
            headers={"X-Forwarded-For": "203.0.113.8"},
        )
        assert r.status_code == 200, r.text


def _stall_over_limit(s: socket.socket) -> None:
    """A login declaring more than its limit (so the guard drains it), then silence."""
    s.sendall(
        b"POST /api/v1/auth/login HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
        b"Content-Length: 20000\r\n\r\n" + b" " * 100
    )


def _stall_within_limit(s: socket.socket) -> None:
    """A login body that starts and stops (a byte now and then would hold it for ever)."""
    s.sendall(
        b"POST /api/v1/auth/login HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
        b"Content-Length: 100\r\n\r\n{"
    )


def _pipeline_unread(s: socket.socket) -> None:
    """Many requests at once whose answers are never read."""
    s.sendall(b"GET /api/v1/openapi.json HTTP/1.1\r\nHost: x\r\n\r\n" * 300)


@pytest.mark.skipif(not OIC_SERVER.exists(), reason="oic-server no está instalado en este venv")
@pytest.mark.parametrize("stall", [_stall_over_limit, _stall_within_limit, _pipeline_unread])
def test_requests_stuck_on_their_client_do_not_keep_others_out(tmp_path, stall):
    """Every connection busy with a request that waits on its client: a newcomer still
    gets in, closing the one that has waited longest (it used to get 503 for minutes)."""
    with ServeProcess(tmp_path, "--max-connections", "16") as srv, ExitStack() as stack:
        stuck = []
        for _ in range(16):
            s = socket.socket()
            s.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, 4096)
            s.connect(("127.0.0.1", srv.port))
            stack.enter_context(s)
            stall(s)
            stuck.append(s)
        time.sleep(3)  # longer than ConnectionLimits.stalled_after (2 s)
        for _ in range(3):
            assert httpx.get(srv.url + "/meta", timeout=5).status_code == 200
        assert "Traceback" not in srv.log.read_text(errors="replace")


@pytest.mark.skipif(not OIC_SERVER.exists(), reason="oic-server no está instalado en este venv")
def test_garbage_and_upgrade_requests_do_not_fill_the_log(tmp_path):
    with ServeProcess(tmp_path) as srv:
        for n in range(200):
            with socket.create_connection(("127.0.0.1", srv.port), timeout=5) as s:
                if n % 2:
                    s.sendall(b"\x16\x03\x01 esto no es HTTP\r\n\r\n")
                else:
                    s.sendall(
                        b"GET /api/v1/meta HTTP/1.1\r\nHost: x\r\nConnection: Upgrade\r\n"
                        b"Upgrade: websocket\r\n\r\n"
                    )
                s.recv(4096)
    lines = [
        line
        for line in srv.log.read_text(errors="replace").splitlines()
        if "WARNING" in line or "Invalid" in line or "websocket" in line.lower()
    ]
    assert len(lines) <= 3, lines  # one line per kind per minute, not one per request
