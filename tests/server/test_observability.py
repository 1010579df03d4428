"""Liveness, readiness, metrics, request ids and log lines (oic_server/observability/,
oic_server/api/health.py): what a load balancer and an operator see of one instance."""

from __future__ import annotations

import json
import logging
import socket
import uuid

import httpx
import pytest
from oic_testing import PASSWORD, patch, send_all
from prometheus_client.parser import text_string_to_metric_families

from oic_server.blobstore import FilesystemBlobStore
from oic_server.cli import main as oic_server_main
from oic_server.db import Database
from oic_server.observability.logs import JsonFormatter, RequestIdFilter, TextFormatter
from oic_server.observability.metrics import MetricsAccess, parse_networks
from oic_server.observability.middleware import valid_request_id

CHUNK = 64 * 1024


def root(server) -> httpx.Client:
    """A client for the server's root (the probes are not under /api/v1)."""
    return httpx.Client(base_url=server.base_url, timeout=30)


def samples(text: str) -> dict[tuple[str, tuple[tuple[str, str], ...]], float]:
    """Every sample of a Prometheus text exposition, by (name, sorted labels)."""
    found = {}
    for family in text_string_to_metric_families(text):
        for sample in family.samples:
            found[(sample.name, tuple(sorted(sample.labels.items())))] = sample.value
    return found


def requests_of(values, method: str, route: str, status: str) -> float:
    key = ("oic_http_requests_total", (("method", method), ("route", route), ("status", status)))
    return values.get(key, 0.0)


def closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]  # nothing listens once the socket is closed


# ------------------------------------------------------------------ liveness and readiness


def test_healthz_and_readyz_answer_without_login(server):
    with root(server) as c:
        r = c.get("/healthz")
        assert r.status_code == 200 and r.json() == {"status": "ok"}
        r = c.get("/readyz")
        assert r.status_code == 200, r.text
        body = r.json()
        assert body["status"] == "ok"
        assert set(body["checks"]) == {"database", "blob_store"}
        assert all(check["ok"] for check in body["checks"].values())


def test_readyz_is_503_while_the_database_is_unreachable(server, caplog):
    original = server.oic.db
    unreachable = Database(f"postgresql+psycopg://oic@127.0.0.1:{closed_port()}/oic")
    server.oic.db = unreachable
    try:
        with caplog.at_level(logging.WARNING, logger="oic_server.health"), root(server) as c:
            r = c.get("/readyz")
            assert r.status_code == 503, r.text
            body = r.json()
            assert body["status"] == "unavailable"
            assert body["error"]["code"] == "unavailable"
            assert "database" in body["error"]["message"]
            assert body["checks"]["database"]["ok"] is False
            assert body["checks"]["blob_store"]["ok"] is True
            # the class of the failure, never its text (a host, a user name)
            assert "127.0.0.1" not in r.text
            assert r.headers["Retry-After"]
            assert c.get("/healthz").status_code == 200  # alive all the same
            warnings = [rec.getMessage() for rec in caplog.records]
            assert len(warnings) == 1 and warnings[0].startswith("not ready: database")
            assert "127.0.0.1" in warnings[0]  # the detail goes to the log
    finally:
        server.oic.db = original
        unreachable.close()


def test_readyz_is_503_while_the_blob_store_cannot_write(server, tmp_path):
    broken = tmp_path / "broken-store"
    broken.mkdir()
    (broken / "uploads").write_bytes(b"")  # a file where the uploads folder should be
    original = server.oic.store
    server.oic.store = FilesystemBlobStore(broken)
    try:
        with root(server) as c:
            r = c.get("/readyz")
        assert r.status_code == 503, r.text
        checks = r.json()["checks"]
        assert checks["database"]["ok"] is True
        assert checks["blob_store"] == {
            "ok": False,
            "ms": checks["blob_store"]["ms"],
            "error": "uploads/: EEXIST",
        }
    finally:
        server.oic.store = original
    assert FilesystemBlobStore(server.data_dir).ready() is None
    assert not list((server.data_dir / "uploads").glob(".ready-*"))  # the probe file went


# ------------------------------------------------------------------ metrics


