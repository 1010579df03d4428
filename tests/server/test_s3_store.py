"""The S3 blob store (oic_server/blobstores/s3.py) against an S3 server on 127.0.0.1
(moto's; tests/server/test_seaweedfs.py imports these tests and runs them again on
SeaweedFS where its ``weed`` binary is installed): parts and pieces, resume after a
restart, hash mismatch, If-None-Match, the janitor, ``blobs copy``, console reads, two
instances taking turns on one blob, ``promote_staged`` in parts."""

from __future__ import annotations

import base64
import hashlib
import itertools
import json
import os
import time

import pytest
from oic_testing import error_code, sha, upload
from sqlalchemy import insert, select, update

from oic_server import schema as s
from oic_server.blobstores import s3 as s3_module
from oic_server.blobstores import s3_leases
from oic_server.blobstores.s3 import PART_MIN, S3BlobStore
from oic_server.cli import main as cli_main
from oic_server.config import Limits
from oic_server.errors import ApiError
from oic_server.service import OICServer
from oic_server.usecases.base import Caller

MiB = 1024 * 1024


@pytest.fixture
def blob_store() -> str:
    return "s3"


@pytest.fixture
def limits() -> Limits:
    return Limits(chunk_bytes=2 * PART_MIN)


def _expect_upload(server, size: int, *, seed: int = 1) -> tuple[Caller, bytes, str]:
    """An observer and a blob of ``size`` bytes the server waits for (as a manifest does)."""
    with server.oic.db.read() as conn:
        known = conn.execute(select(s.observers).where(s.observers.c.code == "OBS-001")).first()
    if known is None:
        server.add_observer("OBS-001")
    with server.oic.db.read() as conn:
        observer = conn.execute(select(s.observers).where(s.observers.c.code == "OBS-001")).one()
    data = hashlib.sha256(str(seed).encode()).digest() * (size // 32 + 1)
    data = data[:size]
    digest = sha(data)
    server.oic.db.write(
        lambda conn: conn.execute(
            insert(s.uploads).values(
                observer_id=observer.id, sha256=digest, size=size, held=0, complete=False,
                updated_at="2026-01-01T00:00:00Z",
            )
        )
    )  # fmt: skip
    return Caller(observer.id, observer.code, observer.name, ""), data, digest


def _store(server) -> S3BlobStore:
    assert isinstance(server.oic.store, S3BlobStore)
    return server.oic.store


def _rows(server) -> list[tuple[int, int, int | None]]:
    with server.oic.db.read() as conn:
        return [
            (r.offset, r.size, r.number)
            for r in conn.execute(select(s.store_parts).order_by(s.store_parts.c.offset))
        ]


def _multipart_uploads(store: S3BlobStore) -> list[str]:
    found = store.client.list_multipart_uploads(Bucket=store.bucket).get("Uploads", [])
    return [u["UploadId"] for u in found]


def test_short_chunks_wait_as_pieces_and_parts_are_never_too_small(server):
    caller, data, digest = _expect_upload(server, 2 * PART_MIN + 3 * MiB)
    oic, store = server.oic, _store(server)
    steps = [(0, MiB), (MiB, MiB), (2 * MiB, PART_MIN), (2 * MiB + PART_MIN, 3 * MiB)]
    for offset, length in steps:
        answer = oic.patch_blob(caller, digest, offset, data[offset : offset + length])
        assert answer["offset"] == offset + length and not answer["complete"]
        if offset == MiB:  # two pieces wait: no part of 1 MiB was ever sent
            assert _rows(server) == [(0, MiB, None), (MiB, MiB, None)]
            assert _multipart_uploads(store) == []
        if offset == 2 * MiB:  # the pieces and the chunk became part 1 (7 MiB)
            assert _rows(server) == [(0, 2 * MiB + PART_MIN, 1)]
    assert _rows(server) == [(0, 2 * MiB + PART_MIN, 1), (2 * MiB + PART_MIN, 3 * MiB, None)]
    rest = 2 * MiB + PART_MIN + 3 * MiB
    answer = oic.patch_blob(caller, digest, rest, data[rest:])
    assert answer["complete"]
    assert server.stored(digest) == data
    assert _rows(server) == [] and server.partial_uploads() == []
    assert _multipart_uploads(store) == []
    listed = store.client.list_objects_v2(Bucket=store.bucket)["Contents"]
    assert [o["Key"] for o in listed] == [store.blob_key(digest)]  # no piece left behind


def test_a_restarted_server_continues_the_multipart_upload(server):
    caller, data, digest = _expect_upload(server, 2 * PART_MIN + 100)
    server.oic.patch_blob(caller, digest, 0, data[:PART_MIN])
    server.oic.patch_blob(caller, digest, PART_MIN, data[PART_MIN : PART_MIN + 1000])
    [upload_id] = _multipart_uploads(_store(server))
    limits = server.oic.limits
    server.oic.close()
    again = OICServer.open(
        server.data_dir, server.database_url, limits=limits, blob_store=server.blob_store
    )
    try:
        assert again.blob_status(caller, digest)["offset"] == PART_MIN + 1000
        # the next chunk checks the recorded part with ListParts and goes on (the hash too)
        offset = PART_MIN + 1000
        assert not again.patch_blob(caller, digest, offset, data[offset : 2 * PART_MIN])["complete"]
        assert _multipart_uploads(again.store) == [upload_id]
        assert again.patch_blob(caller, digest, 2 * PART_MIN, data[2 * PART_MIN :])["complete"]
        with again.store.open(digest) as fh:
            assert fh.read() == data
    finally:
        again.close()
        server.oic = OICServer.open(
            server.data_dir, server.database_url, limits=limits, blob_store=server.blob_store
        )


def test_a_lost_multipart_upload_restarts_from_zero(server):
    caller, data, digest = _expect_upload(server, PART_MIN + 10)
    server.oic.patch_blob(caller, digest, 0, data[:PART_MIN])
    store = _store(server)
    [upload_id] = _multipart_uploads(store)
    store.client.abort_multipart_upload(
        Bucket=store.bucket, Key=store.blob_key(digest), UploadId=upload_id
    )  # as a lifecycle rule would
    fresh = S3BlobStore(store.location, database=server.oic.db, root=server.data_dir)
    server.oic.store = fresh  # another process: it has not checked that upload yet
    with pytest.raises(ApiError) as refused:
        server.oic.patch_blob(caller, digest, PART_MIN, data[PART_MIN:])
    assert refused.value.code == "offset_mismatch" and refused.value.extra["offset"] == 0
    assert server.oic.patch_blob(caller, digest, 0, data)["complete"]
    assert server.stored(digest) == data


def test_parts_that_look_gone_are_left_to_the_janitor_not_aborted(server):
    """A takeover that finds the recorded parts gone starts the upload over without
    aborting its multipart upload (the dead writer may be completing it right then:
    an abort would take the new object's bytes); the janitor aborts it later."""
    caller, data, digest = _expect_upload(server, PART_MIN + 10)
    server.oic.patch_blob(caller, digest, 0, data[:PART_MIN])
    store = _store(server)
    [upload_id] = _multipart_uploads(store)
    server.oic.db.write(  # what ListParts answers no longer matches what was recorded
        lambda conn: conn.execute(update(s.store_parts).values(etag='"otro"'))
    )
    server.oic.store = S3BlobStore(store.location, database=server.oic.db, root=server.data_dir)
    with pytest.raises(ApiError) as refused:
        server.oic.patch_blob(caller, digest, PART_MIN, data[PART_MIN:])
    assert refused.value.extra["offset"] == 0
    assert _multipart_uploads(store) == [upload_id]  # not aborted
    assert server.oic.patch_blob(caller, digest, 0, data)["complete"]
    assert server.stored(digest) == data
    assert server.oic.cleanup(30, now=time.time() + 40 * 86400)["staging_files"] == 1
    assert _multipart_uploads(store) == []


def test_a_completion_that_finds_the_blob_there_leaves_the_upload_to_the_janitor(server):
    """The blob is there when the last part arrives (a writer whose instance died had
    completed this very upload): answered complete, the object untouched, and the
    multipart upload not aborted here (an abort meeting S3's own completion can take
    the object's bytes); the janitor aborts it later."""
    caller, data, digest = _expect_upload(server, PART_MIN + 10)
    server.oic.patch_blob(caller, digest, 0, data[:PART_MIN])
    store = _store(server)
    [upload_id] = _multipart_uploads(store)
    assert store.put_blob(digest, data, len(data))  # the dead writer's completion
    assert server.oic.patch_blob(caller, digest, PART_MIN, data[PART_MIN:])["complete"]
    assert server.stored(digest) == data
    assert _multipart_uploads(store) == [upload_id] and _rows(server) == []
    assert server.oic.cleanup(30, now=time.time() + 40 * 86400)["staging_files"] == 1
    assert _multipart_uploads(store) == [] and server.stored(digest) == data


def test_an_object_found_under_the_blobs_name_is_trusted_only_with_its_hash(server):
    """The blob's name is taken when its last chunk arrives (412), by an object without
    its bytes (an S3 server that kept a cut PUT of a killed instance): it is removed and
    the upload starts over, and the blob is then stored right."""
    caller, data, digest = _expect_upload(server, PART_MIN + 10)
    store = _store(server)
    server.oic.patch_blob(caller, digest, 0, data[:PART_MIN])
    store.client.put_object(Bucket=store.bucket, Key=store.blob_key(digest), Body=data[:999])
    with pytest.raises(ApiError) as refused:
        server.oic.patch_blob(caller, digest, PART_MIN, data[PART_MIN:])
    assert refused.value.code == "offset_mismatch" and refused.value.extra["offset"] == 0
    assert not store.has(digest)
    assert server.oic.patch_blob(caller, digest, 0, data[:PART_MIN])["offset"] == PART_MIN
    assert server.oic.patch_blob(caller, digest, PART_MIN, data[PART_MIN:])["complete"]
    assert server.stored(digest) == data


def test_a_hash_mismatch_is_refused_and_nothing_stays(server):
    caller, data, digest = _expect_upload(server, PART_MIN + 5000)
    bad = bytearray(data)
    bad[-1] ^= 1
    server.oic.patch_blob(caller, digest, 0, bytes(bad[:PART_MIN]))
    with pytest.raises(ApiError) as refused:
        server.oic.patch_blob(caller, digest, PART_MIN, bytes(bad[PART_MIN:]))
    assert refused.value.code == "hash_mismatch"
    store = _store(server)
    assert not store.has(digest) and _multipart_uploads(store) == [] and _rows(server) == []
    assert server.oic.blob_status(caller, digest)["offset"] == 0
    assert server.oic.patch_blob(caller, digest, 0, data)["complete"]


def test_a_repeated_chunk_whose_answer_was_lost_is_recognised(server):
    caller, data, digest = _expect_upload(server, 3 * MiB)
    server.oic.patch_blob(caller, digest, 0, data[:MiB])
    assert server.oic.patch_blob(caller, digest, 0, data[:MiB])["offset"] == MiB  # same bytes
    with pytest.raises(ApiError) as refused:
        server.oic.patch_blob(caller, digest, 0, bytes(MiB))  # other bytes at that offset
    assert refused.value.code == "offset_mismatch"


def test_blobs_are_written_once(server):
    store = _store(server)
    data = b"contenido verificado"
    digest = sha(data)
    assert store.put_blob(digest, data, len(data)) is True
    assert store.put_blob(digest, b"otra cosa", 9) is False  # If-None-Match: 412, kept
    assert server.stored(digest) == data
    staged = store.stage()
    staged.write(data)
    assert staged.finish() == digest
    assert store.promote_staged(staged, digest) is False and not staged.path.exists()


def test_reads_stream_and_seek(server):
    store = _store(server)
    data = os.urandom(3 * MiB + 17)
    digest = sha(data)
    store.put_blob(digest, data, len(data))
    with store.open(digest) as fh:
        assert fh.read(10) == data[:10]
        fh.seek(2 * MiB)
        assert fh.read(MiB + 100) == data[2 * MiB :]
    assert store.read_range(digest, 5, 7) == data[5:12]
    with store.local_path(digest) as path:
        assert path.read_bytes() == data
    assert not path.exists()
    with pytest.raises(FileNotFoundError):
        store.open("0" * 64)
    assert store.ready() is None


def test_the_janitor_aborts_stale_multipart_uploads(server, capsys):
    caller, data, digest = _expect_upload(server, PART_MIN + 10)
    server.oic.patch_blob(caller, digest, 0, data[:PART_MIN])
    store = _store(server)
    stray = store.client.create_multipart_upload(Bucket=store.bucket, Key=store.blob_key("a" * 64))
    store.client.put_object(
        Bucket=store.bucket, Key=f"{store.location.prefix}uploads/1-x/000000000000000", Body=b"x"
    )
    later = time.time() + 40 * 86400
    result = server.oic.cleanup(30, now=later)
    assert result["abandoned_uploads"] == 1 and result["abandoned_upload_bytes"] == PART_MIN
    assert result["staging_files"] == 2  # the stray multipart upload and the stray piece
    assert _multipart_uploads(store) == [] and _rows(server) == []
    assert server.oic.blob_status(caller, digest)["offset"] == 0
    assert stray["UploadId"] not in _multipart_uploads(store)


def test_blobs_copy_verifies_and_resumes(tmp_path, server, capsys, monkeypatch):
    # a filesystem store with three blobs, one of them damaged
    folder = server.data_dir / "blobs"
    good = [os.urandom(n) for n in (10, 70_000, PART_MIN + 1)]
    for data in good:
        d = sha(data)
        (folder / d[:2] / d[2:4]).mkdir(parents=True, exist_ok=True)
        (folder / d[:2] / d[2:4] / d).write_bytes(data)
    damaged = "f" * 64
    (folder / "ff" / "ff").mkdir(parents=True)
    (folder / "ff" / "ff" / damaged).write_bytes(b"no soy yo")
    target = server.blob_store.rsplit("/", 1)[0] + "/copia"  # the same bucket, another prefix
    args = [*server.cli_args()[:-2], "blobs", "copy", "--to", target, "--json"]
    assert cli_main([*args, "--dry-run"]) == 0
    dry = json.loads(capsys.readouterr().out)
    assert dry["to_copy"] == 4 and dry["copied"] == 0
    assert cli_main(args) == 1  # the damaged one
    first = json.loads(capsys.readouterr().out)
    assert first["copied"] == 3 and first["damaged"] == [damaged]
    assert cli_main(args) == 1
    second = json.loads(capsys.readouterr().out)
    assert second["copied"] == 0 and second["skipped_recorded"] == 3
    copied = OICServer.open(server.data_dir, server.database_url, blob_store=target)
    try:
        for data in good:
            with copied.store.open(sha(data)) as fh:
                assert fh.read() == data
        assert not copied.store.has(damaged)
    finally:
        copied.close()


def test_an_upload_through_http_and_the_console_reads(server, enrolled):
    laptop, client = enrolled
    sub = laptop.submission()
    r = sub.put(client)
    for m in r.json()["missing"]:
        assert (
            upload(client, m["sha256"], sub.blobs[m["sha256"]], chunk=64 * 1024).status_code == 204
        )
    assert client.post(f"/submissions/{sub.submission_id}/commit").status_code == 200
    from oic_server import thumbnails

    photo = next(b["sha256"] for b in sub.manifest["blobs"] if b["role"] == "evidence")
    assert thumbnails.make_one(server.oic, photo) == "done"  # read from S3
    assert (
        error_code(
            client.patch(
                f"/blobs/{'0' * 64}",
                content=b"x",
                headers={"Upload-Offset": "0", "Content-Type": "application/offset+octet-stream"},
            )
        )
        == "not_found"
    )


def _second_instance(server) -> OICServer:
    """Another server process's objects on the same database, bucket and keys."""
    return OICServer.open(
        server.data_dir, server.database_url, limits=server.oic.limits, blob_store=server.blob_store
    )


def test_two_instances_take_turns_on_one_blob(server):
    caller, data, digest = _expect_upload(server, 3 * PART_MIN + 2 * MiB)
    a, b = server.oic, _second_instance(server)
    try:
        # the laptop's chunks land on either instance: a part, a piece on each
        for inst, offset, length in (
            (a, 0, PART_MIN),
            (b, PART_MIN, MiB),
            (a, PART_MIN + MiB, MiB),
        ):
            answer = inst.patch_blob(caller, digest, offset, data[offset : offset + length])
            assert answer["offset"] == offset + length
        offset = PART_MIN + 2 * MiB
        # a chunk on B stops halfway while B holds the upload: A does not write meanwhile
        cut = b.start_chunk(caller, digest, offset, PART_MIN)
        cut.write([data[offset : offset + MiB]])
        assert a.blob_busy(caller, digest)
        assert a.start_chunk(caller, digest, offset, PART_MIN) is None
        cut.cut_back()  # its body never came whole: B lets the upload go, nothing kept
        cut.close()
        assert not a.blob_busy(caller, digest)
        # sent again to A, the chunk takes both pieces (one from each instance) as part 2
        assert a.patch_blob(caller, digest, offset, data[offset : offset + PART_MIN])["offset"] == (
            offset + PART_MIN
        )
        assert _rows(server) == [(0, PART_MIN, 1), (PART_MIN, 2 * MiB + PART_MIN, 2)]
        offset += PART_MIN
        assert b.patch_blob(caller, digest, offset, data[offset:])["complete"]  # the last part
        assert a.blob_status(caller, digest)["complete"]
    finally:
        b.close()
    assert server.stored(digest) == data
    assert _rows(server) == [] and _multipart_uploads(_store(server)) == []


@pytest.fixture
def short_leases(monkeypatch) -> None:
    """Leases of 1.5 s renewed every 0.1 s, left to run out after 3 s without progress
    (in production 4 s, 1 s and 15 s): the same steps, a few seconds of waiting."""
    monkeypatch.setattr(s3_leases, "LEASE", 1.5)
    monkeypatch.setattr(s3_leases, "RENEW", 0.1)
    monkeypatch.setattr(s3_leases, "STALL", 3.0)


def _free_after(inst: OICServer, caller: Caller, digest: str, limit: float = 10.0) -> float:
    """Seconds until ``inst`` no longer sees the upload busy (fails after ``limit``)."""
    start = time.monotonic()
    while inst.blob_busy(caller, digest):
        assert time.monotonic() - start < limit, "the upload stayed busy"
        time.sleep(0.05)
    return time.monotonic() - start


def test_a_chunk_left_by_a_stalled_instance_is_continued_on_the_other(server, short_leases):
    caller, data, digest = _expect_upload(server, 3 * PART_MIN + 100)
    a, b = server.oic, _second_instance(server)
    try:
        a.patch_blob(caller, digest, 0, data[:PART_MIN])
        # A receives a 6 MiB chunk and stalls (frozen, or S3 slow) holding the upload
        stalled = a.start_chunk(caller, digest, PART_MIN, PART_MIN + MiB)
        stalled.write([data[PART_MIN : PART_MIN + MiB]])
        assert b.start_chunk(caller, digest, PART_MIN, PART_MIN) is None
        # its lease is left to run out once it made no progress for STALL seconds
        assert _free_after(b, caller, digest) >= s3_leases.STALL - 0.5
        # the laptop, given up on A, sends 5 MiB to B: part 2
        assert b.patch_blob(caller, digest, PART_MIN, data[PART_MIN : 2 * PART_MIN])["offset"] == (
            2 * PART_MIN
        )
        # A wakes up and ends its chunk: refused with B's offset; B's part 2 stays
        stalled.write([data[PART_MIN + MiB : 2 * PART_MIN + MiB]])
        with pytest.raises(ApiError) as refused:
            stalled.finish()
        assert refused.value.code == "offset_mismatch"
        assert refused.value.extra["offset"] == 2 * PART_MIN
        stalled.cut_back()
        stalled.close()
        assert b.patch_blob(caller, digest, 2 * PART_MIN, data[2 * PART_MIN :])["complete"]
    finally:
        b.close()
    assert server.stored(digest) == data
    assert _rows(server) == [] and _multipart_uploads(_store(server)) == []


def test_a_dead_instances_upload_is_free_within_its_lease(server, short_leases, monkeypatch):
    """A live writer keeps its upload while its body is silent (a slow line), without
    renewing anything itself; when its instance dies (here: its lease keeper stops, as
    with kill -9) the other instance has the upload after one lease."""
    # a live writer keeps its lease however long it is silent here: only its death frees it
    monkeypatch.setattr(s3_leases, "STALL", 60.0)
    caller, data, digest = _expect_upload(server, 2 * PART_MIN + 100)
    a, b = server.oic, _second_instance(server)
    try:
        a.patch_blob(caller, digest, 0, data[:PART_MIN])
        writing = a.start_chunk(caller, digest, PART_MIN, PART_MIN + 100)
        writing.write([data[PART_MIN : PART_MIN + 50]])
        rounds = _store(server).leases.rounds
        silent_until = time.monotonic() + 2 * s3_leases.LEASE  # twice a lease, no bytes
        while time.monotonic() < silent_until:
            assert b.blob_busy(caller, digest)
            time.sleep(0.1)
        assert b.start_chunk(caller, digest, PART_MIN, 100) is None
        assert _store(server).leases.rounds > rounds  # the keeper renewed it meanwhile
        # A dies: nothing renews its lease any more
        _store(server).leases._renew = lambda tokens, until: None
        assert _free_after(b, caller, digest, limit=10 * s3_leases.LEASE) < 3 * s3_leases.LEASE
        assert b.patch_blob(caller, digest, PART_MIN, data[PART_MIN:])["complete"]
        writing.close()  # the dead writer's object (its row is gone: nothing to release)
    finally:
        b.close()
    assert server.stored(digest) == data
    assert _rows(server) == [] and _multipart_uploads(_store(server)) == []


def test_a_part_sent_by_a_dead_writer_never_stands_for_the_one_recorded(server):
    """A's part is on its way when A dies; B sends those bytes again, in a chunk of
    another length. A's part may still land in S3 afterwards, cut short: under a number
    of its own it is not one of the parts completed, and the blob is B's bytes."""
    caller, data, digest = _expect_upload(server, 3 * PART_MIN + 100)
    a, b = server.oic, _second_instance(server)
    store = _store(server)
    try:
        a.patch_blob(caller, digest, 0, data[:PART_MIN])
        dying = a.start_chunk(caller, digest, PART_MIN, PART_MIN + MiB)
        dying.write([data[PART_MIN : 2 * PART_MIN + MiB // 2]])
        dying.part.sync()  # its part sent, never recorded: A dies here
        lost = dying.part._plan["part"]
        store.leases._renew = lambda tokens, lease: None  # nothing renews its lease now…
        a.db.write(  # …and it has run out
            lambda conn: conn.execute(update(s.store_uploads).values(writer_until=time.time() - 1))
        )
        sent = b.patch_blob(caller, digest, PART_MIN, data[PART_MIN : 2 * PART_MIN])
        assert sent["offset"] == 2 * PART_MIN
        (recorded,) = [r for r in _rows(server) if r[0] == PART_MIN]
        assert recorded[2] != lost["number"]
        # A's part lands late, cut short, under its number
        with store.db.read() as conn:
            upload_id = conn.execute(select(s.store_uploads.c.upload_id)).scalar()
        store.client.upload_part(
            Bucket=store.bucket, Key=store.blob_key(digest), UploadId=upload_id,
            PartNumber=lost["number"], Body=data[PART_MIN : PART_MIN + 1000],
        )  # fmt: skip
        last = 2 * PART_MIN
        assert b.patch_blob(caller, digest, last, data[last:])["complete"]
        dying.close()  # (the dead writer's object: nothing of it recorded)
    finally:
        b.close()
    assert server.stored(digest) == data
    assert _rows(server) == [] and _multipart_uploads(store) == []


def test_an_object_s3_completed_wrong_is_removed_and_the_upload_restarts(server, monkeypatch):
    """A backstop for an S3 server that ignores the ETags it is given: the completed
    object's size is checked; a wrong one is deleted, never kept under the blob's name."""
    caller, data, digest = _expect_upload(server, PART_MIN + 100)
    store = _store(server)
    server.oic.patch_blob(caller, digest, 0, data[:PART_MIN])
    monkeypatch.setattr(S3BlobStore, "size", lambda self, sha256: 7)
    with pytest.raises(ApiError) as refused:
        server.oic.patch_blob(caller, digest, PART_MIN, data[PART_MIN:])
    assert refused.value.code == "offset_mismatch" and refused.value.extra["offset"] == 0
    monkeypatch.undo()
    assert not store.has(digest)
    assert _rows(server) == [] and _multipart_uploads(store) == []
    assert server.oic.patch_blob(caller, digest, 0, data[:PART_MIN])["offset"] == PART_MIN
    assert server.oic.patch_blob(caller, digest, PART_MIN, data[PART_MIN:])["complete"]
    assert server.stored(digest) == data


def test_a_large_staged_blob_is_written_in_parts(server, monkeypatch):
    store = _store(server)
    monkeypatch.setattr(s3_module, "_PUT_WHOLE", PART_MIN)  # 64 MiB in production
    data = os.urandom(2 * PART_MIN + 123)
    digest = sha(data)
    staged = store.stage()
    staged.write(data)
    assert staged.finish() == digest
    assert store.promote_staged(staged, digest) is True and not staged.path.exists()
    assert server.stored(digest) == data
    head = store.client.head_object(Bucket=store.bucket, Key=store.blob_key(digest))
    assert head["ETag"].strip('"').endswith("-3")  # a multipart object of three parts
    again = store.stage()
    again.write(data)
    again.finish()
    assert store.promote_staged(again, digest) is False  # If-None-Match: kept, upload aborted
    assert _multipart_uploads(store) == []


def test_a_waiting_piece_lost_from_the_bucket_restarts_the_upload(server):
    """A short chunk waits as a piece; when it is gone before the chunk that would make
    it a part, that chunk is refused with offset 0 (409), never a 500, and the upload
    starts over and completes."""
    caller, data, digest = _expect_upload(server, PART_MIN + 2 * MiB)
    oic, store = server.oic, _store(server)
    oic.patch_blob(caller, digest, 0, data[:MiB])
    listed = store.client.list_objects_v2(Bucket=store.bucket)["Contents"]
    [piece] = [o["Key"] for o in listed]
    store.client.delete_object(Bucket=store.bucket, Key=piece)
    with pytest.raises(ApiError) as refused:
        oic.patch_blob(caller, digest, MiB, data[MiB : MiB + PART_MIN])
    assert refused.value.code == "offset_mismatch" and refused.value.extra["offset"] == 0
    assert oic.blob_status(caller, digest)["offset"] == 0
    assert not oic.patch_blob(caller, digest, 0, data[:PART_MIN])["complete"]
    assert oic.patch_blob(caller, digest, PART_MIN, data[PART_MIN:])["complete"]
    assert server.stored(digest) == data


def test_every_body_sent_carries_its_md5(server, monkeypatch):
    """Each PutObject and UploadPart (a piece, a part made of pieces, a chunk's part, a
    one-object blob, a staged blob whole and in parts) carries the Content-MD5 of the
    bytes it sends: S3 then refuses a body cut short instead of keeping it."""
    store = _store(server)
    sent: list[tuple[str, str | None, str]] = []

    def record(request, event_name: str, **_: object) -> None:
        body = request.body
        length = int(request.headers["Content-Length"])
        if isinstance(body, bytes | bytearray):
            data = bytes(body)
        else:
            start = body.tell()
            data = body.read(length)
            body.seek(start)
        assert len(data) == length
        header = request.headers.get("Content-MD5")
        actual = base64.b64encode(hashlib.md5(data).digest()).decode()
        if isinstance(header, bytes):
            header = header.decode()
        sent.append((event_name.rsplit(".", 1)[-1], header, actual))

    store.client.meta.events.register("before-send.s3.PutObject", record)
    store.client.meta.events.register("before-send.s3.UploadPart", record)
    caller, data, digest = _expect_upload(server, 2 * PART_MIN + 3 * MiB)
    offsets = [0, MiB, 2 * MiB, 2 * MiB + PART_MIN, len(data)]
    for start, end in itertools.pairwise(offsets):
        server.oic.patch_blob(caller, digest, start, data[start:end])
    assert server.stored(digest) == data
    small_caller, small, small_digest = _expect_upload(server, 3 * MiB, seed=2)
    assert server.oic.patch_blob(small_caller, small_digest, 0, small)["complete"]
    monkeypatch.setattr(s3_module, "_PUT_WHOLE", PART_MIN)
    for size in (PART_MIN - 1, 2 * PART_MIN + 7):
        staged = store.stage()
        staged.write(os.urandom(size))
        assert store.promote_staged(staged, staged.finish()) is True
    kinds = [kind for kind, _, _ in sent]
    # pieces 2 + one-object blob 1 + staged whole 1; parts: 2 of the upload + 3 staged
    assert kinds.count("PutObject") == 4 and kinds.count("UploadPart") == 5, kinds
    assert [(k, h) for k, h, actual in sent if h != actual] == []


def _bad_digest():
    import botocore.exceptions

    return botocore.exceptions.ClientError(
        {
            "Error": {"Code": "BadDigest", "Message": "The Content-Md5 you specified…"},
            "ResponseMetadata": {"HTTPStatusCode": 400},
        },
        "PutObject",
    )


def _unreachable():
    import botocore.exceptions

    return botocore.exceptions.EndpointConnectionError(endpoint_url="http://s3.oic.local:8333")


def _access_denied():
    import botocore.exceptions

    return botocore.exceptions.ClientError(
        {
            "Error": {"Code": "AccessDenied", "Message": "Access Denied"},
            "ResponseMetadata": {"HTTPStatusCode": 403},
        },
        "PutObject",
    )


@pytest.mark.parametrize(
    ("failure", "status", "code"),
    [(_bad_digest, 503, "unavailable"), (_unreachable, 503, "unavailable"),
     (_access_denied, 500, "internal")],
    ids=["bad-digest", "unreachable", "access-denied"],
)  # fmt: skip
def test_a_chunk_s3_fails_is_refused_and_nothing_kept(
    server, enrolled, monkeypatch, failure, status, code
):
    """S3 refusing a body (``BadDigest``: it did not arrive whole) or not answering is the
    store's passing failure: 503 ``unavailable`` with Retry-After, never a 500 with a
    trace; a failure that will not pass (access denied: the keys or the bucket) is the
    500 it is. Either way nothing of the chunk is kept, and once S3 answers the
    laptop's retry completes it."""
    from oic_testing import patch

    laptop, client = enrolled
    sub = laptop.submission()
    missing = sub.put(client).json()["missing"]
    sha256 = missing[0]["sha256"]
    data = sub.blobs[sha256]
    store = _store(server)
    real = store.client.put_object

    def failing(**kwargs):
        raise failure()

    monkeypatch.setattr(store.client, "put_object", failing)
    r = patch(client, sha256, 0, data)
    assert r.status_code == status and error_code(r) == code
    if status == 503:
        assert "almacén de archivos" in r.json()["error"]["message"]
        assert r.headers["Retry-After"] == "10"
    assert client.head(f"/blobs/{sha256}").headers["Upload-Offset"] == "0"
    assert not store.has(sha256)
    monkeypatch.setattr(store.client, "put_object", real)
    assert patch(client, sha256, 0, data).status_code == 204
    assert server.stored(sha256) == data


def test_a_multipart_upload_s3_dropped_under_a_running_process_restarts(server):
    """A lifecycle rule aborts the multipart upload while this process (which checked its
    parts once) still writes to it: the next part's ``NoSuchUpload`` restarts the upload
    from offset 0 (409), never an error that repeats until a restart."""
    caller, data, digest = _expect_upload(server, 3 * PART_MIN + 10)
    for offset in (0, PART_MIN):  # the second chunk has this process check part 1 (ListParts)
        server.oic.patch_blob(caller, digest, offset, data[offset : offset + PART_MIN])
    store = _store(server)
    [upload_id] = _multipart_uploads(store)
    store.client.abort_multipart_upload(
        Bucket=store.bucket, Key=store.blob_key(digest), UploadId=upload_id
    )
    with pytest.raises(ApiError) as refused:
        server.oic.patch_blob(caller, digest, 2 * PART_MIN, data[2 * PART_MIN : 3 * PART_MIN])
    assert refused.value.code == "offset_mismatch" and refused.value.extra["offset"] == 0
    assert not server.oic.patch_blob(caller, digest, 0, data[: 2 * PART_MIN])["complete"]
    assert server.oic.patch_blob(caller, digest, 2 * PART_MIN, data[2 * PART_MIN :])["complete"]
    assert server.stored(digest) == data
