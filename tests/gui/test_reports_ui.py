"""ui/reports/: the report dialog (generate with progress, QtPdf preview, passphrase, save a
copy) and verification."""

from __future__ import annotations

from pathlib import Path

import media
import pytest

pytest.importorskip("PySide6")

from helpers import answer_until_complete
from PySide6.QtCore import QMimeData, Qt, QUrl
from PySide6.QtPdf import QPdfDocument

from observer_desktop.services import keys
from observer_desktop.services.app import Observador
from observer_desktop.services.reports import generate_report
from observer_desktop.ui.reports.report_dialog import ReportDialog
from observer_desktop.ui.reports.verify_dialog import VerifyDialog, is_pdf_drop

PASSPHRASE = "frase de prueba larga"


def make_finalized(data_dir: Path, tmp_path: Path) -> str:
    """A complete, finalized procurement audit (with a photo where one is required)."""
    with Observador(data_dir) as app:
        audit_id = app.create_audit("procedimiento_contratacion")["id"]
        answer_until_complete(app, audit_id, photos=tmp_path)
        app.finalize(audit_id)
    return audit_id


def reports_of(data_dir: Path, audit_id: str) -> list[dict]:
    with Observador(data_dir) as app:
        return app.store.reports(audit_id)


def status_of(data_dir: Path, audit_id: str) -> str:
    with Observador(data_dir) as app:
        return app.store.get_audit(audit_id)["status"]


@pytest.fixture
def env_passphrase(monkeypatch):
    monkeypatch.setenv("OBSERVER_PASSPHRASE", PASSPHRASE)


@pytest.fixture
def finalized(profiled, tmp_path):
    return make_finalized(profiled, tmp_path)


def open_dialog(qtbot, backend, tasks, audit_id) -> ReportDialog:
    dialog = ReportDialog(backend, tasks, audit_id)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def wait_result(qtbot, dialog: ReportDialog, timeout: int = 60000) -> None:
    qtbot.waitUntil(
        lambda: (
            dialog.stack.currentIndex() in (dialog.stack.PAGE_RESULT, dialog.stack.PAGE_MESSAGE)
        ),
        timeout=timeout,
    )
    assert dialog.stack.currentIndex() == dialog.stack.PAGE_RESULT, (
        dialog.stack.message_label.text()
    )


def test_generates_signed_report_with_progress_and_preview(
    qtbot, backend, tasks, finalized, profiled, env_passphrase
):
    dialog = ReportDialog(backend, tasks, finalized)
    qtbot.addWidget(dialog)
    seen: list[tuple[str, int, int]] = []
    bar_values: list[int] = []
    original = dialog._progressed

    def spy(value):
        seen.append(value)
        original(value)
        bar_values.append(dialog.stack.busy.progress.value())

    dialog._progressed = spy  # looked up when generation starts, after the checks
    generated: list[str] = []
    tasks.changes.changed.connect(
        lambda change, _who: change.reports and generated.append(change.audit_id)
    )
    dialog.show()
    wait_result(qtbot, dialog)

    stages = [s for s, _, _ in seen]
    assert "sign" in stages and stages[-1] == "done"
    assert bar_values[-1] == 100 and bar_values == sorted(bar_values)
    assert generated == [finalized]
    assert dialog.pdf.document.status() == QPdfDocument.Status.Ready
    assert dialog.pdf.document.pageCount() > 1
    # the record: a report row and the audit now "signed"
    [row] = reports_of(profiled, finalized)
    assert status_of(profiled, finalized) == "signed"
    kept = profiled / row["path"]
    assert dialog.result["path"] == kept and kept.read_bytes()[:5] == b"%PDF-"
    # verification summary: intact, self-signed so not certified by the OIC
    view = dialog.stack.verification_view
    assert view.status == "valid"
    assert view.findChild(type(view.verdict_label), "verdictLabel").text() == (
        "Informe firmado válido"
    )
    assert "no certificado por el OIC" in view.trust_label.text()
    assert "Ana Pérez" in view.rows["signer"].text()
    assert view.rows["certificate"].toolTip()  # the full fingerprint
    assert view.rows["modified"].text() == "No"
    # page navigation with the keyboard
    pages = dialog.pdf.document.pageCount()
    assert dialog.pdf.page_label.text() == f"Página 1 de {pages}"
    dialog.pdf_view.setFocus()
    qtbot.keyClick(dialog.pdf_view, Qt.Key.Key_PageDown)
    qtbot.waitUntil(lambda: dialog.pdf.current_page() == 1)
    assert dialog.pdf.page_label.text() == f"Página 2 de {pages}"
    qtbot.keyClick(dialog.pdf_view, Qt.Key.Key_PageUp)
    qtbot.waitUntil(lambda: dialog.pdf.current_page() == 0)


