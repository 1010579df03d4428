"""Audit use cases on a temporary database: answers, custody, findings, finalize, versions."""

import json
import sqlite3

import pytest
from helpers import fill_mini

from observer_desktop.core.errors import AuditLockedError, ConflictError, InputError, NotFoundError
from observer_desktop.services.app import IncompleteAuditError, Observador
from observer_desktop.services.sessions import add_session, list_sessions, sessions_csv


def new_mini(app, tipo="ad"):
    return app.create_audit("mini", header={"numero": "LP-001", "tipo": tipo})["id"]


def actions(app, audit_id):
    return [e["action"] for e in app.custody_log(audit_id)]


def test_profile_is_validated(mini_app):
    with pytest.raises(InputError):
        mini_app.save_profile(name="", observer_code="X")
    with pytest.raises(InputError):
        mini_app.save_profile(name="Ana", observer_code="con espacio")
    profile = mini_app.save_profile(
        name="Ana María", observer_code="OBS-2", municipality="Chihuahua"
    )
    assert profile["name"] == "Ana María"


def test_observer_codes_have_one_written_form(mini_app):
    """ "obs-014" typed in the assistant is OBS-014 everywhere (the OIC's certificate,
    the server's login and the signed report all say OBS-014)."""
    profile = mini_app.save_profile(name="Ana", observer_code="  obs-014 ")
    assert profile["observer_code"] == "OBS-014"
    audit = mini_app.create_audit("mini", header={"numero": "LP-001"})
    assert mini_app.resolve_audit(audit["id"])["observer_code"] == "OBS-014"


def test_create_pins_checklist_version_and_source(mini_app):
    audit = mini_app.create_audit("mini", header={"numero": "LP-001"})
    row = mini_app.store.get_checklist_row("mini", 1)
    assert audit["form_version"] == 1 and audit["form_sha256"] == row["sha256"]
    assert "Formulario mínimo" in row["source"]
    assert audit["status"] == "draft" and audit["title"].startswith("LP-001")
    assert actions(mini_app, audit["id"]) == ["audit.created"]


def test_changed_checklist_without_new_version_is_refused(data_dir, mini_form_dir):
    app = Observador(data_dir, form_dirs=[mini_form_dir])
    app.create_audit("mini")
    path = mini_form_dir / "mini.yaml"
    path.write_text(
        path.read_text(encoding="utf-8").replace("Formulario mínimo", "Otro"), encoding="utf-8"
    )
    app.forms.reload()
    with pytest.raises(ConflictError, match="aumentar su 'version'"):
        app.create_audit("mini")
    app.close()


def test_unknown_form_lists_the_known_ones(mini_app):
    with pytest.raises(NotFoundError, match="mini"):
        mini_app.create_audit("nope")


def test_answers_are_saved_and_logged(mini_app):
    a = new_mini(mini_app)
    mini_app.set_answer(a, "ofertas", 4, note="Cuatro sobres")
    mini_app.set_answer(a, "ofertas", 5)
    mini_app.set_note(a, "ofertas", "Cinco sobres")
    mini_app.clear_answer(a, "ofertas")
    assert actions(mini_app, a) == [
        "audit.created",
        "answer.set",
        "answer.set",
        "note.set",
        "answer.cleared",
    ]
    row = mini_app.store.get_answer(a, "ofertas", None)
    assert row["value"] is None and row["note"] == "Cinco sobres"
    log = mini_app.custody_log(a)
    assert log[2]["details"] == {"question": "ofertas", "item": None, "value": 5, "previous": 4}


def test_same_answer_twice_is_not_a_change(mini_app):
    a = new_mini(mini_app)
    mini_app.set_answer(a, "ofertas", 4)
    mini_app.set_answer(a, "ofertas", 4)
    assert actions(mini_app, a).count("answer.set") == 1


