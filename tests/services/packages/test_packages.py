"""Portable audit packages: export → import round trip, and hostile packages.

Every hostile package is built from a good export by rewriting the zip with
:mod:`zipfile`, imported into a data folder that already holds work of its own,
and must be refused with a clear message while changing nothing: same row
count in every table, same files in the evidence store, nothing left in
``evidence/tmp``.

Several cases here were found as bugs by this file's first version (timestamps
and observer rewritten on import, tampered finalized content, unlocking a
finalized audit, truncated chains, loosely typed values); they now pass.
"""

from __future__ import annotations

import hashlib
import json
import random
import stat
import time
import zipfile
from pathlib import Path

import pytest
from package_support import (
    PDF,
    PHOTO,
    Package,
    assert_refused,
    assert_tmp_clean,
    attach_evidence,
    build_audit,
    info,
    member_info,
    snapshot,
    strip_for_compare,
)

from observer_desktop.core.canonical import canonical_hash, canonical_json, sha256_hex
from observer_desktop.core.errors import AuditLockedError, InputError
from observer_desktop.services.packages import export_package, import_package

# ------------------------------------------------------------------ round trip


def test_round_trip_into_a_fresh_folder(mini_app, audit_id, good, fresh):
    original = mini_app.audit_document(audit_id)
    original_log = mini_app.custody_log(audit_id)
    original_row = mini_app.store.get_audit(audit_id)

    summary = import_package(fresh, good)

    assert summary == {
        "audit": audit_id,
        "status": "imported",
        "evidence_added": 2,
        "answers": len(original["answers"]),
        "findings": len(original["findings"]),
    }
    imported = fresh.audit_document(audit_id)
    # Differs legitimately: custody.count grows by one and custody.head moves to the
    # "audit.imported" entry appended by the import. Everything else is the same.
    assert strip_for_compare(imported) == strip_for_compare(original)
    assert imported["custody"]["count"] == original["custody"]["count"] + 1
    log = fresh.custody_log(audit_id)
    assert log[:-1] == original_log
    assert log[-1]["action"] == "audit.imported"
    assert log[-1]["prev_hash"] == original["custody"]["head"]
    assert log[-1]["details"]["package_audit_sha256"] == canonical_hash(original)
    assert imported["custody"]["head"] == log[-1]["hash"]
    assert fresh.verify_custody() == []

    # the pieces the audit is made of all made the trip
    assert {(a["question"], a["item"]) for a in imported["answers"]} >= {
        ("estatus", 0),
        ("estatus", 1),
        ("avance", 1),
        ("publicada", None),
    }
    assert imported["audit"]["repeat_counts"] == {"hitos": 2}
    assert {f["source"] for f in imported["findings"]} == {"rule", "manual"}
    links = {ev["original_name"]: ev["links"] for ev in imported["evidence"]}
    assert links["portal.jpg"] == [{"question": "publicada", "item": None, "finding": None}]
    assert links["acta.pdf"][0]["finding"] is not None

    # evidence files present, byte-identical and stored under their hash
    for ev in imported["evidence"]:
        path = fresh.evidence.path_for(ev["sha256"])
        data = path.read_bytes()
        assert hashlib.sha256(data).hexdigest() == ev["sha256"] and len(data) == ev["size"]
    assert {fresh.evidence.path_for(e["sha256"]).read_bytes() for e in imported["evidence"]} == {
        PHOTO,
        PDF,
    }
    assert_tmp_clean(fresh)

    # still finalized, with the same content hash, and locked
    row = fresh.store.get_audit(audit_id)
    assert row["status"] == "finalized"
    assert row["finalized_sha256"] == original_row["finalized_sha256"] is not None
    assert row["finalized_at"] == original_row["finalized_at"]
    with pytest.raises(AuditLockedError):
        fresh.set_answer(audit_id, "ofertas", 9)
    with pytest.raises(AuditLockedError):
        fresh.add_finding(audit_id, title="otro", severity="baja")

    # a second import of the same package is a no-op
    before = snapshot(fresh)
    again = import_package(fresh, good)
    assert again == {"audit": audit_id, "status": "already-present", "evidence_added": 0}
    assert snapshot(fresh) == before
    assert fresh.audit_document(audit_id) == imported
    assert_tmp_clean(fresh)


