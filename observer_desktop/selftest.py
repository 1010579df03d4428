"""``observer-desktop --self-test``: prove an installed copy works, end to end, offscreen.

Made for installers and support: after ``dpkg -i``, after the Windows
installer, in CI against the PyInstaller bundle. In a temporary data folder
(the observer's own folder and keyring are never touched) it loads the
checklists, creates the database, loads the sample audits (photos included:
Pillow, EXIF, thumbnails) and a phone's HEIC photo, signs the report of a finalized audit and verifies
it, installs the Spanish translations (ours and Qt's), renders the main window
offscreen with the list and an open audit, and renders the signed PDF with
QtPdf, as the preview does. Each step prints one line; exit status 0 when all
pass, 1 with a readable Spanish message saying which step failed and why.

This module belongs to the GUI entry point: it is the one place outside
``ui/`` that touches Qt, and only inside the functions that need it.
"""

from __future__ import annotations

import contextlib
import functools
import importlib
import logging
import os
import platform
import secrets
import shutil
import sys
import tempfile
import time
import traceback
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from observer_desktop import __version__
from observer_desktop.core.files import private_dir

__all__ = ["SelfTestError", "SelfTestResult", "main", "process_age", "run_self_test"]

log = logging.getLogger(__name__)

WINDOW_TIMEOUT_S = 60.0
EXPECTED_FORMS = 4  # the checklists shipped in forms/


class SelfTestError(Exception):
    """A step failed; ``str()`` is the Spanish message for the person running the test."""

    def __init__(self, step: str, message: str):
        super().__init__(message)
        self.step = step
        self.message = message


@dataclass
class StepResult:
    name: str
    detail: str
    seconds: float


@dataclass
class SelfTestResult:
    steps: list[StepResult] = field(default_factory=list)
    seconds: float = 0.0
    window_after_s: float | None = None  # process start → main window shown
    report_path: Path | None = None  # only when the caller keeps the folder


def process_age() -> float | None:
    """Seconds since this process started (Linux), None where the OS does not say."""
    try:
        with open("/proc/self/stat", encoding="ascii") as fh:
            fields = fh.read().rsplit(")", 1)[1].split()
        with open("/proc/uptime", encoding="ascii") as fh:
            uptime = float(fh.read().split()[0])
        ticks = os.sysconf("SC_CLK_TCK")
        return max(0.0, uptime - int(fields[19]) / ticks)  # field 22: starttime
    except (OSError, ValueError, IndexError, AttributeError):
        return None


def _frozen() -> bool:
    return bool(getattr(sys, "frozen", False))


@contextlib.contextmanager
def _isolated_secrets() -> Iterator[None]:
    """A throw-away passphrase in ``OBSERVER_PASSPHRASE`` and no OS keyring, then restore both.

    The test key lives in the temporary folder; nothing is written to or read
    from the observer's keyring (which could also ask to be unlocked).
    """
    import keyring
    from keyring.backends import fail

    previous_env = os.environ.get("OBSERVER_PASSPHRASE")
    previous_ring = keyring.get_keyring()
    os.environ["OBSERVER_PASSPHRASE"] = secrets.token_urlsafe(24)
    keyring.set_keyring(fail.Keyring())
    try:
        yield
    finally:
        keyring.set_keyring(previous_ring)
        if previous_env is None:
            os.environ.pop("OBSERVER_PASSPHRASE", None)
        else:
            os.environ["OBSERVER_PASSPHRASE"] = previous_env


class _Runner:
    def __init__(self, out: Callable[[str], None]):
        self.out = out
        self.result = SelfTestResult()

    def step(self, name: str, fn: Callable[[], str]) -> None:
        started = time.perf_counter()
        try:
            detail = fn()
        except SelfTestError:
            raise
        except Exception as exc:
            from observer_desktop.core.errors import ObserverError

            log.error("self-test step %r failed", name, exc_info=True)
            if isinstance(exc, ObserverError):
                message = str(exc)
            else:
                message = f"error inesperado: {type(exc).__name__}: {exc}"
            raise SelfTestError(name, message) from exc
        seconds = time.perf_counter() - started
        self.result.steps.append(StepResult(name, detail, seconds))
        self.out(f"  [ok] {name}: {detail} ({seconds:.2f} s)")


