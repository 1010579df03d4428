"""Protocol v1's submissions, blob uploads and commit checks against a real uvicorn on
127.0.0.1, on SQLite and on PostgreSQL, with the blobs in the data folder and in S3
(moto on 127.0.0.1).

Idempotency, uploads cut and resumed, tampered blobs, broken report signatures and
the isolation of observers; meta, login, enrollment and limits are in
test_protocol.py (they touch no blob store).
"""

from __future__ import annotations

import io
import json
import socket
import uuid

import pytest
from oic_testing import (
    error_code,
    patch,
    send_all,
    sha,
    snapshot,
    upload,
)

from oic_server.keys import verify_receipt

CHUNK = 64 * 1024


@pytest.fixture(params=["fs", "s3"])
def blob_store(request: pytest.FixtureRequest) -> str:
    """Every test with a server runs with both stores."""
    return request.param


# ------------------------------------------------------------------ submissions


def test_full_submission_with_receipt_and_review_cycle(server, enrolled):
    laptop, client = enrolled
    sub = laptop.submission()
    r = sub.put(client)
    assert r.status_code == 201
    state = r.json()
    assert state["state"] == "open"
    assert {m["sha256"] for m in state["missing"]} == set(sub.blobs)
    assert all(m["offset"] == 0 for m in state["missing"])
    again = sub.put(client)
    assert again.status_code == 200 and again.json() == state  # same answer
    answer = send_all(client, sub, chunk=CHUNK)
    meta = client.get("/meta").json()
    receipt = answer["receipt"]
    assert receipt["submission_id"] == sub.submission_id
    assert receipt["audit_id"] == sub.manifest["audit_id"]
    assert receipt["observer"] == "OBS-001" and receipt["server"] == "oic-chihuahua"
    assert receipt["report_sha256"] == sub.manifest["report_sha256"]
    assert answer["key_fingerprint_sha256"] == meta["receipt_key"]["fingerprint_sha256"]
    assert verify_receipt(meta["receipt_key"]["public_key"], receipt, answer["signature"])
    forged = dict(receipt, observer="OBS-999")
    assert not verify_receipt(meta["receipt_key"]["public_key"], forged, answer["signature"])
    # committed: commit again gives the same receipt; PUT says committed, nothing missing
    assert client.post(f"/submissions/{sub.submission_id}/commit").json() == answer
    r = sub.put(client)
    assert r.status_code == 200 and r.json() == {
        "submission_id": sub.submission_id,
        "state": "committed",
        "missing": [],
    }
    # review states come back with a cursor
    reviews = client.get("/reviews", params={"since": 0}).json()
    assert [x["state"] for x in reviews["reviews"]] == ["received"]
    cursor = reviews["cursor"]
    assert client.get("/reviews", params={"since": cursor}).json() == {
        "reviews": [],
        "cursor": cursor,
    }
    server.oic.review(sub.submission_id[:8], "return", "Falta la foto del letrero.")
    later = client.get("/reviews", params={"since": cursor}).json()
    assert [(x["state"], x["comment"]) for x in later["reviews"]] == [
        ("returned", "Falta la foto del letrero.")
    ]
    assert later["cursor"] > cursor
    info = client.get(f"/submissions/{sub.submission_id}").json()
    assert info["review"]["state"] == "returned"
    assert info["state"] == "committed"
    listed = client.get("/submissions").json()["submissions"]
    assert [x["submission_id"] for x in listed] == [sub.submission_id]
    # every blob stored once, under its hash
    for digest, data in sub.blobs.items():
        assert server.stored(digest) == data
    assert server.partial_uploads() == []


def test_same_id_other_manifest_is_409_and_changes_nothing(server, enrolled):
    laptop, client = enrolled
    sub = laptop.submission()
    assert sub.put(client).status_code == 201
    before = snapshot(server)
    other = dict(sub.manifest, audit_version=2)
    r = client.put(f"/submissions/{sub.submission_id}", json=other)
    assert r.status_code == 409 and error_code(r) == "submission_conflict"
    assert snapshot(server) == before


