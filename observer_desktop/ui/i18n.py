"""Screen language: Qt Linguist translations, Spanish (es_MX) by default.

Source strings in the code are English, wrapped in ``self.tr("…")`` inside
QObject subclasses or ``QCoreApplication.translate("Context", "…")``
elsewhere, so ``pyside6-lupdate`` finds them. Each module ``ui/<name>.py`` has
its Spanish translation in ``ui/translations/es_MX/<name>.ts`` (committed,
edited with Qt Linguist or by hand); ``make translations`` compiles them all
into one ``observador_es_MX.qm`` (generated, never committed).
``tests/gui/test_translations.py`` fails when a visible string has no Spanish
translation.

How to add a string: write it in English with ``self.tr``; run
``make update-translations`` (lupdate adds it to the module's ``.ts`` as
unfinished); write the Spanish in the ``.ts``; ``make test``.
"""

from __future__ import annotations

import logging
import os
import shutil
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication,
    QDate,
    QDateTime,
    QLibraryInfo,
    QLocale,
    Qt,
    QTimeZone,
    QTranslator,
)

log = logging.getLogger(__name__)

TRANSLATIONS = Path(__file__).resolve().parent / "translations"
LANGUAGES = {"es_MX": "Español (México)", "en": "English"}
DEFAULT_LANGUAGE = "es_MX"

_installed: list[QTranslator] = []


def date_pattern() -> str:
    """How dates are shown and typed: 05/03/2026 in Spanish (as written in Mexico),
    2026-03-05 in English (unambiguous for readers on either side of the Atlantic)."""
    return "dd/MM/yyyy" if QLocale().language() == QLocale.Language.Spanish else "yyyy-MM-dd"


def date_text(iso: str | None) -> str:
    """A stored date ('2026-03-05', or the date part of a time) as :func:`date_pattern`."""
    if not iso:
        return ""
    day = QDate.fromString(iso[:10], Qt.DateFormat.ISODate)
    return day.toString(date_pattern()) if day.isValid() else iso


def local_moment(iso: str | None) -> QDateTime | None:
    """A stored time (UTC, ISO) on the observer's clock; None if it is not a time."""
    if not iso:
        return None
    moment = QDateTime.fromString(iso, Qt.DateFormat.ISODateWithMs)
    if not moment.isValid():
        moment = QDateTime.fromString(iso, Qt.DateFormat.ISODate)
    if not moment.isValid():
        return None
    if moment.timeSpec() == Qt.TimeSpec.LocalTime:
        moment.setTimeZone(QTimeZone.utc())  # the services store UTC even without a suffix
    return moment.toLocalTime()


def local_time(iso: str | None) -> str:
    """A stored time (UTC, ISO) on the observer's clock: '26/11/2026 10:20'."""
    moment = local_moment(iso)
    return moment.toString(date_pattern() + " HH:mm") if moment else (iso or "")


def human_size(n: int) -> str:
    """A byte count as the observer reads it, in the language on screen ("4.2 MB")."""
    return QLocale().formattedDataSize(
        max(0, int(n)), 1, QLocale.DataSizeFormat.DataSizeTraditionalFormat
    )


def ts_files(language: str) -> list[Path]:
    return sorted((TRANSLATIONS / language).glob("*.ts"))


def qm_file(language: str) -> Path:
    return TRANSLATIONS / f"observador_{language}.qm"


def _lrelease() -> str | None:
    exe = Path(sys.executable).with_name("pyside6-lrelease")
    return str(exe) if exe.exists() else shutil.which("pyside6-lrelease")


def compile_translation(language: str, target: Path | None = None) -> Path | None:
    """Build the .qm from the .ts files (``make translations`` does this; here as a fallback).

    Written to a temporary name and renamed: Qt maps a loaded .qm into memory, and
    rewriting it in place would crash every running app that has it loaded (SIGBUS).
    """
    sources, target = ts_files(language), target or qm_file(language)
    tool = _lrelease()
    if not sources or tool is None:
        return None
    tmp = target.with_name(f".{target.name}.{os.getpid()}.tmp")
    try:
        subprocess.run(
            [tool, "-silent", *map(str, sources), "-qm", str(tmp)],
            check=True,
            capture_output=True,
            timeout=60,
        )
        os.replace(tmp, target)
    except (OSError, subprocess.SubprocessError) as exc:
        log.warning("could not compile the %s translation: %s", language, exc)
        tmp.unlink(missing_ok=True)
        return None
    return target


def install(language: str | None) -> str:
    """Install the translators for ``language`` (None: the default). Returns the language used."""
    language = language if language in LANGUAGES else DEFAULT_LANGUAGE
    app = QCoreApplication.instance()
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    if language == "en":
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
        return language
    QLocale.setDefault(QLocale(QLocale.Language.Spanish, QLocale.Country.Mexico))
    qm = qm_file(language)
    newest = max((p.stat().st_mtime for p in ts_files(language)), default=0)
    if not qm.is_file() or qm.stat().st_mtime < newest:
        # a checkout where `make translations` has not run: build it now
        qm = compile_translation(language) or qm
    # Qt asks the translator installed last first: ours, then Qt's own for its buttons
    # and dialogs (Cancel, Yes, "Buscar en:"…)
    # a plain QTranslator: a Python override of translate() deadlocked a language switch
    # (Qt calls it under its translator lock from its own threads; install() waits for
    # that lock holding the GIL). Qt's Spanish is Spain's ("fichero"): its strings that
    # say so are translated again in es_MX/qtbase.ts, part of our catalog, asked first.
    qt_own = QTranslator(app)
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if qt_own.load("qtbase_es", qt_dir):
        _installed.append(qt_own)
    else:
        log.warning("Qt's Spanish (qtbase_es in %s) not found: its dialogs stay in English", qt_dir)
    ours = QTranslator(app)
    if ours.load(str(qm)):
        _installed.append(ours)
    else:
        log.warning("Spanish translation %s not found; screens will be in English", qm)
    for translator in _installed:
        app.installTranslator(translator)
    return language