def _require(step: str, condition: bool, message: str) -> None:
    if not condition:
        raise SelfTestError(step, message)


def run_self_test(
    *,
    out: Callable[[str], None] = print,
    work_dir: Path | None = None,
    screenshot: Path | None = None,
) -> SelfTestResult:
    """Run every step; raise :class:`SelfTestError` at the first failure.

    ``work_dir``: an empty folder to use (and keep) instead of a temporary one.
    ``screenshot``: where to save the rendered main window (PNG).
    A QApplication is created offscreen unless one exists already.
    """
    started = time.perf_counter()
    runner = _Runner(out)
    keep = work_dir is not None
    folder = Path(work_dir) if keep else Path(tempfile.mkdtemp(prefix="observador-autoprueba-"))
    try:
        with _isolated_secrets():
            _run_steps(runner, folder / "datos", screenshot)
    finally:
        if not keep:
            shutil.rmtree(folder, ignore_errors=True)
    runner.result.seconds = time.perf_counter() - started
    return runner.result


@dataclass
class _Context:
    """What the steps share: where they work, and what the earlier steps made."""

    runner: _Runner
    data_dir: Path
    screenshot: Path | None
    app: Any = None  # the Observador the core steps open (closed before the Qt steps)
    audits: int = 0  # how many sample audits there are
    target: dict[str, Any] = field(default_factory=dict)  # the audit whose report is signed
    report: Path | None = None
    qt_app: Any = None  # the QApplication made here, if there was none


# What each phase's steps import, loaded before its first step: a copy that cannot load
# them fails as a whole (the harness's message), not as one of the steps.
_CORE_MODULES = (
    "observer_desktop.services.app",
    "observer_desktop.services.demo",
    "observer_desktop.services.forms",
    "observer_desktop.services.reports",
    "observer_desktop.storage.schema",
)
_QT_MODULES = ("PySide6.QtCore", "PySide6.QtWidgets", "observer_desktop.ui.i18n")


def _run_steps(runner: _Runner, data_dir: Path, screenshot: Path | None) -> None:
    for module in _CORE_MODULES:
        importlib.import_module(module)
    context = _Context(runner, data_dir, screenshot)
    try:
        for name, step in _CORE_STEPS:
            runner.step(name, functools.partial(step, context))
    finally:
        if context.app is not None:
            context.app.close()
    _qt_steps(context)


def _forms(context: _Context) -> str:
    from observer_desktop.services.forms import FormRegistry, shipped_forms_dir

    folder = shipped_forms_dir()
    registry = FormRegistry([folder])
    problems = "; ".join(str(p.error) for p in registry.problems)
    _require("Formularios", not problems, f"formularios con errores en {folder}: {problems}")
    count = len(registry.all_latest())
    _require(
        "Formularios",
        count >= EXPECTED_FORMS,
        f"se esperaban {EXPECTED_FORMS} formularios en {folder} y hay {count}; "
        "la instalación está incompleta, reinstale Observador",
    )
    return f"{count} listas de verificación válidas"


def _database(context: _Context) -> str:
    from observer_desktop.services.app import Observador
    from observer_desktop.storage.schema import LATEST_VERSION

    private_dir(context.data_dir)
    app = context.app = Observador(context.data_dir)
    version = app.database.schema_version()
    _require(
        "Base de datos",
        version == LATEST_VERSION,
        f"el esquema quedó en la versión {version}, se esperaba {LATEST_VERSION}",
    )
    check = app.database.integrity_check()
    _require("Base de datos", check == "ok", f"la revisión de integridad dice: {check}")
    return f"creada en una carpeta temporal (esquema v{version}, integridad ok)"