def test_manifest_checks(server, enrolled):
    laptop, client = enrolled
    sub = laptop.submission()
    m = sub.manifest
    evidence = [b for b in m["blobs"] if b["role"] == "evidence"]
    cases = {
        "bad_request": [
            dict(m, audit_id="no-es-uuid"),
            dict(m, audit_version="1"),  # strict: no coercion
            dict(m, extra="campo"),
            dict(m, blobs=m["blobs"] + [m["blobs"][0]]),  # listed twice
            dict(m, blobs=[dict(m["blobs"][0], sha256="A" * 64), *m["blobs"][1:]]),
            dict(m, blobs=[dict(m["blobs"][0], size=0), *m["blobs"][1:]]),
            dict(m, blobs=[dict(m["blobs"][0], name="a\x00b"), *m["blobs"][1:]]),
        ],
        "manifest_mismatch": [
            dict(m, audit_sha256=evidence[0]["sha256"]),
            dict(
                m,
                blobs=[b for b in m["blobs"] if b["role"] != "report"]
                + [dict(evidence[0], sha256="b" * 64, role="report")],
            ),
        ],
        "too_large": [
            dict(
                m,
                blobs=[
                    dict(b, size=200 * 1024 * 1024) if b["role"] == "report" else b
                    for b in m["blobs"]
                ],
            ),
            dict(
                m, blobs=m["blobs"] + [{"sha256": "c" * 64, "size": 524288001, "role": "evidence"}]
            ),
            dict(
                m,
                blobs=m["blobs"]
                + [{"sha256": f"{i:064x}", "size": 1, "role": "evidence"} for i in range(2000)],
            ),
        ],
    }
    before = snapshot(server)
    for code, manifests in cases.items():
        for manifest in manifests:
            r = client.put(f"/submissions/{uuid.uuid4()}", json=manifest)
            assert error_code(r) == code, (code, r.text)
            assert r.json()["error"]["message"]
    r = client.put(
        f"/submissions/{sub.submission_id}",
        content=b"{no es json",
        headers={"Content-Type": "application/json"},
    )
    assert r.status_code == 400 and error_code(r) == "bad_request"
    r = client.put("/submissions/NO-UUID", json=m)
    assert r.status_code == 400
    assert snapshot(server) == before


def test_request_size_limits_are_413(server, enrolled):
    _, client = enrolled
    big = {"audit_id": "x" * (1024 * 1024 + 10)}
    r = client.put(f"/submissions/{uuid.uuid4()}", json=big)
    assert r.status_code == 413 and error_code(r) == "too_large"

    def chunked():
        for _ in range(20):
            yield b"x" * 65536

    r = client.put(
        f"/submissions/{uuid.uuid4()}",
        content=chunked(),
        headers={"Content-Type": "application/json"},
    )
    assert r.status_code == 413 and error_code(r) == "too_large"


# ------------------------------------------------------------------ blobs