def test_existing_report_is_offered_instead_of_regenerating(
    qtbot, backend, tasks, finalized, profiled, env_passphrase
):
    with Observador(profiled) as app:
        first = generate_report(app, finalized, ask=None)
    dialog = open_dialog(qtbot, backend, tasks, finalized)
    qtbot.waitUntil(lambda: dialog.stack.currentIndex() == dialog.stack.PAGE_CHOICE, timeout=10000)
    assert dialog.stack.choice_label.text()
    qtbot.mouseClick(dialog.stack.open_latest_button, Qt.MouseButton.LeftButton)
    wait_result(qtbot, dialog)
    assert dialog.result["path"] == first.path
    assert dialog.pdf.document.status() == QPdfDocument.Status.Ready
    assert len(reports_of(profiled, finalized)) == 1  # nothing new was signed
    assert dialog.new_button.isVisible()
    qtbot.mouseClick(dialog.new_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(reports_of(profiled, finalized)) == 2, timeout=60000)
    wait_result(qtbot, dialog)
    rows = reports_of(profiled, finalized)
    assert rows[-1]["pdf_sha256"] != first.sha256
    assert dialog.result["path"] == profiled / rows[-1]["path"]
    assert dialog.result["new"] and dialog.stack.verification_view.status == "valid"


def test_draft_audit_is_explained_not_signed(qtbot, backend, tasks, profiled, env_passphrase):
    with Observador(profiled) as app:
        draft = app.create_audit("procedimiento_contratacion")["id"]
    dialog = open_dialog(qtbot, backend, tasks, draft)
    qtbot.waitUntil(lambda: dialog.stack.currentIndex() == dialog.stack.PAGE_MESSAGE, timeout=10000)
    assert "borrador" in dialog.stack.message_label.text()
    assert not dialog.stack.retry_button.isVisible()
    assert reports_of(profiled, draft) == []


@pytest.fixture
def key_without_stored_passphrase(profiled, monkeypatch):
    """A signing key whose passphrase is in neither the keyring nor the environment."""
    monkeypatch.setenv("OBSERVER_PASSPHRASE", PASSPHRASE)
    with Observador(profiled) as app:
        keys.ensure_identity(app, ask=None)
    monkeypatch.delenv("OBSERVER_PASSPHRASE")
    return PASSPHRASE


def test_passphrase_asked_on_the_ui_thread_and_wrong_one_asked_again(
    qtbot, backend, tasks, finalized, profiled, key_without_stored_passphrase, caplog
):
    import threading

    dialog = ReportDialog(backend, tasks, finalized)
    qtbot.addWidget(dialog)
    typed = iter(["no es la frase", key_without_stored_passphrase])
    asked: list[tuple[str, str, bool]] = []

    def ask(mode, error=""):
        asked.append((mode, error, threading.current_thread() is threading.main_thread()))
        return next(typed)

    dialog._ask_passphrase = ask
    dialog.show()
    wait_result(qtbot, dialog)
    assert [(m, bool(e), ui) for m, e, ui in asked] == [("ask", False, True), ("ask", True, True)]
    assert "no es correcta" in asked[1][1]
    assert dialog.pdf.document.status() == QPdfDocument.Status.Ready
    assert dialog.pdf.document.pageCount() > 0
    assert len(reports_of(profiled, finalized)) == 1
    # never stored nor logged
    secret = key_without_stored_passphrase.encode()
    for file in profiled.rglob("*"):
        if file.is_file():
            assert secret not in file.read_bytes(), file
    assert key_without_stored_passphrase not in caplog.text