def test_round_trip_of_a_draft_stays_editable(mini_app, fresh, tmp_path):
    audit_id = build_audit(mini_app, finalize=False)
    package = export_package(mini_app, audit_id, tmp_path / "borrador.zip")
    import_package(fresh, package)
    assert fresh.store.get_audit(audit_id)["status"] == "draft"
    assert fresh.store.get_audit(audit_id)["finalized_sha256"] is None
    fresh.set_answer(audit_id, "ofertas", 5)
    assert fresh.verify_custody() == []


def test_export_is_well_formed(good, audit_id):
    with zipfile.ZipFile(good) as zf:
        names = zf.namelist()
        manifest = json.loads(zf.read("manifest.json"))
        assert zf.testzip() is None
        for entry in manifest["files"]:
            data = zf.read(entry["name"])
            assert (sha256_hex(data), len(data)) == (entry["sha256"], entry["size"])
    assert names[:4] == ["manifest.json", "audit.json", "custody.json", "checklist.yaml"]
    assert sorted(names[4:]) == sorted(
        f"evidence/{hashlib.sha256(b).hexdigest()}" for b in (PHOTO, PDF)
    )
    assert manifest["format"] == "observador.package/1" and manifest["audit_id"] == audit_id
    assert not list(good.parent.glob(".*.tmp"))


def test_import_keeps_answer_timestamps(mini_app, audit_id, good, fresh):
    original = mini_app.audit_document(audit_id)
    time.sleep(0.01)  # timestamps have millisecond resolution
    import_package(fresh, good)
    imported = fresh.audit_document(audit_id)
    # the content hash recorded at finalization, recomputed from the document as it was then
    final = [e for e in fresh.custody_log(audit_id) if e["action"] == "audit.finalized"][-1]
    at_finalize = {**imported, "custody": {"count": final["n"] - 1, "head": final["prev_hash"]}}
    source_at_finalize = {**original, "custody": at_finalize["custody"]}
    assert canonical_hash(source_at_finalize) == final["details"]["content_sha256"]
    assert [a["updated_at"] for a in imported["answers"]] == [
        a["updated_at"] for a in original["answers"]
    ]
    assert canonical_hash(at_finalize) == final["details"]["content_sha256"]


def test_import_keeps_the_original_observer(mini_app, audit_id, good, target):
    original = mini_app.audit_document(audit_id)["audit"]["observer"]
    import_package(target, good)
    assert target.audit_document(audit_id)["audit"]["observer"] == original


def test_export_of_an_unknown_audit_writes_nothing(mini_app, audit_id, tmp_path):
    with pytest.raises(InputError):
        export_package(mini_app, "ffff0000", tmp_path / "x.zip")
    assert not (tmp_path / "x.zip").exists()


# ------------------------------------------------------------------ not a package


def test_export_reports_progress_in_bytes(mini_app, audit_id, tmp_path):
    seen: list[tuple[int, int]] = []
    export_package(
        mini_app, audit_id, tmp_path / "p.zip", progress=lambda d, t: seen.append((d, t))
    )
    total = len(PHOTO) + len(PDF)
    assert seen[0] == (0, total) and seen[-1] == (total, total)
    assert [d for d, _ in seen] == sorted(d for d, _ in seen) and len(seen) == 3


def test_an_export_stopped_by_its_progress_callback_leaves_no_file(mini_app, audit_id, tmp_path):
    class Stop(Exception):
        pass

    def stop_after_first_file(done: int, total: int) -> None:
        if done:
            raise Stop

    with pytest.raises(Stop):
        export_package(mini_app, audit_id, tmp_path / "p.zip", progress=stop_after_first_file)
    assert not (tmp_path / "p.zip").exists() and not list(tmp_path.glob(".*.tmp"))


def test_missing_file_is_an_input_error_naming_it(target, tmp_path):
    missing = tmp_path / "no-existe" / "paquete.zip"
    message = assert_refused(target, missing, str(missing), error=InputError)
    assert message.startswith("No existe el archivo")


@pytest.mark.parametrize(
    "content",
    [
        pytest.param(random.Random(7).randbytes(4096), id="random-bytes"),
        pytest.param(b"", id="empty-file"),
        pytest.param(b"PK\x03\x04" + bytes(60), id="zip-magic-only"),
    ],
)
def test_not_a_zip(target, tmp_path, content):
    path = tmp_path / "basura.zip"
    path.write_bytes(content)
    assert_refused(target, path, "no es un paquete de Observador")


