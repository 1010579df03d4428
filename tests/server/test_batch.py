"""Sneakernet batches: a valid one is ingested like PUT + commit; hostile ones change nothing."""

from __future__ import annotations

import io
import json
import struct
import uuid
import zipfile
from pathlib import Path

import pytest
from oic_testing import send_all, sha, snapshot, upload

from oic_server.batch import ingest_batch, write_batch
from oic_server.cli import main
from oic_server.errors import ApiError
from oic_server.keys import verify_receipt


def make_batch(path: Path, laptop, subs, **overrides) -> Path:
    blobs = {}
    for sub in subs:
        blobs.update(sub.blobs)
    args = {
        "observer": laptop.code,
        "certificate_pem": laptop.certificate_pem(),
        "private_key": laptop.private_key(),
        "submissions": [s.batch_entry() for s in subs],
        "blobs": blobs,
    }
    args.update(overrides)
    write_batch(path, **args)
    return path


def test_batch_is_ingested_and_a_later_online_sync_gets_the_same_receipt(
    server, enrolled, tmp_path, capsys
):
    laptop, client = enrolled
    first, second = laptop.submission(), laptop.submission()
    batch = make_batch(tmp_path / "lote.obsbatch", laptop, [first, second])
    code = main([*server.cli_args(), "ingest", str(batch), "--json"])
    assert code == 0
    result = json.loads(capsys.readouterr().out)
    assert result["observer"] == "OBS-001"
    assert [s["status"] for s in result["submissions"]] == ["committed", "committed"]
    meta = client.get("/meta").json()
    for item in result["submissions"]:
        receipt = item["receipt"]
        assert verify_receipt(
            meta["receipt_key"]["public_key"], receipt["receipt"], receipt["signature"]
        )
    # the laptop syncs later: the same id is already committed, commit hands out the receipt
    r = first.put(client)
    assert r.status_code == 200 and r.json()["state"] == "committed" and r.json()["missing"] == []
    assert (
        client.post(f"/submissions/{first.submission_id}/commit").json()
        == result["submissions"][0]["receipt"]
    )
    assert [x["state"] for x in client.get("/reviews").json()["reviews"]] == [
        "received",
        "received",
    ]
    # ingesting the same batch again changes nothing
    before = snapshot(server)
    again = ingest_batch(server.oic, batch)
    assert [s["status"] for s in again["submissions"]] == ["already_committed"] * 2
    assert again["submissions"][0]["receipt"] == result["submissions"][0]["receipt"]
    assert snapshot(server) == before
    assert not list((server.data_dir / "staging").glob("*"))


def test_batch_completes_a_submission_started_online(server, enrolled, tmp_path):
    laptop, client = enrolled
    sub = laptop.submission()
    sub.put(client)
    audit = sub.manifest["audit_sha256"]
    upload(client, audit, sub.blobs[audit], chunk=64 * 1024)
    big = max(sub.blobs, key=lambda d: len(sub.blobs[d]))
    upload(client, big, sub.blobs[big][: 64 * 1024], chunk=64 * 1024)  # half-way
    result = ingest_batch(server.oic, make_batch(tmp_path / "b.obsbatch", laptop, [sub]))
    assert result["submissions"][0]["status"] == "committed"
    assert client.get(f"/submissions/{sub.submission_id}").json()["state"] == "committed"
    assert client.head(f"/blobs/{big}").headers["Blob-Complete"] == "true"
    assert server.partial_uploads() == []  # the half-way upload went with the commit


def test_online_commit_and_batch_of_the_same_submission(server, enrolled, tmp_path):
    laptop, client = enrolled
    sub = laptop.submission()
    answer = send_all(client, sub, chunk=64 * 1024)
    result = ingest_batch(server.oic, make_batch(tmp_path / "b.obsbatch", laptop, [sub]))
    assert result["submissions"][0] == {
        "submission_id": sub.submission_id,
        "audit_id": sub.manifest["audit_id"],
        "audit_version": 1,
        "status": "already_committed",
        "receipt": answer,
    }