def test_cancelled_passphrase_signs_nothing(
    qtbot, backend, tasks, finalized, profiled, key_without_stored_passphrase
):
    dialog = ReportDialog(backend, tasks, finalized)
    qtbot.addWidget(dialog)
    dialog._ask_passphrase = lambda mode, error="": None
    dialog.show()
    qtbot.waitUntil(lambda: dialog.stack.currentIndex() == dialog.stack.PAGE_MESSAGE, timeout=10000)
    assert dialog.stack.retry_button.isVisible()
    assert reports_of(profiled, finalized) == []
    assert status_of(profiled, finalized) == "finalized"


def test_without_keyring_a_new_key_is_created_with_a_chosen_passphrase(
    qtbot, backend, tasks, finalized, profiled, no_keyring
):
    dialog = ReportDialog(backend, tasks, finalized)
    qtbot.addWidget(dialog)
    modes: list[str] = []
    dialog._ask_passphrase = lambda mode, error="": modes.append(mode) or "mi nueva frase segura"
    dialog.show()
    wait_result(qtbot, dialog)
    assert modes == ["create"]
    key = profiled / "keys" / "signing-key.pem"
    assert b"ENCRYPTED PRIVATE KEY" in key.read_bytes()
    assert len(reports_of(profiled, finalized)) == 1
    assert dialog.stack.verification_view.status == "valid"


def test_an_audit_of_another_observer_code_is_refused_before_any_passphrase(
    qtbot, backend, tasks, finalized, profiled, no_keyring
):
    """Data an older version let through: the profile's code changed after finalizing."""
    import sqlite3

    conn = sqlite3.connect(profiled / "observer.db")
    conn.execute("UPDATE observer_profile SET observer_code = 'OBS-002'")
    conn.commit()
    conn.close()
    dialog = ReportDialog(backend, tasks, finalized)
    qtbot.addWidget(dialog)
    modes: list[str] = []
    dialog._ask_passphrase = lambda mode, error="": modes.append(mode) or "mi nueva frase segura"
    dialog.show()
    qtbot.waitUntil(lambda: dialog.stack.currentIndex() == dialog.stack.PAGE_MESSAGE, timeout=30000)
    assert "es del observador OBS-001" in dialog.stack.message_label.text()
    assert not dialog.stack.retry_button.isVisibleTo(dialog)  # trying again cannot help
    assert modes == []  # nobody typed a passphrase for a signature that cannot be made
    assert reports_of(profiled, finalized) == []
    assert not (profiled / "keys" / "signing-key.pem").exists()


def test_cancel_before_signing_stores_nothing(
    qtbot, backend, tasks, finalized, profiled, env_passphrase, monkeypatch
):
    import threading

    from observer_desktop.ui.reports import report_dialog

    cancelled = threading.Event()
    real = report_dialog.generate_report

    def held(*args, **kwargs):
        assert cancelled.wait(10)  # the observer clicks Cancel while we are preparing
        return real(*args, **kwargs)

    monkeypatch.setattr(report_dialog, "generate_report", held)
    dialog = open_dialog(qtbot, backend, tasks, finalized)
    qtbot.waitUntil(lambda: dialog.stack.busy.cancel_button.isVisible(), timeout=10000)
    qtbot.mouseClick(dialog.stack.busy.cancel_button, Qt.MouseButton.LeftButton)
    cancelled.set()
    qtbot.waitUntil(lambda: dialog.stack.currentIndex() == dialog.stack.PAGE_MESSAGE, timeout=10000)
    assert (
        "Cancelado" in dialog.stack.message_label.text() and dialog.stack.retry_button.isVisible()
    )
    assert reports_of(profiled, finalized) == []
    assert status_of(profiled, finalized) == "finalized"
    assert not list(profiled.glob("reports/*.pdf"))