def test_bad_values_change_nothing(mini_app):
    a = new_mini(mini_app)
    before = len(mini_app.custody_log(a))
    for qid, value in [
        ("ofertas", "x"),
        ("ofertas", -1),
        ("publicada", "tal vez"),
        ("foto_sitio", "x"),
    ]:
        with pytest.raises(InputError):
            mini_app.set_answer(a, qid, value)
    with pytest.raises(NotFoundError):
        mini_app.set_answer(a, "no_existe", 1)
    with pytest.raises(InputError, match="--item"):
        mini_app.set_answer(a, "estatus", "completo")
    with pytest.raises(InputError, match="no existe"):
        mini_app.set_answer(a, "estatus", "completo", item=3)
    assert len(mini_app.custody_log(a)) == before
    assert mini_app.store.answers(a) == []


def test_red_flags_raise_and_withdraw_findings(mini_app):
    a = new_mini(mini_app)
    change = mini_app.set_answer(a, "ofertas", 1)
    assert [f["rule_id"] for f in change.raised] == ["rf_una_oferta"]
    change = mini_app.set_answer(a, "ofertas", 2)
    assert [f["rule_id"] for f in change.withdrawn] == ["rf_una_oferta"]
    assert [f["rule_id"] for f in change.raised] == ["rf_pocas_ofertas"]
    change = mini_app.set_answer(a, "ofertas", 1)  # the same finding comes back, not a copy
    open_rules = sorted(f["rule_id"] for f in mini_app.findings(a))
    assert open_rules == ["rf_una_oferta"]
    all_rules = sorted(f["rule_id"] for f in mini_app.findings(a, include_withdrawn=True))
    assert all_rules == ["rf_pocas_ofertas", "rf_una_oferta"]
    log = actions(mini_app, a)
    assert log.count("finding.raised") == 3 and log.count("finding.withdrawn") == 2


def test_header_change_can_hide_a_question_and_its_flag(mini_app):
    a = new_mini(mini_app, tipo="ad")
    mini_app.set_answer(a, "excepcion", "no")
    assert mini_app.evaluate(a).is_relevant("excepcion_detalle")
    mini_app.set_header(a, {"tipo": "lp"})
    assert not mini_app.evaluate(a).is_relevant("excepcion")
    assert mini_app.resolve_audit(a)["search_text"].count("licitacion publica") == 1


def test_rule_in_repeatable_section_per_item(mini_app):
    a = mini_app.create_audit("mini", header={"numero": "x", "fecha_fin": "2020-01-01"})["id"]
    mini_app.add_group_item(a, "hitos")
    mini_app.set_answer(a, "estatus", "completo", item=0)
    change = mini_app.set_answer(a, "estatus", "no_iniciado", item=1)
    assert [(f["rule_id"], f["item"]) for f in change.raised] == [("rf_hito_vencido", 1)]
    finding_id = change.raised[0]["id"]
    mini_app.remove_group_item(a, "hitos", 1)
    # the item is gone, so is the finding it raised; the custody log says which
    assert mini_app.findings(a, include_withdrawn=True) == []
    removal = mini_app.custody_log(a)[-1]
    assert removal["action"] == "item.removed"
    assert removal["details"]["findings_deleted"] == [finding_id]
    with pytest.raises(InputError, match="máximo"):
        for _ in range(5):
            mini_app.add_group_item(a, "hitos")


def test_removing_an_item_shifts_later_answers(mini_app):
    a = new_mini(mini_app)
    mini_app.add_group_item(a, "hitos")
    mini_app.add_group_item(a, "hitos")
    for i, status in enumerate(["completo", "no_iniciado", "completo"]):
        mini_app.set_answer(a, "avance", 10 * (i + 1), item=i)
        mini_app.set_answer(a, "estatus", status, item=i)
    mini_app.remove_group_item(a, "hitos", 0)
    state = mini_app.audit_state(mini_app.resolve_audit(a))
    assert state.groups["hitos"] == [
        {"avance": 20, "estatus": "no_iniciado"},
        {"avance": 30, "estatus": "completo"},
    ]


