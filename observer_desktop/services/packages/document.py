"""audit.json against the checklist the package carries: every value the import writes.

The audit's identity, status and form; the header and repeatable items; each
answer (normalized as the editor would), finding, evidence row and evidence link;
and the evidence the audit declares against the files in the zip. What comes out
is a :class:`CheckedAudit`, ready to write.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from observer_desktop.core.checklist import Checklist, ChecklistError
from observer_desktop.core.checklist_loader import parse_checklist
from observer_desktop.core.engine import ValueRejected, normalize_value
from observer_desktop.services.app import AUDIT_FORMAT, STATUS_LABELS
from observer_desktop.services.packages.container import Container
from observer_desktop.services.packages.layout import (
    HEX64,
    PackageError,
    is_int,
    is_uuid,
    opt_str,
    require,
)

__all__ = ["Answer", "CheckedAudit", "check_document"]

# (question id, item, value, note, updated_at): an answer as it is written
Answer = tuple[str, int | None, Any, str | None, str]


@dataclass(frozen=True)
class CheckedAudit:
    """audit.json once every value in it has been checked."""

    document: dict[str, Any]
    audit: dict[str, Any]
    checklist: Checklist
    header: dict[str, Any]  # normalized values
    answers: list[Answer]  # normalized values
    findings: list[dict[str, Any]]
    evidence: list[dict[str, Any]]
    referenced: dict[str, int]  # each evidence file's SHA-256 and size

    @property
    def audit_id(self) -> str:
        return self.audit["id"]


def check_document(document: Any, checklist_text: bytes, container: Container) -> CheckedAudit:
    """Check audit.json (``document``) against the bundled checklist and the zip's files."""
    path = container.path
    audit = _audit_object(document, container.manifest, path)
    checklist = _bundled_checklist(checklist_text, audit["form"], path)
    _audit_fields(audit, path)
    header = _header(audit, checklist, path)
    counts = _repeat_counts(audit, checklist, path)
    answers = _answers(document, checklist, counts, path)
    findings = _findings(document, checklist, counts, path)
    evidence, referenced = _evidence(document, checklist, counts, {f["id"] for f in findings}, path)
    _evidence_files(referenced, container)
    return CheckedAudit(
        document=document,
        audit=audit,
        checklist=checklist,
        header=header,
        answers=answers,
        findings=findings,
        evidence=evidence,
        referenced=referenced,
    )


# ------------------------------------------------------------------ the audit


def _audit_object(document: Any, manifest: dict[str, Any], path: Path) -> dict[str, Any]:
    """The ``audit`` object: format, id (the manifest's), status, version and form."""
    require(
        isinstance(document, dict) and document.get("format") == AUDIT_FORMAT,
        path,
        f"audit.json no declara el formato {AUDIT_FORMAT}.",
    )
    audit = document.get("audit")
    require(isinstance(audit, dict), path, "audit.json no tiene el objeto 'audit'.")
    audit_id = audit.get("id")
    require(is_uuid(audit_id), path, "el id de la auditoría no es un UUID válido.")
    require(manifest.get("audit_id") == audit_id, path, "el manifiesto es de otra auditoría.")
    require(
        audit.get("status") in STATUS_LABELS, path, f"estado desconocido {audit.get('status')!r}."
    )
    version = audit.get("version")
    require(is_int(version) and version >= 1, path, "la versión de la auditoría no es válida.")
    require(isinstance(audit.get("form"), dict), path, "audit.json no indica su formulario.")
    return audit


def _bundled_checklist(checklist_text: bytes, form: dict[str, Any], path: Path) -> Checklist:
    """checklist.yaml, which must be the very form (id, version, SHA-256) the audit names."""
    try:
        checklist = parse_checklist(checklist_text, file="checklist.yaml (paquete)")
    except ChecklistError as exc:
        raise PackageError(path, f"el formulario incluido no es válido: {exc}") from None
    require(
        (checklist.id, checklist.version, checklist.sha256)
        == (form.get("id"), form.get("version"), form.get("sha256")),
        path,
        "el formulario incluido no es el que usa la auditoría.",
    )
    return checklist


