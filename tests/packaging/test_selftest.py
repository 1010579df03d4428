"""``observer-desktop --self-test``: in-process, as a fresh process, and when it must fail."""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

from observer_desktop import __version__
from observer_desktop.selftest import SelfTestError, main, run_self_test

ROOT = Path(__file__).resolve().parents[2]
ENTRY = ROOT / "packaging" / "entry_desktop.py"
STEPS = [
    "Formularios",
    "Base de datos",
    "Datos de ejemplo",
    "Fotos HEIC",
    "Informe firmado",
    "Verificación del informe",
    "Traducciones",
    "Ventana principal",
    "Vista previa del PDF",
]


def test_self_test_passes_in_process_and_touches_nothing_of_the_observer(
    qapp, tmp_path, memory_keyring, monkeypatch
):
    import keyring

    monkeypatch.delenv("OBSERVER_PASSPHRASE", raising=False)
    lines: list[str] = []
    shot = tmp_path / "ventana.png"
    result = run_self_test(out=lines.append, work_dir=tmp_path / "prueba", screenshot=shot)

    assert [s.name for s in result.steps] == STEPS
    assert all(line.startswith("  [ok] ") for line in lines) and len(lines) == len(STEPS)
    assert shot.stat().st_size > 10_000  # a real picture of the window, not an empty one
    reports = list((tmp_path / "prueba" / "datos" / "reports").glob("informe-*.pdf"))
    assert len(reports) == 1 and reports[0].read_bytes().startswith(b"%PDF")
    # the throw-away passphrase went nowhere: not left in the environment, not in the keyring
    assert "OBSERVER_PASSPHRASE" not in os.environ
    assert memory_keyring.store == {}
    assert keyring.get_keyring() is memory_keyring


def test_self_test_removes_its_temporary_folder(qapp, tmp_path, monkeypatch):
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    calls = []

    def stop_after_database(*args, **kwargs):
        calls.append(1)
        raise SelfTestError("Datos de ejemplo", "detenido por la prueba")

    monkeypatch.setattr("observer_desktop.services.demo.load_demo", stop_after_database)
    with pytest.raises(SelfTestError, match="detenido por la prueba"):
        run_self_test(out=lambda _line: None)
    assert calls == [1]
    assert not list(tmp_path.glob("observador-autoprueba-*"))  # removed after a failure too


def test_a_broken_installation_fails_with_a_readable_spanish_message(
    qapp, tmp_path, monkeypatch, capsys, isolated_logging
):
    empty = tmp_path / "sin-formularios"
    empty.mkdir()
    monkeypatch.setattr("observer_desktop.services.forms.shipped_forms_dir", lambda: empty)
    assert main() == 1
    captured = capsys.readouterr()
    assert "Autoprueba de Observador" in captured.out
    message = captured.err.strip().splitlines()[-1]
    assert message.startswith("Autoprueba FALLIDA en «Formularios»: se esperaban 4 formularios")
    assert "reinstale Observador" in message
    assert str(isolated_logging / "autoprueba.log") in message
    assert "Traceback" not in captured.err
    assert "FALLIDA" in (isolated_logging / "autoprueba.log").read_text("utf-8")


def test_the_program_entry_runs_the_self_test_in_a_fresh_process(tmp_path):
    env = {k: v for k, v in os.environ.items() if not k.startswith(("QT_", "OBSERVER_", "DISPLAY"))}
    env.update(HOME=str(tmp_path), OBSERVER_LOG_DIR=str(tmp_path / "logs"))
    env["PYTHONPATH"] = str(ROOT)
    proc = subprocess.run(
        [sys.executable, str(ENTRY), "--self-test"],
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert f"Autoprueba de Observador {__version__}" in proc.stdout
    assert "Autoprueba correcta: 9 pasos" in proc.stdout
    version = subprocess.run(
        [sys.executable, str(ENTRY), "--version"],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert version.returncode == 0 and version.stdout.strip() == f"observer-desktop {__version__}"


def test_the_entry_point_dispatches_the_self_test_before_importing_the_window():
    code = (
        "import sys, observer_desktop.selftest as s\n"
        "s.main = lambda: 7\n"
        "from observer_desktop.desktop import main\n"
        "print(main(['--self-test']), 'observer_desktop.ui.app' in sys.modules)\n"
    )
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert proc.stdout.split() == ["7", "False"], proc.stdout + proc.stderr