def test_manual_findings(mini_app):
    a = new_mini(mini_app)
    f = mini_app.add_finding(
        a,
        title="Acta sin firma del titular",
        severity="media",
        recommendation="Solicitar el acta firmada",
        question_id="publicada",
    )
    assert mini_app.findings(a)[0]["id"] == f["id"]
    with pytest.raises(InputError):
        mini_app.add_finding(a, title="x", severity="grave")
    with pytest.raises(InputError):
        mini_app.add_finding(a, title="  ", severity="alta")
    mini_app.remove_finding(a, f["id"][:6])
    assert mini_app.findings(a) == []
    assert actions(mini_app, a)[-2:] == ["finding.added", "finding.removed"]


def test_rule_findings_cannot_be_removed_by_hand(mini_app):
    a = new_mini(mini_app)
    change = mini_app.set_answer(a, "ofertas", 1)
    with pytest.raises(InputError, match="se retiran solos"):
        mini_app.remove_finding(a, change.raised[0]["id"])


def test_finalize_lists_every_missing_item(mini_app):
    a = mini_app.create_audit("mini", header={"tipo": "lp"})["id"]
    with pytest.raises(IncompleteAuditError) as info:
        mini_app.finalize(a)
    assert [(m.kind, m.id) for m in info.value.missing] == [
        ("header", "numero"),
        ("answer", "publicada"),
        ("answer", "ofertas"),
        ("evidence", "foto_sitio"),
        ("answer", "estatus"),
    ]
    assert "Falta adjuntar evidencia en «Fotografía del lugar»" in str(info.value)
    assert mini_app.resolve_audit(a)["status"] == "draft"


def test_finalize_locks_and_new_version_supersedes(mini_app):
    a = new_mini(mini_app)
    fill_mini(mini_app, a)
    mini_app.add_finding(a, title="Manual", severity="baja")
    mini_app.set_answer(a, "ofertas", 2)  # raises rf_pocas_ofertas
    audit = mini_app.finalize(a)
    assert audit["status"] == "finalized" and audit["finalized_sha256"]
    with pytest.raises(AuditLockedError, match="new-version"):
        mini_app.set_answer(a, "ofertas", 3)
    with pytest.raises(AuditLockedError):
        mini_app.add_finding(a, title="x", severity="alta")
    with pytest.raises(AuditLockedError):
        mini_app.finalize(a)
    new = mini_app.new_version(a)
    assert new["version"] == 2 and new["supersedes"] == a and new["status"] == "draft"
    assert mini_app.resolve_audit(a)["superseded_by"] == new["id"]
    assert {x["rule_id"] or x["title"] for x in mini_app.findings(new["id"])} == {
        "rf_pocas_ofertas",
        "Manual",
    }
    assert mini_app.store.get_answer(new["id"], "ofertas", None)["value"] == 2
    mini_app.set_answer(new["id"], "ofertas", 6)
    assert (
        mini_app.store.get_answer(a, "ofertas", None)["value"] == 2
    )  # the old version is untouched
    with pytest.raises(ConflictError):
        mini_app.new_version(a)
    assert mini_app.verify_custody() == []


def test_resolve_by_prefix(mini_app):
    a = new_mini(mini_app)
    assert mini_app.resolve_audit(a[:6].upper())["id"] == a
    with pytest.raises(NotFoundError):
        mini_app.resolve_audit("abc")
    with pytest.raises(NotFoundError):
        mini_app.resolve_audit("ffffffff")


def test_list_search_and_filters(mini_app):
    a = mini_app.create_audit("mini", header={"numero": "LP-ÁRBOL-7", "tipo": "lp"})["id"]
    b = mini_app.create_audit("mini", header={"numero": "AD-22", "tipo": "ad"})["id"]
    fill_mini(mini_app, b)
    mini_app.finalize(b)
    assert [r["id"] for r in mini_app.list_audits(text="árbol")] == [a]
    assert [r["id"] for r in mini_app.list_audits(text="adjudicación")] == [b]
    assert [r["id"] for r in mini_app.list_audits(status="finalized")] == [b]
    assert mini_app.status_counts() == {"draft": 1, "finalized": 1}
    assert mini_app.list_audits(text="100%_") == []


