"""The checklist format: shipped forms load; every kind of broken file is refused clearly."""

from pathlib import Path

import pytest
from helpers import MINI_FORM

from observer_desktop.core.checklist import ChecklistError
from observer_desktop.core.checklist_loader import load_checklist, parse_checklist
from observer_desktop.services.forms import FormRegistry

FORMS = Path(__file__).resolve().parents[2] / "forms"
EXPECTED = {
    "procedimiento_contratacion",
    "visita_obra_publica",
    "transparencia_contratacion",
    "seguimiento_gobierno_abierto",
}


def test_the_four_shipped_checklists_load():
    loaded = {load_checklist(p).id: load_checklist(p) for p in FORMS.glob("*.yaml")}
    assert set(loaded) == EXPECTED
    for checklist in loaded.values():
        assert checklist.version >= 1
        assert checklist.title.es
        assert sum(1 for _ in checklist.questions()) >= 10
        assert any(True for _ in checklist.all_rules()), checklist.id
        for q in checklist.questions():
            assert q.label.es.strip(), q.id


def test_open_government_has_a_repeatable_milestone_section():
    checklist = load_checklist(FORMS / "seguimiento_gobierno_abierto.yaml")
    repeatable = [s for s in checklist.sections if s.repeat]
    assert len(repeatable) == 1
    assert repeatable[0].repeat.min >= 1
    assert any(q.red_flags for q in repeatable[0].questions)


def test_procurement_checklist_keeps_thresholds_in_constants():
    checklist = load_checklist(FORMS / "procedimiento_contratacion.yaml")
    assert 15 in checklist.constants.values()  # the bid-period default lives in the file


def test_spanish_labels_have_accents_and_render_as_text():
    checklist = load_checklist(FORMS / "procedimiento_contratacion.yaml")
    labels = " ".join(q.label.es for q in checklist.questions())
    assert "¿" in labels and any(c in labels for c in "áéíóúñ")


def test_mini_form_parses():
    c = parse_checklist(MINI_FORM)
    assert c.id == "mini"
    assert c.question("ofertas").integer
    assert c.section("hitos").repeat.min == 1
    assert [r.id for r in c.rules] == ["rf_plazo_corto"]


def broken(mini_replace: tuple[str, str] | None = None, text: str | None = None) -> ChecklistError:
    source = text if text is not None else MINI_FORM.replace(*mini_replace)
    assert text is not None or source != MINI_FORM, "replacement did not apply"
    with pytest.raises(ChecklistError) as info:
        parse_checklist(source, file="roto.yaml")
    return info.value


def line_of(fragment: str, source: str = MINI_FORM) -> int:
    for n, line in enumerate(source.splitlines(), 1):
        if fragment in line:
            return n
    raise AssertionError(fragment)


def test_unknown_type():
    err = broken(
        (
            "type: number\n        label: Número de ofertas",
            "type: numero\n        label: Número de ofertas",
        )
    )
    assert "tipo de pregunta desconocido 'numero'" in err.message
    assert err.file == "roto.yaml"
    assert err.line == line_of("label: Número de ofertas") - 1
    assert err.path == "sections[0].questions[1].type"


def test_duplicate_id():
    err = broken(("- id: apertura", "- id: publicacion"))
    assert "repetido" in err.message and "publicacion" in err.message
    assert err.line == line_of("- id: apertura")


def test_rule_naming_a_missing_question():
    err = broken(('when: "ofertas == 1"', 'when: "ofertaz == 1"'))
    assert "'ofertaz'" in err.message and "no es una pregunta" in err.message
    assert err.line == line_of('when: "ofertas == 1"')


def test_relevance_cycle_direct():
    err = broken(("relevant: \"tipo == 'ad'\"", "relevant: \"excepcion == 'si'\""))
    assert "ciclo" in err.message


def test_relevance_cycle_indirect():
    source = MINI_FORM.replace(
        "relevant: \"tipo == 'ad'\"", "relevant: \"excepcion_detalle == 'x'\""
    )
    err = broken(text=source)
    assert "ciclo" in err.message and "excepcion" in err.message and "→" in err.message


def test_yaml_that_is_not_a_mapping():
    err = broken(text="- id: x\n- id: y\n")
    assert "debe ser un mapa" in err.message and err.line == 1


def test_malformed_yaml_has_line():
    err = broken(text="id: x\nversion: 1\ntitle: [sin cerrar\nsections: []\n")
    assert err.message.startswith("YAML mal formado") and err.line in (3, 4)


