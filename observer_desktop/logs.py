"""Where Observador writes its log, and how failures nobody caught get there.

One rotating file per program in the platform log folder
(``platformdirs.user_log_dir("observador")``: ``~/.local/state/observador/log``
on Linux, ``%LOCALAPPDATA%\\observador\\Logs`` on Windows), or in
``OBSERVER_LOG_DIR`` when set. The log lives apart from the data folder on
purpose: a data folder on a USB stick, or one that cannot be opened, still
leaves a log where support knows to look.

No Qt here: the desktop app, the ``observer`` command and the self-test all
call :func:`setup_logging`; the UI adds its dialog on top of
:func:`install_excepthooks`.
"""

from __future__ import annotations

import faulthandler
import logging
import logging.handlers
import os
import platform
import sys
import tempfile
import threading
from collections.abc import Callable
from pathlib import Path
from types import TracebackType

from observer_desktop import __version__

__all__ = [
    "LOG_BACKUPS",
    "LOG_MAX_BYTES",
    "current_log_file",
    "default_log_dir",
    "install_excepthooks",
    "setup_logging",
]

APP_NAME = "observador"
LOG_MAX_BYTES = 2_000_000
LOG_BACKUPS = 4  # observador.log plus .1 … .4: at most 10 MB
FORMAT = "%(asctime)s %(levelname)s [%(threadName)s] %(name)s: %(message)s"

log = logging.getLogger(__name__)

ExcInfo = tuple[type[BaseException], BaseException, TracebackType | None]


class _ObservadorFileHandler(logging.handlers.RotatingFileHandler):
    """Our handler: recognised (and replaced) when logging is set up again."""


_crash_file = None  # kept open: faulthandler writes to its descriptor when the process dies


def default_log_dir() -> Path:
    """``OBSERVER_LOG_DIR`` if set, otherwise the platform's user log folder."""
    env = os.environ.get("OBSERVER_LOG_DIR")
    if env:
        return Path(env).expanduser().resolve()
    import platformdirs

    return Path(platformdirs.user_log_dir(APP_NAME, appauthor=False))


def _writable_dir(preferred: Path) -> Path:
    """``preferred``, or a folder in the temporary directory if it cannot be created."""
    for candidate in (preferred, Path(tempfile.gettempdir()) / f"{APP_NAME}-logs"):
        try:
            candidate.mkdir(parents=True, exist_ok=True)
            probe = candidate / f".probe-{os.getpid()}"
            probe.write_bytes(b"")
            probe.unlink()
            return candidate
        except OSError:
            continue
    raise OSError(f"no se puede escribir en {preferred} ni en la carpeta temporal")


def setup_logging(
    program: str = "observador",
    *,
    log_dir: Path | None = None,
    level: str | int | None = None,
    console: bool = True,
    crash_file: bool = True,
) -> Path | None:
    """Send the root logger to ``<log folder>/<program>.log`` (rotating); return its path.

    Safe to call again (the previous file handler is replaced, not doubled).
    ``level`` defaults to ``OBSERVER_LOG_LEVEL`` or INFO. ``console`` adds a
    stderr handler when there is a stderr (a windowed Windows program has
    none). ``crash_file`` points :mod:`faulthandler` at ``crash.log`` beside
    it, so a crash inside Qt leaves a Python stack instead of nothing. Returns
    None, logging only to the console, if no folder at all can be written.
    """
    root = logging.getLogger()
    for handler in list(root.handlers):
        if isinstance(handler, _ObservadorFileHandler):
            root.removeHandler(handler)
            handler.close()
    chosen = level if level is not None else os.environ.get("OBSERVER_LOG_LEVEL", "INFO")
    try:
        root.setLevel(chosen.upper() if isinstance(chosen, str) else chosen)
    except ValueError:
        root.setLevel(logging.INFO)
    if console and sys.stderr is not None:
        if not any(type(h) is logging.StreamHandler for h in root.handlers):
            stream = logging.StreamHandler()
            stream.setLevel(logging.WARNING)  # the terminal shows problems; the file has all
            stream.setFormatter(logging.Formatter("%(levelname)s %(name)s: %(message)s"))
            root.addHandler(stream)
    try:
        folder = _writable_dir(log_dir or default_log_dir())
    except OSError as exc:
        log.warning("sin archivo de registro: %s", exc)
        return None
    path = folder / f"{program}.log"
    handler = _ObservadorFileHandler(
        path, maxBytes=LOG_MAX_BYTES, backupCount=LOG_BACKUPS, encoding="utf-8", delay=False
    )
    handler.setFormatter(logging.Formatter(FORMAT))
    root.addHandler(handler)
    if crash_file:
        _enable_faulthandler(folder / "crash.log")
    logging.getLogger("observer_desktop").info(
        "%s %s started (Python %s, %s, %s)",
        program,
        __version__,
        platform.python_version(),
        platform.platform(),
        "bundle" if getattr(sys, "frozen", False) else "source",
    )
    return path


def _enable_faulthandler(path: Path) -> None:
    global _crash_file
    try:
        handle = path.open("a", encoding="utf-8")
    except OSError:
        return
    old, _crash_file = _crash_file, handle
    faulthandler.enable(file=handle, all_threads=True)
    if old is not None:
        old.close()


def current_log_file() -> Path | None:
    """The file :func:`setup_logging` opened (or any rotating file handler of the root)."""
    handlers = logging.getLogger().handlers
    for handler in reversed(handlers):
        if isinstance(handler, _ObservadorFileHandler):
            return Path(handler.baseFilename)
    for handler in reversed(handlers):
        if isinstance(handler, logging.handlers.RotatingFileHandler):
            return Path(handler.baseFilename)
    return None


def install_excepthooks(notify: Callable[[ExcInfo], None] | None = None) -> None:
    """Log every exception nobody caught (main thread, other threads), then call ``notify``.

    ``notify`` is how a program tells the person (the desktop app shows a
    dialog). It may be called from any thread; an error inside it is logged
    and never hides the original one.
    """
    logger = logging.getLogger("observer_desktop")

    def report(exc_info: ExcInfo, where: str) -> None:
        logger.critical("unhandled exception (%s)", where, exc_info=exc_info)
        if notify is None:
            return
        try:
            notify(exc_info)
        except Exception:
            logger.exception("could not show the unhandled exception")

    def main_hook(kind, value, tb) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, value, tb)
            return
        report((kind, value, tb), "main thread")

    def thread_hook(args: threading.ExceptHookArgs) -> None:
        if args.exc_type is SystemExit or args.exc_value is None:
            return
        name = args.thread.name if args.thread is not None else "?"
        report((args.exc_type, args.exc_value, args.exc_traceback), f"thread {name}")

    sys.excepthook = main_hook
    threading.excepthook = thread_hook