def _demo(context: _Context) -> str:
    from observer_desktop.services.demo import load_demo

    app = context.app
    created = load_demo(app)["created"]
    audits = app.list_audits()
    _require("Datos de ejemplo", created == len(audits) > 0, "no se crearon las auditorías")
    finalized = [a for a in audits if a["status"] == "finalized"]
    _require("Datos de ejemplo", bool(finalized), "ninguna auditoría de ejemplo se finalizó")
    # the finalized audit with the most evidence: the report then has photos
    target = max(finalized, key=lambda a: len(app.store.evidence(a["id"])))
    photos = len(app.store.evidence(target["id"]))
    context.audits, context.target = len(audits), target
    breaks = app.verify_custody()
    _require("Datos de ejemplo", not breaks, f"registro de custodia roto: {breaks[:1]}")
    return f"{len(audits)} auditorías, {photos} fotos con miniaturas, custodia íntegra"


def _heic(context: _Context) -> str:
    """An iPhone-style HEIC photo: the format most likely to lose its library in a bundle."""
    from PIL import Image

    from observer_desktop.evidence.media import HEIF_SUPPORT
    from observer_desktop.services.evidence import add_evidence

    step = "Fotos HEIC"
    _require(
        step,
        HEIF_SUPPORT,
        "falta pillow-heif: las fotos HEIC de teléfonos no tendrían vista previa",
    )
    import pillow_heif

    app = context.app
    draft = next(a for a in app.list_audits() if a["status"] == "draft")
    photo = context.data_dir.parent / "IMG_0001.HEIC"
    pillow_heif.from_pillow(Image.new("RGB", (64, 48), (110, 160, 215))).save(photo, quality=60)
    added = add_evidence(app, draft["id"], [photo]).added
    _require(step, len(added) == 1, "la foto HEIC no se importó")
    _require(step, added[0]["mime"] == "image/heic", f"se reconoció como {added[0]['mime']}")
    _require(
        step,
        app.evidence.thumbnail_path(added[0]["sha256"]).is_file(),
        "la foto HEIC se importó sin miniatura",
    )
    return "importada con su tipo y su miniatura"


def _report(context: _Context) -> str:
    from observer_desktop.services.reports import generate_report

    made = generate_report(context.app, context.target["id"], ask=None)
    context.report = made.path
    return f"{made.size // 1024} KB firmado (PAdES, ECDSA P-256)"


def _verify(context: _Context) -> str:
    from observer_desktop.services.reports import verify_report

    result = verify_report(context.report, app=context.app)
    _require(
        "Verificación del informe",
        result.valid,
        "el informe recién firmado no se verifica: " + "; ".join(result.reasons),
    )
    _require(
        "Verificación del informe",
        bool(result.manifest_matches and result.embedded_audit),
        "el registro adjunto al informe no coincide con la auditoría",
    )
    local = result.local_evidence or {}
    _require(
        "Verificación del informe",
        not local.get("missing") and not local.get("altered"),
        f"evidencia faltante o alterada: {local}",
    )
    return f"firma válida, registro adjunto y {local.get('checked', 0)} evidencias coinciden"


# the steps before Qt, in order: each a name (what the person reads) and its function
_CORE_STEPS: tuple[tuple[str, Callable[[_Context], str]], ...] = (
    ("Formularios", _forms),
    ("Base de datos", _database),
    ("Datos de ejemplo", _demo),
    ("Fotos HEIC", _heic),
    ("Informe firmado", _report),
    ("Verificación del informe", _verify),
)


# ------------------------------------------------------------------ Qt


def _qt_steps(context: _Context) -> None:
    for module in _QT_MODULES:
        importlib.import_module(module)
    _start_qt(context)
    for name, step in _QT_STEPS:
        context.runner.step(name, functools.partial(step, context))