def test_save_a_copy(qtbot, backend, tasks, finalized, profiled, env_passphrase, tmp_path):
    dialog = open_dialog(qtbot, backend, tasks, finalized)
    wait_result(qtbot, dialog)
    target = tmp_path / "copias" / "mi informe.pdf"
    suggested: list[str] = []

    def ask(default):
        suggested.append(default)
        return str(target)

    dialog._ask_save_path = ask
    dialog.save_action.trigger()
    qtbot.waitUntil(lambda: dialog.saved_path is not None, timeout=10000)
    assert Path(suggested[0]).name == f"informe-{finalized[:8]}-v1.pdf"
    assert target.read_bytes() == dialog.result["path"].read_bytes()
    assert str(target) in dialog.status_label.text()


# ------------------------------------------------------------------ verify


@pytest.fixture
def signed_pdf(finalized, profiled, env_passphrase, tmp_path):
    with Observador(profiled) as app:
        return generate_report(app, finalized, output=tmp_path / "informe.pdf", ask=None).path


def verify(qtbot, backend, tasks, path) -> VerifyDialog:
    dialog = VerifyDialog(backend, tasks, path)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.verification is not None, timeout=20000)
    return dialog


def test_verify_a_valid_report(qtbot, backend, tasks, signed_pdf):
    dialog = verify(qtbot, backend, tasks, signed_pdf)
    view = dialog.view
    assert dialog.verification.status == "valid"
    assert view.verdict_label.text() == "Informe firmado válido"
    assert not view.reasons_label.isVisible()
    assert "no certificado por el OIC" in view.trust_label.text()
    assert view.rows["coverage"].text() == "Sí"
    assert view.rows["modified"].text() == "No"
    assert view.rows["manifest"].text() == "Sí"
    assert "idéntico" in view.rows["evidence"].text()  # its audit is in this data folder
    assert view.rows["intact"].text() == "Sí"
    # signed offline, without the OIC's timestamp: the time is the laptop's word only
    assert view.rows["oic_time"].text() == "ninguno: la hora de la firma no está comprobada"
    assert (
        view.rows["signed_at"]
        .text()
        .endswith("(declarada por la computadora que firmó, no comprobada)")
    )
    assert not dialog.busy.isVisible()


