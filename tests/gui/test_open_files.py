"""Files given to ``observer-desktop`` by a double-click (the installers' file associations)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox, QWidget

from observer_desktop.services.app import Observador
from observer_desktop.ui.open_files import FileOpener, file_kind


class FakeWindow(QWidget):
    """Stands in for the main window: records what the opener asks of it (by its signals,
    connected as the window connects them) and the changes it announces."""

    def __init__(self):
        super().__init__()
        self.verified: list[str] = []
        self.opened: list[str] = []
        self.changes: list = []

    def verify_pdf(self, path: str) -> None:
        self.verified.append(path)

    def open_audit(self, audit_id: str) -> None:
        self.opened.append(audit_id)


@pytest.fixture
def opener(qtbot, spanish, backend, tasks):
    window = FakeWindow()  # held here: the opener refers to it only as its Qt parent
    qtbot.addWidget(window)
    opener = FileOpener(window, backend, tasks)
    opener.imported.connect(window.open_audit)
    opener.verify_requested.connect(window.verify_pdf)
    tasks.changes.changed.connect(lambda change, _who: window.changes.append(change))
    yield opener


def _shown(opener: FileOpener, name: str) -> list[QMessageBox]:
    return [d for d in opener.dialogs if d.objectName() == name and d.isVisible()]


@pytest.mark.parametrize(
    ("name", "kind"),
    [
        ("informe.PDF", "pdf"),
        ("auditoria-1a2b.observador.zip", "package"),
        ("lote.obsbatch", "batch"),
        ("fotos.zip", "unknown"),
        ("notas.txt", "unknown"),
    ],
)
def test_file_kind(name, kind):
    assert file_kind(name) == kind


def test_a_pdf_is_verified(qtbot, opener, tmp_path):
    pdf = tmp_path / "informe.pdf"
    pdf.write_bytes(b"%PDF-1.7\n")
    opener.open_paths([str(pdf)])
    qtbot.waitUntil(lambda: opener.window.verified == [str(pdf)], timeout=5000)


def test_a_package_is_imported_after_asking(qtbot, opener, tmp_path, data_dir):
    from observer_desktop.services.demo import load_demo
    from observer_desktop.services.packages import export_package

    elsewhere = tmp_path / "otra-laptop"
    with Observador(elsewhere) as other:
        load_demo(other)
        finalized = other.list_audits(status="finalized")[0]["id"]
        package = export_package(other, finalized, tmp_path / "a.observador.zip")

    opener.open_paths([str(package)])
    qtbot.waitUntil(lambda: bool(_shown(opener, "importPackageQuestion")), timeout=5000)
    question = _shown(opener, "importPackageQuestion")[0]
    assert str(package) in question.text() and "¿Importar" in question.text()
    with qtbot.waitSignal(opener.imported, timeout=30000) as imported:
        question.button(QMessageBox.StandardButton.Yes).click()
    assert imported.args == [finalized]
    assert opener.window.opened == [finalized]
    (change,) = opener.window.changes  # once: the list shows the new audit
    assert change.audit_id == finalized and change.listed
    with Observador(data_dir) as app:  # really in this folder, with its custody log intact
        assert app.resolve_audit(finalized)["status"] == "finalized"
        assert app.verify_custody() == []
    note = _shown(opener, "openFileMessage")[0]
    assert note.text().startswith(f"Auditoría {finalized[:8]} importada")


def test_declining_the_import_changes_nothing(qtbot, opener, tmp_path, data_dir):
    package = tmp_path / "b.observador.zip"
    package.write_bytes(b"PK\x05\x06" + b"\0" * 18)
    opener.open_paths([str(package)])
    qtbot.waitUntil(lambda: bool(_shown(opener, "importPackageQuestion")), timeout=5000)
    question = _shown(opener, "importPackageQuestion")[0]
    question.button(QMessageBox.StandardButton.No).click()
    # Yes starts the import at once (its progress dialog and its task): after No, neither
    assert not question.isVisible()
    assert opener.tasks.pending() == 0
    assert not [d for d in opener.dialogs if d.objectName() == "importProgress"]
    with Observador(data_dir) as app:
        assert app.list_audits() == []


def test_a_damaged_package_is_refused_with_a_readable_error(qtbot, opener, tmp_path, data_dir):
    package = tmp_path / "dañado.observador.zip"
    package.write_bytes(b"no es un zip")
    opener.open_paths([str(package)])
    qtbot.waitUntil(lambda: bool(_shown(opener, "importPackageQuestion")), timeout=5000)
    _shown(opener, "importPackageQuestion")[0].button(QMessageBox.StandardButton.Yes).click()

    def error_box():
        return [
            w for w in opener.window.findChildren(QMessageBox) if w.objectName() == "errorDialog"
        ]

    qtbot.waitUntil(lambda: bool(error_box()), timeout=10000)
    assert "No se importó" in error_box()[0].text()
    assert "No se modificó nada" in error_box()[0].text()
    with Observador(data_dir) as app:
        assert app.list_audits() == []


def test_a_batch_is_explained_and_left_alone(qtbot, opener, tmp_path):
    batch = tmp_path / "lote.obsbatch"
    batch.write_bytes(b"PK\x05\x06" + b"\0" * 18)
    before = batch.read_bytes()
    opener.open_paths([str(batch)])
    qtbot.waitUntil(lambda: bool(_shown(opener, "openFileMessage")), timeout=5000)
    text = _shown(opener, "openFileMessage")[0].text()
    assert str(batch) in text and "llévelo al OIC" in text
    assert batch.read_bytes() == before


@pytest.mark.parametrize("name", ["no-existe.pdf", "fotos.zip"])
def test_missing_or_foreign_files_are_reported(qtbot, opener, tmp_path, name):
    path = tmp_path / name
    if name != "no-existe.pdf":
        path.write_bytes(b"PK")
    opener.open_paths([str(path)])
    qtbot.waitUntil(lambda: bool(_shown(opener, "openFileMessage")), timeout=5000)
    text = _shown(opener, "openFileMessage")[0].text()
    assert str(path) in text
    expected = "no existe" if name == "no-existe.pdf" else "no puede abrir"
    assert expected in text
    assert opener.window.verified == [] and opener.window.opened == []


def test_several_files_at_once(qtbot, opener, tmp_path):
    pdfs = [tmp_path / f"informe-{i}.pdf" for i in range(2)]
    for pdf in pdfs:
        pdf.write_bytes(b"%PDF-1.7\n")
    opener.open_paths([*map(str, pdfs), str(Path(tmp_path / "falta.pdf"))])
    qtbot.waitUntil(lambda: len(opener.window.verified) == 2, timeout=5000)
    assert _shown(opener, "openFileMessage")
