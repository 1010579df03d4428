"""The evidence store's ways in: whole files from aligned memory, streams of any length,
direct I/O where the file system allows it and ordinary writes where it does not."""

from __future__ import annotations

import hashlib
import io
import os
from pathlib import Path

import pytest

from observer_desktop.core.errors import InputError
from observer_desktop.evidence import direct
from observer_desktop.evidence.direct import ALIGN, AlignedBuffer, BufferReader, DirectWriter
from observer_desktop.evidence.store import CHUNK, PIECE, Cancelled, EvidenceStore, read_hashed

# lengths around every boundary: the alignment, a piece read and hashed, a chunk written
SIZES = [1, ALIGN - 1, ALIGN, ALIGN + 1, PIECE, PIECE + 1, CHUNK, CHUNK + 1, 3 * CHUNK - 7]


def data_of(size: int) -> bytes:
    return (hashlib.sha256(str(size).encode()).digest() * (size // 32 + 1))[:size]


def store_files(store: EvidenceStore) -> list[Path]:
    return [p for p in store.root.rglob("*") if p.is_file() and "tmp" not in p.parts]


@pytest.fixture
def store(tmp_path) -> EvidenceStore:
    return EvidenceStore(tmp_path / "evidence")


@pytest.mark.parametrize("size", SIZES)
def test_put_stream_keeps_exactly_the_bytes(store, size):
    data = data_of(size)
    seen = []
    sha, got, created = store.put_stream(io.BytesIO(data), max_bytes=size, on_bytes=seen.append)
    assert (sha, got, created) == (hashlib.sha256(data).hexdigest(), size, True)
    assert store.path_for(sha).read_bytes() == data and sum(seen) == size
    assert not list((store.root / "tmp").iterdir())


@pytest.mark.parametrize("size", SIZES)
def test_put_buffer_keeps_exactly_the_bytes(store, tmp_path, size):
    data = data_of(size)
    source = tmp_path / "in.bin"
    source.write_bytes(data)
    buffer = AlignedBuffer()
    buffer.reserve(4 * CHUNK)
    buffer.view()[: 4 * CHUNK] = b"\xee" * (4 * CHUNK)  # what an earlier file left there
    with open(source, "rb", buffering=0) as fh:
        sha, got = read_hashed(fh, buffer, size)
    assert (sha, got) == (hashlib.sha256(data).hexdigest(), size)
    dirs: set[Path] = set()
    assert store.put_buffer(buffer, got, sha256=sha, pending_dirs=dirs)
    assert store.path_for(sha).read_bytes() == data  # no stale byte after the end
    assert store.path_for(sha).parent in dirs and store.root in dirs  # new folders on the way
    store.sync_dirs(dirs)
    assert dirs == set()
    assert not store.put_buffer(buffer, got, sha256=sha)  # the same content is kept once


def test_a_file_that_grew_since_it_was_measured_is_noticed(tmp_path):
    source = tmp_path / "in.bin"
    source.write_bytes(b"x" * 5000)
    with open(source, "rb", buffering=0) as fh:
        _sha, got = read_hashed(fh, AlignedBuffer(), 4000)
    assert got == 4001  # one byte more than measured: the caller takes the file as it is now


def test_stream_past_the_limit_or_cancelled_leaves_nothing(store):
    with pytest.raises(InputError, match="máximo"):
        store.put_stream(io.BytesIO(data_of(3 * CHUNK)), max_bytes=2 * CHUNK)
    calls = iter([False, False, True])
    with pytest.raises(Cancelled):
        store.put_stream(
            io.BytesIO(data_of(5 * CHUNK)), max_bytes=10 * CHUNK, should_cancel=lambda: next(calls)
        )
    with pytest.raises(InputError, match="no coincide"):
        store.put_stream(io.BytesIO(b"abc"), max_bytes=10, expected_sha256="0" * 64)
    assert store_files(store) == [] and not list((store.root / "tmp").iterdir())


def test_a_write_error_reaches_the_caller_and_removes_the_file(store, monkeypatch):
    def full(fd, view, offset):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(direct, "_write_all", full)
    with pytest.raises(OSError, match="No space"):
        store.put_stream(io.BytesIO(data_of(3 * CHUNK)), max_bytes=10 * CHUNK)
    assert store_files(store) == [] and not list((store.root / "tmp").iterdir())


def test_streams_without_readinto_are_read_whole(store):
    class Plain:  # a file-like object that only has read(), as some archive members do
        def __init__(self, data):
            self.inner = io.BytesIO(data)

        def read(self, n=-1):
            return self.inner.read(min(n, 1000))  # short reads, too

    data = data_of(CHUNK + 5000)
    sha, size, _ = store.put_stream(Plain(data), max_bytes=len(data))
    assert store.path_for(sha).read_bytes() == data and size == len(data)


def test_without_direct_io_ordinary_writes_keep_the_same_bytes(store, monkeypatch):
    monkeypatch.setattr(direct, "_O_DIRECT", 0)  # Windows, macOS
    monkeypatch.delattr(os, "pwrite", raising=False)  # Windows
    data = data_of(CHUNK + 123)
    sha, _, _ = store.put_stream(io.BytesIO(data), max_bytes=len(data))
    assert store.path_for(sha).read_bytes() == data


def test_when_the_disk_refuses_a_direct_write_ordinary_writes_follow(store, monkeypatch):
    """A file system may accept O_DIRECT at open and refuse the alignment at write time
    (EINVAL): the rest of the file is written the ordinary way."""
    real = direct._write_all
    refused = []

    def picky(fd, view, offset):
        if not refused and direct.fcntl.fcntl(fd, direct.fcntl.F_GETFL) & direct._O_DIRECT:
            refused.append(offset)
            raise OSError(22, "Invalid argument")
        real(fd, view, offset)

    monkeypatch.setattr(direct, "_write_all", picky)
    data = data_of(3 * CHUNK + 11)
    sha, _, _ = store.put_stream(io.BytesIO(data), max_bytes=len(data))
    assert store.path_for(sha).read_bytes() == data
    if direct._O_DIRECT:
        assert refused == [0]


def test_direct_writes_are_used_on_a_real_disk_when_available(tmp_path):
    fd = os.open(tmp_path / "probe", os.O_WRONLY | os.O_CREAT, 0o600)
    try:
        writer = DirectWriter(fd)
        if not writer.direct:
            pytest.skip("this file system refuses O_DIRECT")
        buffer = AlignedBuffer(2 * ALIGN)
        buffer.view()[:10] = b"0123456789"
        writer.write(buffer.view(), 10)
        writer.sync()
    finally:
        os.close(fd)
    assert (tmp_path / "probe").read_bytes() == b"0123456789"


def test_buffer_reader_reads_seeks_and_ends_where_the_view_ends():
    data = bytes(range(256)) * 10
    buffer = AlignedBuffer(len(data) + ALIGN)
    buffer.view()[: len(data)] = data
    buffer.view()[len(data) : len(data) + 10] = b"STALESTALE"
    reader = BufferReader(buffer.view(len(data)))
    assert reader.read(3) == data[:3] and reader.tell() == 3
    assert reader.seek(-4, io.SEEK_END) == len(data) - 4
    assert reader.read() == data[-4:] and reader.read(10) == b""  # never the stale bytes
    reader.seek(100)
    target = bytearray(5)
    assert reader.readinto(target) == 5 and bytes(target) == data[100:105]