def test_verify_a_tampered_copy(qtbot, backend, tasks, signed_pdf, tmp_path):
    data = bytearray(signed_pdf.read_bytes())
    data[len(data) // 3] ^= 0x01
    tampered = tmp_path / "alterado.pdf"
    tampered.write_bytes(bytes(data))
    dialog = verify(qtbot, backend, tasks, tampered)
    assert dialog.verification.status == "invalid"
    assert dialog.view.verdict_label.text().startswith("NO es válido")
    assert dialog.view.reasons_label.isVisible()
    assert "alteró" in dialog.view.reasons_label.text()
    assert dialog.view.rows["intact"].text() == "No"


def test_verify_something_that_is_not_a_signed_report(qtbot, backend, tasks, profiled, tmp_path):
    text = media.text(tmp_path / "nota.pdf")  # named .pdf, but it is text
    dialog = verify(qtbot, backend, tasks, text)
    assert dialog.verification.status == "unreadable"
    assert dialog.view.verdict_label.text() == "No se pudo leer el archivo"
    assert "no es un PDF" in dialog.view.reasons_label.text()
    assert not dialog.view.trust_label.isVisible()
    plain = media.pdf(tmp_path / "sin-firma.pdf")
    dialog.verify(plain)
    qtbot.waitUntil(lambda: dialog.verification is not None, timeout=20000)
    assert dialog.verification.status == "not_signed"
    assert dialog.view.verdict_label.text() == "Esto no es un informe firmado"


def test_verify_someone_elses_report_does_not_blame_missing_local_evidence(
    qtbot, tasks, signed_pdf, tmp_path
):
    from observer_desktop.ui.backend import Backend

    other = tmp_path / "otra-carpeta"
    other.mkdir()
    dialog = verify(qtbot, Backend(other), tasks, signed_pdf)
    assert dialog.verification.status == "valid"
    assert "no se verificó" in dialog.view.rows["evidence"].text()


def _constancia_verification(status: str):
    """What verify.py makes of a constancia the OIC issued (its record under the signature):
    a real one is made and checked against pyHanko, pdfsig and the CLI in
    tests/server/test_constancias.py."""
    from observer_desktop.reports.verify import Verification

    return Verification(
        status=status,
        reasons=[] if status == "valid" else ["La firma no corresponde al contenido."],
        signer="Órgano Interno de Control — documentos",
        signed_at="2026-04-01T16:15:00+00:00",
        certificate={"subject": "OIC", "issuer": "OIC CA", "sha256": "ab" * 32},
        covers_whole_file=True,
        modified_after_signing=False,
        signature_intact=status == "valid",
        trusted=True,
        signatures=1,
        constancia={
            "folio": "OIC-2026-000123-K7QM2P",
            "emisor": "Órgano Interno de Control",
            "observador": "Ana López",
            "codigo": "OBS-014",
            "desde": "2026-03-01",
            "hasta": "2026-03-31",
            "sesiones": 3,
            "horas": 4.75,
            "emitida": "2026-04-01T16:15:00Z",
            "verificar": "https://oic.example.mx/verificar/OIC-2026-000123-K7QM2P",
        },
    )


def test_a_constancia_is_called_a_constancia_not_a_report(qtbot):
    from observer_desktop.ui.reports.verification_view import VerificationView

    view = VerificationView()
    qtbot.addWidget(view)
    view.set_result(_constancia_verification("valid"))
    headline = view.verdict_label.text()
    assert headline.startswith("Constancia de participación OIC-2026-000123-K7QM2P, emitida por")
    assert headline.endswith(": firma válida")
    detail = view.verdict_detail.text()
    assert "Ana López participó en 3 sesiones validadas, 4.75 h, del 2026-03-01 al 2026-03-31" in (
        detail
    )
    assert "informe" not in (headline + detail).lower()
    # its record is the constancia's own: no "audit record missing" in red
    assert not view.form.isRowVisible(view.rows["audit"])
    assert not view.form.isRowVisible(view.rows["manifest"])

    view.set_result(_constancia_verification("invalid"))
    assert view.verdict_label.text() == (
        "Constancia de participación OIC-2026-000123-K7QM2P: NO es válida, no confíe en esta copia"
    )
    assert "https://oic.example.mx/verificar/OIC-2026-000123-K7QM2P" in (view.verdict_detail.text())
    assert view.reasons_label.isVisibleTo(view)


def test_the_oics_time_is_shown_apart_from_the_computers(qtbot):
    """The OIC's timestamp (proven) and the time the signing laptop declared (not) are two
    rows; a declared time after the OIC's is flagged in red."""
    from observer_desktop.reports.verify import Verification
    from observer_desktop.ui.i18n import local_time
    from observer_desktop.ui.palette import BAD, GOOD, WARN
    from observer_desktop.ui.reports.verification_view import VerificationView

    view = VerificationView()
    qtbot.addWidget(view)
    copy = Verification(
        status="valid",
        signer="Ana López",
        signed_at="2026-04-01T16:15:00+00:00",
        signatures=1,
        oic_time="2026-04-01T16:20:00+00:00",
        oic_time_source="document",
        timestamps=[{"kind": "document", "trusted": True}],
    )
    view.set_result(copy)
    oic = view.rows["oic_time"]
    when = local_time("2026-04-01T16:20:00+00:00")
    assert oic.text() == (
        f"firmado antes de {when} (sello de tiempo del OIC sobre su copia de registro)"
    )
    assert GOOD in oic.styleSheet()
    assert "no comprobada" in view.rows["signed_at"].text()

    copy.oic_time_source = "signature"
    copy.clock_note = "La hora declarada es posterior a la del sello del OIC."
    copy.clock_impossible = True
    view.set_result(copy)
    assert "sobre la firma" in oic.text() and copy.clock_note in oic.text()
    assert BAD in oic.styleSheet()

    untrusted = Verification(
        status="valid",
        signed_at="2026-04-01T16:15:00+00:00",
        signatures=1,
        timestamps=[{"kind": "signature", "trusted": False}],
    )
    view.set_result(untrusted)
    assert oic.text() == "presente, pero su autoridad no es de confianza en esta aplicación"
    assert WARN in oic.styleSheet()
    untrusted.timestamps = [{"kind": "document", "intact": False, "trusted": False}]
    view.set_result(untrusted)
    assert oic.text() == "presente, pero alterado: no da ninguna hora"
    assert BAD in oic.styleSheet()

    # a constancia is signed by the OIC's own server: no row about the OIC's time
    view.set_result(_constancia_verification("valid"))
    assert not view.form.isRowVisible(oic)
    assert "no comprobada" not in view.rows["signed_at"].text()


def test_is_pdf_drop_keeps_local_pdfs(tmp_path):
    mime = QMimeData()
    mime.setUrls(
        [
            QUrl.fromLocalFile(str(tmp_path / "informe.PDF")),
            QUrl.fromLocalFile(str(tmp_path / "foto.jpg")),
            QUrl("https://ejemplo.mx/informe.pdf"),
        ]
    )
    assert is_pdf_drop(mime) == [str(tmp_path / "informe.PDF")]
    assert is_pdf_drop(QMimeData()) == []
    assert is_pdf_drop(None) == []


def test_closing_while_signing_waits_says_so_and_closes_cleanly(
    qtbot, backend, tasks, finalized, profiled, env_passphrase, monkeypatch, caplog
):
    """Closing the window during the signature raised "Signal source has been deleted"
    (an unexpected-error dialog) although the PDF was written. It waits now, says why,
    tells the list of the new report and closes by itself."""
    import threading

    from PySide6.QtWidgets import QMessageBox, QWidget

    from observer_desktop.ui.reports import report_dialog

    signing = threading.Event()
    release = threading.Event()
    real = report_dialog.generate_report

    def slow_signature(*args, progress=None, **kwargs):
        def spy(stage, done, total):
            progress(stage, done, total)
            if stage == "sign":
                signing.set()
                assert release.wait(20)  # the observer closes the window now

        return real(*args, progress=spy, **kwargs)

    monkeypatch.setattr(report_dialog, "generate_report", slow_signature)
    parent = QWidget()
    qtbot.addWidget(parent)
    dialog = ReportDialog(backend, tasks, finalized, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)  # as the window opens it
    generated: list[str] = []
    tasks.changes.changed.connect(
        lambda change, _who: change.reports and generated.append(change.audit_id)
    )
    closed: list[int] = []
    dialog.finished.connect(closed.append)
    dialog.show()
    qtbot.waitUntil(signing.is_set, timeout=60000)
    qtbot.waitUntil(
        lambda: dialog.stack.busy.stage_label.text().startswith("Firmando"), timeout=10000
    )
    dialog.close()
    assert dialog.isVisible() and "se cierra sola" in dialog.stack.busy.stage_label.text()
    release.set()
    qtbot.waitUntil(lambda: closed != [], timeout=30000)
    assert generated == [finalized]
    assert len(reports_of(profiled, finalized)) == 1
    assert status_of(profiled, finalized) == "signed"
    assert not [w for w in parent.findChildren(QMessageBox) if w.isVisible()]
    assert not [r for r in caplog.records if r.levelname in ("ERROR", "CRITICAL")]


def test_ctrl_q_in_the_report_window_closes_the_app_window(
    qtbot, backend, tasks, finalized, env_passphrase
):
    from PySide6.QtWidgets import QMainWindow

    main = QMainWindow()
    qtbot.addWidget(main)
    main.show()
    dialog = ReportDialog(backend, tasks, finalized, main)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    wait_result(qtbot, dialog)
    assert dialog.quit_action.shortcut().toString() == "Ctrl+Q"
    dialog.quit_action.trigger()
    qtbot.waitUntil(lambda: not main.isVisible(), timeout=10000)