def _start_qt(context: _Context) -> None:
    """An offscreen QApplication unless one exists, Qt's messages sent to the log."""
    from PySide6.QtWidgets import QApplication

    if QApplication.instance() is not None:
        return
    from PySide6.QtCore import QtMsgType, qInstallMessageHandler

    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    qt_log = logging.getLogger("qt")
    levels = {QtMsgType.QtDebugMsg: logging.DEBUG, QtMsgType.QtInfoMsg: logging.INFO}

    def to_log(kind, _context, message) -> None:  # offscreen chatter goes to the log only
        qt_log.log(levels.get(kind, logging.WARNING), "%s", message)
        if kind == QtMsgType.QtFatalMsg:
            # Qt would abort right after this (e.g. no usable platform plugin): say why,
            # and end with the self-test's own failure status instead of a core dump
            if sys.stderr is not None:
                print(f"Autoprueba FALLIDA: Qt no pudo iniciar: {message}", file=sys.stderr)
            for handler in logging.getLogger().handlers:
                handler.flush()
            os._exit(1)

    qInstallMessageHandler(to_log)
    context.qt_app = QApplication([sys.argv[0] if sys.argv else "observer-desktop"])


def _translations(context: _Context) -> str:
    from PySide6.QtCore import QCoreApplication

    from observer_desktop.ui import i18n

    used = i18n.install("es_MX")
    ours = QCoreApplication.translate("DiagnosticsDialog", "About Observador")
    _require(
        "Traducciones",
        used == "es_MX" and ours != "About Observador",
        f"falta la traducción al español ({i18n.qm_file('es_MX')}); reinstale Observador",
    )
    qt_own = QCoreApplication.translate("QPlatformTheme", "Cancel")
    _require(
        "Traducciones",
        qt_own != "Cancel",
        "faltan las traducciones de Qt (botones como «Cancelar» saldrían en inglés)",
    )
    return f"español de México («{ours}», «{qt_own}»)"


def _wait_for(condition: Callable[[], bool], timeout_s: float) -> bool:
    from PySide6.QtCore import QEventLoop, QTimer

    if condition():
        return True
    loop = QEventLoop()
    poll = QTimer()
    poll.setInterval(20)
    poll.timeout.connect(lambda: loop.quit() if condition() else None)
    QTimer.singleShot(int(timeout_s * 1000), loop.quit)
    poll.start()
    loop.exec()
    poll.stop()
    return condition()


def _error_dialogs() -> list[str]:
    from PySide6.QtWidgets import QApplication

    return [
        w.text()
        for w in QApplication.instance().topLevelWidgets()
        if w.objectName() == "errorDialog" and w.isVisible() and hasattr(w, "text")
    ]


def _main_window(context: _Context) -> str:
    from PySide6.QtCore import QCoreApplication

    from observer_desktop.ui.backend import Backend
    from observer_desktop.ui.main_window.window import MainWindow
    from observer_desktop.ui.tasks import TaskRunner

    backend = Backend(context.data_dir)
    tasks = TaskRunner()
    main = MainWindow(backend, tasks, first_run_check=False)
    try:
        size = _show_list_and_audit(context, main)
    finally:
        main.close()
        tasks.run(lambda: backend.app().close(), on_failure=lambda *_: None)
        tasks.wait()
        main.deleteLater()
        tasks.deleteLater()
        QCoreApplication.processEvents()
    return f"lista con {context.audits} auditorías y una auditoría abierta ({size})"


