"""What the package tests share: building audits and packages, rewriting a package's
members, snapshots and refusals."""

from __future__ import annotations

import io
import json
import uuid
import warnings
import zipfile
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import pytest
from helpers import fill_mini

from observer_desktop.core.canonical import ZERO_HASH, canonical_json, sha256_hex
from observer_desktop.core.custody import entry_hash
from observer_desktop.services.app import Observador
from observer_desktop.services.packages import PackageError, import_package
from observer_desktop.storage.repositories import now_iso

ROOT = Path(__file__).resolve().parents[3]
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