@pytest.mark.parametrize(
    "text",
    [
        "id: x\nversion: 1\ntitle: [sin cerrar\nsections: []\n",
        "id: x\n\tversion: 1\n",
        "id: x\ntitle: 'sin cerrar\n",
        "id: x\n  version: 1\n",
    ],
)
def test_yaml_errors_read_the_same_with_the_fast_reader(text, monkeypatch):
    """libyaml reads checklists at start (ten times faster); an error is told with the
    pure-Python reader's words, which the Spanish messages translate."""
    import yaml

    from observer_desktop.core import checklist_yaml

    if not getattr(yaml, "__with_libyaml__", False):
        pytest.skip("PyYAML was built without libyaml here")
    assert checklist_yaml._FAST_LOADER is yaml.CSafeLoader
    fast = broken(text=text)
    monkeypatch.setattr(checklist_yaml, "_FAST_LOADER", yaml.SafeLoader)
    slow = broken(text=text)
    assert (fast.message, fast.line) == (slow.message, slow.line)


def test_the_fast_reader_gives_the_same_checklists(monkeypatch):
    import yaml

    from observer_desktop.core import checklist_yaml

    for path in sorted(FORMS.glob("*.yaml")):
        fast = load_checklist(path)
        monkeypatch.setattr(checklist_yaml, "_FAST_LOADER", yaml.SafeLoader)
        slow = load_checklist(path)
        monkeypatch.undo()
        assert fast == slow, path.name


def test_observers_see_no_authoring_notes_in_the_shipped_checklists():
    """ "[verificar obligación]" and "Marque NA" (the option reads "No aplica") reached the
    observer's screen: notes for whoever maintains a checklist live in YAML comments."""
    markers = ("[verificar", "[umbral", "Marque NA", "TODO", "FIXME")
    for path in sorted(FORMS.glob("*.yaml")):
        checklist = load_checklist(path)
        texts = [checklist.title.es]
        for field in [*checklist.header, *checklist.questions()]:
            texts += [field.label.es, field.help.es if field.help else ""]
        for section in checklist.sections:
            texts.append(section.title.es)
        for rule in checklist.all_rules():
            texts += [rule.title.es, rule.description.es if rule.description else ""]
        for text in texts:
            assert not any(m in text for m in markers), (path.name, text)


def test_empty_file():
    assert "vacío" in broken(text="").message


def test_several_documents():
    assert "exactamente un documento" in broken(text="id: a\n---\nid: b\n").message


def test_duplicate_yaml_key():
    err = broken(("version: 1\n", "version: 1\nversion: 2\n"))
    assert "aparece dos veces" in err.message and err.line == 3


def test_unknown_field_is_named():
    err = broken(
        ("required: true\n        evidence: document", "requried: true\n        evidence: document")
    )
    assert "campo desconocido 'requried'" in err.message


def test_missing_required_field():
    err = broken(("title: {es: Formulario mínimo, en: Minimal form}\n", ""))
    assert "'title'" in err.message and "obligatorio" in err.message


def test_comparison_with_an_option_that_does_not_exist():
    err = broken(("tipo == 'ad'", "tipo == 'adj'"))
    assert "'adj'" in err.message and "opciones" in err.message


def test_yes_no_compared_with_spanish_accented_si():
    err = broken(
        ("publicada == 'no'\"\n        red_flags", "publicada == 'sí'\"\n        red_flags")
    )
    assert "'sí'" in err.message


def test_expression_syntax_error_has_line():
    err = broken(('when: "ofertas == 1"', 'when: "ofertas === 1"'))
    assert "expresión no válida" in err.message and err.line == line_of('when: "ofertas == 1"')


def test_top_level_rule_cannot_name_a_repeatable_question():
    err = broken(("days_between(publicacion, apertura) < plazo_minimo_dias", "avance > 50"))
    assert "sección repetible" in err.message


def test_choice_without_options():
    source = MINI_FORM.replace(
        "        options:\n          - {id: precio, label: Precio}\n"
        "          - {id: puntos, label: Puntos y porcentajes}\n"
        "          - {id: costo_beneficio, label: Costo-beneficio}\n",
        "",
    )
    assert "necesita 'options'" in broken(text=source).message


def test_options_on_a_number_question():
    err = broken(
        ("integer: true", "integer: true\n        options: [{id: a, label: A}, {id: b, label: B}]")
    )
    assert "'options' solo se usa" in err.message


def test_min_greater_than_max():
    assert (
        "mayor que max" in broken(("min: 0\n        max: 100", "min: 100\n        max: 0")).message
    )


def test_bad_identifier():
    assert "identificador" in broken(("- id: ofertas", "- id: Ofertas")).message


