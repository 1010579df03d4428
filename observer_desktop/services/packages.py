"""Portable audit packages: one audit, its checklist, custody log and evidence in a zip.

Layout (format ``observador.package/1``)::

    manifest.json        format, audit id, sha256 and size of every other member
    audit.json           the audit's canonical JSON document
    custody.json         the audit's custody-log entries, in order
    checklist.yaml       the exact checklist version the audit pinned
    evidence/<sha256>    one member per evidence file, named by its hash

Import trusts nothing: member names must be exactly those above (no paths
outside the folder, no links, no extras), every member is size-limited while
it is read (so a lying header or a zip bomb cannot exhaust memory or disk),
every hash is checked, the JSON is validated against the checklist and the
custody chain is re-verified. Only then is anything written, in one
transaction; evidence files it added are removed again if that fails.
"""

from __future__ import annotations

import json
import re
import stat
import uuid
import zipfile
import zlib
from collections.abc import Callable
from pathlib import Path
from typing import Any

from observer_desktop.core.canonical import canonical_hash, canonical_json, sha256_hex
from observer_desktop.core.checklist import ChecklistError
from observer_desktop.core.checklist_loader import parse_checklist
from observer_desktop.core.custody import verify_chain
from observer_desktop.core.engine import ValueRejected, normalize_value
from observer_desktop.core.errors import ConflictError, InputError, os_reason
from observer_desktop.evidence.sniff import HEAD_BYTES, executable_reason
from observer_desktop.services.app import AUDIT_FORMAT, STATUS_LABELS, Observador
from observer_desktop.services.evidence import make_previews
from observer_desktop.storage.repositories import now_iso

__all__ = [
    "PACKAGE_FORMAT",
    "PACKAGE_SUFFIX",
    "PackageError",
    "export_package",
    "import_package",
    "package_file_name",
]

PACKAGE_FORMAT = "observador.package/1"
PACKAGE_SUFFIX = ".observador.zip"
MAX_JSON_BYTES = 32 * 1024 * 1024
MAX_CHECKLIST_BYTES = 2 * 1024 * 1024
MAX_EVIDENCE_BYTES = 500 * 1024 * 1024
MAX_TOTAL_BYTES = 8 * 1024 * 1024 * 1024
MAX_MEMBERS = 20000
_EVIDENCE_NAME = re.compile(r"evidence/([0-9a-f]{64})")
_FIXED = {"manifest.json", "audit.json", "custody.json", "checklist.yaml"}
_UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")
_HEX64 = re.compile(r"[0-9a-f]{64}")
_MAX_INT = 2**53  # beyond this a JSON number is not exact everywhere, nor fits SQLite


