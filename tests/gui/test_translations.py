"""Every visible string of the UI has a Spanish translation (Qt Linguist .ts files).

For each ``ui/<name>.py`` that calls ``tr``/``translate``, each package ``ui/<name>/``
(all its modules share one catalog) and ``core/statuses.py`` (the status names),
``pyside6-lupdate`` runs over a copy of the committed ``translations/es_MX/<name>.ts``:
a string added to the code without a translation shows up there as unfinished, and
fails here.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from observer_desktop.ui import i18n

UI = Path(i18n.__file__).resolve().parent
LUPDATE = Path(sys.executable).with_name("pyside6-lupdate")


def _translatable(path: Path) -> bool:
    return bool(re.search(r"\btr\(|\btranslate\(", path.read_text("utf-8")))


def _sources(module: Path) -> list[Path]:
    """The files lupdate reads for one catalog: a module, or every module of a package."""
    return sorted(module.glob("*.py")) if module.is_dir() else [module]


MODULES = [
    *sorted(p for p in UI.glob("*.py") if _translatable(p)),
    # screens as packages (ui/sync/): one catalog per package, es_MX/<package>.ts
    *sorted(
        p.parent for p in UI.glob("*/__init__.py") if any(map(_translatable, _sources(p.parent)))
    ),
    UI.parent / "core" / "statuses.py",  # the status names: Qt-free, marked with QT_TRANSLATE_NOOP
]


def _messages(ts: Path):
    for context in ET.parse(ts).getroot().iter("context"):
        for message in context.iter("message"):
            translation = message.find("translation")
            yield (
                context.findtext("name"),
                message.findtext("source"),
                "".join(translation.itertext()),  # plural forms are <numerusform> children
                translation.get("type"),
            )


@pytest.mark.skipif(not LUPDATE.exists(), reason="pyside6-lupdate not installed")
@pytest.mark.parametrize("module", MODULES, ids=lambda p: p.stem)
def test_every_string_has_a_spanish_translation(module, tmp_path):
    committed = UI / "translations" / "es_MX" / f"{module.stem}.ts"
    copy = tmp_path / committed.name
    if committed.is_file():
        shutil.copy(committed, copy)
    subprocess.run(
        [str(LUPDATE), "-silent", *map(str, _sources(module)), "-ts", str(copy)],
        check=True,
        timeout=120,
    )
    if not committed.is_file() and not list(_messages(copy)):
        return  # lupdate found no visible string in this module (only prose mentions tr)
    assert committed.is_file(), f"{committed} is missing: run `make update-translations`"
    untranslated = [
        f"{ctx}: {src!r}"
        for ctx, src, text, kind in _messages(copy)
        if kind in ("unfinished",) or (kind is None and not text.strip())
    ]
    assert not untranslated, (
        f"strings of {module.name} without Spanish translation (run `make update-translations` "
        "and translate them in " + committed.name + "):\n" + "\n".join(untranslated)
    )
    for ctx, src, text, kind in _messages(copy):
        if kind in ("obsolete", "vanished"):
            continue
        for placeholder in set(re.findall(r"%\d", src)):
            assert placeholder in text, f"{ctx}: {src!r} lost {placeholder} in {text!r}"
        assert src.count("&") - src.count("&&") <= 1 and (
            ("&" in src.replace("&&", "")) == ("&" in text.replace("&&", ""))
        ), f"{ctx}: keyboard mnemonic (&) missing in one of {src!r} / {text!r}"


def test_spanish_is_the_default_and_english_available(qapp):
    from PySide6.QtCore import QCoreApplication

    assert i18n.install(None) == "es_MX"
    assert QCoreApplication.translate("Status", "Draft") == "Borrador"
    assert i18n.install("en") == "en"
    assert QCoreApplication.translate("Status", "Draft") == "Draft"
    assert i18n.install("es_MX") == "es_MX"


def test_qt_dialogs_speak_spanish_and_ours_come_first(qtbot):
    """The file dialog said "Files of type:" in English: Qt's own Spanish is installed,
    under ours, and a string nobody translates stays as written."""
    from PySide6.QtCore import QCoreApplication

    tr = QCoreApplication.translate
    assert tr("QFileDialog", "Look in:") != "Look in:"
    assert tr("QFileDialog", "Files of type:") != "Files of type:"
    assert tr("MainWindow", "&Quit") == "&Salir"  # ours still come first
    assert tr("NoSuchContext", "Untranslated words") == "Untranslated words"


def _qm_messages(path: Path):
    """(context, source, translations) of a compiled .qm catalog: Qt's file format
    (magic, then tagged blocks; block 0x69 holds the messages as tagged fields)."""
    import struct

    data = path.read_bytes()
    assert data[:16] == bytes.fromhex("3cb86418caef9c95cd211cbf60a1bddd"), path
    pos = 16
    while pos < len(data):
        tag, length = data[pos], struct.unpack(">I", data[pos + 1 : pos + 5])[0]
        block, pos = data[pos + 5 : pos + 5 + length], pos + 5 + length
        if tag != 0x69:
            continue
        p, current = 0, {"tr": []}
        while p < len(block):
            field = block[p]
            p += 1
            if field == 1:  # end of a message
                yield current.get("ctx"), current.get("src"), current["tr"]
                current = {"tr": []}
                continue
            if field == 5:  # obsolete marker, no payload
                continue
            size = struct.unpack(">I", block[p : p + 4])[0]
            p += 4
            if size == 0xFFFFFFFF:
                size = 0
            value = block[p : p + size]
            p += size
            if field == 3:
                current["tr"].append(value.decode("utf-16-be"))
            elif field == 6:
                current["src"] = value.decode("utf-8", "replace")
            elif field == 7:
                current["ctx"] = value.decode("utf-8", "replace")


def test_qt_strings_say_archivo_as_in_mexico_not_fichero(qtbot):
    """Qt's Spanish is Spain's: the file dialog said "fichero". Every such string of
    Qt's catalog is translated again (es_MX/qtbase.ts), and that is what shows."""
    from PySide6.QtCore import QCoreApplication, QLibraryInfo

    qt_dir = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    qt_catalog = qt_dir / "qtbase_es.qm"
    if not qt_catalog.is_file():
        pytest.skip(f"Qt's Spanish catalog is not installed ({qt_catalog})")
    spain = [
        (ctx, src)
        for ctx, src, translations in _qm_messages(qt_catalog)
        if ctx and src and any("fichero" in t.replace("&", "").lower() for t in translations)
    ]
    assert ("QFileDialog", "Files of type:") in spain  # the reader reads Qt's catalog
    tr = QCoreApplication.translate
    still = [
        (ctx, src, tr(ctx, src))
        for ctx, src in spain
        if "fichero" in tr(ctx, src).replace("&", "").lower()
    ]
    # Qt's network and XML modules are not used by the app; their strings never show
    still = [s for s in still if s[0] not in ("QFtp", "QXml", "QLibrary")]
    assert not still, f"add these to es_MX/qtbase.ts with «archivo»: {still}"
    assert tr("QFileDialog", "Files of type:") == "Archivos de tipo:"
    assert tr("QFileDialog", "All Files (*)") == "Todos los archivos (*)"