def test_blob_upload_offsets_mismatch_and_idempotent_chunks(server, enrolled):
    laptop, client = enrolled
    sub = laptop.submission()
    sub.put(client)
    digest = max(sub.blobs, key=lambda d: len(sub.blobs[d]))
    data = sub.blobs[digest]
    assert len(data) > 3 * CHUNK  # several chunks
    r = client.head(f"/blobs/{digest}")
    assert r.status_code == 200
    assert r.headers["Upload-Offset"] == "0" and r.headers["Upload-Length"] == str(len(data))
    assert r.headers["Blob-Complete"] == "false"
    assert patch(client, digest, 0, data[:CHUNK]).status_code == 204
    # the same chunk again (its answer lost): same result
    r = patch(client, digest, 0, data[:CHUNK])
    assert r.status_code == 204 and r.headers["Upload-Offset"] == str(CHUNK)
    # a wrong offset: 409 with the right one, in the body and the header
    r = patch(client, digest, 5, data[5 : 5 + CHUNK])
    assert r.status_code == 409 and error_code(r) == "offset_mismatch"
    assert r.json()["error"]["offset"] == CHUNK and r.headers["Upload-Offset"] == str(CHUNK)
    r = patch(client, digest, 0, data[: CHUNK // 2])  # not a replay of the last chunk
    assert r.status_code == 409
    # a chunk over the limit, a chunk past the declared size
    r = patch(client, digest, CHUNK, data[CHUNK : 2 * CHUNK + 1])
    assert r.status_code == 413 and error_code(r) == "too_large"
    last = upload(client, digest, data, chunk=CHUNK, start=CHUNK)
    assert last.status_code == 204 and last.headers["Blob-Complete"] == "true"
    assert last.headers["Upload-Offset"] == str(len(data))
    # complete: a PATCH at full length is 204, the last chunk again too, others 409
    assert patch(client, digest, len(data), b"").status_code == 204
    tail = len(data) - (len(data) % CHUNK or CHUNK)
    assert patch(client, digest, tail, data[tail:]).status_code == 204
    r = patch(client, digest, 0, data[:CHUNK])
    assert r.status_code == 409 and r.json()["error"]["offset"] == len(data)
    r = client.head(f"/blobs/{digest}")
    assert r.headers["Blob-Complete"] == "true" and r.headers["Upload-Offset"] == str(len(data))


def test_patch_header_checks(server, enrolled):
    laptop, client = enrolled
    sub = laptop.submission()
    sub.put(client)
    digest = sub.manifest["audit_sha256"]
    url = f"/blobs/{digest}"
    octet = {"Content-Type": "application/offset+octet-stream"}
    for headers in [
        octet,
        {**octet, "Upload-Offset": "-1"},
        {**octet, "Upload-Offset": "1e3"},
        {"Upload-Offset": "0", "Content-Type": "application/json"},
    ]:
        r = client.patch(url, content=b"x", headers=headers)
        assert r.status_code == 400 and error_code(r) == "bad_request", headers
    r = patch(client, digest, 0, sub.blobs[digest] + b"extra")
    assert r.status_code == 400  # past the declared size
    assert client.head(url).headers["Upload-Offset"] == "0"
    assert client.head("/blobs/" + "f" * 64).status_code == 404
    r = patch(client, "f" * 64, 0, b"x")
    assert r.status_code == 404 and error_code(r) == "not_found"
    assert client.head("/blobs/xyz").status_code == 400


def test_tampered_blob_is_refused_and_discarded(server, enrolled):
    laptop, client = enrolled
    sub = laptop.submission()
    sub.put(client)
    digest = max(sub.blobs, key=lambda d: len(sub.blobs[d]))
    data = bytearray(sub.blobs[digest])
    data[len(data) // 2] ^= 0xFF
    r = upload(client, digest, bytes(data), chunk=CHUNK)
    assert r.status_code == 422 and error_code(r) == "hash_mismatch"
    assert r.json()["error"]["offset"] == 0
    head = client.head(f"/blobs/{digest}")
    assert head.headers["Upload-Offset"] == "0" and head.headers["Blob-Complete"] == "false"
    assert server.stored(digest) is None
    assert server.partial_uploads() == []
    # the genuine bytes then go through
    assert upload(client, digest, sub.blobs[digest], chunk=CHUNK).status_code == 204


def test_upload_interrupted_mid_chunk_and_resumed_on_a_new_connection(server, enrolled):
    laptop, client = enrolled
    sub = laptop.submission()
    sub.put(client)
    digest = max(sub.blobs, key=lambda d: len(sub.blobs[d]))
    data = sub.blobs[digest]
    assert patch(client, digest, 0, data[:CHUNK]).status_code == 204
    # a PATCH whose connection dies halfway through the body
    token = client.headers["Authorization"].split()[1]
    host, port = server.base_url.removeprefix("http://").split(":")
    head = (
        f"PATCH /api/v1/blobs/{digest} HTTP/1.1\r\nHost: {host}\r\n"
        f"Authorization: Bearer {token}\r\nUpload-Offset: {CHUNK}\r\n"
        f"Content-Type: application/offset+octet-stream\r\nContent-Length: {CHUNK}\r\n\r\n"
    ).encode()
    with socket.create_connection((host, int(port))) as raw:
        raw.sendall(head + data[CHUNK : CHUNK + CHUNK // 2])
    client.close()
    # later, another connection asks where to resume: the half chunk was not kept
    with server.client(token) as again:
        r = again.head(f"/blobs/{digest}")
        assert r.headers["Upload-Offset"] == str(CHUNK)
        r = again.put(f"/submissions/{sub.submission_id}", json=sub.manifest)
        offsets = {m["sha256"]: m["offset"] for m in r.json()["missing"]}
        assert offsets[digest] == CHUNK
        answer = send_all(again, sub, chunk=CHUNK)
    assert answer["receipt"]["submission_id"] == sub.submission_id


def test_same_content_from_two_observers_is_stored_once_and_not_leaked(server, make_laptop):
    for code in ("OBS-001", "OBS-002"):
        server.add_observer(code)
    a_laptop = make_laptop("OBS-001")
    b_laptop = make_laptop("OBS-002")
    with server.login("OBS-001") as a, server.login("OBS-002") as b:
        a_laptop.enroll(a)
        b_laptop.enroll(b)
        sub_a = a_laptop.submission()
        send_all(a, sub_a, chunk=CHUNK)
        # B lists A's evidence hash in a manifest: B still has to send the bytes. A photo
        # that only A has: both laptops carry one same generated photo, and which of A's
        # photos came first depended on two imports in one millisecond (a flaky test)
        sub_b = b_laptop.submission()
        own = {blob["sha256"] for blob in sub_b.manifest["blobs"]}
        shared = next(
            blob["sha256"]
            for blob in sub_a.manifest["blobs"]
            if blob["role"] == "evidence" and blob["sha256"] not in own
        )
        size = len(sub_a.blobs[shared])
        manifest = dict(
            sub_b.manifest,
            blobs=sub_b.manifest["blobs"] + [{"sha256": shared, "size": size, "role": "evidence"}],
        )
        r = b.put(f"/submissions/{uuid.uuid4()}", json=manifest)
        missing = {m["sha256"]: m["offset"] for m in r.json()["missing"]}
        assert missing[shared] == 0
        assert b.head(f"/blobs/{shared}").headers["Blob-Complete"] == "false"
        assert (
            upload(b, shared, sub_a.blobs[shared], chunk=CHUNK).headers["Blob-Complete"] == "true"
        )
    assert server.stored(shared) == sub_a.blobs[shared]
    if server.blob_store is None:
        assert len(list((server.data_dir / "blobs").rglob(shared))) == 1


# ------------------------------------------------------------------ commit checks


def test_commit_refuses_incomplete_and_unknown(server, enrolled):
    laptop, client = enrolled
    sub = laptop.submission()
    r = client.post(f"/submissions/{sub.submission_id}/commit")
    assert r.status_code == 404 and error_code(r) == "not_found"
    sub.put(client)
    audit = sub.manifest["audit_sha256"]
    upload(client, audit, sub.blobs[audit], chunk=CHUNK)
    r = client.post(f"/submissions/{sub.submission_id}/commit")
    assert r.status_code == 409 and error_code(r) == "incomplete"
    missing = {m["sha256"] for m in r.json()["error"]["missing"]}
    assert missing == set(sub.blobs) - {audit}
    assert client.get(f"/submissions/{sub.submission_id}").json()["state"] == "open"


def test_commit_before_enrollment_is_not_enrolled(server, make_laptop):
    server.add_observer("OBS-001")
    laptop = make_laptop("OBS-001")  # self-signed certificate only
    with server.login("OBS-001") as client:
        sub = laptop.submission()
        sub.put(client)
        for digest, data in sub.blobs.items():
            upload(client, digest, data, chunk=CHUNK)
        r = client.post(f"/submissions/{sub.submission_id}/commit")
        assert r.status_code == 409 and error_code(r) == "not_enrolled"
        # enrolled, but the report still carries the self-signed signature
        client.post("/enroll", json={"csr": laptop.csr()})
        r = client.post(f"/submissions/{sub.submission_id}/commit")
        assert r.status_code == 422 and error_code(r) == "signature_invalid"
        assert r.json()["error"]["reason"] == "untrusted_certificate"


def _submit_raw(client, sub, *, manifest=None, blobs=None):
    manifest = manifest or sub.manifest
    blobs = blobs or sub.blobs
    sid = str(uuid.uuid4())
    r = client.put(f"/submissions/{sid}", json=manifest)
    assert r.status_code == 201, r.text
    for m in r.json()["missing"]:
        assert upload(client, m["sha256"], blobs[m["sha256"]], chunk=CHUNK).status_code == 204
    return sid, client.post(f"/submissions/{sid}/commit")


def _with_report(sub, report: bytes):
    old = sub.manifest["report_sha256"]
    blobs = {k: v for k, v in sub.blobs.items() if k != old} | {sha(report): report}
    entries = [
        dict(b, sha256=sha(report), size=len(report)) if b["role"] == "report" else b
        for b in sub.manifest["blobs"]
    ]
    return dict(sub.manifest, report_sha256=sha(report), blobs=entries), blobs


def test_report_with_broken_signature_is_refused(server, enrolled):
    laptop, client = enrolled
    sub = laptop.submission()
    report = bytearray(sub.report)
    report[1500] ^= 0x01  # inside the signed byte range
    manifest, blobs = _with_report(sub, bytes(report))
    sid, r = _submit_raw(client, sub, manifest=manifest, blobs=blobs)
    assert r.status_code == 422 and error_code(r) == "signature_invalid", r.text
    assert r.json()["error"]["reason"] in ("signature_broken", "not_signed")
    assert client.get(f"/submissions/{sid}").json()["state"] == "open"
    assert client.get("/reviews").json()["reviews"] == []


def test_report_with_content_appended_after_signing_is_refused(server, enrolled):
    from pyhanko.pdf_utils import generic
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter

    laptop, client = enrolled
    sub = laptop.submission()
    writer = IncrementalPdfFileWriter(io.BytesIO(sub.report))
    page = writer.root["/Pages"]["/Kids"][0].get_object()
    page[generic.NameObject("/Contents")] = writer.add_object(
        generic.StreamObject(stream_data=b"BT /F1 24 Tf 100 700 Td (Sin hallazgos) Tj ET")
    )
    writer.update_container(page)
    out = io.BytesIO()
    writer.write(out)
    manifest, blobs = _with_report(sub, out.getvalue())
    _, r = _submit_raw(client, sub, manifest=manifest, blobs=blobs)
    assert r.status_code == 422 and error_code(r) == "signature_invalid"
    assert r.json()["error"]["reason"] == "modified_after_signing"


def test_report_time_stamped_before_it_was_signed_is_refused(server, enrolled, monkeypatch):
    """Only the server adds document time-stamps (the copy of record's OIC time). A
    report time-stamped over its unsigned bytes — by any TSA, the OIC's own too, at a
    time its sender chose — and signed afterwards would otherwise give the receipt an
    "OIC time" older than the signature. (One added after the signature is already
    refused as a change after signing.)"""
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.sign.signers import PdfSignatureMetadata, PdfSigner, PdfTimeStamper

    from observer_desktop.reports import signing
    from oic_server.tsa import in_process_timestamper

    laptop, client = enrolled
    stamper = in_process_timestamper(server.oic.tsa, requester="OBS-001")

    def stamped_then_certified(writer, signer, **kw):
        unsigned = io.BytesIO()
        writer.write(unsigned)
        out = io.BytesIO()
        PdfTimeStamper(stamper).timestamp_pdf(
            IncrementalPdfFileWriter(io.BytesIO(unsigned.getvalue())), "sha256", output=out
        )
        # a certification must be a document's first signature: an approval one, then
        meta = PdfSignatureMetadata(field_name="Firma", md_algorithm="sha256")
        done = PdfSigner(meta, signer).sign_pdf(IncrementalPdfFileWriter(out))
        return done.getvalue()

    monkeypatch.setattr(signing, "_certify", stamped_then_certified)
    sub = laptop.submission()
    r = sub.put(client)
    assert r.status_code == 201, r.text
    for m in r.json()["missing"]:
        assert upload(client, m["sha256"], sub.blobs[m["sha256"]], chunk=CHUNK).status_code == 204
    before = snapshot(server)
    r = client.post(f"/submissions/{sub.submission_id}/commit")
    assert r.status_code == 422 and error_code(r) == "signature_invalid", r.text
    assert r.json()["error"]["reason"] == "extra_signatures"
    assert "sello de tiempo" in r.json()["error"]["message"]
    assert snapshot(server) == before  # nothing committed, no copy of record made


def test_report_of_another_observer_is_refused(server, enrolled, make_laptop):
    _laptop, client = enrolled
    server.add_observer("OBS-002")
    other = make_laptop("OBS-002")
    with server.login("OBS-002") as b:
        other.enroll(b)
    sub_b = other.submission()  # names OBS-002, signed with OBS-002's OIC certificate
    _, r = _submit_raw(client, sub_b)
    assert r.status_code == 422 and error_code(r) == "manifest_mismatch"
    assert r.json()["error"]["reason"] == "observer"
    assert "OBS-002" in r.json()["error"]["message"]


def test_audit_of_the_sender_signed_with_another_observers_key_is_refused(
    server, enrolled, make_laptop
):
    _laptop, client = enrolled
    server.add_observer("OBS-002")
    borrowed = make_laptop("OBS-001")  # an audit naming OBS-001…
    with server.login("OBS-002") as b:
        borrowed.enroll(b)  # …signed with a certificate the OIC issued to OBS-002
    _, r = _submit_raw(client, borrowed.submission())
    assert r.status_code == 422 and error_code(r) == "signature_invalid"
    assert r.json()["error"]["reason"] == "untrusted_certificate"


def test_audit_naming_another_observer_is_refused_even_signed_by_the_sender(
    server, enrolled, make_laptop
):
    """The laptop of issue 14: demo audits of DEMO-001, signed and sent as OBS-001."""
    _laptop, client = enrolled
    demo = make_laptop("DEMO-001")  # audits naming DEMO-001…
    demo.enroll(client)  # …signed with the certificate the OIC issued to OBS-001
    sid, r = _submit_raw(client, demo.submission())
    assert r.status_code == 422 and error_code(r) == "manifest_mismatch"
    assert r.json()["error"]["reason"] == "observer"
    message = r.json()["error"]["message"]
    assert "DEMO-001" in message and "OBS-001" in message
    assert client.get(f"/submissions/{sid}").json()["state"] == "open"


def test_audit_json_must_match_the_manifest_and_the_report(server, enrolled):
    laptop, client = enrolled
    sub = laptop.submission()
    # a manifest that lists other evidence than the audit JSON
    extra = b"otra evidencia"
    manifest = dict(
        sub.manifest,
        blobs=sub.manifest["blobs"]
        + [{"sha256": sha(extra), "size": len(extra), "role": "evidence"}],
    )
    _, r = _submit_raw(client, sub, manifest=manifest, blobs=sub.blobs | {sha(extra): extra})
    assert r.status_code == 422 and error_code(r) == "manifest_mismatch"
    assert r.json()["error"]["reason"] == "evidence"
    # a manifest that claims another audit version
    _, r = _submit_raw(client, sub, manifest=dict(sub.manifest, audit_version=7))
    assert error_code(r) == "manifest_mismatch" and r.json()["error"]["reason"] == "audit_version"
    # an audit JSON that is not the one embedded in the report
    document = json.loads(sub.audit_json)
    document["audit"]["header"]["numero"] = "AD-8"
    from observer_desktop.core.canonical import canonical_json

    altered = canonical_json(document)
    manifest = dict(
        sub.manifest,
        audit_sha256=sha(altered),
        blobs=[
            dict(b, sha256=sha(altered), size=len(altered)) if b["role"] == "audit" else b
            for b in sub.manifest["blobs"]
        ],
    )
    _, r = _submit_raw(client, sub, manifest=manifest, blobs=sub.blobs | {sha(altered): altered})
    assert (
        error_code(r) == "manifest_mismatch"
        and r.json()["error"]["reason"] == "report_audit_differs"
    )
    # an audit JSON that is not canonical
    pretty = json.dumps(json.loads(sub.audit_json), indent=1).encode()
    manifest = dict(
        sub.manifest,
        audit_sha256=sha(pretty),
        blobs=[
            dict(b, sha256=sha(pretty), size=len(pretty)) if b["role"] == "audit" else b
            for b in sub.manifest["blobs"]
        ],
    )
    _, r = _submit_raw(client, sub, manifest=manifest, blobs=sub.blobs | {sha(pretty): pretty})
    assert (
        error_code(r) == "manifest_mismatch"
        and r.json()["error"]["reason"] == "audit_json_not_canonical"
    )
    assert client.get("/reviews").json()["reviews"] == []


# ------------------------------------------------------------------ isolation


def test_two_observers_cannot_see_or_touch_each_others_data(server, make_laptop):
    for code in ("OBS-001", "OBS-002"):
        server.add_observer(code)
    a_laptop = make_laptop("OBS-001")
    with server.login("OBS-001") as a, server.login("OBS-002") as b:
        a_laptop.enroll(a)
        sub = a_laptop.submission()
        sub.put(a)
        audit = sub.manifest["audit_sha256"]
        assert upload(a, audit, sub.blobs[audit], chunk=CHUNK).status_code == 204
        sid = sub.submission_id
        # B: not visible, not writable, not committable
        assert b.get("/submissions").json() == {"submissions": []}
        r = b.get(f"/submissions/{sid}")
        assert r.status_code == 404 and error_code(r) == "not_found"
        r = sub.put(b)
        assert r.status_code == 403 and error_code(r) == "forbidden"
        r = b.post(f"/submissions/{sid}/commit")  # as for an id that does not exist
        assert r.status_code == 404 and error_code(r) == "not_found"
        unknown = b.post(f"/submissions/{uuid.uuid4()}/commit")
        assert unknown.status_code == 404 and unknown.json() == r.json()
        for digest in sub.blobs:
            assert b.head(f"/blobs/{digest}").status_code == 404
            assert patch(b, digest, 0, b"x").status_code == 404
        send_all(a, sub, chunk=CHUNK)
        assert b.get("/reviews").json() == {"reviews": [], "cursor": 0}
        assert b.get(f"/submissions/{sid}").status_code == 404
        assert len(a.get("/submissions").json()["submissions"]) == 1