def _is_int(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _is_uuid(value: Any) -> bool:
    return isinstance(value, str) and _UUID.fullmatch(value) is not None


def _opt_str(value: Any, limit: int = 20000) -> bool:
    return value is None or (isinstance(value, str) and len(value) <= limit)


class PackageError(InputError):
    """A package that cannot be imported; nothing was changed."""

    def __init__(self, path: Path | str, message: str):
        super().__init__(f"No se importó {path}: {message} No se modificó nada.")


# ------------------------------------------------------------------ export


def package_file_name(audit: dict) -> str:
    """The name a package gets unless the observer chooses another."""
    return f"auditoria-{audit['id'][:8]}-v{audit['version']}{PACKAGE_SUFFIX}"


def export_package(
    app: Observador,
    audit_ref: str,
    target: Path,
    *,
    progress: Callable[[int, int], None] | None = None,
) -> Path:
    """Write the audit, its custody log, checklist and evidence to ``target`` (a zip).

    ``progress(bytes_done, bytes_total)`` is called after each evidence file;
    an exception it raises (a cancel) stops the export. The file appears only
    when complete (written beside it, then renamed); nothing is left otherwise.
    """
    audit = app.resolve_audit(audit_ref)
    document = app.audit_document(audit["id"])
    custody = app.custody_log(audit["id"])
    checklist = app.checklist_for(audit)
    audit_bytes = canonical_json(document)
    custody_bytes = canonical_json(custody)
    checklist_bytes = checklist.source_text.encode("utf-8")
    files: list[dict[str, Any]] = [
        {"name": "audit.json", "sha256": sha256_hex(audit_bytes), "size": len(audit_bytes)},
        {"name": "custody.json", "sha256": sha256_hex(custody_bytes), "size": len(custody_bytes)},
        {
            "name": "checklist.yaml",
            "sha256": sha256_hex(checklist_bytes),
            "size": len(checklist_bytes),
        },
    ]
    evidence_hashes = sorted({e["sha256"]: e["size"] for e in document["evidence"]}.items())
    for sha, size in evidence_hashes:
        if not app.evidence.has(sha):
            raise InputError(
                f"Falta el archivo de evidencia {sha[:12]}… en la carpeta de datos; "
                "ejecute 'observer evidence verify' y vuelva a adjuntarlo."
            )
        files.append({"name": f"evidence/{sha}", "sha256": sha, "size": size})
    manifest = {
        "format": PACKAGE_FORMAT,
        "audit_id": audit["id"],
        "audit_version": audit["version"],
        "created_at": now_iso(),
        "files": files,
    }
    target = Path(target)
    tmp = target.with_name(f".{target.name}.{uuid.uuid4().hex[:8]}.tmp")
    try:
        with zipfile.ZipFile(tmp, "w", compression=zipfile.ZIP_DEFLATED) as zf:
            zf.writestr("manifest.json", canonical_json(manifest))
            zf.writestr("audit.json", audit_bytes)
            zf.writestr("custody.json", custody_bytes)
            zf.writestr("checklist.yaml", checklist_bytes)
            total = sum(size for _, size in evidence_hashes)
            done = 0
            if progress is not None:
                progress(done, total)
            for sha, size in evidence_hashes:
                # photos and PDFs are already compressed; storing is faster and no bigger
                zf.write(
                    app.evidence.path_for(sha), f"evidence/{sha}", compress_type=zipfile.ZIP_STORED
                )
                done += size
                if progress is not None:
                    progress(done, total)
        tmp.replace(target)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise InputError(f"No se pudo escribir {target}: {os_reason(exc)}.") from None
    except BaseException:  # cancelled from ``progress``: no half-written package stays
        tmp.unlink(missing_ok=True)
        raise
    return target


# ------------------------------------------------------------------ import


def _read_limited(zf: zipfile.ZipFile, info: zipfile.ZipInfo, limit: int, path: Path) -> bytes:
    if info.file_size > limit:
        raise PackageError(
            path, f"el miembro {info.filename!r} es demasiado grande ({info.file_size} bytes)."
        )
    with zf.open(info) as member:
        data = member.read(limit + 1)
    if len(data) > limit:
        raise PackageError(path, f"el miembro {info.filename!r} supera el límite de {limit} bytes.")
    return data


def _strict_json(data: bytes, name: str, path: Path) -> Any:
    def no_duplicates(pairs: list[tuple[str, Any]]) -> dict:
        out: dict[str, Any] = {}
        for k, v in pairs:
            if k in out:
                raise ValueError(f"clave repetida {k!r}")
            out[k] = v
        return out

    def no_constants(token: str) -> Any:
        raise ValueError(f"valor no permitido {token}")

    def finite_float(token: str) -> float:
        value = float(token)
        if value != value or value in (float("inf"), float("-inf")):
            raise ValueError(f"número fuera de rango {token[:20]}")
        return value

    def bounded_int(token: str) -> int:
        if len(token) > 20 or abs(value := int(token)) > _MAX_INT:
            raise ValueError(f"número entero fuera de rango {token[:20]}")
        return value

    try:
        return json.loads(
            data.decode("utf-8"),
            object_pairs_hook=no_duplicates,
            parse_constant=no_constants,
            parse_float=finite_float,
            parse_int=bounded_int,
        )
    except RecursionError:
        raise PackageError(
            path, f"{name} no es JSON válido (anidado demasiado profundo)."
        ) from None
    except UnicodeDecodeError:
        raise PackageError(path, f"{name} no es JSON válido (no está en UTF-8).") from None
    except ValueError as exc:
        raise PackageError(path, f"{name} no es JSON válido ({exc}).") from None


def _require(cond: bool, path: Path, message: str) -> None:
    if not cond:
        raise PackageError(path, message)


def _item_ok(checklist, question_id: Any, item: Any, counts: dict) -> bool:
    """``item`` is None outside repeatable sections and a valid index inside them."""
    q = checklist.question_map.get(question_id) if question_id is not None else None
    if q is None or q.group_id is None:
        return item is None
    return _is_int(item) and 0 <= item < counts.get(q.group_id, 0)


def import_package(app: Observador, source: Path) -> dict:
    """Import a package; return a summary. Raise :class:`PackageError` and change nothing."""
    source = Path(source)
    try:
        zf = zipfile.ZipFile(source)
    except FileNotFoundError:
        raise InputError(f"No existe el archivo {source}.") from None
    except (zipfile.BadZipFile, OSError, ValueError) as exc:
        raise PackageError(
            source, f"no es un paquete de Observador (zip ilegible: {exc})."
        ) from None
    with zf:
        try:
            return _import(app, zf, source)
        except (zipfile.BadZipFile, zlib.error, EOFError, NotImplementedError) as exc:
            raise PackageError(source, f"el zip está dañado ({exc}).") from None


def _check_members(zf: zipfile.ZipFile, path: Path) -> dict[str, zipfile.ZipInfo]:
    infos = zf.infolist()
    _require(len(infos) <= MAX_MEMBERS, path, f"tiene demasiados miembros ({len(infos)}).")
    members: dict[str, zipfile.ZipInfo] = {}
    total = 0
    for info in infos:
        name = info.filename
        if name in members:
            raise PackageError(path, f"el miembro {name!r} aparece dos veces.")
        mode = info.external_attr >> 16
        if stat.S_ISLNK(mode):
            raise PackageError(path, f"el miembro {name!r} es un enlace simbólico.")
        if name not in _FIXED and not _EVIDENCE_NAME.fullmatch(name):
            raise PackageError(
                path,
                f"contiene un miembro inesperado {name!r} (solo se admiten manifest.json, "
                "audit.json, custody.json, checklist.yaml y evidence/<sha256>).",
            )
        if info.flag_bits & 0x1:
            raise PackageError(path, f"el miembro {name!r} está cifrado.")
        total += info.file_size
        members[name] = info
    _require(total <= MAX_TOTAL_BYTES, path, "el contenido descomprimido es demasiado grande.")
    for name in ("manifest.json", "audit.json", "custody.json", "checklist.yaml"):
        _require(name in members, path, f"falta {name}.")
    return members


def _import(app: Observador, zf: zipfile.ZipFile, path: Path) -> dict:
    members = _check_members(zf, path)

    manifest = _strict_json(
        _read_limited(zf, members["manifest.json"], MAX_JSON_BYTES, path), "manifest.json", path
    )
    _require(
        isinstance(manifest, dict) and manifest.get("format") == PACKAGE_FORMAT,
        path,
        f"manifest.json no declara el formato {PACKAGE_FORMAT}.",
    )
    files = manifest.get("files")
    _require(isinstance(files, list), path, "manifest.json no tiene la lista 'files'.")
    declared: dict[str, dict] = {}
    for entry in files:
        _require(
            isinstance(entry, dict)
            and isinstance(entry.get("name"), str)
            and isinstance(entry.get("sha256"), str)
            and isinstance(entry.get("size"), int)
            and not isinstance(entry.get("size"), bool)
            and entry["size"] >= 0,
            path,
            "una entrada de manifest.json 'files' no tiene name, sha256 y size válidos.",
        )
        _require(
            entry["name"] not in declared,
            path,
            f"{entry['name']!r} figura dos veces en el manifiesto.",
        )
        declared[entry["name"]] = entry
    listed = set(members) - {"manifest.json"}
    _require(
        set(declared) == listed,
        path,
        "el manifiesto y el contenido del zip no coinciden "
        f"(sobran {sorted(listed - set(declared))[:3]}, faltan {sorted(set(declared) - listed)[:3]}).",
    )

    def read_checked(name: str, limit: int) -> bytes:
        data = _read_limited(zf, members[name], limit, path)
        entry = declared[name]
        _require(
            len(data) == entry["size"] and sha256_hex(data) == entry["sha256"],
            path,
            f"{name} no coincide con su huella en el manifiesto (archivo alterado).",
        )
        return data

    document = _strict_json(read_checked("audit.json", MAX_JSON_BYTES), "audit.json", path)
    custody = _strict_json(
        read_checked("custody.json", MAX_JSON_BYTES), "custody.json (registro de custodia)", path
    )
    checklist_text = read_checked("checklist.yaml", MAX_CHECKLIST_BYTES)

    # ---- the audit document
    _require(
        isinstance(document, dict) and document.get("format") == AUDIT_FORMAT,
        path,
        f"audit.json no declara el formato {AUDIT_FORMAT}.",
    )
    audit = document.get("audit")
    _require(isinstance(audit, dict), path, "audit.json no tiene el objeto 'audit'.")
    audit_id = audit.get("id")
    _require(
        _is_uuid(audit_id),
        path,
        "el id de la auditoría no es un UUID válido.",
    )
    _require(manifest.get("audit_id") == audit_id, path, "el manifiesto es de otra auditoría.")
    _require(
        audit.get("status") in STATUS_LABELS, path, f"estado desconocido {audit.get('status')!r}."
    )
    version = audit.get("version")
    _require(
        isinstance(version, int) and not isinstance(version, bool) and version >= 1,
        path,
        "la versión de la auditoría no es válida.",
    )
    form = audit.get("form")
    _require(isinstance(form, dict), path, "audit.json no indica su formulario.")
    try:
        checklist = parse_checklist(checklist_text, file="checklist.yaml (paquete)")
    except ChecklistError as exc:
        raise PackageError(path, f"el formulario incluido no es válido: {exc}") from None
    _require(
        (checklist.id, checklist.version, checklist.sha256)
        == (form.get("id"), form.get("version"), form.get("sha256")),
        path,
        "el formulario incluido no es el que usa la auditoría.",
    )
    for key in ("header", "repeat_counts"):
        _require(
            isinstance(audit.get(key), dict), path, f"'{key}' de la auditoría no es un objeto."
        )
    observer = audit.get("observer")
    _require(
        observer is None
        or (
            isinstance(observer, dict)
            and set(observer) <= {"name", "code", "municipality"}
            and all(isinstance(v, str) and len(v) <= 200 for v in observer.values())
        ),
        path,
        "los datos del observador no son válidos.",
    )
    for key in ("created_at", "updated_at"):
        _require(
            isinstance(audit.get(key), str), path, f"'{key}' de la auditoría falta o no es texto."
        )

    try:
        header = {
            k: normalize_value(checklist.header_field(k), v) for k, v in audit["header"].items()
        }
    except (KeyError, ValueRejected) as exc:
        raise PackageError(path, f"encabezado no válido: {exc}") from None
    counts = audit["repeat_counts"]
    for sid, n in counts.items():
        try:
            section = checklist.section(sid)
        except KeyError:
            raise PackageError(path, f"sección repetible desconocida {sid!r}.") from None
        _require(
            section.repeat is not None
            and isinstance(n, int)
            and not isinstance(n, bool)
            and 0 <= n <= section.repeat.max,
            path,
            f"número de elementos no válido en {sid!r}.",
        )

    answers = document.get("answers")
    _require(isinstance(answers, list), path, "'answers' no es una lista.")
    clean_answers = []
    seen_answers = set()
    for a in answers:
        _require(isinstance(a, dict), path, "una respuesta no es un objeto.")
        q = checklist.question_map.get(a.get("question"))
        _require(
            q is not None, path, f"respuesta a una pregunta inexistente {a.get('question')!r}."
        )
        item = a.get("item")
        if q.group_id is None:
            _require(item is None, path, f"la respuesta a {q.id!r} no debe tener elemento.")
        else:
            _require(
                isinstance(item, int)
                and not isinstance(item, bool)
                and 0 <= item < counts.get(q.group_id, 0),
                path,
                f"elemento fuera de rango en la respuesta a {q.id!r}.",
            )
        key = (q.id, item)
        _require(key not in seen_answers, path, f"respuesta repetida a {q.id!r}.")
        seen_answers.add(key)
        note = a.get("note")
        _require(
            note is None or (isinstance(note, str) and len(note) <= 10000),
            path,
            f"nota no válida en {q.id!r}.",
        )
        _require(
            isinstance(a.get("updated_at"), str),
            path,
            f"falta la fecha de la respuesta a {q.id!r}.",
        )
        try:
            value = normalize_value(q, a.get("value"))
        except ValueRejected as exc:
            raise PackageError(path, f"respuesta no válida: {exc}") from None
        clean_answers.append((q.id, item, value, note, a["updated_at"]))

    findings = document.get("findings")
    _require(isinstance(findings, list), path, "'findings' no es una lista.")
    finding_ids: set[str] = set()
    rule_ids = {r.id for r in checklist.all_rules()}
    rule_keys: set[tuple] = set()
    for f in findings:
        _require(
            isinstance(f, dict) and _is_uuid(f.get("id")), path, "un hallazgo no tiene id válido."
        )
        _require(f["id"] not in finding_ids, path, "hallazgo repetido.")
        finding_ids.add(f["id"])
        _require(
            f.get("source") in ("rule", "manual")
            and f.get("severity") in ("alta", "media", "baja")
            and f.get("status") in ("open", "withdrawn")
            and isinstance(f.get("title"), str)
            and 0 < len(f["title"].strip()) <= 1000
            and _opt_str(f.get("description"))
            and _opt_str(f.get("recommendation"))
            and _opt_str(f.get("created_at"), 64)
            and _opt_str(f.get("updated_at"), 64),
            path,
            f"hallazgo {f['id'][:8]} no válido.",
        )
        qid = f.get("question_id")
        _require(
            qid is None or qid in checklist.question_map,
            path,
            f"el hallazgo {f['id'][:8]} se refiere a una pregunta inexistente {qid!r}.",
        )
        _require(
            _item_ok(checklist, qid, f.get("item"), counts),
            path,
            f"el hallazgo {f['id'][:8]} tiene un elemento no válido.",
        )
        if f["source"] == "rule":
            _require(
                f.get("rule_id") in rule_ids,
                path,
                f"el hallazgo {f['id'][:8]} nombra una regla inexistente {f.get('rule_id')!r}.",
            )
            key = (f["rule_id"], f.get("item"))
            _require(key not in rule_keys, path, f"la regla {f['rule_id']!r} aparece dos veces.")
            rule_keys.add(key)
        else:
            _require(f.get("rule_id") is None, path, "un hallazgo manual no lleva regla.")

    evidence = document.get("evidence")
    _require(isinstance(evidence, list), path, "'evidence' no es una lista.")
    evidence_files = {name[len("evidence/") :] for name in declared if name.startswith("evidence/")}
    referenced: dict[str, int] = {}
    evidence_ids: set[str] = set()
    for ev in evidence:
        _require(
            isinstance(ev, dict)
            and _is_uuid(ev.get("id"))
            and isinstance(ev.get("sha256"), str)
            and _HEX64.fullmatch(ev["sha256"]) is not None
            and _is_int(ev.get("size"))
            and ev["size"] >= 0,
            path,
            "una evidencia no tiene id, sha256 y size válidos.",
        )
        _require(ev["id"] not in evidence_ids, path, "evidencia repetida.")
        evidence_ids.add(ev["id"])
        gps = ev.get("gps")
        _require(
            all(_opt_str(ev.get(k), 5000) for k in ("mime", "original_name", "caption"))
            and all(_opt_str(ev.get(k), 64) for k in ("captured_at", "imported_at"))
            and isinstance(ev.get("metadata", {}), dict)
            and (
                gps is None
                or (
                    isinstance(gps, list)
                    and len(gps) == 2
                    and all(isinstance(v, int | float) and not isinstance(v, bool) for v in gps)
                    and -90 <= gps[0] <= 90
                    and -180 <= gps[1] <= 180
                )
            ),
            path,
            f"los datos de la evidencia {ev['id'][:8]} no son válidos.",
        )
        _require(isinstance(ev.get("links", []), list), path, "enlaces de evidencia no válidos.")
        for link in ev.get("links", []):
            _require(isinstance(link, dict), path, "enlace de evidencia no válido.")
            question, finding = link.get("question"), link.get("finding")
            _require(
                (question is None) != (finding is None),
                path,
                "cada enlace de evidencia debe nombrar una pregunta o un hallazgo (solo uno).",
            )
            if question is not None:
                _require(
                    question in checklist.question_map,
                    path,
                    f"evidencia enlazada a una pregunta inexistente {question!r}.",
                )
                _require(
                    _item_ok(checklist, question, link.get("item"), counts),
                    path,
                    "evidencia enlazada a un elemento no válido.",
                )
            else:
                _require(
                    finding in finding_ids, path, "evidencia enlazada a un hallazgo inexistente."
                )
                _require(link.get("item") is None, path, "enlace de evidencia no válido.")
        referenced[ev["sha256"]] = ev["size"]
    _require(
        set(referenced) == evidence_files,
        path,
        "los archivos de evidencia del paquete no coinciden con los que declara la auditoría.",
    )
    for sha, size in referenced.items():
        _require(
            declared[f"evidence/{sha}"]["size"] == size
            and declared[f"evidence/{sha}"]["sha256"] == sha,
            path,
            f"la evidencia {sha[:12]}… no coincide con el manifiesto.",
        )

    # ---- custody chain
    _require(isinstance(custody, list), path, "custody.json no es una lista.")
    for e in custody:
        _require(
            isinstance(e, dict)
            and set(e) == {"n", "at", "actor", "action", "details", "prev_hash", "hash"}
            and _is_int(e["n"])
            and all(isinstance(e[k], str) and len(e[k]) <= 200 for k in ("at", "actor", "action"))
            and all(
                isinstance(e[k], str) and _HEX64.fullmatch(e[k]) for k in ("prev_hash", "hash")
            ),
            path,
            "una entrada del registro de custodia está incompleta o mal formada.",
        )
    _require(bool(custody), path, "el registro de custodia está vacío.")
    head = document.get("custody")
    _require(
        isinstance(head, dict) and isinstance(head.get("head"), str) and _is_int(head.get("count")),
        path,
        "audit.json no declara el final del registro de custodia (head y count).",
    )
    problem = verify_chain(
        audit_id, custody, head_hash=head.get("head"), head_count=head.get("count")
    )
    if problem:
        raise PackageError(
            path, f"el registro de custodia está roto en la entrada {problem.n}: {problem.reason}."
        )
    _check_finalized_content(document, custody, path)

    # ---- already here?
    existing = app.store.get_audit(audit_id)
    if existing is not None:
        local = app.store.custody_entries(audit_id)
        if len(local) >= len(custody) and [e["hash"] for e in local[: len(custody)]] == [
            e["hash"] for e in custody
        ]:
            return {"audit": audit_id, "status": "already-present", "evidence_added": 0}
        raise ConflictError(
            f"La auditoría {audit_id[:8]} ya existe en esta carpeta con otro contenido; "
            "no se importó nada."
        )
    local_form = app.store.get_checklist_row(checklist.id, checklist.version)
    if local_form is not None and local_form["sha256"] != checklist.sha256:
        raise ConflictError(
            f"El formulario {checklist.id} v{checklist.version} de esta carpeta difiere del del "
            "paquete; no se importó nada."
        )
    supersedes = audit.get("supersedes")
    if supersedes is not None:
        _require(
            _is_uuid(supersedes),
            path,
            "'supersedes' no es un id válido.",
        )
        if app.store.get_audit(supersedes) is None:
            supersedes = None  # the older version lives elsewhere; keep the link in custody only

    # programs and scripts are not evidence, in a package as in an import (read before
    # anything is written: the package is refused whole)
    names = {ev["sha256"]: str(ev.get("original_name") or "") for ev in evidence}
    for sha in sorted(referenced):
        with zf.open(members[f"evidence/{sha}"]) as member:
            head = member.read(HEAD_BYTES)
        reason = executable_reason(head, names.get(sha, ""))
        if reason:
            shown = names.get(sha) or f"evidence/{sha[:12]}…"
            raise PackageError(
                path, f"la evidencia «{shown}» {reason}; no se aceptan programas como evidencia."
            )

    # ---- write: evidence files first (removed again on failure), then one transaction
    added: list[str] = []
    try:
        for sha, size in sorted(referenced.items()):
            info = members[f"evidence/{sha}"]
            _require(info.file_size == size, path, f"tamaño engañoso en evidence/{sha[:12]}….")
            with zf.open(info) as member:
                try:
                    got, _, created = app.evidence.put_stream(
                        member, max_bytes=min(size, MAX_EVIDENCE_BYTES), expected_sha256=sha
                    )
                except InputError as exc:
                    raise PackageError(path, f"evidence/{sha[:12]}…: {exc}") from None
            if created:
                added.append(got)
        _write(
            app,
            audit_id,
            audit,
            header,
            clean_answers,
            findings,
            evidence,
            custody,
            checklist,
            supersedes,
            document,
            path,
        )
    except BaseException:
        for sha in added:
            app.evidence.remove(sha)
        raise
    _make_previews(app, evidence)
    return {
        "audit": audit_id,
        "status": "imported",
        "evidence_added": len(added),
        "answers": len(clean_answers),
        "findings": len(findings),
    }


def _write(
    app,
    audit_id,
    audit,
    header,
    answers,
    findings,
    evidence,
    custody,
    checklist,
    supersedes,
    document,
    path,
) -> None:
    fields = app._derived_fields(checklist, header, audit_id)
    with app.database.transaction():
        app._pin_checklist(checklist)
        app.store.insert_audit(
            {
                "id": audit_id,
                "form_id": checklist.id,
                "form_version": checklist.version,
                "form_sha256": checklist.sha256,
                "status": audit["status"],
                "version": audit["version"],
                "supersedes": supersedes,
                "header": canonical_json(header).decode("utf-8"),
                "repeat_counts": canonical_json(audit["repeat_counts"]).decode("utf-8"),
                "observer_code": (audit.get("observer") or {}).get("code"),
                "observer": canonical_json(audit.get("observer") or {}).decode("utf-8"),
                "created_at": audit["created_at"],
                "updated_at": audit["updated_at"],
                "finalized_at": audit.get("finalized_at"),
                "finalized_sha256": None,
                **fields,
            }
        )
        for qid, item, value, note, updated_at in answers:
            if value is None and note is None:
                continue
            app.store.put_answer(
                audit_id,
                qid,
                item,
                value=value,
                note=note,
                created_at=updated_at,
                updated_at=updated_at,
            )
        for f in findings:
            app.store.insert_finding(
                {
                    "id": f["id"],
                    "audit_id": audit_id,
                    "source": f["source"],
                    "rule_id": f.get("rule_id"),
                    "question_id": f.get("question_id"),
                    "item": f.get("item"),
                    "severity": f["severity"],
                    "title": f["title"],
                    "description": f.get("description") or "",
                    "recommendation": f.get("recommendation") or "",
                    "status": f["status"],
                    "created_at": f.get("created_at") or now_iso(),
                    "updated_at": f.get("updated_at") or now_iso(),
                }
            )
        for ev in evidence:
            gps = ev.get("gps")
            app.store.insert_evidence(
                {
                    "id": ev["id"],
                    "audit_id": audit_id,
                    "sha256": ev["sha256"],
                    "size": ev["size"],
                    "mime": str(ev.get("mime") or "application/octet-stream")[:200],
                    "original_name": str(ev.get("original_name") or "")[:500],
                    "caption": str(ev.get("caption") or "")[:5000],
                    "captured_at": ev.get("captured_at"),
                    "imported_at": ev.get("imported_at") or now_iso(),
                    "gps_lat": gps[0] if isinstance(gps, list) and len(gps) == 2 else None,
                    "gps_lon": gps[1] if isinstance(gps, list) and len(gps) == 2 else None,
                    "metadata": ev.get("metadata") if isinstance(ev.get("metadata"), dict) else {},
                }
            )
            for link in ev.get("links", []):
                app.store.insert_evidence_link(
                    ev["id"],
                    question_id=link.get("question"),
                    item=link.get("item"),
                    finding_id=link.get("finding"),
                )
        for entry in custody:
            app.store.insert_custody_entry(audit_id, entry)
        last = custody[-1] if custody else None
        app.store.update_audit(
            audit_id,
            log_head=last["hash"] if last else "0" * 64,
            log_count=len(custody),
        )
        if audit["status"] != "draft":
            app.store.update_audit(audit_id, finalized_sha256=_finalized_hash(custody))
        app.store.append_custody(
            audit_id,
            "audit.imported",
            {"package_audit_sha256": canonical_hash(document), "file": Path(path).name},
            actor=app.actor(),
        )


def _check_finalized_content(document: dict, custody: list[dict], path: Path) -> None:
    """A finalized audit must be exactly what was finalized, as its custody log records.

    The ``audit.finalized`` entry holds the SHA-256 of the audit document at that
    moment; rebuild that document (status and custody head as they were then)
    and compare. A draft must not have been finalized before (no unlocking).
    """
    finals = [e for e in custody if e["action"] == "audit.finalized"]
    status = document["audit"]["status"]
    if status == "draft":
        _require(
            not finals,
            path,
            "la auditoría aparece como borrador, pero su registro de custodia dice que fue "
            "finalizada (no se puede desbloquear una auditoría finalizada).",
        )
        return
    _require(
        bool(finals),
        path,
        f"la auditoría dice estar en estado {status!r}, pero su registro de custodia no registra "
        "su finalización.",
    )
    last = finals[-1]
    then = json.loads(canonical_json(document))
    then["audit"]["status"] = "finalized"
    then["custody"] = {"count": last["n"] - 1, "head": last["prev_hash"]}
    recorded = last["details"].get("content_sha256") if isinstance(last["details"], dict) else None
    _require(
        canonical_hash(then) == recorded,
        path,
        "el contenido de la auditoría no coincide con la huella registrada al finalizarla "
        "(el archivo fue alterado después de finalizar).",
    )


def _make_previews(app: Observador, evidence: list[dict]) -> None:
    """Thumbnails and renditions are derived data: rebuild them from the imported files."""
    make_previews(app, [ev["sha256"] for ev in evidence])


def _finalized_hash(custody: list[dict]) -> str | None:
    for entry in reversed(custody):
        if entry["action"] == "audit.finalized":
            return entry["details"].get("content_sha256")
    return None
