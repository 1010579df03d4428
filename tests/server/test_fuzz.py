"""Malformed requests thrown at the API (hypothesis): never a 5xx, and a refusal stores nothing.

The requests go to the real uvicorn of the tests, on SQLite and on PostgreSQL,
with an observer, a token and an open submission in place so that requests
can reach deep into the handlers. Before and after each refused request the
whole database and the blob folders are compared.
"""

from __future__ import annotations

import hashlib
import json
import string
import uuid
from urllib.parse import quote

import httpx
import pytest
from hypothesis import HealthCheck, assume, event, given, settings
from hypothesis import strategies as st
from oic_testing import PASSWORD, TLS, RunningServer, snapshot

BIG = 100 * 1024 * 1024  # a declared size no fuzzed chunk can complete


def _sha(text: str) -> str:
    return hashlib.sha256(text.encode()).hexdigest()


SUBMISSION = "5f0c6a5e-2b7d-4d7e-9a51-3f1f8c3f9d10"
AUDIT, REPORT, PHOTO = _sha("audit"), _sha("report"), _sha("photo")
MANIFEST = {
    "audit_id": "0b5e7ad0-0000-4000-8000-000000000001",
    "audit_version": 1,
    "form_id": "visita_obra_publica",
    "form_version": 1,
    "audit_sha256": AUDIT,
    "report_sha256": REPORT,
    "blobs": [
        {"sha256": AUDIT, "size": 1024 * 1024, "role": "audit"},
        {"sha256": REPORT, "size": BIG, "role": "report"},
        {"sha256": PHOTO, "size": BIG, "role": "evidence", "name": "IMG_0001.jpg"},
    ],
}

json_values = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(min_value=-(2**70), max_value=2**70)
    | st.floats(allow_nan=True, allow_infinity=True)
    | st.text(max_size=30),
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=12), children, max_size=4)
    ),
    max_leaves=12,
)
weird_text = st.one_of(
    st.text(max_size=40),
    st.sampled_from(["..", "../..", "%00", "\x00", "a" * 64, "A" * 64, "", " ", "0", "-1", "1e9"]),
    st.text(alphabet=string.hexdigits, min_size=60, max_size=70),
    st.just(SUBMISSION),
    st.just(AUDIT),
    st.just(str(uuid.UUID(int=0))),
)


def _mutate(base: dict, data: st.DataObject) -> dict:
    """A valid body with one field removed, replaced or added."""
    body = json.loads(json.dumps(base))
    target = body
    if "blobs" in body and data.draw(st.booleans()):
        target = body["blobs"][data.draw(st.integers(0, len(body["blobs"]) - 1))]
    key = data.draw(st.sampled_from([*sorted(target), "extra"]))
    action = data.draw(st.sampled_from(["delete", "replace"]))
    if action == "delete" and key in target:
        del target[key]
    else:
        target[key] = data.draw(json_values)
    return body


ROUTES = [  # (method, path, the body it expects)
    ("GET", "/api/v1/meta", "none"),
    ("POST", "/api/v1/auth/login", "login"),
    ("POST", "/api/v1/auth/logout", "none"),
    ("POST", "/api/v1/enroll", "csr"),
    ("GET", "/api/v1/forms", "none"),
    ("GET", "/api/v1/forms/{a}/{b}", "none"),
    ("PUT", "/api/v1/submissions/{a}", "manifest"),
    ("GET", "/api/v1/submissions", "none"),
    ("GET", "/api/v1/submissions/{a}", "none"),
    ("POST", "/api/v1/submissions/{a}/commit", "none"),
    ("HEAD", "/api/v1/blobs/{a}", "none"),
    ("PATCH", "/api/v1/blobs/{a}", "bytes"),
    ("GET", "/api/v1/reviews", "none"),
]
known = st.sampled_from([SUBMISSION, AUDIT, REPORT, PHOTO, "visita_obra_publica", "1"])