def _audit_fields(audit: dict[str, Any], path: Path) -> None:
    for key in ("header", "repeat_counts"):
        require(isinstance(audit.get(key), dict), path, f"'{key}' de la auditoría no es un objeto.")
    observer = audit.get("observer")
    require(
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
        require(
            isinstance(audit.get(key), str), path, f"'{key}' de la auditoría falta o no es texto."
        )


def _header(audit: dict[str, Any], checklist: Checklist, path: Path) -> dict[str, Any]:
    try:
        return {
            k: normalize_value(checklist.header_field(k), v) for k, v in audit["header"].items()
        }
    except (KeyError, ValueRejected) as exc:
        raise PackageError(path, f"encabezado no válido: {exc}") from None


def _repeat_counts(audit: dict[str, Any], checklist: Checklist, path: Path) -> dict[str, int]:
    counts = audit["repeat_counts"]
    for sid, n in counts.items():
        try:
            section = checklist.section(sid)
        except KeyError:
            raise PackageError(path, f"sección repetible desconocida {sid!r}.") from None
        require(
            section.repeat is not None and is_int(n) and 0 <= n <= section.repeat.max,
            path,
            f"número de elementos no válido en {sid!r}.",
        )
    return counts


def _item_ok(checklist: Checklist, question_id: Any, item: Any, counts: dict) -> bool:
    """``item`` is None outside repeatable sections and a valid index inside them."""
    q = checklist.question_map.get(question_id) if question_id is not None else None
    if q is None or q.group_id is None:
        return item is None
    return is_int(item) and 0 <= item < counts.get(q.group_id, 0)


# ------------------------------------------------------------------ answers


def _answers(
    document: dict[str, Any], checklist: Checklist, counts: dict[str, int], path: Path
) -> list[Answer]:
    answers = document.get("answers")
    require(isinstance(answers, list), path, "'answers' no es una lista.")
    clean: list[Answer] = []
    seen: set[tuple] = set()
    for a in answers:
        answer = _answer(a, checklist, counts, path)
        key = answer[:2]
        require(key not in seen, path, f"respuesta repetida a {answer[0]!r}.")
        seen.add(key)
        clean.append(_normalized(answer, checklist, path))
    return clean


def _answer(a: Any, checklist: Checklist, counts: dict[str, int], path: Path) -> Answer:
    """One answer's question, item, raw value, note and date, checked but not normalized."""
    require(isinstance(a, dict), path, "una respuesta no es un objeto.")
    q = checklist.question_map.get(a.get("question"))
    require(q is not None, path, f"respuesta a una pregunta inexistente {a.get('question')!r}.")
    item = a.get("item")
    if q.group_id is None:
        require(item is None, path, f"la respuesta a {q.id!r} no debe tener elemento.")
    else:
        require(
            is_int(item) and 0 <= item < counts.get(q.group_id, 0),
            path,
            f"elemento fuera de rango en la respuesta a {q.id!r}.",
        )
    return (q.id, item, a.get("value"), a.get("note"), a.get("updated_at"))


def _normalized(answer: Answer, checklist: Checklist, path: Path) -> Answer:
    qid, item, value, note, updated_at = answer
    require(
        note is None or (isinstance(note, str) and len(note) <= 10000),
        path,
        f"nota no válida en {qid!r}.",
    )
    require(isinstance(updated_at, str), path, f"falta la fecha de la respuesta a {qid!r}.")
    try:
        value = normalize_value(checklist.question(qid), value)
    except ValueRejected as exc:
        raise PackageError(path, f"respuesta no válida: {exc}") from None
    return (qid, item, value, note, updated_at)


# ------------------------------------------------------------------ findings


def _findings(
    document: dict[str, Any], checklist: Checklist, counts: dict[str, int], path: Path
) -> list[dict[str, Any]]:
    findings = document.get("findings")
    require(isinstance(findings, list), path, "'findings' no es una lista.")
    finding_ids: set[str] = set()
    rule_ids = {r.id for r in checklist.all_rules()}
    rule_keys: set[tuple] = set()
    for f in findings:
        require(
            isinstance(f, dict) and is_uuid(f.get("id")), path, "un hallazgo no tiene id válido."
        )
        require(f["id"] not in finding_ids, path, "hallazgo repetido.")
        finding_ids.add(f["id"])
        _finding(f, checklist, counts, path)
        if f["source"] == "rule":
            require(
                f.get("rule_id") in rule_ids,
                path,
                f"el hallazgo {f['id'][:8]} nombra una regla inexistente {f.get('rule_id')!r}.",
            )
            key = (f["rule_id"], f.get("item"))
            require(key not in rule_keys, path, f"la regla {f['rule_id']!r} aparece dos veces.")
            rule_keys.add(key)
        else:
            require(f.get("rule_id") is None, path, "un hallazgo manual no lleva regla.")
    return findings


def _finding(f: dict[str, Any], checklist: Checklist, counts: dict[str, int], path: Path) -> None:
    """A finding's own fields, and the question and item it is about."""
    require(
        f.get("source") in ("rule", "manual")
        and f.get("severity") in ("alta", "media", "baja")
        and f.get("status") in ("open", "withdrawn")
        and isinstance(f.get("title"), str)
        and 0 < len(f["title"].strip()) <= 1000
        and opt_str(f.get("description"))
        and opt_str(f.get("recommendation"))
        and opt_str(f.get("created_at"), 64)
        and opt_str(f.get("updated_at"), 64),
        path,
        f"hallazgo {f['id'][:8]} no válido.",
    )
    qid = f.get("question_id")
    require(
        qid is None or qid in checklist.question_map,
        path,
        f"el hallazgo {f['id'][:8]} se refiere a una pregunta inexistente {qid!r}.",
    )
    require(
        _item_ok(checklist, qid, f.get("item"), counts),
        path,
        f"el hallazgo {f['id'][:8]} tiene un elemento no válido.",
    )


# ------------------------------------------------------------------ evidence


def _evidence(
    document: dict[str, Any],
    checklist: Checklist,
    counts: dict[str, int],
    finding_ids: set[str],
    path: Path,
) -> tuple[list[dict[str, Any]], dict[str, int]]:
    """The evidence rows, and the files they reference (SHA-256 → size)."""
    evidence = document.get("evidence")
    require(isinstance(evidence, list), path, "'evidence' no es una lista.")
    referenced: dict[str, int] = {}
    evidence_ids: set[str] = set()
    for ev in evidence:
        require(
            isinstance(ev, dict)
            and is_uuid(ev.get("id"))
            and isinstance(ev.get("sha256"), str)
            and HEX64.fullmatch(ev["sha256"]) is not None
            and is_int(ev.get("size"))
            and ev["size"] >= 0,
            path,
            "una evidencia no tiene id, sha256 y size válidos.",
        )
        require(ev["id"] not in evidence_ids, path, "evidencia repetida.")
        evidence_ids.add(ev["id"])
        _evidence_fields(ev, path)
        require(isinstance(ev.get("links", []), list), path, "enlaces de evidencia no válidos.")
        for link in ev.get("links", []):
            _evidence_link(link, checklist, counts, finding_ids, path)
        referenced[ev["sha256"]] = ev["size"]
    return evidence, referenced


def _evidence_fields(ev: dict[str, Any], path: Path) -> None:
    gps = ev.get("gps")
    require(
        all(opt_str(ev.get(k), 5000) for k in ("mime", "original_name", "caption"))
        and all(opt_str(ev.get(k), 64) for k in ("captured_at", "imported_at"))
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


def _evidence_link(
    link: Any, checklist: Checklist, counts: dict[str, int], finding_ids: set[str], path: Path
) -> None:
    """A link names a question (and a valid item of it) or a finding, never both."""
    require(isinstance(link, dict), path, "enlace de evidencia no válido.")
    question, finding = link.get("question"), link.get("finding")
    require(
        (question is None) != (finding is None),
        path,
        "cada enlace de evidencia debe nombrar una pregunta o un hallazgo (solo uno).",
    )
    if question is not None:
        require(
            question in checklist.question_map,
            path,
            f"evidencia enlazada a una pregunta inexistente {question!r}.",
        )
        require(
            _item_ok(checklist, question, link.get("item"), counts),
            path,
            "evidencia enlazada a un elemento no válido.",
        )
    else:
        require(finding in finding_ids, path, "evidencia enlazada a un hallazgo inexistente.")
        require(link.get("item") is None, path, "enlace de evidencia no válido.")


def _evidence_files(referenced: dict[str, int], container: Container) -> None:
    """The evidence files the audit references are exactly the zip's, with their sizes."""
    path = container.path
    require(
        set(referenced) == container.evidence_files(),
        path,
        "los archivos de evidencia del paquete no coinciden con los que declara la auditoría.",
    )
    for sha, size in referenced.items():
        entry = container.declared[f"evidence/{sha}"]
        require(
            entry["size"] == size and entry["sha256"] == sha,
            path,
            f"la evidencia {sha[:12]}… no coincide con el manifiesto.",
        )
