"""Signed PDF reports: layout for every checklist, embedded JSON, signature, tampering, keys."""

import io
import json
import shutil
import subprocess
from pathlib import Path

import media
import pytest
from helpers import answer_until_complete

from observer_desktop.cli import main
from observer_desktop.core.errors import InputError, PassphraseError
from observer_desktop.reports.verify import AUDIT_ATTACHMENT, _attachments
from observer_desktop.services import evidence as ev
from observer_desktop.services.app import Observador
from observer_desktop.services.reports import generate_report, verify_report

FORMS = [
    "procedimiento_contratacion",
    "visita_obra_publica",
    "transparencia_contratacion",
    "seguimiento_gobierno_abierto",
]


@pytest.fixture
def env_passphrase(monkeypatch):
    monkeypatch.setenv("OBSERVER_PASSPHRASE", "frase de prueba larga")


@pytest.fixture
def finalized(app, tmp_path, env_passphrase):
    audit_id = app.create_audit("visita_obra_publica")["id"]
    answer_until_complete(app, audit_id, photos=tmp_path)
    app.set_answer(audit_id, "letrero_obra", "no", note="Sin letrero en el frente norte")
    ev.add_evidence(
        app,
        audit_id,
        [media.photo(tmp_path / "frente.jpg", orientation=6)],
        question_id="letrero_obra",
        caption="Frente norte, sin letrero",
    )
    ev.add_evidence(app, audit_id, [media.pdf(tmp_path / "bitácora.pdf")])
    app.add_finding(
        audit_id,
        title="Bitácora sin firma del residente",
        severity="media",
        recommendation="Solicitar la bitácora firmada.",
    )
    app.finalize(audit_id)
    return audit_id


@pytest.mark.parametrize("form", FORMS)
def test_a_signed_report_for_each_checklist(app, tmp_path, env_passphrase, form):
    audit_id = app.create_audit(form)["id"]
    answer_until_complete(app, audit_id, photos=tmp_path)
    app.finalize(audit_id)
    document = app.audit_document(audit_id)
    stages = []
    result = generate_report(
        app,
        audit_id,
        output=tmp_path / "informe.pdf",
        ask=None,
        progress=lambda s, d, t: stages.append(s),
    )
    assert {"prepare", "layout", "sign", "done"} <= set(stages)
    v = verify_report(result.path, app=app)
    assert v.status == "valid", v.reasons
    assert v.covers_whole_file and not v.modified_after_signing and v.manifest_matches
    assert not v.trusted and "no certificado por el OIC" in v.trust_note
    # the embedded JSON is the audit's canonical document, byte for byte
    from pyhanko.pdf_utils.reader import PdfFileReader

    with open(result.path, "rb") as fh:
        attached = _attachments(PdfFileReader(fh, strict=False))[AUDIT_ATTACHMENT]
    assert json.loads(attached) == document
    assert app.resolve_audit(audit_id)["status"] == "signed"
    assert app.custody_log(audit_id)[-1]["action"] == "report.signed"
    assert app.verify_custody() == []


def test_report_makes_renditions_an_import_left_out(app, tmp_path, env_passphrase):
    audit_id = app.create_audit("visita_obra_publica")["id"]
    answer_until_complete(app, audit_id, photos=tmp_path)
    [row] = ev.add_evidence(
        app, audit_id, [media.photo(tmp_path / "tarde.jpg")], previews=False
    ).added
    rendition = app.evidence.rendition_path(row["sha256"])
    assert not rendition.exists()
    app.finalize(audit_id)
    stages = []
    result = generate_report(
        app, audit_id, ask=None, progress=lambda s, d, t: stages.append((s, d, t))
    )
    assert ("previews", 1, 1) in stages
    assert rendition.is_file()
    with open(result.path, "rb") as fh:
        assert b"/Subtype /Image" in fh.read()  # the gallery has the photo


def test_report_text_is_searchable_spanish(app, finalized, tmp_path):
    if not shutil.which("pdftotext"):
        pytest.skip("poppler-utils not installed")
    path = generate_report(app, finalized, output=tmp_path / "r.pdf", ask=None).path
    text = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True).stdout
    for phrase in (
        "Informe de auditoría ciudadana",
        "¿Hay letrero de obra",
        "Sin letrero en el frente norte",
        "Bitácora sin firma del residente",
        "Galería de evidencia",
        "Manifiesto de evidencia",
        "Registro de custodia",
        "Página 1 de",
        "Firmado digitalmente por",
        "«ñandú», ¿sí?, ¡claro! pingüino",
    ):
        assert phrase in text, phrase
    assert f"Auditoría {finalized} · versión 1" in text


