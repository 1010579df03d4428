"""Several server instances on one database and one data folder (behind a load balancer)."""

from __future__ import annotations

import threading
import uuid

from oic_testing import TLS, UvicornThread, patch, send_all, upload

from oic_server.api import create_app
from oic_server.service import OICServer

CHUNK = 64 * 1024


def test_a_second_instance_continues_what_the_first_started(server, enrolled):
    laptop, client_a = enrolled
    second = OICServer.open(
        server.data_dir, server.database_url, limits=server.oic.limits, blob_store=server.blob_store
    )
    try:
        with UvicornThread(create_app(second)) as b:
            import httpx

            client_b = httpx.Client(
                base_url=b.base_url + "/api/v1",
                headers=dict(client_a.headers),
                timeout=60,
                verify=TLS,
            )
            sub = laptop.submission()
            assert sub.put(client_a).status_code == 201
            assert sub.put(client_b).status_code == 200  # same answer from the other instance
            big = max(sub.blobs, key=lambda d: len(sub.blobs[d]))
            data = sub.blobs[big]
            assert patch(client_a, big, 0, data[:CHUNK]).status_code == 204
            r = client_b.head(f"/blobs/{big}")
            assert r.headers["Upload-Offset"] == str(CHUNK)
            r = patch(client_a, big, 0, data[CHUNK : 2 * CHUNK])  # wrong offset, via A
            assert r.json()["error"]["offset"] == CHUNK
            answer = send_all(client_b, sub, chunk=CHUNK)
            assert client_a.post(f"/submissions/{sub.submission_id}/commit").json() == answer
            second.review(sub.submission_id, "approve", "")
            states = [x["state"] for x in client_a.get("/reviews").json()["reviews"]]
            assert states == ["received", "approved"]
            client_b.close()
    finally:
        second.close()


def test_racing_requests_from_two_instances_stay_consistent(server, enrolled):
    laptop, client = enrolled
    second = OICServer.open(
        server.data_dir, server.database_url, limits=server.oic.limits, blob_store=server.blob_store
    )
    token = client.headers["Authorization"].split()[1]
    try:
        caller_a = server.oic.authenticate(f"Bearer {token}")
        caller_b = second.authenticate(f"Bearer {token}")
        sub = laptop.submission(submission_id=str(uuid.uuid4()))
        from oic_server.models import Manifest

        manifest = Manifest.model_validate(sub.manifest)
        barrier = threading.Barrier(2)
        results = {}

        def put(name, oic, caller):
            barrier.wait()
            results[name] = oic.put_submission(caller, sub.submission_id, manifest)

        threads = [
            threading.Thread(target=put, args=("a", server.oic, caller_a)),
            threading.Thread(target=put, args=("b", second, caller_b)),
        ]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        assert sorted(created for created, _ in results.values()) == [False, True]
        assert results["a"][1] == results["b"][1]
        # the same chunk at the same offset through both instances at once
        big = max(sub.blobs, key=lambda d: len(sub.blobs[d]))
        chunk = sub.blobs[big][:CHUNK]
        outcomes = {}

        def send(name, oic, caller):
            barrier.wait()
            outcomes[name] = oic.patch_blob(caller, big, 0, chunk)

        threads = [
            threading.Thread(target=send, args=("a", server.oic, caller_a)),
            threading.Thread(target=send, args=("b", second, caller_b)),
        ]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        # both see the chunk stored once (the later one recognizes a repeat)
        assert outcomes["a"]["offset"] == outcomes["b"]["offset"] == CHUNK
        r = upload(client, big, sub.blobs[big], chunk=CHUNK, start=CHUNK)
        assert r.headers["Blob-Complete"] == "true"
        answer = send_all(client, sub, chunk=CHUNK)
        assert answer["receipt"]["submission_id"] == sub.submission_id
    finally:
        second.close()


def test_a_starting_instance_loads_the_commit_code_before_its_first_request(server, monkeypatch):
    """pyHanko's reader, validation and signers are imported at start (record.warm_up,
    in the app's lifespan), not by the first commit a fresh process takes (~0.3 s, seen
    in bench_load.py)."""
    from fastapi.testclient import TestClient

    from oic_server import record

    calls: list[str] = []
    monkeypatch.setattr(record, "warm_up", lambda: calls.append("warm"))
    with TestClient(create_app(server.oic, background=False)) as client:
        assert calls == ["warm"]  # done while starting, before any request
        assert client.get("/healthz").status_code == 200
    assert calls == ["warm"]


def test_warm_up_imports_what_a_commit_uses():
    import subprocess
    import sys

    code = (
        "import sys; from oic_server import record; "
        "mods = ['pyhanko.sign.validation', 'pyhanko.sign.signers.pdf_signer', "
        "'pyhanko.pdf_utils.incremental_writer', 'pyhanko_certvalidator']; "
        "record.warm_up(); print(all(m in sys.modules for m in mods))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "True"