@st.composite
def requests(draw: st.DrawFn) -> dict:
    data = draw(st.data())
    method, template, natural = draw(st.sampled_from(ROUTES))
    if draw(st.integers(0, 9)) == 0:  # now and then, a method or path the API does not have
        method = draw(st.sampled_from(["GET", "POST", "PUT", "PATCH", "HEAD", "DELETE", "OPTIONS"]))
        template = draw(st.sampled_from([template, "/api/v1/{a}", "/api/v1/blobs/{a}/{b}", "/{a}"]))
    a, b = (
        quote(draw(st.one_of(known, weird_text)), safe="")  # what a client puts in a URL
        for _ in range(2)
    )
    path = template.format(a=a, b=b)
    headers = {}
    auth = draw(st.sampled_from(["token", "token", "token", "none", "junk", "other"]))
    if auth == "token":
        headers["Authorization"] = "Bearer {token}"
    elif auth == "junk":
        headers["Authorization"] = draw(st.text(alphabet=string.printable.strip(), max_size=80))
    elif auth == "other":
        headers["Authorization"] = "Bearer " + draw(
            st.text(string.ascii_letters, min_size=16, max_size=60)
        )
    if method == "PATCH" or draw(st.integers(0, 4)) == 0:
        headers["Upload-Offset"] = draw(
            st.one_of(
                st.sampled_from(["0", "1", "00", "+1", "1.0", "0x10"]),
                st.integers(-5, 2**70).map(str),
                st.text(string.printable.strip(), max_size=10),
            )
        )
    headers["Content-Type"] = draw(
        st.sampled_from(
            ["application/json", "application/offset+octet-stream", "text/plain", "x/y; a=b"]
        )
    )
    kind = (
        natural
        if draw(st.booleans())
        else draw(st.sampled_from(["none", "bytes", "json", "manifest", "login", "csr", "deep"]))
    )
    if kind == "bytes":
        body = draw(st.binary(max_size=2048))
    elif kind == "json":
        body = json.dumps(draw(json_values)).encode()
    elif kind == "manifest":
        body = json.dumps(_mutate(MANIFEST, data)).encode()
    elif kind == "login":
        body = json.dumps(
            _mutate({"code": "OBS-001", "password": "x", "device": "d"}, data)
        ).encode()
    elif kind == "csr":
        body = json.dumps({"csr": draw(st.text(max_size=200))}).encode()
    elif kind == "deep":
        depth = draw(st.integers(100, 200_000))
        body = b"[" * depth + b"]" * depth
    else:
        body = b""
    query = {"since": draw(st.one_of(known, weird_text))} if draw(st.booleans()) else {}
    return {"method": method, "path": path, "headers": headers, "body": body, "params": query}


@pytest.fixture
def target(server: RunningServer):
    server.add_observer("OBS-001")
    client = httpx.Client(base_url=server.base_url, timeout=60, verify=TLS)
    token = client.post(
        "/api/v1/auth/login", json={"code": "OBS-001", "password": PASSWORD}
    ).json()["token"]
    auth = {"Authorization": f"Bearer {token}"}
    r = client.put(f"/api/v1/submissions/{SUBMISSION}", json=MANIFEST, headers=auth)
    assert r.status_code == 201
    yield server, client, token
    client.close()


@settings(
    max_examples=250,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(request=requests())
def test_malformed_requests_never_fail_the_server_or_store_anything(target, request):
    server, client, token = target
    headers = {k: v.replace("{token}", token) for k, v in request["headers"].items()}
    # logging out the fixture's token would only make every later example unauthenticated
    assume(
        not (
            request["path"].endswith("/logout") and headers.get("Authorization", "").endswith(token)
        )
    )
    before = snapshot(server)
    response = client.request(
        request["method"],
        request["path"],
        headers=headers,
        content=request["body"],
        params=request["params"],
    )
    event(f"{response.status_code} {response.headers.get('content-type', '')[:16]}")
    # the API answers errors in JSON; the staff console (any other path) with a page
    sent = response.request.url.path  # as httpx sent it (dot segments resolved)
    api = sent == "/api" or sent.startswith("/api/")
    if response.status_code >= 400 and request["method"] != "HEAD" and api:
        event("code " + response.json()["error"]["code"])
    assert response.status_code < 500, (response.status_code, response.text[:500])
    if response.status_code >= 400:
        assert snapshot(server) == before, response.text[:300]
        if request["method"] != "HEAD" and api:
            error = response.json()["error"]
            assert error["code"] and error["message"]
        elif request["method"] != "HEAD":
            assert response.headers["content-type"].startswith(("text/html", "application/json"))


@pytest.mark.parametrize(
    ("raw", "answers"),
    [
        (b"\x00\xff\xfe basura\r\n\r\n", (b"HTTP/1.1 4",)),
        # an unknown HTTP version: the parser (httptools) usually closes the connection
        # and now and then reads it as HTTP/1.x and answers (seen once in ~20 CI runs)
        (b"GET /api/v1/meta HTTP/9.9\r\n\r\n", (b"HTTP/1.1 4", b"HTTP/1.1 200")),
        (
            b"PATCH /api/v1/blobs/x HTTP/1.1\r\nHost: a\r\nContent-Length: -5\r\n\r\n",
            (b"HTTP/1.1 4",),
        ),
        (
            b"PUT /api/v1/submissions/x HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n",
            (b"HTTP/1.1 4",),
        ),
        # a valid request with one huge header: refused (431) or, when it arrives in
        # one read and fits the parser's buffer, simply answered — both are fine
        (
            b"GET /api/v1/meta HTTP/1.1\r\nHost: a\r\nX: " + b"y" * 70000 + b"\r\n\r\n",
            (b"HTTP/1.1 4", b"HTTP/1.1 200"),
        ),
    ],
)
def test_broken_http_gets_an_answer_and_the_server_lives_on(server, raw, answers):
    import socket

    host, port = server.base_url.removeprefix("http://").split(":")
    with socket.create_connection((host, int(port)), timeout=30) as sock:
        try:
            sock.sendall(raw)
            sock.shutdown(socket.SHUT_WR)
            answer = sock.recv(4096)
        except (ConnectionResetError, BrokenPipeError):
            answer = b""
    assert answer == b"" or answer.startswith(answers), answer[:200]
    with server.client() as c:
        assert c.get("/meta").status_code == 200