def test_report_needs_a_finalized_audit(app, env_passphrase):
    draft = app.create_audit("visita_obra_publica")["id"]
    with pytest.raises(InputError, match="finalizada"):
        generate_report(app, draft, ask=None)


def test_signature_valid_in_pdfsig(app, finalized, tmp_path):
    if not shutil.which("pdfsig"):
        pytest.skip("poppler-utils not installed")
    path = generate_report(app, finalized, output=tmp_path / "r.pdf", ask=None).path
    out = subprocess.run(["pdfsig", str(path)], capture_output=True, text=True).stdout
    # pdfsig exits 0 even for broken signatures: read what it says
    assert "Signature Validation: Signature is Valid." in out
    assert "Total document signed" in out
    assert "ETSI.CAdES.detached" in out and "SHA-256" in out


def _signed(app, audit_id, tmp_path) -> Path:
    return generate_report(app, audit_id, output=tmp_path / "r.pdf", ask=None).path


def test_flipped_byte_inside_the_signed_range(app, finalized, tmp_path):
    path = _signed(app, finalized, tmp_path)
    data = bytearray(path.read_bytes())
    data[2000] ^= 0x01  # inside the first signed range (page content)
    bad = tmp_path / "alterado.pdf"
    bad.write_bytes(bytes(data))
    v = verify_report(bad)
    assert v.status == "invalid" and v.exit_code() == 1
    assert any("alteró" in r or "dañado" in r for r in v.reasons), v.reasons
    assert "Íntegro" not in v.trust_note  # an altered report is never called intact


def test_incremental_update_that_changes_page_content(app, finalized, tmp_path):
    from pyhanko.pdf_utils import generic
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter

    path = _signed(app, finalized, tmp_path)
    writer = IncrementalPdfFileWriter(io.BytesIO(path.read_bytes()))
    page = writer.root["/Pages"]["/Kids"][0].get_object()
    stream = generic.StreamObject(stream_data=b"BT /F1 24 Tf 100 700 Td (Sin hallazgos) Tj ET")
    page[generic.NameObject("/Contents")] = writer.add_object(stream)
    writer.update_container(page)
    out = io.BytesIO()
    writer.write(out)
    bad = tmp_path / "actualizado.pdf"
    bad.write_bytes(out.getvalue())
    v = verify_report(bad)
    assert v.status == "invalid"
    assert v.signature_intact  # the signed bytes themselves are untouched…
    assert v.modified_after_signing  # …but the document changed afterwards
    assert any("modificó después" in r for r in v.reasons)


def test_truncated_file(app, finalized, tmp_path):
    path = _signed(app, finalized, tmp_path)
    cut = tmp_path / "cortado.pdf"
    cut.write_bytes(path.read_bytes()[:-3000])
    v = verify_report(cut)
    assert v.status == "invalid" and any("truncado" in r for r in v.reasons)


def test_unsigned_pdf_and_not_a_pdf(tmp_path):
    v = verify_report(media.pdf(tmp_path / "simple.pdf"))
    assert v.status == "not_signed" and v.exit_code() == 2 and "no tiene firma" in v.reasons[0]
    v = verify_report(media.text(tmp_path / "x.pdf"))
    assert v.status == "unreadable" and v.exit_code() == 2


def test_local_evidence_mismatch_is_reported(app, finalized, tmp_path):
    path = _signed(app, finalized, tmp_path)
    assert verify_report(path, app=app).status == "valid"
    [photo] = [e for e in app.store.evidence(finalized) if e["original_name"] == "frente.jpg"]
    app.evidence.path_for(photo["sha256"]).unlink()
    v = verify_report(path, app=app)
    assert v.status == "invalid" and v.local_evidence["missing"] == [photo["sha256"]]
    assert verify_report(path).status == "valid"  # without the data folder: the PDF alone is fine


