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
import io
import json
import random
import stat
import subprocess
import sys
import time
import uuid
import warnings
import zipfile
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import pytest
from helpers import MINI_FORM, fill_mini

from observer_desktop.core.canonical import ZERO_HASH, canonical_hash, canonical_json, sha256_hex
from observer_desktop.core.custody import entry_hash
from observer_desktop.core.errors import AuditLockedError, ConflictError, InputError
from observer_desktop.services.app import Observador
from observer_desktop.services.packages import PackageError, export_package, import_package
from observer_desktop.storage.repositories import now_iso

ROOT = Path(__file__).resolve().parents[2]
FIXED_TIME = (2026, 1, 1, 0, 0, 0)
PHOTO = b"\xff\xd8\xff\xe0 fotografia del sitio " * 64
PDF = b"%PDF-1.4 acta de apertura " * 40


# ------------------------------------------------------------------ helpers


def attach_evidence(
    app: Observador,
    audit_id: str,
    data: bytes,
    *,
    name: str,
    mime: str,
    caption: str = "",
    question_id: str | None = None,
    item: int | None = None,
    finding_id: str | None = None,
) -> tuple[str, str]:
    """Store ``data`` and attach it to the audit (there is no service method yet)."""
    sha, size, _ = app.evidence.put_stream(io.BytesIO(data), max_bytes=10**8)
    ev_id = str(uuid.uuid4())
    with app.database.transaction():
        app.store.insert_evidence(
            {
                "id": ev_id,
                "audit_id": audit_id,
                "sha256": sha,
                "size": size,
                "mime": mime,
                "original_name": name,
                "caption": caption,
                "imported_at": now_iso(),
            }
        )
        if question_id is not None or finding_id is not None:
            app.store.insert_evidence_link(
                ev_id, question_id=question_id, item=item, finding_id=finding_id
            )
    return ev_id, sha


def build_audit(app: Observador, *, finalize: bool = True) -> str:
    """A mini-form audit using every part of a package; return its id."""
    audit_id = app.create_audit(
        "mini", header={"numero": "LP-2026-001", "tipo": "ad", "fecha_fin": "2020-01-31"}
    )["id"]
    fill_mini(app, audit_id)
    app.set_answer(audit_id, "ofertas", 1)  # rule finding rf_una_oferta
    app.set_answer(audit_id, "criterios", ["puntos", "precio"])
    app.add_group_item(audit_id, "hitos")  # a second item of the repeatable section
    app.set_answer(audit_id, "estatus", "no_iniciado", item=1)  # rf_hito_vencido on item 1
    app.set_answer(audit_id, "avance", 40, item=1)
    app.set_note(audit_id, "publicada", "Vista en el portal estatal — sin anexos.")
    manual = app.add_finding(
        audit_id,
        title="Acta sin firma del titular",
        severity="media",
        description="El acta de apertura no tiene firma.",
        question_id="ofertas",
    )
    attach_evidence(
        app,
        audit_id,
        PHOTO,
        name="portal.jpg",
        mime="image/jpeg",
        caption="Captura del portal",
        question_id="publicada",
    )
    attach_evidence(
        app, audit_id, PDF, name="acta.pdf", mime="application/pdf", finding_id=manual["id"]
    )
    if finalize:
        app.finalize(audit_id)
    return audit_id


def snapshot(app: Observador) -> dict[str, Any]:
    """Row count of every table, and every file of the evidence store except tmp/."""
    tables = [
        r["name"]
        for r in app.database.query(
            "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"
        )
    ]
    counts = {t: app.database.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0] for t in tables}
    root = app.evidence.root
    files = (
        sorted(
            p.relative_to(root).as_posix()
            for p in root.rglob("*")
            if p.is_file() and p.relative_to(root).parts[0] != "tmp"
        )
        if root.exists()
        else []
    )
    return {"tables": counts, "files": files}


def assert_tmp_clean(app: Observador) -> None:
    tmp = app.evidence.root / "tmp"
    assert not tmp.exists() or list(tmp.iterdir()) == []


def assert_refused(
    app: Observador,
    package: Path,
    fragment: str | None,
    *,
    error: type[Exception] = PackageError,
) -> str:
    """Import must fail with ``error`` whose message holds ``fragment``, changing nothing."""
    before = snapshot(app)
    with pytest.raises(Exception) as caught:  # the type is checked below
        import_package(app, package)
    assert snapshot(app) == before
    assert_tmp_clean(app)
    assert isinstance(caught.value, error), f"{type(caught.value).__name__}: {caught.value}"
    message = str(caught.value)
    if fragment is not None:
        assert fragment in message
    if error is PackageError:
        assert str(package) in message and "No se modificó nada" in message
    return message


