"""Two real ``oic-server serve`` processes on one database and one blob store, used
directly and through nginx with packaging's configuration (docs/server.md, "Varias
instancias detrás de nginx"): a SQLite file and the data folder's blobs, and PostgreSQL
(where it answers) with S3 (moto; the endpoint and keys reach the instances through the
environment, as in a deployment).

Shown here: the chunks of one blob sent alternately to either instance make the blob,
with its hash checked; both are ready; each counts its own requests and upload bytes in
/metrics; the request id comes back and is on that instance's JSON access line. Through
nginx (skipped where nginx is not installed): the same upload over TLS with the OIC's
own certificate (the client trusts only the OIC CA, as a laptop does), both instances
used, a forged X-Forwarded-For ignored, and requests still answered once one instance
is gone.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import re
import ssl
import subprocess
import time
from pathlib import Path
from typing import Any

import httpx
import pytest
from nginx_local import NGINX, LocalNginx, packaged_site
from oic_testing import PASSWORD, patch
from prometheus_client.parser import text_string_to_metric_families
from serve_process import OIC_SERVER, free_port, needs_oic_server

pytestmark = needs_oic_server

CHUNK = 64 * 1024
BLOBS_ROUTE = "/api/v1/blobs/{sha256}"


class Instance:
    """``oic-server serve`` on the shared data folder and database, JSON log lines."""

    def __init__(self, server: Any, tmp: Path, name: str):
        self.server = server
        self.name = name
        self.port = free_port()
        self.log = tmp / f"serve-{name}.log"
        self.proc: subprocess.Popen | None = None

    def __enter__(self) -> Instance:
        args = [str(OIC_SERVER), *self.server.cli_args(), "serve", "--port", str(self.port)]
        args += ["--log-format", "json", "--log-level", "info"]
        chunk_mb = "5" if self.server.blob_store else "1"  # S3's smallest part is 5 MiB
        args += ["--forwarded-allow-ips", "127.0.0.1", "--chunk-mb", chunk_mb]
        with open(self.log, "wb") as log:
            self.proc = subprocess.Popen(args, stdout=log, stderr=log)
        deadline = time.monotonic() + 60  # startup wait, not a performance assertion
        while True:
            assert self.proc.poll() is None, self.log.read_text(errors="replace")
            with contextlib.suppress(httpx.HTTPError):  # not listening yet
                if httpx.get(self.root + "/healthz", timeout=2).status_code == 200:
                    return self
            assert time.monotonic() < deadline, f"instance {self.name} did not start"
            time.sleep(0.05)

    def __exit__(self, *exc: object) -> None:
        self.stop()

    def stop(self) -> None:
        if self.proc is not None and self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(15)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait(15)

    @property
    def root(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def client(self, token: str | None = None) -> httpx.Client:
        headers = {"Authorization": f"Bearer {token}"} if token else {}
        return httpx.Client(base_url=self.root + "/api/v1", headers=headers, timeout=60)

    def metrics(self) -> dict[tuple[str, tuple[tuple[str, str], ...]], float]:
        text = httpx.get(self.root + "/metrics", timeout=10).text
        return {
            (s.name, tuple(sorted(s.labels.items()))): s.value
            for family in text_string_to_metric_families(text)
            for s in family.samples
        }

    def access_lines(self) -> list[dict[str, Any]]:
        lines = []
        for line in self.log.read_text(errors="replace").splitlines():
            if line.startswith("{"):
                record = json.loads(line)  # every line it logs is JSON
                if record["logger"] == "oic_server.access":
                    lines.append(record)
        return lines


def requests_of(values: dict, method: str, route: str, status: str) -> float:
    key = ("oic_http_requests_total", (("method", method), ("route", route), ("status", status)))
    return values.get(key, 0.0)


def login(client: httpx.Client) -> str:
    r = client.post("/auth/login", json={"code": "OBS-001", "password": PASSWORD, "device": "x"})
    assert r.status_code == 200, r.text
    return r.json()["token"]


def upload_alternately(
    clients: list[httpx.Client], sha256: str, data: bytes, tag: str
) -> list[tuple[int, str, httpx.Response]]:
    """Every chunk of ``data`` to the next client in turn, each with its own request id;
    returns (client index, request id, answer) per chunk."""
    sent = []
    offset, n = 0, 0
    while offset < len(data):
        which = n % len(clients)
        rid = f"{tag}-{sha256[:8]}-{n}"
        piece = data[offset : offset + CHUNK]
        clients[which].headers["X-Request-ID"] = rid
        r = patch(clients[which], sha256, offset, piece)
        assert r.status_code == 204, r.text
        assert r.headers["X-Request-ID"] == rid
        sent.append((which, rid, r))
        offset = int(r.headers["Upload-Offset"])
        n += 1
    assert sent[-1][2].headers["Blob-Complete"] == "true"
    for client in clients:
        client.headers.pop("X-Request-ID", None)
    return sent


def stored_hash(server: Any, sha256: str) -> str:
    """The hash of the blob as read back from the store (the folder's, or S3)."""
    return hashlib.sha256(server.stored(sha256) or b"").hexdigest()


def test_two_instances_share_one_upload(server, make_laptop, tmp_path):
    server.add_observer("OBS-001")
    laptop = make_laptop("OBS-001")
    with Instance(server, tmp_path, "a") as a, Instance(server, tmp_path, "b") as b:
        with a.client() as anonymous:
            token = login(anonymous)
        ca, cb = a.client(token), b.client(token)
        laptop.enroll(ca)
        sub = laptop.submission()
        r = sub.put(cb)
        assert r.status_code == 201, r.text
        sent: list[tuple[int, str, httpx.Response]] = []
        sizes = {0: 0, 1: 0}
        for missing in r.json()["missing"]:
            data = sub.blobs[missing["sha256"]]
            chunks = upload_alternately([ca, cb], missing["sha256"], data, "t2i")
            for index, (which, _rid, _r) in enumerate(chunks):
                sizes[which] += len(data[index * CHUNK : (index + 1) * CHUNK])
            sent += chunks
        assert {which for which, _rid, _r in sent} == {0, 1}  # both instances took chunks
        r = ca.post(f"/submissions/{sub.submission_id}/commit")
        assert r.status_code == 200, r.text
        assert cb.post(f"/submissions/{sub.submission_id}/commit").json() == r.json()
        for digest in sub.blobs:
            assert stored_hash(server, digest) == digest

        # (b) both ready
        for instance in (a, b):
            r = httpx.get(instance.root + "/readyz", timeout=10)
            assert r.status_code == 200 and r.json()["status"] == "ok", r.text

        # (c) each counts what it received
        for which, instance in enumerate((a, b)):
            values = instance.metrics()
            chunks = sum(1 for w, _rid, _r in sent if w == which)
            assert requests_of(values, "PATCH", BLOBS_ROUTE, "2xx") == chunks
            assert values[("oic_upload_received_bytes_total", ())] == sizes[which]
            assert values[("oic_uploads_in_progress", ())] == 0
        commits = [i.metrics()[("oic_commits_total", ())] for i in (a, b)]
        assert commits == [1, 1]

        # (d) the request id of every chunk is on the access line of the instance that took it
        for which, instance in enumerate((a, b)):
            lines = {line.get("request_id"): line for line in instance.access_lines()}
            for w, rid, _r in sent:
                if w == which:
                    line = lines[rid]
                    assert (line["method"], line["route"], line["status"]) == (
                        "PATCH",
                        BLOBS_ROUTE,
                        204,
                    )
                else:
                    assert rid not in lines
        ca.close()
        cb.close()
    for instance in (a, b):  # the log holds nothing but JSON lines
        for line in instance.log.read_text(errors="replace").splitlines():
            if line.startswith("{"):
                json.loads(line)
            else:  # serve's own startup line (print)
                assert line.startswith("Servidor OIC en "), line


# ------------------------------------------------------------------ through nginx


@pytest.mark.skipif(NGINX is None, reason="nginx no está instalado (apt-get install nginx)")
def test_two_instances_behind_nginx(server, make_laptop, tmp_path):
    # the TLS certificate of the OIC's own CA for the address laptops use (the proxy's)
    done = subprocess.run(
        [str(OIC_SERVER), *server.cli_args(), "init", "--hostname", "127.0.0.1"],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    pinned = ssl.create_default_context(cafile=str(server.data_dir / "keys" / "ca-cert.pem"))
    server.add_observer("OBS-001")
    laptop = make_laptop("OBS-001")
    work = tmp_path / "nginx"
    work.mkdir()
    port = free_port()
    with Instance(server, tmp_path, "a") as a, Instance(server, tmp_path, "b") as b:
        site = packaged_site((a.port, b.port), port, server.data_dir, work / "access.log")
        with LocalNginx(site, work, port):
            base = f"https://127.0.0.1:{port}"

            def client(token: str | None = None) -> httpx.Client:
                headers = {"Authorization": f"Bearer {token}"} if token else {}
                return httpx.Client(
                    base_url=base + "/api/v1", headers=headers, timeout=60, verify=pinned
                )

            with client() as anonymous:
                token = login(anonymous)
            lb = client(token)
            laptop.enroll(lb)
            sub = laptop.submission()
            r = sub.put(lb)
            assert r.status_code == 201, r.text
            sent = []
            for missing in r.json()["missing"]:
                data = sub.blobs[missing["sha256"]]
                sent += upload_alternately([lb], missing["sha256"], data, "lb")
            r = lb.post(f"/submissions/{sub.submission_id}/commit")
            assert r.status_code == 200, r.text
            for digest in sub.blobs:
                assert stored_hash(server, digest) == digest

            # both instances took chunks, and between them every one exactly once
            patches = [requests_of(i.metrics(), "PATCH", BLOBS_ROUTE, "2xx") for i in (a, b)]
            assert all(count > 0 for count in patches), patches
            assert sum(patches) == len(sent)
            logged = {line["request_id"]: line for i in (a, b) for line in i.access_lines()}
            for _which, rid, _r in sent:
                assert logged[rid]["route"] == BLOBS_ROUTE

            # a forged X-Forwarded-For does not pass: nginx sends its own view
            r = lb.get("/meta", headers={"X-Forwarded-For": "203.0.113.9", "X-Request-ID": "xff-1"})
            assert r.status_code == 200 and r.headers["X-Request-ID"] == "xff-1"
            line = {x["request_id"]: x for i in (a, b) for x in i.access_lines()}["xff-1"]
            assert line["client"] == "127.0.0.1"
            # an id the server would refuse is replaced by nginx's own, the same on both sides
            r = lb.get("/meta", headers={"X-Request-ID": "no válido".encode()})
            assert re.fullmatch(r"[0-9a-f]{32}", r.headers["X-Request-ID"]), r.headers
            with httpx.Client(base_url=base, verify=pinned, timeout=30) as plain:
                assert plain.get("/readyz").status_code == 200
                assert plain.get("/metrics").status_code == 404  # per instance, not here

            # one instance gone: nginx sends what it can elsewhere
            b.stop()
            for _ in range(6):
                assert lb.get("/meta").status_code == 200
            lb.close()
        access = (work / "access.log").read_text().splitlines()
        assert access and all(json.loads(line)["request_id"] for line in access)
