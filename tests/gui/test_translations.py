"""Every visible string of the UI has a Spanish translation (Qt Linguist .ts files).

For each ``ui/<name>.py`` that calls ``tr``/``translate``, ``pyside6-lupdate`` runs
over a copy of the committed ``translations/es_MX/<name>.ts``: a string added to
the code without a translation shows up there as unfinished, and fails here.
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
MODULES = sorted(
    p for p in UI.glob("*.py") if re.search(r"\btr\(|\btranslate\(", p.read_text("utf-8"))
)


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
        [str(LUPDATE), "-silent", str(module), "-ts", str(copy)], check=True, timeout=120
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