def strip_for_compare(document: dict) -> dict:
    """The document minus what an import changes.

    Only ``custody`` (count + 1 and a new head, for the "audit.imported" entry).
    """
    doc = json.loads(canonical_json(document))
    doc.pop("custody")
    return doc


class Package:
    """A package opened for surgery; members keep their order, the manifest is kept in step."""

    def __init__(self, path: Path):
        with zipfile.ZipFile(path) as zf:
            self.members: dict[str, bytes] = {i.filename: zf.read(i) for i in zf.infolist()}
        self.manifest = json.loads(self.members["manifest.json"])

    @property
    def evidence(self) -> list[str]:
        return sorted(n for n in self.members if n.startswith("evidence/"))

    def json(self, name: str) -> Any:
        return json.loads(self.members[name])

    def put(self, name: str, data: bytes, *, rehash: bool = True) -> None:
        self.members[name] = data
        if rehash:
            for entry in self.manifest["files"]:
                if entry["name"] == name:
                    entry["sha256"], entry["size"] = sha256_hex(data), len(data)

    def put_json(self, name: str, value: Any, *, rehash: bool = True) -> None:
        self.put(name, canonical_json(value), rehash=rehash)

    def rename(self, old: str, new: str) -> None:
        self.members = {(new if k == old else k): v for k, v in self.members.items()}
        for entry in self.manifest["files"]:
            if entry["name"] == old:
                entry["name"] = new

    def drop(self, name: str) -> None:
        del self.members[name]

    def write(
        self,
        path: Path,
        *,
        extra: Sequence[tuple[zipfile.ZipInfo, bytes]] = (),
        tweak: Callable[[zipfile.ZipFile], None] | None = None,
        raw_manifest: bytes | None = None,
    ) -> Path:
        if "manifest.json" in self.members:
            self.members["manifest.json"] = raw_manifest or canonical_json(self.manifest)
        entries = [(info(name), data) for name, data in self.members.items()]
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # duplicate names are written on purpose
            with zipfile.ZipFile(path, "w") as zf:
                for zinfo, data in [*entries, *extra]:
                    zf.writestr(zinfo, data)
                if tweak is not None:
                    tweak(zf)  # central-directory fields, written on close
        return path


def info(name: str, *, compress: int = zipfile.ZIP_DEFLATED) -> zipfile.ZipInfo:
    zinfo = zipfile.ZipInfo(name, date_time=FIXED_TIME)
    zinfo.compress_type = compress
    zinfo.external_attr = 0o644 << 16
    return zinfo


def member_info(zf: zipfile.ZipFile, name: str) -> zipfile.ZipInfo:
    return next(i for i in zf.filelist if i.filename == name)


def rechain(audit_id: str, entries: list[dict]) -> list[dict]:
    """Recompute every link of a custody chain, as a forger with the code would."""
    out, prev = [], ZERO_HASH
    for n, e in enumerate(entries, start=1):
        e = {**e, "n": n, "prev_hash": prev}
        e["hash"] = prev = entry_hash(
            audit_id=audit_id,
            n=n,
            at=e["at"],
            actor=e["actor"],
            action=e["action"],
            details=e["details"],
            prev_hash=prev,
        )
        out.append(e)
    return out


def put_chain(pkg: Package, audit_id: str, entries: list[dict]) -> None:
    """Replace custody.json with a re-hashed chain and point audit.json at its head."""
    chain = rechain(audit_id, entries)
    pkg.put_json("custody.json", chain)
    doc = pkg.json("audit.json")
    doc["custody"] = {"count": len(chain), "head": chain[-1]["hash"]}
    pkg.put_json("audit.json", doc)


def new_app(data_dir: Path, form_dir: Path, *, name: str, code: str) -> Observador:
    app = Observador(data_dir, form_dirs=[form_dir])
    app.save_profile(name=name, observer_code=code)
    return app


# ------------------------------------------------------------------ fixtures


@pytest.fixture
def audit_id(mini_app: Observador) -> str:
    return build_audit(mini_app)


@pytest.fixture
def good(mini_app: Observador, audit_id: str, tmp_path: Path) -> Path:
    return export_package(mini_app, audit_id, tmp_path / "auditoria.observador.zip")