def test_trust_is_separate_from_integrity(app, finalized, tmp_path, capsys):
    path = _signed(app, finalized, tmp_path)
    assert main(["verify", str(path)]) == 0
    assert "no certificado por el OIC" in capsys.readouterr().out
    assert main(["verify", str(path), "--require-trust"]) == 1
    capsys.readouterr()
    cert = tmp_path / "observador.pem"
    assert main(["--data-dir", str(app.data_dir), "key", "--export-cert", str(cert)]) == 0
    capsys.readouterr()
    assert main(["verify", str(path), "--trust", str(cert), "--require-trust", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["trusted"] is True


def test_key_is_encrypted_and_passphrase_in_the_keyring(app, tmp_path, memory_keyring):
    audit_id = app.create_audit("visita_obra_publica")["id"]
    answer_until_complete(app, audit_id, photos=tmp_path)
    app.finalize(audit_id)
    generate_report(app, audit_id, output=tmp_path / "r.pdf", ask=None)  # no env: keyring
    key_file = app.data_dir / "keys" / "signing-key.pem"
    assert b"ENCRYPTED PRIVATE KEY" in key_file.read_bytes()
    assert oct(key_file.stat().st_mode)[-3:] == "600"
    [(_, secret)] = [(k, v) for k, v in memory_keyring.store.items() if k[0] == "observador"]
    for file in app.data_dir.rglob("*"):
        if file.is_file():
            assert secret.encode() not in file.read_bytes(), file


def test_without_keyring_the_passphrase_is_required(app, tmp_path, no_keyring, monkeypatch):
    audit_id = app.create_audit("visita_obra_publica")["id"]
    answer_until_complete(app, audit_id, photos=tmp_path)
    app.finalize(audit_id)
    with pytest.raises(PassphraseError, match="llavero") as info:
        generate_report(app, audit_id, ask=None)
    # the window shows the message as it is: no environment variables, no commands
    assert "OBSERVER_PASSPHRASE" not in str(info.value) and "OBSERVER_PASSPHRASE" in (
        info.value.terminal_hint
    )
    assert not (app.data_dir / "keys" / "signing-key.pem").exists()
    typed = iter(["mi frase secreta", "mi frase secreta", "mi frase secreta"])
    generate_report(app, audit_id, output=tmp_path / "r.pdf", ask=lambda prompt: next(typed))
    monkeypatch.setenv("OBSERVER_PASSPHRASE", "otra frase equivocada")
    with pytest.raises(PassphraseError, match="no abre") as info:
        generate_report(app, audit_id, output=tmp_path / "r2.pdf", ask=None)
    assert "OBSERVER_PASSPHRASE" not in str(info.value)


def test_the_command_line_adds_what_only_a_terminal_can_do(
    app, tmp_path, no_keyring, monkeypatch, capsys
):
    from observer_desktop.cli import main

    audit_id = app.create_audit("visita_obra_publica")["id"]
    answer_until_complete(app, audit_id, photos=tmp_path)
    app.finalize(audit_id)
    monkeypatch.delenv("OBSERVER_PASSPHRASE", raising=False)
    monkeypatch.setattr("sys.stdin", io.StringIO(""))
    code = main(
        ["--data-dir", str(app.data_dir), "report", audit_id[:8], "-o", str(tmp_path / "x.pdf")]
    )
    err = capsys.readouterr().err
    assert code == 2 and "OBSERVER_PASSPHRASE" in err


def test_cli_report_and_verify(app, finalized, tmp_path, capsys):
    target = tmp_path / "informe.pdf"
    assert (
        main(
            ["--data-dir", str(app.data_dir), "report", finalized[:8], "-o", str(target), "--json"]
        )
        == 0
    )
    result = json.loads(capsys.readouterr().out)
    assert result["path"] == str(target) and target.is_file()
    assert main(["--data-dir", str(app.data_dir), "verify", str(target), "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    stored = {e["sha256"] for e in app.store.evidence(finalized)}
    assert out["valid"] and out["local_evidence"]["checked"] == len(stored) >= 2
    assert main(["verify", str(tmp_path / "no-existe.pdf")]) == 2


def test_reopened_folder_signs_again_with_the_same_key(app, finalized, tmp_path):
    first = verify_report(_signed(app, finalized, tmp_path)).certificate["sha256"]
    with Observador(app.data_dir) as again:
        second = verify_report(
            generate_report(again, finalized, output=tmp_path / "b.pdf", ask=None).path
        )
    assert second.certificate["sha256"] == first


def test_two_reports_in_the_same_second_keep_both_files(app, finalized, tmp_path, monkeypatch):
    import datetime as real_dt

    class Frozen(real_dt.datetime):
        @classmethod
        def now(cls, tz=None):
            return real_dt.datetime(2026, 11, 26, 12, 0, 0, tzinfo=tz)

    from observer_desktop.services import reports as reports_service

    monkeypatch.setattr(reports_service._dt, "datetime", Frozen)
    first = generate_report(app, finalized, ask=None)
    second = generate_report(app, finalized, ask=None)
    assert first.path != second.path
    assert first.path.read_bytes() != second.path.read_bytes()
    assert verify_report(first.path, app=app).status == "valid"


def test_dates_in_the_report_read_as_in_the_app():
    from observer_desktop.core.checklist_loader import load_checklist
    from observer_desktop.reports.styles import value_text

    checklist = load_checklist(
        Path(__file__).resolve().parents[2] / "forms" / "visita_obra_publica.yaml"
    )
    date_field = next(f for f in checklist.header if f.type == "date")
    assert value_text(date_field, "2026-04-15") == "15/04/2026"
    assert value_text(date_field, "pronto") == "pronto"  # never seen; shown as stored
    assert value_text(date_field, None) == "Sin respuesta"


def test_numbers_print_as_entered_in_the_signed_report(app, tmp_path, env_passphrase):
    """Coordinates were rounded to two places (28.63541 -> 28.64: about a kilometre off)."""
    if not shutil.which("pdftotext"):
        pytest.skip("poppler-utils not installed")
    audit_id = app.create_audit(
        "visita_obra_publica",
        header={"latitud": 28.63541, "longitud": -106.0889, "monto_contratado": 4850000},
    )["id"]
    answer_until_complete(app, audit_id, photos=tmp_path)
    app.finalize(audit_id)
    path = generate_report(app, audit_id, output=tmp_path / "r.pdf", ask=None).path
    text = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True).stdout
    assert "28.63541" in text and "-106.0889" in text
    assert "28.64" not in text and "-106.09" not in text.replace("-106.0889", "")
    assert "4,850,000.00 MXN" in text
    assert "(s)" not in text  # counts agree: "1 evidencia", "3 archivos de evidencia"
    # the summary counts required answers as the editor does: the header included
    from observer_desktop.core.engine import evaluate

    audit = app.resolve_audit(audit_id)
    result = evaluate(app.checklist_for(audit), app.audit_state(audit))
    answered, required = result.required_total
    assert result.header.required > 0
    summary = text[text.index("Preguntas obligatorias respondidas") :][:200]
    assert f"{answered} de {required}" in summary, summary


def test_number_text_keeps_every_digit():
    from observer_desktop.core.text import number_text

    assert number_text(28.63541) == "28.63541"
    assert number_text(-106.0889) == "-106.0889"
    assert number_text(4850000, unit="MXN") == "4,850,000.00 MXN"
    assert number_text(1234.5, unit="MXN") == "1,234.50 MXN"
    assert number_text(1234.567, unit="MXN") == "1,234.567 MXN"  # never rounded
    assert number_text(12.5, unit="%") == "12.5 %"
    assert number_text(3.0, unit="personas") == "3 personas"
    assert number_text(1e-07) == "0.0000001"  # no exponent notation
    assert number_text(-0.0) == "0"
    assert number_text(1234567.891) == "1,234,567.891"


def test_every_custody_action_reads_in_spanish_in_the_report():
    """The report printed raw names ("submission.queued"): each action the services
    record has its Spanish description (found in the code, so a new one cannot be missed)."""
    import ast

    from observer_desktop.reports.sections import ACTIONS

    root = Path(__file__).resolve().parents[2] / "observer_desktop"
    recorded = set()
    for path in root.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.Call)
                and getattr(node.func, "attr", "") == "append_custody"
                and len(node.args) >= 2
                and isinstance(node.args[1], ast.Constant)
            ):
                recorded.add(node.args[1].value)
            if (
                isinstance(node, ast.Assign)
                and any(getattr(t, "id", "") == "action" for t in node.targets)
                and isinstance(node.value, ast.Constant)
            ):
                recorded.add(node.value.value)
    assert {"audit.created", "submission.queued", "answer.set"} <= recorded
    assert sorted(recorded - set(ACTIONS)) == []


def test_count_text_agrees_with_the_number():
    from observer_desktop.core.text import count_text

    assert count_text(1, "evidencia", "evidencias") == "1 evidencia"
    assert count_text(0, "evidencia", "evidencias") == "0 evidencias"
    assert count_text(2, "ya estaba recibido", "ya estaban recibidos") == "2 ya estaban recibidos"