def _show_list_and_audit(context: _Context, main: Any) -> str:
    """The window shows the list, then opens the target audit and draws; its size."""
    from PySide6.QtCore import QCoreApplication

    step = "Ventana principal"
    main.show()
    listed = _wait_for(
        lambda: main.model.rowCount() == context.audits or bool(_error_dialogs()),
        WINDOW_TIMEOUT_S,
    )
    _require(step, not _error_dialogs(), "; ".join(_error_dialogs()))
    _require(
        step,
        listed,
        f"la lista no mostró las {context.audits} auditorías en {WINDOW_TIMEOUT_S:.0f} s",
    )
    context.runner.result.window_after_s = process_age()
    list_title = main.windowTitle()
    main.open_audit(context.target["id"])
    opened = _wait_for(
        lambda: main.windowTitle() != list_title or bool(_error_dialogs()),
        WINDOW_TIMEOUT_S,
    )
    _require(step, not _error_dialogs(), "; ".join(_error_dialogs()))
    _require(step, opened, "la auditoría no se abrió en el editor")
    QCoreApplication.processEvents()
    image = main.grab()
    _require(step, not image.isNull(), "la ventana no se pudo dibujar")
    if context.screenshot is not None:
        image.save(str(context.screenshot))
    return f"{image.width()}×{image.height()}"


def _pdf_preview(context: _Context) -> str:
    from PySide6.QtCore import QSize
    from PySide6.QtPdf import QPdfDocument

    step = "Vista previa del PDF"
    document = QPdfDocument(None)
    error = document.load(str(context.report))
    _require(step, error == QPdfDocument.Error.None_, f"QtPdf no abre el informe ({error})")
    pages = document.pageCount()
    _require(step, pages > 0, "QtPdf no encontró páginas en el informe")
    image = document.render(0, QSize(420, 594))
    _require(step, not image.isNull(), "QtPdf no pudo dibujar la primera página")
    document.close()
    return f"{pages} páginas; la primera se dibuja con QtPdf"


# the Qt steps, in order, after the core steps' app is closed
_QT_STEPS: tuple[tuple[str, Callable[[_Context], str]], ...] = (
    ("Traducciones", _translations),
    ("Ventana principal", _main_window),
    ("Vista previa del PDF", _pdf_preview),
)


# ------------------------------------------------------------------ command


def _header() -> str:
    try:
        from PySide6 import __version__ as pyside
        from PySide6.QtCore import qVersion

        qt = f"Qt {qVersion()} (PySide6 {pyside})"
    except ImportError:  # reported by the window step
        qt = "Qt no disponible"
    where = "paquete instalado" if _frozen() else "código fuente"
    return (
        f"Autoprueba de Observador {__version__} ({where}; Python "
        f"{platform.python_version()}; {qt}; {platform.system()} {platform.machine()})"
    )


def main() -> int:
    """The ``--self-test`` command: print each step, return the exit status (0 ok, 1 failed)."""
    from observer_desktop.logs import setup_logging

    for stream in (sys.stdout, sys.stderr):
        if stream is not None and hasattr(stream, "reconfigure"):
            with contextlib.suppress(ValueError, OSError):
                stream.reconfigure(errors="replace")  # a cp1252 console must not stop the test
    log_path = setup_logging("autoprueba", console=False)

    def out(line: str) -> None:
        log.info("%s", line)
        if sys.stdout is not None:
            print(line, flush=True)

    out(_header())
    try:
        result = run_self_test(out=out)
    except SelfTestError as exc:
        message = f"Autoprueba FALLIDA en «{exc.step}»: {exc.message}."
        if log_path is not None:
            message += f" Detalles en {log_path}"
        log.error("%s", message)
        if sys.stderr is not None:
            print(message, file=sys.stderr, flush=True)
        return 1
    except Exception as exc:  # the harness itself: still a readable line, never a bare trace
        log.critical("self-test crashed", exc_info=True)
        if sys.stderr is not None:
            traceback.print_exc()
            print(
                f"Autoprueba FALLIDA: error inesperado {type(exc).__name__}: {exc}",
                file=sys.stderr,
            )
        return 1
    window = (
        f"; ventana principal lista a {result.window_after_s:.1f} s del arranque"
        if result.window_after_s is not None
        else ""
    )
    out(f"Autoprueba correcta: {len(result.steps)} pasos en {result.seconds:.1f} s{window}.")
    return 0