@pytest.fixture
def fresh(tmp_path: Path, mini_form_dir: Path):
    """An empty second data folder, same forms, same observer (a new laptop)."""
    app = new_app(tmp_path / "fresh", mini_form_dir, name="Ana López", code="OBS-014")
    yield app
    app.close()


@pytest.fixture
def target(tmp_path: Path, mini_form_dir: Path):
    """A second data folder that already holds an audit and an evidence file of its own."""
    app = new_app(tmp_path / "target", mini_form_dir, name="Bea Ruiz", code="OBS-077")
    own = app.create_audit("mini", header={"numero": "AD-9", "tipo": "lp"})
    app.set_answer(own["id"], "ofertas", 2)
    attach_evidence(
        app,
        own["id"],
        b"archivo propio",
        name="propio.txt",
        mime="text/plain",
        question_id="foto_sitio",
    )
    yield app
    app.close()


@pytest.fixture
def pkg(good: Path) -> Package:
    return Package(good)


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
    import observer_desktop.services.packages as packages

    monkeypatch.setattr(packages, "MAX_JSON_BYTES", 1000)
    message = assert_refused(target, pkg.write(tmp_path / "grande.zip"), "demasiado grande")
    assert "'audit.json'" in message


# ------------------------------------------------------------------ JSON


def replace_in(pkg: Package, name: str, old: bytes, new: bytes) -> None:
    data = pkg.members[name]
    assert data.count(old) >= 1, old
    pkg.put(name, data.replace(old, new, 1))


def test_malformed_audit_json(target, pkg, tmp_path):
    pkg.put("audit.json", pkg.members["audit.json"][:-7])
    assert_refused(target, pkg.write(tmp_path / "json.zip"), "audit.json no es JSON válido")


def test_audit_json_not_utf8(target, pkg, tmp_path):
    pkg.put("audit.json", '{"format": "é"}'.encode("latin-1"))
    assert_refused(target, pkg.write(tmp_path / "latin1.zip"), "audit.json no es JSON válido")


@pytest.mark.parametrize("token", ["NaN", "Infinity", "-Infinity"])
def test_json_with_nan(target, pkg, tmp_path, token):
    replace_in(pkg, "audit.json", b'"value":1', b'"value":' + token.encode())
    message = assert_refused(target, pkg.write(tmp_path / "nan.zip"), "no es JSON válido")
    assert token in message


def test_json_with_duplicate_keys(target, pkg, tmp_path):
    replace_in(pkg, "audit.json", b'{"answers":', b'{"answers":[],"answers":')
    assert_refused(target, pkg.write(tmp_path / "claves.zip"), "clave repetida 'answers'")


def test_manifest_with_duplicate_keys(target, pkg, tmp_path):
    raw = canonical_json(pkg.manifest).replace(b'{"audit_id":', b'{"audit_id":"x","audit_id":', 1)
    path = pkg.write(tmp_path / "manifest.zip", raw_manifest=raw)
    assert_refused(target, path, "manifest.json no es JSON válido (clave repetida 'audit_id'")


def test_deeply_nested_json(target, pkg, tmp_path):
    pkg.put("custody.json", b"[" * 100_000 + b"]" * 100_000)
    assert_refused(target, pkg.write(tmp_path / "anidado.zip"), "no es JSON válido")


# ------------------------------------------------------------------ content vs. checklist


def edit_doc(pkg: Package, change: Callable[[dict], None]) -> None:
    doc = pkg.json("audit.json")
    change(doc)
    pkg.put_json("audit.json", doc)


def answer(doc: dict, question: str, item: int | None = None) -> dict:
    return next(a for a in doc["answers"] if a["question"] == question and a["item"] == item)