# ------------------------------------------------------------------ hostile batches


def _rewrite(source: Path, target: Path, edit) -> Path:
    """Copy a batch member by member through ``edit(name, data) -> [(ZipInfo|name, data)]``."""
    with zipfile.ZipFile(source) as zin, zipfile.ZipFile(target, "w") as zout:
        for info in zin.infolist():
            for name, data in edit(info.filename, zin.read(info)):
                zout.writestr(name, data)
    return target


def _central_entries(data: bytes):
    """(offset, name) of every central-directory entry."""
    pos = data.find(b"PK\x01\x02")
    while pos != -1:
        name_len = struct.unpack_from("<H", data, pos + 28)[0]
        yield pos, bytes(data[pos + 46 : pos + 46 + name_len]).decode()
        pos = data.find(b"PK\x01\x02", pos + 46 + name_len)


def _patch_sizes(path: Path, member: str, size: int) -> None:
    """Make a member's headers claim ``size`` uncompressed bytes (a lying zip)."""
    data = bytearray(path.read_bytes())
    with zipfile.ZipFile(io.BytesIO(bytes(data))) as zf:
        info = zf.getinfo(member)
    struct.pack_into("<I", data, info.header_offset + 22, size)
    for pos, name in list(_central_entries(data)):
        if name == member:
            struct.pack_into("<I", data, pos + 24, size)
    path.write_bytes(bytes(data))


@pytest.fixture
def batch_case(server, enrolled, tmp_path):
    laptop, _client = enrolled
    sub = laptop.submission()
    good = make_batch(tmp_path / "bueno.obsbatch", laptop, [sub])
    return laptop, sub, good


def _refused(server, path: Path, code: str, capsys=None) -> str:
    before = snapshot(server)
    with pytest.raises(ApiError) as info:
        ingest_batch(server.oic, path)
    assert info.value.code == code, info.value.message
    assert "No se guardó nada" in info.value.message
    assert snapshot(server) == before
    assert not list((server.data_dir / "staging").glob("*"))
    return info.value.message


def test_batch_with_traversal_extra_or_missing_members_is_refused(server, batch_case, tmp_path):
    _laptop, sub, good = batch_case
    evil = _rewrite(
        good,
        tmp_path / "t.obsbatch",
        lambda n, d: [(n, d)] + ([("../../etc/evil", b"x")] if n == "batch.json" else []),
    )
    assert "inesperado" in _refused(server, evil, "bad_request")
    abs_path = _rewrite(
        good,
        tmp_path / "a.obsbatch",
        lambda n, d: [(n, d)] + ([("/blobs/" + "a" * 64, b"x")] if n == "batch.json" else []),
    )
    _refused(server, abs_path, "bad_request")
    extra = b"nadie me lista"
    unlisted = _rewrite(
        good,
        tmp_path / "u.obsbatch",
        lambda n, d: [(n, d)] + ([(f"blobs/{sha(extra)}", extra)] if n == "batch.json" else []),
    )
    assert "ningún envío" in _refused(server, unlisted, "bad_request")
    big = max(sub.blobs, key=lambda d: len(sub.blobs[d]))
    missing = _rewrite(
        good, tmp_path / "m.obsbatch", lambda n, d: [] if n == f"blobs/{big}" else [(n, d)]
    )
    _refused(server, missing, "incomplete")
    no_sig = _rewrite(
        good, tmp_path / "s.obsbatch", lambda n, d: [] if n == "batch.sig" else [(n, d)]
    )
    assert "batch.sig" in _refused(server, no_sig, "bad_request")

    def twice(n, d):
        return [(n, d), (n, d)] if n.startswith("blobs/") else [(n, d)]

    import warnings

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        duplicated = _rewrite(good, tmp_path / "d.obsbatch", twice)
    assert "dos veces" in _refused(server, duplicated, "bad_request")


