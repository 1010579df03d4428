"""Portable audit packages whose contents lie: malformed JSON, content the checklist
refuses, forged custody, values that must never reach SQLite, packages already here,
and the CLI's import (round trip and the container's checks: test_packages.py)."""

from __future__ import annotations

import json
import subprocess
import sys
import uuid
from collections.abc import Callable
from pathlib import Path

import pytest
from helpers import MINI_FORM
from package_support import (
    ROOT,
    Package,
    assert_refused,
    attach_evidence,
    build_audit,
    info,
    new_app,
    put_chain,
    snapshot,
)

from observer_desktop.core.canonical import canonical_json
from observer_desktop.core.errors import ConflictError
from observer_desktop.services.packages import export_package, import_package

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
    "services/packages (document.py, writer.py): {what} is not validated before the write "
    "transaction, so the import raises {err} instead of PackageError (the CLI then says 'error interno', "
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