CONTENT_CASES = {
    "unknown-question": (
        lambda d: d["answers"].append(
            {
                "question": "no_existe",
                "item": None,
                "value": "si",
                "note": None,
                "updated_at": "2026-01-01T00:00:00.000Z",
            }
        ),
        "respuesta a una pregunta inexistente 'no_existe'",
    ),
    "text-for-number": (
        lambda d: answer(d, "ofertas").update(value="muchas"),
        "'ofertas' espera un número",
    ),
    "number-out-of-range": (
        lambda d: answer(d, "avance", 1).update(value=140),
        "'avance' acepta valores hasta 100",
    ),
    "unknown-option": (
        lambda d: answer(d, "publicada").update(value="quizas"),
        "'publicada' acepta",
    ),
    "item-out-of-range": (
        lambda d: answer(d, "estatus", 1).update(item=7),
        "elemento fuera de rango en la respuesta a 'estatus'",
    ),
    "item-on-plain-question": (
        lambda d: answer(d, "ofertas").update(item=0),
        "'ofertas' no debe tener elemento",
    ),
    "repeat-count-over-max": (
        lambda d: d["audit"]["repeat_counts"].update(hitos=99),
        "número de elementos no válido en 'hitos'",
    ),
    "unknown-header-field": (
        lambda d: d["audit"]["header"].update(campo_raro="x"),
        "encabezado no válido",
    ),
    "duplicate-answer": (
        lambda d: d["answers"].append(dict(answer(d, "ofertas"))),
        "respuesta repetida a 'ofertas'",
    ),
    "finding-bad-severity": (
        lambda d: d["findings"][0].update(severity="gravísima"),
        "no válido",
    ),
    "link-to-unknown-question": (
        lambda d: d["evidence"][0]["links"].append(
            {"question": "no_existe", "item": None, "finding": None}
        ),
        "evidencia enlazada a una pregunta inexistente 'no_existe'",
    ),
    "audit-id-not-uuid": (
        lambda d: d["audit"].update(id="../../etc"),
        "el id de la auditoría no es un UUID válido",
    ),
    "unknown-status": (
        lambda d: d["audit"].update(status="aprobadísima"),
        "estado desconocido",
    ),
    "other-audit-format": (
        lambda d: d.update(format="observador.audit/99"),
        "audit.json no declara el formato",
    ),
    "evidence-size-lies": (
        lambda d: d["evidence"][0].update(size=d["evidence"][0]["size"] + 1),
        "no coincide con el manifiesto",
    ),
}


@pytest.mark.parametrize("case", list(CONTENT_CASES))
def test_content_not_valid_for_the_checklist(target, pkg, tmp_path, case):
    change, fragment = CONTENT_CASES[case]
    edit_doc(pkg, change)
    assert_refused(target, pkg.write(tmp_path / f"{case}.zip"), fragment)


def test_checklist_differs_from_the_form_the_audit_names(target, pkg, tmp_path):
    text = pkg.members["checklist.yaml"].decode("utf-8")
    pkg.put("checklist.yaml", text.replace("severity: alta", "severity: baja", 1).encode("utf-8"))
    assert_refused(
        target,
        pkg.write(tmp_path / "formulario.zip"),
        "el formulario incluido no es el que usa la auditoría",
    )


def test_checklist_not_valid(target, pkg, tmp_path):
    pkg.put("checklist.yaml", b"id: [roto\n")
    assert_refused(target, pkg.write(tmp_path / "yaml.zip"), "el formulario incluido no es válido")


def test_local_form_with_same_version_but_other_content(pkg, tmp_path, good):
    forms = tmp_path / "otros-formularios"
    forms.mkdir()
    (forms / "mini.yaml").write_text(
        MINI_FORM.replace("Formulario mínimo", "Formulario mínimo (editado)"), encoding="utf-8"
    )
    with new_app(tmp_path / "otra", forms, name="Ceci", code="OBS-100") as other:
        other.create_audit("mini", header={"numero": "X-1"})  # pins the edited mini v1
        assert_refused(other, good, "difiere del del paquete", error=ConflictError)


# ------------------------------------------------------------------ custody


def test_custody_entry_edited(target, pkg, tmp_path):
    custody = pkg.json("custody.json")
    entry = next(e for e in custody if e["action"] == "answer.set")
    entry["details"]["value"] = "no"
    pkg.put_json("custody.json", custody)
    message = assert_refused(
        target,
        pkg.write(tmp_path / "custodia.zip"),
        f"registro de custodia está roto en la entrada {entry['n']}",
    )
    assert "modificado" in message


def test_custody_last_entry_removed(target, pkg, tmp_path):
    custody = pkg.json("custody.json")
    pkg.put_json("custody.json", custody[:-1])
    n = len(custody)
    assert_refused(
        target,
        pkg.write(tmp_path / "corto.zip"),
        f"registra {n} entradas y el registro tiene {n - 1}",
    )


