"""An audit belongs to the observer code it records: this laptop never signs another's.

The flow this closes: ``observer demo`` (audits of DEMO-001), then ``observer init
--code OBS-002``: the report said "Observadora de ejemplo (código DEMO-001)" and was
signed with OBS-002's key.
"""

from __future__ import annotations

import pytest
from helpers import fill_mini

from observer_desktop.core.errors import InputError
from observer_desktop.services.app import Observador
from observer_desktop.services.packages import export_package, import_package
from observer_desktop.services.reports import generate_report


def finalized_mini(app: Observador, numero: str = "LP-001") -> str:
    audit_id = app.create_audit("mini", header={"numero": numero, "tipo": "ad"})["id"]
    fill_mini(app, audit_id)
    app.finalize(audit_id)
    return audit_id


def _nothing_signed(app: Observador, audit_id: str) -> None:
    assert app.store.reports(audit_id) == []
    assert not (app.data_dir / "keys" / "signing-key.pem").exists()
    assert "report.signed" not in [e["action"] for e in app.custody_log(audit_id)]
    assert app.resolve_audit(audit_id)["status"] == "finalized"


def test_the_profiles_code_does_not_change_while_audits_of_another_code_are_here(mini_app):
    finalized_mini(mini_app)
    mini_app.create_audit("mini", header={"numero": "LP-002"})  # a draft counts too
    with pytest.raises(InputError) as info:
        mini_app.save_profile(name="Ana López", observer_code="OBS-002")
    message = str(info.value)
    assert "2 auditorías de OBS-014" in message and "OBS-002" in message
    assert "otra carpeta de datos" in message and "--data-dir" in message
    assert mini_app.profile()["observer_code"] == "OBS-014"
    # the rest of the profile still changes, and the same code written otherwise is no change
    profile = mini_app.save_profile(name="Ana López Ruiz", observer_code=" obs-014")
    assert profile["name"] == "Ana López Ruiz" and profile["observer_code"] == "OBS-014"


def test_the_code_changes_freely_in_a_folder_without_audits(mini_app):
    assert mini_app.save_profile(name="Ana", observer_code="OBS-002")["observer_code"] == "OBS-002"


def test_the_refusal_names_each_code_and_how_many(mini_app, data_dir):
    finalized_mini(mini_app)
    # an audit of someone else, as an older version could leave it
    other = mini_app.create_audit("mini", header={"numero": "LP-009"})["id"]
    mini_app.database.execute("UPDATE audits SET observer_code = 'DEMO-001' WHERE id = ?", (other,))
    with pytest.raises(InputError) as info:
        mini_app.save_profile(name="Ana", observer_code="DEMO-001")
    assert "1 auditoría de OBS-014" in str(info.value)
    with pytest.raises(InputError) as info:
        mini_app.save_profile(name="Ana", observer_code="OBS-3")
    assert "1 auditoría de DEMO-001 y 1 auditoría de OBS-014" in str(info.value)


def test_a_report_of_an_audit_of_another_code_is_refused(mini_app, tmp_path):
    """Data an older version let through: the profile's code changed after the audit."""
    audit_id = finalized_mini(mini_app)
    mini_app.database.execute("UPDATE observer_profile SET observer_code = 'OBS-002'")
    with pytest.raises(InputError) as info:
        generate_report(mini_app, audit_id, output=tmp_path / "r.pdf", ask=lambda p: "x" * 12)
    message = str(info.value)
    assert "es del observador OBS-014" in message and "su perfil es OBS-002" in message
    assert "carpeta de datos de OBS-014" in message
    assert not (tmp_path / "r.pdf").exists()
    _nothing_signed(mini_app, audit_id)


def test_an_imported_audit_of_another_observer_is_not_signed_here(
    mini_app, tmp_path, mini_form_dir
):
    audit_id = finalized_mini(mini_app)
    package = export_package(mini_app, audit_id, tmp_path / "a.observador.zip")
    with Observador(tmp_path / "otra", form_dirs=[mini_form_dir]) as other:
        other.save_profile(name="Luis Soto", observer_code="OBS-002")
        import_package(other, package)
        with pytest.raises(InputError, match="es del observador OBS-014"):
            generate_report(other, audit_id, ask=lambda p: "x" * 12)
        _nothing_signed(other, audit_id)
        # and the imported audit does not let the profile take its code either
        with pytest.raises(InputError, match="1 auditoría de OBS-014"):
            other.save_profile(name="Luis Soto", observer_code="OBS-003")


def test_an_own_audit_is_still_signed(mini_app, tmp_path, monkeypatch):
    monkeypatch.setenv("OBSERVER_PASSPHRASE", "frase de paso de prueba")
    audit_id = finalized_mini(mini_app)
    made = generate_report(mini_app, audit_id, output=tmp_path / "r.pdf", ask=None)
    assert made.path.is_file() and len(mini_app.store.reports(audit_id)) == 1


def test_a_first_profile_in_a_folder_of_imported_audits_is_allowed(
    mini_app, tmp_path, mini_form_dir
):
    """Not a change of code: the imported audits keep theirs, and are not signed here."""
    audit_id = finalized_mini(mini_app)
    package = export_package(mini_app, audit_id, tmp_path / "a.observador.zip")
    with Observador(tmp_path / "otra", form_dirs=[mini_form_dir]) as other:
        import_package(other, package)
        other.save_profile(name="Luis Soto", observer_code="OBS-002")
        with pytest.raises(InputError, match="es del observador OBS-014"):
            generate_report(other, audit_id, ask=lambda p: "x" * 12)
