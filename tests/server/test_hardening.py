"""What the API lets an anonymous or nosy client do (issue 14, items 2 and 7): bodies only
after the token and within bounds, stalled bodies, and what one observer learns of others."""

from __future__ import annotations

import json
import socket
import threading
import time
import uuid
from concurrent.futures import ThreadPoolExecutor

import pytest
from oic_testing import error_code

from oic_server.config import Limits


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