def test_batch_with_a_tampered_blob_is_refused(server, batch_case, tmp_path):
    _, sub, good = batch_case
    big = max(sub.blobs, key=lambda d: len(sub.blobs[d]))

    def flip(n, d):
        if n == f"blobs/{big}":
            d = bytearray(d)
            d[100] ^= 1
        return [(n, bytes(d))]

    assert "SHA-256" in _refused(
        server, _rewrite(good, tmp_path / "x.obsbatch", flip), "hash_mismatch"
    )
    short = _rewrite(
        good, tmp_path / "y.obsbatch", lambda n, d: [(n, d[:-1] if n == f"blobs/{big}" else d)]
    )
    _refused(server, short, "hash_mismatch")


def test_zip_bombs_and_lying_headers_stop_at_the_declared_size(server, batch_case, tmp_path):
    _laptop, sub, good = batch_case
    audit = sub.manifest["audit_sha256"]
    # a member that inflates far beyond the size its manifest declares
    bomb = tmp_path / "bomba.obsbatch"
    with zipfile.ZipFile(good) as zin, zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            data = (
                b"\0" * (64 * 1024 * 1024) if info.filename == f"blobs/{audit}" else zin.read(info)
            )
            zout.writestr(info.filename, data)
    assert bomb.stat().st_size < 2 * 1024 * 1024
    _refused(server, bomb, "hash_mismatch")
    # …and one whose headers lie about it: reading stops at the declared size (CRC fails)
    _patch_sizes(bomb, f"blobs/{audit}", len(sub.blobs[audit]))
    assert "dañado" in _refused(server, bomb, "bad_request")
    # an oversized batch.json is refused from its header
    huge = tmp_path / "grande.obsbatch"
    with zipfile.ZipFile(good) as zin, zipfile.ZipFile(huge, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            data = zin.read(info) + (
                b" " * (65 * 1024 * 1024) if info.filename == "batch.json" else b""
            )
            zout.writestr(info.filename, data)
    assert "demasiado grande" in _refused(server, huge, "bad_request")


def test_links_encryption_and_non_zip_are_refused(server, batch_case, tmp_path):
    _, _, good = batch_case
    link = tmp_path / "link.obsbatch"
    with zipfile.ZipFile(good) as zin, zipfile.ZipFile(link, "w") as zout:
        for info in zin.infolist():
            if info.filename.startswith("blobs/"):
                info.external_attr = 0o120777 << 16
            zout.writestr(info, zin.read(info))
    assert "enlace" in _refused(server, link, "bad_request")
    encrypted = tmp_path / "enc.obsbatch"
    data = bytearray(good.read_bytes())
    with zipfile.ZipFile(good) as zf:
        info = zf.getinfo("batch.sig")
    data[info.header_offset + 6] |= 1
    for pos, name in list(_central_entries(data)):
        if name == "batch.sig":
            data[pos + 8] |= 1
    encrypted.write_bytes(bytes(data))
    assert "cifrado" in _refused(server, encrypted, "bad_request")
    not_zip = tmp_path / "nada.obsbatch"
    not_zip.write_bytes(b"%PDF-1.4 no soy un zip")
    _refused(server, not_zip, "bad_request")
    truncated = tmp_path / "cortado.obsbatch"
    truncated.write_bytes(good.read_bytes()[: good.stat().st_size // 2])
    _refused(server, truncated, "bad_request")


def test_signature_certificate_and_observer_checks(server, batch_case, tmp_path, make_laptop):
    laptop, sub, good = batch_case

    # batch.json changed after signing
    def edit(n, d):
        if n == "batch.json":
            doc = json.loads(d)
            doc["created_at"] = "2020-01-01T00:00:00Z"
            d = json.dumps(doc).encode()
        return [(n, d)]

    assert "batch.sig" in _refused(
        server, _rewrite(good, tmp_path / "e.obsbatch", edit), "signature_invalid"
    )
    # signed by another key than the certificate's
    from cryptography.hazmat.primitives.asymmetric import ec

    other_key = make_batch(
        tmp_path / "k.obsbatch", laptop, [sub], private_key=ec.generate_private_key(ec.SECP256R1())
    )
    _refused(server, other_key, "signature_invalid")
    # a certificate the OIC never issued (the laptop's self-signed one)
    stranger = make_laptop("OBS-002")
    selfsigned = make_batch(
        tmp_path / "ss.obsbatch",
        laptop,
        [sub],
        certificate_pem=stranger.certificate_pem(),
        private_key=stranger.private_key(),
    )
    assert "no es un certificado que este servidor" in _refused(
        server, selfsigned, "signature_invalid"
    )
    # an observer the server does not know, one without a certificate, a disabled one
    _refused(
        server, make_batch(tmp_path / "n.obsbatch", laptop, [sub], observer="OBS-404"), "not_found"
    )
    server.add_observer("OBS-002")
    _refused(
        server,
        make_batch(tmp_path / "ne.obsbatch", laptop, [sub], observer="OBS-002"),
        "not_enrolled",
    )
    server.oic.set_disabled("OBS-001", True)
    _refused(server, good, "observer_disabled")


def test_batch_with_a_broken_report_signature_is_refused(server, batch_case, tmp_path):
    laptop, sub, _ = batch_case
    report = bytearray(sub.report)
    report[1500] ^= 1
    report = bytes(report)
    blobs = {k: v for k, v in sub.blobs.items() if k != sub.manifest["report_sha256"]}
    blobs[sha(report)] = report
    manifest = dict(
        sub.manifest,
        report_sha256=sha(report),
        blobs=[
            dict(b, sha256=sha(report)) if b["role"] == "report" else b
            for b in sub.manifest["blobs"]
        ],
    )
    sid = str(uuid.uuid4())
    bad = make_batch(
        tmp_path / "r.obsbatch",
        laptop,
        [],
        submissions=[{"submission_id": sid, "manifest": manifest}],
        blobs=blobs,
    )
    _refused(server, bad, "signature_invalid")


def test_batch_conflicts_and_invalid_manifests(server, batch_case, tmp_path, capsys):
    laptop, sub, _good = batch_case
    with server.login("OBS-001") as client:
        send_all(client, sub, chunk=64 * 1024)
    conflicting = dict(sub.manifest, audit_version=2)
    bad = make_batch(
        tmp_path / "c.obsbatch",
        laptop,
        [],
        submissions=[{"submission_id": sub.submission_id, "manifest": conflicting}],
        blobs=sub.blobs,
    )
    _refused(server, bad, "submission_conflict")
    invalid = make_batch(
        tmp_path / "i.obsbatch",
        laptop,
        [],
        submissions=[{"submission_id": "no-uuid", "manifest": sub.manifest}],
        blobs=sub.blobs,
    )
    _refused(server, invalid, "bad_request")
    typed = dict(sub.manifest, audit_version="1")
    wrong = make_batch(
        tmp_path / "w.obsbatch",
        laptop,
        [],
        submissions=[{"submission_id": str(uuid.uuid4()), "manifest": typed}],
        blobs=sub.blobs,
    )
    _refused(server, wrong, "bad_request")
    # the command says what is wrong, exits 1 for a failed check and 2 for bad input
    assert main([*server.cli_args(), "ingest", str(bad)]) == 2
    err = capsys.readouterr().err
    assert "Lote rechazado" in err and "otro contenido" in err
    assert main([*server.cli_args(), "ingest", str(tmp_path / "no-existe.obsbatch")]) == 2


def test_cli_ingest_exit_code_for_a_failed_check(server, batch_case, tmp_path, capsys):
    _, sub, good = batch_case
    big = max(sub.blobs, key=lambda d: len(sub.blobs[d]))
    tampered = _rewrite(
        good, tmp_path / "x.obsbatch", lambda n, d: [(n, d[::-1] if n == f"blobs/{big}" else d)]
    )
    assert main([*server.cli_args(), "ingest", str(tampered)]) == 1
    assert "SHA-256" in capsys.readouterr().err
