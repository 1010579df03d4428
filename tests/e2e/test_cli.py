"""The `observer` command as OIC staff and scripts use it: output, JSON, exit codes."""

import json
import re
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from observer_desktop.cli import build_parser, main

ROOT = Path(__file__).resolve().parents[2]


def run(data_dir, *args, stdin=None):
    proc = subprocess.run(
        [sys.executable, "-m", "observer_desktop.cli", "--data-dir", str(data_dir), *args],
        capture_output=True,
        text=True,
        input=stdin,
        timeout=60,
    )
    assert "Traceback" not in proc.stderr, proc.stderr
    return proc


def cli(capsys, data_dir, *args):
    """In-process run (fast) returning (exit code, stdout, stderr)."""
    code = main(["--data-dir", str(data_dir), *args])
    out, err = capsys.readouterr()
    assert "Traceback" not in err
    return code, out, err


def test_full_workflow_in_process(capsys, data_dir):
    assert cli(capsys, data_dir, "init", "--name", "Ana López", "--code", "OBS-014")[0] == 0
    code, out, _ = cli(
        capsys,
        data_dir,
        "audit",
        "new",
        "procedimiento_contratacion",
        "--set",
        "numero_procedimiento=LP-014",
        "--set",
        "tipo_procedimiento=licitacion_publica",
    )
    assert code == 0
    audit = out.strip()
    code, out, _ = cli(capsys, data_dir, "audit", "answer", audit[:8], "numero_proposiciones", "1")
    assert code == 0 and "Alerta [Alta]" in out
    code, out, _ = cli(
        capsys, data_dir, "audit", "answer", audit, "numero_proposiciones", "4", "--json"
    )
    assert json.loads(out)["withdrawn"]
    code, out, _ = cli(capsys, data_dir, "audit", "check", audit, "--json")
    assert code == 1 and json.loads(out)["complete"] is False
    code, out, err = cli(capsys, data_dir, "audit", "finalize", audit)
    assert code == 1 and "no se puede finalizar" in err
    code, out, _ = cli(capsys, data_dir, "audit", "list", "--json")
    assert [a["id"] for a in json.loads(out)] == [audit]
    code, out, _ = cli(capsys, data_dir, "audit", "show", audit, "--json")
    assert json.loads(out)["audit"]["header"]["numero_procedimiento"] == "LP-014"
    code, out, _ = cli(
        capsys,
        data_dir,
        "finding",
        "add",
        audit,
        "--title",
        "Acta sin firma",
        "--severity",
        "media",
    )
    assert code == 0
    code, out, _ = cli(capsys, data_dir, "finding", "list", audit, "--json")
    assert {f["title"] for f in json.loads(out)} == {"Acta sin firma"}
    code, out, _ = cli(capsys, data_dir, "log", "verify", "--json")
    assert code == 0 and json.loads(out)["ok"] is True
    code, out, _ = cli(capsys, data_dir, "audit", "log", audit, "--json")
    assert json.loads(out)[0]["action"] == "audit.created"


def test_demo_then_finalized_audit_is_locked(capsys, data_dir):
    code, out, _ = cli(capsys, data_dir, "demo", "--json")
    created = json.loads(out)["created"]
    assert code == 0 and created >= 5
    _, out, _ = cli(capsys, data_dir, "audit", "list", "--json")
    audits = json.loads(out)
    assert len({a["form"] for a in audits}) == 4
    assert {"draft", "finalized"} <= {a["status"] for a in audits}
    finalized = next(a for a in audits if a["status"] == "finalized")
    code, _, err = cli(
        capsys, data_dir, "audit", "answer", finalized["id"], "observaciones_revision", "x"
    )
    assert code == 2 and "new-version" in err
    code, out, _ = cli(capsys, data_dir, "audit", "new-version", finalized["id"], "--json")
    assert code == 0 and json.loads(out)["supersedes"] == finalized["id"]
    assert cli(capsys, data_dir, "demo")[0] == 0  # a second run adds nothing
    _, out, _ = cli(capsys, data_dir, "audit", "list", "--json")
    assert len(json.loads(out)) == created + 1
    code, out, _ = cli(capsys, data_dir, "session", "list", "--json")
    assert json.loads(out)["total_sessions"] >= 3


