"""How a chunk reaches the store: streamed as it arrives, on disk (fdatasync) before its
offset is recorded or answered, one request at a time per upload, and the running hash
never trusted for a file that changed under it. The tests about the part file itself
run on the filesystem store (``FILES_ONLY``); the others on both stores (conftest)."""

from __future__ import annotations

import os
import socket
import threading
import time

import pytest
from oic_testing import error_code, patch, upload

from oic_server import blobstore

CHUNK = 64 * 1024
# the part file on disk is what these tests look at (S3's own: tests/server/test_s3_store.py)
FILES_ONLY = pytest.mark.parametrize("blob_store", ["fs"], indirect=True)


def _held(server) -> list[int]:
    """Bytes each partial upload holds, as the store counts them (a part file's size, or
    the bytes an S3 upload's parts and pieces hold)."""
    return [held for _key, held, _when in server.oic.store.parts()]


def _complete(server, client, digest: str, data: bytes) -> None:
    """The rest of the blob sent from the server's offset; the store then holds exactly
    ``data`` (a chunk written twice would have failed its hash)."""
    offset = int(client.head(f"/blobs/{digest}").headers["Upload-Offset"])
    while offset < len(data):
        r = patch(client, digest, offset, data[offset : offset + CHUNK])
        assert r.status_code == 204, r.text
        offset = int(r.headers["Upload-Offset"])
    assert server.stored(digest) == data


def _big(laptop, client):
    sub = laptop.submission()
    assert sub.put(client).status_code == 201
    digest = max(sub.blobs, key=lambda d: len(sub.blobs[d]))
    assert len(sub.blobs[digest]) > 3 * CHUNK
    return sub, digest, sub.blobs[digest]


def _caller(server, client):
    return server.oic.authenticate(client.headers["Authorization"])


