"""The log: platform folder, rotation, fallbacks, and errors nobody caught."""

from __future__ import annotations

import logging
import logging.handlers
import subprocess
import sys
import tempfile
import threading
from pathlib import Path

from observer_desktop import __version__, logs


def _flush() -> None:
    for handler in logging.getLogger().handlers:
        handler.flush()


def test_log_lives_in_the_platform_log_folder(monkeypatch, tmp_path):
    import platformdirs

    monkeypatch.delenv("OBSERVER_LOG_DIR")
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state"))
    monkeypatch.setenv("LOCALAPPDATA", str(tmp_path / "local"))  # Windows
    expected = Path(platformdirs.user_log_dir("observador", appauthor=False))
    assert logs.default_log_dir() == expected
    assert str(expected).startswith(str(tmp_path))
    if sys.platform.startswith("linux"):
        assert expected == tmp_path / "state" / "observador" / "log"

    path = logs.setup_logging(crash_file=False)
    assert path == expected / "observador.log"
    logging.getLogger("observer_desktop.test").warning("algo falló: ñandú")
    _flush()
    text = path.read_text("utf-8")
    assert f"observador {__version__} started" in text
    assert "algo falló: ñandú" in text
    assert logs.current_log_file() == path


def test_log_rotates_and_keeps_a_bounded_number_of_files(monkeypatch, isolated_logging):
    monkeypatch.setattr(logs, "LOG_MAX_BYTES", 4000)
    path = logs.setup_logging(crash_file=False)
    assert path.parent == isolated_logging
    logger = logging.getLogger("observer_desktop.test")
    for i in range(400):
        logger.info("línea %d de un registro que crece: %s", i, "x" * 60)
    _flush()
    files = sorted(p.name for p in isolated_logging.glob("observador.log*"))
    assert "observador.log.1" in files
    assert len(files) == logs.LOG_BACKUPS + 1  # the oldest are deleted, never more
    assert all(p.stat().st_size <= 4000 + 200 for p in isolated_logging.glob("observador.log*"))


def test_setting_up_twice_does_not_double_the_file_handler(isolated_logging):
    first = logs.setup_logging(crash_file=False)
    second = logs.setup_logging("observador", crash_file=False)
    assert first == second
    ours = [
        h
        for h in logging.getLogger().handlers
        if isinstance(h, logging.handlers.RotatingFileHandler)
        and Path(h.baseFilename).parent == isolated_logging
    ]
    assert len(ours) == 1
    logging.getLogger("observer_desktop.test").error("una sola vez")
    _flush()
    assert first.read_text("utf-8").count("una sola vez") == 1


def test_an_unusable_log_folder_falls_back_to_the_temporary_folder(monkeypatch, tmp_path):
    blocker = tmp_path / "archivo"
    blocker.write_text("no soy una carpeta")
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path / "tmp"))
    (tmp_path / "tmp").mkdir()
    path = logs.setup_logging(log_dir=blocker / "logs", crash_file=False)
    assert path == tmp_path / "tmp" / "observador-logs" / "observador.log"
    logging.getLogger("observer_desktop.test").error("aquí sí")
    _flush()
    assert "aquí sí" in path.read_text("utf-8")


def test_uncaught_exceptions_are_logged_with_their_traceback(isolated_logging):
    path = logs.setup_logging(crash_file=False)
    seen = []
    logs.install_excepthooks(seen.append)

    def explode():
        raise ZeroDivisionError("división entre cero en el hilo")

    try:
        {}["falta"]
    except KeyError:
        sys.excepthook(*sys.exc_info())
    worker = threading.Thread(target=explode, name="trabajador")
    worker.start()
    worker.join()
    _flush()
    text = path.read_text("utf-8")
    assert "unhandled exception (main thread)" in text and "KeyError: 'falta'" in text
    assert "unhandled exception (thread trabajador)" in text
    assert "ZeroDivisionError: división entre cero en el hilo" in text
    assert "Traceback (most recent call last)" in text
    assert [type(info[1]) for info in seen] == [KeyError, ZeroDivisionError]


def test_a_failing_notifier_never_hides_the_original_error(isolated_logging):
    path = logs.setup_logging(crash_file=False)

    def broken(_info):
        raise RuntimeError("el diálogo tampoco pudo")

    logs.install_excepthooks(broken)
    try:
        raise ValueError("el error original")
    except ValueError:
        sys.excepthook(*sys.exc_info())
    _flush()
    text = path.read_text("utf-8")
    assert "ValueError: el error original" in text
    assert "could not show the unhandled exception" in text


def test_a_hard_crash_leaves_a_python_stack_in_crash_log(tmp_path):
    code = (
        "import ctypes, faulthandler\n"
        "from observer_desktop.logs import setup_logging\n"
        "setup_logging(console=False)\n"
        "ctypes.string_at(0)\n"  # a segmentation fault, as a crash inside Qt would be
    )
    env = {"OBSERVER_LOG_DIR": str(tmp_path / "logs"), "PATH": "/usr/bin:/bin"}
    proc = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, timeout=60)
    assert proc.returncode != 0
    crash = (tmp_path / "logs" / "crash.log").read_text("utf-8")
    assert "Fatal Python error" in crash and "Segmentation fault" in crash