def test_custody_log_is_append_only_and_tampering_is_found(mini_app):
    a = new_mini(mini_app)
    mini_app.set_answer(a, "ofertas", 4)
    mini_app.set_answer(a, "publicada", "si")
    with pytest.raises(sqlite3.IntegrityError, match="append-only"):
        mini_app.database.execute("UPDATE custody_log SET actor = 'x' WHERE audit_id = ?", (a,))
    with pytest.raises(sqlite3.IntegrityError, match="append-only"):
        mini_app.database.execute("DELETE FROM custody_log WHERE audit_id = ?", (a,))
    # someone with the file drops the trigger and edits entry 2
    mini_app.database.execute("DROP TRIGGER custody_log_no_update")
    mini_app.database.execute(
        "UPDATE custody_log SET details = replace(details, '4', '9') WHERE audit_id = ? AND n = 2",
        (a,),
    )
    breaks = mini_app.verify_custody()
    assert [(b.audit_id, b.n) for b in breaks] == [(a, 2)]


def test_truncated_custody_log_is_found(mini_app):
    a = new_mini(mini_app)
    mini_app.set_answer(a, "ofertas", 4)
    mini_app.database.execute("DROP TRIGGER custody_log_no_delete")
    mini_app.database.execute("DELETE FROM custody_log WHERE audit_id = ? AND n = 2", (a,))
    [problem] = mini_app.verify_custody(a)
    assert "entradas" in problem.reason


def test_audit_document_is_canonical_and_complete(mini_app):
    a = new_mini(mini_app)
    fill_mini(mini_app, a)
    doc = mini_app.audit_document(a)
    assert doc["format"] == "observador.audit/1"
    assert doc["audit"]["form"]["id"] == "mini"
    assert doc["audit"]["observer"]["code"] == "OBS-014"
    assert {x["question"] for x in doc["answers"]} == {
        "publicada",
        "ofertas",
        "excepcion",
        "estatus",
    }
    assert doc["custody"]["count"] == len(mini_app.custody_log(a))


def test_sessions_totals_and_csv(mini_app):
    a = new_mini(mini_app)
    add_session(
        mini_app,
        event="Junta de aclaraciones",
        date="2026-10-07",
        start="10:00",
        end="12:30",
        audit_ref=a,
    )
    add_session(mini_app, event='=HYPERLINK("x")', date="2026-11-02", start="9:00", end="10:15")
    listing = list_sessions(mini_app, date_from="2026-10-01", date_to="2026-10-31")
    assert listing["total_sessions"] == 1 and listing["total_hours"] == 2.5
    everything = list_sessions(mini_app)
    assert everything["total_hours"] == 3.75
    csv_text = sessions_csv(everything)
    assert csv_text.splitlines()[0].startswith("fecha,evento")
    assert "'=HYPERLINK" in csv_text  # a spreadsheet must not run it as a formula
    assert "TOTAL" in csv_text.splitlines()[-1]
    for bad in [dict(start="12:00", end="11:00"), dict(date="07/10/2026"), dict(event=" ")]:
        kwargs = dict(event="x", date="2026-10-07", start="10:00", end="11:00") | bad
        with pytest.raises(InputError):
            add_session(mini_app, **kwargs)


def _attach(app, audit_id, data: bytes, **link):
    import io
    import uuid

    from observer_desktop.storage.repositories import now_iso

    sha, size, _ = app.evidence.put_stream(io.BytesIO(data), max_bytes=10**6)
    ev_id = str(uuid.uuid4())
    with app.database.transaction():
        app.store.insert_evidence(
            {
                "id": ev_id,
                "audit_id": audit_id,
                "sha256": sha,
                "size": size,
                "imported_at": now_iso(),
            }
        )
        app.store.insert_evidence_link(ev_id, **link)
    return ev_id


