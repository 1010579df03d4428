"""Connections anyone can open (issue 14, item 1): idle and slow sockets, silent TLS
handshakes, stalled bodies and unread answers, floods of anonymous bodies, the log.
Real ``serve`` processes on loopback, each test bounded in count and time."""

from __future__ import annotations

import asyncio
import socket
import subprocess
import time
import uuid
from contextlib import ExitStack

import httpx
import pytest
from oic_testing import PASSWORD
from serve_process import (
    MIB,
    OIC_SERVER,
    ServeProcess,
    closed_by_server,
    connect,
    needs_oic_server,
    raise_own_fd_limit,
)


@needs_oic_server
def test_idle_sockets_under_ulimit_1024_do_not_keep_clients_out(tmp_path):
    """1,100 silent TCP connections against a server limited to 1,024 descriptors:
    /meta, a login and an authenticated request still get answers, the log stays small,
    and the silent sockets are closed after the header timeout."""
    raise_own_fd_limit(1400)
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
        idle = [stack.enter_context(connect(srv.port)) for _ in range(1100)]
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
            s for s in idle if not closed_by_server(s, max(0.01, deadline - time.monotonic()))
        ]
        assert still_open == []
        assert srv.log.stat().st_size < MIB, srv.log.read_text(errors="replace")[-2000:]
        # the descriptors in reserve held: no accept() failed (asyncio would have stopped
        # accepting for a second, the client seeing a stall)
        assert "out of system resource" not in srv.log.read_text(errors="replace")


@needs_oic_server
def test_slowloris_headers_are_cut_at_the_header_timeout(tmp_path):
    """Half a header, then a line now and then: closed once the header timeout passes,
    however often a line arrives."""
    with ExitStack() as stack, ServeProcess(tmp_path, "--header-timeout", "2") as srv:
        slow = [stack.enter_context(connect(srv.port)) for _ in range(30)]
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
                if closed_by_server(s, wait=0.05):
                    closed.add(i)
            time.sleep(0.5)
        assert len(closed) == len(slow)
        # a complete request on a new connection is answered as usual
        assert httpx.get(srv.url + "/meta", timeout=5).status_code == 200


@needs_oic_server
def test_a_tls_handshake_that_never_starts_is_cut_at_the_header_timeout(tmp_path):
    init = ("--hostname", "127.0.0.1")
    with (
        ExitStack() as stack,
        ServeProcess(tmp_path, "--tls", "--header-timeout", "2", init=init) as srv,
    ):
        silent = [stack.enter_context(connect(srv.port)) for _ in range(20)]
        deadline = time.monotonic() + 8
        still_open = [
            s for s in silent if not closed_by_server(s, max(0.01, deadline - time.monotonic()))
        ]
        assert still_open == []
        assert httpx.get(srv.url + "/meta", timeout=5, verify=False).status_code == 200


@needs_oic_server
def test_silent_tls_sockets_under_ulimit_512_do_not_keep_clients_out(tmp_path):
    """Sockets that never start their TLS handshake used to hold descriptors uncounted
    until asyncio's handshake timeout: 700 of them under ``ulimit -n 512`` made accept()
    fail and HTTPS requests time out."""
    raise_own_fd_limit(1000)
    init = ("--hostname", "127.0.0.1")
    with ExitStack() as stack, ServeProcess(tmp_path, "--tls", init=init, nofile=512) as srv:
        for _ in range(700):
            stack.enter_context(connect(srv.port))
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


@needs_oic_server
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
    raise_own_fd_limit(1000)
    with ServeProcess(tmp_path) as srv:
        before = srv.status("VmRSS")
        lines = asyncio.run(_flood(srv.port, heads, body))
        peak = srv.status("VmHWM")
    statuses = [line.split(b" ")[1] if line.startswith(b"HTTP/1.1") else line for line in lines]
    assert {s for s in statuses if s not in (b"reset",)} <= {b"401", b"413"}, set(statuses)
    assert statuses.count(b"401") >= 150  # most answers arrive (a reset is allowed)
    assert peak - before < 100 * MIB, f"RSS {before / MIB:.0f} → pico {peak / MIB:.0f} MiB"


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


@needs_oic_server
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


@needs_oic_server
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