def test_custody_entries_reordered(target, pkg, tmp_path):
    custody = pkg.json("custody.json")
    custody[1], custody[2] = custody[2], custody[1]
    pkg.put_json("custody.json", custody)
    assert_refused(target, pkg.write(tmp_path / "orden.zip"), "registro de custodia está roto")


def test_custody_of_another_audit(target, pkg, tmp_path, mini_app):
    other = mini_app.create_audit("mini", header={"numero": "Z"})
    pkg.put_json("custody.json", mini_app.custody_log(other["id"]))
    assert_refused(target, pkg.write(tmp_path / "ajena.zip"), "registro de custodia está roto")


def test_custody_truncated_and_head_removed(target, pkg, tmp_path):
    pkg.put_json("custody.json", pkg.json("custody.json")[:-1])  # drops 'audit.finalized'
    edit_doc(pkg, lambda d: d.update(custody={}))
    assert_refused(target, pkg.write(tmp_path / "sin-cabeza.zip"), "registro de custodia")


def test_custody_entry_with_wrong_types_is_refused(target, pkg, tmp_path, audit_id):
    custody = pkg.json("custody.json")
    custody[1]["actor"] = 14
    put_chain(pkg, audit_id, custody)
    assert_refused(target, pkg.write(tmp_path / "tipos.zip"), "custodia")


def test_audit_id_with_trailing_newline(target, pkg, tmp_path, audit_id):
    bad_id = audit_id + "\n"
    edit_doc(pkg, lambda d: d["audit"].update(id=bad_id))
    put_chain(pkg, bad_id, pkg.json("custody.json"))
    pkg.manifest["audit_id"] = bad_id
    assert_refused(target, pkg.write(tmp_path / "salto.zip"), "UUID")


# ------------------------------------------------------------------ values that reach SQLite

UNCAUGHT_REASON = (
    "packages.py _import()/_write(): {what} is not validated before the write transaction, "
    "so the import raises {err} instead of PackageError (the CLI then says 'error interno', "
    "exit 3). The rollback works, nothing changes, but the user gets no clear message."
)


def _dup_rule_finding(d: dict) -> None:
    rule = next(f for f in d["findings"] if f["source"] == "rule")
    d["findings"].append({**rule, "id": str(uuid.UUID(int=1))})


def _infinite_metadata(d: dict) -> None:
    d["evidence"][0]["metadata"] = {"x": "__INF__"}  # becomes 1e999 in the JSON text


UNCAUGHT = {
    "duplicate-rule-finding": (
        _dup_rule_finding,
        "the (rule_id, item) uniqueness of rule findings",
        "sqlite3.IntegrityError (UNIQUE index findings_rule)",
    ),
    "link-item-object": (
        lambda d: d["evidence"][0]["links"][0].update(item={"x": 1}),
        "an evidence link's 'item'",
        "sqlite3.ProgrammingError (Error binding parameter)",
    ),
    "evidence-metadata-infinite": (
        _infinite_metadata,
        "evidence 'metadata' (1e999 parses to inf)",
        "ValueError from canonical_json in Store.insert_evidence",
    ),
}


@pytest.mark.parametrize(
    "case",
    [case for case in UNCAUGHT],
)
def test_hostile_values_are_refused_cleanly(target, pkg, tmp_path, case):
    edit_doc(pkg, UNCAUGHT[case][0])
    if b'"__INF__"' in pkg.members["audit.json"]:
        replace_in(pkg, "audit.json", b'"__INF__"', b"1e999")
    assert_refused(target, pkg.write(tmp_path / f"{case}.zip"), None)


SILENT = {
    "finding-item-object": (
        lambda d: d["findings"][0].update(item={"x": 1}),
        "a finding's 'item' is not checked; sqlite_utils stores the object as the JSON text "
        "'{\"x\": 1}' in the INTEGER item column and the imported document shows it",
    ),
    "finding-unknown-question": (
        lambda d: d["findings"][0].update(question_id="no_existe"),
        "a finding's 'question_id' is not checked against the checklist (evidence links are)",
    ),
    "link-to-nothing": (
        lambda d: d["evidence"][0]["links"].append(
            {"question": None, "item": None, "finding": None}
        ),
        "an evidence link naming neither a question nor a finding is not refused; "
        "Store.insert_evidence_link's INSERT OR IGNORE silently drops it on the CHECK "
        "constraint, so the imported audit differs from the package",
    ),
}