def test_removing_a_middle_item_moves_findings_and_evidence_with_their_item(mini_app):
    a = mini_app.create_audit("mini", header={"numero": "x"})["id"]
    mini_app.add_group_item(a, "hitos")
    mini_app.add_group_item(a, "hitos")
    manual_first = mini_app.add_finding(
        a, title="Sobre el hito 1", severity="baja", question_id="avance", item=0
    )
    manual_last = mini_app.add_finding(
        a, title="Sobre el hito 3", severity="media", question_id="avance", item=2
    )
    _attach(mini_app, a, b"foto del hito 1", question_id="avance", item=0)
    _attach(mini_app, a, b"foto del hito 3", question_id="avance", item=2)
    mini_app.remove_group_item(a, "hitos", 0)
    by_id = {f["id"]: f for f in mini_app.findings(a)}
    assert (by_id[manual_last["id"]]["question_id"], by_id[manual_last["id"]]["item"]) == (
        "avance",
        1,
    )
    assert (by_id[manual_first["id"]]["question_id"], by_id[manual_first["id"]]["item"]) == (
        None,
        None,
    )
    assert mini_app.store.evidence_counts(a) == {("avance", 1): 1}
    details = mini_app.custody_log(a)[-1]["details"]
    assert (
        details["findings_detached"] == [manual_first["id"]]
        and details["evidence_links_removed"] == 1
    )


def test_new_version_keeps_evidence_linked_to_findings(mini_app):
    a = mini_app.create_audit("mini", header={"numero": "x", "tipo": "ad"})["id"]
    fill_mini(mini_app, a)
    finding = mini_app.add_finding(a, title="Acta sin firma", severity="media")
    _attach(mini_app, a, b"acta escaneada", finding_id=finding["id"])
    mini_app.finalize(a)
    new = mini_app.new_version(a)["id"]
    [evidence] = mini_app.store.evidence(new)
    [copied] = mini_app.findings(new)
    assert [link["finding_id"] for link in evidence["links"]] == [copied["id"]]
    assert copied["id"] != finding["id"]


def test_finalize_needs_a_profile(data_dir, mini_form_dir):
    with Observador(data_dir, form_dirs=[mini_form_dir]) as app:
        a = app.create_audit("mini", header={"numero": "x", "tipo": "ad"})["id"]
        fill_mini(app, a)
        with pytest.raises(InputError, match="perfil"):
            app.finalize(a)
        app.save_profile(name="Ana", observer_code="OBS-1")
        app.finalize(a)
        app.save_profile(name="Ana Otero", observer_code="OBS-1", municipality="Juárez")
        # who signed off stays in the finalized audit, as they were then
        assert app.audit_document(a)["audit"]["observer"] == {
            "name": "Ana",
            "code": "OBS-1",
            "municipality": "Chihuahua",
        }


def test_finding_needs_four_characters(mini_app):
    a = new_mini(mini_app)
    mini_app.add_finding(a, title="x", severity="baja")
    for ref in ("", "a", "abc"):
        with pytest.raises(InputError, match="4 caracteres"):
            mini_app.remove_finding(a, ref)
    assert len(mini_app.findings(a)) == 1


def test_clearing_nothing_logs_nothing(mini_app):
    a = new_mini(mini_app)
    before = len(mini_app.custody_log(a))
    mini_app.clear_answer(a, "ofertas")
    mini_app.set_note(a, "ofertas", "")
    assert len(mini_app.custody_log(a)) == before


def test_hidden_question_refuses_an_answer(mini_app):
    a = new_mini(mini_app, tipo="lp")
    with pytest.raises(InputError, match="no aplica"):
        mini_app.set_answer(a, "excepcion", "si")
    assert mini_app.store.get_answer(a, "excepcion", None) is None


def test_log_verify_catches_data_edited_behind_the_apps_back(mini_app):
    a = new_mini(mini_app)
    fill_mini(mini_app, a)
    mini_app.add_group_item(a, "hitos")
    mini_app.set_answer(a, "avance", 40, item=1, note="visto en sitio")
    mini_app.remove_group_item(a, "hitos", 0)
    assert mini_app.verify_custody() == []  # replaying the log gives exactly the tables
    mini_app.database.execute(
        "UPDATE answers SET value = '99' WHERE audit_id = ? AND question_id = 'ofertas'", (a,)
    )
    [problem] = mini_app.verify_custody(a)
    assert "ofertas" in problem.reason and "fuera de Observador" in problem.reason