@pytest.mark.parametrize(
    ("args", "fragment"),
    [
        (["audit", "show", "zzzz"], "No existe la auditoría"),
        (["audit", "new", "no_existe"], "No existe el formulario"),
        (["audit", "new", "procedimiento_contratacion", "--set", "sinigual"], "CAMPO=VALOR"),
        (
            ["audit", "new", "procedimiento_contratacion", "--set", "monto_estimado=mucho"],
            "espera un número",
        ),
        (["audit", "new", "procedimiento_contratacion", "--set", "campo_x=1"], "no tiene el campo"),
        (["import", "/no/existe.zip"], "No existe el archivo"),
        (
            [
                "session",
                "add",
                "--event",
                "x",
                "--date",
                "mañana",
                "--start",
                "10:00",
                "--end",
                "11:00",
            ],
            "AAAA-MM-DD",
        ),
        (["init", "--name", "Ana", "--code", "con espacios"], "sin espacios"),
    ],
)
def test_user_mistakes_exit_2_with_a_message(capsys, data_dir, args, fragment):
    code, _, err = cli(capsys, data_dir, *args)
    assert code == 2
    assert err.startswith("error: ") and fragment in err


def test_usage_errors_exit_2_in_spanish(capsys, data_dir):
    with pytest.raises(SystemExit) as info:
        main(["--data-dir", str(data_dir), "audit"])
    assert info.value.code == 2
    assert "faltan los argumentos" in capsys.readouterr().err


def test_forms_validate_exit_codes(capsys, tmp_path):
    good = ROOT / "forms" / "procedimiento_contratacion.yaml"
    bad = tmp_path / "roto.yaml"
    bad.write_text(
        "id: x\nversion: 1\ntitle: X\nsections:\n  - id: s\n    title: S\n"
        "    questions:\n      - {id: q, type: numero, label: Q}\n",
        encoding="utf-8",
    )
    assert main(["forms", "validate", str(good)]) == 0
    assert main(["forms", "validate", str(good), str(bad)]) == 1
    err = capsys.readouterr().err
    assert f"{bad}:8" in err and "tipo de pregunta desconocido 'numero'" in err
    assert main(["forms", "validate", "--json", str(bad)]) == 1
    result = json.loads(capsys.readouterr().out)
    assert result[0]["valid"] is False and result[0]["line"] == 8


def test_broken_user_checklist_is_listed_not_fatal(capsys, data_dir):
    (data_dir / "forms").mkdir()
    (data_dir / "forms" / "roto.yaml").write_text("[1, 2]\n", encoding="utf-8")
    code, out, _ = cli(capsys, data_dir, "forms", "list", "--json")
    listing = json.loads(out)
    assert code == 0 and len(listing["forms"]) == 4
    assert listing["problems"][0]["path"].endswith("roto.yaml")


def test_log_verify_fails_on_tampering(capsys, data_dir):
    cli(capsys, data_dir, "demo")
    import sqlite3

    conn = sqlite3.connect(data_dir / "observer.db")
    conn.execute("DROP TRIGGER custody_log_no_update")
    conn.execute("UPDATE custody_log SET actor = 'intruso' WHERE seq = 3")
    conn.commit()
    conn.close()
    code, out, _ = cli(capsys, data_dir, "log", "verify", "--json")
    result = json.loads(out)
    assert code == 1 and result["ok"] is False and result["breaks"][0]["entry"] >= 1


def test_export_import_between_folders(capsys, tmp_path):
    a, b = tmp_path / "a", tmp_path / "b"
    cli(capsys, a, "demo")
    _, out, _ = cli(capsys, a, "audit", "list", "--status", "finalized", "--json")
    audit = json.loads(out)[0]["id"]
    package = tmp_path / "p.observador.zip"
    assert cli(capsys, a, "export", audit, "-o", str(package))[0] == 0
    code, out, _ = cli(capsys, b, "import", str(package), "--json")
    assert code == 0 and json.loads(out)["status"] == "imported"
    code, out, _ = cli(capsys, b, "import", str(package), "--json")
    assert json.loads(out)["status"] == "already-present"
    assert cli(capsys, b, "log", "verify")[0] == 0