def _half_sent_chunk(server, client, digest: str, offset: int, body: bytes) -> socket.socket:
    """A PATCH whose headers and first half of the body are sent; the rest is the caller's."""
    host, port = server.base_url.removeprefix("http://").split(":")
    raw = socket.create_connection((host, int(port)), timeout=30)
    raw.sendall(
        (
            f"PATCH /api/v1/blobs/{digest} HTTP/1.1\r\nHost: {host}\r\n"
            f"Authorization: {client.headers['Authorization']}\r\nUpload-Offset: {offset}\r\n"
            f"Content-Type: application/offset+octet-stream\r\nContent-Length: {len(body)}\r\n\r\n"
        ).encode()
        + body[: len(body) // 2]
    )
    caller = _caller(server, client)
    deadline = time.monotonic() + 30  # the server must take the chunk's lock: wait for it
    while not server.oic.blob_busy(caller, digest):
        assert time.monotonic() < deadline, "the half-sent chunk never reached the server"
        time.sleep(0.01)
    return raw


def _answer(raw: socket.socket) -> bytes:
    answer = b""
    while b"\r\n\r\n" not in answer:
        data = raw.recv(4096)
        assert data, answer
        answer += data
    return answer


@FILES_ONLY
def test_an_offset_is_on_disk_before_it_is_recorded_or_answered(server, enrolled, monkeypatch):
    laptop, client = enrolled
    _sub, digest, data = _big(laptop, client)
    caller = _caller(server, client)
    seen = []
    real = os.fdatasync

    def fdatasync(fd):
        real(fd)
        # what the database says while the chunk's bytes have just reached the disk
        seen.append((os.fstat(fd).st_size, server.oic.blob_status(caller, digest)["offset"]))

    monkeypatch.setattr(blobstore.os, "fdatasync", fdatasync)
    r = patch(client, digest, 0, data[:CHUNK])
    assert r.status_code == 204 and r.headers["Upload-Offset"] == str(CHUNK)
    assert seen == [(CHUNK, 0)]  # synced first, recorded after
    assert server.oic.blob_status(caller, digest)["offset"] == CHUNK


@FILES_ONLY
def test_a_chunk_is_written_as_it_arrives_never_gathered(server, enrolled, monkeypatch):
    from starlette.requests import Request

    laptop, client = enrolled
    _sub, digest, data = _big(laptop, client)

    async def gathered(self):
        raise AssertionError("a chunk to append was read whole into memory")

    monkeypatch.setattr(Request, "body", gathered)
    last = upload(client, digest, data, chunk=CHUNK)
    assert last.status_code == 204 and last.headers["Blob-Complete"] == "true"
    stored = server.data_dir / "blobs" / digest[:2] / digest[2:4] / digest
    assert stored.read_bytes() == data


def test_a_chunk_without_content_length_is_streamed_and_bounded(server, enrolled):
    laptop, client = enrolled
    _sub, digest, data = _big(laptop, client)
    headers = {"Upload-Offset": "0", "Content-Type": "application/offset+octet-stream"}
    pieces = [data[i : i + 4096] for i in range(0, CHUNK, 4096)]
    r = client.patch(f"/blobs/{digest}", content=iter(pieces), headers=headers)  # chunked
    assert r.status_code == 204 and r.headers["Upload-Offset"] == str(CHUNK)
    small = sorted(d for d in _sub.blobs if len(_sub.blobs[d]) < CHUNK)[0]
    too_long = _sub.blobs[small] + b"x" * 10
    r = client.patch(f"/blobs/{small}", content=iter([too_long]), headers=headers)
    assert r.status_code == 400 and error_code(r) == "bad_request"
    assert client.head(f"/blobs/{small}").headers["Upload-Offset"] == "0"  # nothing kept


@FILES_ONLY
def test_a_changed_part_file_is_hashed_again_not_trusted(server, enrolled):
    """The running hash covers the bytes this process wrote; another writer (here: a
    tampering one) changes the file under it, and the blob must be checked as it is."""
    laptop, client = enrolled
    _sub, digest, data = _big(laptop, client)
    assert patch(client, digest, 0, data[:CHUNK]).status_code == 204
    part = next((server.data_dir / "uploads").glob("*.part"))
    fd = os.open(part, os.O_RDWR)
    try:
        os.pwrite(fd, bytes(100), 1000)  # same size, other bytes
    finally:
        os.close(fd)
    st = part.stat()
    os.utime(part, ns=(st.st_atime_ns, st.st_mtime_ns + 1_000_000_000))  # as a later write
    r = upload(client, digest, data, chunk=CHUNK, start=CHUNK)
    assert r.status_code == 422 and error_code(r) == "hash_mismatch"
    assert not (server.data_dir / "blobs" / digest[:2] / digest[2:4] / digest).exists()
    assert upload(client, digest, data, chunk=CHUNK).headers["Blob-Complete"] == "true"


def test_head_waits_for_the_chunk_being_written(server, enrolled):
    laptop, client = enrolled
    _sub, digest, data = _big(laptop, client)
    raw = _half_sent_chunk(server, client, digest, 0, data[:CHUNK])
    heads = []
    asking = threading.Thread(target=lambda: heads.append(client.head(f"/blobs/{digest}")))
    asking.start()
    try:
        raw.sendall(data[CHUNK // 2 : CHUNK])
        assert _answer(raw).split(b" ", 2)[1] == b"204"
    finally:
        raw.close()
    asking.join(60)
    assert heads[0].headers["Upload-Offset"] == str(CHUNK)  # not 0: the chunk counted


def test_two_requests_for_one_upload_take_turns(server, enrolled):
    laptop, client = enrolled
    _sub, digest, data = _big(laptop, client)
    raw = _half_sent_chunk(server, client, digest, 0, data[:CHUNK])
    answers = []
    again = threading.Thread(target=lambda: answers.append(patch(client, digest, 0, data[:CHUNK])))
    again.start()  # the same chunk on another connection (a retry): it waits its turn
    try:
        raw.sendall(data[CHUNK // 2 : CHUNK])
        assert _answer(raw).split(b" ", 2)[1] == b"204"
    finally:
        raw.close()
    again.join(60)
    assert answers[0].status_code == 204 and answers[0].headers["Upload-Offset"] == str(CHUNK)
    assert _held(server) == [CHUNK]  # the first chunk written once
    _complete(server, client, digest, data)


def test_a_busy_upload_is_answered_503_after_the_wait(server, enrolled, monkeypatch):
    from oic_server.errors import ApiError
    from oic_server.usecases import uploads

    laptop, client = enrolled
    _sub, digest, data = _big(laptop, client)
    monkeypatch.setattr(uploads, "LOCK_WAIT", 0.2)
    caller = _caller(server, client)
    holder = server.oic.start_chunk(caller, digest, 0, CHUNK)  # another request's chunk
    try:
        r = server.oic.start_chunk(caller, digest, 0, CHUNK)
        assert r is None
        with pytest.raises(ApiError) as info:
            server.oic.wait_for_chunk(caller, digest, 0, CHUNK)
        assert info.value.code == "unavailable" and info.value.headers["Retry-After"] == "2"
    finally:
        holder.cut_back()
        holder.close()
    assert patch(client, digest, 0, data[:CHUNK]).status_code == 204


def test_a_silent_chunk_gives_its_upload_up_to_the_next_request(server, enrolled, monkeypatch):
    """A connection the client lost without the server hearing of it (a dropped line)
    must not hold the upload until the body timeout: the retry gets it."""
    from oic_server.api import blobs

    monkeypatch.setattr(blobs, "PATCH_SILENCE", 0.5)
    laptop, client = enrolled
    _sub, digest, data = _big(laptop, client)
    raw = _half_sent_chunk(server, client, digest, 0, data[:CHUNK])  # then nothing more
    try:
        r = patch(client, digest, 0, data[:CHUNK])  # the client's retry, new connection
        assert r.status_code == 204 and r.headers["Upload-Offset"] == str(CHUNK)
        answer = _answer(raw)
        assert answer.split(b" ", 2)[1] == b"408" and b"connection: close" in answer.lower()
    finally:
        raw.close()
    assert _held(server) == [CHUNK]
    _complete(server, client, digest, data)