def test_the_file_dialog_reads_archivo_and_no_english(qtbot):
    """It said "Look in:" and "Files of type:" in English, and "fichero"."""
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QFileDialog, QLabel

    dialog = QFileDialog()
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)  # Qt's own, as without a desktop
    qtbot.addWidget(dialog)
    texts = [label.text().replace("&", "") for label in dialog.findChildren(QLabel)]
    assert sorted(texts) == ["Archivos de tipo:", "Buscar en:", "Nombre del archivo:"]
    hidden = QCoreApplication.translate("QFileDialog", "Show &hidden files")
    assert hidden.replace("&", "") == "Mostrar archivos ocultos"


def test_status_names_on_screen_are_the_services_spanish(qapp):
    """One set of words for the statuses: the screen's Spanish (translated from
    core/statuses.py's English) is what the services, the CLI and the PDF write."""
    from observer_desktop.core import statuses
    from observer_desktop.ui.models import status_label, status_phrase

    assert i18n.install("es_MX") == "es_MX"
    assert [status_label(k) for k in statuses.STATUSES] == [
        statuses.SPANISH_LABELS[k] for k in statuses.STATUSES
    ]
    assert status_phrase("queued") == "en cola de envío"
    assert status_phrase("returned") == "devuelta al observador"
    assert set(statuses.UI_LABELS) == set(statuses.SPANISH_LABELS) == set(statuses.STATUSES)