@pytest.mark.parametrize(
    "case",
    [case for case in SILENT],
)
def test_malformed_findings_and_links_are_refused(target, pkg, tmp_path, case):
    edit_doc(pkg, SILENT[case][0])
    assert_refused(target, pkg.write(tmp_path / f"{case}.zip"), None)


def test_custody_with_an_infinite_number(target, pkg, tmp_path):
    replace_in(
        pkg,
        "custody.json",
        b'"question":"ofertas","value":4}',
        b'"question":"ofertas","value":1e999}',
    )
    assert_refused(target, pkg.write(tmp_path / "inf.zip"), "custodia")


# ------------------------------------------------------------------ already here


def test_same_audit_with_other_content_is_a_conflict(mini_app, target, tmp_path):
    audit_id = build_audit(mini_app, finalize=False)
    draft = export_package(mini_app, audit_id, tmp_path / "borrador.zip")
    mini_app.finalize(audit_id)
    final = export_package(mini_app, audit_id, tmp_path / "final.zip")
    import_package(target, draft)
    message = assert_refused(
        target, final, f"La auditoría {audit_id[:8]} ya existe", error=ConflictError
    )
    assert "no se importó nada" in message
    assert target.store.get_audit(audit_id)["status"] == "draft"


def test_older_package_of_an_imported_audit_is_already_present(mini_app, target, tmp_path):
    audit_id = build_audit(mini_app, finalize=False)
    draft = export_package(mini_app, audit_id, tmp_path / "borrador.zip")
    mini_app.finalize(audit_id)
    final = export_package(mini_app, audit_id, tmp_path / "final.zip")
    import_package(target, final)
    before = snapshot(target)
    assert import_package(target, draft)["status"] == "already-present"
    assert snapshot(target) == before


def test_import_back_into_the_source_folder(mini_app, audit_id, good):
    before = snapshot(mini_app)
    assert import_package(mini_app, good)["status"] == "already-present"
    assert snapshot(mini_app) == before


# ------------------------------------------------------------------ CLI


def run_cli(data_dir: Path, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "observer_desktop.cli", "--data-dir", str(data_dir), *args],
        capture_output=True,
        text=True,
        timeout=60,
        cwd=ROOT,
        check=False,
    )


def test_cli_import_of_a_bad_package(pkg, tmp_path):
    bad = pkg.write(tmp_path / "BAD.zip", extra=[(info("../evil"), b"x")])
    result = run_cli(tmp_path / "cli-data", "import", str(bad))
    assert result.returncode == 2, result.stderr
    assert "error:" in result.stderr and "miembro inesperado" in result.stderr
    assert "Traceback" not in result.stderr + result.stdout
    assert result.stdout == ""


def test_cli_import_of_a_missing_file(tmp_path):
    missing = tmp_path / "no-esta.zip"
    result = run_cli(tmp_path / "cli-data", "import", str(missing))
    assert result.returncode == 2
    assert "error:" in result.stderr and str(missing) in result.stderr
    assert "Traceback" not in result.stderr


def test_cli_import_of_a_good_package(good, tmp_path, audit_id):
    result = run_cli(tmp_path / "cli-data", "import", str(good), "--json")
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["status"] == "imported"
    again = run_cli(tmp_path / "cli-data", "import", str(good))
    assert again.returncode == 0 and "ya estaba" in again.stdout


def test_cli_import_of_a_package_that_trips_an_internal_error(pkg, tmp_path):
    replace_in(
        pkg,
        "custody.json",
        b'"question":"ofertas","value":4}',
        b'"question":"ofertas","value":1e999}',
    )
    bad = pkg.write(tmp_path / "BAD.zip")
    result = run_cli(tmp_path / "cli-data", "import", str(bad))
    assert "Traceback" not in result.stderr
    assert result.returncode == 2 and result.stderr.startswith("error:")


def test_a_package_carrying_a_program_as_evidence_is_refused_whole(mini_app, tmp_path, fresh):
    """Found in review: the evidence import refused programs, a package did not."""
    audit = build_audit(mini_app, finalize=False)
    attach_evidence(  # as an older version, or a hand-made package, would carry it
        mini_app,
        audit,
        b"MZ\x90\x00\x03\x00\x00\x00" + bytes(200),
        name="foto.jpg",
        mime="image/jpeg",
    )
    mini_app.finalize(audit)
    package = export_package(mini_app, audit, tmp_path / "con-programa.observador.zip")
    message = assert_refused(fresh, package, "«foto.jpg»")
    assert "no se aceptan programas" in message