def test_label_must_have_spanish():
    err = broken(("title: {es: Formulario mínimo, en: Minimal form}", "title: {en: Minimal form}"))
    assert "etiqueta" in err.message or "'es'" in err.message


def test_not_utf8():
    with pytest.raises(ChecklistError) as info:
        parse_checklist("id: ñ".encode("latin-1"), file="x.yaml")
    assert "UTF-8" in info.value.message


def test_header_field_cannot_be_evidence():
    err = broken(("  - id: fecha_fin\n    type: date", "  - id: fecha_fin\n    type: evidence"))
    assert "evidence" in err.message


def test_missing_file_is_a_checklist_error(tmp_path):
    with pytest.raises(ChecklistError) as info:
        load_checklist(tmp_path / "no-existe.yaml")
    assert "no se puede leer" in info.value.message


def test_error_string_has_file_line_and_path():
    err = broken(
        (
            "type: number\n        label: Número de ofertas",
            "type: numero\n        label: Número de ofertas",
        )
    )
    assert str(err).startswith(f"roto.yaml:{err.line} (sections[0].questions[1].type): ")


def test_broken_checklist_never_stops_the_others(tmp_path):
    (tmp_path / "bueno.yaml").write_text(MINI_FORM, encoding="utf-8")
    (tmp_path / "roto.yaml").write_text("- no es un mapa\n", encoding="utf-8")
    (tmp_path / "otro_roto.yaml").write_text(
        MINI_FORM.replace("id: mini", "id: otro").replace("type: number", "type: numero"),
        encoding="utf-8",
    )
    registry = FormRegistry([tmp_path])
    assert [c.id for c in registry.all_latest()] == ["mini"]
    assert sorted(p.path.name for p in registry.problems) == ["otro_roto.yaml", "roto.yaml"]


def test_same_version_with_other_content_is_a_problem(tmp_path):
    a, b = tmp_path / "a", tmp_path / "b"
    a.mkdir()
    b.mkdir()
    (a / "mini.yaml").write_text(MINI_FORM, encoding="utf-8")
    (b / "mini.yaml").write_text(
        MINI_FORM.replace("Formulario mínimo", "Otro título"), encoding="utf-8"
    )
    registry = FormRegistry([a, b])
    assert registry.latest("mini").title.es == "Formulario mínimo"
    assert "aumente 'version'" in registry.problems[0].error.message


# ----------------------------------------------------------- hostile files


def test_yaml_aliases_are_refused_quickly():
    laughs = "a: &a [x, x, x, x, x, x, x, x, x]\n" + "".join(
        f"{chr(98 + i)}: &{chr(98 + i)} [{', '.join(['*' + chr(97 + i)] * 9)}]\n" for i in range(8)
    )
    err = broken(text=laughs)
    assert "alias" in err.message


def test_recursive_alias():
    assert "alias" in broken(text="id: x\ntitle: &a {es: *a}\n").message


def test_deep_nesting():
    assert "profundo" in broken(text="id: " + "[" * 900 + "]" * 900 + "\n").message


def test_expression_too_deep():
    source = MINI_FORM.replace(
        'when: "ofertas == 1"', 'when: "' + "+".join(["ofertas"] * 150) + ' == 1"'
    )
    assert "demasiado compleja" in broken(text=source).message


def test_long_relevance_chain_is_handled():
    questions = "".join(
        f"      - {{id: q{i}, type: yes_no, label: Q{i}"
        + (f", relevant: \"q{i + 1} == 'si'\"" if i < 549 else "")
        + "}\n"
        for i in range(550)
    )
    text = f"id: largo\nversion: 1\ntitle: L\nsections:\n  - id: s\n    title: S\n    questions:\n{questions}"
    checklist = parse_checklist(text)
    assert len(list(checklist.questions())) == 550
    too_many = text.replace("range", "") + "".join(
        f"      - {{id: z{i}, type: yes_no, label: Z}}\n" for i in range(60)
    )
    assert "máximo" in broken(text=too_many).message


def test_huge_version_number():
    assert (
        "fuera de rango" in broken(("version: 1\n", "version: 99999999999999999999999\n")).message
    )


def test_evidence_required_with_evidence_none():
    err = broken(
        (
            'evidence: document\n        evidence_required: "publicada',
            'evidence: none\n        evidence_required: "publicada',
        )
    )
    assert "evidence: none" in err.message


def test_python_tags_are_not_executed():
    err = broken(text="id: !!python/name:os.system x\nversion: 1\n")
    assert "etiqueta de YAML no permitida" in err.message