def test_log_verify_catches_an_edited_finalized_audit(mini_app):
    a = new_mini(mini_app)
    fill_mini(mini_app, a)
    mini_app.finalize(a)
    new = mini_app.new_version(a)["id"]
    assert mini_app.verify_custody() == []  # the new version's log starts from the copy
    mini_app.database.execute('UPDATE audits SET header = \'{"numero":"otro"}\' WHERE id = ?', (a,))
    problems = {p.audit_id: p.reason for p in mini_app.verify_custody()}
    assert set(problems) == {a} and "encabezado" in problems[a]
    assert new not in problems


def test_search_ignores_accents_and_case(mini_app):
    a = mini_app.create_audit("mini", header={"numero": "PAVIMENTACIÓN-7"})["id"]
    assert [r["id"] for r in mini_app.list_audits(text="pavimentacion")] == [a]
    assert [r["id"] for r in mini_app.list_audits(text="Pavimentación")] == [a]
    assert [r["id"] for r in mini_app.list_audits(text="formulario minimo")] == [a]


def test_a_session_is_updated_in_place_with_the_same_checks(mini_app):
    import datetime as dt

    from observer_desktop.services import sessions

    today = dt.date.today().isoformat()
    first = sessions.add_session(mini_app, event="Fallo", date=today, start="09:00", end="10:00")
    second = sessions.add_session(mini_app, event="Junta", date=today, start="11:00", end="12:00")
    fixed = sessions.update_session(
        mini_app, second["id"][:8], event="Junta de aclaraciones", date=today, start="10:30",
        end="12:30", place="Sala de cabildo",
    )  # fmt: skip
    assert fixed["id"] == second["id"] and fixed["hours"] == 2
    with pytest.raises(InputError, match="traslapa"):
        sessions.update_session(
            mini_app, second["id"], event="Junta", date=today, start="09:30", end="12:00"
        )
    with pytest.raises(InputError, match="posterior"):
        sessions.update_session(
            mini_app, first["id"], event="Fallo", date=today, start="10:00", end="09:00"
        )
    rows = {r["id"]: r for r in mini_app.store.sessions()}
    assert (
        rows[second["id"]]["start_time"] == "10:30"
        and rows[second["id"]]["place"] == "Sala de cabildo"
    )
    assert rows[first["id"]]["end_time"] == "10:00"  # a refused change changes nothing


def test_a_write_over_a_value_changed_elsewhere_is_refused_with_that_value(mini_app):
    """Two windows on one folder: B saved a note, A saved over it, B still said "Guardado".
    A write names what it showed; if the stored value changed since, nothing is written."""
    from observer_desktop.core.errors import ChangedElsewhereError

    audit = mini_app.create_audit("mini", header={"numero": "LP-001", "tipo": "ad"})["id"]
    mini_app.set_note(audit, "publicada", "Nota de la ventana B", expected=None)
    with pytest.raises(ChangedElsewhereError) as info:
        mini_app.set_note(audit, "publicada", "Nota de la ventana A", expected=None)
    assert info.value.current == "Nota de la ventana B"
    assert "Nota de la ventana B" in str(info.value)
    assert mini_app.store.get_answer(audit, "publicada", None)["note"] == "Nota de la ventana B"
    mini_app.set_note(
        audit, "publicada", "Nota de A, vista la de B", expected="Nota de la ventana B "
    )
    mini_app.set_answer(audit, "ofertas", 3, expected=None)
    with pytest.raises(ChangedElsewhereError, match="ahora dice «3»"):
        mini_app.set_answer(audit, "ofertas", 5, expected=None)
    mini_app.set_answer(audit, "ofertas", 5, expected=3.0)  # as the widget parsed it
    assert mini_app.store.get_answer(audit, "ofertas", None)["value"] == 5
    mini_app.set_answer(audit, "ofertas", 6)  # callers that show nothing: as before
    # header fields too
    mini_app.set_header(audit, {"numero": "LP-002"}, expected={"numero": "LP-001"})
    with pytest.raises(ChangedElsewhereError, match="ahora dice «LP-002»") as info:
        mini_app.set_header(audit, {"numero": "LP-003"}, expected={"numero": "LP-001"})
    assert info.value.current == "LP-002"
    assert json.loads(mini_app.resolve_audit(audit)["header"])["numero"] == "LP-002"