def test_sessions_csv(capsys, data_dir):
    cli(
        capsys,
        data_dir,
        "session",
        "add",
        "--event",
        "Visita de obra",
        "--date",
        "2026-11-02",
        "--start",
        "09:00",
        "--end",
        "11:30",
    )
    code, out, _ = cli(
        capsys, data_dir, "session", "list", "--csv", "--from", "2026-11-01", "--to", "2026-11-30"
    )
    assert code == 0
    lines = out.splitlines()
    assert (
        lines[0].startswith("fecha,evento") and "2.50" in lines[1] and lines[-1].startswith("TOTAL")
    )


def test_real_process_exit_codes_and_no_qt(data_dir):
    proc = run(data_dir, "audit", "show", "abcd1234")
    assert proc.returncode == 2 and proc.stderr.startswith("error: ")
    probe = subprocess.run(
        [
            sys.executable,
            "-c",
            "import sys, observer_desktop.cli, observer_desktop.services.packages,"
            " observer_desktop.services.demo; print('PySide6' in sys.modules)",
        ],
        capture_output=True,
        text=True,
        check=True,
    )
    assert probe.stdout.strip() == "False"


def test_every_command_is_documented_in_the_readme():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    documented = set(re.findall(r"`observer ([a-z-]+(?: [a-z-]+)?)", readme))
    parser = build_parser()
    commands = []
    sub = next(a for a in parser._actions if a.dest == "command")
    for name, sp in sub.choices.items():
        nested = [
            a for a in sp._actions if getattr(a, "choices", None) and a.dest.endswith("_command")
        ]
        if nested:
            commands.extend(f"{name} {child}" for child in nested[0].choices)
        else:
            commands.append(name)
    missing = [
        c
        for c in commands
        if not any(d == c or d.startswith(c + " ") or c in d for d in documented)
    ]
    assert not missing, f"undocumented commands: {missing}"


def test_help_is_in_spanish(capsys):
    with pytest.raises(SystemExit):
        main(["audit", "answer", "--help"])
    out = capsys.readouterr().out
    assert "opciones:" in out and "mostrar esta ayuda" in out and "options:" not in out
    with pytest.raises(SystemExit):
        main(["audit", "answer", "x", "q", "--item", "abc"])
    assert "valor no válido: 'abc'" in capsys.readouterr().err


def test_sessions_refuse_overlap_and_future_and_can_be_removed(capsys, data_dir):
    base = ["session", "add", "--event", "Junta", "--date", "20/02/2026"]
    assert cli(capsys, data_dir, *base, "--start", "09:00", "--end", "11:30")[0] == 0
    code, _, err = cli(capsys, data_dir, *base, "--start", "10:00", "--end", "12:00")
    assert code == 2 and "se traslapa" in err
    code, _, err = cli(
        capsys,
        data_dir,
        "session",
        "add",
        "--event",
        "x",
        "--date",
        "2099-01-01",
        "--start",
        "09:00",
        "--end",
        "10:00",
    )
    assert code == 2 and "aún no ocurre" in err
    _, out, _ = cli(capsys, data_dir, "session", "list", "--json")
    session = json.loads(out)["sessions"][0]
    assert session["date"] == "2026-02-20"
    assert cli(capsys, data_dir, "session", "remove", session["id"][:6])[0] == 0
    _, out, _ = cli(capsys, data_dir, "session", "list", "--json")
    assert json.loads(out)["total_sessions"] == 0


def test_demo_refuses_a_real_observers_folder(capsys, data_dir):
    cli(capsys, data_dir, "init", "--name", "Ana", "--code", "OBS-7")
    code, _, err = cli(capsys, data_dir, "demo")
    assert code == 2 and "no se mezclan" in err
    _, out, _ = cli(capsys, data_dir, "audit", "list", "--json")
    assert json.loads(out) == []