def test_metrics_count_requests_by_route_template_not_path(server, enrolled):
    _laptop, client = enrolled
    with root(server) as c:
        before = samples(c.get("/metrics").text)
        ids = [str(uuid.uuid4()) for _ in range(3)]
        for submission_id in ids:
            assert client.get(f"/submissions/{submission_id}").status_code == 404
        assert client.get("/meta").status_code == 200
        after_text = c.get("/metrics").text
    after = samples(after_text)
    route = "/api/v1/submissions/{submission_id}"
    assert requests_of(after, "GET", route, "4xx") - requests_of(before, "GET", route, "4xx") == 3
    meta = requests_of(after, "GET", "/api/v1/meta", "2xx")
    assert meta - requests_of(before, "GET", "/api/v1/meta", "2xx") == 1
    assert not any(submission_id in after_text for submission_id in ids)
    latency = ("oic_http_request_duration_seconds_count", (("method", "GET"), ("route", route)))
    assert after[latency] - before.get(latency, 0.0) == 3
    assert ("process_resident_memory_bytes", ()) in after  # the process collector's


def test_a_request_refused_before_routing_is_counted_under_its_template(server):
    digest = "ab" * 32
    with root(server) as c:
        before = samples(c.get("/metrics").text)
        r = c.patch(f"/api/v1/blobs/{digest}", content=b"x" * 100)  # no token: 401
        assert r.status_code == 401
        assert c.get("/no/such/page").status_code == 404
        after = samples(c.get("/metrics").text)
    route = "/api/v1/blobs/{sha256}"
    assert (
        requests_of(after, "PATCH", route, "4xx") - requests_of(before, "PATCH", route, "4xx") == 1
    )
    assert (
        requests_of(after, "GET", "other", "4xx") - requests_of(before, "GET", "other", "4xx") == 1
    )


def test_upload_bytes_in_progress_and_commits(server, enrolled):
    laptop, client = enrolled
    sub = laptop.submission()
    with root(server) as c:
        before = samples(c.get("/metrics").text)
        r = sub.put(client)
        assert r.status_code == 201
        big = max(sub.blobs, key=lambda d: len(sub.blobs[d]))
        assert patch(client, big, 0, sub.blobs[big][:CHUNK]).status_code == 204
        middle = samples(c.get("/metrics").text)
        answer = send_all(client, sub, chunk=CHUNK)
        assert answer["receipt"]["submission_id"] == sub.submission_id
        after = samples(c.get("/metrics").text)
    received = ("oic_upload_received_bytes_total", ())
    assert middle[received] - before[received] == CHUNK
    payload = sum(len(data) for data in sub.blobs.values())
    assert after[received] - before[received] == payload
    assert after[("oic_uploads_in_progress", ())] == 0
    assert after[("oic_commits_total", ())] - before[("oic_commits_total", ())] == 1


def test_metrics_only_from_allowed_networks_or_with_the_token(server, uvicorn_session):
    # the session's uvicorn trusts X-Forwarded-For from 127.0.0.1, as serve behind a proxy
    outside = {"X-Forwarded-For": "203.0.113.7"}
    with root(server) as c:
        assert c.get("/metrics").status_code == 200  # loopback
        r = c.get("/metrics", headers=outside)
        assert r.status_code == 403 and r.json()["error"]["code"] == "forbidden"
        assert c.get("/metrics", headers={"X-Forwarded-For": "10.1.2.3"}).status_code == 200
        token = "t" * 24
        uvicorn_session.target.state.metrics_access = MetricsAccess(networks=(), token=token)
        assert c.get("/metrics").status_code == 403  # no network allowed: the token only
        wrong = {**outside, "Authorization": "Bearer " + "x" * 24}
        assert c.get("/metrics", headers=wrong).status_code == 403
        right = {**outside, "Authorization": f"Bearer {token}"}
        r = c.get("/metrics", headers=right)
        assert r.status_code == 200 and "oic_http_requests_total" in r.text


def test_metrics_networks_are_parsed_strictly():
    assert parse_networks("none") == ()
    assert [str(n) for n in parse_networks("10.0.0.0/8, 192.168.1.5")] == [
        "10.0.0.0/8",
        "192.168.1.5/32",
    ]
    with pytest.raises(ValueError, match="intranet"):
        parse_networks("10.0.0.0/8,intranet")
    access = MetricsAccess()
    assert access.allows("127.0.0.1", [])
    assert access.allows("::ffff:192.168.0.9", [])
    assert not access.allows("8.8.8.8", [])
    assert not access.allows(None, [])