def test_truncated_zip(target, good, tmp_path):
    data = good.read_bytes()
    path = tmp_path / "cortado.zip"
    path.write_bytes(data[: len(data) // 2])
    assert_refused(target, path, "no es un paquete de Observador")


def test_corrupted_compressed_data(target, pkg, tmp_path):
    path = pkg.write(tmp_path / "danado.zip")
    with zipfile.ZipFile(path) as zf:
        zi = zf.getinfo("custody.json")
        start = zi.header_offset + 30 + len(zi.filename) + len(zi.extra)
    data = bytearray(path.read_bytes())
    for i in range(start + 10, start + 40):
        data[i] ^= 0xA5
    path.write_bytes(bytes(data))
    assert_refused(target, path, "dañado")


def test_a_directory_is_not_a_package(target, tmp_path):
    assert_refused(target, tmp_path, "no es un paquete de Observador")


# ------------------------------------------------------------------ member names and flags


@pytest.mark.parametrize(
    "name",
    [
        pytest.param("../evidence/x", id="dot-dot"),
        pytest.param("evidence/../../../../tmp/evil", id="dot-dot-inside-evidence"),
        pytest.param("/etc/x", id="absolute"),
        pytest.param("evidence\\{sha}", id="backslash"),
        pytest.param("..\\..\\evil.exe", id="backslash-dot-dot"),
        pytest.param("evidence/{sha}/", id="directory-entry"),
        pytest.param("evidence/{SHA}", id="uppercase-hash"),
    ],
)
def test_hostile_member_name(target, pkg, tmp_path, name):
    victim = pkg.evidence[0]
    sha = victim.removeprefix("evidence/")
    name = name.format(sha=sha, SHA=sha.upper())
    pkg.rename(victim, name)  # the manifest follows, so only the name itself is wrong
    message = assert_refused(target, pkg.write(tmp_path / "nombres.zip"), repr(name))
    assert "miembro inesperado" in message


def test_symlink_member(target, pkg, tmp_path):
    victim = pkg.evidence[0]

    def as_symlink(zf: zipfile.ZipFile) -> None:
        member_info(zf, victim).external_attr = (stat.S_IFLNK | 0o777) << 16

    path = pkg.write(tmp_path / "enlace.zip", tweak=as_symlink)
    message = assert_refused(target, path, "enlace simbólico")
    assert repr(victim) in message


def test_unexpected_extra_member(target, pkg, tmp_path):
    path = pkg.write(tmp_path / "extra.zip", extra=[(info("notas.txt"), b"hola")])
    message = assert_refused(target, path, "miembro inesperado 'notas.txt'")
    assert "evidence/<sha256>" in message


def test_duplicate_member_names(target, pkg, tmp_path):
    doc = pkg.json("audit.json")
    doc["answers"][0]["note"] = "otra versión"
    path = pkg.write(tmp_path / "doble.zip", extra=[(info("audit.json"), canonical_json(doc))])
    with zipfile.ZipFile(path) as zf:
        assert zf.namelist().count("audit.json") == 2
    assert_refused(target, path, "'audit.json' aparece dos veces")


@pytest.mark.parametrize("missing", ["manifest.json", "custody.json", "checklist.yaml"])
def test_missing_member(target, pkg, tmp_path, missing):
    pkg.drop(missing)
    pkg.manifest["files"] = [f for f in pkg.manifest["files"] if f["name"] != missing]
    assert_refused(target, pkg.write(tmp_path / "falta.zip"), f"falta {missing}")


def test_missing_evidence_member(target, pkg, tmp_path):
    pkg.drop(pkg.evidence[0])
    assert_refused(target, pkg.write(tmp_path / "sin-evidencia.zip"), "no coinciden")


def test_encrypted_member_flag(target, pkg, tmp_path):
    def encrypt_flag(zf: zipfile.ZipFile) -> None:
        member_info(zf, "audit.json").flag_bits |= 0x1

    path = pkg.write(tmp_path / "cifrado.zip", tweak=encrypt_flag)
    assert_refused(target, path, "'audit.json' está cifrado")


# ------------------------------------------------------------------ hashes and sizes


def test_tampered_audit_json_with_stale_manifest(target, pkg, tmp_path):
    doc = pkg.json("audit.json")
    answer = next(a for a in doc["answers"] if a["question"] == "ofertas")
    answer["value"] = 7
    pkg.put_json("audit.json", doc, rehash=False)
    path = pkg.write(tmp_path / "alterado.zip")
    assert_refused(target, path, "audit.json no coincide con su huella en el manifiesto")


def test_tampered_audit_json_with_recomputed_manifest(target, pkg, tmp_path):
    doc = pkg.json("audit.json")
    answer = next(a for a in doc["answers"] if a["question"] == "ofertas")
    answer["value"] = 7
    pkg.put_json("audit.json", doc)
    assert_refused(target, pkg.write(tmp_path / "alterado2.zip"), None)


def test_finalized_audit_relabelled_draft(target, pkg, tmp_path, audit_id):
    doc = pkg.json("audit.json")
    doc["audit"]["status"] = "draft"
    pkg.put_json("audit.json", doc)
    assert_refused(target, pkg.write(tmp_path / "desbloqueado.zip"), None)


def test_evidence_bytes_do_not_match_their_hash(target, pkg, tmp_path):
    first, last = pkg.evidence[0], pkg.evidence[-1]
    data = pkg.members[last]
    forged = bytes([data[0] ^ 0xFF]) + data[1:]  # same size, other content
    pkg.put(last, forged, rehash=False)  # the manifest entry must keep the name's hash
    message = assert_refused(target, pkg.write(tmp_path / "evidencia.zip"), "no coincide")
    assert last.removeprefix("evidence/")[:12] in message
    # the first file was written before the second failed, and removed again
    assert not target.evidence.has(first.removeprefix("evidence/"))


def test_failed_import_keeps_evidence_the_folder_already_had(target, pkg, tmp_path):
    first, last = pkg.evidence[0], pkg.evidence[-1]
    own = target.store.list_audits()[0]["id"]
    attach_evidence(target, own, pkg.members[first], name="compartido", mime="image/jpeg")
    pkg.put(last, b"\x00" + pkg.members[last][1:], rehash=False)
    assert_refused(target, pkg.write(tmp_path / "evidencia2.zip"), "no coincide")
    assert target.evidence.has(first.removeprefix("evidence/"))


def test_evidence_declared_under_another_hash(target, pkg, tmp_path):
    """A manifest entry whose sha256 differs from the member's name."""
    entry = next(f for f in pkg.manifest["files"] if f["name"] == pkg.evidence[0])
    entry["sha256"] = "0" * 64
    assert_refused(target, pkg.write(tmp_path / "nombre.zip"), "no coincide con el manifiesto")


BOMB_BYTES = 200 * 1024 * 1024


def write_bomb(pkg: Package, path: Path, *, lie_in_directory: bool) -> tuple[Path, str]:
    """Replace the last evidence member with 200 MB of zeros (≈200 KB deflated)."""
    victim = pkg.evidence[-1]
    declared = len(pkg.members[victim])
    pkg.drop(victim)  # the manifest still declares it, with its small size
    pkg.write(path)
    chunk = bytes(1024 * 1024)
    with zipfile.ZipFile(path, "a") as zf:
        zinfo = info(victim)
        with zf.open(zinfo, "w") as out:
            for _ in range(BOMB_BYTES // len(chunk)):
                out.write(chunk)
        if lie_in_directory:
            zinfo.file_size = declared  # the central directory now agrees with the manifest
    assert path.stat().st_size < 2 * 1024 * 1024
    return path, victim


@pytest.mark.parametrize("lie", [False, True], ids=["honest-header", "lying-header"])
def test_zip_bomb_evidence_is_stopped_early(target, pkg, tmp_path, lie, monkeypatch):
    path, victim = write_bomb(pkg, tmp_path / "bomba.zip", lie_in_directory=lie)
    declared = next(f["size"] for f in pkg.manifest["files"] if f["name"] == victim)
    with zipfile.ZipFile(path) as zf:
        assert zf.getinfo(victim).file_size == (declared if lie else BOMB_BYTES)
    inflated = [0]  # bytes the import pulled out of the zip, counted (not timed)
    real_read = zipfile.ZipExtFile.read

    def counting_read(self, n=-1):
        data = real_read(self, n)
        inflated[0] += len(data)
        return data

    monkeypatch.setattr(zipfile.ZipExtFile, "read", counting_read)
    message = assert_refused(target, path, None)
    assert 0 < inflated[0] < 16 * 1024 * 1024, f"{inflated[0]} bytes inflated: not stopped early"
    if lie:  # read stops at the declared size; the CRC (or the hash) then gives it away
        assert "dañado" in message or "no coincide" in message
    else:
        assert "tamaño engañoso" in message


def test_oversized_json_member_is_refused_before_reading(target, pkg, tmp_path, monkeypatch):
    from observer_desktop.services.packages import container

    monkeypatch.setattr(container, "MAX_JSON_BYTES", 1000)
    message = assert_refused(target, pkg.write(tmp_path / "grande.zip"), "demasiado grande")
    assert "'audit.json'" in message