def test_demo_data_never_gets_a_real_observers_code_nor_signature(capsys, data_dir, monkeypatch):
    """demo, then init --code OBS-002: the sample audits (DEMO-001) would have been signed
    and sent by OBS-002, their JSON and PDF still naming the sample observer."""
    monkeypatch.setenv("OBSERVER_PASSPHRASE", "frase de paso de prueba")
    _, out, _ = cli(capsys, data_dir, "demo", "--json")
    created = json.loads(out)["created"]
    code, _, err = cli(capsys, data_dir, "init", "--name", "Luis", "--code", "OBS-002")
    assert code == 2 and f"{created} auditorías de DEMO-001" in err and "--data-dir" in err
    _, out, _ = cli(capsys, data_dir, "init", "--json")
    assert json.loads(out)["observer_code"] == "DEMO-001"
    # were the code changed anyway (data an older version left), nothing is signed
    conn = sqlite3.connect(data_dir / "observer.db")
    conn.execute("UPDATE observer_profile SET observer_code = 'OBS-002'")
    conn.commit()
    conn.close()
    _, out, _ = cli(capsys, data_dir, "audit", "list", "--status", "finalized", "--json")
    audit = json.loads(out)[0]["id"]
    code, out, err = cli(capsys, data_dir, "report", audit[:8], "--json")
    assert code == 2 and "es del observador DEMO-001" in err and not out
    assert not (data_dir / "keys" / "signing-key.pem").exists()


def test_export_does_not_overwrite_and_status_accepts_spanish(capsys, data_dir, tmp_path):
    cli(capsys, data_dir, "demo")
    _, out, _ = cli(capsys, data_dir, "audit", "list", "--status", "Finalizada", "--json")
    finalized = json.loads(out)
    assert len(finalized) == 2 and {a["status"] for a in finalized} == {"finalized"}
    target = tmp_path / "a.zip"
    target.write_text("no me borres")
    code, _, err = cli(capsys, data_dir, "export", finalized[0]["id"], "-o", str(target))
    assert code == 2 and "ya existe" in err and target.read_text() == "no me borres"
    code, out, _ = cli(
        capsys, data_dir, "export", finalized[0]["id"], "-o", str(target), "--force", "--json"
    )
    assert code == 0 and json.loads(out)["bytes"] > 0


def test_small_usage_errors(capsys, data_dir):
    code, _, err = cli(capsys, data_dir, "forms", "validate", "/no/existe.yaml")
    assert code == 2 and "No existe el archivo" in err
    cli(capsys, data_dir, "init", "--name", "Ana", "--code", "OBS-7")
    code, out, _ = cli(capsys, data_dir, "init", "--email", "ana@example.org", "--json")
    assert code == 0 and json.loads(out)["email"] == "ana@example.org"
    _, out, _ = cli(capsys, data_dir, "audit", "new", "seguimiento_gobierno_abierto")
    audit = out.strip()
    code, out, _ = cli(capsys, data_dir, "audit", "add-item", audit, "hitos", "--json")
    assert json.loads(out) == {"section": "hitos", "item": 1, "item_number": 2}
    code, _, err = cli(
        capsys,
        data_dir,
        "audit",
        "answer",
        audit,
        "descripcion",
        "--item",
        "1",
        "--clear",
        "--note",
        "x",
    )
    assert code == 2 and "--clear solo" in err
    code, out, _ = cli(capsys, data_dir, "audit", "check", audit, "--json")
    items = [m for m in json.loads(out)["missing"] if m["item"] is not None]
    assert {m["item_number"] for m in items} == {1, 2}
    code, _, err = cli(capsys, data_dir, "audit", "list", "--from", "ayer")
    assert code == 2 and "fecha" in err
    code, _, err = cli(
        capsys, data_dir, "audit", "answer", audit, "porcentaje_reportado", "1,5", "--item", "1"
    )
    assert code == 2 and "Use punto para decimales" in err