def test_serve_refuses_bad_metrics_options(tmp_path, monkeypatch, capsys):
    data = tmp_path / "never-created"
    code = oic_server_main(["--data-dir", str(data), "serve", "--metrics-allow", "10.0.0.0/33"])
    assert code == 2
    assert "--metrics-allow" in capsys.readouterr().err
    monkeypatch.setenv("OIC_SERVER_METRICS_TOKEN", "corto")
    assert oic_server_main(["--data-dir", str(data), "serve"]) == 2
    assert "16 caracteres" in capsys.readouterr().err
    assert not data.exists()  # refused before anything was opened


# ------------------------------------------------------------------ request ids and logs


@pytest.mark.parametrize(
    ("given", "kept"),
    [
        (b"3f2a9c1e-lb.7:1", True),
        (b"a" * 64, True),
        (b"a" * 65, False),  # too long
        (b"", False),
        (b"id con espacios", False),
        (b"id\r\nX-Forged: 1", False),
        ("identificación".encode(), False),  # not ASCII
        (b'{"json":1}', False),
    ],
)
def test_request_id_validation(given, kept):
    assert (valid_request_id(given) == given.decode()) is kept
    if not kept:
        assert valid_request_id(given) is None


def test_the_request_id_is_echoed_or_made_and_on_the_access_line(server, caplog):
    with caplog.at_level(logging.DEBUG, logger="oic_server.access"), root(server) as c:
        r = c.get("/api/v1/meta", headers={"X-Request-ID": "lb-0001"})
        assert r.headers["X-Request-ID"] == "lb-0001"
        bad = c.get("/api/v1/meta", headers={"X-Request-ID": "no-valido:" * 10})  # 100 long
        made = bad.headers["X-Request-ID"]
        assert len(made) == 32 and int(made, 16) >= 0
        other = c.get("/api/v1/meta").headers["X-Request-ID"]
        assert other != made  # each request its own
        assert c.get("/healthz").headers["X-Request-ID"]
    lines = {rec.request_id: rec for rec in caplog.records if rec.name == "oic_server.access"}
    line = lines["lb-0001"]
    assert line.levelno == logging.INFO
    assert (line.method, line.route, line.status) == ("GET", "/api/v1/meta", 200)
    assert line.bytes_out > 0 and line.duration_ms >= 0 and line.client == "127.0.0.1"
    assert made in lines
    probes = [rec for rec in caplog.records if getattr(rec, "route", None) == "/healthz"]
    assert [rec.levelno for rec in probes] == [logging.DEBUG]  # probes stay out of INFO


def test_access_lines_hold_no_token_password_or_query(server, enrolled, caplog):
    _laptop, client = enrolled
    token = client.headers["Authorization"].split()[1]
    with caplog.at_level(logging.INFO, logger="oic_server.access"):
        client.get("/reviews", params={"since": 0, "secret": "valor-en-la-consulta"})
        with httpx.Client(base_url=server.base_url, timeout=30) as anonymous:
            anonymous.post(
                "/api/v1/auth/login",
                json={"code": "OBS-001", "password": PASSWORD, "device": "x"},
                headers={"Cookie": "oic_staff=galleta-secreta"},
            )
    formatter = JsonFormatter()
    text = "\n".join(formatter.format(rec) for rec in caplog.records)
    assert "/api/v1/reviews" in text and "/api/v1/auth/login" in text
    for secret in (token, PASSWORD, "galleta-secreta", "valor-en-la-consulta", "Bearer"):
        assert secret not in text


def test_json_and_text_lines(caplog):
    log = logging.getLogger("oic_server.test_observability")
    from oic_server.observability.logs import request_id

    handler_filter = RequestIdFilter()  # on the handler, as serve's logging_config puts it
    caplog.handler.addFilter(handler_filter)
    token = request_id.set("req-77")
    try:
        with caplog.at_level(logging.INFO, logger=log.name):
            log.info("uno %s", "dos", extra={"route": "/x"})
            try:
                raise ValueError("malo")
            except ValueError:
                log.exception("falló")
    finally:
        request_id.reset(token)
        caplog.handler.removeFilter(handler_filter)
    first, second = caplog.records
    line = json.loads(JsonFormatter().format(first))
    assert line["message"] == "uno dos" and line["route"] == "/x"
    assert line["request_id"] == "req-77" and line["level"] == "INFO"
    assert line["time"].endswith("Z")
    failed = JsonFormatter().format(second)
    assert "\n" not in failed  # one line, the traceback inside
    assert "ValueError: malo" in json.loads(failed)["exception"]
    assert "[req-77] uno dos" in TextFormatter().format(first)
