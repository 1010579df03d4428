import datetime as dt

import pytest
from helpers import MINI_FORM

from observer_desktop.core.checklist_loader import parse_checklist
from observer_desktop.core.engine import (
    AuditState,
    ValueRejected,
    evaluate,
    normalize_value,
    parse_value,
)

CL = parse_checklist(MINI_FORM)
TODAY = dt.date(2026, 11, 26)


def state(answers=None, header=None, groups=None, evidence=None):
    return AuditState(
        header=header or {"numero": "LP-1", "tipo": "lp"},
        answers=answers or {},
        groups=groups if groups is not None else {"hitos": [{}]},
        evidence_counts=evidence or {},
    )


def missing_ids(result):
    return [(m.kind, m.id, m.item) for m in result.missing]


def test_relevance_hides_and_shows():
    r = evaluate(CL, state(header={"numero": "x", "tipo": "lp"}), today=TODAY)
    assert not r.is_relevant("excepcion")
    r = evaluate(CL, state(header={"numero": "x", "tipo": "ad"}), today=TODAY)
    assert r.is_relevant("excepcion")
    assert not r.is_relevant("excepcion_detalle")
    r = evaluate(
        CL, state(header={"numero": "x", "tipo": "ad"}, answers={"excepcion": "no"}), today=TODAY
    )
    assert r.is_relevant("excepcion_detalle")


def test_hidden_answers_count_as_unanswered_downstream():
    # excepcion answered "no" but hidden (tipo lp) → its follow-up stays hidden too
    r = evaluate(CL, state(answers={"excepcion": "no"}), today=TODAY)
    assert not r.is_relevant("excepcion_detalle")


def test_red_flags_fire_per_rule_and_item():
    r = evaluate(CL, state(answers={"ofertas": 1, "publicada": "no"}), today=TODAY)
    assert {f.rule.id for f in r.flags} == {"rf_una_oferta", "rf_no_publicada"}
    r = evaluate(CL, state(answers={"ofertas": 3}), today=TODAY)
    assert {f.rule.id for f in r.flags} == {"rf_pocas_ofertas"}
    r = evaluate(
        CL,
        state(
            header={"numero": "x", "tipo": "lp", "fecha_fin": "2026-01-01"},
            groups={"hitos": [{"estatus": "completo"}, {"estatus": "no_iniciado"}]},
        ),
        today=TODAY,
    )
    assert [(f.rule.id, f.item) for f in r.flags] == [("rf_hito_vencido", 1)]


def test_form_level_rule_uses_constant():
    r = evaluate(
        CL, state(answers={"publicacion": "2026-03-01", "apertura": "2026-03-10"}), today=TODAY
    )
    assert [f.rule.id for f in r.flags] == ["rf_plazo_corto"]
    r = evaluate(
        CL, state(answers={"publicacion": "2026-03-01", "apertura": "2026-03-20"}), today=TODAY
    )
    assert r.flags == []


def test_missing_lists_every_required_answer_and_evidence():
    r = evaluate(CL, state(header={"tipo": "lp"}), today=TODAY)
    assert missing_ids(r) == [
        ("header", "numero", None),
        ("answer", "publicada", None),
        ("answer", "ofertas", None),
        ("evidence", "foto_sitio", None),
        ("answer", "estatus", 0),
    ]
    assert "Hito 1" in r.missing[-1].message


def test_evidence_required_by_expression():
    answers = {"publicada": "no", "ofertas": 4}
    groups = {"hitos": [{"estatus": "completo"}]}
    r = evaluate(
        CL, state(answers=answers, groups=groups, evidence={("foto_sitio", None): 1}), today=TODAY
    )
    assert missing_ids(r) == [("evidence", "publicada", None)]
    r = evaluate(
        CL,
        state(
            answers=answers,
            groups=groups,
            evidence={("foto_sitio", None): 1, ("publicada", None): 2},
        ),
        today=TODAY,
    )
    assert r.complete


def test_repeat_minimum():
    r = evaluate(CL, state(groups={"hitos": []}), today=TODAY)
    assert ("items", "hitos", None) in missing_ids(r)


def test_progress_per_section():
    r = evaluate(CL, state(answers={"publicada": "si"}), today=TODAY)
    g = r.progress["general"]
    assert (g.required, g.required_answered) == (3, 1)


@pytest.mark.parametrize(
    ("qid", "text", "expected"),
    [
        ("publicada", "Sí", "si"),
        ("publicada", "si", "si"),
        ("publicada", "N/A", "na"),
        ("publicada", "no", "no"),
        ("excepcion", "yes", "si"),
        ("ofertas", "3", 3),
        ("avance", "45.5", 45.5),
        ("ofertas", "1,500", 1500),
        ("avance", "45.5%", 45.5),
        ("publicacion", "05/03/2026", "2026-03-05"),
        ("publicacion", "2026-03-05", "2026-03-05"),
        ("criterios", "puntos, precio", ["precio", "puntos"]),
        ("criterios", "Costo-beneficio", ["costo_beneficio"]),
        ("excepcion_detalle", "  Proveedor único  ", "Proveedor único"),
        ("ofertas", "", None),
    ],
)
def test_parse_value(qid, text, expected):
    assert parse_value(CL.question(qid), text) == expected


@pytest.mark.parametrize(
    ("qid", "text", "fragment"),
    [
        ("publicada", "tal vez", "acepta sí, no o na"),
        ("excepcion", "na", "acepta sí o no"),
        ("ofertas", "diez", "espera un número"),
        ("ofertas", "2.5", "entero"),
        ("ofertas", "-1", "desde 0"),
        ("avance", "101", "hasta 100"),
        ("publicacion", "2026-02-30", "AAAA-MM-DD"),
        ("publicacion", "31/02/2026", "se recibió '31/02/2026'"),
        ("avance", "45,5", "Use punto para decimales"),
        ("ofertas", "1" + "0" * 400, "demasiado grande"),
        ("criterios", "precio, otro", "no tiene la opción 'otro'"),
    ],
)
def test_parse_value_rejects(qid, text, fragment):
    with pytest.raises(ValueRejected) as info:
        parse_value(CL.question(qid), text)
    assert fragment in str(info.value)


def test_normalize_rejects_wrong_types():
    with pytest.raises(ValueRejected):
        normalize_value(CL.question("ofertas"), True)
    with pytest.raises(ValueRejected):
        normalize_value(CL.question("ofertas"), float("nan"))
    with pytest.raises(ValueRejected):
        normalize_value(CL.question("foto_sitio"), "x")
    with pytest.raises(ValueRejected):
        normalize_value(CL.question("excepcion_detalle"), "x" * 6000)


def test_engine_survives_type_mismatches_in_rules():
    # a loadable checklist whose rule mixes types must not crash evaluation
    cl = parse_checklist(
        MINI_FORM.replace('when: "ofertas == 1"', 'when: "contains(excepcion_detalle, ofertas)"')
    )
    r = evaluate(cl, state(answers={"ofertas": 1, "excepcion_detalle": "texto 1"}), today=TODAY)
    assert "rf_una_oferta" not in {f.rule.id for f in r.flags}


def test_huge_numbers_are_refused_and_arithmetic_never_overflows():
    with pytest.raises(ValueRejected, match="demasiado grande"):
        normalize_value(CL.question("avance"), 10**400)
    from observer_desktop.core.expr import compile_expression

    assert compile_expression("x * x * x > 1").evaluate({"x": 1e300}) is False
    assert compile_expression("percent_diff(x, y) > 1").evaluate({"x": 1e300, "y": 1e-300}) is False
