"""``oic-server cleanup``: the disk held by abandoned uploads comes back, and nothing
an observer or reviewer still needs goes with it."""

from __future__ import annotations

import json
import os
import time

import pytest
from oic_testing import patch, send_all

from oic_server.errors import ApiError

CHUNK = 64 * 1024
DAY = 86400


def _started_upload(server, enrolled):
    """One chunk of the largest blob sent, then the observer went offline."""
    laptop, client = enrolled
    sub = laptop.submission()
    assert sub.put(client).status_code in (200, 201)
    digest = max(sub.blobs, key=lambda d: len(sub.blobs[d]))
    assert patch(client, digest, 0, sub.blobs[digest][:CHUNK]).status_code == 204
    return sub, digest, client


def _part_files(server) -> list[str]:
    """The store's partial uploads: part files, or the S3 store's upload rows (its
    objects are in :func:`oic_testing.snapshot`)."""
    return server.partial_uploads()


def _blobs(server) -> list[tuple[str, int]]:
    return sorted(server.oic.store.blobs())


def test_an_abandoned_upload_is_freed_and_resumes_from_zero(server, enrolled):
    sub, digest, client = _started_upload(server, enrolled)
    assert len(_part_files(server)) == 1
    later = time.time() + 31 * DAY

    trial = server.oic.cleanup(30, dry_run=True, now=later)
    assert (trial["abandoned_uploads"], trial["abandoned_upload_bytes"]) == (1, CHUNK)
    assert trial["bytes_freed"] == 0 and len(_part_files(server)) == 1  # nothing removed

    done = server.oic.cleanup(30, now=later)
    assert done["abandoned_uploads"] == 1 and done["bytes_freed"] == CHUNK
    assert _part_files(server) == []
    # the observer comes back: told to start that file again, then everything arrives
    r = client.head(f"/blobs/{digest}")
    assert r.status_code == 200 and r.headers["Upload-Offset"] == "0"
    assert patch(client, digest, CHUNK, sub.blobs[digest][CHUNK : 2 * CHUNK]).status_code == 409
    answer = send_all(client, sub, chunk=CHUNK)
    assert answer["receipt"]["submission_id"] == sub.submission_id
    # a second cleanup finds nothing more to free
    again = server.oic.cleanup(30, now=later + DAY)
    assert again["bytes_freed"] == 0 and again["abandoned_uploads"] == 0


def test_recent_uploads_complete_blobs_and_submissions_are_kept(server, enrolled, make_laptop):
    _laptop, client = enrolled
    server.add_observer("OBS-002")
    other = make_laptop("OBS-002")
    with server.login("OBS-002") as other_client:
        other.enroll(other_client)
        delivered = other.submission()
        send_all(other_client, delivered, chunk=CHUNK)
    blobs = _blobs(server)
    assert blobs
    _sub, digest, _client = _started_upload(server, enrolled)

    result = server.oic.cleanup(30, now=time.time() + 29 * DAY)  # idle 29 days: kept
    assert result["abandoned_uploads"] == 0 and result["bytes_freed"] == 0
    assert len(_part_files(server)) == 1
    assert client.head(f"/blobs/{digest}").headers["Upload-Offset"] == str(CHUNK)
    result = server.oic.cleanup(30, now=time.time() + 31 * DAY)  # the open one goes…
    assert result["abandoned_uploads"] == 1
    # …but never a complete blob or a delivered submission
    assert _blobs(server) == blobs
    with server.login("OBS-002") as other_client:
        r = other_client.get(f"/submissions/{delivered.submission_id}")
    assert r.status_code == 200 and r.json()["state"] == "committed"


@pytest.mark.parametrize("blob_store", ["fs"], indirect=True)  # part files on disk
def test_orphan_parts_and_interrupted_ingests_go(server):
    uploads, staging = server.data_dir / "uploads", server.data_dir / "staging"
    uploads.mkdir(exist_ok=True)
    staging.mkdir(exist_ok=True)
    orphan = uploads / f"99-{'a' * 64}.part"
    orphan.write_bytes(b"x" * 1000)
    stage = staging / ".stage-0123456789abcdef01234567"
    stage.write_bytes(b"y" * 500)
    fresh = staging / ".stage-fresh000000000000000000"
    fresh.write_bytes(b"z" * 10)
    old = time.time() - 40 * DAY
    for path in (orphan, stage):
        os.utime(path, (old, old))

    result = server.oic.cleanup(30)
    assert (result["orphan_parts"], result["orphan_part_bytes"]) == (1, 1000)
    assert (result["staging_files"], result["staging_bytes"]) == (1, 500)
    assert result["bytes_freed"] == 1500
    assert not orphan.exists() and not stage.exists() and fresh.exists()


@pytest.mark.parametrize("days", [0, 0.5, -3, float("nan")])
def test_too_short_a_period_is_refused_and_changes_nothing(server, enrolled, days):
    _started_upload(server, enrolled)
    with pytest.raises(ApiError, match="al menos 1 día"):
        server.oic.cleanup(days)
    assert len(_part_files(server)) == 1


def test_the_command_speaks_spanish_and_json(server, capsys):
    from oic_server.cli import main

    def run(*args: str) -> tuple[int, str, str]:
        code = main([*server.cli_args(), *args])
        out, err = capsys.readouterr()
        return code, out, err

    code, out, _ = run("cleanup", "--dry-run")
    assert code == 0
    assert "Subidas sin actividad en 30 día(s): 0" in out
    assert "Ensayo (--dry-run): no se borró nada." in out
    code, out, _ = run("cleanup", "--older-than", "7", "--json")
    assert code == 0
    result = json.loads(out)
    assert result["older_than_days"] == 7 and result["bytes_freed"] == 0
    code, _, err = run("cleanup", "--older-than", "0.1")
    assert code != 0 and "al menos 1 día" in err
